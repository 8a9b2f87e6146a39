#include "support/TempDir.h"
#include "valuedesk/io/Importer.h"
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

} // namespace
} // namespace vd::kano
