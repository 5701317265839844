#!/usr/bin/python3
"""Turns the overlay benchmark's metrics files into a Markdown report.

    report.py [--coverplan BIN] [--pg-settings S] [--command C] SCALE_DIR/metrics...

Each metrics file holds key=value lines written by overlay_bench.sh; a
compare.txt beside it holds the count checks.
"""
import argparse
import os
import platform
import re
import subprocess
import datetime


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30).stdout.strip()
    except Exception:
        return ""


def load(path):
    m = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                m[k] = v
    compare = os.path.join(os.path.dirname(path), "compare.txt")
    m["_compare"] = open(compare, encoding="utf-8").read().strip() if os.path.exists(compare) else ""
    return m


def num(m, k):
    try:
        return float(m[k])
    except (KeyError, ValueError):
        return None


def s(x):
    if x is None:
        return "–"
    if x >= 100:
        return "%.0f s" % x
    if x >= 10:
        return "%.1f s" % x
    return "%.2f s" % x


def mib(kb):
    if kb is None:
        return "–"
    v = kb / 1024.0
    return "%.2f GiB" % (v / 1024) if v >= 1024 else "%.0f MiB" % v


def count(x):
    try:
        n = int(x)
    except (TypeError, ValueError):
        return "–"
    return "{:,}".format(n).replace(",", " ")


def machine():
    mem_kb = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1))
    cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read())
    debian = open("/etc/debian_version").read().strip() if os.path.exists("/etc/debian_version") else "?"
    control = "/usr/share/postgresql/15/extension/postgis.control"
    postgis = ""
    if os.path.exists(control):
        mm = re.search(r"default_version\s*=\s*'([^']+)'", open(control).read())
        postgis = mm.group(1) if mm else ""
    gp = sh("/usr/bin/python3 -c 'import geopandas, shapely; print(geopandas.__version__, shapely.__version__)'").split()
    return {
        "cpu": "%d cores (%s)" % (os.cpu_count(), cpu.group(1).strip() if cpu else "?"),
        "ram": "%.1f GiB" % (mem_kb / 1024 / 1024),
        "os": "Debian %s, Linux %s" % (debian, platform.release()),
        "gdal": sh("gdal-config --version") or sh("ogrinfo --version"),
        "geos": sh("geos-config --version"),
        "proj": sh("pkg-config --modversion proj"),
        "postgres": sh("/usr/lib/postgresql/15/bin/postgres --version"),
        "postgis": postgis,
        "geopandas": "geopandas %s, shapely %s (rtree index)" % (gp[0], gp[1]) if len(gp) == 2 else "not installed",
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--coverplan", default="")
    ap.add_argument("--pg-settings", default="")
    ap.add_argument("--command", default="bench/overlay_bench.sh")
    ap.add_argument("--source", default="")
    ap.add_argument("--dirty", default="0")
    ap.add_argument("--built", default="")
    ap.add_argument("metrics", nargs="+")
    a = ap.parse_args()
    runs = [load(p) for p in a.metrics]
    mach = machine()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    commit = a.source or sh("git -C '%s' rev-parse --short HEAD" % root)
    if a.dirty not in ("", "0"):
        commit += " + %s uncommitted files in gis/ planner/ ui/ datasets/" % a.dirty
    out = []
    p = out.append
    p("# Overlay benchmark, %s" % datetime.date.today().isoformat())
    p("")
    p("`%s`, Coverplan source at commit %s when the run started (`%s`, built %s)." % (
        a.command, commit or "?", a.coverplan, a.built or "?"))
    p("")
    p("Machine: %s, %s RAM, %s. GDAL %s, GEOS %s, PROJ %s; %s, PostGIS %s; %s." % (
        mach["cpu"], mach["ram"], mach["os"], mach["gdal"], mach["geos"], mach["proj"], mach["postgres"],
        mach["postgis"], mach["geopandas"]))
    p("")
    p("Input files in the page cache before each tool runs. Times are wall-clock seconds; memory is the peak "
      "resident set (Coverplan, GeoPandas: `/usr/bin/time -v`; PostgreSQL: the sum of PSS over the server's "
      "processes, sampled every 0.5 s, plus ogr2ogr's peak RSS).")
    p("")
    p("## Data")
    p("")
    p("| scale | zones | coverage polygons | subscribers | leads | input files |")
    p("|---|---:|---:|---:|---:|---:|")
    for m in runs:
        p("| %s | %s | %s | %s | %s | %s |" % (m.get("scale"), count(m.get("data.zones")), count(m.get("data.coverage")),
                                          count(m.get("data.subscribers")), count(m.get("data.leads")),
                                          mib(num(m, "data.bytes") / 1024 if num(m, "data.bytes") else None)))
    p("")
    p("## Times and memory")
    p("")
    p("| scale | tool | read / load | index | join / queries | areas | write | total | peak memory |")
    p("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for m in runs:
        sc = m.get("scale")
        for name, label in (("points", "coverplan overlay"), ("nopoints", "coverplan overlay --no-points")):
            if "coverplan.%s.wall" % name in m:
                p("| %s | %s | %s | %s | %s | %s | %s | **%s** | %s |" % (
                    sc, label, s(num(m, "coverplan.%s.read" % name)), s(num(m, "coverplan.%s.index" % name)),
                    s(num(m, "coverplan.%s.join" % name)), s(num(m, "coverplan.%s.areas" % name)),
                    s(num(m, "coverplan.%s.write" % name)), s(num(m, "coverplan.%s.wall" % name)),
                    mib(num(m, "coverplan.%s.rss_kb" % name))))
        if "postgis.total" in m:
            ogr = max([num(m, k) or 0 for k in m if k.startswith("postgis.ogr2ogr_") and k.endswith(".rss_kb")] or [0])
            p("| %s | PostGIS load + index + 3 queries | %s | %s | %s | – | – | **%s** | %s server, %s ogr2ogr |" % (
                sc, s(num(m, "postgis.load")), s(num(m, "postgis.index")), s(num(m, "postgis.query")),
                s(num(m, "postgis.total")), mib(num(m, "postgis.pss_kb")), mib(ogr)))
        if "geopandas.status" in m:
            st = m["geopandas.status"]
            if st == "ok":
                p("| %s | GeoPandas read_file + sjoin | %s | – | %s | – | – | **%s** | %s |" % (
                    sc, s(num(m, "geopandas.read")), s(num(m, "geopandas.join")), s(num(m, "geopandas.wall")),
                    mib(num(m, "geopandas.rss_kb"))))
            else:
                p("| %s | GeoPandas read_file + sjoin | %s | | | | | **%s** | %s |" % (
                    sc, st, s(num(m, "geopandas.wall")), mib(num(m, "geopandas.rss_kb"))))
    p("")
    loads = []
    for m in runs:
        ls = ["%s %s" % (k[5:], v) for k, v in m.items() if k.startswith("load.")]
        if ls:
            loads.append("%s: %s" % (m.get("scale"), ", ".join(ls)))
    if loads:
        p("Load average (1 min) when each tool started — other work on the machine skews the figures when it is "
          "well above 0: " + "; ".join(loads) + ".")
        p("")
    p("## Coverplan against PostGIS")
    p("")
    p("Target at L: `coverplan overlay` (files in, GeoPackage out) at least 30× faster than PostGIS load + "
      "index + query, peak memory under 2 GiB.")
    p("")
    p("| scale | PostGIS | coverplan overlay | speed-up | --no-points | speed-up | coverplan peak memory |")
    p("|---|---:|---:|---:|---:|---:|---:|")
    for m in runs:
        pg, cp, cn = num(m, "postgis.total"), num(m, "coverplan.points.wall"), num(m, "coverplan.nopoints.wall")
        if pg and cp:
            p("| %s | %s | %s | %.1f× | %s | %s | %s |" % (
                m.get("scale"), s(pg), s(cp), pg / cp, s(cn), "%.1f×" % (pg / cn) if cn else "–",
                mib(num(m, "coverplan.points.rss_kb"))))
    p("")
    p("## PostGIS phases")
    p("")
    p("| scale | load zones | load coverage | load subscribers | load leads | make valid | GiST + ANALYZE | "
      "subscribers per zone | open leads per zone | subscribers per node |")
    p("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for m in runs:
        if "postgis.total" in m:
            p("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                m.get("scale"), s(num(m, "postgis.load_zones")), s(num(m, "postgis.load_coverage")),
                s(num(m, "postgis.load_subscribers")), s(num(m, "postgis.load_leads")),
                s(num(m, "postgis.make_valid")), s(num(m, "postgis.index")),
                s(num(m, "postgis.q_subscribers_per_zone")), s(num(m, "postgis.q_open_leads_per_zone")),
                s(num(m, "postgis.q_subscribers_per_node"))))
    p("")
    if a.pg_settings:
        p("PostgreSQL settings: `%s`, plus fsync=off, synchronous_commit=off, full_page_writes=off, "
          "wal_level=minimal (scripts/pg-cluster.sh). ogr2ogr loads with COPY, reprojecting to the project's "
          "working CRS; invalid polygons are made valid (as Coverplan repairs them); the queries use ST_Covers "
          "(boundary-inclusive, as Coverplan) and each materialises its counts with CREATE TABLE AS." % a.pg_settings)
        p("")
    p("## Do the tools agree?")
    p("")
    for m in runs:
        if m["_compare"]:
            p("Scale %s:" % m.get("scale"))
            p("")
            for line in m["_compare"].splitlines():
                p("- %s" % line)
            b = m.get("postgis.boundary_subscribers")
            if b not in (None, "", "0"):
                p("- %s subscribers lie on a boundary shared by zones: a plain PostGIS join counts them in each "
                  "zone, Coverplan and the GeoPandas script give them to the smallest zone id." % b)
            p("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
