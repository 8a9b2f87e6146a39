#pragma once

#include "valuedesk/journey/JourneyRepository.h"

#include <QDialog>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QTableView;

namespace Ui {
class JourneyCompareDialog;
}

namespace vd {
class Database;
}

namespace vd::gui {

class JourneyCompareModel;

// Compares two journey maps of the workspace — typically the as-is map and its to-be copy —
// so a workshop can see what the redesign changes: stages and touchpoints added, removed or
// edited, and how the customer's emotion moves at each touchpoint and on average. The layout
// is the form ui/JourneyCompareDialog.ui.
class JourneyCompareDialog : public QDialog
{
    Q_OBJECT
public:
    JourneyCompareDialog(Database& db, std::vector<journey::MapSummary> maps, qint64 before,
                         qint64 after, QWidget* parent = nullptr);
    ~JourneyCompareDialog() override;

    JourneyCompareModel* model() const { return m_model; }
    QLabel* summary() const { return m_summary; }
    void compare(qint64 before, qint64 after);

private:
    Database& m_db;
    std::unique_ptr<Ui::JourneyCompareDialog> m_ui;
    QComboBox* m_before;
    QComboBox* m_after;
    QLabel* m_summary;
    QTableView* m_table;
    JourneyCompareModel* m_model;
};

} // namespace vd::gui
