#include <filesystem>

#include "Command.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/storage/Database.h"

namespace vd::cli {

namespace {

int runDemo(Context& ctx)
{
    DemoOptions options;
    options.customers = ctx.args().integer("--customers").value_or(options.customers);
    auto seed = ctx.args().integer("--seed");
    if (seed && *seed < 0)
        throw UsageError("--seed must not be negative");
    if (seed)
        options.seed = static_cast<std::uint64_t>(*seed);
    if (auto years = ctx.args().integer("--years"))
        options.years = static_cast<int>(*years);
    if (options.customers < 0)
        throw UsageError("--customers must not be negative");
    ctx.args().finish();
    if (!ctx.hasWorkspace())
        throw UsageError("demo needs --workspace FILE");
    DemoSummary s = generateDemo(ctx.db(), options, ctx.progress());
    ResultTable t;
    t.columns = {"table", "rows"};
    t.rows = {{std::string("customers"), s.customers},
              {std::string("transactions"), s.transactions},
              {std::string("interactions"), s.interactions},
              {std::string("responses"), s.responses},
              {std::string("attribute_ratings"), s.attributeRatings},
              {std::string("feedback_cases"), s.feedbackCases},
              {std::string("loyalty_points"), s.loyaltyPoints},
              {std::string("kano_answers"), s.kanoAnswers},
              {std::string("journey_touchpoints"), s.journeyTouchpoints}};
    ctx.print(t);
    ctx.err() << "generated " << s.rows() << " rows in " << s.seconds << " s (seed "
              << options.seed << ")\n";
    return 0;
}

const CommandRegistrar kDemo(
    {"demo", "fill a workspace with the reproducible demo company",
     "Usage: valuedesk-cli -w FILE demo [--customers N] [--seed S] [--years Y]\n"
     "Generates a realistic retail coffee-chain workspace: customers, orders, interactions,\n"
     "survey responses, feedback cases, the coffee-shop journey map and the airline Kano\n"
     "study. The same seed always gives identical rows. The workspace must be empty.",
     runDemo});

} // namespace
} // namespace vd::cli
