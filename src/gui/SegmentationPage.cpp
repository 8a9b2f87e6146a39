#include "SegmentationPage.h"

#include "SegmentClusterTab.h"
#include "SegmentRfmTab.h"
#include "SegmentRuleTab.h"
#include "SegmentSavedTab.h"
#include "SegmentTierTab.h"
#include "WorkspaceSession.h"

#include <QLabel>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vd::gui {

namespace {
// After Import (20) and before Customer lifetime value (40): third in the list, Ctrl+3.
const PageRegistrar kRegistrar({"segmentation", QT_TRANSLATE_NOOP("Pages", "Segmentation"), 30,
                                [](WorkspaceSession& s, QWidget* p) -> Page* {
                                    return new SegmentationPage(s, p);
                                }});
} // namespace

SegmentationPage::SegmentationPage(WorkspaceSession& session, QWidget* parent)
    : Page(session, parent), m_tabs(new QTabWidget(this)), m_rfm(new SegmentRfmTab(session, this)),
      m_clusters(new SegmentClusterTab(session, this)), m_rules(new SegmentRuleTab(session, this)),
      m_tiers(new SegmentTierTab(session, this)), m_saved(new SegmentSavedTab(session, this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Segmentation"), this);
    title->setStyleSheet("font-size: 16pt; font-weight: 600;");
    layout->addWidget(title);

    // Object names let `valuedesk --view segmentation/clusters` pick a tab.
    m_rfm->setObjectName(QStringLiteral("rfm"));
    m_clusters->setObjectName(QStringLiteral("clusters"));
    m_rules->setObjectName(QStringLiteral("rules"));
    m_tiers->setObjectName(QStringLiteral("tiers"));
    m_saved->setObjectName(QStringLiteral("saved"));
    m_tabs->addTab(m_rfm, tr("RFM"));
    m_tabs->addTab(m_clusters, tr("Clusters"));
    m_tabs->addTab(m_rules, tr("Rules"));
    m_tabs->addTab(m_tiers, tr("Tiers && pyramid"));
    m_tabs->addTab(m_saved, tr("Saved segments"));
    m_tabs->setTabToolTip(RfmTab, tr("Recency, frequency and monetary scores and the R × F "
                                     "segment grid"));
    m_tabs->setTabToolTip(ClustersTab, tr("k-means on chosen features, with the elbow and the "
                                          "silhouette to choose k"));
    m_tabs->setTabToolTip(RulesTab, tr("Segments by rules on the four segmentation bases and "
                                       "computed scores"));
    m_tabs->setTabToolTip(TiersTab, tr("High value, potential and churn-risk tiers; the "
                                       "platinum–gold–iron–lead pyramid"));
    m_tabs->setTabToolTip(SavedTab, tr("Saved snapshots: members, comparison, migration, "
                                       "export"));
    layout->addWidget(m_tabs, 1);

    for (SegmentTab* tab : {static_cast<SegmentTab*>(m_rfm), static_cast<SegmentTab*>(m_clusters),
                            static_cast<SegmentTab*>(m_rules), static_cast<SegmentTab*>(m_tiers),
                            static_cast<SegmentTab*>(m_saved)})
        connect(tab, &SegmentTab::segmentsChanged, this, [this] { segmentsChanged(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (SegmentTab* tab = tabAt(index); tab && this->session().isOpen())
            tab->ensureFresh();
    });
    connect(m_saved, &SegmentSavedTab::reevaluateRequested, this, [this](std::int64_t id) {
        showTab(RulesTab);
        m_rules->reevaluate(id);
    });
    auto* save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] {
        if (SegmentTab* tab = tabAt(m_tabs->currentIndex()))
            tab->saveAsSegmentDialog();
    });
    connect(&session, &WorkspaceSession::closed, this, [this] {
        for (int i = 0; i < m_tabs->count(); ++i)
            tabAt(i)->markStale();
    });
}

SegmentTab* SegmentationPage::tabAt(int index) const
{
    return qobject_cast<SegmentTab*>(m_tabs->widget(index));
}

void SegmentationPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
    if (SegmentTab* t = tabAt(tab); t && session().isOpen())
        t->ensureFresh();
}

bool SegmentationPage::isBusy() const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (tabAt(i)->isBusy())
            return true;
    return false;
}

void SegmentationPage::reload()
{
    if (m_skipReload)
        return;
    for (int i = 0; i < m_tabs->count(); ++i)
        tabAt(i)->markStale();
    if (SegmentTab* tab = tabAt(m_tabs->currentIndex()))
        tab->ensureFresh();
}

void SegmentationPage::segmentsChanged()
{
    // Other views (value pyramid, Kano, dashboard) list saved segments: tell them, without
    // recomputing this page's tabs.
    m_skipReload = true;
    session().notifyDataChanged();
    m_skipReload = false;
    m_rules->refreshSaved();
    m_saved->markStale();
    if (m_tabs->currentWidget() == m_saved)
        m_saved->ensureFresh();
}

} // namespace vd::gui
