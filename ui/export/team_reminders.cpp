#include "ui/export/team_reminders.h"

#include <algorithm>
#include <cstdio>

#include "gis/crs.h"
#include "planner/number_text.h"

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

std::string days_text(int days) { return std::to_string(days) + (days == 1 ? " day" : " days"); }

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
    const std::string team = work.team.empty() ? "(no team)" : work.team;
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
        const std::string summary = (late ? "LATE " + days_text(order.days) + ": install order " : "Install order ") + id +
                                    (zone.empty() ? "" : " — " + zone);
        std::string description = "Order " + id + "\nDue " + planner::format_date(order.due) +
                                  (late ? " (" + days_text(order.days) + " late)" : "") +
                                  (has_address(data, i) ? "\nAddress: " : "\nPlace (lat, lon): ") + place;
        if (!customer.empty()) description += "\nCustomer: " + customer;
        description += "\nZone: " + zone + "\nTeam: " + team + "\nFrom " + context.project + " (Coverplan), as of " +
                       planner::format_date(context.as_of);
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
    const std::string team = work.team.empty() ? "(no team)" : work.team;
    std::string out = team + " — " + context.project + ", " + planner::format_date(context.as_of) + "\n";
    if (const auto rate = work.counts.on_time_rate()) {
        out += "On time: " + planner::percent(*rate) + " of " + planner::group_thousands(work.counts.assessed()) +
               " assessed orders (target " + planner::percent(context.target) + ")";
        if (!*work.counts.meets_target(context.target)) out += " — below target";
        out += "\n";
    }
    auto list = [&](const std::string& title, std::size_t count, const auto& item) {
        out += "\n" + title + ": " + planner::group_thousands((long long)count) + "\n";
        for (std::size_t k = 0; k < count && k < kShown; ++k) out += "- " + item(k) + "\n";
        if (count > kShown) out += "- and " + planner::group_thousands((long long)(count - kShown)) + " more (see the work list)\n";
    };
    auto order_item = [&](const SlaOrder& order, const std::string& when) {
        const std::size_t i = order.order;
        std::string text = std::string(data.orders.ids[i]) + ", " + when;
        const std::string zone = data.zones.name_of(order.zone);
        if (has_address(data, i)) text += ", " + data.orders.address[i];
        if (!zone.empty()) text += " (" + zone + ")";
        const std::string customer = customer_of(data, i);
        if (!customer.empty()) text += ", customer " + customer;
        return text;
    };
    list("Overdue orders", work.overdue.size(), [&](std::size_t k) {
        return order_item(work.overdue[k], days_text(work.overdue[k].days) + " late");
    });
    list("Due within " + days_text(context.within_days), work.due_soon.size(), [&](std::size_t k) {
        const SlaOrder& order = work.due_soon[k];
        return order_item(order, order.days == 0 ? "due today" : "due " + planner::format_date(order.due));
    });
    auto prospect_item = [&](const planner::TeamProspect& p) {
        std::string text = std::string(data.leads.ids[p.lead]) + ", " + planner::format_date(data.leads.date[p.lead]);
        const std::string zone = data.zones.name_of(p.zone);
        if (!zone.empty()) text += " (" + zone + ")";
        std::string status = planner::to_string(p.status);
        std::replace(status.begin(), status.end(), '_', ' ');
        text += ", " + status;
        if (p.node >= 0) text += " at " + data.nodes.ids[std::size_t(p.node)];
        return text;
    };
    list("New prospects the network serves now", work.prospects.size(),
         [&](std::size_t k) { return prospect_item(work.prospects[k]); });
    list("Failed checks (prospects where the network is full or absent)", work.failed_checks.size(),
         [&](std::size_t k) { return prospect_item(work.failed_checks[k]); });
    return out;
}

}  // namespace coverplan::exporting
