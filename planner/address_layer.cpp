#include "planner/address_layer.h"

#include <map>

#include "gis/layer_reader.h"
#include "gis/progress.h"
#include "gis/text_fold.h"
#include "gis/utf8.h"
#include "planner/address_index.h"
#include "planner/address_words.h"
#include "planner/data_checks.h"

namespace coverplan::planner {

namespace {

using gis::Outcome;

std::string trimmed(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return std::string(text);
}

std::size_t characters(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

std::string hex_byte(unsigned char byte) {
    static const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[byte >> 4] + digits[byte & 15];
}

/// The text fields of one feature, made valid UTF-8; what was repaired is
/// said once per feature.
class FeatureText {
public:
    FeatureText(const gis::PointTable& table, const LayerConfig& config, std::size_t row)
        : table_(table), config_(config), row_(row) {}

    std::string operator()(const std::string& key) {
        if (!table_.has(key)) return "";
        const std::string_view raw = table_.column(key)[row_];
        if (const auto bad = gis::invalid_utf8_at(raw)) {
            repairs_ += (repairs_.empty() ? "" : "; ") + key + " is not valid UTF-8 (byte " +
                        hex_byte(static_cast<unsigned char>(raw[*bad])) + " at offset " + std::to_string(*bad) + ")";
            if (repaired_field_.empty()) repaired_field_ = config_.field(key);
            return trimmed(gis::valid_utf8(raw));
        }
        return trimmed(raw);
    }
    /// Reports the repair, if any (one per feature, so `repaired` counts features).
    void report(gis::LayerReport& report, const std::string& feature) const {
        if (!repairs_.empty())
            report.add(Outcome::Repaired, feature, repaired_field_,
                       repairs_ + "; the bad bytes were replaced by U+FFFD (shown as \xEF\xBF\xBD)");
    }

private:
    const gis::PointTable& table_;
    const LayerConfig& config_;
    std::size_t row_;
    std::string repairs_, repaired_field_;
};

template <class T>
void keep_rows(std::vector<T>& values, const std::vector<bool>& keep) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (keep[i]) values[kept++] = values[i];
    values.resize(kept);
}

}  // namespace

void load_addresses(Dataset& data) {
    const LayerConfig& config = data.project.layer("addresses");
    gis::ReadOptions options;
    options.role = config.role;
    options.id_key = "id";
    options.working_crs = data.working_crs;
    for (const auto& [key, field] : config.fields) options.fields.push_back({key, field});
    gis::PointTable table = gis::read_points(config.source, options);
    gis::LayerReport& report = table.report;
    check_points_meet_zones(data.zones, table.x, table.y, data.working_crs, table.source_crs, report);

    Addresses& out = data.addresses;
    out = Addresses();
    const bool full = config.maps("address");
    const std::size_t n = table.x.size();
    std::vector<bool> keep(n, true);
    std::vector<std::string> numbers, streets;  // what the index reads
    std::map<std::string, std::uint32_t> area_ids;
    auto area = [&](const std::string& name) {
        if (name.empty()) return AddressIndex::kNoArea;
        const auto [it, added] = area_ids.try_emplace(name, static_cast<std::uint32_t>(out.areas.size()));
        if (added) out.areas.push_back(name);
        return it->second;
    };
    for (std::size_t i = 0; i < n; ++i) {
        if ((i & 4095) == 4095) gis::check_cancelled();
        const std::string feature = table.feature_name(i, "id");
        FeatureText text(table, config, i);
        std::string shown, number, street, ward = text("ward"), district = text("district");
        std::string problem, problem_key;
        if (full) {
            shown = text("address");
            const AddressParts parts = split_full_address(shown);
            street = parts.street;
            if (!config.maps("ward")) ward = parts.ward;
            if (!config.maps("district")) district = parts.district;
            if (shown.empty())
                problem = "no address (the field is empty)";
            else if (address_words(street).empty())
                problem = "address '" + shown + "' names no street or place, only a ward or district";
            problem_key = "address";
        } else {
            number = text("number");
            street = text("street");
            shown = number.empty() ? street : street.empty() ? number : number + " " + street;
            problem_key = "street";
            if (address_words(street).empty())
                problem = number.empty() ? "no street (the field is empty)"
                                         : "house number '" + number + "' without a street";
        }
        if (problem.empty() && characters(shown) > kMaxAddressCharacters) {
            problem = "address is longer than " + std::to_string(kMaxAddressCharacters) +
                      " characters: not an address (it starts '" + std::string(gis::utf8_prefix(shown, 40)) + "…')";
        }
        if (!problem.empty()) {
            keep[i] = false;
            report.reject_after_use(feature, config.field(problem_key), problem);
            continue;
        }
        text.report(report, feature);
        if (config.maps("ward") && ward.empty())
            report.add(Outcome::Flagged, feature, config.field("ward"),
                       "no ward: the same street in two wards cannot be told apart");
        out.texts.push_back(shown);
        out.ward.push_back(area(ward));
        out.district.push_back(area(district));
        numbers.push_back(std::move(number));
        streets.push_back(std::move(street));
    }
    keep_rows(table.x, keep);
    keep_rows(table.y, keep);
    out.x = std::move(table.x);
    out.y = std::move(table.y);
    out.ids = std::move(table.columns["id"]);
    out.ids.filter(keep);
    gis::check_cancelled();
    out.index = std::make_shared<AddressIndex>(out.areas, out.size(), [&](std::size_t i) {
        return AddressEntry{numbers[i], streets[i], out.ward[i], out.district[i]};
    });
    data.reports.push_back(std::move(report));
}

}  // namespace coverplan::planner
