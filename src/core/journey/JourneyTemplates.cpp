#include "valuedesk/journey/JourneyTemplates.h"

namespace vd::journey {

namespace {

struct TouchpointText
{
    const char* code;
    const char* channel;
    const char* en;
    const char* zh;
};

struct StageText
{
    const char* en;
    const char* zh;
    const char* descriptionEn;
    const char* descriptionZh;
    TouchpointText touchpoints[3];
};

// Stage contents follow seed 004 ("了解、考虑、购买、使用和忠诚" and what the company does in
// each); the question after the dash is the seed 000 workshop prompt for that stage.
constexpr StageText kRetail[] = {
    {"Awareness",
     "了解",
     "The customer first meets the brand through ads, social media and content. - How do "
     "customers first hear of the product or service?",
     "客户通过广告、社交媒体、内容营销第一次接触品牌和产品。——客户如何第一次了解你的产品或服务？",
     {{"advertising", "social", "Advertising", "广告"},
      {"social_media", "social", "Social media", "社交媒体"},
      {"content", "web", "Content marketing", "内容营销"}}},
    {"Consideration",
     "考虑",
     "The customer compares brands with product details, reviews and case studies. - How do "
     "customers evaluate the options?",
     "客户比较多个品牌和产品，查看产品信息、客户评价和案例。——客户如何评估选择？",
     {{"product_info", "web", "Product details", "产品信息"},
      {"reviews", "web", "Customer reviews", "客户评价"},
      {"website_app", "app", "Website and app", "网站和App"}}},
    {"Purchase",
     "购买",
     "The customer completes the transaction; payment and checkout should be easy. - How do "
     "customers buy, and what stops them?",
     "客户完成交易，需要多种支付方式和简化的结账流程。——客户如何完成购买？有哪些障碍？",
     {{"checkout", "store", "Checkout", "结账"},
      {"payment", "app", "Payment", "支付"},
      {nullptr, nullptr, nullptr, nullptr}}},
    {"Use",
     "使用",
     "The customer experiences the product; after-sales service and support matter. - How do "
     "customers use it, and where are they confused?",
     "客户体验产品或服务的实际效果，售后服务和支持提升满意度。——客户如何使用？哪里会困惑？",
     {{"first_use", "store", "First use", "首次使用"},
      {"after_sales", "phone", "After-sales service", "售后服务"},
      {"support", "chat", "Support", "客户支持"}}},
    {"Loyalty",
     "忠诚",
     "Loyal customers buy again and recommend; loyalty programmes and referral rewards keep "
     "the relationship. - What makes customers come back and recommend?",
     "忠诚的客户复购并推荐，通过忠诚计划和推荐奖励保持长期关系。——客户如何成为忠实用户？",
     {{"loyalty_programme", "app", "Loyalty programme", "忠诚计划"},
      {"repurchase", "store", "Repurchase", "复购"},
      {"referral", "social", "Referral reward", "推荐奖励"}}},
};

} // namespace

JourneyMap makeTemplate(TemplateKind kind, TemplateLanguage language)
{
    const bool zh = language == TemplateLanguage::Chinese;
    JourneyMap map;
    map.kind = MapKind::AsIs;
    if (kind == TemplateKind::Empty) {
        map.name = zh ? "新的客户旅程地图" : "New journey map";
        return map;
    }
    map.name = zh ? "零售客户旅程" : "Retail customer journey";
    map.description = zh ? "五个阶段：了解 → 考虑 → 购买 → 使用 → 忠诚。"
                         : "Five stages: awareness -> consideration -> purchase -> use -> "
                           "loyalty.";
    for (const StageText& st : kRetail) {
        Stage stage;
        stage.name = zh ? st.zh : st.en;
        stage.description = zh ? st.descriptionZh : st.descriptionEn;
        for (const TouchpointText& tt : st.touchpoints) {
            if (!tt.code)
                continue;
            Touchpoint tp;
            tp.name = zh ? tt.zh : tt.en;
            tp.code = tt.code;
            tp.channel = tt.channel;
            tp.kpis = defaultKpis();
            stage.touchpoints.push_back(std::move(tp));
        }
        map.stages.push_back(std::move(stage));
    }
    return map;
}

} // namespace vd::journey
