#pragma once

#include "valuedesk/Progress.h"
#include "valuedesk/clv/Models.h"
#include "valuedesk/clv/Summary.h"

#include <cstdint>
#include <vector>

// Calibration/holdout diagnostics of a fitted transaction model: the tracking plot (actual vs
// expected repeat transactions by calendar period, FHL 2005 Figure 1), the conditional holdout
// forecast and the calibration frequency histogram.
namespace vd::clv {

struct PeriodPoint
{
    int period = 0;            // 1-based
    std::int64_t startDay = 0; // epoch day the period starts
    double actual = 0.0;       // repeat transactions in the period
    double predicted = 0.0;
    double actualCumulative = 0.0;
    double predictedCumulative = 0.0;
};

struct ValidationResult
{
    // Calendar periods of the time unit from the earliest first purchase to the holdout end
    // (or the calibration end): actual repeat transactions vs the model's unconditional
    // expectation sum_i E[X(tau - birth_i)] over the customers born before tau.
    std::vector<PeriodPoint> tracking;
    int calibrationPeriods = 0; // tracking periods that start on or before the calibration end
    // Holdout periods after the calibration end: actual vs conditional expectation
    // sum_i E[Y(t) | x_i, t_x_i, T_i].
    std::vector<PeriodPoint> holdout;
    double actualHoldout = 0.0;
    double predictedHoldout = 0.0;
    // Customers by calibration repeat count 0, 1, ..., bins-2 and bins-1 or more: actual and
    // expected sum_i P(X(T_i) = k).
    std::vector<double> frequencyActual;
    std::vector<double> frequencyPredicted;
};

ValidationResult validate(const TransactionModel& model, const SummaryData& data,
                          int histogramBins = 8, const ProgressCallback& progress = {});

} // namespace vd::clv
