"""The kind of evaluation a sheet reports: none, internal, external or scientific.

Cues are folded (case, accents) word prefixes in en, fr, es, it, de, pt, nl. A
statement that there was no evaluation wins; otherwise the strongest kind named
wins (scientific > external > internal). No cue at all gives `None`: the sheet
does not say, and the extractor does not guess.
"""

from __future__ import annotations

import re
from typing import Literal

from repository.text import fold

EvaluationKind = Literal["none", "internal", "external", "scientific"]

_CUES: dict[str, tuple[str, ...]] = {
    "none": (
        r"not (?:yet |been |formally )*evaluated", r"no (?:formal |independent )?evaluation",
        r"has not been evaluated", r"never been evaluated", r"no evaluation",
        r"pas (?:encore )?(?:d'|fait l'objet d'une )?evaluation", r"aucune evaluation",
        r"pas (?:encore )?ete evalue", r"n'a pas ete evalue", r"non evalue",
        r"keine (?:formale |systematische |wissenschaftliche )?evaluation",
        r"nicht (?:systematisch )?evaluiert", r"wurde nicht evaluiert",
        r"sin evaluacion", r"no (?:ha sido|se ha) evaluad", r"ninguna evaluacion",
        r"no existe evaluacion", r"nessuna valutazione", r"non (?:e stato|e stata) valutat",
        r"senza valutazione", r"sem avaliacao", r"nao foi avaliad", r"nenhuma avaliacao",
        r"niet geevalueerd", r"geen evaluatie", r"nog niet geevalueerd",
    ),
    "scientific": (
        r"randomi[sz]", r"\brct\b", r"controlled trial", r"control group", r"comparison group",
        r"quasi[- ]?experiment", r"peer[- ]review", r"meta[- ]analy", r"universit",
        r"academic", r"academ", r"scientific", r"scientifique", r"cientific", r"scientific",
        r"wissenschaftlich", r"scientifica", r"scientifico", r"wetenschappelijk",
        r"groupe temoin", r"grupo de control", r"gruppo di controllo", r"kontrollgruppe",
        r"controlegroep", r"grupo de controlo", r"aleatori", r"randomis", r"zufallig",
        r"experimental", r"sperimental", r"longitudinal", r"journal", r"research team",
        r"researchers", r"chercheurs", r"investigadores", r"ricercatori", r"forscher",
        r"onderzoekers", r"investigadores",
    ),
    "external": (
        r"independent", r"independant", r"independiente", r"indipendente", r"unabhangig",
        r"onafhankelijk", r"independente", r"external", r"externe?\b", r"externa\b",
        r"externo\b", r"esterna", r"esterno", r"consultan", r"consultor", r"consulenz",
        r"cabinet", r"bureau d'etudes", r"auditor", r"audit\b", r"auditoria", r"inspection",
        r"inspectorate", r"cour des comptes", r"court of audit", r"rechnungshof",
        r"tribunal de cuentas", r"corte dei conti", r"rekenkamer", r"tribunal de contas",
        r"home office", r"evaluator", r"evaluateur", r"evaluador", r"valutatore",
        r"evaluator", r"gutacht",
    ),
    "internal": (
        r"self[- ]?(?:assess|evaluat)", r"auto[- ]?evaluat", r"autoevaluac", r"autovalutaz",
        r"autoavalia", r"selbstevaluat", r"selbstbewert", r"zelfevaluat", r"internal",
        r"interne?\b", r"interna\b", r"interno\b", r"monitor", r"suivi", r"seguimiento",
        r"monitoraggio", r"monitoriz", r"acompanhamento", r"annual report", r"rapport annuel",
        r"informe anual", r"relazione annuale", r"jahresbericht", r"jaarverslag",
        r"relatorio anual", r"indicat", r"indikator", r"statistic", r"statistiq",
        r"estadistic", r"statistich", r"estatistic", r"registr",
    ),
}
_ORDER: tuple[EvaluationKind, ...] = ("none", "scientific", "external", "internal")
_COMPILED = {kind: re.compile("|".join(f"(?:{c})" for c in cues)) for kind, cues in _CUES.items()}


def evaluation_kind(text: str | None) -> EvaluationKind | None:
    """The evaluation kind an evaluation section describes, or None when it does not say."""
    if not text or not text.strip():
        return None
    folded = fold(" ".join(text.split())).replace("’", "'")
    for kind in _ORDER:
        if _COMPILED[kind].search(folded):
            return kind
    if re.search(r"evaluat|evalua|valutat|avalia|bewert|evaluiert|geevalueerd", folded):
        return "internal"  # evaluated, by whom unsaid: the promoter's own account
    return None
