"""Similar practices: the nearest sheets to one sheet's whole-sheet vector."""

from __future__ import annotations

from repository.errors import NotFound
from repository.search import index as ix
from repository.search.store import Store


def similar(store: Store, practice_id: str, limit: int = 5, *,
            other_country: bool = False, other_language: bool = False) -> list[dict[str, object]]:
    """Up to `limit` published practices closest to one, itself and its versions left out.

    `other_country` / `other_language` keep only practices from elsewhere, for a
    practitioner looking beyond their own country or language.
    """
    found = store.index.retrieve([practice_id], with_vectors=True)
    if not found:
        raise NotFound(f"no practice with id {practice_id!r}")
    source = found[0]
    vector = source["_vectors"][ix.DOC]
    group = source.get("translation_group")
    plan = ix.QueryPlan(prefetches=(ix.Prefetch(ix.DOC, vector, limit * 4 + 10),),
                        filter=ix.Filter(any_of={"publication": ("published",)}),
                        limit=limit * 4 + 10, with_payload=("id", "title", "country", "city",
                                                            "language", "translation_group"))
    out: list[dict[str, object]] = []
    for hit in store.index.query(plan):
        data = hit.payload
        if hit.id == practice_id or (group and data.get("translation_group") == group):
            continue
        if other_country and data.get("country") == source.get("country"):
            continue
        if other_language and data.get("language") == source.get("language"):
            continue
        out.append({"id": hit.id, "title": data.get("title"), "country": data.get("country"),
                    "city": data.get("city"), "language": data.get("language"),
                    "score": round(hit.score, 4)})
        if len(out) == limit:
            break
    return out
