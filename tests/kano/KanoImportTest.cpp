#include "support/TempDir.h"
#include "valuedesk/io/Importer.h"
#include "valuedesk/io/ValueParser.h"
#include "valuedesk/kano/Answer.h"
#include "valuedesk/kano/KanoStudy.h"
#include "valuedesk/storage/Database.h"

#include <fstream>
#include <gtest/gtest.h>

namespace vd::kano {
namespace {

// A wide survey file as a Chinese survey tool exports it: one row per respondent, the
// functional/dysfunctional columns of two features in shuffled order, answers in Chinese
// words. Imported through vd::io (kind kano), then classified.
//
//   respondent customer  seat (f / d, importance)   category   upgrade (f / d)   category
//   R1         C1        喜欢 / 不喜欢, 6            O          喜欢 / 无所谓      A
//   R2         C2        喜欢 / 不喜欢, 7            O          喜欢 / 能忍受      A
//   R3         C3        理应如此 / 不喜欢, 5        M          无所谓 / 无所谓    I
//   R4         C4        喜欢 / 不喜欢, -            O          喜欢 / 可以忍受    A
//   R5         C5        无所谓 / 不喜欢, 4          M          喜欢 / 理应如此    A
//   R6         -         不喜欢 / 喜欢, -            R          应该的 / 不喜欢    M
//
// seat:    O 3, M 2, R 1 -> O; Better 3/5 = .6, Worse -5/5 = -1
// upgrade: A 4, I 1, M 1 -> A; Better 4/6, Worse -1/6
// Segment "Members" (C1, C2, C3): seat O 2, M 1 -> Better 2/3; upgrade A 2, I 1 -> A.
TEST(KanoImport, WideChineseFileIsClassified)
{
    test::TempDir dir;
    Database db(dir.file("import.vdw"));
    db.exec(R"SQL(
        INSERT INTO customers (id, external_id, name, created_at) VALUES
            (1, 'C1', 'A', 0), (2, 'C2', 'B', 0), (3, 'C3', 'C', 0), (4, 'C4', 'D', 0),
            (5, 'C5', 'E', 0);
        INSERT INTO segments (id, name, kind, created_at) VALUES (1, 'Members', 'manual', 1);
        INSERT INTO segment_members (segment_id, customer_id) VALUES (1, 1), (1, 2), (1, 3);
    )SQL");

    const std::string file = dir.file("kano_survey.csv");
    {
        std::ofstream out(file, std::ios::binary);
        out << "upgrade_dysfunctional,customer,seat_functional,respondent,upgrade_functional,"
               "seat_importance,seat_dysfunctional\n"
               "无所谓,C1,喜欢,R1,喜欢,6,不喜欢\n"
               "能忍受,C2,喜欢,R2,喜欢,7,不喜欢\n"
               "无所谓,C3,理应如此,R3,无所谓,5,不喜欢\n"
               "可以忍受,C4,喜欢,R4,喜欢,,不喜欢\n"
               "理应如此,C5,无所谓,R5,喜欢,4,不喜欢\n"
               "不喜欢,,不喜欢,R6,应该的,,喜欢\n";
    }
    io::ImportOptions options;
    options.kind = io::ImportKind::Kano;
    options.file = file;
    options.study = "Airline (import)";
    options.now = 1'700'000'000;
    io::ImportResult result = io::importFile(db, options);
    ASSERT_TRUE(result.committed);
    EXPECT_EQ(result.rowsNew, 6);
    EXPECT_EQ(result.rowsRejected, 0);

    const StudyInfo study = resolveStudy(db, "Airline (import)");
    EXPECT_EQ(study.respondents, 6);
    EXPECT_EQ(study.answers, 12);

    KanoReport all = analyzeStudy(db, study.id);
    ASSERT_EQ(all.features.size(), 2u);
    const FeatureResult* seat = nullptr;
    const FeatureResult* upgrade = nullptr;
    for (const FeatureResult& f : all.features)
        (f.feature.code == "seat" ? seat : upgrade) = &f;
    ASSERT_TRUE(seat && upgrade);
    EXPECT_EQ(upgrade->feature.code, "upgrade");

    EXPECT_EQ(seat->discrete.counts[Category::OneDimensional], 3);
    EXPECT_EQ(seat->discrete.counts[Category::MustBe], 2);
    EXPECT_EQ(seat->discrete.counts[Category::Reverse], 1);
    EXPECT_EQ(seat->discrete.dominant, Category::OneDimensional);
    EXPECT_DOUBLE_EQ(*seat->discrete.better, 0.6);
    EXPECT_DOUBLE_EQ(*seat->discrete.worse, -1.0);
    EXPECT_EQ(seat->continuous.weighted, 4); // R4 and R6 gave no importance

    EXPECT_EQ(upgrade->discrete.counts[Category::Attractive], 4);
    EXPECT_EQ(upgrade->discrete.counts[Category::Indifferent], 1);
    EXPECT_EQ(upgrade->discrete.counts[Category::MustBe], 1);
    EXPECT_EQ(upgrade->discrete.dominant, Category::Attractive);
    EXPECT_NEAR(*upgrade->discrete.better, 4.0 / 6.0, 1e-12);
    EXPECT_NEAR(*upgrade->discrete.worse, -1.0 / 6.0, 1e-12);

    KanoOptions members;
    members.segment = resolveSegment(db, "Members");
    KanoReport seg = analyzeStudy(db, study.id, members);
    EXPECT_EQ(seg.respondents, 3);
    for (const FeatureResult& f : seg.features) {
        if (f.feature.code == "seat") {
            EXPECT_EQ(f.discrete.dominant, Category::OneDimensional);
            EXPECT_NEAR(*f.discrete.better, 2.0 / 3.0, 1e-12);
        } else {
            EXPECT_EQ(f.discrete.dominant, Category::Attractive);
            EXPECT_EQ(f.discrete.counts[Category::Indifferent], 1);
        }
    }
}

// English questionnaire sentences and the codes 1-5 mixed in one file, columns in another
// order again (dysfunctional before functional, the respondent column last):
//
//   respondent  wifi (f / d)                           category   meal (f / d)   category
//   W1          I like it / I can live with it         A          1 / 5          O
//   W2          "like" / "3"                           A          2 / 5          M
//   W3          I expect it / I dislike it             M          5 / 5          Q
//   W4          neutral / neutral                      I          1 / 4          A
//
// wifi: A 2, M 1, I 1 -> A; Better 2/4 = .5, Worse -1/4
// meal: O 1, M 1, A 1, Q 1 -> tie O/M/A at 1 -> M (M > O > A); Better 2/3, Worse -2/3
TEST(KanoImport, WideEnglishFileWithCodesIsClassifiedByColumnName)
{
    test::TempDir dir;
    Database db(dir.file("import.vdw"));
    const std::string file = dir.file("kano_en.csv");
    {
        std::ofstream out(file, std::ios::binary);
        out << "meal_dysfunctional,wifi_dysfunctional,meal_functional,wifi_functional,"
               "respondent\n"
               "5,I can live with it,1,I like it,W1\n"
               "5,3,2,like,W2\n"
               "5,I dislike it,5,I expect it,W3\n"
               "4,neutral,1,neutral,W4\n";
    }
    io::ImportOptions options;
    options.kind = io::ImportKind::Kano;
    options.file = file;
    options.study = "Cabin (English)";
    options.now = 1'700'000'000;
    io::ImportResult result = io::importFile(db, options);
    ASSERT_TRUE(result.committed);
    EXPECT_EQ(result.rowsNew, 4);
    EXPECT_EQ(result.rowsRejected, 0);

    const StudyInfo study = resolveStudy(db, "Cabin (English)");
    KanoReport report = analyzeStudy(db, study.id);
    ASSERT_EQ(report.features.size(), 2u);
    for (const FeatureResult& f : report.features) {
        const CategoryStats& s = f.discrete;
        EXPECT_EQ(s.n, 4) << f.feature.code;
        if (f.feature.code == "wifi") {
            EXPECT_EQ(s.counts[Category::Attractive], 2);
            EXPECT_EQ(s.counts[Category::MustBe], 1);
            EXPECT_EQ(s.counts[Category::Indifferent], 1);
            EXPECT_EQ(s.dominant, Category::Attractive);
            EXPECT_DOUBLE_EQ(*s.better, 0.5);
            EXPECT_DOUBLE_EQ(*s.worse, -0.25);
        } else {
            ASSERT_EQ(f.feature.code, "meal");
            EXPECT_EQ(s.counts[Category::OneDimensional], 1);
            EXPECT_EQ(s.counts[Category::MustBe], 1);
            EXPECT_EQ(s.counts[Category::Attractive], 1);
            EXPECT_EQ(s.counts[Category::Questionable], 1);
            EXPECT_EQ(s.dominant, Category::MustBe);
            EXPECT_EQ(s.runnerUp, Category::OneDimensional);
            EXPECT_NEAR(*s.better, 2.0 / 3.0, 1e-12);
            EXPECT_NEAR(*s.worse, -2.0 / 3.0, 1e-12);
        }
    }
}

// A cell that is no Kano answer is reported with its line and column, never guessed; the
// default all-or-nothing import then writes nothing.
TEST(KanoImport, UnknownAnswerIsRejectedWithItsCell)
{
    test::TempDir dir;
    Database db(dir.file("import.vdw"));
    const std::string file = dir.file("kano_bad.csv");
    {
        std::ofstream out(file, std::ios::binary);
        out << "respondent,seat_functional,seat_dysfunctional\n"
               "R1,like,dislike\n"
               "R2,maybe,dislike\n";
    }
    io::ImportOptions options;
    options.kind = io::ImportKind::Kano;
    options.file = file;
    options.study = "Bad";
    options.now = 1'700'000'000;
    try {
        io::importFile(db, options);
        FAIL() << "the import should have been refused";
    } catch (const io::ImportRejectedError& e) {
        ASSERT_FALSE(e.result().issues.empty());
        const io::RowIssue& issue = e.result().issues.front();
        EXPECT_EQ(issue.line, 3);
        EXPECT_EQ(issue.column, 2);
        EXPECT_EQ(issue.value, "maybe");
    }
    EXPECT_EQ(db.queryInt("SELECT count(*) FROM kano_answers"), 0);
}

// The importer has its own reader of answer cells (vd::io::parseKanoAnswer); it must read
// every answer the way the Kano module's canonical reader does.
TEST(KanoImport, ImporterAndKanoModuleReadAnswersAlike)
{
    const char* samples[] = {"1",
                             "2",
                             "3",
                             "4",
                             "5",
                             " 4 ",
                             "like",
                             "LIKE",
                             "I like it",
                             "I like it that way",
                             "must-be",
                             "Must be",
                             "must_be",
                             "expect",
                             "I expect it",
                             "neutral",
                             "I am neutral",
                             "indifferent",
                             "live with",
                             "live-with",
                             "I can live with it",
                             "tolerate",
                             "I can tolerate it",
                             "dislike",
                             "I dislike it",
                             "I dislike it that way",
                             "喜欢",
                             "我喜欢",
                             "喜歡",
                             "理应如此",
                             "必须这样",
                             "应该的",
                             "无所谓",
                             "無所謂",
                             "能忍受",
                             "可以忍受",
                             "不喜欢",
                             "0",
                             "6",
                             "",
                             "yes",
                             "love",
                             "喜"};
    for (const char* text : samples) {
        const std::optional<Answer> canonical = parseAnswer(text);
        const std::optional<int> imported = io::parseKanoAnswer(text);
        EXPECT_EQ(imported.has_value(), canonical.has_value()) << text;
        if (canonical && imported) {
            EXPECT_EQ(*imported, codeOf(*canonical)) << text;
        }
    }
}

} // namespace
} // namespace vd::kano
