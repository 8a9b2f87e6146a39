#pragma once

#include "SegmentTab.h"
#include "valuedesk/segment/RuleSegment.h"

#include <optional>
#include <string>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace vd::gui {

class SegmentMemberModel;
class SegmentRuleBuilder;

// The rules tab: builds a rule on the four segmentation bases and the computed scores (rows
// of field, operator and value in AND / OR groups), counts and lists the customers it
// matches (F5), and saves it as a rule segment. Saved rules are re-evaluated on demand over
// the current data, with who joined and who left since the snapshot. Builder edits are
// undoable (Ctrl+Z / Ctrl+Shift+Z).
class SegmentRuleTab : public SegmentTab
{
    Q_OBJECT
public:
    explicit SegmentRuleTab(WorkspaceSession& session, QWidget* parent = nullptr);

    // Counts and lists the matching customers in the background; false for an invalid rule
    // (the reason is shown).
    bool evaluate();
    // Loads saved rule segment `segmentId` into the builder (undoable).
    bool loadSaved(std::int64_t segmentId);
    // Loads it and evaluates it again over the current data, comparing with its snapshot.
    bool reevaluate(std::int64_t segmentId);
    // Evaluates the rule shown and saves its members in one background task.
    bool saveAsSegment(const QString& name);
    bool saveAsSegmentDialog() override;
    bool isBusy() const override { return m_running > 0; }

    // For tests and the screenshot mode.
    SegmentRuleBuilder* builder() const { return m_builder; }
    QUndoStack* undoStack() const { return m_undo; }
    SegmentMemberModel* previewModel() const { return m_preview; }
    QTableView* previewView() const { return m_previewView; }
    QComboBox* savedBox() const { return m_saved; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* ruleLabel() const { return m_ruleText; }
    const std::optional<segment::RuleResult>& lastResult() const { return m_result; }
    // Records a builder change on the undo stack (the builder calls it after each edit).
    void noteEdit();
    void refreshSaved();

protected:
    void refresh() override;

private:
    void applyState(const std::string& state);
    void updateRuleText();
    void loadChoices(const QString& field);
    void showResult(segment::RuleResult result, const QString& text);

    QComboBox* m_saved;
    QPushButton* m_evaluate;
    SegmentRuleBuilder* m_builder;
    QLabel* m_ruleText;
    QLabel* m_status;
    QTableView* m_previewView;
    SegmentMemberModel* m_preview;
    QUndoStack* m_undo;

    std::string m_state;
    std::optional<segment::RuleResult> m_result;
    QString m_suggestedName;
    int m_running = 0;
    int m_generation = 0;
};

} // namespace vd::gui
