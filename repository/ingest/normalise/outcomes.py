"""Whether a text reports a change in an outcome ("burglaries fell by 20 %", "la
delinquenza è calata"), not in the practice's own activity (folded text, en fr es it de pt
nl). The evidence level reads it as an outcome measured; the evaluation, in a section of
results with no other statement, as the promoters' own account of their outcomes."""

from __future__ import annotations

import re

from repository.ingest.normalise import absence_cues as absence
from repository.ingest.normalise import evaluation_cues as cue


def _any(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(words) + r")")


# a change the sheet reports …
CHANGE = _any(
    r"reduc", r"reduz", r"riduz", r"decreas", r"declin", r"fell\b", r"fallen\b", r"dropp?ed",
    r"lower\b", r"fewer", r"baiss", r"diminu", r"recul", r"descen", r"disminu", r"calo\b",
    r"calat", r"ruckgang", r"gesunken", r"gesenkt", r"zuruckgegangen", r"daling", r"gedaald",
    r"afname", r"afgenomen", r"increas", r"rose\b", r"risen\b", r"hausse", r"augment",
    r"aument", r"anstieg", r"gestiegen", r"toename", r"gestegen", r"improv", r"amelior",
    r"mejor", r"miglior", r"verbesser", r"melhor", r"verbeter", r"stijg", r"steeg\b",
    r"zuruck\b", r"\d+(?:[.,]\d+)? ?(?:%|per ?cent|"
    r"pour ?cent|por ?ciento|per ?cento|prozent|por ?cento|procent)",
)
# … in an outcome, not in the practice's own activity
OUTCOME = _any(
    r"crim", r"offen[cs]", r"delit", r"delinquen", r"delincuen", r"criminalit", r"straftat",
    r"kriminalit", r"misdrijf", r"misdaad", r"criminaliteit", r"burglar", r"cambriolage",
    r"robo", r"furt", r"furto", r"einbruch", r"diefstal", r"inbra", r"theft", r"vol(?:s)?\b",
    r"robber", r"roubos?\b", r"rapin", r"scipp", r"atraco", r"berov",
    r"violen", r"gewalt", r"geweld", r"assault", r"agress", r"aggress", r"victim",
    r"vitim", r"opfer", r"slachtoffer", r"recidiv", r"reoffend", r"re-offend", r"reincid",
    r"recidive", r"ruckfall", r"incident", r"vandal", r"anti-?social", r"nuisance", r"overlast",
    r"storung", r"fear", r"peur", r"miedo", r"paura", r"angst", r"medo", r"insecur", r"insegur",
    r"insicur", r"onveilig", r"feeling of safety", r"sentiment de securite",
    r"sensacion de seguridad", r"percepcion de seguridad", r"percezione di sicurezza",
    r"sicherheitsgefuhl", r"sicherheitsempfinden", r"veiligheidsgevoel", r"sensacao de seguranca",
    r"percecao de seguranca", r"complaint", r"plaintes?\b", r"denuncia", r"denunce", r"anzeigen",
    r"aangifte", r"queixa", r"drop-?out", r"decrochage", r"abandono escolar", r"dispersione",
    r"schulabbruch", r"schooluitval", r"absenteeism", r"absenteisme", r"absentismo",
    r"assenteismo", r"schulschwanz", r"verzuim", r"truancy", r"drug use", r"consommation",
    r"consumo", r"konsum", r"gebruik", r"overdos", r"sobredos", r"injur", r"blessures?",
    r"lesion", r"verletz", r"letsel", r"accident", r"unfall", r"ongeval", r"arrest",
    r"homicid", r"moord", r"mord", r"infect", r"hiv\b", r"mortal", r"deaths?\b", r"deces",
    r"muertes?", r"mort[ie]\b", r"mortes\b", r"todesf", r"doden\b", r"urgenc", r"emergenc",
    r"hospital", r"pratiques a risque", r"risk behaviou?r", r"conductas de riesgo",
    r"comportamenti a rischio", r"risikoverhalten", r"risicogedrag", r"comportamentos de risco",
    r"tranquillite publique", r"ordre public", r"seguridad ciudadana", r"public order",
    # inside German and Dutch compounds ("Beschaffungskriminalität", "jeugdcriminaliteit")
    r"\w*(?:kriminalit|gewalt|einbruch|diebstahl|straftat|delikt|criminaliteit|geweld|"
    r"inbra|diefstal|overlast|drogentot|raub|roven\b)", r"\w+roof\b",  # "straatroof", not "roof"
)


# … and ties it to the practice: after its start, compared with the years before it, or
# as its result ("in the years that followed the roll-out", "nos anos seguintes ao
# arranque", "seit der Einführung", "grâce au dispositif")
_START = (r"(?:launch|start|introduction|roll-?out|opening|lancement|debut|mise en (?:place|"
          r"oeuvre)|ouverture|inicio|lanzamiento|puesta en marcha|implantacion|avvio|"
          r"introduzione|apertura|einfuhrung|beginn|eroffnung|arranque|lancamento|"
          r"implementacao|invoering|begin)")
TIED = _any(
    r"(?:years?|months?) (?:that )?follow", r"following (?:the|its) \w+", r"since (?:the|its) ",
    r"since (?:it|then)\b", r"depuis lors", r"desde entonces", r"da allora", r"seitdem",
    r"desde entao", r"sindsdien", r"after (?:the|its) " + _START, r"as a result of", r"thanks to",
    r"(?:years?|period) before (?:the|it)", r"result of the", r"depuis (?:le |la |l'|son |sa )",
    r"apres (?:le |la |l'|son |sa )" + _START, r"grace (?:a|au|aux)\b", r"(?:annees|mois) "
    r"(?:suivant|qui ont suivi)", r"(?:annees|periode) (?:precedent|anterieur)",
    r"desde (?:el |la |su |que )", r"tras (?:el |la |su )" + _START, r"despues del? (?:la )?"
    + _START, r"gracias a", r"(?:anos|meses) (?:siguientes|posteriores)",
    r"(?:anos|periodo) anterior", r"da quando", r"dall'" + _START, r"dopo (?:l'|il |la )"
    + _START, r"grazie a", r"(?:anni|mesi) successiv", r"(?:anni|periodo) precedent",
    r"seit (?:der |dem |beginn|start|einfuhrung)", r"nach (?:der |dem )" + _START, r"dank\b",
    r"(?:jahren|monaten) danach", r"in den folgenden (?:jahren|monaten)",
    r"(?:jahren|zeit) davor", r"desde (?:o |a |que )", r"apos (?:o |a )" + _START,
    r"gracas a", r"(?:anos|meses) seguintes", r"anos anteriores", r"sinds (?:de |het |start|"
    r"invoering)", r"na (?:de |het )" + _START, r"dankzij", r"in de jaren (?:daarna|erna)",
    r"(?:jaren|periode) (?:ervoor|daarvoor)",
)


def tied_to_practice(text: str) -> bool:
    """Whether a folded sentence ties what it reports to the practice: its start, the
    years before it, or the practice as the cause."""
    return bool(TIED.search(text))


def unaffirmed(text: str) -> bool:
    """Whether a folded clause only plans, places elsewhere, hedges or says lacking what
    it tells ("an evaluation is planned", "abroad", "evaluations are limited")."""
    return any(p.search(text) for p in (absence.PLANNED, cue.ELSEWHERE, absence.HEDGE,
                                         absence.ABSENT))


def reports_outcome(text: str, language: str | None) -> bool:
    """Whether a folded clause or sentence reports a change in an outcome ("burglaries fell
    by 20 %"), not in the practice's activity, and does not deny measuring it."""
    if unaffirmed(text):
        return False
    outcome = OUTCOME.search(text)
    return bool(CHANGE.search(text) and outcome and not _measure_denied(text, outcome, language))


def _measure_denied(clause: str, outcome: re.Match[str], language: str | None) -> bool:
    """Whether the outcome itself is denied ("no data on crime"), as against a change being
    denied ("crime did not fall", "no reduction in burglaries": still a measured outcome)."""
    negations = cue.NEGATION.get(language or "", cue.NEGATION_ANY)
    for negation in negations.finditer(clause[: outcome.start()]):
        between = clause[negation.end(): outcome.start()]
        if len(between) <= 40 and not CHANGE.search(between):
            return True
    return False
