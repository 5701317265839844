// The texts of the reminders (ui/export/team_reminders.cpp: the calendar's
// events and the summaries for a chat or an e-mail), chosen at run time and
// listed here for lupdate, context "Reminder".

#include <QtGlobal>

namespace {

[[maybe_unused]] const char* const kReminderTerms[] = {
    QT_TRANSLATE_NOOP("Reminder", "%1 day"),
    QT_TRANSLATE_NOOP("Reminder", "%1 days"),
    QT_TRANSLATE_NOOP("Reminder", "(no team)"),
    QT_TRANSLATE_NOOP("Reminder", "LATE %1: install order %2"),
    QT_TRANSLATE_NOOP("Reminder", "Install order %1"),
    QT_TRANSLATE_NOOP("Reminder", "Order %1"),
    QT_TRANSLATE_NOOP("Reminder", "Due %1"),
    QT_TRANSLATE_NOOP("Reminder", "Due %1 (%2 late)"),
    QT_TRANSLATE_NOOP("Reminder", "Address: %1"),
    QT_TRANSLATE_NOOP("Reminder", "Place (lat, lon): %1"),
    QT_TRANSLATE_NOOP("Reminder", "Customer: %1"),
    QT_TRANSLATE_NOOP("Reminder", "Zone: %1"),
    QT_TRANSLATE_NOOP("Reminder", "Team: %1"),
    QT_TRANSLATE_NOOP("Reminder", "From %1 (Coverplan), as of %2"),
    QT_TRANSLATE_NOOP("Reminder", "On time: %1 of %2 assessed orders (target %3)"),
    QT_TRANSLATE_NOOP("Reminder", " — below target"),
    QT_TRANSLATE_NOOP("Reminder", "and %1 more (see the work list)"),
    QT_TRANSLATE_NOOP("Reminder", "customer %1"),
    QT_TRANSLATE_NOOP("Reminder", "Overdue orders"),
    QT_TRANSLATE_NOOP("Reminder", "%1 late"),
    QT_TRANSLATE_NOOP("Reminder", "Due within %1"),
    QT_TRANSLATE_NOOP("Reminder", "due today"),
    QT_TRANSLATE_NOOP("Reminder", "due %1"),
    QT_TRANSLATE_NOOP("Reminder", "at %1"),
    QT_TRANSLATE_NOOP("Reminder", "New prospects the network serves now"),
    QT_TRANSLATE_NOOP("Reminder", "Failed checks (prospects where the network is full or absent)"),
    // A prospect's status as planner::to_string writes it, '_' spaced.
    QT_TRANSLATE_NOOP("Reminder", "available"),
    QT_TRANSLATE_NOOP("Reminder", "full"),
    QT_TRANSLATE_NOOP("Reminder", "planned"),
    QT_TRANSLATE_NOOP("Reminder", "not covered"),
};

}  // namespace
