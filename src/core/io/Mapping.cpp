#include "valuedesk/io/Mapping.h"

#include "valuedesk/Error.h"
#include "valuedesk/io/CsvReader.h"
#include "valuedesk/io/Encoding.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace vd::io {

namespace {

using FT = FieldType;

bool startsWith(std::string_view s, std::string_view p)
{
    return s.substr(0, p.size()) == p;
}

FieldSpec field(std::string name, FT type, bool required, std::string label,
                std::vector<std::string> synonyms, double min = 0, double max = 0)
{
    FieldSpec f{std::move(name), type, required, std::move(label), {}, min, max};
    // The field's own name always matches first.
    f.synonyms.push_back(normalizeHeader(f.name));
    for (const auto& s : synonyms) {
        std::string n = normalizeHeader(s);
        if (std::find(f.synonyms.begin(), f.synonyms.end(), n) == f.synonyms.end())
            f.synonyms.push_back(n);
    }
    return f;
}

const std::vector<std::string> kCustomerRef = {"customer_external_id",
                                               "customer",
                                               "customer_id",
                                               "customer no",
                                               "customer number",
                                               "customer code",
                                               "client id",
                                               "member id",
                                               "member no",
                                               "客户编号",
                                               "客户ID",
                                               "客户号",
                                               "客户代码",
                                               "客户编码",
                                               "会员编号",
                                               "会员号",
                                               "会员ID",
                                               "会员卡号",
                                               "客户",
                                               "客戶編號",
                                               "客戶ID",
                                               "會員編號",
                                               "會員號"};

const std::vector<std::string> kDate = {"timestamp", "datetime", "date",     "date time",
                                        "日期时间",  "日期",     "時間日期", "time",
                                        "时间",      "時間",     "日期時間"};

FieldSpec tsField(std::vector<std::string> specific, bool required = true)
{
    specific.insert(specific.end(), kDate.begin(), kDate.end());
    return field("ts", FT::Date, required, "date and time", specific);
}

FieldSpec timeField()
{
    return field("ts_time", FT::TimeOfDay, false, "time of day, when separate from the date",
                 {"time", "时间", "時間", "时刻", "time of day"});
}

std::vector<FieldSpec> customers()
{
    return {
        field("external_id", FT::Text, true, "customer id in your system",
              {"customer_external_id",
               "customer_id",
               "customer no",
               "customer number",
               "customer code",
               "client id",
               "member id",
               "member no",
               "id",
               "code",
               "客户编号",
               "客户ID",
               "客户代码",
               "客户号",
               "客户编码",
               "会员编号",
               "会员号",
               "会员ID",
               "会员卡号",
               "编号",
               "客戶編號",
               "客戶ID",
               "會員編號",
               "會員號",
               "顧客編號"}),
        field("name", FT::Text, false, "name",
              {"customer name", "full name", "client name", "姓名", "客户名称", "客户姓名", "名称",
               "客户名", "会员名称", "会员姓名", "名字", "客戶名稱", "會員姓名"}),
        field("email", FT::Text, false, "e-mail address",
              {"e-mail", "email address", "mail", "邮箱", "电子邮件", "电子邮箱", "邮件地址",
               "郵箱", "電子郵件"}),
        field("phone", FT::Text, false, "phone number",
              {"phone number", "mobile", "tel", "telephone", "cell", "电话", "手机", "手机号",
               "手机号码", "联系电话", "電話", "手機"}),
        field("company", FT::Text, false, "company",
              {"company name", "organisation", "organization", "employer", "公司", "单位",
               "工作单位", "公司名称", "公司名稱"}),
        field("country", FT::Text, false, "country", {"国家", "國家"}),
        field("region", FT::Text, false, "region, province or state",
              {"state", "province", "省份", "省", "地区", "区域", "地區", "區域"}),
        field("city", FT::Text, false, "city", {"town", "城市", "市", "所在城市"}),
        field("birth_year", FT::Integer, false, "year of birth",
              {"year of birth", "born", "出生年份", "出生年"}, 1880, 2100),
        field("gender", FT::Text, false, "gender", {"sex", "性别", "性別"}),
        field("income_band", FT::Text, false, "income band",
              {"income", "income level", "收入", "收入水平", "月收入", "收入段"}),
        field("education", FT::Text, false, "education", {"学历", "教育程度", "學歷"}),
        field("lifestyle", FT::Text, false, "lifestyle", {"生活方式"}),
        field("values_tags", FT::Text, false, "values (tags)", {"values", "价值观", "價值觀"}),
        field("channel", FT::Text, false, "preferred or acquisition channel",
              {"preferred channel", "acquisition channel", "渠道", "首选渠道", "来源渠道",
               "獲客渠道", "获客渠道"}),
        field("usage_frequency", FT::Text, false, "usage frequency",
              {"frequency", "使用频率", "频率", "使用頻率"}),
        field("loyalty_tier", FT::Text, false, "loyalty programme tier",
              {"tier", "membership level", "member level", "level", "会员等级", "等级", "会员级别",
               "會員等級"}),
        field("consent_email", FT::Boolean, false, "consents to e-mail",
              {"email consent", "email opt-in", "邮件许可", "同意邮件", "邮件营销许可"}),
        field("consent_sms", FT::Boolean, false, "consents to text messages",
              {"sms consent", "sms opt-in", "短信许可", "同意短信"}),
        field("consent_phone", FT::Boolean, false, "consents to calls",
              {"phone consent", "电话许可", "同意电话"}),
        field("created_at", FT::Date, false, "customer since",
              {"created", "signup date", "sign-up date", "registration date", "join date", "joined",
               "customer since", "since", "注册日期", "注册时间", "创建时间", "入会日期",
               "开户日期", "註冊日期"}),
    };
}

std::vector<FieldSpec> transactions()
{
    return {
        field("external_id", FT::Text, false, "order or transaction id",
              {"transaction_id", "order_id", "order no", "order number", "invoice", "invoice no",
               "receipt no", "订单号", "订单编号", "交易号", "交易编号", "流水号", "单号", "訂單號",
               "訂單編號"}),
        field("customer", FT::Reference, true, "customer id (external)", kCustomerRef),
        tsField({"order date", "order datetime", "transaction date", "purchase date", "订单日期",
                 "下单时间", "下单日期", "交易时间", "交易日期", "购买日期", "购买时间", "訂單日期",
                 "交易日期"}),
        timeField(),
        field("amount", FT::Money, true, "amount paid (negative only for returns)",
              {"total", "value", "sales", "revenue", "price", "order total", "order value",
               "total amount", "金额", "订单金额", "消费金额", "实付金额", "交易金额", "支付金额",
               "总金额", "销售额", "金額", "訂單金額"}),
        field("cost", FT::Money, false, "cost of goods", {"cogs", "成本"}),
        field("margin", FT::Money, false, "margin (cost = amount - margin)",
              {"profit", "gross margin", "gross profit", "毛利", "利润", "毛利額", "利潤"}),
        field("quantity", FT::Integer, false, "quantity",
              {"qty", "items", "units", "数量", "件数", "數量"}),
        field("channel", FT::Text, false, "sales channel",
              {"sales channel", "渠道", "销售渠道", "通路"}),
        field("product", FT::Text, false, "product",
              {"product name", "item", "sku", "产品", "商品", "商品名称", "产品名称", "品名",
               "產品"}),
        field("category", FT::Text, false, "product category",
              {"product category", "品类", "类别", "分类", "商品类别", "類別"}),
        field("is_return", FT::Boolean, false, "return (yes/no, or sale/return)",
              {"return", "returned", "refund", "type", "transaction type", "退货", "是否退货",
               "类型", "交易类型", "退貨"}),
    };
}

std::vector<FieldSpec> interactions()
{
    return {
        field("external_id", FT::Text, false, "interaction id",
              {"interaction_id", "contact id", "ticket id", "记录编号", "互动编号", "编号"}),
        field("customer", FT::Reference, true, "customer id (external)", kCustomerRef),
        tsField({"contact date", "联系时间", "互动时间", "接触时间"}),
        timeField(),
        field("channel", FT::Choice, true, "store, web, app, phone, email, chat or social",
              {"medium", "渠道", "方式", "联系方式", "接触渠道"}),
        field("touchpoint", FT::Text, false, "journey touchpoint",
              {"touch point", "触点", "接触点", "觸點"}),
        field("summary", FT::Text, false, "summary",
              {"notes", "note", "description", "subject", "摘要", "内容", "备注", "描述", "说明",
               "內容"}),
    };
}

std::vector<FieldSpec> responses()
{
    return {
        field("external_id", FT::Text, false, "response id",
              {"response_id", "survey response id", "answer id", "回答编号", "问卷编号", "答卷编号",
               "编号"}),
        field("customer", FT::Reference, false, "customer id (external)", kCustomerRef),
        field("survey", FT::Text, false, "survey name",
              {"survey name", "questionnaire", "问卷", "调查", "问卷名称", "問卷"}),
        tsField({"response date", "submitted", "submitted at", "填写时间", "提交时间", "回答时间",
                 "填寫時間"}),
        timeField(),
        field("channel", FT::Text, false, "channel", {"渠道", "通路"}),
        field("touchpoint", FT::Text, false, "journey touchpoint",
              {"touch point", "触点", "接触点", "觸點"}),
        field("nps", FT::Score, false, "likelihood to recommend, 0-10",
              {"recommend", "likelihood to recommend", "recommend score", "nps score", "推荐意愿",
               "推荐度", "推荐分", "推荐", "净推荐值", "推薦意願", "推薦"},
              0, 10),
        field("csat", FT::Score, false, "satisfaction, 1-5",
              {"satisfaction", "satisfaction score", "csat score", "满意度", "总体满意度", "满意",
               "滿意度"},
              1, 5),
        field("ces", FT::Score, false, "customer effort, 1-7",
              {"effort", "customer effort", "effort score", "ces score", "费力度", "费力程度",
               "费力", "省力度", "費力度"},
              1, 7),
        field("comment", FT::Text, false, "comment",
              {"comments", "feedback", "verbatim", "remarks", "评论", "意见", "留言", "反馈",
               "评价", "建议", "備註", "意見"}),
    };
}

std::vector<FieldSpec> kano()
{
    return {
        field("respondent", FT::Text, false, "respondent id",
              {"respondent_id", "external_id", "response_id", "id", "受访者", "受访者编号",
               "答卷编号", "问卷编号", "编号", "受訪者"}),
        field("customer", FT::Reference, false, "customer id (external)", kCustomerRef),
        tsField({"submitted", "填写时间", "提交时间"}, false),
    };
}

std::vector<FieldSpec> cases()
{
    return {
        field("external_id", FT::Text, false, "case id",
              {"case_id", "ticket id", "ticket", "工单号", "工单编号", "案例编号", "编号"}),
        field("customer", FT::Reference, false, "customer id (external)", kCustomerRef),
        field("response", FT::Reference, false, "response id (external)",
              {"response_external_id", "response_id", "回答编号", "问卷编号"}),
        field("interaction", FT::Reference, false, "interaction id (external)",
              {"interaction_external_id", "interaction_id", "互动编号"}),
        field("category", FT::Text, false, "category",
              {"type", "类别", "分类", "问题类别", "問題類別"}),
        field("sentiment", FT::Rating, false, "sentiment, -1 to 1", {"情感", "情绪"}, -1, 1),
        field("status", FT::Choice, false, "new, assigned, resolved or informed",
              {"state", "状态", "处理状态", "處理狀態", "狀態"}),
        field("owner", FT::Text, false, "owner",
              {"assignee", "assigned to", "负责人", "处理人", "跟进人", "負責人"}),
        field("summary", FT::Text, false, "summary",
              {"description", "subject", "issue", "摘要", "描述", "问题描述", "内容"}),
        field("opened_at", FT::Date, true, "opened",
              {"opened", "created", "created_at", "open date", "date", "创建时间", "开始时间",
               "日期", "提交时间", "受理时间", "建立時間"}),
        field("due_at", FT::Date, false, "due",
              {"due", "due date", "deadline", "sla", "截止时间", "到期时间", "期限"}),
        field("assigned_at", FT::Date, false, "assigned", {"assigned", "分配时间"}),
        field("resolved_at", FT::Date, false, "resolved",
              {"resolved", "closed", "closed_at", "解决时间", "关闭时间"}),
        field("informed_at", FT::Date, false, "customer informed",
              {"informed", "告知时间", "回访时间"}),
        field("value_at_risk", FT::Money, false, "value at risk", {"风险价值"}),
    };
}

struct Suffix
{
    const char* word; // normalised
    const char* part;
};

// Suffixes of column families, matched as the last word of a header.
const Suffix kRatingSuffixes[] = {
    {"importance", "importance"},   {"imp", "importance"},         {"重要性", "importance"},
    {"重要度", "importance"},       {"重要程度", "importance"},    {"performance", "performance"},
    {"perf", "performance"},        {"experience", "performance"}, {"表现", "performance"},
    {"体验", "performance"},        {"感知", "performance"},       {"實際", "performance"},
    {"实际", "performance"},        {"表現", "performance"},       {"體驗", "performance"},
    {"expectation", "expectation"}, {"expected", "expectation"},   {"期望", "expectation"},
    {"预期", "expectation"},        {"預期", "expectation"},
};
const Suffix kKanoSuffixes[] = {
    {"functional", "functional"},
    {"func", "functional"},
    {"positive", "functional"},
    {"功能", "functional"},
    {"正向", "functional"},
    {"正向问题", "functional"},
    {"具备", "functional"},
    {"具備", "functional"},
    {"dysfunctional", "dysfunctional"},
    {"dysfunc", "dysfunctional"},
    {"negative", "dysfunctional"},
    {"反向", "dysfunctional"},
    {"反向问题", "dysfunctional"},
    {"负向", "dysfunctional"},
    {"不具备", "dysfunctional"},
    {"不具備", "dysfunctional"},
    {"負向", "dysfunctional"},
    {"importance", "importance"},
    {"imp", "importance"},
    {"重要性", "importance"},
    {"重要度", "importance"},
    {"重要程度", "importance"},
};

std::string trimmed(std::string_view s)
{
    return std::string(trim(s));
}

} // namespace

const char* kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return "customers";
    case ImportKind::Transactions:
        return "transactions";
    case ImportKind::Interactions:
        return "interactions";
    case ImportKind::Responses:
        return "responses";
    case ImportKind::Kano:
        return "kano";
    case ImportKind::Cases:
        return "cases";
    }
    return "customers";
}

ImportKind parseKind(std::string_view name)
{
    for (ImportKind k : allKinds())
        if (name == kindName(k))
            return k;
    if (name == "orders")
        return ImportKind::Transactions;
    if (name == "survey" || name == "surveys")
        return ImportKind::Responses;
    throw InputError("unknown import kind \"" + std::string(name) +
                     "\"; use customers, transactions, interactions, responses, kano or cases");
}

const std::vector<ImportKind>& allKinds()
{
    static const std::vector<ImportKind> kinds = {
        ImportKind::Customers, ImportKind::Transactions, ImportKind::Interactions,
        ImportKind::Responses, ImportKind::Kano,         ImportKind::Cases};
    return kinds;
}

const std::vector<FieldSpec>& fieldsFor(ImportKind kind)
{
    static const std::vector<FieldSpec> c = customers(), t = transactions(), i = interactions(),
                                        r = responses(), k = kano(), f = cases();
    switch (kind) {
    case ImportKind::Customers:
        return c;
    case ImportKind::Transactions:
        return t;
    case ImportKind::Interactions:
        return i;
    case ImportKind::Responses:
        return r;
    case ImportKind::Kano:
        return k;
    case ImportKind::Cases:
        return f;
    }
    return c;
}

const FieldSpec* findField(ImportKind kind, std::string_view name)
{
    for (const FieldSpec& f : fieldsFor(kind))
        if (f.name == name)
            return &f;
    return nullptr;
}

std::string normalizeHeader(std::string_view header)
{
    std::string_view h = trim(header);
    if (h.substr(0, 3) == "\xEF\xBB\xBF")
        h.remove_prefix(3);
    std::string out;
    int depth = 0;
    for (std::size_t i = 0; i < h.size();) {
        std::string_view rest = h.substr(i);
        auto c = static_cast<unsigned char>(rest[0]);
        if (rest[0] == '(' || rest[0] == '[') {
            ++depth;
            ++i;
            continue;
        }
        if (rest[0] == ')' || rest[0] == ']') {
            depth = std::max(0, depth - 1);
            ++i;
            continue;
        }
        if (startsWith(rest, "（") || startsWith(rest, "【")) {
            ++depth;
            i += 3;
            continue;
        }
        if (startsWith(rest, "）") || startsWith(rest, "】")) {
            depth = std::max(0, depth - 1);
            i += 3;
            continue;
        }
        if (c < 0x80) {
            if (depth == 0 && std::isalnum(c))
                out += static_cast<char>(std::tolower(c));
            ++i;
            continue;
        }
        // Multi-byte character: drop ideographic space, full-width colon and middle dot.
        std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        std::string_view ch = rest.substr(0, len);
        if (depth == 0 && ch != "\xE3\x80\x80" && ch != "：" && ch != "·" && ch != "、" &&
            ch != "\xC2\xA0")
            out.append(ch);
        i += len;
    }
    return out;
}

PatternTarget parsePatternTarget(std::string_view target)
{
    PatternTarget p;
    PatternTarget::Family family;
    if (startsWith(target, "rating:"))
        family = PatternTarget::Family::Rating;
    else if (startsWith(target, "kano:"))
        family = PatternTarget::Family::Kano;
    else
        return p;
    std::string_view rest = target.substr(target.find(':') + 1);
    std::size_t colon = rest.rfind(':');
    if (colon == std::string_view::npos || colon == 0)
        return p;
    std::string subject(trim(rest.substr(0, colon)));
    std::string part(rest.substr(colon + 1));
    static const std::set<std::string> ratingParts = {"importance", "performance", "expectation"};
    static const std::set<std::string> kanoParts = {"functional", "dysfunctional", "importance"};
    const auto& parts = family == PatternTarget::Family::Rating ? ratingParts : kanoParts;
    if (subject.empty() || !parts.count(part))
        return p;
    p.family = family;
    p.subject = std::move(subject);
    p.part = std::move(part);
    return p;
}

std::string patternTarget(PatternTarget::Family family, std::string_view subject,
                          std::string_view part)
{
    std::string prefix = family == PatternTarget::Family::Rating ? "rating:" : "kano:";
    return prefix + std::string(subject) + ":" + std::string(part);
}

std::optional<PatternTarget> matchPatternHeader(ImportKind kind, std::string_view header)
{
    if (kind != ImportKind::Responses && kind != ImportKind::Kano)
        return std::nullopt;
    std::string h = trimmed(header);
    // "price (importance)" / "价格（重要性）": the part in brackets.
    std::string subject, word;
    auto closeAt = [&](std::string_view close, std::string_view open) {
        if (h.size() > close.size() &&
            h.compare(h.size() - close.size(), close.size(), close) == 0) {
            std::size_t o = h.rfind(open);
            if (o != std::string::npos && o > 0) {
                subject = trimmed(std::string_view(h).substr(0, o));
                word = h.substr(o + open.size(), h.size() - close.size() - o - open.size());
                return true;
            }
        }
        return false;
    };
    if (!closeAt(")", "(") && !closeAt("）", "（")) {
        // Last separator: _ - . space or a full-width underscore / dash.
        std::size_t best = std::string::npos, sepLen = 1;
        for (std::size_t i = 0; i < h.size(); ++i) {
            char c = h[i];
            if (c == '_' || c == '-' || c == '.' || c == ' ' || c == '/' || c == ':') {
                best = i;
                sepLen = 1;
            } else if (startsWith(std::string_view(h).substr(i), "＿") ||
                       startsWith(std::string_view(h).substr(i), "－") ||
                       startsWith(std::string_view(h).substr(i), "：")) {
                best = i;
                sepLen = 3;
            }
        }
        if (best == std::string::npos || best == 0)
            return std::nullopt;
        subject = trimmed(std::string_view(h).substr(0, best));
        word = h.substr(best + sepLen);
    }
    std::string w = normalizeHeader(word);
    if (w.empty() || subject.empty())
        return std::nullopt;
    auto search = [&](const auto& table,
                      PatternTarget::Family family) -> std::optional<PatternTarget> {
        for (const Suffix& s : table)
            if (w == s.word)
                return PatternTarget{family, subject, s.part};
        return std::nullopt;
    };
    if (kind == ImportKind::Kano)
        return search(kKanoSuffixes, PatternTarget::Family::Kano);
    return search(kRatingSuffixes, PatternTarget::Family::Rating);
}

// ---------------------------------------------------------------- Mapping

std::string Mapping::targetOf(std::string_view column) const
{
    for (const auto& c : columns)
        if (c.column == column)
            return c.target;
    return {};
}

std::string Mapping::columnFor(std::string_view target) const
{
    for (const auto& c : columns)
        if (c.target == target)
            return c.column;
    return {};
}

void Mapping::set(const std::string& column, const std::string& target)
{
    for (auto& c : columns)
        if (c.column == column) {
            c.target = target;
            return;
        }
    columns.push_back({column, target});
}

std::vector<std::string> Mapping::missingRequired() const
{
    std::vector<std::string> out;
    for (const FieldSpec& f : fieldsFor(kind))
        if (f.required && columnFor(f.name).empty())
            out.push_back(f.name);
    return out;
}

void Mapping::validate(const std::string& source) const
{
    std::map<std::string, std::string> used;
    for (const auto& c : columns) {
        if (c.target.empty())
            continue;
        PatternTarget p = parsePatternTarget(c.target);
        bool ok = findField(kind, c.target) != nullptr ||
                  (p.family == PatternTarget::Family::Rating && kind == ImportKind::Responses) ||
                  (p.family == PatternTarget::Family::Kano && kind == ImportKind::Kano);
        if (!ok) {
            std::string names;
            for (const FieldSpec& f : fieldsFor(kind))
                names += (names.empty() ? "" : ", ") + f.name;
            if (kind == ImportKind::Responses)
                names += ", rating:<attribute>:importance|performance|expectation";
            if (kind == ImportKind::Kano)
                names += ", kano:<feature>:functional|dysfunctional|importance";
            throw InputError(source, 0, 0,
                             "column \"" + c.column + "\" maps to \"" + c.target +
                                 "\", which is not a field of " + kindName(kind) +
                                 " (fields: " + names + ")");
        }
        auto [it, inserted] = used.emplace(c.target, c.column);
        if (!inserted)
            throw InputError(source, 0, 0,
                             "columns \"" + it->second + "\" and \"" + c.column +
                                 "\" both map to " + c.target + "; map only one");
    }
}

std::string Mapping::toJson() const
{
    nlohmann::ordered_json j;
    j["kind"] = kindName(kind);
    nlohmann::ordered_json cols = nlohmann::ordered_json::object();
    for (const auto& c : columns)
        cols[c.column] =
            c.target.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.target);
    j["columns"] = cols;
    if (!encoding.empty())
        j["encoding"] = encoding;
    if (delimiter)
        j["delimiter"] = delimiterName(delimiter);
    if (dateOrder != DateOrder::Unknown)
        j["date_order"] = dateOrderName(dateOrder);
    if (decimal != DecimalMark::Unknown)
        j["decimal"] = decimalMarkName(decimal);
    return j.dump(2) + "\n";
}

Mapping Mapping::fromJson(std::string_view text, const std::string& source)
{
    nlohmann::ordered_json j;
    try {
        j = nlohmann::ordered_json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is the 1-based offset of the error: turn it into line and column.
        std::int64_t line = 1, col = 1;
        for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
            if (text[i] == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        std::string what = e.what();
        std::size_t at = what.find("; last read");
        throw InputError(source, line, col,
                         "not valid JSON (" +
                             (at == std::string::npos ? what : what.substr(0, at)) + ")");
    }
    Mapping m;
    try {
        if (!j.is_object() || !j.contains("kind") || !j.contains("columns") ||
            !j["columns"].is_object())
            throw InputError(source, 0, 0,
                             "a mapping file needs \"kind\" and a \"columns\" object of "
                             "\"header\": \"field\" pairs");
        m.kind = parseKind(j["kind"].get<std::string>());
        for (auto& [column, target] : j["columns"].items()) {
            if (!target.is_null() && !target.is_string())
                throw InputError(source, 0, 0,
                                 "the target of column \"" + column +
                                     "\" must be a field name or null");
            m.columns.push_back({column, target.is_null() ? "" : target.get<std::string>()});
        }
        if (j.contains("encoding") && !j["encoding"].is_null())
            m.encoding = normalizeEncodingName(j["encoding"].get<std::string>());
        if (j.contains("delimiter") && !j["delimiter"].is_null())
            m.delimiter = parseDelimiter(j["delimiter"].get<std::string>());
        if (j.contains("date_order") && !j["date_order"].is_null())
            m.dateOrder = parseDateOrder(j["date_order"].get<std::string>());
        if (j.contains("decimal") && !j["decimal"].is_null())
            m.decimal = parseDecimalMark(j["decimal"].get<std::string>());
    } catch (const nlohmann::json::exception& e) {
        throw InputError(source, 0, 0, std::string("malformed mapping: ") + e.what());
    } catch (const InputError& e) {
        if (!e.file().empty() || source.empty())
            throw;
        throw InputError(source, 0, 0, e.reason());
    }
    m.validate(source);
    return m;
}

void Mapping::save(const std::string& path) const
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw Error("cannot write " + path);
    out << toJson();
    out.close();
    if (!out)
        throw Error("cannot write " + path);
}

Mapping Mapping::load(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, 0, "cannot open the mapping file");
    std::stringstream ss;
    ss << in.rdbuf();
    return fromJson(ss.str(), path);
}

Mapping autoMap(ImportKind kind, const std::vector<std::string>& headers)
{
    Mapping m;
    m.kind = kind;
    std::vector<std::string> norm;
    for (const auto& h : headers)
        norm.push_back(normalizeHeader(h));
    std::vector<std::string> target(headers.size());
    std::vector<bool> used(headers.size(), false);
    const auto& fields = fieldsFor(kind);
    // Round 1: exact field names; round 2: synonyms in order of preference. A field takes the
    // header matching its best synonym.
    for (int round = 0; round < 2; ++round) {
        for (const FieldSpec& f : fields) {
            bool taken = std::any_of(target.begin(), target.end(),
                                     [&](const std::string& t) { return t == f.name; });
            if (taken)
                continue;
            std::size_t from = round == 0 ? 0 : 1, to = round == 0 ? 1 : f.synonyms.size();
            for (std::size_t s = from; s < to && !taken; ++s) {
                for (std::size_t h = 0; h < headers.size(); ++h) {
                    if (!used[h] && norm[h] == f.synonyms[s]) {
                        used[h] = true;
                        target[h] = f.name;
                        taken = true;
                        break;
                    }
                }
            }
        }
    }
    // A separate time column only makes sense beside a date column.
    for (std::size_t h = 0; h < headers.size(); ++h)
        if (target[h] == "ts_time" && std::none_of(target.begin(), target.end(),
                                                   [](const std::string& t) { return t == "ts"; }))
            target[h].clear();
    for (std::size_t h = 0; h < headers.size(); ++h) {
        if (!target[h].empty() || norm[h].empty())
            continue;
        if (auto p = matchPatternHeader(kind, headers[h])) {
            std::string t = patternTarget(p->family, p->subject, p->part);
            if (std::find(target.begin(), target.end(), t) == target.end())
                target[h] = t;
        }
    }
    std::set<std::string> seen;
    for (std::size_t h = 0; h < headers.size(); ++h) {
        // Duplicate header names cannot be told apart by name: leave the later ones unmapped.
        if (!seen.insert(headers[h]).second)
            continue;
        m.columns.push_back({headers[h], target[h]});
    }
    return m;
}

std::optional<std::string> normalizeChannel(std::string_view text)
{
    std::string t = normalizeHeader(text);
    static const std::pair<const char*, std::vector<const char*>> table[] = {
        {"store",
         {"store", "shop", "instore", "retail", "branch", "门店", "店铺", "线下", "实体店", "门市",
          "門市", "門店", "店舖", "線下", "到店"}},
        {"web",
         {"web", "website", "online", "internet", "webshop", "网站", "官网", "网页", "网店", "網站",
          "官網", "線上", "线上", "电商"}},
        {"app", {"app", "mobileapp", "application", "应用", "手机app", "小程序", "應用", "客户端"}},
        {"phone",
         {"phone", "call", "telephone", "hotline", "callcenter", "电话", "热线", "客服电话", "電話",
          "熱線", "呼叫中心"}},
        {"email", {"email", "mail", "emails", "邮件", "电子邮件", "邮箱", "郵件", "電子郵件"}},
        {"chat",
         {"chat", "livechat", "im", "onlinechat", "在线客服", "聊天", "在线聊天", "微信客服",
          "在線客服", "在線聊天", "客服聊天"}},
        {"social",
         {"social", "socialmedia", "weibo", "wechat", "微博", "微信", "社交媒体", "抖音", "小红书",
          "社交", "社群", "社交媒體"}},
    };
    for (const auto& [canonical, words] : table)
        for (const char* w : words)
            if (t == w)
                return std::string(canonical);
    return std::nullopt;
}

std::optional<std::string> normalizeCaseStatus(std::string_view text)
{
    std::string t = normalizeHeader(text);
    static const std::pair<const char*, std::vector<const char*>> table[] = {
        {"new", {"new", "open", "opened", "新建", "新", "待处理", "未处理", "待處理", "新增"}},
        {"assigned",
         {"assigned", "inprogress", "working", "已分配", "处理中", "跟进中", "處理中", "已指派"}},
        {"resolved",
         {"resolved", "closed", "done", "fixed", "已解决", "已关闭", "已處理", "已解決", "已關閉",
          "已处理"}},
        {"informed", {"informed", "customerinformed", "已告知", "已回访", "已通知", "已回訪"}},
    };
    for (const auto& [canonical, words] : table)
        for (const char* w : words)
            if (t == w)
                return std::string(canonical);
    return std::nullopt;
}

} // namespace vd::io
