#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace vd {

// A customer with the four segmentation bases of the course material: geographic,
// demographic, psychographic and behavioural fields, plus contact data and consent flags.
struct Customer
{
    std::int64_t id = 0;
    std::string externalId;
    std::string name;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::string> company;
    std::optional<std::string> country;
    std::optional<std::string> region;
    std::optional<std::string> city;
    std::optional<std::int64_t> birthYear;
    std::optional<std::string> gender;
    std::optional<std::string> incomeBand;
    std::optional<std::string> education;
    std::optional<std::string> lifestyle;
    std::optional<std::string> valuesTags;
    std::optional<std::string> channel;
    std::optional<std::string> usageFrequency;
    std::optional<std::string> loyaltyTier;
    bool consentEmail = false;
    bool consentSms = false;
    bool consentPhone = false;
    std::int64_t createdAt = 0;
};

// One entry of a customer's timeline: an order, an interaction or a survey response.
struct TimelineEvent
{
    enum class Kind { Order, Interaction, Response };
    Kind kind = Kind::Order;
    std::int64_t id = 0;
    std::int64_t ts = 0;
    std::string channel;
    std::string touchpoint; // or product category for orders
    std::string summary;    // order: product; interaction: summary; response: comment
    std::optional<double> amount;
    std::optional<std::int64_t> nps;
    std::optional<std::int64_t> csat;
    std::optional<std::int64_t> ces;
};

} // namespace vd
