#include <gtest/gtest.h>

#include <fstream>

#include "support/TempDir.h"
#include "valuedesk/Error.h"
#include "valuedesk/io/Mapping.h"

using namespace vd::io;

TEST(Mapping, NormalizedHeaders)
{
    EXPECT_EQ(normalizeHeader("Customer ID"), "customerid");
    EXPECT_EQ(normalizeHeader("customer_id"), "customerid");
    EXPECT_EQ(normalizeHeader("\xEF\xBB\xBF" "Amount (USD)"), "amount");
    EXPECT_EQ(normalizeHeader("金额（元）"), "金额");
    EXPECT_EQ(normalizeHeader(" 客户 ID "), "客户id");
    EXPECT_EQ(normalizeHeader("E-mail"), "email");
}

TEST(Mapping, EnglishHeadersOfEachKind)
{
    Mapping m = autoMap(ImportKind::Transactions,
                        {"Order ID", "Customer ID", "Order Date", "Total", "Qty", "Product", "Notes"});
    EXPECT_EQ(m.targetOf("Order ID"), "external_id");
    EXPECT_EQ(m.targetOf("Customer ID"), "customer");
    EXPECT_EQ(m.targetOf("Order Date"), "ts");
    EXPECT_EQ(m.targetOf("Total"), "amount");
    EXPECT_EQ(m.targetOf("Qty"), "quantity");
    EXPECT_EQ(m.targetOf("Product"), "product");
    EXPECT_EQ(m.targetOf("Notes"), "");
    EXPECT_TRUE(m.missingRequired().empty());

    // The same header means the record's own id for customers but a reference elsewhere.
    Mapping c = autoMap(ImportKind::Customers, {"Customer ID", "Name", "City", "Signup Date"});
    EXPECT_EQ(c.targetOf("Customer ID"), "external_id");
    EXPECT_EQ(c.targetOf("Signup Date"), "created_at");
}

TEST(Mapping, ChineseHeaders)
{
    Mapping c = autoMap(ImportKind::Customers, {"客户编号", "姓名", "城市", "手机号码", "注册日期"});
    EXPECT_EQ(c.targetOf("客户编号"), "external_id");
    EXPECT_EQ(c.targetOf("姓名"), "name");
    EXPECT_EQ(c.targetOf("城市"), "city");
    EXPECT_EQ(c.targetOf("手机号码"), "phone");
    EXPECT_EQ(c.targetOf("注册日期"), "created_at");

    Mapping r = autoMap(ImportKind::Responses,
                        {"客户ID", "日期", "渠道", "触点", "推荐意愿", "满意度", "费力度", "评论"});
    EXPECT_EQ(r.targetOf("客户ID"), "customer");
    EXPECT_EQ(r.targetOf("日期"), "ts");
    EXPECT_EQ(r.targetOf("渠道"), "channel");
    EXPECT_EQ(r.targetOf("触点"), "touchpoint");
    EXPECT_EQ(r.targetOf("推荐意愿"), "nps");
    EXPECT_EQ(r.targetOf("满意度"), "csat");
    EXPECT_EQ(r.targetOf("费力度"), "ces");
    EXPECT_EQ(r.targetOf("评论"), "comment");

    Mapping t = autoMap(ImportKind::Transactions, {"订单号", "会员号", "日期", "时间", "金额"});
    EXPECT_EQ(t.targetOf("日期"), "ts");
    EXPECT_EQ(t.targetOf("时间"), "ts_time"); // date and time in two columns
    EXPECT_EQ(t.targetOf("会员号"), "customer");
    Mapping t2 = autoMap(ImportKind::Transactions, {"客户编号", "时间", "金额"});
    EXPECT_EQ(t2.targetOf("时间"), "ts"); // a lone time column is the timestamp
}

TEST(Mapping, ExactNamesBeatSynonyms)
{
    // An exported table has both the internal customer_id and customer_external_id.
    Mapping m = autoMap(ImportKind::Transactions,
                        {"id", "external_id", "customer_id", "ts", "amount", "customer_external_id"});
    EXPECT_EQ(m.targetOf("customer_external_id"), "customer");
    EXPECT_EQ(m.targetOf("customer_id"), "");
    EXPECT_EQ(m.targetOf("external_id"), "external_id");
    EXPECT_EQ(m.targetOf("id"), "");
}

TEST(Mapping, ColumnFamilies)
{
    auto k = matchPatternHeader(ImportKind::Kano, "on_time_departure_functional");
    ASSERT_TRUE(k);
    EXPECT_EQ(k->subject, "on_time_departure");
    EXPECT_EQ(k->part, "functional");
    k = matchPatternHeader(ImportKind::Kano, "on_time_departure_dysfunctional");
    ASSERT_TRUE(k);
    EXPECT_EQ(k->part, "dysfunctional");
    k = matchPatternHeader(ImportKind::Kano, "准点起飞_反向");
    ASSERT_TRUE(k);
    EXPECT_EQ(k->subject, "准点起飞");
    EXPECT_EQ(k->part, "dysfunctional");
    k = matchPatternHeader(ImportKind::Kano, "Free upgrade (importance)");
    ASSERT_TRUE(k);
    EXPECT_EQ(k->subject, "Free upgrade");
    EXPECT_EQ(k->part, "importance");
    EXPECT_FALSE(matchPatternHeader(ImportKind::Kano, "functional"));
    EXPECT_FALSE(matchPatternHeader(ImportKind::Kano, "seat_comfort"));
    auto r = matchPatternHeader(ImportKind::Responses, "服务态度_表现");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->part, "performance");
    EXPECT_FALSE(matchPatternHeader(ImportKind::Customers, "price_importance"));

    Mapping m = autoMap(ImportKind::Kano, {"seat_dysfunctional", "respondent", "seat_functional"});
    EXPECT_EQ(m.targetOf("seat_functional"), "kano:seat:functional");
    EXPECT_EQ(m.targetOf("seat_dysfunctional"), "kano:seat:dysfunctional");
    EXPECT_EQ(m.targetOf("respondent"), "respondent");
}

TEST(Mapping, JsonRoundTripAndByNameNotPosition)
{
    Mapping m = autoMap(ImportKind::Transactions, {"单号", "客户", "日期", "金额", "备注"});
    m.encoding = "GB18030";
    m.delimiter = ';';
    m.dateOrder = DateOrder::DayFirst;
    m.decimal = DecimalMark::Comma;
    std::string json = m.toJson();
    Mapping back = Mapping::fromJson(json);
    EXPECT_EQ(back.kind, ImportKind::Transactions);
    EXPECT_EQ(back.encoding, "GB18030");
    EXPECT_EQ(back.delimiter, ';');
    EXPECT_EQ(back.dateOrder, DateOrder::DayFirst);
    EXPECT_EQ(back.decimal, DecimalMark::Comma);
    ASSERT_EQ(back.columns.size(), m.columns.size());
    for (std::size_t i = 0; i < m.columns.size(); ++i) {
        EXPECT_EQ(back.columns[i].column, m.columns[i].column);
        EXPECT_EQ(back.columns[i].target, m.columns[i].target);
    }
    EXPECT_NE(json.find("\"备注\": null"), std::string::npos);

    vd::test::TempDir dir;
    m.save(dir.file("map.json"));
    EXPECT_EQ(Mapping::load(dir.file("map.json")).targetOf("金额"), "amount");
}

TEST(Mapping, BadJsonNamesWhereAndWhy)
{
    try {
        Mapping::fromJson("{\n  \"kind\": \"customers\",\n  \"columns\": {\"a\": }\n}", "m.json");
        FAIL();
    } catch (const vd::InputError& e) {
        EXPECT_EQ(e.file(), "m.json");
        EXPECT_EQ(e.line(), 3);
        EXPECT_GT(e.column(), 1);
    }
    EXPECT_THROW(Mapping::fromJson(R"({"kind": "pets", "columns": {}})"), vd::InputError);
    EXPECT_THROW(Mapping::fromJson(R"({"kind": "customers"})"), vd::InputError);
    // Unknown target field, and two columns for one field.
    EXPECT_THROW(Mapping::fromJson(R"({"kind": "customers", "columns": {"a": "shoe_size"}})"),
                 vd::InputError);
    EXPECT_THROW(Mapping::fromJson(
                     R"({"kind": "customers", "columns": {"a": "name", "b": "name"}})"),
                 vd::InputError);
    EXPECT_THROW(Mapping::fromJson(R"({"kind": "kano", "columns": {"a": "rating:x:importance"}})"),
                 vd::InputError);
    EXPECT_NO_THROW(Mapping::fromJson(R"({"kind": "kano", "columns": {"a": "kano:x:functional"}})"));
    EXPECT_THROW(Mapping::load("/nonexistent/map.json"), vd::InputError);
}

TEST(Mapping, ChoiceValues)
{
    EXPECT_EQ(normalizeChannel("门店"), "store");
    EXPECT_EQ(normalizeChannel("Web site"), "web");
    EXPECT_EQ(normalizeChannel("小程序"), "app");
    EXPECT_EQ(normalizeChannel("电话"), "phone");
    EXPECT_EQ(normalizeChannel("E-mail"), "email");
    EXPECT_EQ(normalizeChannel("在线客服"), "chat");
    EXPECT_EQ(normalizeChannel("微信"), "social");
    EXPECT_FALSE(normalizeChannel("传真"));
    EXPECT_EQ(normalizeCaseStatus("已解决"), "resolved");
    EXPECT_EQ(normalizeCaseStatus("In progress"), "assigned");
    EXPECT_EQ(normalizeCaseStatus("closed"), "resolved");
    EXPECT_FALSE(normalizeCaseStatus("lost"));
}

TEST(Mapping, KindNames)
{
    for (ImportKind k : allKinds())
        EXPECT_EQ(parseKind(kindName(k)), k);
    EXPECT_EQ(parseKind("orders"), ImportKind::Transactions);
    EXPECT_THROW(parseKind("pets"), vd::InputError);
    for (ImportKind k : allKinds())
        for (const FieldSpec& f : fieldsFor(k))
            EXPECT_FALSE(f.label.empty()) << f.name;
}
