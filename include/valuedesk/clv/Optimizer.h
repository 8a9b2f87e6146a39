#pragma once

#include <functional>
#include <string>
#include <vector>

// Unconstrained minimisers for the maximum-likelihood fits. The models optimise over
// log-parameters, so every point of R^n is a valid parameter vector; a non-finite objective is
// treated as +infinity (rejected), never propagated.
namespace vd::clv {

using Vector = std::vector<double>;
// f(x)
using Objective = std::function<double(const Vector& x)>;
// f(x), writing the gradient into grad (resized by the callee)
using ObjectiveWithGradient = std::function<double(const Vector& x, Vector& grad)>;

struct OptimResult
{
    Vector x;
    double value = 0.0;
    int iterations = 0;
    int evaluations = 0;
    bool converged = false;
    double gradientNorm = 0.0; // max |g_i| at x (BFGS only)
    std::string message;
};

struct NelderMeadOptions
{
    double initialStep = 0.5; // simplex edge along each axis
    int maxEvaluations = 4000;
    double fTolerance = 1e-11; // spread of f over the simplex, relative to 1 + |f|
    double xTolerance = 1e-8;  // largest vertex distance from the best vertex
};

// Nelder-Mead simplex with the standard coefficients (reflection 1, expansion 2, contraction
// 0.5, shrink 0.5; Lagarias, Reeds, Wright & Wright 1998, SIAM J. Optim. 9(1)). Restarts once
// from the best vertex after convergence, which guards against a collapsed simplex.
OptimResult nelderMead(const Objective& f, Vector x0, const NelderMeadOptions& options = {});

struct BfgsOptions
{
    int maxIterations = 500;
    double gradientTolerance = 1e-8; // converged when max |g_i| is below this
    double maxStep = 5.0;            // largest move of any coordinate in one line search
};

// BFGS quasi-Newton with an Armijo backtracking line search (Nocedal & Wright 2006, Algorithm
// 6.1 and 3.1); the inverse-Hessian update is skipped when the curvature condition fails.
OptimResult bfgs(const ObjectiveWithGradient& f, Vector x0, const BfgsOptions& options = {});

// Central-difference gradient with step h_i = relStep * max(1, |x_i|).
Vector numericalGradient(const Objective& f, const Vector& x, double relStep = 1e-5);

// Central-difference Hessian (row-major n x n) with step h_i = relStep * max(|x_i|, 1e-8).
// Used for standard errors on the original (not log) parameters.
std::vector<Vector> numericalHessian(const Objective& f, const Vector& x, double relStep = 1e-4);

} // namespace vd::clv
