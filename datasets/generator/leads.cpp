// Sales leads of the last 12 months: 40 % where the network has room, 20 %
// around hot spots and full nodes, 20 % in uncovered demand pockets, 12 %
// inside planned coverage, 8 % anywhere.

#include "names.h"
#include "point_draws.h"
#include "points.h"

namespace coverplan::datasets {

using namespace draws;

namespace {

/// Where leads are drawn from.
struct LeadSources {
    NodePicker normal, full, planned;
    std::vector<Pt> open_pockets;  ///< pockets without a planned cabinet
    Mixture anywhere;
};

LeadSources lead_sources(const Province& province) {
    LeadSources s;
    s.normal = picker(province, [](const Node& n) { return n.planned ? 0.0 : n.used + 1.0; });
    s.full = picker(province, [](const Node& n) {
        return !n.planned && n.capacity && n.used >= 0.95 * static_cast<double>(*n.capacity) ? n.used + 1.0 : 0.0;
    });
    s.planned = picker(province, [](const Node& n) { return n.planned ? 1.0 : 0.0; });
    for (std::size_t i = 0; i < province.pockets.size(); ++i)
        if (!province.pocket_planned[i]) s.open_pockets.push_back(province.pockets[i]);
    s.anywhere = province.mixture({Kind::City, Kind::Industrial, Kind::Town, Kind::Village, Kind::Background});
    return s;
}

/// One lead's place, technology, kind of place and sales notes.
struct LeadPlace {
    Tech tech = Tech::Ftth;
    Kind kind = Kind::Town;
    const std::vector<std::string>* notes = &names::kLeadNotes;
};

void in_normal_node(const Province& province, const LeadSources& s, Rng& rng, PointRow& row, LeadPlace& lead) {
    const Node& n = s.normal.draw(province, rng);
    row.p = province.sample_in(n, rng);
    lead.tech = n.tech;
    lead.kind = n.kind;
}

void where_full(const Province& province, const LeadSources& s, Rng& rng, PointRow& row, LeadPlace& lead) {
    // Sold where the network is full: around a hot spot, or inside a full
    // node where no other node of its technology has room.
    lead.tech = rng.chance(0.8) ? Tech::Ftth : Tech::G4;
    bool found = false;
    if (!province.hot_spots.empty()) {
        const Pt& h = province.hot_spots[rng.below(province.hot_spots.size())];
        for (int attempt = 0; attempt < 12 && !found; ++attempt) {
            row.p = {h.x + 450 * rng.normal(), h.y + 450 * rng.normal()};
            found = province.serviceability(row.p, lead.tech) == 1;
        }
    }
    if (!found) {
        const Node& n = s.full.draw(province, rng);
        lead.tech = n.tech;
        for (int attempt = 0; attempt < 8; ++attempt) {
            row.p = province.sample_in(n, rng);
            if (province.serviceability(row.p, n.tech) != 0) break;
        }
    }
    lead.kind = Kind::City;
    if (rng.chance(0.5)) lead.notes = &names::kLeadNotesFull;
}

void in_pocket(const Province& province, const LeadSources& s, Rng& rng, PointRow& row, LeadPlace& lead) {
    // Demand pockets the network does not reach at all.
    const Pt& c = s.open_pockets[rng.below(s.open_pockets.size())];
    lead.tech = rng.chance(0.85) ? Tech::Ftth : Tech::G4;
    for (int attempt = 0; attempt < 8; ++attempt) {
        row.p = {c.x + 300 * rng.normal(), c.y + 300 * rng.normal()};
        if (province.inside(row.p) && province.serviceability(row.p, lead.tech) == 3) break;
    }
    lead.kind = Kind::Village;
    if (rng.chance(0.6)) lead.notes = &names::kLeadNotesUncovered;
}

void in_planned(const Province& province, const LeadSources& s, Rng& rng, PointRow& row, LeadPlace& lead) {
    const Node& n = s.planned.draw(province, rng);
    for (int attempt = 0; attempt < 8; ++attempt) {
        row.p = province.sample_in(n, rng);
        if (province.serviceability(row.p, n.tech) == 2) break;
    }
    lead.tech = n.tech;
    lead.kind = n.kind;
}

LeadPlace place_lead(const Province& province, const LeadSources& s, Rng& rng, PointRow& row) {
    // A share whose source is empty (no full node, no open pocket, nothing
    // planned) falls back to the nodes with room.
    const double r = rng.uniform();
    LeadPlace lead;
    if (r < 0.40 || (r < 0.60 && s.full.empty()) || (r < 0.80 && s.open_pockets.empty()) ||
        (r < 0.92 && s.planned.empty()))
        in_normal_node(province, s, rng, row, lead);
    else if (r < 0.60)
        where_full(province, s, rng, row, lead);
    else if (r < 0.80)
        in_pocket(province, s, rng, row, lead);
    else if (r < 0.92)
        in_planned(province, s, rng, row, lead);
    else {
        row.p = province.sample(s.anywhere, rng, &lead.kind);
        lead.tech = weighted<Tech>(rng, {{Tech::Ftth, 0.75}, {Tech::G4, 0.15}, {Tech::G5, 0.10}});
    }
    if (lead.kind == Kind::Industrial && rng.chance(0.5)) lead.notes = &names::kLeadNotesIndustrial;
    return lead;
}

/// The row's fields: id, product, status, created, customer, note.
void lead_values(const Province& province, std::int64_t i, const LeadPlace& lead, Rng& rng, PointRow& row) {
    static const std::vector<std::pair<std::string, double>> statuses = {
        {"new", 0.30}, {"contacted", 0.25}, {"qualified", 0.20}, {"won", 0.15}, {"lost", 0.10}};
    const std::string& status = weighted(rng, statuses);
    const double recency = status == "new" ? 0.25 : status == "contacted" ? 0.5 : 1.0;
    const std::int64_t created = kAsOfDay - static_cast<std::int64_t>(days_ago(rng, 365, 0.8) * recency);
    std::string customer = rng.chance(0.1) ? "Công ty TNHH " + rng.pick(names::kFirstSyllables) + " " +
                                                 rng.pick(names::kSecondSyllables)
                                           : names::person(rng);
    row.values.clear();
    // Deliberate error in the sample: one lead repeats another's id.
    const std::int64_t id_number = province.config.is_sample() && i == 2000 ? 18 : i + 1;
    row.values.emplace_back(make_id("KH-", id_number, 7));
    row.values.emplace_back(std::string(tech_name(lead.tech)));
    row.values.emplace_back(status);
    row.values.emplace_back(iso_date(created));
    row.values.emplace_back(std::move(customer));
    row.values.emplace_back(rng.pick(*lead.notes));
}

}  // namespace

std::vector<gis::FieldDef> lead_fields() {
    // Shapefile: names of at most 10 characters.
    using gis::FieldType;
    return {{"id", FieldType::String},     {"product", FieldType::String}, {"status", FieldType::String},
            {"created", FieldType::Date},  {"ten_kh", FieldType::String},  {"ghi_chu", FieldType::String}};
}

PointStats generate_leads(const Province& province, const Sink& sink) {
    Rng rng(province.seed, "leads");
    const LeadSources sources = lead_sources(province);
    const std::int64_t stride = std::max<std::int64_t>(1, province.config.leads / 50000);
    PointStats stats;
    PointRow row;
    for (std::int64_t i = 0; i < province.config.leads; ++i) {
        const LeadPlace lead = place_lead(province, sources, rng, row);
        lead_values(province, i, lead, rng, row);
        if (province.zone_at(row.p) < 0) ++stats.outside;
        if (i % stride == 0) ++stats.service[static_cast<std::size_t>(province.serviceability(row.p, lead.tech))];
        ++stats.tech[tech_index(lead.tech)];
        sink(row);
        ++stats.rows;
    }
    return stats;
}

}  // namespace coverplan::datasets
