#pragma once

#include "valuedesk/loyalty/Alerts.h"

#include <QAbstractTableModel>
#include <QString>
#include <vector>

class QUndoStack;

namespace vd::gui {

// The alert rules as the "Alert rules…" dialog edits them: one row per rule with metric, kind
// (below / above / drop), threshold and an enabled check box, and a last column that says
// what is wrong with the row (an out-of-range threshold, a repeated rule). Every edit goes
// through the undo stack (AlertRuleCommand), so Ctrl+Z takes back a change, an added or a
// removed rule. The labels and the alert sentences the dashboard lists are built here from
// structured fields, so they are translatable (the core keeps English for the CLI).
class AlertRuleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Metric, Kind, Threshold, Enabled, Check, ColumnCount };
    // The metric or kind of a row as its enum value (int), for the editors.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit AlertRuleModel(QUndoStack* undo, QObject* parent = nullptr);

    void setRules(std::vector<loyalty::AlertRule> rules); // no undo step; resets the model
    const std::vector<loyalty::AlertRule>& rules() const { return m_rules; }

    // Undoable edits.
    void addRule(const loyalty::AlertRule& rule); // appended
    void removeRule(int row);
    void restoreDefaults();

    // Applied by AlertRuleCommand; not for direct use.
    void applyRule(int row, const loyalty::AlertRule& rule);
    void applyInsert(int row, const loyalty::AlertRule& rule);
    void applyRemove(int row);
    void applyAll(const std::vector<loyalty::AlertRule>& rules);

    // What is wrong with a row ("" when nothing), and with the whole list (first problem).
    QString problem(int row) const;
    QString firstProblem() const;
    bool isValid() const { return firstProblem().isEmpty(); }

    static QString metricLabel(loyalty::AlertMetric m);
    static QString kindLabel(loyalty::AlertKind k);
    static QString unitSuffix(loyalty::AlertMetric m); // " pts", " %", " (1–5)", " (1–7)"
    static QString formatValue(loyalty::AlertMetric m, double value);
    // The sentence for one fired alert, in the UI language.
    static QString alertText(const loyalty::Alert& alert);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void rulesChanged();

private:
    QUndoStack* m_undo;
    std::vector<loyalty::AlertRule> m_rules;
};

} // namespace vd::gui
