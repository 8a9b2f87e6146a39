#pragma once

#include "valuedesk/value/CustomerPyramid.h"
#include "valuedesk/value/ValueAnalysis.h"

#include <QColor>
#include <QCoreApplication>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

class QPainter;

namespace vd::render {

// One band of a pyramid drawing. Bands are listed bottom-up.
struct PyramidBand
{
    QString title;       // "Basic"
    QString subtitle;    // "Product and price"
    QString value;       // the big number drawn inside the band
    QStringList details; // lines of the callout beside the band
    double size = 1.0;   // area weight when the drawing is proportional (>= 0)
    QColor fill;
    bool missing = false; // hatched grey: no data
    QString tooltip;      // rich text for the GUI's hover
};

struct PyramidLegend
{
    enum class Kind { None, Diverging };
    Kind kind = Kind::None;
    QString title;
    double range = 1.0; // the scale runs from -range to +range
    QString lowLabel;   // under the negative end
    QString highLabel;  // under the positive end
};

struct PyramidSpec
{
    QString title;
    QString subtitle;
    QString footnote;
    std::vector<PyramidBand> bands; // bottom-up
    bool proportional = false;      // band areas follow PyramidBand::size
    int revealed = -1;              // bands shown from the bottom; -1 = all
    int highlighted = -1;           // hovered band
    int selected = -1;              // clicked band
    PyramidLegend legend;
};

// How the value pyramid sizes its layers: equal bands, area proportional to the layer score
// (0..100), or to the number of responses that scored the layer.
enum class ValueSizing { Equal, Score, Responses };
// How the customer pyramid sizes its tiers: by customers, revenue or CLV.
enum class TierSizing { Customers, Revenue, Clv };

// Draws the value pyramid and the customer pyramid with QPainter, the same way on screen,
// in PNG, SVG and PDF, and tells which band lies under a point so the GUI can hover and
// click. Pure QtGui: the CLI exports with it too. Layout is computed from the bounds alone,
// so paint() and bandAt() always agree.
class PyramidRenderer
{
    // Context "PyramidRenderer" for lupdate and at run time alike (the render library has
    // no QObject to carry one).
    Q_DECLARE_TR_FUNCTIONS(PyramidRenderer)

public:
    explicit PyramidRenderer(PyramidSpec spec) : m_spec(std::move(spec)) {}

    const PyramidSpec& spec() const { return m_spec; }
    void paint(QPainter& painter, const QRectF& bounds) const;
    // Index of the band under `point`, or -1.
    int bandAt(const QPointF& point, const QRectF& bounds) const;
    QPolygonF bandPolygon(int index, const QRectF& bounds) const;

    // Type and spacing grow with the bounds, so a projector shows the drawing in large type
    // and a small panel still fits: every size is designed for a 600 x 520 cell and scaled by
    // min(width / 600, height / 520), kept within 0.85..3. Callouts that do not fit beside
    // the pyramid lose their detail lines, then their subtitles, then shrink; they never run
    // above the header or below the bounds.
    static double fontScale(const QRectF& bounds);
    // The title and subtitle lines (empty without either).
    QRectF headerRect(const QRectF& bounds) const;
    // Where each revealed band's callout is drawn, indexed like the bands (bottom-up); an
    // empty rect when the band has no callout (not revealed, or no room for any).
    std::vector<QRectF> calloutRects(const QRectF& bounds) const;
    // Detail lines each callout shows (same indexing); fewer than the band's details when
    // space is short.
    std::vector<int> calloutDetailLines(const QRectF& bounds) const;
    // The texts drawn shortened with an ellipsis (or clipped) in bounds; empty when all
    // that is shown fits.
    std::vector<QString> cutTexts(const QRectF& bounds) const;

    // Diverging blue-white-red scale (ColorBrewer RdBu): negative gaps (experience beats
    // expectation) blue, positive gaps (experience falls short) red; clamped at +-range.
    static QColor gapColor(double gap, double range);
    // A symmetric range that covers every layer gap of the reports, rounded up to 0.5 and
    // at least 0.5, so side-by-side pyramids share one colour scale.
    static double gapRange(const std::vector<const value::ValueReport*>& reports);

    // "Whole base" (translated) or the segment's name.
    static QString populationName(const value::Population& population);

    static PyramidSpec valuePyramid(const value::ValueReport& report, ValueSizing sizing,
                                    double gapRange);
    static PyramidSpec customerPyramid(const value::CustomerPyramid& pyramid, TierSizing sizing,
                                       const QString& populationName);

    // Paints specs next to each other in equal columns (one spec fills the bounds).
    static void paintAll(QPainter& painter, const QRectF& bounds,
                         const std::vector<PyramidSpec>& specs);

private:
    struct Layout
    {
        double scale = 1.0; // fontScale(bounds)
        QRectF title;       // empty without a title
        QRectF subtitle;    // empty without a subtitle
        QRectF pyramid;     // the pyramid's bounding box
        QRectF callouts;
        QRectF legend;
        QRectF footnote;           // empty when there is no footnote or no room for it
        double topRatio = 0.16;    // top width / base width
        std::vector<double> edges; // band boundaries, fraction of height from the top
    };
    // One callout as laid out: which band, where, and how much of its text fits.
    struct Callout
    {
        int index = 0;
        QRectF rect;
        double anchorY = 0.0;
        int details = 0;
        bool subtitle = true;
        double titlePx = 16.0, subtitlePx = 12.0, detailPx = 13.0;
    };
    Layout layout(const QRectF& bounds) const;
    QPolygonF polygon(const Layout& l, int index) const;
    std::vector<Callout> callouts(const Layout& l) const;
    void paintBands(QPainter& p, const Layout& l) const;
    void paintCallouts(QPainter& p, const Layout& l) const;
    void paintLegend(QPainter& p, const Layout& l) const;

    PyramidSpec m_spec;
};

} // namespace vd::render
