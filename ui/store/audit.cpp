#include "ui/store/audit.h"

#include <algorithm>

#include "ui/store/tables.h"

namespace coverplan::store {

namespace {

std::string text_of(const gis::FieldValue& value) {
    const auto* text = std::get_if<std::string>(&value);
    return text ? *text : std::string();
}

}  // namespace

void append_audit(gis::TableStore& store, const AuditEntry& entry) {
    const gis::Row row = {entry.at, entry.user_name, entry.action, entry.target, entry.details};
    store.insert(audit_log_table(), std::span(&row, 1));
}

std::vector<AuditEntry> read_audit(gis::TableStore& store, const std::string& since) {
    std::vector<gis::Condition> where;
    // "at" is ISO 8601 text: "2026-11-30T..." >= "2026-11-30" orders as the instants do.
    if (!since.empty()) where.push_back({"at", gis::Condition::Op::AtLeast, since});
    std::vector<AuditEntry> entries;
    for (const gis::Row& row : store.select(audit_log_table(), where))
        entries.push_back({text_of(row[0]), text_of(row[1]), text_of(row[2]), text_of(row[3]), text_of(row[4])});
    std::stable_sort(entries.begin(), entries.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.at < b.at; });
    return entries;
}

}  // namespace coverplan::store
