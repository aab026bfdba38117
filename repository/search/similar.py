"""Similar practices: the nearest sheets to one sheet's whole-sheet vector."""

from __future__ import annotations

from repository.search.store import Store


def similar(store: Store, practice_id: str, limit: int = 5, *,
            other_country: bool = False, other_language: bool = False) -> list[dict[str, object]]:
    """Up to `limit` published practices closest to one, itself and its versions left out.

    `other_country` / `other_language` keep only practices from elsewhere, for a
    practitioner looking beyond their own country or language.
    """
    source, near = store.neighbours(practice_id, limit * 4 + 10, published_only=True)
    group = source.translation_group
    out: list[dict[str, object]] = []
    for hit in near:
        if hit.id == practice_id or (group and hit.translation_group == group):
            continue
        if other_country and hit.country == source.country:
            continue
        if other_language and hit.language == source.language:
            continue
        out.append({"id": hit.id, "title": hit.title, "country": hit.country,
                    "city": hit.city, "language": hit.language,
                    "score": round(hit.score, 4)})
        if len(out) == limit:
            break
    return out
