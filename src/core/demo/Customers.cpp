#include "demo/Customers.h"

#include "valuedesk/Date.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace vd::demo {

namespace {

constexpr std::int64_t kMinute = 60;
constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 86400;

// ---- The buy-till-you-die process (time unit: days). See docs/demo.md.
// Purchase rate while alive: lambda ~ Gamma(shape r, rate alpha), mean r / alpha.
constexpr double kRateShape = 0.5;
constexpr double kRateRate = 3.0;
constexpr double kMaxRate = 1.0; // nobody buys more than once a day on average
// Dropout after every purchase (the first included): p ~ Beta(a, b), lowered for
// customers with a better experience: p * exp(-kSatisfactionEffect * satisfaction).
constexpr double kDropA = 0.5;
constexpr double kDropB = 0.8;
constexpr double kSatisfactionEffect = 0.8;
// Gamma-Gamma spend: nu ~ Gamma(q, rate gamma) per customer, amount ~ Gamma(p, rate nu).
constexpr double kSpendShape = 6.0;
constexpr double kSpendQ = 4.0;
constexpr double kSpendGamma = 24.0;
constexpr std::size_t kMaxOrders = 4000;

constexpr double kPulseRate = 0.03;        // post-purchase survey answered per order
constexpr double kWelcomeRate = 0.08;      // welcome survey answered per new customer
constexpr double kWaveRate = 0.05;         // relationship survey answered per active wave
constexpr double kServiceRate = 0.30;      // service follow-up answered per support contact
constexpr double kContactPulseRate = 0.03; // pulse answered after another contact

// The case workflow (delays, stalls, owners) draws from its own stream, so that which
// feedback opens a case never shifts the customers, orders and answers of a seed.
std::uint64_t caseStreamSeed(std::uint64_t seed)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * 8; // splitmix64, stream 7
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr int kLocalHourMin = 6 * 3600 + 1800;
constexpr int kLocalHourMax = 22 * 3600 + 1800;

// Attributes a transactional answer at a touchpoint may rate (-1: none).
constexpr int kTouchpointAttributes[kTouchpointCount][2] = {
    {kBrandPride, -1},
    {kBrandPride, -1},
    {kStoreConvenience, -1},
    {kMenuVariety, kPriceFairness},
    {kProductQuality, -1},
    {kStoreAmbience, kStaffFriendliness},
    {kAppExperience, kOrderingEase},
    {kServiceSpeed, -1},
    {kOrderingEase, kPriceFairness},
    {kServiceSpeed, -1},
    {kProductQuality, -1},
    {kStoreAmbience, -1},
    {kStoreAmbience, -1},
    {kServiceSpeed, -1},
    {kMemberBenefits, kAppExperience},
    {kMemberBenefits, -1},
    {kStaffFriendliness, -1},
    {kEmotionalConnection, -1},
};

// Effort of a touchpoint on the customer-effort score (positive: easier).
constexpr double kTouchpointEffort[kTouchpointCount] = {0.0, 0.0,  0.0,  0.1,  0.0,  -0.1,
                                                        0.5, -0.7, -0.3, -0.3, 0.0,  -0.2,
                                                        0.0, -0.3, 0.2,  0.1,  -0.4, 0.0};

constexpr Topic kAttributeTopic[kAttributeCount] = {
    kProduct, kPrice,       kProduct,      kEnvironment, kSpeed, kService, kAppTopic,
    kPayment, kEnvironment, kLoyaltyTopic, kBrand,       kBrand, kBrand,   kService};

void appendNumber(std::string& out, std::int64_t value, int width = 0)
{
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    (void)ec;
    for (int pad = width - static_cast<int>(end - buf); pad > 0; --pad)
        out += '0';
    out.append(buf, end);
}

void appendDigits(std::string& out, Random& rng, int n)
{
    for (int i = 0; i < n; ++i)
        out += static_cast<char>('0' + rng.below(10));
}

void setExternalId(std::string& out, const char* prefix, std::int64_t id, int width)
{
    out.assign(prefix);
    appendNumber(out, id, width);
}

template <typename T> const T& pick(Random& rng, std::span<const T> items)
{
    return items[static_cast<std::size_t>(rng.below(static_cast<std::int64_t>(items.size())))];
}

const char* pickText(Random& rng, Strings items)
{
    return pick(rng, items);
}

int roundClamp(double x, int lo, int hi)
{
    return static_cast<int>(
        std::clamp(std::lround(x), static_cast<long>(lo), static_cast<long>(hi)));
}

// Discrete distributions built once.
struct Tables
{
    Discrete country, surname;
    Discrete incomeTier1, incomeOther, incomeAbroad, incomeYoung;
    Discrete education[5];
    Discrete lifestyleYoung, lifestyleOld, lifestyleOther;
    Discrete channelYoung, channelMiddle, channelOld;
    Discrete orderChannel[4]; // preferred app, store, web, other
    Discrete categoryByAmount[4];
    Discrete categoryByAmountTea[4];
    Discrete timeOfDay;
    Discrete interaction;
    Discrete welcomeTouchpoint, storeTouchpoint, appTouchpoint, webTouchpoint;
    std::vector<int> productsOf[kCategoryCount];
    std::vector<Discrete> placeOf;
    int interactionTouchpoint[std::size(kInteractions) + 1];

    Tables()
    {
        std::vector<double> w;
        for (const Country& c : kCountries)
            w.push_back(c.weight);
        country = Discrete(w);
        for (const Country& c : kCountries) {
            std::vector<double> pw;
            for (const Place& p : c.places)
                pw.push_back(p.weight);
            placeOf.emplace_back(pw);
        }
        w.clear();
        for (const Surname& s : kSurnames)
            w.push_back(s.weight);
        surname = Discrete(w);
        incomeTier1 = {0.08, 0.17, 0.33, 0.27, 0.15};
        incomeOther = {0.15, 0.27, 0.33, 0.18, 0.07};
        incomeAbroad = {0.05, 0.15, 0.35, 0.30, 0.15};
        incomeYoung = {0.45, 0.30, 0.18, 0.05, 0.02};
        education[0] = {0.35, 0.35, 0.25, 0.04, 0.01};
        education[1] = {0.20, 0.30, 0.42, 0.07, 0.01};
        education[2] = {0.10, 0.20, 0.50, 0.17, 0.03};
        education[3] = {0.05, 0.10, 0.45, 0.33, 0.07};
        education[4] = {0.03, 0.07, 0.40, 0.38, 0.12};
        lifestyleYoung = {0.20, 0.55, 0.02, 0.08, 0.12, 0.03, 0.0};
        lifestyleOld = {0.10, 0.0, 0.30, 0.25, 0.05, 0.05, 0.25};
        lifestyleOther = {0.30, 0.03, 0.22, 0.12, 0.15, 0.12, 0.06};
        // store, web, app, phone, email, chat, social
        channelYoung = {0.25, 0.07, 0.45, 0.01, 0.03, 0.04, 0.15};
        channelMiddle = {0.36, 0.08, 0.34, 0.03, 0.05, 0.04, 0.10};
        channelOld = {0.55, 0.08, 0.20, 0.06, 0.06, 0.03, 0.02};
        // store, app, web
        orderChannel[0] = {0.22, 0.72, 0.06};
        orderChannel[1] = {0.80, 0.15, 0.05};
        orderChannel[2] = {0.35, 0.20, 0.45};
        orderChannel[3] = {0.60, 0.32, 0.08};
        // coffee, tea, pastries, beans, merchandise, gift card
        categoryByAmount[0] = {0.30, 0.15, 0.55, 0.0, 0.0, 0.0};
        categoryByAmount[1] = {0.62, 0.23, 0.15, 0.0, 0.0, 0.0};
        categoryByAmount[2] = {0.35, 0.12, 0.08, 0.25, 0.20, 0.0};
        categoryByAmount[3] = {0.12, 0.05, 0.0, 0.35, 0.33, 0.15};
        categoryByAmountTea[0] = {0.15, 0.30, 0.55, 0.0, 0.0, 0.0};
        categoryByAmountTea[1] = {0.23, 0.62, 0.15, 0.0, 0.0, 0.0};
        categoryByAmountTea[2] = {0.12, 0.35, 0.08, 0.25, 0.20, 0.0};
        categoryByAmountTea[3] = {0.05, 0.12, 0.0, 0.35, 0.33, 0.15};
        timeOfDay = {0.38, 0.22, 0.28, 0.12};
        w.clear();
        for (const InteractionDef& d : kInteractions)
            w.push_back(d.weight);
        interaction = Discrete(w);
        // ad_social, word_of_mouth, map_search, menu_browse, reviews, store_visit
        welcomeTouchpoint = {0.30, 0.25, 0.15, 0.10, 0.10, 0.10};
        // queue_order, checkout, pickup, drink_quality, wifi, seating, store_visit
        storeTouchpoint = {0.25, 0.10, 0.20, 0.25, 0.08, 0.07, 0.05};
        // order_app, pickup, drink_quality, loyalty_app, checkout
        appTouchpoint = {0.35, 0.20, 0.25, 0.10, 0.10};
        // delivery, drink_quality, menu_browse
        webTouchpoint = {0.55, 0.30, 0.15};
        for (int i = 0; i < static_cast<int>(std::size(kProducts)); ++i)
            productsOf[kProducts[i].category].push_back(i);
        for (std::size_t i = 0; i <= std::size(kInteractions); ++i) {
            const char* code =
                i < std::size(kInteractions) ? kInteractions[i].touchpoint : kAppFailure.touchpoint;
            interactionTouchpoint[i] = 0;
            for (int t = 0; t < kTouchpointCount; ++t)
                if (std::strcmp(kTouchpoints[t].code, code) == 0)
                    interactionTouchpoint[i] = t;
        }
    }
};

const Tables& tables()
{
    static const Tables t;
    return t;
}

constexpr int kStoreTouchpoints[] = {kQueueOrder, kCheckout, kPickup,    kDrinkQuality,
                                     kWifi,       kSeating,  kStoreVisit};
constexpr int kAppTouchpoints[] = {kOrderApp, kPickup, kDrinkQuality, kLoyaltyApp, kCheckout};
constexpr int kWebTouchpoints[] = {kDeliveryTouchpoint, kDrinkQuality, kMenuBrowse};
constexpr int kWelcomeTouchpoints[] = {kAdSocial,   kWordOfMouth, kMapSearch,
                                       kMenuBrowse, kReviews,     kStoreVisit};

// Order channels in the order of Tables::orderChannel.
constexpr int kOrderChannels[] = {kStore, kApp, kWeb};

const char* usageFrequency(double lambda)
{
    if (lambda >= 0.3)
        return "daily";
    if (lambda >= 1.0 / 10.0)
        return "weekly";
    if (lambda >= 1.0 / 45.0)
        return "monthly";
    return "occasional";
}

} // namespace

CustomerWriter::CustomerWriter(ChunkSink& sink, const DemoOptions& options,
                               const Calendar& calendar, const Reference& ref, Random& rng,
                               DemoSummary& summary, OrderTotals* totals)
    : m_options(options), m_cal(calendar), m_ref(ref), m_rng(rng),
      m_caseRng(caseStreamSeed(options.seed)), m_caseRules(loyalty::defaultCategoryRules()),
      m_summary(summary), m_totals(totals),
      m_insertCustomer(sink, kCustomersTable, columnCount(kBulkTables[kCustomersTable].columns)),
      m_insertOrder(sink, kOrdersTable, columnCount(kBulkTables[kOrdersTable].columns)),
      m_insertPoints(sink, kPointsTable, columnCount(kBulkTables[kPointsTable].columns)),
      m_insertInteraction(sink, kInteractionsTable,
                          columnCount(kBulkTables[kInteractionsTable].columns)),
      m_insertResponse(sink, kResponsesTable, columnCount(kBulkTables[kResponsesTable].columns)),
      m_insertRating(sink, kRatingsTable, columnCount(kBulkTables[kRatingsTable].columns)),
      m_insertCase(sink, kCasesTable, columnCount(kBulkTables[kCasesTable].columns))
{
    (void)tables();
    m_orders.reserve(kMaxOrders + 64);
    m_orderIds.reserve(kMaxOrders + 64);
    m_points.reserve(2 * kMaxOrders + 64);
    for (std::string* s : {&m_externalId, &m_name, &m_email, &m_phone, &m_company, &m_tags,
                           &m_caseSummary, &m_rowExternalId})
        s->reserve(128);
}

std::int64_t CustomerWriter::localDay(std::int64_t ts) const
{
    return date::epochDay(ts + m_p.utcOffset * kHour);
}

// Local time of day of a visit: morning commute, lunch, afternoon and evening peaks.
std::int64_t CustomerWriter::timeOfDay()
{
    static constexpr double kMeans[] = {8.4, 12.8, 15.5, 19.3};
    static constexpr double kSds[] = {0.8, 0.7, 1.2, 1.3};
    int k = tables().timeOfDay(m_rng);
    double hours = m_rng.normal(kMeans[k], kSds[k]);
    auto seconds = static_cast<std::int64_t>(hours * 3600.0);
    return std::clamp<std::int64_t>(seconds, kLocalHourMin, kLocalHourMax);
}

// ---------------------------------------------------------------- profile

void CustomerWriter::drawProfile(std::int64_t id)
{
    const Tables& t = tables();
    Profile& p = m_p;
    p = Profile{};
    p.country = t.country(m_rng);
    const Country& country = kCountries[p.country];
    p.place = &country.places[static_cast<std::size_t>(
        t.placeOf[static_cast<std::size_t>(p.country)](m_rng))];
    p.utcOffset = country.utcOffsetHours;
    bool abroad = p.country != kChina;

    p.age = std::min(78, 18 + static_cast<int>(m_rng.gamma(3.0, 0.22)));
    int endYear = date::civilFromDays(date::epochDay(m_cal.end)).year;
    p.birthYear = endYear - p.age - (m_rng.chance(0.5) ? 1 : 0);
    double g = m_rng.uniform();
    p.gender = g < 0.54 ? 0 : (g < 0.99 ? 1 : 2);
    if (p.age < 23)
        p.income = t.incomeYoung(m_rng);
    else if (abroad)
        p.income = t.incomeAbroad(m_rng);
    else
        p.income = p.place->tier1 ? t.incomeTier1(m_rng) : t.incomeOther(m_rng);
    p.education = t.education[p.income](m_rng);
    p.lifestyle = p.age < 24    ? t.lifestyleYoung(m_rng)
                  : p.age >= 55 ? t.lifestyleOld(m_rng)
                                : t.lifestyleOther(m_rng);
    p.channel = p.age < 30    ? t.channelYoung(m_rng)
                : p.age >= 50 ? t.channelOld(m_rng)
                              : t.channelMiddle(m_rng);
    p.member = m_rng.chance(0.55 + (p.channel == kApp ? 0.3 : 0.0) - (abroad ? 0.2 : 0.0));
    p.teaLover = m_rng.chance(p.age >= 40 ? 0.35 : 0.2);
    p.chinese = !abroad && m_rng.chance(0.92);
    p.consentEmail = m_rng.chance(p.member ? 0.7 : 0.4);
    p.consentSms = m_rng.chance(0.45);
    p.consentPhone = m_rng.chance(0.15);

    p.satisfaction = m_rng.normal() + (p.place->tier1 ? -0.1 : 0.05) + (p.income >= 3 ? 0.1 : 0.0);
    p.lambda = std::min(kMaxRate, m_rng.gamma(kRateShape, kRateRate)) * (p.member ? 1.1 : 0.85);
    p.dropout = std::clamp(
        m_rng.beta(kDropA, kDropB) * std::exp(-kSatisfactionEffect * p.satisfaction), 0.002, 0.98);
    p.nu = m_rng.gamma(kSpendQ, kSpendGamma);
    m_yearlyValue = std::round(p.lambda * 365.0 * kSpendShape / p.nu * 100.0) / 100.0;

    // Joined at a time of day inside the window; acquisition grows over time (density
    // proportional to 1 + x on the window).
    double u = m_rng.uniform();
    double x = -1.0 + std::sqrt(1.0 + 3.0 * u);
    auto joined =
        m_cal.start + static_cast<std::int64_t>(x * static_cast<double>(m_cal.end - m_cal.start));
    std::int64_t day = localDay(joined);
    p.createdAt = day * kDay + timeOfDay() - p.utcOffset * kHour;
    p.createdAt = std::clamp(p.createdAt, m_cal.start, m_cal.end);

    setExternalId(m_externalId, "C", id, 7);
    drawName();

    // values tags: one to three, weighted by income and lifestyle
    double w[std::size(kValueTags)] = {0.5, 0.5, 0.35, 0.15, 0.12, 0.12, 0.2, 0.2};
    if (p.income <= 1)
        w[2] += 0.4;
    if (p.income >= 3)
        w[4] += 0.3;
    if (p.lifestyle == 3)
        w[6] += 0.6;
    if (p.lifestyle == 4)
        w[7] += 0.4, w[5] += 0.3;
    if (p.lifestyle == 0)
        w[1] += 0.4;
    int count = 1 + static_cast<int>(m_rng.below(3));
    m_tags.assign("[");
    for (int k = 0; k < count; ++k) {
        double sum = 0.0;
        for (double v : w)
            sum += v;
        double r = m_rng.uniform() * sum;
        std::size_t chosen = 0;
        for (; chosen + 1 < std::size(w); ++chosen) {
            if (r < w[chosen])
                break;
            r -= w[chosen];
        }
        if (w[chosen] <= 0.0)
            continue;
        w[chosen] = 0.0;
        if (m_tags.size() > 1)
            m_tags += ',';
        m_tags += '"';
        m_tags += kValueTags[chosen];
        m_tags += '"';
    }
    m_tags += ']';
}

void CustomerWriter::drawName()
{
    const Tables& t = tables();
    const Profile& p = m_p;
    const Country& country = kCountries[p.country];
    bool female = p.gender == 0 || (p.gender == 2 && m_rng.chance(0.5));
    m_email.clear();
    m_phone.clear();
    m_company.clear();
    if (p.country == kChina) {
        const Surname& s = kSurnames[t.surname(m_rng)];
        std::span<const Hanzi> pool =
            female ? std::span<const Hanzi>(kGivenFemale) : std::span<const Hanzi>(kGivenMale);
        const Hanzi& g1 = pick(m_rng, pool);
        const Hanzi* g2 = m_rng.chance(0.55) ? &pick(m_rng, pool) : nullptr;
        m_name.assign(s.zh).append(g1.zh);
        if (g2)
            m_name.append(g2->zh);
        if (m_rng.chance(0.7)) {
            int style = static_cast<int>(m_rng.below(4));
            if (style == 0) { // zhangwei88
                m_email.assign(s.pinyin).append(g1.pinyin);
                if (g2)
                    m_email.append(g2->pinyin);
                appendDigits(m_email, m_rng, 2);
            } else if (style == 1) { // wei.zhang
                m_email.assign(g1.pinyin);
                if (g2)
                    m_email.append(g2->pinyin);
                m_email.append(".").append(s.pinyin);
            } else if (style == 2) { // zhangwei1990
                m_email.assign(s.pinyin).append(g1.pinyin);
                if (g2)
                    m_email.append(g2->pinyin);
                appendNumber(m_email, p.birthYear);
            } else { // zw + digits
                m_email.assign(1, s.pinyin[0]);
                m_email += g1.pinyin[0];
                appendDigits(m_email, m_rng, 6);
            }
            static const char* const kDomains[] = {"example.cn", "mail.example.cn",
                                                   "example.com.cn", "example.com"};
            m_email.append("@").append(pickText(m_rng, kDomains));
        }
        if (m_rng.chance(0.96)) {
            static const char kSecond[] = {'3', '5', '8', '8', '9', '7'};
            m_phone.assign("+86 1");
            m_phone += kSecond[m_rng.below(6)];
            appendDigits(m_phone, m_rng, 1);
            m_phone += ' ';
            appendDigits(m_phone, m_rng, 4);
            m_phone += ' ';
            appendDigits(m_phone, m_rng, 4);
        }
        if (m_rng.chance(0.10)) {
            m_company.assign(p.place->city)
                .append(pickText(m_rng, kCompanyWordsZh))
                .append(pickText(m_rng, kCompanyKindsZh))
                .append(country.companySuffix);
        }
    } else {
        const char* first = pickText(m_rng, female ? country.femaleNames : country.maleNames);
        const char* last = pickText(m_rng, country.lastNames);
        m_name.assign(first).append(" ").append(last);
        bool hasCompany = m_rng.chance(0.15);
        std::size_t word = static_cast<std::size_t>(m_rng.below(std::size(kCompanyWordsEn)));
        if (hasCompany) {
            m_company.assign(kCompanyWordsEn[word])
                .append(" ")
                .append(pickText(m_rng, kCompanyKindsEn))
                .append(" ")
                .append(country.companySuffix);
        }
        if (m_rng.chance(0.92)) {
            for (const char* c = first; *c; ++c)
                if (*c != ' ')
                    m_email += static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
            m_email += '.';
            for (const char* c = last; *c; ++c) {
                auto uc = static_cast<unsigned char>(*c);
                if (uc >= 0x80) { // ü in Müller
                    if (uc == 0xC3)
                        m_email += "ue";
                    continue;
                }
                m_email += static_cast<char>(std::tolower(uc));
            }
            if (hasCompany && m_rng.chance(0.5))
                m_email.append("@").append(kCompanySlugsEn[word]).append(".example.com");
            else
                m_email.append("@").append(country.emailDomain);
        }
        if (m_rng.chance(0.75)) {
            m_phone.assign(country.phonePrefix);
            m_phone += ' ';
            switch (p.country) {
            case 1: // US, fictional 555-01xx numbers
                m_phone += std::strcmp(p.place->city, "New York") == 0 ? "212" : "415";
                m_phone += " 555 01";
                appendDigits(m_phone, m_rng, 2);
                break;
            case 2: // UK, Ofcom drama range
                m_phone += "7700 900";
                appendDigits(m_phone, m_rng, 3);
                break;
            case 4: // Japan
                m_phone += "90 ";
                appendDigits(m_phone, m_rng, 4);
                m_phone += ' ';
                appendDigits(m_phone, m_rng, 4);
                break;
            default:
                appendDigits(m_phone, m_rng, 4);
                m_phone += ' ';
                appendDigits(m_phone, m_rng, 4);
            }
        }
    }
}

// ---------------------------------------------------------------- orders

void CustomerWriter::addOrder(std::int64_t ts, int seq)
{
    const Tables& t = tables();
    Order o{};
    o.ts = ts;
    o.seq = seq;
    o.amount = std::max(3.0, std::round(m_rng.gamma(kSpendShape, m_p.nu) * 100.0) / 100.0);
    int bracket = o.amount < 22 ? 0 : (o.amount < 60 ? 1 : (o.amount < 130 ? 2 : 3));
    int category =
        m_p.teaLover ? t.categoryByAmountTea[bracket](m_rng) : t.categoryByAmount[bracket](m_rng);
    const std::vector<int>& products = t.productsOf[category];
    int month = date::civilFromDays(localDay(ts)).month;
    int product =
        products[static_cast<std::size_t>(m_rng.below(static_cast<std::int64_t>(products.size())))];
    // Seasonal products (the last of their category in kProducts): mooncakes in August and
    // September, the osmanthus latte in autumn, when it sells well.
    bool autumn = month >= 9 && month <= 11;
    if (product == products.back() && (category == kMerchandise || category == kCoffee)) {
        bool inSeason = category == kMerchandise ? (month == 8 || month == 9) : autumn;
        if (!inSeason)
            product = products[0];
    }
    if (category == kCoffee && autumn && m_rng.chance(0.25))
        product = products.back();
    o.product = product;
    o.quantity = std::max(1, static_cast<int>(std::lround(o.amount / kProducts[product].price)));
    o.cost = std::max(
        0.01,
        std::round(o.amount * kCostShare[category] * m_rng.uniform(0.95, 1.05) * 100.0) / 100.0);
    int pref =
        m_p.channel == kApp ? 0 : (m_p.channel == kStore ? 1 : (m_p.channel == kWeb ? 2 : 3));
    o.channel = kOrderChannels[t.orderChannel[pref](m_rng)];
    o.isReturn = false;
    m_orders.push_back(o);

    static constexpr double kReturnRate[kCategoryCount] = {0.004, 0.004, 0.004, 0.03, 0.05, 0.01};
    if (m_rng.chance(kReturnRate[category])) {
        std::int64_t when = ts + kHour + m_rng.below(10 * kDay);
        if (when <= m_cal.end) {
            Order r = o;
            r.ts = when;
            r.seq = seq + 1;
            r.amount = -o.amount;
            r.cost = -o.cost;
            r.isReturn = true;
            m_orders.push_back(r);
        }
    }
}

// BG/NBD-like: after every purchase the customer leaves with probability p; while alive,
// purchases arrive as a Poisson process with rate lambda, thinned by the seasonal factor of
// the day (December and Singles' Day peaks, quieter Sundays).
void CustomerWriter::simulateOrders()
{
    m_orders.clear();
    const Profile& p = m_p;
    std::int64_t delay = m_rng.chance(0.6)
                             ? 2 * kMinute + m_rng.below(28 * kMinute)
                             : static_cast<std::int64_t>(m_rng.exponential(0.5) * kDay);
    std::int64_t first = std::min(p.createdAt + delay, m_cal.end);
    int seq = 0;
    addOrder(first, seq);
    seq += 2;
    std::int64_t previous = first;
    double t = static_cast<double>(first);
    const double candidateRate = p.lambda * m_cal.maxFactor / static_cast<double>(kDay);
    const double end = static_cast<double>(m_cal.end);
    while (m_orders.size() < kMaxOrders) {
        if (m_rng.chance(p.dropout))
            break;
        std::int64_t ts = -1;
        while (true) {
            t += m_rng.exponential(candidateRate);
            if (t > end)
                break;
            std::int64_t day = localDay(static_cast<std::int64_t>(t));
            if (m_rng.uniform() * m_cal.maxFactor < m_cal.factorOfDay(day)) {
                ts = day * kDay + timeOfDay() - p.utcOffset * kHour;
                break;
            }
        }
        if (ts < 0)
            break;
        if (ts <= previous)
            ts = previous + 10 * kMinute + m_rng.below(3 * kHour);
        if (ts > m_cal.end)
            break;
        addOrder(ts, seq);
        seq += 2;
        previous = ts;
    }
    std::sort(m_orders.begin(), m_orders.end(), [](const Order& a, const Order& b) {
        return a.ts != b.ts ? a.ts < b.ts : a.seq < b.seq;
    });
}

// ---------------------------------------------------------------- writing

void CustomerWriter::flush()
{
    // Parents before children.
    m_insertCustomer.flush();
    m_insertOrder.flush();
    m_insertPoints.flush();
    m_insertInteraction.flush();
    m_insertResponse.flush();
    m_insertRating.flush();
    m_insertCase.flush();
}

void CustomerWriter::write(std::int64_t id)
{
    drawProfile(id);
    simulateOrders();
    const char* tier = writeOrdersAndPoints(id);
    (void)tier;
    if (m_options.interactions)
        writeInteractions(id);
    if (m_options.surveys)
        writeResponses(id);
}

void CustomerWriter::writeCustomer(std::int64_t id, const char* tier)
{
    const Profile& p = m_p;
    const Country& country = kCountries[p.country];
    static const char* const kGender[] = {"female", "male"};
    m_insertCustomer.i64(id).text(m_externalId).text(m_name);
    m_email.empty() ? m_insertCustomer.null() : m_insertCustomer.text(m_email);
    m_phone.empty() ? m_insertCustomer.null() : m_insertCustomer.text(m_phone);
    m_company.empty() ? m_insertCustomer.null() : m_insertCustomer.text(m_company);
    m_insertCustomer.text(country.code).text(p.place->region).text(p.place->city).i64(p.birthYear);
    p.gender < 2 ? m_insertCustomer.text(kGender[p.gender]) : m_insertCustomer.null();
    m_insertCustomer.text(kIncomeBands[p.income])
        .text(kEducation[p.education])
        .text(kLifestyles[p.lifestyle])
        .text(m_tags)
        .text(kChannels[p.channel])
        .text(usageFrequency(p.lambda))
        .optText(tier)
        .i64(p.consentEmail)
        .i64(p.consentSms)
        .i64(p.consentPhone)
        .i64(p.createdAt)
        .insert();
    ++m_summary.customers;
}

// Writes the customer row, then the orders and the points they earn. Points are worked out
// first because the customer row carries the resulting tier.
const char* CustomerWriter::writeOrdersAndPoints(std::int64_t customerId)
{
    std::vector<PointsRow>& points = m_points;
    points.clear();
    const char* tier = nullptr;
    if (m_p.member) {
        std::int64_t balance = 0;
        std::int64_t qualifying = 0;
        for (std::size_t i = 0; i < m_orders.size(); ++i) {
            const Order& o = m_orders[i];
            if (!o.isReturn) {
                auto earned = static_cast<std::int64_t>(std::floor(o.amount));
                if (earned <= 0)
                    continue;
                points.push_back({i, earned, "earn"});
                balance += earned;
                qualifying += earned;
                if (balance >= 300 && m_rng.chance(0.12)) {
                    std::int64_t redeem = balance >= 600 && m_rng.chance(0.3) ? 600 : 300;
                    points.push_back({i, -redeem, "redeem"});
                    balance -= redeem;
                }
            } else {
                std::int64_t back =
                    std::min(static_cast<std::int64_t>(std::floor(-o.amount)), balance);
                if (back <= 0)
                    continue;
                points.push_back({i, -back, "adjust"});
                balance -= back;
                qualifying -= back;
            }
        }
        tier = kTiers[0].name;
        for (const TierDef& t : kTiers)
            if (qualifying >= t.minPoints)
                tier = t.name;
    }
    writeCustomer(customerId, tier);

    m_orderIds.clear();
    for (const Order& o : m_orders) {
        std::int64_t id = m_nextOrderId++;
        m_orderIds.push_back(id);
        const Product& product = kProducts[o.product];
        setExternalId(m_rowExternalId, "O", id, 9);
        m_insertOrder.i64(id)
            .text(m_rowExternalId)
            .i64(customerId)
            .i64(o.ts)
            .f64(o.amount)
            .f64(o.cost)
            .i64(o.quantity)
            .text(kChannels[o.channel])
            .text(product.name)
            .text(kCategoryNames[product.category])
            .i64(o.isReturn ? 1 : 0)
            .insert();
        if (m_totals) {
            m_totals->rollup.add(customerId, o.ts, o.amount, o.isReturn);
            m_totals->activity.add(customerId, o.ts, o.amount, o.cost, o.isReturn);
        }
        ++m_summary.transactions;
        if (o.isReturn)
            ++m_summary.returns;
    }
    if (m_options.loyalty) {
        for (const PointsRow& r : points) {
            m_insertPoints.i64(m_nextPointsId++)
                .i64(customerId)
                .i64(m_orderIds[r.order])
                .i64(m_orders[r.order].ts)
                .i64(r.points)
                .text(r.kind)
                .insert();
            ++m_summary.loyaltyPoints;
        }
    }
    return tier;
}

void CustomerWriter::writeInteractions(std::int64_t customerId)
{
    const Tables& t = tables();
    const Profile& p = m_p;
    std::int64_t lastOrder = m_orders.empty() ? p.createdAt : m_orders.back().ts;
    std::int64_t until = std::min(m_cal.end, lastOrder + 45 * kDay);
    auto orders = static_cast<double>(std::min<std::size_t>(m_orders.size(), 60));
    std::int64_t n = m_rng.poisson(0.5 + 0.12 * orders);

    auto emit = [&](std::size_t which, std::int64_t ts) {
        const InteractionDef& d =
            which < std::size(kInteractions) ? kInteractions[which] : kAppFailure;
        int channel = d.channel;
        if (channel == kEmail && !p.consentEmail)
            channel = kApp; // a push message instead of an e-mail
        std::int64_t id = m_nextInteractionId++;
        setExternalId(m_rowExternalId, "I", id, 9);
        m_insertInteraction.i64(id)
            .text(m_rowExternalId)
            .i64(customerId)
            .i64(ts)
            .text(kChannels[channel])
            .text(d.touchpoint)
            .text(p.chinese ? d.zh : d.en)
            .insert();
        ++m_summary.interactions;
        int touchpoint = t.interactionTouchpoint[which];
        if (m_options.surveys) {
            // Every contact whose summary reads negative gets a case, as openCases decides.
            const loyalty::FeedbackTriage triage =
                loyalty::triageInteraction(p.chinese ? d.zh : d.en, d.touchpoint, m_caseRules);
            if (triage.opensCase)
                writeCase(customerId, 0, id, ts, ts + 5 * kMinute + m_caseRng.below(2 * kHour),
                          triage);
        }
        if (!m_options.surveys)
            return;
        if (touchpoint == kSupportChat || d.complaint) {
            if (m_rng.chance(kServiceRate)) {
                static constexpr double kAsk[] = {0.3, 1.0, 1.0};
                double l = latent(ts, touchpoint) - (d.complaint ? 0.8 : 0.0);
                std::int64_t when = ts + kHour + m_rng.below(6 * kHour);
                if (when <= m_cal.end)
                    writeResponse(customerId, m_ref.serviceSurvey, when, kChat, touchpoint, l,
                                  kTouchpointEffort[touchpoint], kAsk, false);
            }
        } else if (m_rng.chance(kContactPulseRate)) {
            // A one-question pulse after a campaign, app visit or store event.
            static constexpr double kAsk[] = {0.3, 1.0, 0.5};
            std::int64_t when = ts + 10 * kMinute + m_rng.below(2 * kHour);
            if (when <= m_cal.end)
                writeResponse(customerId, m_ref.pulseSurvey, when, channel, touchpoint,
                              latent(when, touchpoint), kTouchpointEffort[touchpoint], kAsk, false);
        }
    };

    for (std::int64_t i = 0; i < n; ++i) {
        std::int64_t ts = p.createdAt + m_rng.below(std::max<std::int64_t>(1, until - p.createdAt));
        emit(static_cast<std::size_t>(t.interaction(m_rng)), ts);
    }
    // The broken app release: failed payments in the dip quarter end up in chat.
    if (m_options.npsDip) {
        int failures = 0;
        for (const Order& o : m_orders) {
            if (failures < 2 && !o.isReturn && o.channel == kApp && m_cal.inDip(o.ts) &&
                m_rng.chance(0.05)) {
                std::int64_t ts = o.ts + 2 * kMinute + m_rng.below(8 * kMinute);
                if (ts <= m_cal.end) {
                    emit(std::size(kInteractions), ts);
                    ++failures;
                }
            }
        }
    }
}

double CustomerWriter::latent(std::int64_t ts, int touchpoint)
{
    const TouchpointDef& tp = kTouchpoints[touchpoint];
    double l = 0.75 * m_p.satisfaction + m_cal.trend(ts) + 0.2 * tp.emotion + 0.65 * m_rng.normal();
    if (m_cal.inDip(ts))
        l -= 0.2 + (tp.app ? 0.9 : 0.0);
    return l;
}

void CustomerWriter::writeResponses(std::int64_t customerId)
{
    const Tables& t = tables();
    const Profile& p = m_p;
    if (m_orders.empty())
        return;

    // Welcome survey after the first order, about how they found us.
    if (m_rng.chance(kWelcomeRate)) {
        static constexpr double kAsk[] = {0.5, 1.0, 0.8};
        int tp = kWelcomeTouchpoints[t.welcomeTouchpoint(m_rng)];
        std::int64_t ts = m_orders.front().ts + kHour + m_rng.below(3 * kDay);
        if (ts <= m_cal.end)
            writeResponse(customerId, m_ref.welcomeSurvey, ts, p.channel == kApp ? kApp : kEmail,
                          tp, latent(ts, tp), kTouchpointEffort[tp], kAsk, false);
    }

    // Post-purchase pulse at the touchpoint of the order's channel.
    for (const Order& o : m_orders) {
        if (o.isReturn || !m_rng.chance(kPulseRate))
            continue;
        static constexpr double kAsk[] = {0.65, 0.95, 0.6};
        int tp;
        int channel;
        if (o.channel == kApp) {
            tp = kAppTouchpoints[t.appTouchpoint(m_rng)];
            channel = kApp;
        } else if (o.channel == kWeb) {
            tp = kWebTouchpoints[t.webTouchpoint(m_rng)];
            channel = kEmail;
        } else {
            tp = kStoreTouchpoints[t.storeTouchpoint(m_rng)];
            channel = kWeb; // QR code on the receipt
        }
        std::int64_t ts =
            o.ts + 10 * kMinute + static_cast<std::int64_t>(m_rng.exponential(1.0 / (5.0 * kHour)));
        if (ts <= m_cal.end)
            writeResponse(customerId, m_ref.pulseSurvey, ts, channel, tp, latent(ts, tp),
                          kTouchpointEffort[tp], kAsk, false);
    }

    // Quarterly relationship survey (10 March, June, September, December) to customers who
    // bought in the four months before the wave.
    date::Civil c = date::civilFromDays(date::epochDay(m_cal.start));
    int year = c.year;
    int month = ((c.month - 1) / 3) * 3 + 3;
    std::size_t next = 0;
    for (;; month += 3) {
        if (month > 12) {
            month -= 12;
            ++year;
        }
        std::int64_t wave = date::toEpoch(year, month, 10, 2); // 10:00 in China
        if (wave > m_cal.end)
            break;
        if (wave < p.createdAt + 30 * kDay)
            continue;
        while (next < m_orders.size() && m_orders[next].ts <= wave)
            ++next;
        bool active = next > 0 && m_orders[next - 1].ts >= wave - 120 * kDay;
        if (!active || !m_rng.chance(kWaveRate))
            continue;
        std::int64_t ts = wave + m_rng.below(10 * kDay);
        if (ts > m_cal.end)
            continue;
        static constexpr double kAsk[] = {1.0, 0.7, 0.4};
        double u = 0.75 * p.satisfaction + m_cal.trend(ts) + 0.4 * m_rng.normal() -
                   (m_cal.inDip(ts) ? 0.25 : 0.0);
        writeResponse(customerId, m_ref.relationshipSurvey, ts, m_rng.chance(0.6) ? kEmail : kApp,
                      kReferFriend, u, 0.0, kAsk, true);
    }
}

void CustomerWriter::writeResponse(std::int64_t customerId, std::int64_t surveyId, std::int64_t ts,
                                   int channel, int touchpoint, double latent, double effort,
                                   const double* ask, bool fullRatings)
{
    const Profile& p = m_p;
    struct Rating
    {
        int attribute;
        double importance, performance, expectation;
        bool hasPerformance;
    };
    Rating ratings[kAttributeCount];
    int ratingCount = 0;

    auto rate = [&](int a, double impression, double ownNoise) {
        const AttributeDef& d = kAttributes[a];
        double imp = d.importance, perf = d.performance, exp = d.expectation;
        // Segments see the company differently.
        if (p.income >= 3) {
            if (a == kBrandPride)
                imp += 0.9, perf += 0.6;
            if (a == kEmotionalConnection)
                perf += 0.3;
            if (a == kPriceFairness)
                imp -= 0.8, perf += 0.3;
        } else if (p.income <= 1) {
            if (a == kPriceFairness)
                imp += 0.7, perf -= 0.6;
            if (a == kBrandPride)
                imp -= 0.5;
        }
        if (p.age < 30) {
            if (a == kAppExperience)
                imp += 1.0, perf -= 0.5, exp += 0.6;
            if (a == kCommunity)
                imp += 0.6;
        } else if (p.age >= 50) {
            if (a == kAppExperience)
                imp -= 0.9, perf -= 0.6;
            if (a == kStaffFriendliness || a == kPersonalRecognition)
                imp += 0.6;
        }
        if (p.place->tier1) {
            if (a == kServiceSpeed)
                imp += 0.5;
            if (a == kStoreConvenience)
                perf += 0.4;
        }
        if (m_orders.size() >= 30) {
            if (a == kEmotionalConnection || a == kPersonalRecognition)
                perf += 0.6;
            if (a == kMemberBenefits)
                perf += 0.4;
        }
        if (a == kAppExperience && m_cal.inDip(ts))
            perf -= 1.2;
        double impNoise = 0.8 * m_rng.normal();
        Rating& r = ratings[ratingCount++];
        r.attribute = a;
        r.importance = roundClamp(imp + impNoise, 1, 7);
        r.performance = roundClamp(perf + 0.55 * impression + ownNoise, 1, 7);
        r.expectation = roundClamp(exp + 0.5 * impNoise + 0.7 * m_rng.normal(), 1, 7);
        r.hasPerformance = !m_rng.chance(0.03);
    };

    double l = latent;
    if (fullRatings) {
        // latent is the overall impression; each attribute adds its own, and NPS follows the
        // attributes with the driver weights, so key-driver analysis has something to find.
        double drivers = 0.0;
        for (int a = 0; a < kAttributeCount; ++a) {
            double own = 0.75 * m_rng.normal();
            rate(a, latent, own);
            drivers += kAttributes[a].driver * own;
        }
        l = latent + 0.7 * drivers + 0.45 * m_rng.normal();
    } else if (m_rng.chance(0.5)) {
        for (int a : kTouchpointAttributes[touchpoint])
            if (a >= 0)
                rate(a, latent, 0.6 * m_rng.normal());
    }

    Scores s;
    if (m_rng.chance(ask[0]))
        s.nps = roundClamp(7.7 + 2.0 * l, 0, 10);
    if (m_rng.chance(ask[1]))
        s.csat = roundClamp(3.85 + 1.0 * (l + 0.45 * m_rng.normal()), 1, 5);
    if (m_rng.chance(ask[2]))
        s.ces = roundClamp(4.9 + 1.2 * (0.8 * l + effort + 0.5 * m_rng.normal()), 1, 7);
    if (s.nps < 0 && s.csat < 0 && s.ces < 0)
        s.csat = roundClamp(3.85 + 1.0 * (l + 0.45 * m_rng.normal()), 1, 5);

    bool negative = s.nps >= 0 ? s.nps <= 6 : (s.csat >= 0 ? s.csat <= 2 : s.ces <= 2);
    bool positive = s.nps >= 0 ? s.nps >= 9 : (s.csat >= 0 ? s.csat >= 4 : s.ces >= 6);
    int sentiment = negative ? -1 : (positive ? 1 : 0);

    int topic = kTouchpoints[touchpoint].topic;
    if (fullRatings) {
        // The comment is about the attribute furthest from (or above) expectations.
        double best = -100.0;
        for (int i = 0; i < ratingCount; ++i) {
            double gap = ratings[i].performance - ratings[i].expectation;
            double score = negative ? -gap : gap;
            score += 0.3 * m_rng.uniform();
            if (score > best) {
                best = score;
                topic = kAttributeTopic[ratings[i].attribute];
            }
        }
    } else if (kTouchpoints[touchpoint].app && m_cal.inDip(ts) && negative) {
        topic = kAppTopic;
    }
    const char* text = m_rng.chance(negative ? 0.45 : 0.22) ? comment(topic, sentiment) : nullptr;

    std::int64_t id = m_nextResponseId++;
    setExternalId(m_rowExternalId, "R", id, 8);
    m_insertResponse.i64(id)
        .text(m_rowExternalId)
        .i64(surveyId)
        .i64(customerId)
        .i64(ts)
        .text(kChannels[channel])
        .text(kTouchpoints[touchpoint].code);
    s.nps >= 0 ? m_insertResponse.i64(s.nps) : m_insertResponse.null();
    s.csat >= 0 ? m_insertResponse.i64(s.csat) : m_insertResponse.null();
    s.ces >= 0 ? m_insertResponse.i64(s.ces) : m_insertResponse.null();
    m_insertResponse.optText(text).insert();
    ++m_summary.responses;

    for (int i = 0; i < ratingCount; ++i) {
        const Rating& r = ratings[i];
        m_insertRating.i64(id)
            .i64(m_ref.attributeIds[static_cast<std::size_t>(r.attribute)])
            .f64(r.importance);
        r.hasPerformance ? m_insertRating.f64(r.performance) : m_insertRating.null();
        m_insertRating.f64(r.expectation).insert();
        ++m_summary.attributeRatings;
    }

    // Every detractor and negative answer gets a case, decided, categorised and scored the
    // way openCases does it (lexicon sentiment, keyword rules, "NPS 3 at pickup (store)").
    auto score = [](int v) { return v >= 0 ? std::optional<int>(v) : std::nullopt; };
    const loyalty::FeedbackTriage triage = loyalty::triageResponse(
        score(s.nps), score(s.csat), score(s.ces), text ? std::string_view(text) : "",
        kTouchpoints[touchpoint].code, kChannels[channel], m_caseRules);
    if (triage.opensCase)
        writeCase(customerId, id, 0, ts, ts + kMinute + m_caseRng.below(10 * kMinute), triage);
}

const char* CustomerWriter::comment(int topic, int sentiment)
{
    const CommentSet& set = kComments[topic];
    bool zh = m_p.chinese;
    auto i = static_cast<std::size_t>(m_rng.below(2));
    if (sentiment == 0) {
        if (m_rng.chance(0.5))
            return zh ? pickText(m_rng, kNeutralZh) : pickText(m_rng, kNeutralEn);
        sentiment = 1;
    }
    if (sentiment > 0)
        return zh ? set.positiveZh[i] : set.positiveEn[i];
    return zh ? set.negativeZh[i] : set.negativeEn[i];
}

// A closed-loop case: opened right after the answer (or complaint), due 48 hours later,
// then assigned, resolved and the customer informed, each step after a random delay. The
// case is in the last state reached by the end of the window.
void CustomerWriter::writeCase(std::int64_t customerId, std::int64_t responseId,
                               std::int64_t interactionId, std::int64_t feedbackAt,
                               std::int64_t openedAt, const loyalty::FeedbackTriage& triage)
{
    // Feedback of the last minutes, which nobody has picked up by the end of the window, gets
    // the case openCases would open: new, opened at the feedback's own time, no owner or
    // external id. It draws nothing from the case stream.
    const bool pickedUp = openedAt <= m_cal.end;
    std::int64_t assigned = -1, resolved = -1, informed = -1;
    const char* owner = nullptr;
    if (pickedUp) {
        assigned = openedAt + 10 * kMinute +
                   static_cast<std::int64_t>(m_caseRng.exponential(1.0 / (5.0 * kHour)));
        resolved = assigned + kHour +
                   static_cast<std::int64_t>(m_caseRng.exponential(1.0 / (30.0 * kHour)));
        informed = resolved + 10 * kMinute +
                   static_cast<std::int64_t>(m_caseRng.exponential(1.0 / (10.0 * kHour)));
        // Some cases stall at one step, recent ones far more often: the open queue a manager
        // sees at the end of the window.
        double ageDays = static_cast<double>(m_cal.end - openedAt) / static_cast<double>(kDay);
        if (m_caseRng.chance(0.04 + 0.5 * std::exp(-ageDays / 21.0))) {
            std::int64_t stuckAt = m_caseRng.below(3);
            if (stuckAt == 0)
                assigned = -1;
            if (stuckAt <= 1)
                resolved = -1;
            informed = -1;
        }
        owner = pickText(m_caseRng, kCaseOwners);
    } else {
        openedAt = feedbackAt;
    }
    auto reached = [&](std::int64_t ts) { return ts >= 0 && ts <= m_cal.end; };
    const char* status = "new";
    if (reached(assigned))
        status = "assigned";
    if (reached(assigned) && reached(resolved))
        status = "resolved";
    if (reached(assigned) && reached(resolved) && reached(informed))
        status = "informed";

    std::int64_t id = m_nextCaseId++;
    m_insertCase.i64(id).i64(customerId);
    responseId > 0 ? m_insertCase.i64(responseId) : m_insertCase.null();
    interactionId > 0 ? m_insertCase.i64(interactionId) : m_insertCase.null();
    if (pickedUp) {
        setExternalId(m_rowExternalId, "FB", id, 7);
        m_insertCase.text(m_rowExternalId);
    } else {
        m_insertCase.null();
    }
    m_insertCase.text(triage.category);
    triage.sentiment ? m_insertCase.f64(*triage.sentiment) : m_insertCase.null();
    m_insertCase.text(status);
    reached(assigned) ? m_insertCase.text(owner) : m_insertCase.null();
    m_insertCase.text(triage.summary)
        .i64(openedAt)
        .i64(openedAt + loyalty::CaseSettings{}.slaHours * kHour);
    reached(assigned) ? m_insertCase.i64(assigned) : m_insertCase.null();
    reached(assigned) && reached(resolved) ? m_insertCase.i64(resolved) : m_insertCase.null();
    reached(assigned) && reached(resolved) && reached(informed) ? m_insertCase.i64(informed)
                                                                : m_insertCase.null();
    // Value at risk comes from the customer's CLV (current_predictions) once a CLV run
    // exists; the demo has none, so it stores nothing rather than a made-up number.
    m_insertCase.null().insert();
    ++m_summary.feedbackCases;
}

} // namespace vd::demo
