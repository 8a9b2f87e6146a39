#include "valuedesk/value/ValueTypes.h"

#include "valuedesk/storage/Database.h"

#include <algorithm>

namespace vd::value {

namespace {

template <typename E, std::size_t N>
std::optional<E> parseCode(std::string_view text, const std::array<E, N>& all)
{
    for (E e : all)
        if (code(e) == text)
            return e;
    return std::nullopt;
}

} // namespace

std::string_view code(Layer layer)
{
    switch (layer) {
    case Layer::Basic:
        return "basic";
    case Layer::ValueAdded:
        return "value_added";
    case Layer::Differentiation:
        return "differentiation";
    }
    return {};
}

std::string_view code(Component component)
{
    switch (component) {
    case Component::Functional:
        return "functional";
    case Component::Emotional:
        return "emotional";
    case Component::Social:
        return "social";
    case Component::TimeCost:
        return "time_cost";
    case Component::EconomicCost:
        return "economic_cost";
    }
    return {};
}

std::string_view code(KotlerPart part)
{
    switch (part) {
    case KotlerPart::Product:
        return "product";
    case KotlerPart::Service:
        return "service";
    case KotlerPart::Personnel:
        return "personnel";
    case KotlerPart::Image:
        return "image";
    case KotlerPart::Money:
        return "money";
    case KotlerPart::Time:
        return "time";
    case KotlerPart::Energy:
        return "energy";
    case KotlerPart::Physical:
        return "physical";
    }
    return {};
}

std::optional<Layer> parseLayer(std::string_view text)
{
    return parseCode(text, kLayers);
}
std::optional<Component> parseComponent(std::string_view text)
{
    return parseCode(text, kComponents);
}
std::optional<KotlerPart> parseKotlerPart(std::string_view text)
{
    return parseCode(text, kKotlerParts);
}

std::string_view displayName(Layer layer)
{
    switch (layer) {
    case Layer::Basic:
        return "Basic";
    case Layer::ValueAdded:
        return "Value-added";
    case Layer::Differentiation:
        return "Differentiation";
    }
    return {};
}

std::string_view displayName(Component component)
{
    switch (component) {
    case Component::Functional:
        return "Functional value";
    case Component::Emotional:
        return "Emotional value";
    case Component::Social:
        return "Social value";
    case Component::TimeCost:
        return "Time cost";
    case Component::EconomicCost:
        return "Economic cost";
    }
    return {};
}

std::string_view displayName(KotlerPart part)
{
    switch (part) {
    case KotlerPart::Product:
        return "Product value";
    case KotlerPart::Service:
        return "Service value";
    case KotlerPart::Personnel:
        return "Personnel value";
    case KotlerPart::Image:
        return "Image value";
    case KotlerPart::Money:
        return "Monetary cost";
    case KotlerPart::Time:
        return "Time cost";
    case KotlerPart::Energy:
        return "Energy cost";
    case KotlerPart::Physical:
        return "Physical cost";
    }
    return {};
}

bool isCost(Component component)
{
    return component == Component::TimeCost || component == Component::EconomicCost;
}

bool isCost(KotlerPart part)
{
    return part == KotlerPart::Money || part == KotlerPart::Time || part == KotlerPart::Energy ||
           part == KotlerPart::Physical;
}

double benefitScore(double performance)
{
    return (performance - kRatingMin) / (kRatingMax - kRatingMin) * 100.0;
}

double sacrificeScore(double performance)
{
    return (kRatingMax - performance) / (kRatingMax - kRatingMin) * 100.0;
}

std::vector<Attribute> loadAttributes(Database& db)
{
    // The CHECK constraints of the schema limit the codes, so the parsers cannot fail on a
    // workspace ValueDesk wrote; an unknown code would simply read as unmapped.
    Statement st = db.prepare(R"SQL(
        SELECT id, code, name, coalesce(name_zh, ''), layer, component, kotler, is_cost
        FROM attributes
        ORDER BY CASE layer WHEN 'basic' THEN 0 WHEN 'value_added' THEN 1
                            WHEN 'differentiation' THEN 2 ELSE 3 END, code)SQL");
    std::vector<Attribute> out;
    while (st.step()) {
        Attribute a;
        a.id = st.getInt(0);
        a.code = st.getText(1);
        a.name = st.getText(2);
        a.nameZh = st.getText(3);
        if (auto t = st.getOptText(4))
            a.layer = parseLayer(*t);
        if (auto t = st.getOptText(5))
            a.component = parseComponent(*t);
        if (auto t = st.getOptText(6))
            a.kotler = parseKotlerPart(*t);
        a.isCost = st.getInt(7) != 0;
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace vd::value
