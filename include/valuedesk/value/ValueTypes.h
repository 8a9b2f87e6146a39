#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vd {
class Database;
}

// The vocabulary of the customer-value views: the seeds' three-layer value pyramid, the value
// components (functional/emotional/social value against time and economic cost) and Kotler's
// delivered-value parts. The text codes are the ones stored in the `attributes` table.
namespace vd::value {

// Pyramid layers, bottom-up: basic (product and price), value-added (service and
// experience), differentiation (brand and emotional connection).
enum class Layer { Basic, ValueAdded, Differentiation };
inline constexpr std::array<Layer, 3> kLayers{Layer::Basic, Layer::ValueAdded,
                                              Layer::Differentiation};

// Perceived value = functional + emotional + social value - (time cost + economic cost).
enum class Component { Functional, Emotional, Social, TimeCost, EconomicCost };
inline constexpr std::array<Component, 5> kComponents{Component::Functional, Component::Emotional,
                                                      Component::Social, Component::TimeCost,
                                                      Component::EconomicCost};

// Kotler's customer delivered value: total customer value (product, service, personnel,
// image) - total customer cost (money, time, energy, physical).
enum class KotlerPart { Product, Service, Personnel, Image, Money, Time, Energy, Physical };
inline constexpr std::array<KotlerPart, 8> kKotlerParts{
    KotlerPart::Product, KotlerPart::Service, KotlerPart::Personnel, KotlerPart::Image,
    KotlerPart::Money,   KotlerPart::Time,    KotlerPart::Energy,    KotlerPart::Physical};

// Database codes ("basic", "value_added", ...) and their inverse; the parsers return
// nullopt for an unknown code.
std::string_view code(Layer layer);
std::string_view code(Component component);
std::string_view code(KotlerPart part);
std::optional<Layer> parseLayer(std::string_view text);
std::optional<Component> parseComponent(std::string_view text);
std::optional<KotlerPart> parseKotlerPart(std::string_view text);

// English display names in sentence case ("Value-added", "Time cost").
std::string_view displayName(Layer layer);
std::string_view displayName(Component component);
std::string_view displayName(KotlerPart part);

// True for the sacrifice side of each breakdown.
bool isCost(Component component);
bool isCost(KotlerPart part);

// One row of `attributes`: a thing customers rate (importance, performance, expectation).
struct Attribute
{
    std::int64_t id = 0;
    std::string code;
    std::string name;
    std::string nameZh;
    std::optional<Layer> layer;
    std::optional<Component> component;
    std::optional<KotlerPart> kotler;
    bool isCost = false;
};

// All attributes ordered by layer (bottom-up, unmapped last) and code.
std::vector<Attribute> loadAttributes(Database& db);

// Ratings are on 1..7; the common 0..100 scale of the value balance maps a benefit rating
// linearly (1 -> 0, 7 -> 100) and a cost rating ("how acceptable is this cost", 7 = fully
// acceptable) to its sacrifice (7 -> 0, 1 -> 100). See docs/methods.md, "Customer value".
inline constexpr double kRatingMin = 1.0;
inline constexpr double kRatingMax = 7.0;
inline constexpr double kRatingMidpoint = 4.0;
double benefitScore(double performance);   // (P - 1) / 6 * 100
double sacrificeScore(double performance); // (7 - P) / 6 * 100

} // namespace vd::value
