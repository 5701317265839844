#!/usr/bin/python3
"""Prints what the overlay benchmark needs from a Coverplan project file, as
shell assignments for `eval`:

    eval "$(bench/project_info.py bench/data/S/project.toml)"

For each role R in zones, coverage, subscribers, leads: R_SOURCE (absolute
path or PG: string), R_LAYER (may be empty), R_OO (ogr2ogr open options for
coordinate columns), R_SRS (CRS of a layer that carries none), and the mapped
fields R_ID, R_TECH, R_STATUS, R_TECH_VALUE; plus WORKING_CRS (empty when the
project names none).
"""
import os
import shlex
import sys
import tomllib


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
    for k, v in out.items():
        print("%s=%s" % (k, shlex.quote(str(v))))


if __name__ == "__main__":
    main()
