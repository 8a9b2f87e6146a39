#pragma once

#include <QTest>
#include <gtest/gtest.h>

// Waits with the event loop running (QTest::qWaitFor, the loop behind the QTRY_ macros) and
// fails the gtest on timeout. Qt's QTRY_* macros must not be used in these tests: outside a
// QTest run a failing QTRY_* only logs and returns from the test body, so the test passes
// with every check after the wait skipped.
#define ASSERT_EVENTUALLY(condition, ms)                                                           \
    ASSERT_TRUE(QTest::qWaitFor([&] { return static_cast<bool>(condition); }, ms))                 \
        << "timed out after " << (ms) << " ms waiting for " #condition
#define EXPECT_EVENTUALLY(condition, ms)                                                           \
    EXPECT_TRUE(QTest::qWaitFor([&] { return static_cast<bool>(condition); }, ms))                 \
        << "timed out after " << (ms) << " ms waiting for " #condition
