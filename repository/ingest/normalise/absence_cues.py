"""Cue words of an evaluation that is not there (folded regexes, en fr es it de pt nl):
said to be absent, hedged, only planned or announced, or not done yet."""

from __future__ import annotations

import re


def _any(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(words) + r")")


# An evaluation said to be absent ("evaluations are lacking", "fehlt", "ontbreekt").
ABSENT = _any(
    r"lacking", r"lack of", r"missing", r"absent", r"manqu", r"fait defaut", r"falta",
    r"carece", r"inexistente", r"manca", r"mancano", r"assente", r"fehlt\b", r"fehlen\b",
    r"fehlende", r"liegt .{0,20}nicht vor",
    r"faltam", r"inexistent", r"ontbre", r"ontbrak",
)
# A hedge: evaluation is limited, rare or difficult (weaker than a denial).
HEDGE = _any(
    r"limited", r"few\b", r"scarce", r"rare(?:ly)?\b", r"little\b", r"limitee?s?\b",
    r"rares?\b", r"peu\b", r"escas", r"limitad", r"pocos", r"pocas", r"limitat", r"poch[ie]",
    r"begrenzt", r"wenige", r"selten", r"kaum", r"poucos", r"poucas", r"raros", r"beperkt",
    r"weinig", r"zelden", r"difficil", r"difficult", r"schwierig", r"moeilijk", r"dificil",
    r"dificeis",
)
# An evaluation that is only planned, requested or still to come.
PLANNED = _any(
    r"planned", r"will be", r"to be (?:carried|conducted|evaluated)", r"is expected",
    r"not yet", r"yet to", r"remains to be", r"should be", r"recommend(?!ation)", r"foreseen",
    r"prevue?", r"sera\b", r"seront\b", r"pas encore", r"reste a", r"recommand(?!at)", r"envisag",
    r"previst", r"se realizara", r"todavia no", r"aun no", r"recomi?end(?!ac)", r"se evaluara",
    r"sara\b", r"saranno", r"non ancora", r"ancora non", r"raccomand(?!azion)", r"verra",
    r"geplant", r"vorgesehen", r"soll(?:en|te)?\b", r"wird .{0,30}werden", r"noch nicht",
    r"bisher nicht", r"empfahl", r"empfohlen", r"sera\b", "serao", r"ainda nao",
    r"recomendou", r"gepland", r"zal\b", r"zullen", r"nog niet", r"nog geen", r"moet\b",
    r"aanbevol", r"steht .{0,20}aus\b", r"noch aus\b", r"ausstehend", r"pending",
    r"outstanding", r"en attente", r"pendiente", r"in attesa", r"pendente", r"staat nog",
    r"para (?:evaluar|avaliar)", r"per valutar", r"um .{0,30}zu evaluieren",
    r"pour evaluer", r"to evaluate", r"om .{0,30}te evalueren",
    # the future in other words: "an evaluation will follow", "une évaluation suivra"
    r"\bwill\b", r"scheduled", r"forthcoming", r"upcoming", r"suivra", r"aura lieu",
    r"a venir", r"tendra lugar", r"se hara\b", r"seguira", r"avra luogo", r"si fara\b",
    r"\bfolg(?:t|en)\b", r"kommt noch", r"\bvolgt\b", r"komt nog",
    # announced or intended, not done: "was announced", "we plan to commission"
    r"announc", r"annoncee?s?\b", r"anunciad", r"annunciat", r"angekundigt", r"aangekondigd",
    r"plan(?:s|ning)? to\b", r"intend", r"prevoit de", r"prevoient de", r"tiene previsto",
    r"pretende", r"prevede di", r"beabsichtig", r"plant (?:eine|die|den|ein)\b", r"tenciona",
    r"van plan", r"wil .{0,30}laten",
    # under way: "is being carried out", "est en cours", "wird derzeit durchgeführt"
    r"is being (?:carried|conducted|prepared|agreed|set up|developed|done)", r"under ?way",
    r"in progress", r"still being", r"en cours", r"en curso", r"in corso", r"em curso",
    r"in uitvoering", r"wordt (?:momenteel|nu|op dit moment)", r"wird (?:derzeit|gerade|zurzeit)",
    r"lauft (?:derzeit|noch|zurzeit)", r"se esta (?:realizando|llevando|elaborando)",
    r"esta a (?:ser|decorrer)", r"sta (?:svolgendo|conducendo)", r"e in fase di",
)
# An evaluation that does not exist yet: "is er nog niet", "not yet published"
NOT_YET = _any(r"not yet", r"yet to", r"pas encore", r"todavia no", r"aun no",
               r"non (?:e |sono )?ancora",
               r"ancora non", r"noch nicht", r"noch aus\b", r"ainda nao", r"nog niet",
               r"nog geen")
