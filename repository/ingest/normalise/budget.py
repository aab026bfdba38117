"""Budgets in any common notation → amount, ISO 4217 currency and EUR equivalent.

Understood: `€ 45.000`, `45 000 euros`, `EUR 1,2 Mio.`, `5,291,015.74 €`, `Fr. 300 000`,
`half a million euros`, `zwei Millionen Euro`, `2,5 mln euro`,
`CHF 120'000`, `£250,000`, `1.5 million euros`, `2,3 millions d'euros`, `€2m`,
`USD 3.5bn`, `R$ 32 milhões`, `C$ 1.5 million`, `2 M$ (dollars canadiens)`, `€ 1,5 ton`
(Dutch: 150,000), `800,000
Canadian dollars`, and "no budget" in the sheet languages. The first amount that has a
currency is taken. Text with no readable amount and currency gives `None`.

The EUR equivalent uses the fixed table `EUR_RATES` below: the ECB euro reference
rates, annual average 2024, rounded to four significant digits (one EUR = 0.8466
GBP → one GBP = 1.181 EUR). They are fixed on purpose: a sheet's budget should not
change in the index from one day to the next, and the figure is an order of
magnitude for filtering, not accounting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from repository.model import Budget
from repository.text import fold

# 1 unit of the currency in EUR (ECB reference rates, 2024 annual average)
EUR_RATES: dict[str, float] = {
    "EUR": 1.0,
    "GBP": 1.181,
    "CHF": 1.050,
    "USD": 0.9239,
    "SEK": 0.08747,
    "DKK": 0.1341,
    "NOK": 0.08599,
    "ISK": 0.006671,
    "PLN": 0.2323,
    "CZK": 0.03981,
    "HUF": 0.002530,
    "RON": 0.2010,
    "BGN": 0.5113,
    "CAD": 0.6746,
    "AUD": 0.6099,
    "BRL": 0.1716,
}

# words and signs for a currency (folded), longest first when matched
_CURRENCY_WORDS: dict[str, str] = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "d'euros": "EUR",
    "de euros": "EUR", "di euro": "EUR", "keur": "EUR", "meur": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "livres": "GBP",
    "libras": "GBP", "sterling": "GBP", "pfund": "GBP",
    "chf": "CHF", "fr.": "CHF", "sfr": "CHF", "sfr.": "CHF", "franken": "CHF",
    "francs suisses": "CHF", "franchi": "CHF",
    "$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "dolares": "USD",
    "sek": "SEK", "dkk": "DKK", "nok": "NOK", "isk": "ISK", "kr": "SEK", "kr.": "DKK",
    "pln": "PLN", "zl": "PLN", "zloty": "PLN", "czk": "CZK", "kc": "CZK",
    "huf": "HUF", "ft": "HUF", "forint": "HUF", "ron": "RON", "lei": "RON",
    "bgn": "BGN", "cad": "CAD", "c$": "CAD", "ca$": "CAD", "can$": "CAD",
    "aud": "AUD", "a$": "AUD", "au$": "AUD", "brl": "BRL", "r$": "BRL", "reais": "BRL",
    "dollar": "USD", "dollari": "USD", "dolar": "USD",
}
# "dollars canadiens", "Canadian dollars", "kanadische Dollar": a dollar of that country
_DOLLAR_OF = (("CAD", re.compile(r"[ck]anad\w*\s+(?:\(\s*)?dol|dol\w*\s+canad")),
              ("AUD", re.compile(r"austral\w*\s+(?:\(\s*)?dol|dol\w*\s+austral")))

# multiplier words (folded); "m" and "k" only right after the number
_MULTIPLIERS: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "mille": 1e3, "mila": 1e3, "tausend": 1e3, "tsd": 1e3,
    "mil": 1e3, "duizend": 1e3,
    "m": 1e6, "mn": 1e6, "mln": 1e6, "mld": 1e9, "mio": 1e6, "mill": 1e6, "million": 1e6,
    "millions": 1e6,
    "millon": 1e6, "millones": 1e6, "milione": 1e6, "milioni": 1e6, "millionen": 1e6,
    "miljoen": 1e6, "miljoenen": 1e6, "milhao": 1e6, "milhoes": 1e6,
    "bn": 1e9, "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9,
    "mrd": 1e9, "milliarde": 1e9, "milliarden": 1e9, "miliardo": 1e9, "miliardi": 1e9,
    "miljard": 1e9,
    "ton": 1e5,  # Dutch: "€ 1,5 ton" is 150,000 (a price "per ton" has no number before it)
}

_NO_BUDGET = re.compile(
    r"\b(?:no (?:specific |dedicated |separate )?budget|without (?:a )?budget|"
    r"no (?:dedicated )?funding|sans budget|pas de budget|aucun budget|"
    r"sin presupuesto|ningun presupuesto|sem orcamento|nenhum orcamento|"
    r"senza budget|nessun budget|kein(?:e|en)? (?:eigenes |eigenen )?budget|"
    r"keine (?:eigenen )?mittel|geen budget|zonder budget|budget: none|nil budget)\b"
)
_NUMBER = r"\d{1,3}(?:[  \u202f'’.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SIGN = r"€|£|(?<![a-z])(?:us|r|can|ca|c|au|a)\$|\$"
_CODE = (r"eur|gbp|chf|usd|sek|dkk|nok|isk|pln|czk|huf|ron|bgn|cad|aud|brl|sfr\.?|fr\.|keur|"
         r"meur")
_DOTTED = r"sfr\.|fr\."  # "Fr. 300 000", "SFr. 50 000": no word boundary after the dot
_WORD_CURRENCY = (r"euros?|d'euros|de euros|di euro|pounds?|livres(?: sterling)?|libras|"
                  r"sterling|pfund|franken|francs suisses|franchi|dollars|dolares|dollari|"
                  r"dollar|dolar|reais|"
                  r"zloty|zl|kc|forint|ft|lei|kr\.?")
_MULT = "|".join(sorted((re.escape(m) for m in _MULTIPLIERS), key=len, reverse=True))
_AMOUNT = re.compile(
    rf"(?P<pre>{_SIGN}|\b(?:{_DOTTED})|\b(?:{_CODE})\b)?\s*"
    rf"(?P<num>{_NUMBER})"
    rf"(?:\s*(?P<mult>{_MULT})\b\.?)?"
    rf"(?:\s*(?:de |d')?(?:(?:canadian|canadese|kanadische[n]?|australian|australische[n]?)\s+)?"
    rf"(?P<post>{_SIGN}|(?:{_CODE})\b|(?:{_WORD_CURRENCY})(?!\w)))?"
)


# What makes an amount a unit price, not a budget ("€50 per participant", "300 € par
# séance", "pro Teilnehmer"); a rate per year is an annual budget and stays.
_PER_UNIT = re.compile(
    r"^\s*\)?\s*(?:per|par|por|pro|a|al|à|each|/|je|cada|ogni|chaque)\s+(?:(?:un[ae]?|one|"
    r"each|head|the|le|la|el|il|de|der|die|das|o|a)\s+)?(?:participant|person|people|head|"
    r"event|session|night|evening|day|hour|pupil|student|child|family|visit|patrol|shift|"
    r"user|course|class|workshop|meeting|case|week|month|"
    r"personne|seance|soiree|evenement|nuit|jour|heure|eleve|enfant|famille|atelier|mois|"
    r"semaine|persona|participante|sesion|evento|noche|dia|alumn|nino|familia|taller|mes\b|"
    r"partecipant|sessione|serata|giorno|ora\b|studente|bambin|famiglia|incontro|"
    r"teilnehm|veranstaltung|sitzung|abend|nacht|tag\b|stunde|schuler|kind|familie|monat|"
    r"woche|pessoa|sessao|noite|hora|aluno|crianca|deelnemer|persoon|sessie|avond|dag\b|"
    r"uur\b|leerling|gezin|maand|week|"
    # a pair of a mentoring or tandem scheme
    r"pair|couple|tandem|duo|binome|pareja|coppia|gespann|paar\b|dupla|koppel|mentee)")
_EACH_BEFORE = re.compile(
    r"(?:(?:each|every|chaque|cada|ogni|jede[rsn]?|elke|per|par|por|pro)\s+\w+\s+(?:costs?|"
    r"coute|cuesta|costa|kostet|custa|kost)|(?:cost|cout|coste|costo|kosten|custo|kost)\s+"
    r"(?:per|par|por|pro|a|je)\s+\w+)\s*:?\s*$")
_TOTAL = re.compile(r"(?<![\w])(?:total\w*|totale|totaal|gesamt\w*|insgesamt|summe|somme|"
                    r"suma|soma|overall|in all|complessiv\w*|globale?|"
                    # "…, together €3 million", "samen 260 miljoen euro" (not "together with")
                    r"together(?! with)|samen(?! met)|zusammen(?! mit)|ensemble(?! avec)|"
                    r"en conjunto|insieme(?! a)|ao todo)(?!\w)")
_SHARE = re.compile(r"(?<![\w])(?:of which|dont|davon|di cui|de los cuales|de las cuales|"
                    r"dos quais|das quais|waarvan|including|incl)(?!\w)|%")
_LABEL_OF_A_WHOLE = re.compile(r"(?<![\w])(?:budget|cost|cout|presupuesto|coste|costo|"
                               r"bilancio|kosten|haushalt|orcamento|custo|begroting|"
                               r"contribution|cofinanc|funding|financ|subsid|grant)")


@dataclass(frozen=True)
class _Amount:
    start: int
    end: int
    amount: float
    currency: str


# Number words before a multiplier ("half a million euros", "meio milhão", "zwei Millionen
# Euro", "un million d'euros", "een half miljoen") → digits the amount pattern reads
_WORDS = {
    "0,5": r"half an?|a half|meio|medio|mezzo|halbe?|een half|un demi|une demi|demi",
    "1": r"an?|one|un|une|uno|una|um|uma|ein|eine|einer|een",
    "2": r"two|deux|dos|due|zwei|dois|duas|twee", "3": r"three|trois|tres|tre|drei|drie",
    "4": r"four|quatre|cuatro|quattro|vier|quatro", "5": r"five|cinq|cinco|cinque|funf|vijf",
    "10": r"ten|dix|diez|dieci|zehn|dez|tien",
}
_MILLION_WORD = (r"million|millions|millon|millones|milione|milioni|million|millionen|"
                 r"miljoen|miljoenen|milhao|milhoes")
_NUMBER_WORD = re.compile(
    r"(?<![\w])(" + "|".join(f"(?P<n{i}>{words})" for i, words in enumerate(_WORDS.values()))
    + rf")\s+(?=(?:{_MILLION_WORD})\b)")


def _digits_for_words(folded: str) -> str:
    def digit(match: re.Match[str]) -> str:
        index = next(i for i in range(len(_WORDS)) if match.group(f"n{i}"))
        return list(_WORDS)[index] + " "
    return _NUMBER_WORD.sub(digit, folded)


def parse_budget(text: str | None) -> Budget | None:
    """A budget from a sheet's text, or None when no amount with a currency is found.

    Of several amounts the budget is the one a total word marks ("Total: €52,000", "60 000 €
    au total", "Gesamt"), else the sum of itemised rows (one amount per line, none of them a
    whole or a share), else the first; a unit price ("€50 per participant", "par séance",
    "pro Veranstaltung") is never the budget, a rate per year is."""
    if not text or not text.strip():
        return None
    original = " ".join(text.split())
    folded = _digits_for_words(fold(original).replace("’", "'"))
    if _NO_BUDGET.search(folded):
        return Budget(no_budget=True, text=original[:200])
    amounts = [a for a in _amounts(folded) if not _per_unit(folded, a)]
    if not amounts:
        return None
    chosen = _total(folded, amounts) or _itemised(fold(text).replace("’", "'")) or amounts[0]
    rate = EUR_RATES.get(chosen.currency)
    eur = round(chosen.amount * rate, 2) if rate is not None else None
    return Budget(amount=chosen.amount, currency=chosen.currency, eur=eur, text=original[:200])


def _amounts(folded: str) -> list[_Amount]:
    out = []
    for match in _AMOUNT.finditer(folded):
        pre, post, mult = match.group("pre"), match.group("post"), match.group("mult")
        if mult in ("m", "k", "mil", "mila") and not (pre or post):
            continue
        currency = _currency(pre) or _currency(post)
        if currency is None:
            continue
        if currency == "USD":
            window = folded[max(0, match.start() - 25): match.end() + 25]
            currency = next((c for c, words in _DOLLAR_OF if words.search(window)), currency)
        amount = _number(match.group("num"))
        if amount is None:
            continue
        if mult:
            amount *= _MULTIPLIERS[mult.rstrip(".")]
        if "keur" in (pre, post):
            amount *= 1e3
        if "meur" in (pre, post):
            amount *= 1e6
        out.append(_Amount(match.start("num") if not pre else match.start(), match.end(),
                           round(amount, 2), currency))
    return out


def _per_unit(folded: str, amount: _Amount) -> bool:
    return bool(_PER_UNIT.match(folded[amount.end: amount.end + 40])
                or _EACH_BEFORE.search(folded[max(0, amount.start - 40): amount.start]))


def _total(folded: str, amounts: list[_Amount]) -> _Amount | None:
    """The amount a total word marks: right before it ("Total: €52,000", "per un totale di
    60.000 euro") or right after it ("60 000 € au total", "1,5 Mio. € insgesamt")."""
    if len(amounts) < 2:
        return None
    for i, amount in enumerate(amounts):
        left = amounts[i - 1].end if i else 0
        before = folded[max(left, amount.start - 40): amount.start]
        after = folded[amount.end: amount.end + 40]
        if (_TOTAL.search(before) and not _SHARE.search(before)) or re.match(
                r"\s*(?:au |in |en |no |im )?(?:total|totale|totaal|insgesamt|ganzen)\b"
                r"(?![^.;,]{0,20}[:|])(?!\s*[\d€£$])",
                after):
            return amount
    return None


def _itemised(folded_lines: str) -> _Amount | None:
    """The sum of rows that each hold one amount of one currency ("Staff: €30,000" /
    "Training: €10,000"), when no row is a whole ("Budget: …") or a share ("of which")."""
    rows = [line for line in folded_lines.splitlines() if line.strip()]
    found = []
    for row in rows:
        amounts = [a for a in _amounts(row) if not _per_unit(row, a)]
        if not amounts:
            continue
        label = row[: amounts[0].start]
        if len(amounts) > 1 or _LABEL_OF_A_WHOLE.search(label) or _SHARE.search(row):
            return None
        found.append(amounts[0])
    if len(found) < 2 or len({a.currency for a in found}) > 1:
        return None
    total = round(sum(a.amount for a in found), 2)
    return _Amount(found[0].start, found[-1].end, total, found[0].currency)


def _currency(token: str | None) -> str | None:
    if not token:
        return None
    token = token.strip()
    return _CURRENCY_WORDS.get(token) or _CURRENCY_WORDS.get(token.rstrip("."))


def _number(text: str) -> float | None:
    """A number written with any thousands and decimal separators."""
    digits = re.sub(r"[  \u202f'’]", "", text)
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        digits = digits.replace(thousands, "").replace(decimal, ".")
    elif dots + commas > 1:
        digits = digits.replace(".", "").replace(",", "")
    elif dots + commas == 1:
        sep = "." if dots else ","
        whole, frac = digits.split(sep)
        # one separator before exactly three digits groups thousands ("45.000", "1.500
        # millones"); before any other count it is the decimal mark ("1,2 Mio.")
        digits = whole + frac if len(frac) == 3 and whole != "0" else f"{whole}.{frac}"
    try:
        value = float(digits)
    except ValueError:
        return None
    return value if value > 0 else None
