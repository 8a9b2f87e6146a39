#include "valuedesk/segment/Rfm.h"

#include "valuedesk/Date.h"
#include "valuedesk/Error.h"
#include "valuedesk/segment/Activity.h"
#include "valuedesk/storage/Database.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <numeric>

namespace vd::segment {

std::vector<int> quintileScores(std::span<const double> values, Direction direction)
{
    const std::size_t n = values.size();
    std::vector<int> scores(n, 0);
    if (n == 0)
        return scores;
    for (double v : values)
        if (std::isnan(v))
            throw InputError("cannot score a missing (NaN) value into quintiles");
    // Order from worst to best; the tie rule needs no secondary key because equal values are
    // scored as a block. Sorting (value, index) pairs keeps the comparisons in cache, unlike
    // sorting indices that point into the values.
    std::vector<std::pair<double, std::size_t>> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = {direction == Direction::HigherIsBetter ? values[i] : -values[i], i};
    std::sort(order.begin(), order.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    const auto total = static_cast<std::int64_t>(n);
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        while (j < n && order[j].first == order[i].first)
            ++j;
        // w = i customers are strictly worse than this block.
        const int score = 1 + static_cast<int>((5 * static_cast<std::int64_t>(i)) / total);
        for (std::size_t k = i; k < j; ++k)
            scores[order[k].second] = score;
        i = j;
    }
    return scores;
}

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    const std::size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid),
                     values.end());
    double upper = values[mid];
    if (values.size() % 2 == 1)
        return upper;
    double lower =
        *std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(mid));
    return lower + (upper - lower) / 2.0;
}

RfmResult scoreRfm(std::vector<RfmInput> inputs, std::int64_t referenceDay, const RfmGrid& grid)
{
    grid.validate();
    auto byId = [](const RfmInput& a, const RfmInput& b) { return a.customerId < b.customerId; };
    if (!std::is_sorted(inputs.begin(), inputs.end(), byId)) // computeRfm's come sorted
        std::sort(inputs.begin(), inputs.end(), byId);
    RfmResult result;
    result.referenceDay = referenceDay;
    result.grid = grid;
    const std::size_t n = inputs.size();
    std::vector<double> rv(n), fv(n), mv(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& in = inputs[i];
        if (in.frequency < 1)
            throw InputError("customer " + std::to_string(in.customerId) +
                             " has no purchase and cannot be RFM-scored");
        if (in.lastPurchaseDay > referenceDay)
            throw InputError("customer " + std::to_string(in.customerId) +
                             " purchased after the reference date");
        if (!std::isfinite(in.monetary))
            throw InputError("customer " + std::to_string(in.customerId) +
                             " has a non-finite monetary value");
        rv[i] = static_cast<double>(referenceDay - in.lastPurchaseDay);
        fv[i] = static_cast<double>(in.frequency);
        mv[i] = in.monetary;
    }
    // The three sorts are independent: R and F go to a second core for a large base.
    std::vector<int> r, f, m;
    auto scoreRecencyFrequency = [&] {
        r = quintileScores(rv, Direction::LowerIsBetter);
        f = quintileScores(fv, Direction::HigherIsBetter);
    };
    if (n >= 100000) {
        auto job = std::async(std::launch::async, scoreRecencyFrequency);
        m = quintileScores(mv, Direction::HigherIsBetter);
        job.get();
    } else {
        scoreRecencyFrequency();
        m = quintileScores(mv, Direction::HigherIsBetter);
    }
    const auto table = grid.table();

    const std::size_t nSeg = grid.segments().size();
    std::vector<std::vector<double>> segR(nSeg), segF(nSeg), segM(nSeg);
    result.segments.resize(nSeg);
    for (std::size_t s = 0; s < nSeg; ++s)
        result.segments[s].name = grid.segments()[s].name;
    result.customers.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        RfmCustomer c;
        c.customerId = inputs[i].customerId;
        c.recencyDays = referenceDay - inputs[i].lastPurchaseDay;
        c.frequency = inputs[i].frequency;
        c.monetary = inputs[i].monetary;
        c.r = r[i];
        c.f = f[i];
        c.m = m[i];
        c.segment = table[static_cast<std::size_t>(c.r - 1)][static_cast<std::size_t>(c.f - 1)];
        auto s = static_cast<std::size_t>(c.segment);
        result.segments[s].customers += 1;
        result.segments[s].revenue += c.monetary;
        segR[s].push_back(rv[i]);
        segF[s].push_back(fv[i]);
        segM[s].push_back(mv[i]);
        result.heatCount[static_cast<std::size_t>(c.r - 1)][static_cast<std::size_t>(c.f - 1)] += 1;
        result.heatRevenue[static_cast<std::size_t>(c.r - 1)][static_cast<std::size_t>(c.f - 1)] +=
            c.monetary;
        result.totalRevenue += c.monetary;
        result.customers.push_back(c);
    }
    for (std::size_t s = 0; s < nSeg; ++s) {
        auto& seg = result.segments[s];
        if (result.totalRevenue > 0.0)
            seg.revenueShare = seg.revenue / result.totalRevenue;
        seg.medianRecencyDays = median(std::move(segR[s]));
        seg.medianFrequency = median(std::move(segF[s]));
        seg.medianMonetary = median(std::move(segM[s]));
    }
    return result;
}

RfmResult computeRfm(Database& db, const RfmOptions& options, const ProgressCallback& progress)
{
    options.grid.validate();
    ProgressReporter reporter(progress);
    std::optional<std::int64_t> day = options.referenceDay;
    if (!day)
        day = latestTransactionDay(db);
    if (!day)
        throw AnalysisError("RFM needs purchases, and this workspace has no transactions");
    ProgressCallback scan;
    if (progress)
        scan = [&progress](double fraction, std::string_view status) {
            return progress(0.9 * fraction, status);
        };
    ActivityTable read;
    const bool reuse = options.activity && activityCovers(db, *options.activity, day);
    if (!reuse)
        read = loadActivity(db, day, scan, options.threads);
    const ActivityTable& activity = reuse ? *options.activity : read;
    reporter.stage(0.9, "scoring");
    std::vector<RfmInput> inputs;
    inputs.reserve(activity.customers.size());
    for (const auto& a : activity.customers) {
        if (a.purchases == 0)
            continue;
        inputs.push_back({a.customerId, date::epochDay(a.lastPurchase), a.purchases, a.revenue});
    }
    if (inputs.empty())
        throw AnalysisError("no purchase on or before " +
                            date::formatDate(*day * date::kSecondsPerDay) + ": nothing to score");
    RfmResult result = scoreRfm(std::move(inputs), *day, options.grid);
    result.customersWithoutPurchase =
        activity.customersInBase - static_cast<std::int64_t>(result.customers.size());
    reporter.stage(1.0, "done");
    return result;
}

} // namespace vd::segment
