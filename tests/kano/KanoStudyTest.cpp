#include "valuedesk/kano/KanoStudy.h"

#include "KanoFixture.h"
#include "valuedesk/Error.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace vd::kano {
namespace {

using test::KanoFixture;

constexpr Category A = Category::Attractive;
constexpr Category O = Category::OneDimensional;
constexpr Category M = Category::MustBe;
constexpr Category I = Category::Indifferent;
constexpr Category R = Category::Reverse;
constexpr Category Q = Category::Questionable;

bool hasWarning(const KanoReport& r, const std::string& part)
{
    return std::any_of(r.warnings.begin(), r.warnings.end(),
                       [&part](const std::string& w) { return w.find(part) != std::string::npos; });
}

TEST_F(KanoFixture, ListAndResolveStudies)
{
    auto studies = listStudies(*db);
    ASSERT_EQ(studies.size(), 2u);
    EXPECT_EQ(studies[0].name, "Empty"); // newest first
    EXPECT_EQ(studies[1].name, "Cabin");
    EXPECT_EQ(studies[1].features, 3);
    EXPECT_EQ(studies[1].respondents, 4);
    EXPECT_EQ(studies[1].answers, 8);
    EXPECT_EQ(studies[1].description, "Cabin features");

    EXPECT_EQ(resolveStudy(*db, "Cabin").id, 1);
    EXPECT_EQ(resolveStudy(*db, "2").name, "Empty");
    try {
        resolveStudy(*db, "Nope");
        FAIL() << "expected an InputError";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("\"Cabin\""), std::string::npos) << e.what();
    }
    EXPECT_THROW(resolveStudy(*db, "99"), InputError);
}

// Whole study, standard table (the fixture's comment lists the answers):
//   seat: O 2, M 1, I 1, n 4 -> O (M beats I for second place); CS = (2 - 1)/4 = .25,
//         TS = 3/4; Better = 2/4 = .5, Worse = -3/4; Fong 1.65 sqrt(3 * 5 / 8) = 2.2593555 > 1
//   meal: A 1, R 1, Q 1, I 1 -> A (A > I > R on ties), CS 0, TS 1/4, Better 1/2, Worse 0
//   wifi: no answers
TEST_F(KanoFixture, WholeStudyStandardTable)
{
    KanoReport r = analyzeStudy(*db, 1);
    EXPECT_EQ(r.respondents, 4);
    EXPECT_EQ(r.unlinkedRespondents, 1);
    ASSERT_EQ(r.features.size(), 3u);
    EXPECT_EQ(r.features[0].feature.code, "seat");
    EXPECT_EQ(r.features[0].feature.nameZh, "舒适的座位");
    EXPECT_EQ(r.features[1].feature.code, "meal");
    EXPECT_EQ(r.features[2].feature.code, "wifi");

    const CategoryStats& seat = r.features[0].discrete;
    EXPECT_EQ(seat.n, 4);
    EXPECT_EQ(seat.counts[O], 2);
    EXPECT_EQ(seat.counts[M], 1);
    EXPECT_EQ(seat.counts[I], 1);
    EXPECT_EQ(seat.dominant, O);
    EXPECT_EQ(seat.runnerUp, M);
    EXPECT_DOUBLE_EQ(*seat.categoryStrength, 0.25);
    EXPECT_DOUBLE_EQ(*seat.totalStrength, 0.75);
    EXPECT_DOUBLE_EQ(*seat.better, 0.5);
    EXPECT_DOUBLE_EQ(*seat.worse, -0.75);
    EXPECT_NEAR(seat.fong->critical, 2.2593555, 1e-6);
    EXPECT_FALSE(seat.fong->significant);

    const CategoryStats& meal = r.features[1].discrete;
    EXPECT_EQ(meal.counts[A], 1);
    EXPECT_EQ(meal.counts[R], 1);
    EXPECT_EQ(meal.counts[Q], 1);
    EXPECT_EQ(meal.counts[I], 1);
    EXPECT_EQ(meal.dominant, A);
    EXPECT_EQ(meal.runnerUp, I);
    EXPECT_DOUBLE_EQ(*meal.categoryStrength, 0.0);
    EXPECT_DOUBLE_EQ(*meal.totalStrength, 0.25);
    EXPECT_DOUBLE_EQ(*meal.better, 0.5);
    EXPECT_DOUBLE_EQ(*meal.worse, 0.0);

    const CategoryStats& wifi = r.features[2].discrete;
    EXPECT_EQ(wifi.n, 0);
    EXPECT_FALSE(wifi.dominant);
    EXPECT_FALSE(wifi.better);
    EXPECT_TRUE(hasWarning(r, "\"wifi\" has no answers"));
    EXPECT_TRUE(hasWarning(r, "1 answer(s) have an importance"));
}

// seat: functional 4, 2, 4, 2 -> mean 3, sd sqrt(4/3) = 1.1547005; dysfunctional 4, 4, 4, -1
// -> mean 2.75, sd sqrt(18.75/3) = 2.5; weights 7, 5, 3 (r3 has none): functional
// (28 + 10 + 6)/15 = 2.9333333, dysfunctional (28 + 20 - 3)/15 = 3, mean importance 5; quadrant
// (2.75, 3) -> O.
// meal: functional 4, -2, 4, 0 -> 1.5; dysfunctional 2, -2, -2, 0 -> -0.5 -> quadrant Q; weights
// 4, 2, 1 (r4's -1 carries none): functional (16 - 4 + 4)/7 = 2.2857143, dysfunctional
// (8 - 4 - 2)/7 = 0.2857143, mean importance 7/3.
TEST_F(KanoFixture, WholeStudyContinuous)
{
    KanoReport r = analyzeStudy(*db, 1);
    const ContinuousStats& seat = r.features[0].continuous;
    EXPECT_DOUBLE_EQ(*seat.functional.mean, 3.0);
    EXPECT_NEAR(*seat.functional.sd, 1.1547005, 1e-7);
    EXPECT_DOUBLE_EQ(*seat.dysfunctional.mean, 2.75);
    EXPECT_NEAR(*seat.dysfunctional.sd, 2.5, 1e-12);
    EXPECT_EQ(seat.weighted, 3);
    EXPECT_NEAR(*seat.weightedFunctional, 2.9333333, 1e-7);
    EXPECT_NEAR(*seat.weightedDysfunctional, 3.0, 1e-12);
    EXPECT_NEAR(*seat.meanImportance, 5.0, 1e-12);
    EXPECT_EQ(seat.quadrant, O);

    const ContinuousStats& meal = r.features[1].continuous;
    EXPECT_DOUBLE_EQ(*meal.functional.mean, 1.5);
    EXPECT_DOUBLE_EQ(*meal.dysfunctional.mean, -0.5);
    EXPECT_EQ(meal.quadrant, Q);
    EXPECT_EQ(meal.weighted, 3);
    EXPECT_NEAR(*meal.weightedFunctional, 16.0 / 7.0, 1e-12);
    EXPECT_NEAR(*meal.weightedDysfunctional, 2.0 / 7.0, 1e-12);
    EXPECT_NEAR(*meal.meanImportance, 7.0 / 3.0, 1e-12);

    EXPECT_FALSE(r.features[2].continuous.functional.mean);
}

// Pouliot: r4's must-be/must-be on seat becomes Q: O 2, M 1, Q 1 -> Better 2/3, Worse -3/3.
TEST_F(KanoFixture, PouliotTable)
{
    KanoOptions options;
    options.table = EvaluationTable::Pouliot;
    KanoReport r = analyzeStudy(*db, 1, options);
    EXPECT_EQ(r.table, EvaluationTable::Pouliot);
    const CategoryStats& seat = r.features[0].discrete;
    EXPECT_EQ(seat.counts[I], 0);
    EXPECT_EQ(seat.counts[Q], 1);
    EXPECT_EQ(seat.dominant, O);
    EXPECT_NEAR(*seat.better, 2.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(*seat.worse, -1.0);
    EXPECT_DOUBLE_EQ(*seat.totalStrength, 0.75);
}

// Segment "Flyers" resolves to its newest snapshot (customers 1 and 3 -> r1, r3):
//   seat: O 2 -> Better 1, Worse -1, CS 1; meal: A 1, Q 1 -> A, Better 1/1, Worse 0, CS 1/2.
TEST_F(KanoFixture, SegmentUsesNewestSnapshot)
{
    KanoOptions options;
    options.segment = resolveSegment(*db, "Flyers");
    EXPECT_EQ(options.segment.segmentId, 2);
    KanoReport r = analyzeStudy(*db, 1, options);
    EXPECT_EQ(r.respondents, 2);
    const CategoryStats& seat = r.features[0].discrete;
    EXPECT_EQ(seat.n, 2);
    EXPECT_EQ(seat.counts[O], 2);
    EXPECT_FALSE(seat.runnerUp);
    EXPECT_DOUBLE_EQ(*seat.categoryStrength, 1.0);
    EXPECT_DOUBLE_EQ(*seat.better, 1.0);
    EXPECT_DOUBLE_EQ(*seat.worse, -1.0);
    const CategoryStats& meal = r.features[1].discrete;
    EXPECT_EQ(meal.dominant, A);
    EXPECT_EQ(meal.counts[Q], 1);
    EXPECT_DOUBLE_EQ(*meal.better, 1.0);
    EXPECT_DOUBLE_EQ(*meal.worse, 0.0);
    EXPECT_DOUBLE_EQ(*meal.categoryStrength, 0.5);
    EXPECT_TRUE(hasWarning(r, "1 respondent(s) are not linked to a customer"));
    EXPECT_TRUE(hasWarning(r, "\"wifi\" has no answers in this segment"));
}

TEST_F(KanoFixture, SegmentLabel)
{
    KanoOptions options;
    options.segment = resolveSegment(*db, "Flyers:gold");
    EXPECT_EQ(options.segment.displayName(), "Flyers:gold");
    KanoReport r = analyzeStudy(*db, 1, options);
    EXPECT_EQ(r.respondents, 1);
    EXPECT_EQ(r.features[0].discrete.counts[O], 1);
    EXPECT_EQ(r.features[1].discrete.counts[A], 1);
    EXPECT_EQ(r.features[1].discrete.n, 1);
    EXPECT_THROW(resolveSegment(*db, "Flyers:bronze"), InputError);
}

TEST_F(KanoFixture, SegmentWithoutRespondents)
{
    KanoOptions options;
    options.segment = resolveSegment(*db, "Nobody");
    KanoReport r = analyzeStudy(*db, 1, options);
    EXPECT_EQ(r.respondents, 0);
    for (const FeatureResult& f : r.features) {
        EXPECT_EQ(f.discrete.n, 0);
        EXPECT_FALSE(f.discrete.better);
        EXPECT_FALSE(f.continuous.functional.mean);
    }
    EXPECT_TRUE(hasWarning(r, "no respondent of the study is a member of segment \"Nobody\""));
}

TEST_F(KanoFixture, SegmentResolution)
{
    EXPECT_TRUE(resolveSegment(*db, "").all());
    EXPECT_TRUE(resolveSegment(*db, "all").all());
    EXPECT_EQ(resolveSegment(*db, "all").displayName(), "All respondents");
    try {
        resolveSegment(*db, "Unknown");
        FAIL() << "expected an InputError";
    } catch (const InputError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("\"Flyers\""), std::string::npos) << what;
        EXPECT_NE(what.find("\"Nobody\""), std::string::npos) << what;
    }
    auto segments = listSegments(*db);
    ASSERT_EQ(segments.size(), 2u);
    EXPECT_EQ(segments[0].filter.name, "Flyers");
    EXPECT_EQ(segments[0].filter.segmentId, 2);
    EXPECT_EQ(segments[0].members, 2);
    EXPECT_EQ(segments[1].filter.name, "Nobody");
}

TEST_F(KanoFixture, StudyWithoutFeatures)
{
    KanoReport r = analyzeStudy(*db, 2);
    EXPECT_TRUE(r.features.empty());
    EXPECT_EQ(r.respondents, 0);
    EXPECT_TRUE(hasWarning(r, "the study has no features"));
    EXPECT_TRUE(hasWarning(r, "the study has no answers yet"));
    EXPECT_THROW(analyzeStudy(*db, 42), InputError);
}

TEST_F(KanoFixture, OnlyReverseAndQuestionableAnswers)
{
    db->exec("UPDATE kano_answers SET functional = 5, dysfunctional = 1 WHERE feature_id = 12 "
             "AND respondent_id IN (1, 4)"); // meal: R, R, Q, R
    KanoReport r = analyzeStudy(*db, 1);
    const CategoryStats& meal = r.features[1].discrete;
    EXPECT_EQ(meal.counts[R], 3);
    EXPECT_EQ(meal.counts[Q], 1);
    EXPECT_EQ(meal.dominant, R);
    EXPECT_FALSE(meal.better);
    EXPECT_FALSE(meal.worse);
    EXPECT_TRUE(hasWarning(r, "\"meal\" has only reverse or questionable answers"));
}

TEST_F(KanoFixture, CancelStops)
{
    ProgressCallback stop = [](double, std::string_view) { return false; };
    EXPECT_THROW(analyzeStudy(*db, 1, {}, stop), CancelledError);
}

} // namespace
} // namespace vd::kano
