#include "ui/export/team_reminders.h"

#include <algorithm>
#include <cstdio>

#include "gis/crs.h"
#include "planner/number_text.h"
#include "ui/export/reader_words.h"

namespace coverplan::exporting {

using planner::Day;
using planner::SlaOrder;

namespace {

/// TEXT value escaping (RFC 5545 3.3.11).
std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == ';' || c == ',') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (c == '\r') continue;
        out += c;
    }
    return out;
}

/// Appends `line` folded at 75 octets (RFC 5545 3.1), never splitting a
/// UTF-8 character, each physical line ended by CRLF.
void append_folded(std::string& out, const std::string& line) {
    std::size_t start = 0, limit = 75;
    while (line.size() - start > limit) {
        std::size_t end = start + limit;
        while (end > start && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) --end;  // a continuation byte
        out.append(line, start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74;  // the leading space counts
    }
    out.append(line, start, std::string::npos);
    out += "\r\n";
}

std::string ical_date(Day day) {
    const std::string iso = planner::format_date(day);  // YYYY-MM-DD
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

// Words for people in the reader's language (context "Reminder", listed in ui/i18n/workbook_terms.cpp).
std::string words(const std::string& english, std::initializer_list<std::string> figures = {}) {
    return reader_word("Reminder", english, figures);
}

std::string count_text(long long n) { return reader_word("Count", planner::group_thousands(n)); }

std::string date_text(Day day) { return reader_word("Date", planner::format_date(day)); }

std::string days_text(int days) { return words(days == 1 ? "%1 day" : "%1 days", {std::to_string(days)}); }

std::string team_name(const planner::TeamWork& work) { return work.team.empty() ? words("(no team)") : work.team; }

bool has_address(const planner::Dataset& data, std::size_t i) {
    return !data.orders.address.empty() && !data.orders.address[i].empty();
}

std::string order_place(const planner::Dataset& data, std::size_t i, double lat, double lon) {
    if (has_address(data, i)) return data.orders.address[i];
    char text[64];
    std::snprintf(text, sizeof text, "%.6f, %.6f", lat, lon);
    return text;
}

std::string customer_of(const planner::Dataset& data, std::size_t i) {
    return data.orders.customer.empty() ? std::string() : data.orders.customer[i];
}

}  // namespace

std::string order_event_uid(const std::string& order_id) {
    auto reduced = [](const std::string& text) {
        std::string out;
        for (unsigned char c : text) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_') {
                out += char(c);
            } else {
                char hex[4];
                std::snprintf(hex, sizeof hex, "%%%02X", c);
                out += hex;
            }
        }
        return out;
    };
    return "coverplan-order-" + reduced(order_id) + "@coverplan";
}

std::string team_calendar(const planner::Dataset& data, const planner::TeamWork& work, const ReminderContext& context) {
    const std::string team = team_name(work);
    std::string out;
    auto line = [&](const std::string& text) { append_folded(out, text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Coverplan//Coverplan " COVERPLAN_VERSION "//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line("X-WR-CALNAME:" + escaped(context.project + " — " + team));
    const gis::LonLatConverter converter(data.working_crs);
    // The run's day orders the versions: a calendar takes a later import as an update.
    const long sequence = context.as_of;
    auto event = [&](const SlaOrder& order, bool late) {
        const std::size_t i = order.order;
        const std::string id(data.orders.ids[i]);
        const auto [lon, lat] = converter.to_lonlat(data.orders.x[i], data.orders.y[i]);
        const std::string place = order_place(data, i, lat, lon);
        const std::string customer = customer_of(data, i);
        const std::string zone = data.zones.name_of(order.zone);
        // A late order is shown today (when it must be acted on), a due one on its day.
        const Day day = late ? context.as_of : order.due;
        const std::string summary = (late ? words("LATE %1: install order %2", {days_text(order.days), id})
                                          : words("Install order %1", {id})) +
                                    (zone.empty() ? "" : " — " + zone);
        std::string description = words("Order %1", {id}) + "\n" +
                                  (late ? words("Due %1 (%2 late)", {date_text(order.due), days_text(order.days)})
                                        : words("Due %1", {date_text(order.due)})) +
                                  "\n" + (has_address(data, i) ? words("Address: %1", {place}) : words("Place (lat, lon): %1", {place}));
        if (!customer.empty()) description += "\n" + words("Customer: %1", {customer});
        description += "\n" + words("Zone: %1", {zone}) + "\n" + words("Team: %1", {team}) + "\n" +
                       words("From %1 (Coverplan), as of %2", {context.project, date_text(context.as_of)});
        char geo[64];
        std::snprintf(geo, sizeof geo, "GEO:%.6f;%.6f", lat, lon);
        line("BEGIN:VEVENT");
        line("UID:" + order_event_uid(id));
        line("DTSTAMP:" + context.stamp);
        line("SEQUENCE:" + std::to_string(sequence));
        line("DTSTART;VALUE=DATE:" + ical_date(day));
        line("DTEND;VALUE=DATE:" + ical_date(day + 1));
        line("SUMMARY:" + escaped(summary));
        line("LOCATION:" + escaped(place));
        line(geo);
        line("DESCRIPTION:" + escaped(description));
        line(std::string("CATEGORIES:Coverplan,") + (late ? "overdue" : "due"));  // a list: commas separate
        line("TRANSP:TRANSPARENT");
        line("BEGIN:VALARM");
        line("ACTION:DISPLAY");
        line("DESCRIPTION:" + escaped(summary));
        line("TRIGGER:-PT6H");  // 18:00 the evening before the day
        line("END:VALARM");
        line("END:VEVENT");
    };
    for (const SlaOrder& order : work.overdue) event(order, true);
    for (const SlaOrder& order : work.due_soon) event(order, false);
    line("END:VCALENDAR");
    return out;
}

std::string team_summary(const planner::Dataset& data, const planner::TeamWork& work, const ReminderContext& context) {
    constexpr std::size_t kShown = 10;
    std::string out = team_name(work) + " — " + context.project + ", " + date_text(context.as_of) + "\n";
    if (const auto rate = work.counts.on_time_rate()) {
        out += words("On time: %1 of %2 assessed orders (target %3)",
                     {reader_word("Percent", planner::percent(*rate)), count_text(work.counts.assessed()),
                      reader_word("Percent", planner::percent(context.target))});
        if (!*work.counts.meets_target(context.target)) out += words(" — below target");
        out += "\n";
    }
    auto list = [&](const std::string& title, std::size_t count, const auto& item) {
        out += "\n" + title + ": " + count_text((long long)count) + "\n";
        for (std::size_t k = 0; k < count && k < kShown; ++k) out += "- " + item(k) + "\n";
        if (count > kShown) out += "- " + words("and %1 more (see the work list)", {count_text((long long)(count - kShown))}) + "\n";
    };
    auto order_item = [&](const SlaOrder& order, const std::string& when) {
        const std::size_t i = order.order;
        std::string text = std::string(data.orders.ids[i]) + ", " + when;
        const std::string zone = data.zones.name_of(order.zone);
        if (has_address(data, i)) text += ", " + data.orders.address[i];
        if (!zone.empty()) text += " (" + zone + ")";
        const std::string customer = customer_of(data, i);
        if (!customer.empty()) text += ", " + words("customer %1", {customer});
        return text;
    };
    list(words("Overdue orders"), work.overdue.size(), [&](std::size_t k) {
        return order_item(work.overdue[k], words("%1 late", {days_text(work.overdue[k].days)}));
    });
    list(words("Due within %1", {days_text(context.within_days)}), work.due_soon.size(), [&](std::size_t k) {
        const SlaOrder& order = work.due_soon[k];
        return order_item(order, order.days == 0 ? words("due today") : words("due %1", {date_text(order.due)}));
    });
    auto prospect_item = [&](const planner::TeamProspect& p) {
        std::string text = std::string(data.leads.ids[p.lead]) + ", " + date_text(data.leads.date[p.lead]);
        const std::string zone = data.zones.name_of(p.zone);
        if (!zone.empty()) text += " (" + zone + ")";
        std::string status = planner::to_string(p.status);
        std::replace(status.begin(), status.end(), '_', ' ');
        text += ", " + words(status);
        if (p.node >= 0) text += " " + words("at %1", {data.nodes.ids[std::size_t(p.node)]});
        return text;
    };
    list(words("New prospects the network serves now"), work.prospects.size(),
         [&](std::size_t k) { return prospect_item(work.prospects[k]); });
    list(words("Failed checks (prospects where the network is full or absent)"), work.failed_checks.size(),
         [&](std::size_t k) { return prospect_item(work.failed_checks[k]); });
    return out;
}

}  // namespace coverplan::exporting
