#pragma once

// The fixed content of the demo workspace: names, places, products, the coffee-shop journey,
// the attributes customers rate, the airline Kano features and the comment texts. Only
// literals live here; DemoGenerator.cpp and its helpers decide how they are combined.

#include <iterator>
#include <span>

namespace vd::demo {

using Strings = std::span<const char* const>;

// ------------------------------------------------------------------ places and people

struct Place
{
    const char* region;
    const char* city;
    double weight;
    bool tier1; // tier-1 city: higher incomes, more app use
};

struct Country
{
    const char* code; // ISO 3166-1 alpha-2
    double weight;
    int utcOffsetHours; // local time of day is drawn in this zone (no DST)
    const char* phonePrefix;
    const char* emailDomain;
    const char* companySuffix;
    std::span<const Place> places;
    Strings femaleNames; // international countries only
    Strings maleNames;
    Strings lastNames;
};

inline constexpr Place kChinaPlaces[] = {
    {"华东", "上海", 0.16, true},  {"华东", "杭州", 0.06, false}, {"华东", "南京", 0.04, false},
    {"华东", "苏州", 0.04, false}, {"华东", "宁波", 0.02, false}, {"华北", "北京", 0.14, true},
    {"华北", "天津", 0.03, false}, {"华南", "广州", 0.08, true},  {"华南", "深圳", 0.09, true},
    {"华南", "厦门", 0.02, false}, {"西南", "成都", 0.07, false}, {"西南", "重庆", 0.05, false},
    {"西南", "昆明", 0.01, false}, {"华中", "武汉", 0.05, false}, {"华中", "长沙", 0.03, false},
    {"西北", "西安", 0.04, false},
};
inline constexpr Place kUsPlaces[] = {{"California", "San Francisco", 0.5, true},
                                      {"New York", "New York", 0.5, true}};
inline constexpr Place kUkPlaces[] = {{"England", "London", 0.75, true},
                                      {"England", "Manchester", 0.25, false}};
inline constexpr Place kDePlaces[] = {{"Bavaria", "Munich", 0.5, true},
                                      {"Berlin", "Berlin", 0.5, true}};
inline constexpr Place kJpPlaces[] = {{"Kanto", "Tokyo", 0.7, true},
                                      {"Kansai", "Osaka", 0.3, true}};
inline constexpr Place kSgPlaces[] = {{"Central", "Singapore", 1.0, true}};

inline constexpr const char* kUsFemale[] = {"Emma", "Olivia", "Emily", "Grace", "Sarah", "Chloe"};
inline constexpr const char* kUsMale[] = {"James", "Michael", "David", "Daniel", "Ryan", "Ethan"};
inline constexpr const char* kUsLast[] = {"Smith",  "Johnson", "Brown", "Miller",
                                          "Wilson", "Garcia",  "Chen",  "Nguyen"};
inline constexpr const char* kUkFemale[] = {"Sophie", "Charlotte", "Amelia", "Lucy", "Hannah"};
inline constexpr const char* kUkMale[] = {"Oliver", "Jack", "Harry", "Thomas", "George"};
inline constexpr const char* kUkLast[] = {"Taylor", "Davies",  "Evans",
                                          "Thomas", "Roberts", "Wright"};
inline constexpr const char* kDeFemale[] = {"Anna", "Laura", "Lena", "Mia", "Julia", "Katharina"};
inline constexpr const char* kDeMale[] = {"Lukas", "Felix", "Max", "Jonas", "Paul", "Tobias"};
inline constexpr const char* kDeLast[] = {"Müller", "Schmidt", "Schneider", "Fischer",
                                          "Weber",  "Wagner",  "Becker"};
inline constexpr const char* kJpFemale[] = {"Yuki", "Sakura", "Haruka", "Aoi", "Misaki"};
inline constexpr const char* kJpMale[] = {"Hiroshi", "Kenji", "Takumi", "Ren", "Daiki"};
inline constexpr const char* kJpLast[] = {"Sato",   "Suzuki",   "Takahashi",
                                          "Tanaka", "Watanabe", "Ito"};
inline constexpr const char* kSgFemale[] = {"Wei Ling", "Hui Min", "Shu Fen", "Priya", "Rachel"};
inline constexpr const char* kSgMale[] = {"Jun Jie", "Wei Ming", "Kumar", "Marcus", "Darren"};
inline constexpr const char* kSgLast[] = {"Tan", "Lim", "Lee", "Ng", "Wong", "Goh", "Raj"};

inline constexpr Country kCountries[] = {
    {"CN", 0.85, 8, "+86", "example.cn", "有限公司", kChinaPlaces, {}, {}, {}},
    {"US", 0.04, -8, "+1", "example.com", "Inc.", kUsPlaces, kUsFemale, kUsMale, kUsLast},
    {"GB", 0.03, 0, "+44", "example.co.uk", "Ltd", kUkPlaces, kUkFemale, kUkMale, kUkLast},
    {"DE", 0.03, 1, "+49", "example.de", "GmbH", kDePlaces, kDeFemale, kDeMale, kDeLast},
    {"JP", 0.025, 9, "+81", "example.jp", "K.K.", kJpPlaces, kJpFemale, kJpMale, kJpLast},
    {"SG", 0.025, 8, "+65", "example.sg", "Pte Ltd", kSgPlaces, kSgFemale, kSgMale, kSgLast},
};
inline constexpr int kChina = 0;

// Chinese names: surname by frequency, given name of one or two characters. Pinyin makes
// plausible e-mail addresses.
struct Hanzi
{
    const char* zh;
    const char* pinyin;
};

struct Surname
{
    const char* zh;
    const char* pinyin;
    double weight;
};

inline constexpr Surname kSurnames[] = {
    {"王", "wang", 7.1},  {"李", "li", 7.0},        {"张", "zhang", 6.7}, {"刘", "liu", 5.4},
    {"陈", "chen", 4.5},  {"杨", "yang", 3.1},      {"黄", "huang", 2.2}, {"赵", "zhao", 2.1},
    {"吴", "wu", 2.0},    {"周", "zhou", 1.9},      {"徐", "xu", 1.5},    {"孙", "sun", 1.5},
    {"马", "ma", 1.3},    {"朱", "zhu", 1.3},       {"胡", "hu", 1.3},    {"郭", "guo", 1.2},
    {"何", "he", 1.2},    {"林", "lin", 1.0},       {"高", "gao", 1.0},   {"罗", "luo", 0.9},
    {"郑", "zheng", 0.9}, {"梁", "liang", 0.8},     {"谢", "xie", 0.7},   {"宋", "song", 0.7},
    {"唐", "tang", 0.7},  {"许", "xu", 0.6},        {"韩", "han", 0.6},   {"冯", "feng", 0.6},
    {"邓", "deng", 0.6},  {"曹", "cao", 0.6},       {"彭", "peng", 0.5},  {"曾", "zeng", 0.5},
    {"肖", "xiao", 0.5},  {"田", "tian", 0.5},      {"董", "dong", 0.5},  {"潘", "pan", 0.4},
    {"袁", "yuan", 0.4},  {"蔡", "cai", 0.4},       {"蒋", "jiang", 0.4}, {"余", "yu", 0.4},
    {"于", "yu", 0.4},    {"杜", "du", 0.4},        {"叶", "ye", 0.4},    {"程", "cheng", 0.4},
    {"魏", "wei", 0.3},   {"苏", "su", 0.3},        {"吕", "lv", 0.3},    {"丁", "ding", 0.3},
    {"沈", "shen", 0.3},  {"欧阳", "ouyang", 0.05},
};

inline constexpr Hanzi kGivenFemale[] = {
    {"芳", "fang"}, {"娜", "na"},   {"敏", "min"},  {"静", "jing"}, {"丽", "li"},   {"艳", "yan"},
    {"娟", "juan"}, {"霞", "xia"},  {"婷", "ting"}, {"雪", "xue"},  {"慧", "hui"},  {"琳", "lin"},
    {"颖", "ying"}, {"欣", "xin"},  {"佳", "jia"},  {"怡", "yi"},   {"萍", "ping"}, {"玲", "ling"},
    {"倩", "qian"}, {"梦", "meng"}, {"雨", "yu"},   {"思", "si"},   {"悦", "yue"},  {"晓", "xiao"},
    {"秀", "xiu"},  {"兰", "lan"},  {"红", "hong"}, {"燕", "yan"},  {"洁", "jie"},  {"诗", "shi"},
};
inline constexpr Hanzi kGivenMale[] = {
    {"伟", "wei"}, {"强", "qiang"}, {"磊", "lei"},  {"军", "jun"},  {"洋", "yang"}, {"勇", "yong"},
    {"杰", "jie"}, {"涛", "tao"},   {"明", "ming"}, {"超", "chao"}, {"刚", "gang"}, {"平", "ping"},
    {"辉", "hui"}, {"鹏", "peng"},  {"华", "hua"},  {"飞", "fei"},  {"鑫", "xin"},  {"波", "bo"},
    {"斌", "bin"}, {"宇", "yu"},    {"浩", "hao"},  {"凯", "kai"},  {"健", "jian"}, {"俊", "jun"},
    {"帆", "fan"}, {"旭", "xu"},    {"宁", "ning"}, {"龙", "long"}, {"建", "jian"}, {"国", "guo"},
    {"志", "zhi"}, {"文", "wen"},   {"博", "bo"},   {"晨", "chen"}, {"子", "zi"},
};

inline constexpr const char* kCompanyWordsZh[] = {"星辰", "华美", "蓝海", "恒信", "新锐", "云帆",
                                                  "远景", "锦程", "启明", "卓越", "合众", "盛世"};
inline constexpr const char* kCompanyKindsZh[] = {"科技",     "贸易", "咨询",     "文化传媒",
                                                  "网络科技", "设计", "教育科技", "物流"};
inline constexpr const char* kCompanyWordsEn[] = {"Northwind",  "Blue Harbor", "Silverline",
                                                  "Brightpath", "Greenfield",  "Redwood",
                                                  "Lion City",  "Sakura"};
inline constexpr const char* kCompanyKindsEn[] = {"Consulting", "Analytics", "Design",
                                                  "Logistics",  "Media",     "Software"};
// Slug of the English company words for e-mail domains.
inline constexpr const char* kCompanySlugsEn[] = {"northwind",  "blueharbor", "silverline",
                                                  "brightpath", "greenfield", "redwood",
                                                  "lioncity",   "sakura"};

inline constexpr const char* kIncomeBands[] = {"low", "lower_middle", "middle", "upper_middle",
                                               "high"};
inline constexpr const char* kEducation[] = {"secondary", "vocational", "bachelor", "master",
                                             "doctorate"};
inline constexpr const char* kLifestyles[] = {
    "busy_professional", "student",       "family",     "health_conscious",
    "social_explorer",   "remote_worker", "traditional"};
inline constexpr const char* kValueTags[] = {"quality", "convenience", "price",  "sustainability",
                                             "status",  "community",   "health", "novelty"};
// The interaction channels of the schema; order matters (indexes below).
inline constexpr const char* kChannels[] = {"store", "web",  "app",   "phone",
                                            "email", "chat", "social"};
enum Channel { kStore = 0, kWeb, kApp, kPhone, kEmail, kChat, kSocial };

// ------------------------------------------------------------------ products

enum Category { kCoffee = 0, kTea, kPastries, kBeans, kMerchandise, kGiftCard, kCategoryCount };
inline constexpr const char* kCategoryNames[] = {"coffee", "tea",         "pastries",
                                                 "beans",  "merchandise", "gift_card"};
// Share of the price that is cost of goods.
inline constexpr double kCostShare[] = {0.30, 0.28, 0.45, 0.55, 0.50, 0.90};

struct Product
{
    const char* name;
    Category category;
    double price;
};

// Grouped by category; the last coffee and the last merchandise product are seasonal.
inline constexpr Product kProducts[] = {
    {"Americano", kCoffee, 28},
    {"Latte", kCoffee, 32},
    {"Cappuccino", kCoffee, 32},
    {"Flat White", kCoffee, 35},
    {"Mocha", kCoffee, 36},
    {"Cold Brew", kCoffee, 33},
    {"Osmanthus Oat Latte", kCoffee, 38},
    {"Matcha Latte", kTea, 34},
    {"Jasmine Green Tea", kTea, 26},
    {"Oolong Milk Tea", kTea, 29},
    {"Chai Latte", kTea, 32},
    {"Butter Croissant", kPastries, 18},
    {"Blueberry Muffin", kPastries, 20},
    {"Egg Tart", kPastries, 12},
    {"Cheesecake", kPastries, 32},
    {"Chicken Sandwich", kPastries, 35},
    {"Yunnan Beans 250g", kBeans, 88},
    {"Ethiopia Yirgacheffe 250g", kBeans, 118},
    {"House Blend 500g", kBeans, 148},
    {"Drip Bags x10", kBeans, 69},
    {"Ceramic Mug", kMerchandise, 89},
    {"Steel Tumbler", kMerchandise, 129},
    {"Canvas Tote", kMerchandise, 59},
    {"Mooncake Gift Box", kMerchandise, 198},
    {"Gift Card 100", kGiftCard, 100},
    {"Gift Card 200", kGiftCard, 200},
};

// ------------------------------------------------------------------ the journey map

struct StageDef
{
    const char* name;
    const char* description;
};

inline constexpr StageDef kStages[] = {
    {"Awareness", "了解：顾客在社交媒体、朋友推荐或地图搜索中第一次接触品牌"},
    {"Consideration", "考虑：查看菜单、价格和评价，比较附近的门店"},
    {"Purchase", "购买：到店排队点单或在App提前下单并支付"},
    {"Use", "使用：取餐、品尝，在店里工作或休息，或收到外卖"},
    {"Loyalty", "忠诚：积分与会员权益、客服支持、复购和推荐给朋友"},
};

// Topics double as feedback-case categories.
enum Topic {
    kMarketing = 0,
    kPrice,
    kProduct,
    kEnvironment,
    kAppTopic,
    kSpeed,
    kPayment,
    kDelivery,
    kLoyaltyTopic,
    kService,
    kBrand,
    kTopicCount
};
inline constexpr const char* kTopicNames[] = {"marketing", "price",   "product", "environment",
                                              "app",       "speed",   "payment", "delivery",
                                              "loyalty",   "service", "brand"};

struct TouchpointDef
{
    const char* code;
    int stage;
    const char* name;
    Channel channel;
    const char* action;
    const char* thoughts;
    int emotion;
    const char* painPoints;
    const char* backstage;
    Topic topic;
    bool app; // hit by the broken app release in the dip quarter
};

inline constexpr TouchpointDef kTouchpoints[] = {
    {"ad_social", 0, "Social media ad", kSocial,
     "Sees a new-drink post on WeChat Moments or Xiaohongshu",
     "That osmanthus latte looks good. Is there a store near me?", 1, "The same ads over and over",
     "Marketing runs seasonal campaigns with food bloggers", kMarketing, false},
    {"word_of_mouth", 0, "Friend's recommendation", kSocial,
     "A colleague shares an invitation link", "If she likes it, it is probably good.", 1, "",
     "Referral programme: a coupon for both friends", kMarketing, false},
    {"map_search", 0, "Map search", kWeb, "Searches for coffee nearby on a map app",
     "Which one is close and well rated?", 0, "Opening hours on the map are out of date",
     "Store operations keeps the map listings current", kMarketing, false},
    {"menu_browse", 1, "Browse menu and prices", kApp, "Opens the mini-program to look at the menu",
     "Is it worth 35 yuan?", 0, "Prices look high without the member discount",
     "Digital team maintains menu and prices", kPrice, true},
    {"reviews", 1, "Read reviews", kWeb, "Reads ratings and photos on Dianping",
     "Everyone posts the latte art.", 1, "", "CX team answers every review within a day", kProduct,
     false},
    {"store_visit", 1, "First store visit", kStore, "Walks in and looks around",
     "Smells great, but where do I queue?", 0, "Unclear where to queue and pick up",
     "Store layout and signage", kEnvironment, false},
    {"order_app", 2, "Order ahead in the app", kApp, "Orders and pays in the app before arriving",
     "No queue for me today.", 1, "Payment sometimes fails; the app crashed after an update",
     "App backend and payment gateway", kAppTopic, true},
    {"queue_order", 2, "Queue and order at the counter", kStore, "Queues at the counter at 8:30",
     "This queue is too long, I will be late.", -2, "Peak-hour queues of ten minutes and more",
     "Staffing plan by hour, one POS at peak", kSpeed, false},
    {"checkout", 2, "Pay", kStore, "Pays with WeChat Pay or Alipay and scans the member code",
     "Why can't I use my coupon with the member price?", 0, "Coupon rules are confusing",
     "POS and coupon engine", kPayment, false},
    {"pickup", 3, "Wait and pick up", kStore, "Waits at the hand-off counter", "Which one is mine?",
     -1, "Names called unclearly, drinks mixed up", "Bar workflow and order screens", kSpeed,
     false},
    {"drink_quality", 3, "Taste the coffee", kStore, "Takes the first sip",
     "This is why I come here.", 2, "Taste varies between stores",
     "Bean sourcing, barista training, recipe standards", kProduct, false},
    {"wifi", 3, "Wi-Fi and sockets", kStore, "Opens the laptop to work for an hour",
     "The Wi-Fi dropped again.", -1, "Wi-Fi unstable at busy times", "IT network vendor",
     kEnvironment, false},
    {"seating", 3, "Find a seat", kStore, "Looks for a seat by the window",
     "Comfortable and quiet enough.", 0, "Not enough seats at lunchtime", "Store design",
     kEnvironment, false},
    {"delivery", 3, "Delivery", kApp, "Orders delivery to the office", "Will it still be hot?", -1,
     "Late or cold deliveries", "Delivery partners and packaging", kDelivery, true},
    {"loyalty_app", 4, "Points and coupons in the app", kApp,
     "Checks the points balance and redeems a free drink", "Almost Gold!", 1,
     "The points rules are hard to understand", "CRM and loyalty engine", kLoyaltyTopic, true},
    {"member_offer", 4, "Member offer", kEmail, "Gets a birthday coupon and double-points days",
     "They remembered my birthday.", 1, "Too many marketing messages",
     "CRM campaigns and consent management", kLoyaltyTopic, false},
    {"support_chat", 4, "Customer service", kChat, "Asks customer service about a missing coupon",
     "Just let me talk to a person.", -1, "The chatbot loops, escalation is slow",
     "Service centre, 48-hour SLA for complaints", kService, false},
    {"refer_friend", 4, "Recommend to friends", kSocial,
     "Shares the invitation link with colleagues", "My favourite place, you should try it.", 2, "",
     "Referral rewards", kBrand, false},
};

// Index of each touchpoint in kTouchpoints.
enum TouchpointIndex {
    kAdSocial = 0,
    kWordOfMouth,
    kMapSearch,
    kMenuBrowse,
    kReviews,
    kStoreVisit,
    kOrderApp,
    kQueueOrder,
    kCheckout,
    kPickup,
    kDrinkQuality,
    kWifi,
    kSeating,
    kDeliveryTouchpoint,
    kLoyaltyApp,
    kMemberOffer,
    kSupportChat,
    kReferFriend,
    kTouchpointCount
};
static_assert(std::size(kTouchpoints) == kTouchpointCount);

struct OpportunityDef
{
    const char* touchpoint;
    const char* text;
    const char* owner;
    int priority; // 1 high .. 3 low
    bool solved;
};

inline constexpr OpportunityDef kOpportunities[] = {
    {"map_search", "Keep map listings and opening hours current", "Store operations", 3, true},
    {"store_visit", "Clear queue and pick-up signs at the entrance", "Store operations", 3, false},
    {"order_app", "Release checklist with payment tests after every app update", "Digital team", 1,
     true},
    {"queue_order", "Second POS and a mobile-order lane at peak hours", "Store operations", 1,
     false},
    {"queue_order", "Show the live queue length in the mini-program", "Digital team", 2, false},
    {"checkout", "Let coupons stack with member prices", "Marketing", 3, false},
    {"pickup", "Order-ready screen with names and numbers", "Store operations", 2, false},
    {"drink_quality", "Monthly cupping to align recipes across stores", "Quality team", 2, false},
    {"wifi", "Business-grade Wi-Fi in every store", "IT", 2, false},
    {"delivery", "Insulated packaging and a 30-minute delivery promise", "Delivery partnerships", 2,
     false},
    {"loyalty_app", "Reminders before points expire", "CRM team", 2, true},
    {"member_offer", "At most two marketing messages a week", "CRM team", 3, false},
    {"support_chat", "Hand over to a person after two chatbot turns", "Customer service", 1, false},
    {"refer_friend", "Invite-a-colleague offer for offices nearby", "Marketing", 3, false},
};

// ------------------------------------------------------------------ rated attributes

struct AttributeDef
{
    const char* code;
    const char* name;
    const char* nameZh;
    const char* layer;
    const char* component;
    const char* kotler;
    bool isCost;
    double importance; // mean ratings on 1..7 before segment effects
    double performance;
    double expectation;
    double driver; // weight of the attribute's own impression in the customer's NPS
};

inline constexpr AttributeDef kAttributes[] = {
    {"product_quality", "Coffee and food quality", "咖啡与餐食品质", "basic", "functional",
     "product", false, 6.3, 5.7, 5.3, 0.45},
    {"price_fairness", "Price fairness", "价格公道", "basic", "economic_cost", "money", true, 5.6,
     4.3, 5.2, 0.30},
    {"menu_variety", "Menu variety", "菜单选择丰富", "basic", "functional", "product", false, 4.6,
     5.2, 4.8, 0.05},
    {"store_convenience", "Convenient store locations", "门店位置便利", "basic", "time_cost",
     "physical", true, 5.4, 5.5, 5.2, 0.10},
    {"service_speed", "Service speed", "出品速度", "value_added", "time_cost", "time", true, 5.8,
     4.5, 5.6, 0.35},
    {"staff_friendliness", "Staff friendliness", "店员热情友好", "value_added", "emotional",
     "personnel", false, 5.2, 5.8, 5.3, 0.25},
    {"app_experience", "App and mini-program experience", "App与小程序体验", "value_added",
     "functional", "service", false, 5.3, 4.7, 5.4, 0.25},
    {"ordering_ease", "Easy ordering and payment", "点单支付省心", "value_added", "time_cost",
     "energy", true, 5.0, 5.3, 5.0, 0.15},
    {"store_ambience", "Store ambience and Wi-Fi", "门店环境与Wi-Fi", "value_added", "emotional",
     "service", false, 4.8, 5.4, 4.9, 0.10},
    {"member_benefits", "Member benefits", "会员权益", "value_added", "economic_cost", "money",
     true, 4.5, 4.6, 4.7, 0.10},
    {"brand_pride", "Brand pride", "品牌自豪感", "differentiation", "social", "image", false, 3.8,
     4.6, 4.0, 0.20},
    {"emotional_connection", "Emotional connection", "情感连接", "differentiation", "emotional",
     "image", false, 3.9, 4.4, 4.1, 0.30},
    {"community", "Community and belonging", "社群归属感", "differentiation", "social", "image",
     false, 3.2, 3.9, 3.6, 0.10},
    {"personal_recognition", "Being recognised personally", "被记住的个性化服务", "differentiation",
     "emotional", "personnel", false, 3.6, 4.1, 4.0, 0.15},
};
enum AttributeIndex {
    kProductQuality = 0,
    kPriceFairness,
    kMenuVariety,
    kStoreConvenience,
    kServiceSpeed,
    kStaffFriendliness,
    kAppExperience,
    kOrderingEase,
    kStoreAmbience,
    kMemberBenefits,
    kBrandPride,
    kEmotionalConnection,
    kCommunity,
    kPersonalRecognition,
    kAttributeCount
};

// ------------------------------------------------------------------ the airline Kano study

struct KanoFeatureDef
{
    const char* code;
    const char* name;
    const char* nameZh;
    // Probability of a respondent answering in each category: A, O, M, I, R, Q.
    double share[6];
    double importance; // mean self-stated importance on 1..7
};

inline constexpr KanoFeatureDef kKanoFeatures[] = {
    {"on_time_departure",
     "On-time departure",
     "准点起飞",
     {0.05, 0.16, 0.62, 0.12, 0.03, 0.02},
     6.4},
    {"comfortable_seat",
     "Comfortable seat",
     "舒适的座位",
     {0.14, 0.55, 0.18, 0.09, 0.02, 0.02},
     5.8},
    {"good_meal", "Good meal", "可口的餐食", {0.18, 0.50, 0.12, 0.16, 0.02, 0.02}, 4.9},
    {"free_upgrade", "Free upgrade", "免费升舱", {0.60, 0.10, 0.03, 0.22, 0.03, 0.02}, 4.4},
    {"wifi", "In-flight Wi-Fi", "机上Wi-Fi", {0.48, 0.20, 0.04, 0.24, 0.02, 0.02}, 4.6},
    {"inflight_magazine",
     "In-flight magazine",
     "机上杂志",
     {0.12, 0.06, 0.04, 0.62, 0.12, 0.04},
     2.4},
};

// ------------------------------------------------------------------ texts

struct CommentSet
{
    const char* positiveZh[2];
    const char* negativeZh[2];
    const char* positiveEn[2];
    const char* negativeEn[2];
};

// Indexed by Topic.
inline constexpr CommentSet kComments[] = {
    {{"朋友圈广告里的新品看起来很诱人，来试了果然不错", "朋友推荐来的，果然没让人失望"},
     {"广告上的优惠到店里却用不了", "推送太频繁了，有点打扰"},
     {"Saw the new drink in an ad and it lived up to it",
      "A friend recommended you and she was right"},
     {"The promotion in the ad was not honoured in store", "Too many ads and push messages"}},
    {{"价格公道，会员价很划算", "早餐套餐很实惠"},
     {"价格又涨了，一杯拿铁快四十了", "和其他品牌比有点贵"},
     {"Fair prices, and the member price is a good deal", "The breakfast combo is great value"},
     {"Prices went up again, a latte is almost 40 yuan now",
      "A bit expensive compared with other chains"}},
    {{"咖啡很香，拿铁的奶泡很细腻", "新品桂花拿铁太好喝了"},
     {"今天的美式很酸，和平时不一样", "可颂不新鲜，有点硬"},
     {"Great coffee, the latte foam is perfect", "Loved the new osmanthus latte"},
     {"The americano was sour today, not like usual", "The croissant was stale"}},
    {{"环境安静舒服，适合办公", "座位宽敞，插座很多"},
     {"Wi-Fi老是断线，没法开会", "人太多了，找不到座位"},
     {"Quiet and comfortable, great for working", "Plenty of seats and sockets"},
     {"The Wi-Fi kept dropping during my call", "Too crowded, could not find a seat"}},
    {{"小程序点单很方便，到店直接取", "App界面清爽，常点的饮品一键下单"},
     {"App更新后经常闪退，付款失败", "小程序下单后订单状态一直不更新"},
     {"Ordering ahead in the app is so convenient",
      "Clean app, reordering my usual drink takes one tap"},
     {"The app keeps crashing since the update and payment failed",
      "The order status never updated in the app"}},
    {{"出餐很快，早高峰也不用等", "店员动作麻利"},
     {"排队二十分钟才拿到咖啡", "早高峰太慢了，差点迟到"},
     {"Fast service even in the morning rush", "The baristas are quick"},
     {"Waited twenty minutes for one coffee", "Far too slow at peak time, nearly missed my train"}},
    {{"微信、支付宝都能付，很顺畅", "结账很快，电子发票也方便"},
     {"优惠券和会员价不能叠加，结账很麻烦", "扫码付款失败了两次"},
     {"Paying by card or phone was smooth", "Quick checkout and an instant e-receipt"},
     {"Could not combine the coupon with the member price", "Payment failed twice at the counter"}},
    {{"外卖送得很快，咖啡还是热的", "包装很用心，一点没洒"},
     {"外卖晚了四十分钟，咖啡都凉了", "送错了饮品"},
     {"Delivery was fast and the coffee was still hot", "Well packed, nothing spilled"},
     {"Delivery was forty minutes late and the coffee was cold", "They delivered the wrong drink"}},
    {{"积分兑换很简单，生日券很贴心", "会员日双倍积分很实惠"},
     {"积分规则太复杂，看不懂", "积分快过期了也没有提醒"},
     {"Redeeming points is easy and the birthday treat was lovely", "Double-points days are great"},
     {"The points rules are confusing", "My points expired without any reminder"}},
    {{"客服回复很快，问题当场就解决了", "店员很热情，还记得我的口味"},
     {"客服一直是机器人，找不到人工", "问题反映了三次还没解决"},
     {"Customer service replied quickly and fixed it",
      "Friendly staff who remember my usual order"},
     {"Only a chatbot, could not reach a person",
      "Reported the issue three times, still not solved"}},
    {{"很喜欢这个品牌，已经推荐给同事了", "这里就是我家和公司之外的第三空间"},
     {"感觉品牌越来越商业化，没以前有温度了", "品质不稳定，不太敢推荐给朋友"},
     {"Love the brand, already recommended it to my colleagues",
      "This is my third place between home and work"},
     {"The brand feels less personal than it used to",
      "Quality is inconsistent, I would not recommend it"}},
};

inline constexpr const char* kNeutralZh[] = {"整体还可以", "还行，没什么特别的",
                                             "咖啡不错，就是有点贵"};
inline constexpr const char* kNeutralEn[] = {"It was fine", "OK overall, nothing special",
                                             "Good coffee but a bit pricey"};

// Contact-timeline entries. complaint marks the ones that may open a feedback case.
struct InteractionDef
{
    const char* touchpoint;
    Channel channel;
    double weight;
    bool complaint;
    Topic topic; // category of the feedback case a complaint opens
    const char* zh;
    const char* en;
};

inline constexpr InteractionDef kInteractions[] = {
    {"ad_social", kSocial, 0.10, false, kMarketing, "点击了朋友圈的季节新品广告",
     "Clicked a social ad for the seasonal menu"},
    {"ad_social", kSocial, 0.05, false, kMarketing, "在小红书收藏了门店笔记",
     "Saved a post about a store"},
    {"word_of_mouth", kSocial, 0.04, false, kMarketing, "通过好友的邀请链接领取了新人券",
     "Claimed a welcome coupon from a friend's invitation"},
    {"map_search", kWeb, 0.04, false, kMarketing, "在地图App上搜索附近门店",
     "Searched for a nearby store"},
    {"reviews", kWeb, 0.05, false, kProduct, "在大众点评发布了评价", "Posted a review online"},
    {"menu_browse", kApp, 0.08, false, kPrice, "浏览了新品菜单", "Browsed the new seasonal menu"},
    {"store_visit", kStore, 0.04, false, kEnvironment, "参加了门店拉花体验活动",
     "Joined a latte art workshop in store"},
    {"member_offer", kEmail, 0.12, false, kLoyaltyTopic, "打开了双倍积分活动邮件",
     "Opened the double-points newsletter"},
    {"member_offer", kEmail, 0.06, false, kLoyaltyTopic, "领取了生日优惠券",
     "Claimed the birthday coupon"},
    {"loyalty_app", kApp, 0.10, false, kLoyaltyTopic, "在App里查看积分余额",
     "Checked the points balance in the app"},
    {"loyalty_app", kApp, 0.05, false, kLoyaltyTopic, "兑换了一张免费饮品券",
     "Redeemed a free drink voucher"},
    {"support_chat", kChat, 0.05, false, kLoyaltyTopic, "在线咨询会员积分规则",
     "Asked in chat about points rules"},
    {"support_chat", kChat, 0.04, true, kDelivery, "在线投诉外卖送达延迟",
     "Complained in chat about a late delivery"},
    {"support_chat", kChat, 0.03, true, kPayment, "反映优惠券无法使用",
     "Reported a coupon that did not work"},
    {"support_chat", kPhone, 0.02, true, kProduct, "致电客服反映饮品口味问题",
     "Called about a drink that tasted wrong"},
    {"support_chat", kPhone, 0.02, false, kService, "致电咨询企业团购",
     "Called about a corporate order"},
    {"refer_friend", kSocial, 0.04, false, kBrand, "分享了邀请好友链接", "Shared a referral link"},
    {"delivery", kApp, 0.03, false, kDelivery, "查询外卖订单的配送进度",
     "Tracked a delivery order"},
};
// Only during the broken-app quarter.
inline constexpr InteractionDef kAppFailure = {"order_app",
                                               kChat,
                                               0.0,
                                               true,
                                               kAppTopic,
                                               "App下单付款失败，订单却显示已扣款",
                                               "App order failed at payment but I was charged"};

inline constexpr const char* kCaseOwners[] = {"王磊",        "李娜", "陈静", "刘洋",
                                              "Emily Zhang", "赵敏", "周杰", "Chen Jie"};

} // namespace vd::demo
