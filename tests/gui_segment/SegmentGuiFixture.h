#pragma once

#include "support/TempDir.h"
#include "valuedesk/demo/DemoGenerator.h"
#include "valuedesk/storage/Database.h"

#include <QColor>
#include <QImage>
#include <filesystem>
#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace vd::test {

// A small demo workspace (2,500 customers, seeded), generated once per test program and
// copied for each test, so every test starts from the same data and may change it.
class SegmentGuiFixture : public ::testing::Test
{
protected:
    static constexpr std::int64_t kCustomers = 2500;

    void SetUp() override
    {
        std::filesystem::copy_file(templatePath(), m_dir.file("w.vdw"));
        m_db = std::make_unique<Database>(m_dir.file("w.vdw"));
    }

    std::string path() const { return m_dir.file("w.vdw"); }
    std::string file(const std::string& name) const { return m_dir.file(name); }
    Database& db() { return *m_db; }

    // A CLV run with a prediction for every customer: CLV and P(alive) spread by id.
    void addClvRun()
    {
        db().exec("INSERT INTO model_runs (model, params, created_at) VALUES ('bgnbd', '{}', 0)");
        const auto run = db().lastInsertId();
        db().exec("INSERT INTO customer_predictions (run_id, customer_id, clv, p_alive) SELECT " +
                  std::to_string(run) +
                  ", id, (id % 97) * 3.5 + (id % 7), ((id * 37) % 100) / 100.0 FROM customers");
    }

public:
    // True when the image holds more than a few coloured pixels (a chart, not an empty frame).
    static bool hasInk(const QImage& image)
    {
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - c.blue()) > 40 || std::abs(c.red() - c.green()) > 40)
                    ++coloured;
            }
        return coloured > 50;
    }

private:
    static std::string templatePath()
    {
        static TempDir dir;
        static const std::string file = [] {
            const std::string f = dir.file("demo.vdw");
            Database db(f);
            DemoOptions o;
            o.customers = kCustomers;
            o.seed = 42;
            o.interactions = false;
            o.kano = false;
            o.journeyMap = false;
            o.clv = false; // the tier tab is tested without a CLV run, then with one
            generateDemo(db, o);
            return f;
        }();
        return file;
    }

    TempDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace vd::test
