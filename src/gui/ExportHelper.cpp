#include "ExportHelper.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

#include "RenderTarget.h"
#include "valuedesk/Error.h"

namespace vd::gui {

void renderWidget(QWidget* widget, const QString& path)
{
    const QSize size = widget->size();
    render::writeDrawing(path, QSizeF(size), [widget](QPainter& p) {
        // QWidget::render paints through the painter, so SVG and PDF stay vector for charts
        // and QPainter-drawn views.
        widget->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    });
}

QString exportWidget(QWidget* widget, QWidget* parent, const QString& baseName)
{
    QSettings settings;
    QString dir = settings.value("export/lastDir",
                                 QStandardPaths::writableLocation(
                                     QStandardPaths::PicturesLocation))
                      .toString();
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Export"), dir + "/" + baseName + ".png",
        QObject::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty()) {
        if (selected.contains("svg"))
            path += ".svg";
        else if (selected.contains("pdf"))
            path += ".pdf";
        else
            path += ".png";
    }
    try {
        renderWidget(widget, path);
    } catch (const std::exception& e) {
        QMessageBox::warning(parent, QObject::tr("Export failed"), QString::fromUtf8(e.what()));
        return {};
    }
    settings.setValue("export/lastDir", QFileInfo(path).absolutePath());
    return path;
}

} // namespace vd::gui
