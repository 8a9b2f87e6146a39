#pragma once

#include <cstdint>

// Special functions the buy-till-you-die likelihoods need and the C++ standard library lacks
// (digamma, the Gaussian hypergeometric function 2F1), plus overflow-safe log-sum helpers.
// They are public so that tests can check them against tabulated values.
namespace vd::clv::special {

// Digamma psi(x) = d/dx ln Gamma(x) for x > 0: recurrence psi(x) = psi(x+1) - 1/x up to x >= 10,
// then the asymptotic series (Abramowitz & Stegun 6.3.18). Absolute error below 1e-14.
double digamma(double x);

// log(exp(a) + exp(b)) without overflow; -inf + -inf gives -inf.
double logAddExp(double a, double b);

// log(exp(a) - exp(b)) for a >= b; returns -inf when a <= b (the difference is not positive).
double logSubExp(double a, double b);

// log 2F1(a, b; a + 1; z) for a > 0, b > 0, 0 <= z < 1, the form in the Pareto/NBD likelihood
// (Fader & Hardie 2005, "A note on deriving the Pareto/NBD model and related expressions").
// Evaluated through Euler's transformation (Abramowitz & Stegun 15.3.3)
//   2F1(a, b; a+1; z) = (1-z)^(1-b) 2F1(1, a+1-b; a+1; z),
// whose series has positive terms with ratio (a+1-b+n)/(a+1+n) z < z when a+1-b > 0, so it
// neither cancels nor overflows. log1mz is log(1 - z), passed in because callers know it
// exactly. Throws vd::AnalysisError when a+1-b <= 0 (not needed by the models).
double logHyp2f1APlusOne(double a, double b, double z, double log1mz);

// log 2F1(a, b; a+1; z) as above together with its partial derivatives with respect to a, b
// and z, for the analytic gradient of the Pareto/NBD likelihood. With c1 = a+1-b and
// G = 2F1(1, c1; a+1; z) = sum_n t_n, t_n = (c1)_n / (a+1)_n z^n, log F = (1-b) log(1-z) + log G
// and the derivatives of log t_n are sum_{k<n} 1/(c1+k), -sum_{k<n} 1/(a+1+k) and n/z, so they
// are accumulated in the same pass as the series:
//   d/da log F = (sum t_n [H_n(c1) - H_n(a+1)]) / G,  d/db log F = -log(1-z) - sum t_n H_n(c1) / G,
//   d/dz log F = -(1-b)/(1-z) + sum n t_n / (z G),  H_n(c) = sum_{k<n} 1/(c+k).
struct LogHyp2f1
{
    double value = 0.0; // log 2F1(a, b; a+1; z)
    double da = 0.0, db = 0.0, dz = 0.0;
    int terms = 0; // series terms summed (for tests and profiling)
};
LogHyp2f1 logHyp2f1APlusOneWithDerivatives(double a, double b, double z, double log1mz);

// Plain Gauss series 2F1(a, b; c; z) for |z| < 1 and c not a non-positive integer; used where
// the parameters keep the series short and well conditioned, and as a reference in tests.
// Throws vd::AnalysisError if it fails to converge in maxTerms terms.
double hyp2f1(double a, double b, double c, double z, int maxTerms = 100000);

} // namespace vd::clv::special
