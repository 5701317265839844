#include "ui/cli/reader_text.h"

#include "planner/number_text.h"
#include "ui/i18n/language.h"
#include "ui/i18n/locale_text.h"

namespace coverplan::cli {

namespace {

bool english() { return i18n::language() == i18n::Language::English; }

}  // namespace

std::string plain_count(long long value) { return english() ? std::to_string(value) : i18n::count_text(value); }

std::string day_text(planner::Day day) { return i18n::date_text(planner::format_date(day)); }

std::string month_text(int month) {
    const std::string iso = planner::format_month(month);  // "2026-11"
    if (english() || iso.size() != 7 || iso[4] != '-') return iso;
    return iso.substr(5) + "/" + iso.substr(0, 4);
}

std::string team_text(const std::string& team) { return team.empty() ? i18n::tr_utf8("Sla", "(no team)") : team; }

std::string zone_name_text(const planner::Zones& zones, std::int64_t zone) {
    if (zone < 0 || std::size_t(zone) >= zones.size()) return i18n::tr_utf8("Sla", "(outside every zone)");
    return zones.names[std::size_t(zone)];
}

std::string wrote_text(const std::string& what) { return i18n::fill(i18n::tr_utf8("Cli", "Wrote %1"), {what}); }

}  // namespace coverplan::cli
