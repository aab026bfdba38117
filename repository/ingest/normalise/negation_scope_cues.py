"""What a negation or an infinitive in an evaluation clause is about (folded regexes, en
fr es it de pt nl): the comparison group ("classes that did not take part", "sans le
dispositif"), a commissioned evaluation ("had it evaluated", "commissioned X to assess")
rather than an intention, a preposition's own object; who a passive names as its agent
and a body named only in a person's title."""

from __future__ import annotations

import re


def _any(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(words) + r")")


# "groups that did not receive it", "ceux qui n'y ont pas participé", "Klassen, die nicht
# teilnahmen": the comparison group, not a denial of the evaluation
NOT_TREATED = re.compile(
    r"(?<![\w])(?:who|that|which|qui|que|che|die|welche|dat|those)\s+(?:\w+\s+){0,2}?"
    r"(?:did not|do not|had not|have not|were not|was not|not|never|n'(?:y )?(?:ont|avaient|"
    r"a|avait|etaient)|ne|no|non|nao|nicht|niet|geen|nie)\s+(?:\w+\s+){0,3}?"
    r"(?:receiv|recib|recev|ricev|receb|erhielt|erhalten|bekamen|bekommen|kregen|ontving|"
    r"particip|take part|took part|taken part|teilnahm|teilgenommen|deelnam|deelgenomen|"
    r"get\b|got\b|gotten|benefit|benefici|join|attend|frequent|ausgewahlt|gekozen|selected|"
    r"chosen|drawn|tire|sortead|sorteggiat|admitted|admis|admitid|ammess|aufgenommen|"
    r"toegelaten|admitid|pas ete|l'avaient pas ete|lo recib|la recib)\w*")
# "schools without the programme", "sans le dispositif": a comparison, not a negation
WITHOUT_THE_PRACTICE = re.compile(
    r"(?:without|sans|sin|senza|ohne|sem|zonder)\s+(?:(?:the|le|la|el|il|lo|das|den|die|o|a|"
    r"het|de|un|une|uno|una|a)\s+)?(?:programm?e?a?|project[eo]?|projet|progetto|projekt|"
    r"projeto|scheme|dispositi[fv]o?|intervention|intervencion|intervento|intervencao|service|"
    r"servicio|servizio|servico|dienst|angebot|aanpak|measure|mesure|medida|misura|massnahme)")
# "had it evaluated", "liet … evalueren", "a fait évaluer": a commissioned evaluation,
# not an intention
CAUSATIVE = _any(r"had\b", r"liet\b", r"lieten\b", r"laat\b", r"laten\b", r"liess",
                 r"lassen\b", r"fait\b", r"fit\b", r"faire\b", r"hizo\b", r"hicieron",
                 r"mando\b", r"mandaron", r"fece\b", r"fecero", r"fatto\b", r"mandou",
                 r"mandaram")
# Commissioning someone else to evaluate: "commissioned the consultancy MHB to assess",
# "gaf het bureau opdracht om … te evalueren" (a causative too)
COMMISSIONED = _any(r"commissioned", r"mandate\w*", r"encarg\w*", r"encomend\w*",
                    r"charge\w* (?:le|la|les|l'|un|une|des)\b[^.]{0,40}d'", r"incaric\w*",
                    r"beauftragt\w*", r"opdracht")
# A relative pronoun right before a negation: "a matched group who did not", "een groep
# die niet", "eine Gruppe, die nicht", "un gruppo che non", "un grupo que no", "un groupe
# qui n'a pas", "um grupo que não" — the negation describes what it is compared with
RELATIVE_BEFORE = re.compile(r"(?<![\w])(?:who|that|which|qui|que|che|die|welche|dat)\s+"
                             r"(?:[\w']+\s+){0,2}$")
# Prepositions of negation: they negate their own object only ("streets without gates")
# A negated participle after a comparison names the compared group: "with those not
# mediated", "con quelli dei minori non mediati", "avec des jeunes non suivis", "mit nicht
# betreuten Jugendlichen", "com jovens não acompanhados", "met niet-begeleide jongeren"
NEGATED_PARTICIPLE = re.compile(
    r"^[\s-]*\w{3,}(?:ed|at[oiae]|it[oiae]|ut[oiae]|ad[oa]s|id[oa]s|ad[oa]|id[oa]|ees?|"
    r"is|us|ten|te|de|den)\b")
PREPOSITIONS = frozenset({"without", "sans", "sin", "senza", "ohne", "sem", "zonder"})


# An office held in a body, said before its name: a person's title, no evaluation ("la
# presidente della Commissione d'inchiesta", "the chair of the Court of Audit")
OFFICE_HOLDER = re.compile(
    r"(?<![\w])(?:president[ea]?|presidentin|prasident(?:in)?|chair\w*|head|member|membre|"
    r"miembro|membro|mitglied|lid|voorzitter|vorsitzende[rn]?|direct(?:or|ora|rice|eur)|"
    r"leiter(?:in)?)\s+(?:of|de|du|des|del|della|dello|dei|degli|da|do|dos|das|der|van)\s+"
    r"(?:(?:the|la|le|el|il|lo|o|a|het|de)\s+|l')?$")
# German and Dutch passives name the agent before the participle ("wurde 2019 von der
# Prognos AG evaluiert", "werd door bureau Beke geëvalueerd"); the auxiliary comes first,
# so "die Wirkung von Projekten wurde untersucht" names no one
AGENT_BEFORE = re.compile(
    r"(?<![\w])(?:wurden?|worden|ist|sind|werd(?:en)?|is|zijn)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:von|vom|durch|door)\s+(?:(?:der|die|das|den|dem|des|de|het|een|einer|einem|eines)\s+)?"
    r"(?P<agent>[\w'-]+)[^.;:]{0,60}?(?<![\w])(?:evaluiert|ausgewertet|begutachtet|bewertet|"
    r"(?:uber)?gepruft|untersucht|geevalueerd|beoordeeld|doorgelicht|onderzocht)\b")
