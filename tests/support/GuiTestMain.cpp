#include <QApplication>
#include <gtest/gtest.h>

#include "Application.h"

// GUI tests run headless: the offscreen platform is chosen before the QApplication exists
// (gtest_discover_tests runs the binary during the build, where no display exists).
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    vd::gui::setupApplication(app, QStringLiteral("en"));
    QCoreApplication::setApplicationName(QStringLiteral("ValueDesk-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
