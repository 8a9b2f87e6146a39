#pragma once

#include "support/TempDir.h"
#include "valuedesk/storage/Database.h"

#include <gtest/gtest.h>
#include <memory>

namespace vd::test {

// A small coffee-shop workspace whose every value-analysis number is worked out by hand in
// ValueAnalysisTest.cpp. Three customers answer one survey each (R1..R3) at touchpoints
// "order"/"pay"; customer 1 also has a response without attribute ratings. Segment "S" =
// customers 1 (label x) and 2 (label y).
//
//             importance / performance / expectation
//             R1 (c1, order, t=1000) R2 (c2, pay, t=2000)  R3 (c3, order, t=3000)
// coffee      6 / 5 / 6              7 / 4 / 7             5 / 6 / 5
// price       4 / 3 / 5              2 / 5 / -
// staff       5 / 6 / 5                                    6 / 2 / 6
// wait                               3 / 2 / 4
// brand                              4 / 6 / 5             - / 5 / 4
// unrated     (no ratings)
class ValueFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(dir.file("value.vdw"));
        db->exec(R"SQL(
            INSERT INTO customers (id, external_id, name, created_at) VALUES
                (1, 'C1', 'Ann', 0), (2, 'C2', 'Bo', 0), (3, 'C3', 'Cy', 0);
            INSERT INTO attributes (id, code, name, layer, component, kotler, is_cost) VALUES
                (1, 'price_fair', 'Price fairness', 'basic', 'economic_cost', 'money', 1),
                (2, 'coffee_quality', 'Coffee quality', 'basic', 'functional', 'product', 0),
                (3, 'staff_friendly', 'Staff friendliness', 'value_added', 'emotional',
                    'personnel', 0),
                (4, 'wait_time', 'Waiting time', 'value_added', 'time_cost', 'time', 1),
                (5, 'brand_pride', 'A brand I am proud of', 'differentiation', 'social',
                    'image', 0),
                (6, 'unrated', 'Nobody rated this', 'differentiation', 'emotional', 'image', 0);
            INSERT INTO responses (id, customer_id, ts, touchpoint, nps) VALUES
                (1, 1, 1000, 'order', 9), (2, 2, 2000, 'pay', 7), (3, 3, 3000, 'order', 3),
                (4, 1, 4000, 'order', 10);
            INSERT INTO attribute_ratings (response_id, attribute_id, importance, performance,
                                           expectation) VALUES
                (1, 2, 6, 5, 6), (1, 1, 4, 3, 5), (1, 3, 5, 6, 5),
                (2, 2, 7, 4, 7), (2, 1, 2, 5, NULL), (2, 4, 3, 2, 4), (2, 5, 4, 6, 5),
                (3, 2, 5, 6, 5), (3, 3, 6, 2, 6), (3, 5, NULL, 5, 4);
            INSERT INTO segments (id, name, kind, created_at) VALUES (1, 'S', 'manual', 100);
            INSERT INTO segment_members (segment_id, customer_id, label) VALUES
                (1, 1, 'x'), (1, 2, 'y');
        )SQL");
    }

    TempDir dir;
    std::unique_ptr<Database> db;
};

} // namespace vd::test
