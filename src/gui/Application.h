#pragma once

#include <QString>

class QApplication;

namespace vd::gui {

// Start-up shared by the app and the GUI tests: organisation names for QSettings, logging,
// the application font fallback for Chinese, and the translation for `language`
// ("en", "zh_CN", "zh_TW"; empty = the system locale).
void setupApplication(QApplication& app, const QString& language = {});

// The language actually installed by setupApplication ("en" when none matched).
QString installedLanguage();

} // namespace vd::gui
