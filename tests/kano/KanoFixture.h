#pragma once

#include "support/TempDir.h"
#include "valuedesk/storage/Database.h"

#include <gtest/gtest.h>
#include <memory>

namespace vd::test {

// A small Kano study whose every number is worked out by hand in KanoStudyTest.cpp.
//
// Study 1 "Cabin" (features seat, meal, wifi at positions 0, 1, 2; wifi has no answers) and
// study 2 "Empty" (no features). Respondents: r1 (customer 1), r2 (customer 2), r3
// (customer 3), r4 (no customer).
//
//          seat (functional, dysfunctional, importance)   meal
//   r1     like, dislike, 7          -> O                  like, live-with, 4   -> A
//   r2     must-be, dislike, 5       -> M                  dislike, like, 2     -> R
//   r3     like, dislike, NULL       -> O                  like, like, 1        -> Q
//   r4     must-be, must-be, 3       -> I (Pouliot Q)      neutral, neutral, -1 -> I
//
// Segments: "Flyers" saved twice; the older snapshot (t=100) holds customers 1 and 2, the
// newer (t=200) customers 1 (label gold) and 3 (label silver). "Nobody" has customer 4, who
// answered nothing.
class KanoFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(dir.file("kano.vdw"));
        db->exec(R"SQL(
            INSERT INTO customers (id, external_id, name, created_at) VALUES
                (1, 'C1', 'Ann', 0), (2, 'C2', 'Bo', 0), (3, 'C3', 'Cy', 0), (4, 'C4', 'Di', 0);
            INSERT INTO kano_studies (id, name, description, created_at) VALUES
                (1, 'Cabin', 'Cabin features', 1000), (2, 'Empty', NULL, 2000);
            INSERT INTO kano_features (id, study_id, code, name, name_zh, position) VALUES
                (11, 1, 'seat', 'Comfortable seat', '舒适的座位', 0),
                (12, 1, 'meal', 'Good meal', NULL, 1),
                (13, 1, 'wifi', 'Wi-Fi', NULL, 2);
            INSERT INTO kano_respondents (id, study_id, customer_id, external_id) VALUES
                (1, 1, 1, 'r1'), (2, 1, 2, 'r2'), (3, 1, 3, 'r3'), (4, 1, NULL, 'r4');
            INSERT INTO kano_answers (respondent_id, feature_id, functional, dysfunctional,
                                      importance) VALUES
                (1, 11, 1, 5, 7), (2, 11, 2, 5, 5), (3, 11, 1, 5, NULL), (4, 11, 2, 2, 3),
                (1, 12, 1, 4, 4), (2, 12, 5, 1, 2), (3, 12, 1, 1, 1), (4, 12, 3, 3, -1);
            INSERT INTO segments (id, name, kind, created_at) VALUES
                (1, 'Flyers', 'manual', 100), (2, 'Flyers', 'manual', 200),
                (3, 'Nobody', 'manual', 100);
            INSERT INTO segment_members (segment_id, customer_id, label) VALUES
                (1, 1, NULL), (1, 2, NULL), (2, 1, 'gold'), (2, 3, 'silver'), (3, 4, NULL);
        )SQL");
    }

    TempDir dir;
    std::unique_ptr<Database> db;
};

} // namespace vd::test
