#include "valuedesk/clv/Validation.h"

#include "clv/Parallel.h"
#include "valuedesk/Error.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

namespace vd::clv {

ValidationResult validate(const TransactionModel& model, const SummaryData& data, int histogramBins,
                          const ProgressCallback& progress)
{
    if (histogramBins < 2)
        throw InputError("the frequency histogram needs at least 2 bins");
    ProgressReporter reporter(progress);
    ValidationResult result;
    if (data.customers.empty())
        return result;
    const double unit = unitDays(data.options.unit);
    const std::int64_t lastDay = data.holdoutEndDay.value_or(data.calibrationEndDay);
    const double totalDays = static_cast<double>(lastDay - data.originDay + 1);
    const int periods = static_cast<int>(std::ceil(totalDays / unit - 1e-9));

    // Actual repeat transactions per calendar period [origin + (j-1) unit, origin + j unit).
    result.tracking.resize(static_cast<std::size_t>(periods));
    for (int j = 0; j < periods; ++j) {
        auto& p = result.tracking[static_cast<std::size_t>(j)];
        p.period = j + 1;
        p.startDay = data.originDay + static_cast<std::int64_t>(std::ceil(j * unit - 1e-9));
        if (p.startDay <= data.calibrationEndDay)
            result.calibrationPeriods = j + 1;
    }
    for (std::size_t d = 0; d < data.repeatsPerDay.size(); ++d) {
        const auto j = static_cast<std::size_t>(std::floor(static_cast<double>(d) / unit + 1e-12));
        if (j < result.tracking.size())
            result.tracking[j].actual += static_cast<double>(data.repeatsPerDay[d]);
    }

    // Expected cumulative repeat transactions at the end of each period, grouped by birth day.
    std::map<std::int64_t, double> births;
    for (const auto& c : data.customers)
        births[c.firstDay - data.originDay] += 1.0;
    std::vector<std::pair<std::int64_t, double>> birthList(births.begin(), births.end());
    const double newAlive = model.pAlive(0, 0, 0); // MBG/NBD: some die at time zero
    std::vector<double> cumulative(static_cast<std::size_t>(periods), 0.0);
    std::mutex trackingMutex;
    detail::parallelFor(birthList.size(), 64, [&](std::size_t begin, std::size_t end) {
        std::vector<double> local(cumulative.size(), 0.0), times, values;
        for (std::size_t b = begin; b < end; ++b) {
            const double birth = static_cast<double>(birthList[b].first);
            times.clear();
            std::vector<std::size_t> at;
            for (int j = 0; j < periods; ++j) {
                const double tau = std::min((j + 1) * unit, totalDays);
                if (tau > birth) {
                    times.push_back((tau - birth) / unit);
                    at.push_back(static_cast<std::size_t>(j));
                }
            }
            values.assign(times.size(), 0.0);
            model.expectedIfAlive(0, 0, times.data(), times.size(), values.data());
            for (std::size_t k = 0; k < times.size(); ++k)
                local[at[k]] += birthList[b].second * newAlive * values[k];
        }
        std::lock_guard lock(trackingMutex);
        for (std::size_t j = 0; j < local.size(); ++j)
            cumulative[j] += local[j];
    });
    reporter.stage(0.4, "tracking plot");
    double actualSum = 0.0, previous = 0.0;
    for (std::size_t j = 0; j < result.tracking.size(); ++j) {
        auto& p = result.tracking[j];
        actualSum += p.actual;
        p.actualCumulative = actualSum;
        p.predictedCumulative = cumulative[j];
        p.predicted = cumulative[j] - previous;
        previous = cumulative[j];
    }

    // Conditional holdout forecast: every customer has the same calendar holdout.
    if (data.holdoutEndDay) {
        const double length = data.holdoutLength();
        const int holdoutPeriods = static_cast<int>(std::ceil(length - 1e-9));
        std::vector<double> ends;
        for (int k = 1; k <= holdoutPeriods; ++k)
            ends.push_back(std::min(static_cast<double>(k), length));
        std::vector<double> expected(ends.size(), 0.0);
        std::mutex m;
        detail::parallelFor(data.customers.size(), 4096, [&](std::size_t begin, std::size_t end) {
            std::vector<double> local(ends.size(), 0.0), e(ends.size());
            for (std::size_t i = begin; i < end; ++i) {
                const auto& c = data.customers[i];
                const double alive = model.pAlive(c.x, c.tx, c.T);
                model.expectedIfAlive(c.x, c.T, ends.data(), ends.size(), e.data());
                for (std::size_t k = 0; k < ends.size(); ++k)
                    local[k] += alive * e[k];
            }
            std::lock_guard lock(m);
            for (std::size_t k = 0; k < ends.size(); ++k)
                expected[k] += local[k];
        });
        result.holdout.resize(ends.size());
        // Holdout period k holds the days calibrationEnd + 1 + [(k-1) unit, k unit).
        for (std::size_t k = 0; k < ends.size(); ++k) {
            auto& p = result.holdout[k];
            p.period = static_cast<int>(k + 1);
            p.startDay = data.calibrationEndDay + 1 +
                         static_cast<std::int64_t>(std::ceil(static_cast<double>(k) * unit - 1e-9));
        }
        for (std::int64_t day = data.calibrationEndDay + 1; day <= *data.holdoutEndDay; ++day) {
            const auto index = static_cast<std::size_t>(day - data.originDay);
            if (index >= data.repeatsPerDay.size())
                continue;
            const auto k = static_cast<std::size_t>(
                std::floor(static_cast<double>(day - data.calibrationEndDay - 1) / unit + 1e-12));
            if (k < result.holdout.size())
                result.holdout[k].actual += static_cast<double>(data.repeatsPerDay[index]);
        }
        double a = 0.0, prev = 0.0;
        for (std::size_t k = 0; k < result.holdout.size(); ++k) {
            auto& p = result.holdout[k];
            a += p.actual;
            p.actualCumulative = a;
            p.predictedCumulative = expected[k];
            p.predicted = expected[k] - prev;
            prev = expected[k];
        }
        for (const auto& c : data.customers)
            result.actualHoldout += c.xHoldout;
        result.predictedHoldout = expected.empty() ? 0.0 : expected.back();
    }
    reporter.stage(0.8, "frequency histogram");

    // Calibration frequency histogram, grouped by T.
    const auto bins = static_cast<std::size_t>(histogramBins);
    result.frequencyActual.assign(bins, 0.0);
    result.frequencyPredicted.assign(bins, 0.0);
    std::map<double, double> byT;
    for (const auto& c : data.customers) {
        result.frequencyActual[std::min(bins - 1, static_cast<std::size_t>(c.x))] += 1.0;
        byT[c.T] += 1.0;
    }
    std::vector<std::pair<double, double>> tList(byT.begin(), byT.end());
    std::mutex m;
    detail::parallelFor(tList.size(), 64, [&](std::size_t begin, std::size_t end) {
        std::vector<double> local(bins, 0.0);
        for (std::size_t i = begin; i < end; ++i) {
            const auto probs = model.frequencyDistribution(tList[i].first, histogramBins - 1);
            double total = 0.0;
            for (std::size_t k = 0; k + 1 < bins; ++k) {
                local[k] += tList[i].second * probs[k];
                total += probs[k];
            }
            local[bins - 1] += tList[i].second * std::max(0.0, 1.0 - total);
        }
        std::lock_guard lock(m);
        for (std::size_t k = 0; k < bins; ++k)
            result.frequencyPredicted[k] += local[k];
    });
    reporter.stage(1.0, "validation ready");
    return result;
}

} // namespace vd::clv
