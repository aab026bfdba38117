"""Regions a sheet may name instead of its country ("Das Land Nordrhein-Westfalen", "la
Generalitat de Catalunya", "la Regione Lombardia", "De Vlaamse overheid … Vlaanderen"),
in their own language and in the sheet languages' exonyms → ISO 3166-1 alpha-2.

Only names that mean nothing else are listed: a region named like its capital city
(Salzburg, Murcia, Valencia, Groningen) is found as the city, and ambiguous ones
(Limburg: NL and BE; Marche: also French for "walk") are left out.
"""

from __future__ import annotations

from functools import cache

from repository.text import fold

_REGIONS: dict[str, tuple[str, ...]] = {
    "DE": ("bayern", "bavaria", "baviere", "baviera", "beieren", "sachsen", "saxony", "saxe",
           "sajonia", "sassonia", "saksen", "nordrhein-westfalen", "north rhine-westphalia",
           "rhenanie-du-nord-westphalie", "renania del norte-westfalia",
           "renania settentrionale-vestfalia", "noordrijn-westfalen", "niedersachsen",
           "lower saxony", "basse-saxe", "hessen", "hesse", "assia", "baden-wurttemberg",
           "rheinland-pfalz", "rhineland-palatinate", "saarland", "thuringen", "thuringia",
           "brandenburg", "mecklenburg-vorpommern", "sachsen-anhalt", "schleswig-holstein"),
    "AT": ("tirol", "tyrol", "tirolo", "steiermark", "styria", "styrie", "karnten", "carinthia",
           "vorarlberg", "niederosterreich", "lower austria", "oberosterreich",
           "upper austria", "burgenland"),
    "ES": ("catalunya", "cataluna", "catalonia", "catalogne", "catalogna", "catalonie",
           "katalonien", "andalucia", "andalusia", "andalousie", "andalusien", "euskadi",
           "pais vasco", "basque country", "pays basque", "baskenland", "paesi baschi",
           "galicia", "galice", "galizien", "aragon", "extremadura", "asturias", "cantabria",
           "navarra", "navarre", "canarias", "canary islands", "illes balears", "baleares",
           "comunitat valenciana", "comunidad valenciana", "castilla-la mancha", "la rioja"),
    "IT": ("lombardia", "lombardy", "lombardie", "lombardei", "lombardije", "piemonte",
           "piedmont", "piemont", "veneto", "venetie", "venetien", "toscana", "tuscany",
           "toscane", "toskana", "toscanie", "emilia-romagna", "emilie-romagne", "lazio",
           "latium", "campania", "campanie", "kampanien", "puglia", "apulia", "pouilles",
           "apulien", "sicilia", "sicily", "sicile", "sizilien", "sicilie", "sardegna",
           "sardinia", "sardaigne", "sardinien", "sardinie", "calabria", "calabre",
           "kalabrien", "liguria", "ligurie", "ligurien", "umbria", "ombrie", "umbrien",
           "abruzzo", "abruzzes", "friuli-venezia giulia", "trentino", "alto adige",
           "sudtirol", "south tyrol", "basilicata", "valle d'aosta"),
    "BE": ("wallonie", "wallonia", "wallonien", "vallonia", "valonia", "walloni", "vlaanderen",
           "flanders", "flandre", "flandres", "flandern", "flandes", "fiandre"),
    "FR": ("ile-de-france", "bretagne", "brittany", "normandie", "normandy", "occitanie",
           "provence", "auvergne-rhone-alpes", "hauts-de-france", "grand est",
           "nouvelle-aquitaine", "alsace", "elsass", "lorraine", "bourgogne", "corse",
           "corsica", "provence-alpes-cote d'azur"),
    "PT": ("acores", "azores", "madeira", "algarve", "alentejo"),
    "NL": ("noord-holland", "zuid-holland", "noord-brabant", "gelderland", "friesland",
           "fryslan", "drenthe", "overijssel", "zeeland", "flevoland"),
    "CH": ("ticino", "tessin", "graubunden", "grisons", "aargau", "argovie", "vaud", "waadt",
           "wallis", "valais", "thurgau"),
}


@cache
def _table() -> dict[str, str]:
    return {name: code for code, names in _REGIONS.items() for name in names}


def region_country(name: str) -> str | None:
    """The country of a region named in any of the sheet languages, or None."""
    return _table().get(fold(" ".join(name.split())).replace("’", "'"))
