#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// What customers do, as rows of the workspace: orders, contacts, survey answers and loyalty
// points. Plain values read and written by the repositories of include/valuedesk/storage;
// times are UTC Unix seconds, money is in the workspace currency.
namespace vd {

// One order (or return) from the transactions table.
struct Order
{
    std::int64_t id = 0;
    std::optional<std::string> externalId;
    std::int64_t customerId = 0;
    std::int64_t ts = 0;
    double amount = 0;
    std::optional<double> cost; // margin = amount - cost
    std::int64_t quantity = 1;
    std::optional<std::string> channel;
    std::optional<std::string> product;
    std::optional<std::string> category;
    bool isReturn = false;
};

// One contact of the timeline: store visit, web, app, phone, email, chat or social.
struct Interaction
{
    std::int64_t id = 0;
    std::optional<std::string> externalId;
    std::int64_t customerId = 0;
    std::int64_t ts = 0;
    std::string channel; // store, web, app, phone, email, chat, social
    std::optional<std::string> touchpoint;
    std::optional<std::string> summary;
};

// A rating of one attribute within a response, on 1..7 scales.
struct AttributeRating
{
    std::int64_t attributeId = 0;
    std::string attributeCode; // read only: filled from attributes when reading
    std::string attributeName; // read only
    std::optional<double> importance;
    std::optional<double> performance;
    std::optional<double> expectation;
};

// One answered survey; a score is nullopt when the item was not answered.
struct Response
{
    std::int64_t id = 0;
    std::optional<std::string> externalId;
    std::optional<std::int64_t> surveyId;
    std::optional<std::int64_t> customerId;
    std::int64_t ts = 0;
    std::optional<std::string> channel;
    std::optional<std::string> touchpoint;
    std::optional<std::int64_t> nps;  // 0..10
    std::optional<std::int64_t> csat; // 1..5
    std::optional<std::int64_t> ces;  // 1..7
    std::optional<std::string> comment;
    std::vector<AttributeRating> ratings;
};

// A tier of the loyalty programme, reached at min_points.
struct LoyaltyTier
{
    std::int64_t id = 0;
    std::string name;
    std::int64_t minPoints = 0;
    std::int64_t position = 0;
};

// Points earned (positive), redeemed (negative) or adjusted.
struct LoyaltyEntry
{
    enum class Kind { Earn, Redeem, Adjust };
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::optional<std::int64_t> transactionId;
    std::int64_t ts = 0;
    std::int64_t points = 0;
    Kind kind = Kind::Earn;
};

} // namespace vd
