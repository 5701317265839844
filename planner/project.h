#pragma once
// The project file (TOML): what a planning project reads and how it is tuned.
// See ../shared/brief/CONTRACT.md for the form; docs/user-guide.md for users.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gis/layer_reader.h"
#include "planner/ranking.h"

namespace coverplan::planner {

/// The layers a project may name, in reading order.
inline const std::vector<std::string> kLayerRoles = {"zones",      "coverage", "subscribers", "leads",
                                                     "complaints", "orders",   "addresses"};

struct LayerConfig {
    std::string role;
    gis::LayerSource source;
    std::map<std::string, std::string> fields;  ///< Coverplan key -> field in the data
    std::string technology_value;               ///< one technology for the whole layer
    double radius_m_value = 0;                  ///< coverage given as points: reach when no radius_m field
    std::vector<std::string> closed_status_values;  ///< leads: statuses that close a lead (empty = the defaults)
    int line = 0;                               ///< where [layers.<role>] starts in the file

    std::string field(const std::string& key) const {
        auto it = fields.find(key);
        return it == fields.end() ? std::string() : it->second;
    }
    bool maps(const std::string& key) const { return fields.count(key) > 0; }
};

/// [forecast]: damped trend of monthly activations plus the weighted lead pipeline.
struct ForecastSettings {
    int backtest_months = 6;  ///< months hidden to measure the forecast's error
    /// 0..1: how much of the recent trend carries into each further month
    /// (1 keeps it). Below 0 (the default): fitted per series, like the
    /// smoothing constants, from 0.8, 0.85, 0.9, 0.95, 0.98, 1.
    double damping = -1;
    /// Share of open leads expected to become subscribers, by lead status
    /// (lower-case); statuses not listed use default_conversion.
    std::map<std::string, double> conversion = {{"new", 0.10}, {"contacted", 0.25}, {"qualified", 0.50}};
    double default_conversion = 0.20;
};

/// [scoring]: thresholds of the ranking components.
struct ScoringSettings {
    double exhaustion_threshold = 0.90;  ///< utilisation at which a node counts as exhausting
    int complaint_window_days = 90;      ///< complaints counted over the last N days
    int growth_window_months = 6;        ///< growth trend compares the last N months with the N before
};

/// [clusters]: density clustering of open leads no live coverage serves.
struct ClusterSettings {
    double radius_m = 300;       ///< neighbourhood radius (DBSCAN eps)
    int min_leads = 5;           ///< leads within radius_m that make a cluster core
    double buffer_m = 150;       ///< proposed service area: cluster hull buffered by this
    double ports_per_lead = 1;   ///< ports a proposed node needs per lead
    double port_headroom = 0.3;  ///< extra ports on top, for growth
};

/// [sla]: installation deadlines.
struct SlaSettings {
    double target = 1.0;   ///< on-time rate target, 0..1
    int at_risk_days = 3;  ///< open orders due within this many days are at risk
};

/// [serve]: the HTTP service.
struct ServeSettings {
    std::string token;  ///< required by POST /api/leads; COVERPLAN_TOKEN overrides
    /// Where POST /api/leads records prospects; load_dataset reads them back
    /// as leads. [serve] leads = "path.gpkg" or "PG:..." and leads_layer;
    /// default: the workspace when [workspace] store names one, else the
    /// project's PostGIS database when its leads live there, else
    /// field-leads.gpkg beside the project file; layer "field_leads".
    gis::LayerSource leads_store;
    /// [serve] users = "users.toml": the user file (names, roles, token
    /// hashes; ui/server/users.h), resolved against the project file; empty:
    /// none (the workspace's users table is read instead).
    std::filesystem::path users_file;
};

/// [basemap]: street tiles drawn under the zones (the field page, printed
/// maps): an MBTiles file, a GeoPackage tile layer or a folder of XYZ tiles
/// (gis/tile_source.h). Opened with the data (load_dataset), so a basemap
/// that cannot be read is reported like a layer that cannot be.
struct BasemapSettings {
    std::filesystem::path source;  ///< resolved against the project file; empty: no basemap
    std::string table;             ///< the GeoPackage tile table, when the file holds several
    bool named() const { return !source.empty(); }
};

/// The schema a PG: workspace lives in when its connection string names none
/// (no `active_schema=`): `coverplan db init` and every reader agree on it.
inline constexpr const char* kStoreSchema = "coverplan";

/// `source` as the store opens it: a PG: string gains `active_schema=coverplan`
/// unless it names a schema (active_schema= or schemas=); a path is kept.
std::string store_connection(const std::string& source);

/// [workspace]: where snapshots, saved scenarios, users and the audit log are
/// kept (ui/store), and the field prospects when the workspace is named.
/// [workspace] store = "path.gpkg" or "PG:..."; default: <project file
/// stem>.workspace.gpkg beside the project file, created when first written.
struct WorkspaceSettings {
    std::string store;         ///< path, or PG: string with its schema (store_connection)
    std::string display_name;  ///< as the user wrote it, any password masked
    bool named = false;        ///< false: the default GeoPackage
    bool is_database() const { return store.size() >= 3 && (store[0] | 0x20) == 'p' && (store[1] | 0x20) == 'g' && store[2] == ':'; }
};

struct Project {
    std::filesystem::path file;  ///< the project file itself
    std::string name;
    std::string crs;    ///< working CRS; empty = UTM zone from the data's extent
    std::string as_of;  ///< reference date, ISO 8601
    std::map<std::string, LayerConfig> layers;  ///< by role
    std::optional<double> hex_cell_m;           ///< [zones] grid = "hex": generated zones
    RankingWeights weights;  ///< [scoring.investment] and [scoring.sales] weights
    int horizon_months = 6;
    ForecastSettings forecast;
    ScoringSettings scoring;
    ClusterSettings clusters;
    SlaSettings sla;
    ServeSettings serve;
    WorkspaceSettings workspace;
    BasemapSettings basemap;

    bool has(const std::string& role) const { return layers.count(role) > 0; }
    const LayerConfig& layer(const std::string& role) const { return layers.at(role); }
};

/// Something a project reads when it is loaded.
struct ProjectSource {
    std::string what;    ///< how the user knows it: "the source of [layers.zones]", "the project file"
    std::string source;  ///< as GDAL opens it (path or PG: string)
    std::string layer;   ///< its layer or table, when named
};

/// Everything load_dataset reads: the project file, the source of every
/// layer, and the field service's leads store (prospects recorded there are
/// read back as leads).
std::vector<ProjectSource> project_sources(const Project& project);

/// Reads and checks a project file. Throws InputError naming the file, the
/// line and what was expected; source paths are resolved against the file's
/// folder (PG: strings are kept as they are). `today` fills a missing as_of.
Project load_project(const std::filesystem::path& file, const std::string& today);

/// Today's date in ISO 8601 (local time).
std::string today_iso();

}  // namespace coverplan::planner
