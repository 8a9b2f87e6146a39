#pragma once

#include <QString>

class QWidget;

namespace vd::gui {

// One way to save what a view shows: PNG at twice the screen resolution, SVG or PDF, chosen
// by the file name. Used by every chart and map so exports look alike.
// Asks for a file name (remembering the last folder); returns the path written or empty.
QString exportWidget(QWidget* widget, QWidget* parent, const QString& baseName);

// Writes the widget to `path` by extension (.png, .svg, .pdf) without a dialog; throws
// vd::Error on failure. Tests and the screenshot mode use it.
void renderWidget(QWidget* widget, const QString& path);

} // namespace vd::gui
