#include "ui/server/lead_recorder.h"

#include <utf8proc.h>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "gis/redact.h"
#include "ui/server/field_service.h"
#include "ui/store/audit.h"
#include "ui/store/workspace.h"

namespace coverplan::server {

namespace {

/// Mean Earth radius (IUGG), metres.
constexpr double kEarthRadius_m = 6371008.8;

std::string audit_details(const Prospect& p) {
    // What was recorded, without the customer's name and phone: the audit
    // log is read by more people than the prospects' follow-up.
    nlohmann::ordered_json details = {{"lat", p.lat},
                                      {"lon", p.lon},
                                      {"technology", p.technology},
                                      {"status_at_check", p.status_at_check},
                                      {"zone_id", p.zone_id.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(p.zone_id)}};
    return details.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

std::string phone_key(const std::string& phone) {
    std::string digits;
    for (const char c : phone)
        if (c >= '0' && c <= '9') digits += c;
    const bool international = phone.find('+') != std::string::npos;
    if (international && digits.rfind("84", 0) == 0) return "0" + digits.substr(2);
    if (digits.rfind("0084", 0) == 0) return "0" + digits.substr(4);
    return digits;
}

std::string name_key(const std::string& name) {
    utf8proc_uint8_t* folded = nullptr;
    const utf8proc_ssize_t length =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()), static_cast<utf8proc_ssize_t>(name.size()),
                     &folded, utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_LUMP));
    std::string text = length < 0 ? name : std::string(reinterpret_cast<const char*>(folded), std::size_t(length));
    std::free(folded);
    std::string out;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

double distance_m(double lat1, double lon1, double lat2, double lon2) {
    const double to_radians = M_PI / 180;
    const double dlat = (lat2 - lat1) * to_radians, dlon = (lon2 - lon1) * to_radians;
    const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(lat1 * to_radians) * std::cos(lat2 * to_radians) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * kEarthRadius_m * std::asin(std::min(1.0, std::sqrt(a)));
}

void RecentProspects::forget_before(Clock::time_point now) {
    while (!recent_.empty() && now - recent_.front().at > window_) recent_.pop_front();
}

std::optional<std::string> RecentProspects::find(const Prospect& p, Clock::time_point now) {
    forget_before(now);
    const std::string phone = phone_key(p.phone), customer = name_key(p.customer_name);
    for (auto it = recent_.rbegin(); it != recent_.rend(); ++it) {
        const Entry& e = *it;
        if (e.technology != p.technology || distance_m(e.lat, e.lon, p.lat, p.lon) > distance_m_) continue;
        const bool same_person = (!phone.empty() && phone == e.phone) || (!customer.empty() && customer == e.customer);
        const bool anonymous = phone.empty() && customer.empty() && e.phone.empty() && e.customer.empty();
        if (same_person || (anonymous && e.user == p.recorded_by)) return e.id;
    }
    return std::nullopt;
}

void RecentProspects::add(const Prospect& p, const std::string& id, Clock::time_point now) {
    forget_before(now);
    recent_.push_back({now, id, p.lat, p.lon, p.technology, phone_key(p.phone), name_key(p.customer_name), p.recorded_by});
}

std::unique_ptr<LeadRecorder> LeadRecorder::open(const planner::Project& project, const std::string& legacy_token) {
    auto users = std::make_unique<ProjectUsers>(project, legacy_token);
    if (users->current()->empty()) return nullptr;
    return std::make_unique<LeadRecorder>(project, std::move(users));
}

LeadRecorder::LeadRecorder(const planner::Project& project, std::unique_ptr<ProjectUsers> users)
    : users_(std::move(users)), leads_(project.serve.leads_store) {
    try {
        audit_ = store::open_workspace(project.workspace, store::Access::Write);
    } catch (const InputError& error) {
        throw InputError(gis::redact_secrets(std::string("the audit log cannot be kept: ") + error.what()));
    }
}

LeadRecorder::~LeadRecorder() = default;

void LeadRecorder::audit(const User& user, const std::string& action, const std::string& target, const std::string& details) {
    try {
        store::append_audit(*audit_, {store::utc_now(), user.name, action, target, details});
    } catch (const Error& error) {
        // The write it records has happened: refusing the answer now would
        // only make the phone send it again. The log line says what is missing.
        std::cerr << "error: audit log entry not stored (" << action << " " << target << " by " << user.name
                  << "): " << gis::redact_secrets(error.what()) << "\n";
    }
}

User LeadRecorder::authorise(const std::string& token) {
    if (token.empty())
        throw RequestError(401, "recording a prospect needs the token (Authorization: Bearer ...)", "token", "token_missing");
    std::optional<User> user;
    try {
        user = users_->current()->verify(token);
    } catch (const TokenError& error) {
        throw RequestError(401, error.what(), "token", "token_wrong");
    }
    if (!user) throw RequestError(401, "wrong token", "token", "token_wrong");
    if (!may_record_prospects(user->role)) {
        // Recorded: a user who tries what their role may not is worth
        // knowing about. Wrong tokens are not (no user to name, and anyone
        // could fill the log with them).
        audit(*user, "prospect.refused", "POST /api/leads", R"({"reason":"role )" + std::string(to_string(user->role)) + "\"}");
        throw RequestError(403,
                           "user '" + user->name + "' has the role " + to_string(user->role) +
                               ", which may not record prospects (sales and planner may)",
                           "token", "role_forbidden");
    }
    return *user;
}

std::vector<std::string> prospect_differences(const Prospect& a, const Prospect& b) {
    std::vector<std::string> differ;
    // Coordinates go through the store as doubles and come back exact;
    // the margin only absorbs a store that rounds in its last digit.
    if (std::abs(a.lat - b.lat) > 1e-9) differ.emplace_back("lat");
    if (std::abs(a.lon - b.lon) > 1e-9) differ.emplace_back("lon");
    if (a.technology != b.technology) differ.emplace_back("technology");
    if (a.note != b.note) differ.emplace_back("note");
    if (a.customer_name != b.customer_name) differ.emplace_back("customer_name");
    if (a.phone != b.phone) differ.emplace_back("phone");
    if (a.recorded_by != b.recorded_by) differ.emplace_back("recorded_by");
    return differ;
}

RecordOutcome LeadRecorder::record(const User& user, Prospect prospect) {
    prospect.recorded_by = user.name;
    RecordOutcome outcome;
    {
        std::lock_guard lock(mutex_);
        const auto now = RecentProspects::Clock::now();
        // The key first: it is exact where the likeness below is a guess,
        // and it is kept in the store, so it holds across restarts.
        std::optional<StoredProspect> same_key;
        if (!prospect.idempotency_key.empty()) same_key = leads_.find_by_key(prospect.idempotency_key);
        if (same_key) {
            const std::vector<std::string> differ = prospect_differences(same_key->prospect, prospect);
            if (!differ.empty()) {
                std::string fields;
                for (const std::string& field : differ) fields += (fields.empty() ? "" : ", ") + field;
                throw RequestError(422,
                                   "idempotency_key '" + prospect.idempotency_key + "' was already used for prospect " +
                                       same_key->id + ", which differs in " + fields +
                                       "; a new prospect needs a new key",
                                   "idempotency_key", "key_reused");
            }
            outcome = {same_key->id, true, true};
        } else if (auto earlier = recent_.find(prospect, now)) {
            outcome = {*earlier, true, false};
        } else {
            outcome = {leads_.record(prospect), false, false};
            recent_.add(prospect, outcome.id, now);
        }
    }
    audit(user, outcome.duplicate ? "prospect.duplicate" : "prospect.record", outcome.id, audit_details(prospect));
    return outcome;
}

}  // namespace coverplan::server
