#pragma once

#include "ClvResults.h"

#include <QAbstractTableModel>
#include <vector>

namespace vd::gui {

// The CLV page's parameter grid: each fitted model's estimates with their standard errors,
// then its log-likelihood, the customers it covers and whether the optimiser converged, so an
// analyst can judge the fit before trusting the predictions.
class ClvParameterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Model, Parameter, Estimate, StandardError, ColumnCount };
    // Unformatted numbers (NaN when missing) for sorting and tests.
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit ClvParameterModel(QObject* parent = nullptr);

    void setRows(std::vector<ClvParameterRow> rows);
    const std::vector<ClvParameterRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Display name of a model code: "bgnbd" -> "BG/NBD".
    static QString modelName(const std::string& code);

private:
    std::vector<ClvParameterRow> m_rows;
};

} // namespace vd::gui
