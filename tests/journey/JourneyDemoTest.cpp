#include "support/TempDir.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/journey/JourneyKpis.h"
#include "valuedesk/journey/JourneyRepository.h"
#include "valuedesk/storage/Database.h"

#include <gtest/gtest.h>

using namespace vd::journey;

// The demo generator writes its coffee-shop map with plain SQL; the repository must read it
// as a valid map, and its KPIs must count every response tagged with the map's codes.
TEST(JourneyDemo, DemoMapLoadsAndIsMeasured)
{
    vd::test::TempDir dir;
    vd::Database db(dir.file("demo.vdw"));
    vd::DemoOptions options;
    options.customers = 300;
    options.kano = false;
    vd::generateDemo(db, options);

    JourneyRepository repo(db);
    const auto id = repo.findMapByName(vd::kDemoJourneyMap);
    ASSERT_TRUE(id);
    const JourneyDocument doc = repo.loadDocument(*id);
    EXPECT_NO_THROW(validate(doc.map));
    ASSERT_TRUE(doc.persona);
    EXPECT_FALSE(doc.persona->channels.empty());
    EXPECT_EQ(doc.map.stages.size(), 5u);

    const MapKpis kpis = computeKpis(db, doc.map);
    std::int64_t tagged = 0;
    for (const std::string& code : touchpointCodes(doc.map))
        tagged += db.queryInt("SELECT count(*) FROM responses WHERE touchpoint = ?", code);
    EXPECT_GT(tagged, 0);
    EXPECT_EQ(kpis.responses, tagged);
}
