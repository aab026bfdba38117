"""Who funds a practice and who its partners are, read from prose in the seven languages.

Funding: the words after "funded by", "financé par", "financiado por", "finanziati
dalla", "gefördert von", "financiado pelo", "gefinancierd door" (or before a
verb-final "… finanziert" in German and Dutch), funding sections first.
Partners: the items of a list in the partners section — bullets, `;`, or a comma list
("A, B and C") — or after "in partnership with", "en partenariat avec", "in
Zusammenarbeit mit", "em parceria com", "in samenwerking met" … anywhere in the sheet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from repository.ingest.normalise.sentences import sentences

# cue → the funder follows
_FUNDED_BY = re.compile(
    r"\b(?:(?:co-?)?funded|financed|paid for|sponsored|subsidi[sz]ed|supported financially)"
    r"(?: (?:jointly|mainly|largely|entirely|partly))? (?:by|through|from)\s+|"
    r"\b(?:with |thanks to )?(?:funding|grants?|a grant) from\s+|"
    r"\b(?:co)?financ[ée]e?s? (?:par|grâce à)\s+|\bsubventionn[ée]e?s? par\s+|"
    r"\bavec le (?:soutien financier|financement) (?:de|du|des)\s+|"
    r"\b(?:co)?financiad[oa]s? (?:por|pel[oa]|com)\s+|\bsubvencionad[oa]s? por\s+|"
    r"\bcon (?:financiación|fondos|la financiación) de(?:l)?\s+|"
    r"\b(?:co)?finanziat[oaie] (?:da|dal|dalla|dallo|dai|dagli|dalle|con)\s+|"
    r"\bcon il (?:sostegno|contributo) (?:di|del|della|dei)\s+|"
    r"\b(?:finanziert|gefördert|getragen|bezahlt) (?:von|durch|aus)\s+|"
    r"\b(?:finanziert|gefördert) werden (?:die \w+ )?(?:von|durch)\s+|"
    r"\b(?:com )?financiamento (?:de|do|da|dos|das)\s+|\bapoio financeiro (?:de|do|da)\s+|"
    r"\b(?:gefinancierd|bekostigd|gesubsidieerd) (?:door|uit|vanuit)\s+|"
    r"\bmet (?:subsidie|financiering) van\s+", re.I)
# verb-final funding: "… aus dem städtischen Haushalt … finanziert", "… door X gefinancierd"
_FUNDED_END = re.compile(r"\b(?:aus|über|durch|von|door|uit)\s+(.{4,140}?)\s+(?:finanziert|"
                         r"gefördert|gefinancierd|bekostigd)\b", re.I)
# subject-verb funding: "La Ville finance le projet", "Die Stadt Leipzig finanziert seit 2014"
_FUNDS = re.compile(r"^(.{3,80}?)\s+(?:finances?|finance le|funds|finanzia|financia|finanziert|"
                    r"financiert|financia|subsidises|subventionne)\b", re.I)
_STOP = re.compile(r"\s*(?:[.;:!?]|\s\(|,\s+(?:which|who|with|for|pour|para|per|mit|met|com|"
                   r"qui|que|che|die|der|das|dat)\b|\s+(?:for a|pour un|para un|per un|with a|"
                   r"avec un|con un|mit (?:jährlich|einem)|met een|à hauteur de|for an annual|"
                   r"au titre|in the amount|pour un coût|por un importe|per un importo|"
                   r"since|depuis|desde|dal|seit|sinds)\b|\s+(?:and|et|y|e|und|en)\s+(?:is|are|was|"
                   r"were|est|sont|es|son|è|sono|ist|sind|é|são|wordt|worden|\w+ed|\w+é|\w+ado|"
                   r"\w+ato|\w+iert)\b)")
_LEAD_ARTICLE = re.compile(r"^(?:the|le|la|les|l'|el|los|las|il|lo|gli|i|die|der|dem|den|"
                           r"des|das|de|het|o|os|a|as|an|un|une|uno|una|ein|eine)\s+", re.I)

# partner list cues: the partners follow
_WITH = re.compile(
    r"\b(?:in (?:close )?(?:partnership|cooperation|collaboration) with|together with|"
    r"works? (?:closely )?with|working with|en (?:partenariat|collaboration|lien|coopération) "
    r"avec|avec le concours de|en (?:colaboración|cooperación|coordinación) con|junto con|"
    r"in (?:collaborazione|partenariato|cooperazione) con|insieme (?:a|con)|"
    r"in zusammenarbeit mit|gemeinsam mit|arbeite[nt] (?:eng )?mit|kooperiert mit|"
    r"em (?:parceria|colaboração|articulação|cooperação) com|juntamente com|"
    r"in samenwerking met|samen met|werkt (?:nauw )?samen met)\s+", re.I)
_TRAILING = re.compile(r"\s+(?:zusammen|samen|together)\s*$", re.I)
_ITEM_SPLIT = re.compile(r"\s*(?:,|;)\s*")
_LAST_AND = re.compile(r"\s+(?:and|et|y|e|und|en|as well as|ainsi que|así como|nonché|"
                       r"sowie|bem como|alsook)\s+", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•▪◦·]|\d{1,2}[.)])\s+(.+?)\s*$")


def _clean(text: str) -> str:
    text = _STOP.split(text, maxsplit=1)[0]
    text = re.sub(r"\s+(?P<c>e|ed|y|et|and|und|en)\s+(?:par|por|pelo|pela|by|door|von|da|dalla|"
                  r"dal|dai|dalle|della|du|de la|des|del|de los|de las|vom)\s+", r" \g<c> ", text)
    return _LEAD_ARTICLE.sub("", text.strip(" ,\"'«»“”")).strip()


def funding_from_text(parts: Sequence[tuple[str | None, str]]) -> str | None:
    """Who funds the practice, from (field, text) parts; funding/budget sections first."""
    ordered = [t for f, t in parts if f == "budget_text"] + [
        t for f, t in parts if f != "budget_text"]
    for text in ordered:
        for sentence in sentences(text):
            cue = _FUNDED_BY.search(sentence)
            if cue:
                funder = _clean(sentence[cue.end():])
                if 2 < len(funder) <= 140:
                    return funder
            end = _FUNDED_END.search(sentence)
            if end:
                funder = _clean(end.group(1))
                if 2 < len(funder) <= 140:
                    return funder
    for text in [t for f, t in parts if f == "budget_text"]:
        for sentence in sentences(text):
            subject = _FUNDS.match(sentence)
            if subject:
                return _clean(subject.group(1))
    return None


def _items(text: str) -> list[str]:
    """The items of a list written as prose: "A, B, C and D" → [A, B, C, D]."""
    text = _TRAILING.sub("", text.strip().rstrip("."))
    pieces = [p for p in _ITEM_SPLIT.split(text) if p.strip()]
    if pieces:
        conjunctions = list(_LAST_AND.finditer(pieces[-1]))
        if conjunctions:  # "bus and taxi operators and a network": split at the last one
            last = conjunctions[-1]
            pieces = pieces[:-1] + [pieces[-1][: last.start()], pieces[-1][last.end():]]
    return [_clean(p) for p in pieces if _clean(p)]


def _is_list(items: list[str]) -> bool:
    return len(items) >= 2 and all(0 < len(i.split()) <= 8 and len(i) <= 100 for i in items)


def partners_from_text(text: str) -> list[str]:
    """Partner names from a partners section: bullets, a `;` list, or a comma list."""
    bullets = [m.group(1).rstrip(";,.") for line in text.splitlines()
               if (m := _BULLET.match(line))]
    if bullets:
        return [b for b in bullets if len(b) <= 150]
    flat = " ".join(text.split())
    if ";" in flat:  # "Police; probation; health services"
        items = [i.strip(" .") for i in flat.split(";")]
        if all(0 < len(i) <= 120 for i in items):
            return items
    for sentence in sentences(text):
        cue = _WITH.search(sentence)
        items = _items(sentence[cue.end():] if cue else sentence)
        if _is_list(items) and (cue or len(items) >= 3):
            return items
    return []


def partners_in_prose(texts: Sequence[str]) -> list[str]:
    """Partners named after "in partnership with" and its equivalents in running text."""
    for text in texts:
        for sentence in sentences(text):
            cue = _WITH.search(sentence)
            if cue:
                items = _items(sentence[cue.end():])
                if _is_list(items):
                    return items
    return []
