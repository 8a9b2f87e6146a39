#pragma once

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <random>
#include <vector>

namespace vd::demo {

// Random numbers whose sequence is fixed by the seed on every standard library: the engine
// (std::mt19937_64) is specified exactly by the C++ standard, the std:: distributions are
// not, so every distribution the demo needs is written here.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t bits() { return m_engine(); }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    // Uniform in (0, 1): safe to take the logarithm of.
    double uniformOpen() { return (static_cast<double>(m_engine() >> 11) + 0.5) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

    // Uniform integer in [0, n) (n > 0). The bias of scaling 53 bits is below 2^-30 for
    // any n the demo uses.
    std::int64_t below(std::int64_t n)
    {
        return static_cast<std::int64_t>(uniform() * static_cast<double>(n));
    }
    // Uniform integer in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi) { return lo + below(hi - lo + 1); }

    bool chance(double p) { return uniform() < p; }

    // Standard normal by the Box-Muller transform; the second value is kept for the next call.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double r = std::sqrt(-2.0 * std::log(uniformOpen()));
        double theta = 2.0 * 3.14159265358979323846 * uniform();
        m_spare = r * std::sin(theta);
        m_hasSpare = true;
        return r * std::cos(theta);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

    double exponential(double rate) { return -std::log(uniformOpen()) / rate; }

    // Gamma with the given shape and rate (mean shape / rate): Marsaglia and Tsang (2000),
    // "A simple method for generating gamma variables"; shape < 1 by the boost
    // Gamma(shape + 1) * U^(1 / shape).
    double gamma(double shape, double rate)
    {
        if (shape < 1.0) {
            double g = gamma(shape + 1.0, 1.0);
            return g * std::pow(uniformOpen(), 1.0 / shape) / rate;
        }
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x, v;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            double u = uniformOpen();
            if (u < 1.0 - 0.0331 * (x * x) * (x * x))
                return d * v / rate;
            if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
                return d * v / rate;
        }
    }

    // Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b).
    double beta(double a, double b)
    {
        double x = gamma(a, 1.0);
        double y = gamma(b, 1.0);
        return x / (x + y);
    }

    // Poisson: multiplication of uniforms for small means, Hormann's PTRS (transformed
    // rejection with squeeze, 1993) for large ones.
    std::int64_t poisson(double mean)
    {
        if (mean <= 0.0)
            return 0;
        if (mean < 12.0) {
            const double limit = std::exp(-mean);
            std::int64_t k = 0;
            double prod = uniform();
            while (prod > limit) {
                ++k;
                prod *= uniform();
            }
            return k;
        }
        const double slam = std::sqrt(mean);
        const double loglam = std::log(mean);
        const double b = 0.931 + 2.53 * slam;
        const double a = -0.059 + 0.02483 * b;
        const double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        const double vr = 0.9277 - 3.6224 / (b - 2.0);
        for (;;) {
            double u = uniform() - 0.5;
            double v = uniformOpen();
            double us = 0.5 - std::fabs(u);
            auto k = static_cast<std::int64_t>(std::floor((2.0 * a / us + b) * u + mean + 0.43));
            if (us >= 0.07 && v <= vr)
                return k;
            if (k < 0 || (us < 0.013 && v > us))
                continue;
            double kd = static_cast<double>(k);
            if (std::log(v) + std::log(invalpha) - std::log(a / (us * us) + b) <=
                -mean + kd * loglam - std::lgamma(kd + 1.0))
                return k;
        }
    }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

// A fixed discrete distribution over 0..n-1 (weights need not sum to one), drawn by a
// search over the cumulative weights.
class Discrete
{
public:
    Discrete() = default;
    Discrete(std::initializer_list<double> weights) : Discrete(std::vector<double>(weights)) {}
    explicit Discrete(const std::vector<double>& weights)
    {
        double sum = 0.0;
        m_cumulative.reserve(weights.size());
        for (double w : weights) {
            sum += w;
            m_cumulative.push_back(sum);
        }
        for (double& c : m_cumulative)
            c /= sum;
    }

    int operator()(Random& rng) const
    {
        double u = rng.uniform();
        int n = static_cast<int>(m_cumulative.size());
        for (int i = 0; i < n - 1; ++i)
            if (u < m_cumulative[static_cast<std::size_t>(i)])
                return i;
        return n - 1;
    }
    int size() const { return static_cast<int>(m_cumulative.size()); }

private:
    std::vector<double> m_cumulative;
};

} // namespace vd::demo
