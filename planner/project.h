#pragma once
// The project file (TOML): what a planning project reads and how it is tuned.
// See ../shared/brief/CONTRACT.md for the form; docs/user-guide.md for users.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gis/layer_reader.h"

namespace coverplan::planner {

/// The layers a project may name, in reading order.
inline const std::vector<std::string> kLayerRoles = {"zones", "coverage", "subscribers", "leads", "complaints", "orders"};

struct LayerConfig {
    std::string role;
    gis::LayerSource source;
    std::map<std::string, std::string> fields;  ///< Coverplan key -> field in the data
    std::string technology_value;               ///< one technology for the whole layer
    double radius_m_value = 0;                  ///< coverage given as points: reach when no radius_m field
    int line = 0;                               ///< where [layers.<role>] starts in the file

    std::string field(const std::string& key) const {
        auto it = fields.find(key);
        return it == fields.end() ? std::string() : it->second;
    }
    bool maps(const std::string& key) const { return fields.count(key) > 0; }
};

struct InvestmentWeights {
    double unserved_demand = 0.40;
    double exhaustion = 0.30;
    double complaints = 0.15;
    double growth = 0.15;
};

struct SalesWeights {
    double spare_capacity = 0.40;
    double untapped_households = 0.30;
    double open_leads = 0.20;
    double quality = 0.10;
};

struct Project {
    std::filesystem::path file;  ///< the project file itself
    std::string name;
    std::string crs;    ///< working CRS; empty = UTM zone from the data's extent
    std::string as_of;  ///< reference date, ISO 8601
    std::map<std::string, LayerConfig> layers;  ///< by role
    std::optional<double> hex_cell_m;           ///< [zones] grid = "hex": generated zones
    InvestmentWeights investment;
    SalesWeights sales;
    int horizon_months = 6;

    bool has(const std::string& role) const { return layers.count(role) > 0; }
    const LayerConfig& layer(const std::string& role) const { return layers.at(role); }
};

/// Reads and checks a project file. Throws InputError naming the file, the
/// line and what was expected; source paths are resolved against the file's
/// folder (PG: strings are kept as they are). `today` fills a missing as_of.
Project load_project(const std::filesystem::path& file, const std::string& today);

/// Today's date in ISO 8601 (local time).
std::string today_iso();

}  // namespace coverplan::planner
