#!/usr/bin/python3
"""Prints what the overlay benchmark needs from a Coverplan project file, as
shell assignments for `eval`:

    eval "$(bench/project_info.py bench/data/S/project.toml)"

For each role R in zones, coverage, subscribers, leads: R_SOURCE (absolute
path or PG: string), R_LAYER (may be empty), R_OO (ogr2ogr open options for
coordinate columns), R_SRS (CRS of a layer that carries none), and the mapped
fields R_ID, R_TECH, R_STATUS, R_TECH_VALUE; plus WORKING_CRS: the project's
crs, else the UTM zone Coverplan picks (planner::choose_working_crs: the
zone holding the centre of the zones layer's lon/lat extent), so PostGIS
counts in the same plane as Coverplan.
"""
import os
import shlex
import sys
import tomllib


def utm_for(source, layer):
    """EPSG code of the UTM zone holding the centre of a layer's lon/lat extent ("" if unknown)."""
    try:
        from osgeo import ogr, osr
    except ImportError:
        return ""
    ogr.UseExceptions()
    ds = ogr.Open(source)
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayer(0)
    west, east, south, north = lyr.GetExtent()
    srs = lyr.GetSpatialRef()
    if srs is not None and not srs.IsGeographic():
        wgs84 = osr.SpatialReference()
        wgs84.ImportFromEPSG(4326)
        wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        t = osr.CoordinateTransformation(srs, wgs84)
        (west, south, _), (east, north, _) = t.TransformPoint(west, south), t.TransformPoint(east, north)
    lon, lat = (west + east) / 2, (south + north) / 2
    zone = min(60, int((lon + 180) // 6) + 1)
    return "EPSG:%d" % ((32600 if lat >= 0 else 32700) + zone)


def main():
    path = sys.argv[1]
    with open(path, "rb") as f:
        project = tomllib.load(f)
    base = os.path.dirname(os.path.abspath(path))
    out = {"WORKING_CRS": project.get("project", {}).get("crs", "")}
    layers = project.get("layers", {})
    for role in ("zones", "coverage", "subscribers", "leads"):
        cfg = layers.get(role)
        key = role.upper()
        if cfg is None:
            out[key + "_SOURCE"] = ""
            continue
        source = cfg["source"]
        if not source.startswith("PG:") and not os.path.isabs(source):
            source = os.path.join(base, source)
        out[key + "_SOURCE"] = source
        out[key + "_LAYER"] = cfg.get("layer", "")
        oo = []
        if "x" in cfg and "y" in cfg:
            oo = ["-oo", "X_POSSIBLE_NAMES=" + cfg["x"], "-oo", "Y_POSSIBLE_NAMES=" + cfg["y"],
                  "-oo", "KEEP_GEOM_COLUMNS=NO"]
        out[key + "_OO"] = " ".join(shlex.quote(o) for o in oo)
        out[key + "_SRS"] = cfg.get("crs", "")
        out[key + "_ID"] = cfg.get("id", "")
        out[key + "_TECH"] = cfg.get("technology", "")
        out[key + "_TECH_VALUE"] = cfg.get("technology_value", "")
        out[key + "_STATUS"] = cfg.get("status", "")
    if not out["WORKING_CRS"] and out.get("ZONES_SOURCE") and not out["ZONES_SOURCE"].startswith("PG:"):
        out["WORKING_CRS"] = utm_for(out["ZONES_SOURCE"], out.get("ZONES_LAYER", ""))
    for k, v in out.items():
        print("%s=%s" % (k, shlex.quote(str(v))))


if __name__ == "__main__":
    main()
