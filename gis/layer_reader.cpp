// The entry points of gis/layer_reader.h that are not one of the readers
// (point_reader.cpp, polygon_reader.cpp, point_rows.cpp): the attribute
// table, a layer's extent and field names.

#include "gis/layer_reader.h"

#include <ogrsf_frmts.h>

#include <algorithm>

#include "gis/detail/opened_layer.h"
#include "gis/error.h"

namespace coverplan::gis {

using namespace detail;

const StringColumn& AttributeTable::column(const std::string& key) const {
    auto it = columns.find(key);
    if (it == columns.end()) throw Error("attribute '" + key + "' was not read");
    return it->second;
}

std::string AttributeTable::feature_name(std::size_t row, const std::string& id_key) const {
    std::string name = std::to_string(fids[row]);
    if (!id_key.empty() && has(id_key) && !column(id_key)[row].empty())
        name += " (id '" + std::string(column(id_key)[row]) + "')";
    return name;
}

std::optional<LonLatBox> layer_extent_lonlat(const LayerSource& source) {
    QuietGdalErrors quiet;
    if (!source.x_field.empty()) return std::nullopt;
    OpenedLayer opened = open_layer(source);
    std::unique_ptr<OGRSpatialReference> srs;
    if (!source.crs.empty()) {
        srs = make_srs(source.crs);
    } else if (opened.layer->GetSpatialRef()) {
        srs.reset(opened.layer->GetSpatialRef()->Clone());
        srs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    } else {
        return std::nullopt;
    }
    OGREnvelope envelope;
    if (opened.layer->GetExtent(&envelope, TRUE) != OGRERR_NONE) return std::nullopt;
    auto wgs84 = make_srs("EPSG:4326");
    auto transform = make_transform(*srs, *wgs84);
    double xs[2] = {envelope.MinX, envelope.MaxX}, ys[2] = {envelope.MinY, envelope.MaxY};
    if (transform && !transform->Transform(2, xs, ys)) return std::nullopt;
    return LonLatBox{std::min(xs[0], xs[1]), std::min(ys[0], ys[1]), std::max(xs[0], xs[1]), std::max(ys[0], ys[1])};
}

std::vector<std::string> layer_field_names(const LayerSource& source) {
    QuietGdalErrors quiet;
    OpenedLayer opened = open_layer(source);
    std::vector<std::string> names;
    OGRFeatureDefn* defn = opened.layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) names.push_back(defn->GetFieldDefn(i)->GetNameRef());
    return names;
}

}  // namespace coverplan::gis
