#include "Application.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace vd::gui {

namespace {
QString g_language = QStringLiteral("en");
}

void setupApplication(QApplication& app, const QString& language)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ValueDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ValueDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VD_VERSION));
    if (!spdlog::get("valuedesk")) {
        auto logger = spdlog::stderr_color_mt("valuedesk");
        spdlog::set_default_logger(logger);
        spdlog::set_level(spdlog::level::warn);
    }

    QString lang = language;
    if (lang.isEmpty())
        lang = QSettings().value("language").toString();
    if (lang.isEmpty()) {
        const QLocale system;
        lang = system.language() != QLocale::Chinese ? QStringLiteral("en")
               : (system.script() == QLocale::TraditionalChineseScript ||
                  system.territory() == QLocale::Taiwan || system.territory() == QLocale::HongKong)
                   ? QStringLiteral("zh_TW")
                   : QStringLiteral("zh_CN");
    }
    g_language = QStringLiteral("en");
    // Each part of the GUI ships its own catalogue (cmake/Translations.cmake). English is the
    // source language; its one catalogue holds only the plural forms of "%n item(s)" texts.
    const QDir dir(QStringLiteral(":/i18n"));
    const QStringList files =
        dir.entryList({QStringLiteral("*_%1.qm").arg(lang)}, QDir::Files, QDir::Name);
    int loaded = 0;
    for (const QString& file : files) {
        auto* translator = new QTranslator(&app);
        if (translator->load(dir.filePath(file))) {
            QCoreApplication::installTranslator(translator);
            ++loaded;
        } else {
            delete translator;
        }
    }
    if (lang == QLatin1String("en"))
        return;
    if (loaded == 0) {
        spdlog::warn("no translation for language {}", lang.toStdString());
        return;
    }
    g_language = lang;
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(lang),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    QLocale::setDefault(QLocale(lang));
}

QString installedLanguage()
{
    return g_language;
}

} // namespace vd::gui
