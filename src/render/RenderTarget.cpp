#include "RenderTarget.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <memory>

#include "valuedesk/Error.h"

namespace vd::render {

void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "valuedesk-cli";
    static char* argv[] = {name, nullptr};
    static std::unique_ptr<QGuiApplication> app = std::make_unique<QGuiApplication>(argc, argv);
}

void writeDrawing(const QString& path, QSizeF size, const std::function<void(QPainter&)>& paint,
                  double pngScale, const QString& title)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == "png" || ext == "jpg" || ext == "jpeg") {
        QImage image((size * pngScale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(pngScale);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::TextAntialiasing);
            paint(p);
        }
        if (!image.save(path))
            throw Error("cannot write the image " + path.toStdString());
    } else if (ext == "svg") {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(title);
        QPainter p;
        if (!p.begin(&svg))
            throw Error("cannot write the SVG file " + path.toStdString());
        p.setRenderHint(QPainter::Antialiasing);
        paint(p);
        p.end();
    } else if (ext == "pdf") {
        QPdfWriter pdf(path);
        pdf.setTitle(title);
        pdf.setCreator("ValueDesk");
        pdf.setPageSize(QPageSize(size, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        QPainter p;
        if (!p.begin(&pdf))
            throw Error("cannot write the PDF file " + path.toStdString());
        p.setRenderHint(QPainter::Antialiasing);
        paint(p);
        p.end();
    } else {
        throw Error("unknown image format \"" + ext.toStdString() +
                    "\": use .png, .svg or .pdf");
    }
}

} // namespace vd::render
