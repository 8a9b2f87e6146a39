#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// The buy-till-you-die models: parameters and the per-customer formulas (likelihood, P(alive),
// expected future transactions) that the fits, predictions and validation share. Formulas and
// references are in docs/methods.md, section CLV.
namespace vd::clv {

enum class ModelKind { BgNbd, MbgNbd, ParetoNbd };

std::string_view toString(ModelKind kind); // "bgnbd" | "mbgnbd" | "paretonbd"
// Throws vd::InputError for an unknown name.
ModelKind parseModelKind(std::string_view text);

// A transaction model with fixed parameters. Subclasses implement one model each; create()
// validates the parameters (finite, > 0) so no formula ever sees a bad value.
class TransactionModel
{
public:
    virtual ~TransactionModel() = default;

    static std::unique_ptr<TransactionModel> create(ModelKind kind,
                                                    const std::vector<double>& params);

    virtual ModelKind kind() const = 0;
    virtual std::vector<std::string> parameterNames() const = 0;
    const std::vector<double>& parameters() const { return m_params; }

    // Log-likelihood of one customer's calibration summary (x, t_x, T).
    virtual double logLikelihood(double x, double tx, double T) const = 0;
    // P(customer still alive at T | x, t_x, T).
    virtual double pAlive(double x, double tx, double T) const = 0;
    // E[transactions in (T, T + t] | alive at T, x, T] for each t of times (any order, t >= 0).
    // For these models the posterior of an alive customer depends on x and T only.
    virtual void expectedIfAlive(double x, double T, const double* times, std::size_t count,
                                 double* out) const = 0;
    // P(X(t) = k) for a customer just acquired, k = 0 .. maxK - 1.
    virtual std::vector<double> frequencyDistribution(double t, int maxK) const = 0;

    double expectedIfAlive(double x, double T, double t) const;
    // E[Y(t) | x, t_x, T] = P(alive) E[Y(t) | alive]: the conditional expectation.
    double expectedTransactions(double t, double x, double tx, double T) const;
    // E[X(t)] for a customer just acquired (the conditional expectation at x = t_x = T = 0).
    double expectedUnconditional(double t) const { return expectedTransactions(t, 0, 0, 0); }

protected:
    explicit TransactionModel(std::vector<double> params) : m_params(std::move(params)) {}
    std::vector<double> m_params;
};

// BG/NBD (Fader, Hardie & Lee 2005, Marketing Science 24(2)) and its variant MBG/NBD in which a
// customer may also drop out at time zero (Batislam, Denizel & Filiztekin 2007, IJRM 24(3)).
// Parameters r, alpha, a, b.
class BgNbdModel : public TransactionModel
{
public:
    BgNbdModel(std::vector<double> params, bool modified);
    ModelKind kind() const override { return m_modified ? ModelKind::MbgNbd : ModelKind::BgNbd; }
    std::vector<std::string> parameterNames() const override { return {"r", "alpha", "a", "b"}; }
    double logLikelihood(double x, double tx, double T) const override;
    double pAlive(double x, double tx, double T) const override;
    void expectedIfAlive(double x, double T, const double* times, std::size_t count,
                         double* out) const override;
    std::vector<double> frequencyDistribution(double t, int maxK) const override;
    using TransactionModel::expectedIfAlive;

    // E[Y(t) | alive] by numerical integration over the dropout probability p (tanh-sinh
    // quadrature); the fallback of expectedIfAlive where its series is ill-conditioned.
    double expectedIfAliveByQuadrature(double x, double T, double t) const;

private:
    bool m_modified;
};

// Pareto/NBD (Schmittlein, Morrison & Colombo 1987) in the form of Fader & Hardie (2005), "A note
// on deriving the Pareto/NBD model and related expressions". Parameters r, alpha, s, beta.
class ParetoNbdModel : public TransactionModel
{
public:
    explicit ParetoNbdModel(std::vector<double> params);
    ModelKind kind() const override { return ModelKind::ParetoNbd; }
    std::vector<std::string> parameterNames() const override { return {"r", "alpha", "s", "beta"}; }
    double logLikelihood(double x, double tx, double T) const override;
    double pAlive(double x, double tx, double T) const override;
    void expectedIfAlive(double x, double T, const double* times, std::size_t count,
                         double* out) const override;
    std::vector<double> frequencyDistribution(double t, int maxK) const override;
    using TransactionModel::expectedIfAlive;

    // log A0 of the note (eq. 19/20): the integral over the dropout time between t_x and T.
    double logA0(double x, double tx, double T) const;
};

// Gamma-Gamma model of average transaction value (Fader, Hardie & Lee 2005, "RFM and CLV: using
// iso-value curves for customer base analysis", JMR 42(4); Colombo & Jiang 1999). Parameters
// p, q, gamma; fitted on customers with x > 0 and their mean repeat spend zbar.
class GammaGammaModel
{
public:
    GammaGammaModel(double p, double q, double gamma); // throws vd::AnalysisError if invalid
    double p() const { return m_p; }
    double q() const { return m_q; }
    double gamma() const { return m_gamma; }

    double logLikelihood(double x, double zbar) const;
    // E[Z | x, zbar] = (p (gamma + x zbar)) / (p x + q - 1); for x = 0 the population mean.
    // Throws vd::AnalysisError when q <= 1 (the spend distribution then has no finite mean).
    double conditionalMeanSpend(double x, double zbar) const;
    double populationMeanSpend() const; // p gamma / (q - 1)

private:
    double m_p, m_q, m_gamma;
};

} // namespace vd::clv
