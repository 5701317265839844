#pragma once
// What `coverplan remind` leaves for each team: an iCalendar file (RFC 5545)
// with one all-day event per order due — on its due date, or today when it
// is already late — each with the address, the customer's reference, where
// it is and an alarm the evening before; and a short text fit for a chat
// message or an e-mail body. Re-running it gives the same events the same
// UIDs, so a calendar that imports the file again updates them instead of
// adding copies.

#include <string>

#include "planner/team_work.h"

namespace coverplan::exporting {

struct ReminderContext {
    std::string project;  ///< the project's name (calendar name, UIDs)
    planner::Day as_of = planner::kNoDay;  ///< the day the list is for
    int within_days = 3;                   ///< the "due soon" window
    double target = 1.0;                   ///< on-time target, 0..1
    std::string stamp;                     ///< DTSTAMP, UTC "YYYYMMDDTHHMMSSZ"
};

/// The team's calendar: VCALENDAR text with CRLF line ends and lines folded
/// at 75 octets (never inside a UTF-8 character).
std::string team_calendar(const planner::Dataset& data, const planner::TeamWork& work, const ReminderContext& context);

/// The team's summary: a few lines, each list's count and its first items.
std::string team_summary(const planner::Dataset& data, const planner::TeamWork& work, const ReminderContext& context);

/// The UID of an order's event, the same on every run: made of the order id
/// only ("coverplan-order-<id>@coverplan", bytes other than ASCII letters,
/// digits and -._ written %XX), so a project renamed for the next quarter or
/// orders read from a new export still update the same events.
std::string order_event_uid(const std::string& order_id);

}  // namespace coverplan::exporting
