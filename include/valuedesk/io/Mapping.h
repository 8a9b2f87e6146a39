#pragma once

#include "valuedesk/io/ValueParser.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vd::io {

// What a file holds; each kind has its own target fields and table(s).
enum class ImportKind { Customers, Transactions, Interactions, Responses, Kano, Cases };

const char* kindName(ImportKind kind); // "customers", "transactions", ...
// Throws vd::InputError for an unknown name.
ImportKind parseKind(std::string_view name);
const std::vector<ImportKind>& allKinds();

enum class FieldType {
    Text,
    Integer,
    Number,
    Money,     // number; currency symbols allowed
    Date,      // date or date-time
    TimeOfDay, // a separate time column completing a date column
    Boolean,
    Score,     // integer within [min, max]
    Rating,    // number within [min, max]
    Reference, // external id of another record (customer, response, interaction)
    Choice,    // one of a fixed set (interaction channel, case status), with synonyms
};

// One target field of a kind: its name in the mapping file, how its cells are parsed, and
// the header names (English and Chinese, in normalizeHeader() form, best first) that map to
// it automatically.
struct FieldSpec
{
    std::string name;
    FieldType type = FieldType::Text;
    bool required = false;
    std::string label; // short English description for help and the wizard
    std::vector<std::string> synonyms;
    double min = 0, max = 0; // for Score and Rating
};

const std::vector<FieldSpec>& fieldsFor(ImportKind kind);
const FieldSpec* findField(ImportKind kind, std::string_view name);

// Targets that name a subject as well as a field, for the column families of wide files:
//   rating:<attribute>:importance|performance|expectation   (responses; 1..7)
//   kano:<feature>:functional|dysfunctional|importance      (kano)
struct PatternTarget
{
    enum class Family { None, Rating, Kano } family = Family::None;
    std::string subject; // attribute code or feature code as written
    std::string part;    // importance, performance, expectation / functional, ...
};
PatternTarget parsePatternTarget(std::string_view target);
std::string patternTarget(PatternTarget::Family family, std::string_view subject,
                          std::string_view part);

// Header normalisation for matching: ASCII lower case, without spaces, punctuation and any
// parenthesised unit ("Amount (¥)", "金额（元）" -> "amount", "金额").
std::string normalizeHeader(std::string_view header);

// Recognises "<subject>_<part>" headers of a column family ("on_time_departure_functional",
// "座位舒适_反向", "price (importance)"); nullopt when the header is not one.
std::optional<PatternTarget> matchPatternHeader(ImportKind kind, std::string_view header);

// Which file column feeds which target field. Columns are matched by header NAME, never by
// position, so a saved mapping still works when the columns come in another order. A
// mapping also carries the reading settings the user chose (encoding, delimiter, date order,
// decimal mark) so a saved mapping re-imports the next month's file the same way.
struct ColumnMapping
{
    std::string column; // header as in the file
    std::string target; // field name or pattern target; empty = ignored
};

class Mapping
{
public:
    ImportKind kind = ImportKind::Customers;
    std::vector<ColumnMapping> columns;
    std::string encoding; // empty = detect
    char delimiter = 0;   // 0 = detect
    DateOrder dateOrder = DateOrder::Unknown;
    DecimalMark decimal = DecimalMark::Unknown;

    // Target of a column, empty when the column is not mapped.
    std::string targetOf(std::string_view column) const;
    // Column feeding a target, empty when none does.
    std::string columnFor(std::string_view target) const;
    void set(const std::string& column, const std::string& target);

    // Required fields of the kind that no column feeds.
    std::vector<std::string> missingRequired() const;
    // Throws vd::InputError for unknown targets and targets fed by two columns.
    void validate(const std::string& source = {}) const;

    // JSON: {"kind": "...", "columns": {"header": "target" | null, ...}, "encoding": ...,
    // "delimiter": ",", "date_order": "dmy", "decimal": "comma"}.
    std::string toJson() const;
    // Throws vd::InputError with the parser's position for malformed JSON.
    static Mapping fromJson(std::string_view text, const std::string& source = {});
    void save(const std::string& path) const;
    static Mapping load(const std::string& path);
};

// Matches headers to the fields of kind by their synonyms (exact normalised names first,
// then synonyms in order of preference; each header feeds at most one field) and recognises
// column families (ratings, Kano answers).
Mapping autoMap(ImportKind kind, const std::vector<std::string>& headers);

// Canonical values of the choice fields, e.g. "门店" -> "store", "已解决" -> "resolved".
std::optional<std::string> normalizeChannel(std::string_view text);    // interactions
std::optional<std::string> normalizeCaseStatus(std::string_view text); // feedback cases

} // namespace vd::io
