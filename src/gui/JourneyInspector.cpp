#include "JourneyInspector.h"

#include "JourneyEditor.h"
#include "JourneyKpiDefinitionModel.h"
#include "JourneyOpportunityModel.h"
#include "valuedesk/journey/JourneyModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vd::gui {

using namespace vd::journey;
using render::JourneyRow;

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string text(const QPlainTextEdit* e)
{
    return e->toPlainText().trimmed().toStdString();
}

std::string text(const QLineEdit* e)
{
    return e->text().trimmed().toStdString();
}

// Sets a field only when its text differs, so the cursor of a field being typed in stays put.
void setText(QLineEdit* e, const std::string& s)
{
    if (e->text().trimmed() != qs(s))
        e->setText(qs(s));
}

void setText(QPlainTextEdit* e, const std::string& s)
{
    if (e->toPlainText().trimmed() != qs(s))
        e->setPlainText(qs(s));
}

QPlainTextEdit* textBox(QWidget* parent, int lines)
{
    auto* e = new QPlainTextEdit(parent);
    e->setTabChangesFocus(true);
    const int h = e->fontMetrics().lineSpacing() * lines + 12;
    e->setMinimumHeight(h);
    e->setMaximumHeight(h + 40);
    return e;
}

} // namespace

JourneyInspector::JourneyInspector(JourneyEditor& editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_typing(new QTimer(this)),
      m_stack(new QStackedWidget(this)), m_heading(new QLabel(this))
{
    m_typing->setSingleShot(true);
    m_typing->setInterval(700);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_heading->setStyleSheet("font-weight: 600; font-size: 12pt; padding: 4px;");
    m_heading->setWordWrap(true);
    outer->addWidget(m_heading);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    outer->addWidget(scroll);

    // --- map ---
    auto* mapPage = new QWidget(m_stack);
    auto* mapForm = new QFormLayout(mapPage);
    m_mapName = new QLineEdit(mapPage);
    m_mapDescription = textBox(mapPage, 3);
    m_mapKind = new QComboBox(mapPage);
    m_mapKind->addItem(tr("As-is (today's journey)"), static_cast<int>(MapKind::AsIs));
    m_mapKind->addItem(tr("To-be (the designed journey)"), static_cast<int>(MapKind::ToBe));
    m_mapSummary = new QLabel(mapPage);
    m_mapSummary->setWordWrap(true);
    m_mapSummary->setStyleSheet("color: palette(mid);");
    mapForm->addRow(tr("&Name:"), m_mapName);
    mapForm->addRow(tr("&Description:"), m_mapDescription);
    mapForm->addRow(tr("&Kind:"), m_mapKind);
    mapForm->addRow(m_mapSummary);
    m_stack->addWidget(mapPage);

    // --- stage ---
    auto* stagePage = new QWidget(m_stack);
    auto* stageForm = new QFormLayout(stagePage);
    m_stageName = new QLineEdit(stagePage);
    m_stageDescription = textBox(stagePage, 4);
    stageForm->addRow(tr("&Name:"), m_stageName);
    stageForm->addRow(tr("&Description:"), m_stageDescription);
    auto* stageHint = new QLabel(tr("Ctrl+Left/Right or drag the header to move the stage; "
                                    "Insert adds a touchpoint to it."),
                                 stagePage);
    stageHint->setWordWrap(true);
    stageHint->setStyleSheet("color: palette(mid);");
    stageForm->addRow(stageHint);
    m_stack->addWidget(stagePage);

    // --- touchpoint ---
    auto* tpPage = new QWidget(m_stack);
    auto* tpForm = new QFormLayout(tpPage);
    m_tpName = new QLineEdit(tpPage);
    m_code = new QLineEdit(tpPage);
    m_code->setPlaceholderText(tr("e.g. queue_order: responses tagged with it give the KPIs"));
    m_channel = new QLineEdit(tpPage);
    m_channel->setPlaceholderText(tr("store, app, web, phone…"));
    m_action = textBox(tpPage, 2);
    m_thoughts = textBox(tpPage, 2);
    m_emotion = new QSlider(Qt::Horizontal, tpPage);
    m_emotion->setRange(kMinEmotion, kMaxEmotion);
    m_emotion->setPageStep(1);
    m_emotion->setTickPosition(QSlider::TicksBelow);
    m_emotion->setTickInterval(1);
    m_emotionLabel = new QLabel(tpPage);
    m_emotionLabel->setMinimumWidth(110);
    auto* emotionRow = new QHBoxLayout;
    emotionRow->addWidget(m_emotion);
    emotionRow->addWidget(m_emotionLabel);
    m_painPoints = textBox(tpPage, 2);
    m_backstage = textBox(tpPage, 2);
    m_readings = new QLabel(tpPage);
    m_readings->setWordWrap(true);
    m_readings->setTextFormat(Qt::RichText);
    m_kpiDefinitions = new JourneyKpiDefinitionModel(this);
    m_kpiView = new QTableView(tpPage);
    m_kpiView->setModel(m_kpiDefinitions);
    m_kpiView->verticalHeader()->hide();
    m_kpiView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_kpiView->setMinimumHeight(m_kpiView->verticalHeader()->defaultSectionSize() * 7 + 8);
    m_kpiView->setEditTriggers(QAbstractItemView::DoubleClicked |
                               QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);
    m_opportunities = new JourneyOpportunityModel(this);
    m_opportunityView = new QTableView(tpPage);
    m_opportunityView->setModel(m_opportunities);
    m_opportunityView->verticalHeader()->hide();
    m_opportunityView->horizontalHeader()->setSectionResizeMode(JourneyOpportunityModel::Text,
                                                                QHeaderView::Stretch);
    m_opportunityView->setMinimumHeight(140);
    m_opportunityView->setWordWrap(true);
    auto* addOpp = new QPushButton(tr("&Add opportunity"), tpPage);
    auto* removeOpp = new QPushButton(tr("Remove"), tpPage);
    removeOpp->setToolTip(tr("Remove the selected opportunity"));
    auto* oppButtons = new QHBoxLayout;
    oppButtons->addWidget(addOpp);
    oppButtons->addWidget(removeOpp);
    oppButtons->addStretch();

    tpForm->addRow(tr("&Name:"), m_tpName);
    tpForm->addRow(tr("C&hannel:"), m_channel);
    tpForm->addRow(tr("&Customer action:"), m_action);
    tpForm->addRow(tr("&Thoughts:"), m_thoughts);
    tpForm->addRow(tr("&Emotion:"), emotionRow);
    tpForm->addRow(tr("&Pain points:"), m_painPoints);
    tpForm->addRow(tr("&Opportunities:"), m_opportunityView);
    tpForm->addRow(QString(), oppButtons);
    tpForm->addRow(tr("&Backstage:"), m_backstage);
    tpForm->addRow(tr("Survey c&ode:"), m_code);
    tpForm->addRow(tr("&KPIs:"), m_kpiView);
    tpForm->addRow(tr("Live:"), m_readings);
    m_stack->addWidget(tpPage);

    // --- wiring ---
    connect(m_mapName, &QLineEdit::editingFinished, this, &JourneyInspector::commitMap);
    connect(m_mapKind, &QComboBox::activated, this, &JourneyInspector::commitMap);
    connect(m_stageName, &QLineEdit::editingFinished, this, &JourneyInspector::commitStage);
    for (QLineEdit* e : {m_tpName, m_code, m_channel})
        connect(e, &QLineEdit::editingFinished, this, &JourneyInspector::commitTouchpoint);
    for (QPlainTextEdit* e : {m_mapDescription, m_stageDescription, m_action, m_thoughts,
                              m_painPoints, m_backstage})
        connect(e, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_typing->start();
        });
    connect(m_typing, &QTimer::timeout, this, &JourneyInspector::commitPending);
    connect(m_emotion, &QSlider::valueChanged, this, [this](int v) {
        m_emotionLabel->setText(render::JourneyRenderer::emotionLabel(v));
        if (!m_loading)
            commitTouchpoint();
    });
    connect(m_kpiDefinitions, &JourneyKpiDefinitionModel::edited, this,
            [this](std::vector<KpiDefinition> kpis) {
                if (m_loading || m_selection.stage < 0 || m_selection.touchpoint < 0)
                    return;
                const TouchpointRef ref{m_selection.stage, m_selection.touchpoint};
                Touchpoint t = touchpointAt(m_editor.map(), ref);
                t.kpis = std::move(kpis);
                guarded([&] { m_editor.setTouchpoint(ref, t, JourneyEditor::Field::Kpis); });
            });
    connect(m_opportunities, &JourneyOpportunityModel::edited, this,
            [this](std::vector<Opportunity> list) {
                if (m_loading || m_selection.stage < 0 || m_selection.touchpoint < 0)
                    return;
                const TouchpointRef ref{m_selection.stage, m_selection.touchpoint};
                Touchpoint t = touchpointAt(m_editor.map(), ref);
                t.opportunities = std::move(list);
                guarded(
                    [&] { m_editor.setTouchpoint(ref, t, JourneyEditor::Field::Opportunities); });
            });
    connect(addOpp, &QPushButton::clicked, this, &JourneyInspector::addOpportunity);
    connect(removeOpp, &QPushButton::clicked, this, &JourneyInspector::removeOpportunity);
    connect(&m_editor, &JourneyEditor::changed, this, [this] { reload(); });
    reload();
}

template <typename F> void JourneyInspector::guarded(F&& edit)
{
    try {
        edit();
    } catch (const std::exception& e) {
        emit failed(QString::fromUtf8(e.what()));
        reload(); // show what the map really holds
    }
}

void JourneyInspector::setSelection(render::JourneySelection selection)
{
    if (selection.stage != m_selection.stage || selection.touchpoint != m_selection.touchpoint)
        commitPending(); // typing belongs to the item it was typed for
    m_selection = selection;
    reload();
}

void JourneyInspector::setKpis(std::optional<MapKpis> kpis)
{
    m_kpis = std::move(kpis);
    updateReadings();
}

void JourneyInspector::showPage(Page page)
{
    m_stack->setCurrentIndex(static_cast<int>(page));
}

void JourneyInspector::reload()
{
    const QSignalBlocker block(m_stack);
    m_loading = true;
    m_loadedTouchpoint.reset();
    m_loadedStage.reset();
    const JourneyMap& map = m_editor.map();
    setEnabled(m_editor.hasMap());
    const int stages = static_cast<int>(map.stages.size());
    if (m_selection.stage >= stages)
        m_selection = {};
    if (m_selection.stage >= 0 &&
        m_selection.touchpoint >=
            static_cast<int>(map.stages[static_cast<std::size_t>(m_selection.stage)]
                                 .touchpoints.size()))
        m_selection.touchpoint = -1;

    if (m_selection.stage < 0) {
        showPage(Page::Map);
        m_heading->setText(m_editor.hasMap() ? tr("Map") : tr("No map open"));
        setText(m_mapName, map.name);
        setText(m_mapDescription, map.description);
        m_mapKind->setCurrentIndex(map.kind == MapKind::AsIs ? 0 : 1);
        int open = 0, total = 0;
        for (const Stage& s : map.stages)
            for (const Touchpoint& t : s.touchpoints)
                for (const Opportunity& o : t.opportunities) {
                    ++total;
                    open += o.status == OpportunityStatus::Open ? 1 : 0;
                }
        const auto mean = meanEmotion(map);
        m_mapSummary->setText(
            tr("%n stage(s)", nullptr, stages) + QStringLiteral(" · ") +
            tr("%n touchpoint(s)", nullptr, touchpointCount(map)) + QStringLiteral(" · ") +
            tr("%1 of %2 opportunities open").arg(open).arg(total) +
            (mean ? QStringLiteral(" · ") +
                        tr("mean emotion %1").arg(QLocale().toString(*mean, 'f', 2))
                  : QString()));
    } else if (m_selection.touchpoint < 0) {
        showPage(Page::Stage);
        const Stage& s = stageAt(map, m_selection.stage);
        m_heading->setText(tr("Stage %1: %2").arg(m_selection.stage + 1).arg(qs(s.name)));
        setText(m_stageName, s.name);
        setText(m_stageDescription, s.description);
        m_loadedStage = std::make_pair(s.name, s.description);
    } else {
        showPage(Page::Touchpoint);
        const Touchpoint& t = touchpointAt(map, {m_selection.stage, m_selection.touchpoint});
        m_heading->setText(tr("Touchpoint in %1: %2")
                               .arg(qs(stageAt(map, m_selection.stage).name), qs(t.name)));
        setText(m_tpName, t.name);
        setText(m_code, t.code);
        setText(m_channel, t.channel);
        setText(m_action, t.action);
        setText(m_thoughts, t.thoughts);
        m_emotion->setValue(t.emotion);
        m_emotionLabel->setText(render::JourneyRenderer::emotionLabel(t.emotion));
        setText(m_painPoints, t.painPoints);
        setText(m_backstage, t.backstage);
        m_kpiDefinitions->setDefinitions(t.kpis);
        m_opportunities->setOpportunities(t.opportunities);
        m_loadedTouchpoint = t;
    }
    m_loading = false;
    updateReadings();
}

void JourneyInspector::updateReadings()
{
    if (m_selection.stage < 0 || m_selection.touchpoint < 0)
        return;
    const TouchpointRef ref{m_selection.stage, m_selection.touchpoint};
    const Touchpoint& t = touchpointAt(m_editor.map(), ref);
    if (t.code.empty()) {
        m_readings->setText(tr("<i>No survey code: not measured.</i>"));
        return;
    }
    if (!m_kpis) {
        m_readings->setText(tr("<i>Loading…</i>"));
        return;
    }
    const TouchpointKpis* k = nullptr;
    try {
        k = &m_kpis->at(ref);
    } catch (const std::exception&) {
        m_readings->setText(tr("<i>Updating…</i>"));
        return;
    }
    QStringList lines;
    lines << tr("%n response(s) in the period", nullptr,
                static_cast<int>(k->metrics.counts.responses));
    for (const KpiReading& r : k->readings) {
        const QString s = render::JourneyRenderer::readingText(r).toHtmlEscaped();
        lines << (r.crossed ? QStringLiteral("<b style='color:#b91c1c'>%1 ⚠</b>").arg(s) : s);
    }
    lines << (k->derivedEmotion
                  ? tr("Emotion entered %1, derived from CSAT %2")
                        .arg(t.emotion)
                        .arg(QLocale().toString(*k->derivedEmotion, 'f', 2))
                  : tr("Emotion entered %1; no CSAT answers to derive one").arg(t.emotion));
    m_readings->setText(lines.join(QStringLiteral("<br>")));
}

void JourneyInspector::commitPending()
{
    m_typing->stop();
    if (!m_editor.hasMap() || m_loading)
        return;
    if (m_selection.stage < 0)
        commitMap();
    else if (m_selection.touchpoint < 0)
        commitStage();
    else
        commitTouchpoint();
}

void JourneyInspector::commitMap()
{
    if (m_loading || !m_editor.hasMap() || m_stack->currentIndex() != static_cast<int>(Page::Map))
        return;
    guarded([&] {
        m_editor.setMapInfo(m_mapName->text().trimmed(), m_mapDescription->toPlainText().trimmed(),
                            static_cast<MapKind>(m_mapKind->currentData().toInt()));
    });
}

void JourneyInspector::commitStage()
{
    if (m_loading || m_selection.stage < 0 || m_selection.touchpoint >= 0 || !m_loadedStage ||
        m_selection.stage >= static_cast<int>(m_editor.map().stages.size()))
        return;
    const Stage& s = stageAt(m_editor.map(), m_selection.stage);
    if (std::make_pair(s.name, s.description) != *m_loadedStage)
        return;
    guarded([&] {
        m_editor.setStage(m_selection.stage, m_stageName->text().trimmed(),
                          m_stageDescription->toPlainText().trimmed());
    });
}

void JourneyInspector::commitTouchpoint()
{
    if (m_loading || m_selection.stage < 0 || m_selection.touchpoint < 0)
        return;
    const TouchpointRef ref{m_selection.stage, m_selection.touchpoint};
    const auto& stages = m_editor.map().stages;
    if (!m_loadedTouchpoint || ref.stage >= static_cast<int>(stages.size()) ||
        ref.index >= static_cast<int>(stages[static_cast<std::size_t>(ref.stage)].touchpoints.size()))
        return;
    const Touchpoint& old = touchpointAt(m_editor.map(), ref);
    if (old != *m_loadedTouchpoint)
        return;
    Touchpoint t = old;
    t.name = text(m_tpName);
    t.code = text(m_code);
    t.channel = text(m_channel);
    t.action = text(m_action);
    t.thoughts = text(m_thoughts);
    t.emotion = m_emotion->value();
    t.painPoints = text(m_painPoints);
    t.backstage = text(m_backstage);
    // Name the field when only one changed, so typing in it merges into one undo step.
    using F = JourneyEditor::Field;
    std::vector<F> changed;
    if (t.name != old.name)
        changed.push_back(F::Name);
    if (t.code != old.code)
        changed.push_back(F::Code);
    if (t.channel != old.channel)
        changed.push_back(F::Channel);
    if (t.action != old.action)
        changed.push_back(F::Action);
    if (t.thoughts != old.thoughts)
        changed.push_back(F::Thoughts);
    if (t.emotion != old.emotion)
        changed.push_back(F::Emotion);
    if (t.painPoints != old.painPoints)
        changed.push_back(F::PainPoints);
    if (t.backstage != old.backstage)
        changed.push_back(F::Backstage);
    if (changed.empty())
        return;
    const F field = changed.size() == 1 ? changed.front() : F::Whole;
    guarded([&] { m_editor.setTouchpoint(ref, t, field); });
}

void JourneyInspector::addOpportunity()
{
    if (m_selection.stage < 0 || m_selection.touchpoint < 0)
        return;
    const TouchpointRef ref{m_selection.stage, m_selection.touchpoint};
    Touchpoint t = touchpointAt(m_editor.map(), ref);
    Opportunity o;
    o.text = tr("New improvement idea").toStdString();
    t.opportunities.push_back(o);
    guarded([&] { m_editor.setTouchpoint(ref, t, JourneyEditor::Field::Whole); });
    const QModelIndex index = m_opportunities->index(m_opportunities->rowCount() - 1, 0);
    m_opportunityView->setCurrentIndex(index);
    m_opportunityView->edit(index);
}

void JourneyInspector::removeOpportunity()
{
    const QModelIndex current = m_opportunityView->currentIndex();
    if (m_selection.stage < 0 || m_selection.touchpoint < 0 || !current.isValid())
        return;
    const TouchpointRef ref{m_selection.stage, m_selection.touchpoint};
    Touchpoint t = touchpointAt(m_editor.map(), ref);
    if (current.row() >= static_cast<int>(t.opportunities.size()))
        return;
    t.opportunities.erase(t.opportunities.begin() + current.row());
    guarded([&] { m_editor.setTouchpoint(ref, t, JourneyEditor::Field::Whole); });
}

void JourneyInspector::focusField(render::JourneySelection selection)
{
    setSelection(selection);
    QWidget* target = nullptr;
    if (selection.stage < 0)
        target = m_mapName;
    else if (selection.touchpoint < 0)
        target = m_stageName;
    else
        switch (selection.row) {
        case JourneyRow::Touchpoint:
            target = m_tpName;
            break;
        case JourneyRow::Action:
            target = m_action;
            break;
        case JourneyRow::Thoughts:
            target = m_thoughts;
            break;
        case JourneyRow::Emotion:
            target = m_emotion;
            break;
        case JourneyRow::PainPoints:
            target = m_painPoints;
            break;
        case JourneyRow::Opportunities:
            target = m_opportunityView;
            break;
        case JourneyRow::Backstage:
            target = m_backstage;
            break;
        case JourneyRow::Kpis:
            target = m_kpiView;
            break;
        }
    if (target) {
        target->setFocus(Qt::OtherFocusReason);
        if (auto* line = qobject_cast<QLineEdit*>(target))
            line->selectAll();
    }
}

} // namespace vd::gui
