"""The result count worded by what the results are: "12 practices", "3 ID sheets",
"2 resources", "4 fact sheets", or "15 records" when several kinds are shown.

What is shown is the kinds ticked in the kind facet, else the kinds the result set holds
(the kind facet's counts). Each count is an i18n entry with CLDR plural forms.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from repository.web.i18n import translate

# kind → the count entry naming it; any mix of kinds is "records"
COUNT_KEYS = {"practice": "count", "fact_sheet": "count_fact_sheets",
              "id_sheet": "count_id_sheets", "resource": "count_resources"}
MIXED = "count_records"


def shown_kinds(ticked: Iterable[str], facets: Mapping[str, list[dict[str, Any]]]
                ) -> set[str]:
    """The kinds the results are: those ticked, else those the result set counts."""
    kinds = set(ticked)
    if kinds:
        return kinds
    return {str(v["value"]) for v in facets.get("kind", []) if v.get("count")}


def count_key(kinds: set[str]) -> str:
    """The count entry for results of these kinds (none known: practices, as before)."""
    if not kinds:
        return COUNT_KEYS["practice"]
    if len(kinds) == 1:
        return COUNT_KEYS.get(next(iter(kinds)), MIXED)
    return MIXED


def count_text(total: int, ticked: Iterable[str],
               facets: Mapping[str, list[dict[str, Any]]], locale: str) -> str:
    """"n practices", "n ID sheets" … or "n records", in the UI language."""
    return translate(count_key(shown_kinds(ticked, facets)), locale, n=total)
