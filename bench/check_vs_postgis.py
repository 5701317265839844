#!/usr/bin/env python3
"""One serviceability check at a time, side by side: `coverplan serve` over
HTTP against the equivalent indexed PostGIS query through a client, from the
same Python process, on the same locations.

    check_vs_postgis.py --url http://127.0.0.1:PORT/ --pg "host=... dbname=..." \
        --points leads.csv [--limit N] [--crs EPSG:32648]

The points CSV has X (longitude), Y (latitude) and the technology (ogr2ogr
-t_srs EPSG:4326 -lco GEOMETRY=AS_XY of the leads). The PostGIS database holds
the project's zones (`wards`: ma_xa, ten_xa, don_vi) and coverage (`coverage`:
node_id, tech, status, ports, ports_used) in the working CRS with GiST indexes
(ogr2ogr -lco SPATIAL_INDEX=GIST). The query answers what the service answers:
the zone (smallest id on a shared boundary), the covering nodes of the
technology with their spare ports, and, when none covers the location, the
nearest live node of the technology and the distance to its service area
(KNN on the index, exact ST_Distance). Both clients keep their connection
open; the statement is prepared once. Prints latencies (p50, p99), checks per
second and the ratio, and how often both agree on the status.
"""

import argparse
import csv
import http.client
import json
import statistics
import time
import urllib.parse

import psycopg2

QUERY = """
PREPARE check_at(float8, float8, text) AS
WITH here AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), {srid}) AS g)
SELECT
  (SELECT json_build_object('zone_id', ma_xa, 'zone_name', ten_xa, 'team', don_vi)
     FROM wards WHERE ST_Covers(geom, (SELECT g FROM here)) ORDER BY ma_xa LIMIT 1) AS zone,
  (SELECT coalesce(json_agg(json_build_object('node_id', node_id, 'technology', tech, 'status', status,
                                              'spare', ports - ports_used) ORDER BY node_id), '[]'::json)
     FROM coverage WHERE ST_Covers(geom, (SELECT g FROM here))
      AND ($3 = '' OR lower(tech) = $3 OR tech IS NULL OR tech = '')) AS nodes,
  CASE WHEN NOT EXISTS (SELECT 1 FROM coverage WHERE ST_Covers(geom, (SELECT g FROM here))
                          AND ($3 = '' OR lower(tech) = $3 OR tech IS NULL OR tech = ''))
  THEN (SELECT json_build_object('node_id', node_id, 'distance_m', ST_Distance(geom, (SELECT g FROM here)))
          FROM coverage WHERE status = 'live' AND ($3 = '' OR lower(tech) = $3 OR tech IS NULL OR tech = '')
          ORDER BY geom <-> (SELECT g FROM here) LIMIT 1)
  END AS nearest
"""


def status_from(nodes):
    """The serviceability rule (planner/serviceability.h) on the query's nodes."""
    live = planned = False
    for node in nodes:
        if (node["status"] or "").lower() in ("planned", "plan"):
            planned = True
            continue
        live = True
        if node["spare"] is not None and node["spare"] >= 1:
            return "available"
    return "full" if live else "planned" if planned else "not_covered"


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--pg", required=True, help="libpq connection string")
    parser.add_argument("--points", required=True)
    parser.add_argument("--limit", type=int, default=10000)
    parser.add_argument("--crs", default="EPSG:32648")
    args = parser.parse_args()

    with open(args.points, newline="") as f:
        rows = [(float(r["Y"]), float(r["X"]), r.get("product") or r.get("tech") or "") for r in csv.DictReader(f)]
    rows = rows[: args.limit]

    url = urllib.parse.urlparse(args.url)
    web = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    database = psycopg2.connect(args.pg)
    database.autocommit = True
    cursor = database.cursor()
    cursor.execute(QUERY.format(srid=int(args.crs.split(":")[1])))

    served_ms, postgis_ms, agree, statuses = [], [], 0, {}
    for i in range(2):  # warm both caches on the first points
        lat, lon, tech = rows[i]
        web.request("GET", f"/api/check?lat={lat}&lon={lon}&tech={tech}")
        web.getresponse().read()
        cursor.execute("EXECUTE check_at(%s, %s, %s)", (lon, lat, tech))
        cursor.fetchone()
    for lat, lon, tech in rows:
        start = time.perf_counter()
        web.request("GET", f"/api/check?lat={lat}&lon={lon}&tech={tech}")
        answer = json.loads(web.getresponse().read())
        served_ms.append((time.perf_counter() - start) * 1000)

        start = time.perf_counter()
        cursor.execute("EXECUTE check_at(%s, %s, %s)", (lon, lat, tech))
        zone, nodes, nearest = cursor.fetchone()
        status = status_from(nodes)
        postgis_ms.append((time.perf_counter() - start) * 1000)

        statuses[answer["status"]] = statuses.get(answer["status"], 0) + 1
        same_zone = (zone or {}).get("zone_id") == answer["zone_id"]
        same_nearest = nearest is None or answer["nearest_node"] is None or \
            abs(nearest["distance_m"] - answer["nearest_node"]["distance_m"]) < 0.1
        agree += status == answer["status"] and same_zone and same_nearest

    def report(name, values):
        p50, p99 = percentile(values, 0.5), percentile(values, 0.99)
        print(f"{name}: p50 {p50:.3f} ms, p99 {p99:.3f} ms, mean {statistics.mean(values):.3f} ms, "
              f"{1000 / statistics.mean(values):.0f} checks/s one after another")
        return p50, p99

    print(f"{len(rows)} locations; statuses (service): {statuses}")
    s50, s99 = report("coverplan serve, HTTP", served_ms)
    p50, p99 = report("PostGIS, prepared query", postgis_ms)
    print(f"PostGIS / Coverplan: p50 {p50 / s50:.1f}x, p99 {p99 / s99:.1f}x")
    print(f"same status, zone and nearest distance: {agree} of {len(rows)}")


if __name__ == "__main__":
    main()
