"""Place keys: a table row whose label names a place, and a city named "City of <country>"."""

from __future__ import annotations

import pytest

from repository.ingest.extract import extract
from repository.ingest.raw import RawSection, RawSheet


def _sheet(metadata: dict[str, object], text: str) -> RawSheet:
    return RawSheet(file="sheet.md", format="md", title="Sicherheitspartnerschaft",
                    metadata=metadata, preamble="",
                    sections=[RawSection("Ziele", text)])


@pytest.mark.parametrize(("label", "value"), [
    ("Stadt Freiburg (Amt für öffentliche Ordnung)", "Kommunaler Vollzugsdienst"),
    ("Ville de Lyon (police municipale)", "patrouilles de nuit"),
    ("Comune di Bologna", "vigili di quartiere"),
    ("Gemeente Utrecht (afdeling veiligheid)", "wijkboa's")])
def test_a_row_label_naming_a_place_is_not_a_city_key(label: str, value: str) -> None:
    raw = _sheet({"Partner": "Beitrag", label: value},
                 "Mehr Sicherheit in der Innenstadt durch gemeinsame Streifen.")
    record = extract(raw).practice
    assert record.city != value, record.provenance.get("city")


@pytest.mark.parametrize(("city", "want"), [
    ("Ciudad de México", "Ciudad de México"), ("Ciudad de Panamá", "Ciudad de Panamá"),
    ("Ciudad de Buenos Aires", "Buenos Aires"), ("Comune di Lecce", "Lecce")])
def test_a_city_named_after_its_country_keeps_its_whole_name(city: str, want: str) -> None:
    raw = _sheet({"ciudad": city}, "Recuperación de recorridos peatonales.")
    assert extract(raw).practice.city == want
