#include "valuedesk/clv/Fit.h"

#include "clv/Parallel.h"
#include "valuedesk/Error.h"
#include "valuedesk/clv/SpecialFunctions.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <limits>
#include <numeric>
#include <string>
#include <thread>
#include <tuple>

namespace vd::clv {

using special::digamma;

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

std::string formatNumber(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return buffer;
}

// Splits [0, n) into one chunk per core for large n and sums `width` accumulators that
// work(begin, end, acc) adds into. Small inputs stay on the calling thread: spawning costs more
// than it saves below ~10^4 groups.
template <typename Work>
void parallelAccumulate(std::size_t n, std::size_t width, const Work& work, double* total)
{
    std::fill(total, total + width, 0.0);
    unsigned threads = 1;
    if (n >= 16384)
        threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    if (threads == 1) {
        work(std::size_t{0}, n, total);
        return;
    }
    std::vector<std::vector<double>> partial(threads, std::vector<double>(width, 0.0));
    std::vector<std::thread> pool;
    std::exception_ptr failure;
    const std::size_t chunk = (n + threads - 1) / threads;
    for (unsigned t = 1; t < threads; ++t) {
        pool.emplace_back([&, t] {
            try {
                work(std::min(n, t * chunk), std::min(n, (t + 1) * chunk), partial[t].data());
            } catch (...) {
                partial[t][0] = std::numeric_limits<double>::quiet_NaN();
            }
        });
    }
    try {
        work(std::size_t{0}, std::min(n, chunk), partial[0].data());
    } catch (...) {
        failure = std::current_exception();
    }
    for (auto& th : pool)
        th.join();
    if (failure)
        std::rethrow_exception(failure);
    for (const auto& p : partial)
        for (std::size_t k = 0; k < width; ++k)
            total[k] += p[k];
}

bool allPositive(const Vector& p)
{
    return std::all_of(p.begin(), p.end(), [](double v) { return std::isfinite(v) && v > 0.0; });
}

// Distinct values of one coordinate and each row's index into them.
void indexValues(const std::vector<double>& column, std::vector<double>& distinct,
                 std::vector<std::uint32_t>& index)
{
    distinct = column;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    index.resize(column.size());
    for (std::size_t i = 0; i < column.size(); ++i)
        index[i] = static_cast<std::uint32_t>(
            std::lower_bound(distinct.begin(), distinct.end(), column[i]) - distinct.begin());
}

void validateSummaries(const std::vector<CustomerSummary>& data)
{
    for (const auto& c : data) {
        const bool ok = std::isfinite(c.x) && std::isfinite(c.tx) && std::isfinite(c.T) &&
                        c.x >= 0.0 && c.x == std::floor(c.x) && c.tx >= 0.0 && c.tx <= c.T &&
                        (c.x > 0.0 || c.tx == 0.0);
        if (!ok)
            throw InputError("customer " + std::to_string(c.customerId) +
                             ": the summary needs a whole x >= 0 and 0 <= t_x <= T (t_x = 0 when "
                             "x = 0), got x = " +
                             std::to_string(c.x) + ", t_x = " + std::to_string(c.tx) +
                             ", T = " + std::to_string(c.T));
    }
}

// Customers with identical (x, t_x, T), evaluated once with a weight.
struct RfmGroups
{
    std::vector<double> xs, txs, Ts;
    std::vector<std::uint32_t> xi, txi, Ti;
    std::vector<double> weight;
    std::int64_t customers = 0;

    RfmGroups(const std::vector<CustomerSummary>& data, std::size_t stride)
    {
        std::vector<std::tuple<double, double, double>> rows;
        rows.reserve(data.size() / stride + 1);
        for (std::size_t i = 0; i < data.size(); i += stride)
            rows.emplace_back(data[i].x, data[i].tx, data[i].T);
        customers = static_cast<std::int64_t>(rows.size());
        std::sort(rows.begin(), rows.end());
        std::vector<double> x, tx, T;
        for (std::size_t i = 0; i < rows.size();) {
            std::size_t j = i;
            while (j < rows.size() && rows[j] == rows[i])
                ++j;
            x.push_back(std::get<0>(rows[i]));
            tx.push_back(std::get<1>(rows[i]));
            T.push_back(std::get<2>(rows[i]));
            weight.push_back(static_cast<double>(j - i));
            i = j;
        }
        indexValues(x, xs, xi);
        indexValues(tx, txs, txi);
        indexValues(T, Ts, Ti);
    }
    std::size_t size() const { return weight.size(); }
};

// BG/NBD and MBG/NBD with the analytic gradient (FHL 2005 eq. 6 differentiated; digamma for
// the Gamma-function terms).
class BgLikelihood : public Likelihood
{
public:
    BgLikelihood(const std::vector<CustomerSummary>& data, bool modified, std::size_t stride)
        : m_rfm(data, stride), m_modified(modified)
    {
        m_customers = m_rfm.customers;
        m_groups = static_cast<std::int64_t>(m_rfm.size());
    }
    std::size_t dimension() const override { return 4; }
    bool hasAnalyticGradient() const override { return true; }
    double value(const Vector& p) const override { return evaluate(p, nullptr); }
    double valueAndGradient(const Vector& p, Vector& grad) const override
    {
        grad.assign(4, 0.0);
        return evaluate(p, &grad);
    }

private:
    double evaluate(const Vector& params, Vector* grad) const
    {
        if (params.size() != 4 || !allPositive(params))
            return kNegInf;
        const double r = params[0], alpha = params[1], a = params[2], b = params[3];
        const double shift = m_modified ? 1.0 : 0.0;
        const auto& G = m_rfm;
        const std::size_t nx = G.xs.size();
        std::vector<double> c(nx), d(nx), dr(nx), da(nx), db(nx), ib(nx);
        std::vector<char> hasA4(nx);
        const double common =
            -std::lgamma(r) + r * std::log(alpha) + std::lgamma(a + b) - std::lgamma(b);
        for (std::size_t k = 0; k < nx; ++k) {
            const double x = G.xs[k];
            c[k] = common + std::lgamma(r + x) + std::lgamma(b + x + shift) -
                   std::lgamma(a + b + x + shift);
            hasA4[k] = m_modified || x > 0.0;
            if (hasA4[k]) {
                ib[k] = 1.0 / (b + x - 1.0 + shift);
                d[k] = std::log(a) + std::log(ib[k]);
            }
            if (grad) {
                dr[k] = digamma(r + x) - digamma(r) + std::log(alpha);
                da[k] = digamma(a + b) - digamma(a + b + x + shift);
                db[k] = digamma(a + b) + digamma(b + x + shift) - digamma(b) -
                        digamma(a + b + x + shift);
            }
        }
        std::vector<double> lT(G.Ts.size()), iT(G.Ts.size()), ltx(G.txs.size()), itx(G.txs.size());
        for (std::size_t k = 0; k < G.Ts.size(); ++k) {
            lT[k] = std::log(alpha + G.Ts[k]);
            iT[k] = 1.0 / (alpha + G.Ts[k]);
        }
        for (std::size_t k = 0; k < G.txs.size(); ++k) {
            ltx[k] = std::log(alpha + G.txs[k]);
            itx[k] = 1.0 / (alpha + G.txs[k]);
        }
        const double invA = 1.0 / a;
        double acc[5];
        parallelAccumulate(
            G.size(), 5,
            [&](std::size_t begin, std::size_t end, double* out) {
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
                for (std::size_t i = begin; i < end; ++i) {
                    const std::uint32_t k = G.xi[i];
                    const double rx = r + G.xs[k];
                    const double wt = G.weight[i];
                    const double lt = lT[G.Ti[i]];
                    const double a3 = -rx * lt;
                    double ll, w = 0.0;
                    if (!hasA4[k]) {
                        ll = c[k] + a3;
                    } else {
                        const double a4 = d[k] - rx * ltx[G.txi[i]];
                        const double e = std::exp(-std::fabs(a3 - a4));
                        ll = c[k] + std::max(a3, a4) + std::log1p(e);
                        w = a4 >= a3 ? 1.0 / (1.0 + e) : e / (1.0 + e);
                    }
                    s0 += wt * ll;
                    if (grad) {
                        const double lx = hasA4[k] ? ltx[G.txi[i]] : 0.0;
                        const double ix = hasA4[k] ? itx[G.txi[i]] : 0.0;
                        s1 += wt * (dr[k] - (1.0 - w) * lt - w * lx);
                        s2 += wt * (r / alpha - rx * ((1.0 - w) * iT[G.Ti[i]] + w * ix));
                        s3 += wt * (da[k] + w * invA);
                        s4 += wt * (db[k] - w * (hasA4[k] ? ib[k] : 0.0));
                    }
                }
                out[0] += s0;
                out[1] += s1;
                out[2] += s2;
                out[3] += s3;
                out[4] += s4;
            },
            acc);
        if (grad)
            *grad = {acc[1], acc[2], acc[3], acc[4]};
        return std::isfinite(acc[0]) ? acc[0] : kNegInf;
    }

    RfmGroups m_rfm;
    bool m_modified;
};

// Pareto/NBD with the analytic gradient. ln L = A1 + log(e^alive + e^died) (Fader & Hardie
// 2005, note eq. 22) with A1 = lnG(r+x) - lnG(r) + r ln alpha + s ln beta,
// alive = -(r+x) ln(alpha+T) - s ln(beta+T), died = ln s - ln(r+s+x) + ln A0 and
// A0 = term(t_x) - term(T), term(y) = 2F1(r+s+x, b2; r+s+x+1; z(y)) / (max(alpha,beta)+y)^(r+s+x)
// (eqs. 19-20). term depends on (x, y) only, so it is evaluated once per distinct (x, t_x) and
// (x, T) pair per call, together with its parameter derivatives: the chain rule through
// a = r+s+x, b2 (s+1 or r+x) and z, with d log 2F1 / d(a, b, z) summed alongside the series
// (special::logHyp2f1APlusOneWithDerivatives). docs/methods.md, CLV, gives the formulas.
class ParetoLikelihood : public Likelihood
{
public:
    ParetoLikelihood(const std::vector<CustomerSummary>& data, std::size_t stride)
        : m_rfm(data, stride)
    {
        m_customers = m_rfm.customers;
        m_groups = static_cast<std::int64_t>(m_rfm.size());
        const auto& G = m_rfm;
        std::vector<std::pair<std::uint32_t, double>> pairs;
        pairs.reserve(2 * G.size());
        for (std::size_t i = 0; i < G.size(); ++i) {
            pairs.emplace_back(G.xi[i], G.txs[G.txi[i]]);
            pairs.emplace_back(G.xi[i], G.Ts[G.Ti[i]]);
        }
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        m_pairX.reserve(pairs.size());
        m_pairY.reserve(pairs.size());
        for (const auto& [xi, y] : pairs) {
            m_pairX.push_back(xi);
            m_pairY.push_back(y);
        }
        auto find = [&](std::uint32_t xi, double y) {
            return static_cast<std::uint32_t>(
                std::lower_bound(pairs.begin(), pairs.end(), std::make_pair(xi, y)) -
                pairs.begin());
        };
        m_txPair.resize(G.size());
        m_TPair.resize(G.size());
        for (std::size_t i = 0; i < G.size(); ++i) {
            m_txPair[i] = find(G.xi[i], G.txs[G.txi[i]]);
            m_TPair[i] = find(G.xi[i], G.Ts[G.Ti[i]]);
        }
    }
    std::size_t dimension() const override { return 4; }
    bool hasAnalyticGradient() const override { return true; }
    double value(const Vector& p) const override { return evaluate(p, nullptr); }
    double valueAndGradient(const Vector& p, Vector& grad) const override
    {
        grad.assign(4, 0.0);
        return evaluate(p, &grad);
    }

private:
    double evaluate(const Vector& params, Vector* grad) const
    {
        if (params.size() != 4 || !allPositive(params))
            return kNegInf;
        const double r = params[0], alpha = params[1], s = params[2], beta = params[3];
        const auto& G = m_rfm;
        const bool alphaLarger = alpha >= beta;
        const double big = alphaLarger ? alpha : beta;
        const double small = alphaLarger ? beta : alpha;

        // log term(y) per distinct (x, y) and, for the gradient, d log term / d(r, alpha, s,
        // beta).
        const std::size_t np = m_pairY.size();
        std::vector<double> lt(np), gr, ga, gs, gb;
        if (grad) {
            gr.resize(np);
            ga.resize(np);
            gs.resize(np);
            gb.resize(np);
        }
        detail::parallelFor(np, 2048, [&](std::size_t begin, std::size_t end) {
            for (std::size_t k = begin; k < end; ++k) {
                const double x = G.xs[m_pairX[k]], y = m_pairY[k];
                const double a2 = r + s + x;
                const double b2 = alphaLarger ? s + 1.0 : r + x;
                const double lBig = std::log(big + y);
                const double log1mz = std::log(small + y) - lBig;
                const double z = (big - small) / (big + y);
                if (!grad) {
                    lt[k] = special::logHyp2f1APlusOne(a2, b2, z, log1mz) - a2 * lBig;
                    continue;
                }
                const auto h = special::logHyp2f1APlusOneWithDerivatives(a2, b2, z, log1mz);
                lt[k] = h.value - a2 * lBig;
                const double iBig = 1.0 / (big + y);
                // dz/d big = (small + y) / (big + y)^2, dz/d small = -1 / (big + y).
                const double dBig = h.dz * (small + y) * iBig * iBig - a2 * iBig;
                const double dSmall = -h.dz * iBig;
                if (alphaLarger) { // a2 = r+s+x, b2 = s+1
                    gr[k] = h.da - lBig;
                    gs[k] = h.da + h.db - lBig;
                    ga[k] = dBig;
                    gb[k] = dSmall;
                } else { // b2 = r+x
                    gr[k] = h.da + h.db - lBig;
                    gs[k] = h.da - lBig;
                    gb[k] = dBig;
                    ga[k] = dSmall;
                }
            }
        });

        const std::size_t nx = G.xs.size();
        std::vector<double> c(nx), lrsx(nx), dr(nx);
        const double common = -std::lgamma(r) + r * std::log(alpha) + s * std::log(beta);
        const double psiR = grad ? digamma(r) : 0.0;
        for (std::size_t k = 0; k < nx; ++k) {
            const double x = G.xs[k];
            c[k] = std::lgamma(r + x);
            lrsx[k] = std::log(r + s + x);
            if (grad)
                dr[k] = digamma(r + x) - psiR + std::log(alpha);
        }
        const std::size_t nT = G.Ts.size();
        std::vector<double> lAT(nT), lBT(nT), iAT(nT), iBT(nT);
        for (std::size_t k = 0; k < nT; ++k) {
            lAT[k] = std::log(alpha + G.Ts[k]);
            lBT[k] = std::log(beta + G.Ts[k]);
            iAT[k] = 1.0 / (alpha + G.Ts[k]);
            iBT[k] = 1.0 / (beta + G.Ts[k]);
        }
        const double lnS = std::log(s), lnBeta = std::log(beta);
        double acc[5];
        parallelAccumulate(
            G.size(), 5,
            [&](std::size_t begin, std::size_t end, double* out) {
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
                for (std::size_t i = begin; i < end; ++i) {
                    const std::uint32_t k = G.xi[i], t = G.Ti[i];
                    const double x = G.xs[k], wt = G.weight[i];
                    const double alive = -(r + x) * lAT[t] - s * lBT[t];
                    const std::uint32_t p1 = m_txPair[i], p2 = m_TPair[i];
                    // A0 = term(t_x) - term(T) > 0 unless t_x = T (then nobody can have died
                    // between the last purchase and T).
                    double died = kNegInf, e = 0.0;
                    if (p1 != p2 && lt[p1] > lt[p2]) {
                        e = std::exp(lt[p2] - lt[p1]);
                        died = lnS - lrsx[k] + lt[p1] + std::log1p(-e);
                    }
                    const double top = std::max(alive, died);
                    const double ea = std::exp(alive - top), ed = std::exp(died - top);
                    s0 += wt * (c[k] + top + std::log(ea + ed));
                    if (grad) {
                        const double v = ed / (ea + ed); // share of the 'died' path
                        double d0r = 0, d0a = 0, d0s = 0, d0b = 0;
                        if (v > 0.0) {
                            const double f = 1.0 / (1.0 - e);
                            d0r = (gr[p1] - e * gr[p2]) * f;
                            d0a = (ga[p1] - e * ga[p2]) * f;
                            d0s = (gs[p1] - e * gs[p2]) * f;
                            d0b = (gb[p1] - e * gb[p2]) * f;
                        }
                        const double irsx = 1.0 / (r + s + x);
                        s1 += wt * (dr[k] + (1.0 - v) * -lAT[t] + v * (d0r - irsx));
                        s2 += wt * (r / alpha - (1.0 - v) * (r + x) * iAT[t] + v * d0a);
                        s3 += wt * (lnBeta - (1.0 - v) * lBT[t] + v * (1.0 / s - irsx + d0s));
                        s4 += wt * (s / beta - (1.0 - v) * s * iBT[t] + v * d0b);
                    }
                }
                out[0] += s0;
                out[1] += s1;
                out[2] += s2;
                out[3] += s3;
                out[4] += s4;
            },
            acc);
        // The part of A1 that does not depend on the customer.
        const double total = acc[0] + static_cast<double>(m_customers) * common;
        if (grad)
            *grad = {acc[1], acc[2], acc[3], acc[4]};
        return std::isfinite(total) ? total : kNegInf;
    }

    RfmGroups m_rfm;
    std::vector<std::uint32_t> m_pairX; // per distinct (x, y): index into m_rfm.xs
    std::vector<double> m_pairY;
    std::vector<std::uint32_t> m_txPair, m_TPair; // per group: the pairs (x, t_x) and (x, T)
};

// Gamma-Gamma (FHL 2005, JMR, eq. 3) with the analytic gradient.
class GgLikelihood : public Likelihood
{
public:
    GgLikelihood(const std::vector<CustomerSummary>& data, std::size_t stride)
    {
        std::vector<std::pair<double, double>> rows;
        for (std::size_t i = 0; i < data.size(); i += stride)
            if (data[i].x > 0.0 && data[i].zbar > 0.0 && std::isfinite(data[i].zbar))
                rows.emplace_back(data[i].x, data[i].zbar);
        m_customers = static_cast<std::int64_t>(rows.size());
        std::sort(rows.begin(), rows.end());
        std::vector<double> xs;
        for (std::size_t i = 0; i < rows.size();) {
            std::size_t j = i;
            while (j < rows.size() && rows[j] == rows[i])
                ++j;
            xs.push_back(rows[i].first);
            m_z.push_back(rows[i].second);
            m_weight.push_back(static_cast<double>(j - i));
            i = j;
        }
        indexValues(xs, m_xs, m_xi);
        m_constant.resize(m_z.size());
        for (std::size_t i = 0; i < m_z.size(); ++i)
            m_lnz.push_back(std::log(m_z[i]));
        m_groups = static_cast<std::int64_t>(m_z.size());
    }
    std::size_t dimension() const override { return 3; }
    bool hasAnalyticGradient() const override { return true; }
    double value(const Vector& p) const override { return evaluate(p, nullptr); }
    double valueAndGradient(const Vector& p, Vector& grad) const override
    {
        grad.assign(3, 0.0);
        return evaluate(p, &grad);
    }

private:
    double evaluate(const Vector& params, Vector* grad) const
    {
        if (params.size() != 3 || !allPositive(params))
            return kNegInf;
        const double p = params[0], q = params[1], g = params[2];
        const std::size_t nx = m_xs.size();
        std::vector<double> c(nx), dpc(nx), dqc(nx), lnx(nx);
        const double lgq = std::lgamma(q), lng = std::log(g);
        const double psiQ = grad ? digamma(q) : 0.0;
        for (std::size_t k = 0; k < nx; ++k) {
            const double x = m_xs[k], px = p * x;
            lnx[k] = std::log(x);
            c[k] = std::lgamma(px + q) - std::lgamma(px) - lgq + q * lng + px * lnx[k];
            if (grad) {
                dpc[k] = x * (digamma(px + q) - digamma(px) + lnx[k]);
                dqc[k] = digamma(px + q) - psiQ + lng;
            }
        }
        double acc[4];
        parallelAccumulate(
            m_z.size(), 4,
            [&](std::size_t begin, std::size_t end, double* out) {
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (std::size_t i = begin; i < end; ++i) {
                    const std::uint32_t k = m_xi[i];
                    const double x = m_xs[k], px = p * x, wt = m_weight[i];
                    const double lden = std::log(x * m_z[i] + g);
                    s0 += wt * (c[k] + (px - 1.0) * m_lnz[i] - (px + q) * lden);
                    if (grad) {
                        s1 += wt * (dpc[k] + x * m_lnz[i] - x * lden);
                        s2 += wt * (dqc[k] - lden);
                        s3 += wt * (q / g - (px + q) / (x * m_z[i] + g));
                    }
                }
                out[0] += s0;
                out[1] += s1;
                out[2] += s2;
                out[3] += s3;
            },
            acc);
        if (grad)
            *grad = {acc[1], acc[2], acc[3]};
        return std::isfinite(acc[0]) ? acc[0] : kNegInf;
    }

    std::vector<double> m_xs;
    std::vector<std::uint32_t> m_xi;
    std::vector<double> m_z, m_lnz, m_weight, m_constant;
};

std::unique_ptr<Likelihood> makeTransactionLikelihood(ModelKind kind,
                                                      const std::vector<CustomerSummary>& data,
                                                      std::size_t stride)
{
    switch (kind) {
    case ModelKind::BgNbd:
        return std::make_unique<BgLikelihood>(data, false, stride);
    case ModelKind::MbgNbd:
        return std::make_unique<BgLikelihood>(data, true, stride);
    case ModelKind::ParetoNbd:
        return std::make_unique<ParetoLikelihood>(data, stride);
    }
    throw AnalysisError("unknown model");
}

// Hessian of -LL on the original parameters by central differences of the analytic gradient
// (step 1e-4 relative; 2n gradient calls instead of the ~2n^2 value calls of second
// differences, and one order more accurate), symmetrised.
Eigen::MatrixXd hessianOfNegLL(const Likelihood& lik, const Vector& params)
{
    const std::size_t n = params.size();
    Eigen::MatrixXd H(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    Vector p = params, gUp, gDown;
    for (std::size_t j = 0; j < n; ++j) {
        const double h = 1e-4 * params[j];
        p[j] = params[j] + h;
        lik.valueAndGradient(p, gUp);
        p[j] = params[j] - h;
        lik.valueAndGradient(p, gDown);
        p[j] = params[j];
        for (std::size_t i = 0; i < n; ++i)
            H(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) =
                -(gUp[i] - gDown[i]) / (2.0 * h);
    }
    return 0.5 * (H + H.transpose());
}

// Standard errors: square roots of the diagonal of the inverse Hessian of -LL on the original
// parameters.
void standardErrors(const Eigen::MatrixXd& H, FitResult& result)
{
    const auto n = H.rows();
    if (!H.allFinite()) {
        result.seMessage = "the Hessian is not finite at the estimate";
        return;
    }
    Eigen::LLT<Eigen::MatrixXd> llt(H);
    if (llt.info() != Eigen::Success) {
        result.seMessage = "the Hessian is not positive definite: standard errors unavailable";
        return;
    }
    const Eigen::MatrixXd cov = llt.solve(Eigen::MatrixXd::Identity(n, n));
    Vector se;
    for (Eigen::Index i = 0; i < n; ++i) {
        if (!(cov(i, i) > 0.0) || !std::isfinite(cov(i, i))) {
            result.seMessage = "the inverse Hessian has a non-positive variance";
            return;
        }
        se.push_back(std::sqrt(cov(i, i)));
    }
    result.standardErrors = std::move(se);
}

// Why a fit did not converge, in words: parameters drifting towards 0 or infinity and the
// direction in which the mean log-likelihood is flattest (the eigenvector of the smallest
// eigenvalue of its Hessian on log-parameters, H_theta = D H_p D / n with D = diag(p)).
std::string diagnoseNonConvergence(const FitResult& fit, const Vector& theta,
                                   const Eigen::MatrixXd& H, double n)
{
    std::string why;
    const std::size_t dim = theta.size();
    std::vector<std::string> flat;
    double curvature = std::numeric_limits<double>::quiet_NaN();
    if (H.allFinite()) {
        Eigen::MatrixXd Ht = H;
        for (std::size_t i = 0; i < dim; ++i)
            for (std::size_t j = 0; j < dim; ++j)
                Ht(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) *=
                    fit.params[i] * fit.params[j] / n;
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(Ht);
        if (eig.info() == Eigen::Success) {
            curvature = eig.eigenvalues()(0);
            const Eigen::VectorXd v = eig.eigenvectors().col(0);
            const double top = v.cwiseAbs().maxCoeff();
            for (std::size_t i = 0; i < dim; ++i)
                if (std::fabs(v(static_cast<Eigen::Index>(i))) >= 0.3 * top)
                    flat.push_back(fit.names[i]);
        }
    }
    std::vector<std::string> drifting;
    for (std::size_t i = 0; i < dim; ++i)
        if (std::fabs(theta[i]) > 11.5)
            drifting.push_back(fit.names[i] + " = " + formatNumber(fit.params[i]) +
                               " is drifting to " + (theta[i] > 0 ? "infinity" : "zero"));
    auto join = [](const std::vector<std::string>& parts, const std::string& sep) {
        std::string out;
        for (std::size_t i = 0; i < parts.size(); ++i)
            out += (i ? sep : "") + parts[i];
        return out;
    };
    if (!flat.empty() && (!drifting.empty() || !(curvature > 1e-6)))
        why = "the likelihood is flat along " + join(flat, "/") + " (curvature " +
              formatNumber(curvature) + " per customer in log-parameters)";
    if (!drifting.empty())
        why += (why.empty() ? "" : "; ") + join(drifting, ", ");
    if (why.empty())
        why = "the optimiser stopped with the gradient at " + formatNumber(fit.gradientNorm);
    return why;
}

FitResult fitLikelihood(const std::string& model, const std::vector<std::string>& names,
                        const Likelihood& full, const Likelihood& coarse,
                        const std::vector<Vector>& starts, const FitOptions& options,
                        ProgressReporter& reporter)
{
    const std::size_t dim = full.dimension();
    const double nCoarse = static_cast<double>(coarse.customers());
    const double nFull = static_cast<double>(full.customers());
    int evaluations = 0;
    // Progress: the starts share 0 .. 0.6, the refinement 0.6 .. 0.9, standard errors the rest.
    const auto nStarts = static_cast<double>(starts.size());
    double stageFrom = 0.0, stageWidth = 0.6;
    int stageEvaluations = 0, stageBudget = std::max(1, options.maxEvaluationsPerStart);
    std::string status;
    auto report = [&] {
        const double within = std::min(1.0, static_cast<double>(++stageEvaluations) / stageBudget);
        reporter.update(static_cast<std::int64_t>(1e6 * (stageFrom + stageWidth * within)), 1000000,
                        status);
    };

    auto toParams = [](const Vector& theta) {
        Vector p(theta.size());
        for (std::size_t i = 0; i < theta.size(); ++i)
            p[i] = std::exp(theta[i]);
        return p;
    };
    // Mean negative log-likelihood per customer over log-parameters.
    Objective coarseObjective = [&](const Vector& theta) {
        ++evaluations;
        report();
        const double v = coarse.value(toParams(theta));
        return std::isfinite(v) ? -v / nCoarse : std::numeric_limits<double>::infinity();
    };

    FitResult result;
    result.model = model;
    result.names = names;
    result.customers = full.customers();
    result.groups = full.groups();
    result.analyticGradient = full.hasAnalyticGradient();

    // Mean negative log-likelihood and its gradient on log-parameters (chain rule for
    // theta = log p: d/d theta_i = p_i d/d p_i).
    auto withGradient = [&](const Likelihood& lik, double n) {
        return ObjectiveWithGradient([&, n](const Vector& theta, Vector& g) {
            ++evaluations;
            report();
            const Vector p = toParams(theta);
            Vector gp;
            const double v = lik.valueAndGradient(p, gp);
            g.assign(dim, 0.0);
            if (!std::isfinite(v))
                return std::numeric_limits<double>::infinity();
            for (std::size_t i = 0; i < dim; ++i)
                g[i] = -gp[i] * p[i] / n;
            return -v / n;
        });
    };

    OptimResult best;
    best.value = std::numeric_limits<double>::infinity();
    NelderMeadOptions nm;
    nm.maxEvaluations = options.maxEvaluationsPerStart;
    nm.fTolerance = 1e-12;
    nm.xTolerance = 1e-7;
    // From each start: BFGS on the (sub-sampled) data when the gradient is analytic - tens of
    // evaluations instead of the thousand or more of a simplex, and a path that does not
    // wander into the extreme corners of the parameter space where the Pareto/NBD 2F1 series
    // is slow; Nelder-Mead otherwise.
    BfgsOptions screening;
    screening.gradientTolerance = 1e-7;
    screening.maxIterations = 300;
    screening.maxStep = 1.0;
    const ObjectiveWithGradient coarseWithGradient = withGradient(coarse, nCoarse);
    for (std::size_t k = 0; k < starts.size(); ++k) {
        stageFrom = 0.6 * static_cast<double>(k) / nStarts;
        stageWidth = 0.6 / nStarts;
        stageEvaluations = 0;
        stageBudget =
            coarse.hasAnalyticGradient() ? 80 : std::max(1, options.maxEvaluationsPerStart);
        status = "fitting " + model + ": start " + std::to_string(k + 1) + " of " +
                 std::to_string(starts.size());
        reporter.stage(stageFrom, status);
        Vector theta(dim);
        for (std::size_t i = 0; i < dim; ++i)
            theta[i] = std::log(starts[k][i]);
        OptimResult r = coarse.hasAnalyticGradient() ? bfgs(coarseWithGradient, theta, screening)
                                                     : nelderMead(coarseObjective, theta, nm);
        result.startLogLikelihoods.push_back(-r.value * nFull);
        result.startParams.push_back(toParams(r.x));
        if (r.value < best.value)
            best = r;
    }
    if (!std::isfinite(best.value))
        throw AnalysisError("the " + model +
                            " likelihood is not finite at any starting point; check the data");

    const ObjectiveWithGradient fullObjective = withGradient(full, nFull);
    stageFrom = 0.6;
    stageWidth = 0.3;
    stageEvaluations = 0;
    stageBudget = 150;
    status = "refining " + model + " on all " + std::to_string(full.customers()) + " customers";
    reporter.stage(stageFrom, status);
    BfgsOptions bo;
    bo.gradientTolerance = full.hasAnalyticGradient() ? 1e-9 : 1e-7;
    OptimResult polished = bfgs(fullObjective, best.x, bo);

    result.params = toParams(polished.x);
    result.logLikelihood = full.value(result.params);
    result.converged = polished.converged && best.converged;
    result.message = polished.message;
    if (!best.converged && best.message != polished.message)
        result.message =
            "the search from the starts did not converge (" + best.message + "); " + result.message;
    result.evaluations = evaluations;
    result.gradientNorm = polished.gradientNorm;

    for (std::size_t i = 0; i < dim; ++i)
        if (std::fabs(polished.x[i]) > 18.0 || !std::isfinite(polished.x[i]))
            throw AnalysisError("the " + model + " likelihood has no finite maximum: " + names[i] +
                                " runs to " + (polished.x[i] > 0 ? "infinity" : "zero") + " (" +
                                names[i] + " = " + formatNumber(result.params[i]) +
                                "); the data do not identify the model");
    if (!std::isfinite(result.logLikelihood))
        throw AnalysisError("the " + model + " fit ended at a non-finite log-likelihood");
    reporter.stage(0.9, "standard errors");
    const Eigen::MatrixXd H = hessianOfNegLL(full, result.params);
    standardErrors(H, result);
    if (!result.converged)
        result.message += ": " + diagnoseNonConvergence(result, polished.x, H, nFull);
    return result;
}

double mean(const std::vector<CustomerSummary>& data, double CustomerSummary::*field)
{
    double s = 0.0;
    for (const auto& c : data)
        s += c.*field;
    return data.empty() ? 0.0 : s / static_cast<double>(data.size());
}

} // namespace

std::unique_ptr<Likelihood> Likelihood::transactions(ModelKind kind,
                                                     const std::vector<CustomerSummary>& data)
{
    validateSummaries(data);
    return makeTransactionLikelihood(kind, data, 1);
}

std::unique_ptr<Likelihood> Likelihood::gammaGamma(const std::vector<CustomerSummary>& data)
{
    validateSummaries(data);
    return std::make_unique<GgLikelihood>(data, 1);
}

FitResult fitTransactionModel(ModelKind kind, const std::vector<CustomerSummary>& data,
                              const FitOptions& options, const ProgressCallback& progress)
{
    ProgressReporter reporter(progress);
    reporter.stage(0.0, "preparing the fit");
    validateSummaries(data);
    const std::string model(toString(kind));
    if (data.empty())
        throw AnalysisError("no customer has a purchase on or before the calibration end; " +
                            model + " needs customers to fit");
    double repeats = 0.0;
    for (const auto& c : data)
        repeats += c.x;
    if (repeats == 0.0)
        throw AnalysisError("no customer made a repeat purchase in the calibration period, so " +
                            model + " cannot estimate purchase or dropout rates");

    auto full = makeTransactionLikelihood(kind, data, 1);
    if (full->groups() < 2)
        throw AnalysisError("all " + std::to_string(data.size()) +
                            " customers have the same frequency, recency and age; a model of "
                            "heterogeneous customers cannot be fitted to identical ones");
    std::unique_ptr<Likelihood> coarse;
    if (full->groups() > options.subsampleGroups) {
        const auto stride = static_cast<std::size_t>(
            (full->groups() + options.subsampleGroups - 1) / options.subsampleGroups);
        coarse = makeTransactionLikelihood(kind, data, stride);
    }

    std::vector<Vector> starts = options.starts;
    if (starts.empty()) {
        // Scaled to the data: alpha and beta are time scales, so they start near mean T.
        const double s = std::max(mean(data, &CustomerSummary::T), 1e-3);
        if (kind == ModelKind::ParetoNbd)
            starts = {{0.5, 0.2 * s, 0.5, 0.3 * s},
                      {1.0, s, 1.0, s},
                      {0.3, 0.05 * s, 0.3, 0.1 * s},
                      {2.0, 2.0 * s, 2.0, 2.0 * s}};
        else
            starts = {{1.0, 0.1 * s, 1.0, 3.0},
                      {0.5, 0.5 * s, 0.5, 1.0},
                      {0.25, 0.05 * s, 2.0, 6.0},
                      {2.0, s, 1.0, 1.0}};
    }
    for (const auto& st : starts)
        if (st.size() != 4 || !allPositive(st))
            throw InputError("a start for " + model + " needs 4 positive parameters");
    auto names = TransactionModel::create(kind, starts.front())->parameterNames();
    auto result =
        fitLikelihood(model, names, *full, coarse ? *coarse : *full, starts, options, reporter);
    reporter.stage(1.0, "fit done");
    return result;
}

FitResult fitGammaGamma(const std::vector<CustomerSummary>& data, const FitOptions& options,
                        const ProgressCallback& progress)
{
    ProgressReporter reporter(progress);
    validateSummaries(data);
    std::int64_t repeaters = 0;
    double zMin = std::numeric_limits<double>::infinity(), zMax = -zMin, zSum = 0.0;
    for (const auto& c : data) {
        if (c.x > 0.0 && c.zbar > 0.0 && std::isfinite(c.zbar)) {
            ++repeaters;
            zMin = std::min(zMin, c.zbar);
            zMax = std::max(zMax, c.zbar);
            zSum += c.zbar;
        }
    }
    if (repeaters < 2)
        throw AnalysisError("the Gamma-Gamma spend model needs at least two customers with "
                            "repeat purchases of positive value (found " +
                            std::to_string(repeaters) + ")");
    if (zMax - zMin <= 1e-12 * zMax)
        throw AnalysisError("every repeat customer has the same mean spend (" + formatNumber(zMin) +
                            "); the Gamma-Gamma model needs variation in spend");
    auto full = std::make_unique<GgLikelihood>(data, 1);
    std::unique_ptr<Likelihood> coarse;
    if (full->groups() > options.subsampleGroups) {
        const auto stride = static_cast<std::size_t>(
            (full->groups() + options.subsampleGroups - 1) / options.subsampleGroups);
        coarse = std::make_unique<GgLikelihood>(data, stride);
    }
    const double m = zSum / static_cast<double>(repeaters);
    std::vector<Vector> starts = options.starts;
    if (starts.empty())
        starts = {{1.0, 2.0, m}, {5.0, 3.0, 0.4 * m}, {10.0, 5.0, 0.4 * m}, {2.0, 10.0, 4.5 * m}};
    for (const auto& st : starts)
        if (st.size() != 3 || !allPositive(st))
            throw InputError("a start for gg needs 3 positive parameters");
    auto result = fitLikelihood("gg", {"p", "q", "gamma"}, *full, coarse ? *coarse : *full, starts,
                                options, reporter);
    reporter.stage(1.0, "fit done");
    return result;
}

} // namespace vd::clv
