#pragma once

#include "Page.h"

class QTabWidget;

namespace vd::gui {

class SegmentClusterTab;
class SegmentRfmTab;
class SegmentRuleTab;
class SegmentSavedTab;
class SegmentTab;
class SegmentTierTab;

// The "Segmentation" view: divides the customer base into groups to act on — RFM with an
// editable R x F grid, k-means clusters, rule segments on the four segmentation bases, the
// seeds' value tiers and the customer pyramid — and keeps what the analyst saved as
// snapshots to list, compare, follow over time (migration) and export. Every tab works in
// the background and saves through the same core drafts as `valuedesk-cli segment`, so the
// two never disagree. Ctrl+S saves the current tab's result as a segment.
class SegmentationPage : public Page
{
    Q_OBJECT
public:
    enum Tab { RfmTab, ClustersTab, RulesTab, TiersTab, SavedTab };

    explicit SegmentationPage(WorkspaceSession& session, QWidget* parent = nullptr);

    void showTab(Tab tab);
    // Background work of any tab is running (tests and the screenshot mode wait for it).
    bool isBusy() const;

    QTabWidget* tabs() const { return m_tabs; }
    SegmentRfmTab* rfmTab() const { return m_rfm; }
    SegmentClusterTab* clusterTab() const { return m_clusters; }
    SegmentRuleTab* ruleTab() const { return m_rules; }
    SegmentTierTab* tierTab() const { return m_tiers; }
    SegmentSavedTab* savedTab() const { return m_saved; }

protected:
    void reload() override;

private:
    SegmentTab* tabAt(int index) const;
    void segmentsChanged();

    QTabWidget* m_tabs;
    SegmentRfmTab* m_rfm;
    SegmentClusterTab* m_clusters;
    SegmentRuleTab* m_rules;
    SegmentTierTab* m_tiers;
    SegmentSavedTab* m_saved;
    bool m_skipReload = false;
};

} // namespace vd::gui
