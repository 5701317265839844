#pragma once
// Recording prospects for the field service's users: who may (users.h),
// storing each prospect once (a double tap, or two phones of one team
// recording the same customer, gives one row and tells the second it was a
// duplicate), and the audit log entry of every write (ui/store/audit.h).
// FieldService checks the request and delegates here.

#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "gis/table_store.h"
#include "planner/project.h"
#include "ui/server/lead_store.h"
#include "ui/server/users.h"

namespace coverplan::server {

/// Prospects recorded lately, kept in memory to find a second recording of
/// the same one without reading the store. Not thread-safe (LeadRecorder
/// holds its lock around find and add).
class RecentProspects {
public:
    using Clock = std::chrono::steady_clock;

    /// Two prospects are one when recorded within `window` of each other,
    /// within `distance_m` metres, for the same technology, and with the same
    /// phone (digits compared, +84 taken as 0) or the same customer name
    /// (NFC, case and spacing ignored) — or, when neither gives a phone nor a
    /// name, recorded by the same user.
    explicit RecentProspects(double distance_m = 10, Clock::duration window = std::chrono::minutes(10))
        : distance_m_(distance_m), window_(window) {}

    /// The id of a recent prospect `prospect` repeats, if any.
    std::optional<std::string> find(const Prospect& prospect, Clock::time_point now);
    /// Remembers a stored prospect under `id`.
    void add(const Prospect& prospect, const std::string& id, Clock::time_point now);
    std::size_t size() const { return recent_.size(); }

private:
    struct Entry {
        Clock::time_point at;
        std::string id;
        double lat = 0, lon = 0;
        std::string technology, phone, customer, user;
    };
    void forget_before(Clock::time_point now);

    double distance_m_;
    Clock::duration window_;
    std::deque<Entry> recent_;  ///< oldest first
};

/// Digits of a phone number, the country code +84 / 0084 written as a
/// leading 0: "+84 912-345-678" and "0912 345 678" are one number.
std::string phone_key(const std::string& phone);
/// A customer name compared without regard to case, Unicode form and spacing.
std::string name_key(const std::string& name);
/// Metres between two WGS 84 points on the sphere (haversine): exact enough
/// for "within a few metres", with no CRS at hand.
double distance_m(double lat1, double lon1, double lat2, double lon2);

struct RecordOutcome {
    std::string id;            ///< the stored prospect, or the one this repeats
    bool duplicate = false;
    bool same_key = false;     ///< a duplicate found by its idempotency key (a resent request)
};

/// The fields in which two prospects differ, as far as a client sent them
/// ("technology", "lat", ...): empty when `b` is a resending of `a`.
std::vector<std::string> prospect_differences(const Prospect& a, const Prospect& b);

class LeadRecorder {
public:
    /// The recorder of `project`, or nullptr when nobody may record (no
    /// users and no token; users added later need a restart). Opens the prospect store and the workspace (for
    /// the audit log) now, so a store that cannot be used fails at start.
    /// Throws InputError for a bad user file or a store that cannot be used.
    static std::unique_ptr<LeadRecorder> open(const planner::Project& project, const std::string& legacy_token);

    LeadRecorder(const planner::Project& project, std::unique_ptr<ProjectUsers> users);
    ~LeadRecorder();

    /// The user presenting `token` when they may record prospects. Throws
    /// RequestError: 401 without a token, with a wrong one or one that is not
    /// UTF-8; 403 naming the role when the user may not write (an audit log
    /// entry "prospect.refused" records who tried).
    User authorise(const std::string& token);

    /// Stores `prospect` as recorded by `user` unless it repeats a recent
    /// one or one stored with its idempotency key; appends the audit log
    /// entry either way. Check and store are one step for concurrent
    /// requests. Throws RequestError 422 when the key was given to a
    /// different prospect, InputError when the store refuses.
    RecordOutcome record(const User& user, Prospect prospect);

    const gis::LayerSource& store() const { return leads_.store(); }
    const std::string& audit_store() const { return audit_->display_name(); }
    std::size_t users() const { return users_->current()->size(); }

private:
    void audit(const User& user, const std::string& action, const std::string& target, const std::string& details);

    std::unique_ptr<ProjectUsers> users_;  ///< read again when they change
    LeadStore leads_;
    std::unique_ptr<gis::TableStore> audit_;
    std::mutex mutex_;  ///< check for a duplicate + store, one request at a time
    RecentProspects recent_;
};

}  // namespace coverplan::server
