#!/usr/bin/python3
"""The overlay benchmark's GeoPandas side: the same counts as Coverplan and
PostGIS with geopandas.sjoin, the way an analyst would write them.

    geopandas_sjoin.py PROJECT.toml OUTDIR

Reads the project's zones, coverage, subscribers and leads (read_file,
reprojected to the project's working CRS), then counts subscribers per zone,
open leads per zone (a point on a shared boundary goes to the smallest zone
id, as in Coverplan) and subscribers per coverage node of the same technology.
Writes OUTDIR/geopandas_zones.csv (zone_id,subscribers,leads_open) and
OUTDIR/geopandas_nodes.csv (node_id,subscribers_inside), and prints one JSON
line: {"read_s", "join_s", ...}. Debian 12: geopandas 0.12, shapely 1.8,
rtree, fiona.
"""
import json
import os
import subprocess
import sys
import time

import geopandas as gpd
import pandas as pd

CLOSED = {"won", "lost", "closed", "cancelled", "canceled", "converted", "rejected", "dropped"}


def project_info(path):
    here = os.path.dirname(os.path.abspath(__file__))
    text = subprocess.run([sys.executable, os.path.join(here, "project_info.py"), path],
                          check=True, capture_output=True, text=True).stdout
    import shlex
    info = {}
    for line in text.splitlines():
        k, v = line.split("=", 1)
        info[k] = shlex.split(v)[0] if v not in ("''", "") else ""
    return info


def read(info, role, crs):
    source, layer = info[role + "_SOURCE"], info.get(role + "_LAYER", "")
    if source.lower().endswith(".csv"):
        raise SystemExit("CSV layers are not handled by this benchmark script")
    df = gpd.read_file(source, layer=layer or None)
    if crs and df.crs is not None and df.crs.to_string() != crs:
        df = df.to_crs(crs)
    return df


def main():
    project, outdir = sys.argv[1], sys.argv[2]
    info = project_info(project)
    crs = info["WORKING_CRS"]
    t0 = time.perf_counter()
    zones = read(info, "ZONES", crs)
    coverage = read(info, "COVERAGE", crs)
    subs = read(info, "SUBSCRIBERS", crs)
    leads = read(info, "LEADS", crs)
    if not crs:
        crs = zones.crs
        coverage, subs, leads = coverage.to_crs(crs), subs.to_crs(crs), leads.to_crs(crs)
    t1 = time.perf_counter()

    zid, nid = info["ZONES_ID"], info["COVERAGE_ID"]
    zone_cols = zones[[zid, "geometry"]].rename(columns={zid: "zone_id"})

    def per_zone(points):
        j = gpd.sjoin(points[["geometry"]], zone_cols, how="inner", predicate="intersects")
        # A point on a shared boundary: one zone, the smallest id.
        j = j.reset_index().groupby("index")["zone_id"].min()
        return j.value_counts()

    subscribers = per_zone(subs)
    status = info["LEADS_STATUS"]
    open_leads = leads if not status else leads[~leads[status].astype(str).str.strip().str.lower().isin(CLOSED)]
    leads_open = per_zone(open_leads)

    tech_field = info["COVERAGE_TECH"]
    sub_tech = info["SUBSCRIBERS_TECH"]
    cov = coverage[[nid, "geometry"]].rename(columns={nid: "node_id"})
    cov["node_tech"] = (coverage[tech_field].astype(str).str.lower() if tech_field
                        else info["COVERAGE_TECH_VALUE"].lower())
    pts = subs[["geometry"]].copy()
    pts["sub_tech"] = subs[sub_tech].astype(str).str.lower() if sub_tech else ""
    j = gpd.sjoin(pts, cov, how="inner", predicate="intersects")
    if sub_tech:
        j = j[j["sub_tech"] == j["node_tech"]]
    per_node = j.groupby("node_id").size()
    t2 = time.perf_counter()

    zones_out = pd.DataFrame({"zone_id": zones[zid].astype(str)})
    zones_out["subscribers"] = zones_out["zone_id"].map(subscribers).fillna(0).astype("int64")
    zones_out["leads_open"] = zones_out["zone_id"].map(leads_open).fillna(0).astype("int64")
    zones_out.to_csv(os.path.join(outdir, "geopandas_zones.csv"), index=False)
    nodes_out = pd.DataFrame({"node_id": coverage[nid].astype(str)})
    nodes_out["subscribers_inside"] = nodes_out["node_id"].map(per_node).fillna(0).astype("int64")
    nodes_out.to_csv(os.path.join(outdir, "geopandas_nodes.csv"), index=False)

    print(json.dumps({"read_s": t1 - t0, "join_s": t2 - t1, "zones": len(zones), "coverage": len(coverage),
                      "subscribers": len(subs), "leads": len(leads), "crs": str(crs),
                      "subscribers_in_zones": int(subscribers.sum())}))


if __name__ == "__main__":
    main()
