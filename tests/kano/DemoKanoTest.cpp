#include "support/TempDir.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/kano/KanoStudy.h"
#include "valuedesk/storage/Database.h"

#include <gtest/gtest.h>

namespace vd::kano {
namespace {

// The course seed's airline example: on-time departure is a basic (must-be) need, a
// comfortable seat an expected (one-dimensional) one and a free upgrade a delight
// (attractive). The demo generator draws its answers from those categories; the analysis must
// recover them from the raw answer pairs, with the standard and with Pouliot's table.
TEST(KanoDemo, AirlineStudyRecoversTheSeedCategories)
{
    test::TempDir dir;
    Database db(dir.file("demo.vdw"));
    DemoOptions options;
    options.customers = 400;
    options.kanoRespondents = 300;
    options.interactions = false;
    options.surveys = false;
    options.loyalty = false;
    options.journeyMap = false;
    generateDemo(db, options);

    const StudyInfo study = resolveStudy(db, kDemoKanoStudy);
    EXPECT_EQ(study.respondents, 300);
    for (EvaluationTable table : kEvaluationTables) {
        KanoOptions ko;
        ko.table = table;
        KanoReport report = analyzeStudy(db, study.id, ko);
        auto dominant = [&report](const std::string& code) -> std::optional<Category> {
            for (const FeatureResult& f : report.features)
                if (f.feature.code == code)
                    return f.discrete.dominant;
            ADD_FAILURE() << "no feature " << code;
            return std::nullopt;
        };
        SCOPED_TRACE(std::string(code(table)));
        EXPECT_EQ(dominant("on_time_departure"), Category::MustBe);
        EXPECT_EQ(dominant("comfortable_seat"), Category::OneDimensional);
        EXPECT_EQ(dominant("free_upgrade"), Category::Attractive);
        EXPECT_EQ(dominant("good_meal"), Category::OneDimensional);
        for (const FeatureResult& f : report.features) {
            EXPECT_EQ(f.discrete.n, 300) << f.feature.code;
            EXPECT_TRUE(f.discrete.better) << f.feature.code;
        }
    }

    // The Better-Worse picture agrees: a must-be hurts when absent far more than it pleases,
    // an attractive feature the other way round.
    KanoReport report = analyzeStudy(db, study.id);
    for (const FeatureResult& f : report.features) {
        if (f.feature.code == "on_time_departure") {
            EXPECT_LT(*f.discrete.better, 0.5);
            EXPECT_GT(-*f.discrete.worse, 0.5);
            EXPECT_TRUE(f.discrete.fong->significant);
        } else if (f.feature.code == "free_upgrade") {
            EXPECT_GT(*f.discrete.better, 0.5);
            EXPECT_LT(-*f.discrete.worse, 0.5);
            EXPECT_TRUE(f.discrete.fong->significant);
        }
    }
}

} // namespace
} // namespace vd::kano
