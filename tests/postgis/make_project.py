#!/usr/bin/env python3
"""Writes the small hand-made project of the PostGIS test into a folder.

Everything is in EPSG:32648 (UTM 48N, metres), so no reprojection happens and
points placed exactly on boundaries and vertices stay exactly there, both for
Coverplan and for PostGIS.

    make_project.py DIR [--drop-subscribers N] [--clean]

writes DIR/zones.geojson, DIR/coverage.geojson, DIR/subscribers.csv,
DIR/leads.csv. --drop-subscribers N leaves out the last N subscribers (a
second, different data set for the failed-write check); --clean leaves out
every feature Coverplan would reject or flag (the rejects layer stays empty).

Layout (offsets from X0, Y0): a 3x3 grid of 1000 m square zones Z01..Z09;
Z05 has a 200 m square hole in its middle; Z09 has a detached island east of
the grid. Coverage: circles (64-gons) of FTTH cabinets and 4G sites, some
planned, some full, one without capacity. Subscribers and leads: random
points over and around the grid, plus points exactly on shared zone edges,
on the corner shared by four zones, on the grid's outer edge, inside and on
the hole, on coverage vertices, and outside every zone. One subscriber has a
non-numeric coordinate (Coverplan must reject it).
"""
import csv
import json
import math
import random
import sys

X0, Y0 = 600000.0, 2350000.0
CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32648"}}


def square(x, y, size):
    return [[X0 + x, Y0 + y], [X0 + x + size, Y0 + y], [X0 + x + size, Y0 + y + size],
            [X0 + x, Y0 + y + size], [X0 + x, Y0 + y]]


def circle(cx, cy, r, n=64):
    ring = [[X0 + cx + r * math.cos(2 * math.pi * k / n), Y0 + cy + r * math.sin(2 * math.pi * k / n)]
            for k in range(n)]
    ring.append(ring[0])
    return ring


NAMES = ["Phường Trần Phú", "Phường Hoàng Văn Thụ", "Phường Ngô Quyền", "Xã Đồng Sơn", "Phường Lê Lợi",
         "Xã Tân Mỹ", "Phường Dĩnh Kế", "Xã Song Khê", "Xã Tân Tiến"]


def zones():
    features = []
    for k in range(9):
        col, row = k % 3, k // 3
        outer = square(col * 1000, row * 1000, 1000)
        if k == 4:  # Z05: hole in the middle
            geometry = {"type": "Polygon", "coordinates": [outer, square(1400, 1400, 200)[::-1]]}
        elif k == 8:  # Z09: a detached island
            geometry = {"type": "MultiPolygon", "coordinates": [[outer], [square(3100, 2100, 200)]]}
        else:
            geometry = {"type": "Polygon", "coordinates": [outer]}
        features.append({"type": "Feature", "geometry": geometry,
                         "properties": {"ma_xa": "Z%02d" % (k + 1), "ten_xa": NAMES[k],
                                        "so_ho": 500 + 37 * k, "don_vi": "Đội %d" % (1 + k % 2)}})
    return features


# id, tech, centre x, y, radius, capacity, used, status
NODES = [
    ("F01", "FTTH", 500, 500, 450, 64, 20, "live"),
    ("F02", "FTTH", 900, 600, 300, 32, 32, "live"),       # full
    ("F03", "ftth", 1500, 1500, 600, 128, 127, "live"),   # one port left
    ("F04", "FTTH", 2500, 500, 500, 64, 70, "live"),      # used > capacity: full
    ("F05", "FTTH", 2500, 2500, 400, 48, 0, "planned"),
    ("F06", "FTTH", 1000, 2000, 350, 16, 3, "live"),
    ("F07", "FTTH", 3200, 2200, 250, 16, 1, "live"),      # over Z09's island
    ("F08", "FTTH", 2000, 1000, 250, None, 1, "live"),    # capacity unknown: full
    ("M01", "4G", 800, 800, 900, 500, 350, "live"),
    ("M02", "4G", 2300, 1700, 800, 500, 500, "live"),     # full
    ("M03", "4G", 2800, 2800, 700, 400, 10, "planned"),
    ("M04", "4g", 1500, 2700, 500, 300, 100, "live"),
]


def coverage(clean):
    features = []
    for node_id, tech, cx, cy, r, cap, used, status in NODES:
        if clean:  # nothing to flag: capacity known, used within it
            cap = 16 if cap is None else cap
            used = min(used, cap)
        features.append({"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [circle(cx, cy, r)]},
                         "properties": {"node_id": node_id, "tech": tech, "ports": cap, "ports_used": used,
                                        "status": status}})
    return features


def special_points():
    """(x, y) offsets of points exactly on edges, corners, holes and vertices."""
    pts = [(1000, 500), (500, 1000), (1000, 1000), (2000, 2000), (2000, 1500),  # shared edges / corners
           (0, 500), (1500, 0), (3000, 3000), (-1, 500),                      # outer edge, just outside
           (1500, 1500), (1400, 1500), (1400, 1400),                           # in the hole, on it
           (3200, 2200), (3100, 2150), (5000, 5000)]                           # island, its edge, far out
    for node_id, _, cx, cy, r, *_ in NODES[:4]:                                # coverage vertices
        ring = circle(cx, cy, r)
        pts.append((ring[0][0] - X0, ring[0][1] - Y0))
        pts.append((ring[16][0] - X0, ring[16][1] - Y0))
    return pts


def main():
    out = sys.argv[1]
    drop = 0
    if "--drop-subscribers" in sys.argv:
        drop = int(sys.argv[sys.argv.index("--drop-subscribers") + 1])
    rnd = random.Random(20261130)
    with open(out + "/zones.geojson", "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "crs": CRS, "features": zones()}, f, ensure_ascii=False)
    with open(out + "/coverage.geojson", "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "crs": CRS, "features": coverage("--clean" in sys.argv)}, f, ensure_ascii=False)

    techs = ["FTTH", "ftth", "4G", "4g"]
    subscribers = []
    for i, (x, y) in enumerate(special_points()):
        subscribers.append(("S%04d" % i, repr(X0 + x), repr(Y0 + y), techs[i % 4], "2025-%02d-15" % (1 + i % 12)))
    for i in range(len(subscribers), 600):
        x, y = rnd.uniform(-300, 3400), rnd.uniform(-300, 3300)
        if i % 7 == 0:  # snapped to whole metres: more hits on edges
            x, y = round(x), round(y)
        subscribers.append(("S%04d" % i, repr(X0 + x), repr(Y0 + y), rnd.choice(techs), "2024-%02d-01" % rnd.randint(1, 12)))
    if drop:
        subscribers = subscribers[:-drop]
    if "--clean" not in sys.argv:
        subscribers.append(("S9999", "abc", repr(Y0 + 10), "FTTH", "2025-01-01"))  # rejected by Coverplan
    with open(out + "/subscribers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "x", "y", "service", "activated"])
        w.writerows(subscribers)

    leads = []
    statuses = ["new", "contacted", "Won", "lost", "quoted"]
    for i, (x, y) in enumerate(special_points()):
        leads.append(("L%04d" % i, repr(X0 + x), repr(Y0 + y), techs[(i + 1) % 4], statuses[i % 5]))
    for i in range(len(leads), 300):
        x, y = rnd.uniform(-300, 3400), rnd.uniform(-300, 3300)
        leads.append(("L%04d" % i, repr(X0 + x), repr(Y0 + y), rnd.choice(techs), rnd.choice(statuses)))
    with open(out + "/leads.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "x", "y", "service", "trang_thai"])
        w.writerows(leads)


if __name__ == "__main__":
    main()
