#pragma once

#include <QSizeF>
#include <QString>
#include <functional>

class QPainter;

namespace vd::render {

// Writes one drawing to PNG (at a scale factor), SVG or PDF, chosen by the file extension, so
// every presentation graphic exports the same way from the GUI and the CLI. The paint
// function draws in logical units within `size`. Throws vd::Error when the file cannot be
// written or the extension is unknown.
void writeDrawing(const QString& path, QSizeF size,
                  const std::function<void(QPainter&)>& paint, double pngScale = 2.0,
                  const QString& title = {});

// Needed before painting text outside the GUI app: creates a QGuiApplication on the
// offscreen platform when none exists (the CLI calls it before exporting images).
void ensureGuiApplication();

} // namespace vd::render
