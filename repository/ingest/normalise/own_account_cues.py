"""Cue words of the promoters' own account of their practice (folded regexes, en fr es it
de pt nl): a balance they draw with a judgement, and the records they keep and publish.
`evaluation` reads either as an internal evaluation, firm enough to count anywhere."""

from __future__ import annotations

import re

# The promoters' own verdict on their practice: a balance drawn, in any tense, with a
# judgement ("zog die Stadt selbst eine positive Bilanz", "un bilan très positif").
BALANCE = re.compile(
    r"(?<![\w])(?:bilan|bilanz|balance|balanco|bilancio|balans)\w*\W+(?:\w+\W+){0,3}?"
    r"(?:(?:tres|sehr|muy|molto|muito|zeer|largement|ampiamente|overwhelmingly|"
    r"durchweg|uberwiegend|claramente|chiaramente|duidelijk|globalement|overall) )?"
    r"(?:positi|negati|favorabl|favorevol|favorav|satisfaisant|satisfactori|soddisfacent|"
    r"satisfatori|gemischt|mitig|mixed|encourag|alentador|incoraggiant|animador|bemoedigend|"
    r"ermutigend|gut\b|good\b|bon\b|buen[oa]?\b|buon[oa]?\b|bom\b|boa\b|goed\b|"
    r"succes|erfolgreich|exitos|riuscit|sucesso)"
    r"|(?<![\w])(?:positi|negati|favorabl|favorevol|favorav|gemischt|mixed|encouraging|"
    r"ermutigend|bemoedigend|very good|sehr gute|zeer goede)\w*\W+(?:\w+\W+)?"
    r"(?:bilan|bilanz|balance|balanco|bilancio|balans)"
)
# The promoters keeping and publishing their own records of the practice: statistics,
# figures, totals, an observatory or a yearly report ("UK Finance publishes running
# totals", "la fédération publie chaque année ses statistiques", "der Träger dokumentiert
# laufend", "a prefeitura divulga o número de inscritos"). Monitoring: internal.
PUBLISHED = re.compile(
    r"(?<![\w])(?:publish\w*|publie\w*|publica(?:n|m|do|da|dos|das|ram)?\b|"
    r"pubblica(?:no|t\w*)?\b|veroffentlich\w*|"
    r"publiceer\w*|publiceren|gepubliceerd|divulga\w*|dokumentier\w*|documenta\w*|"
    r"documents|documented|rend(?:ent)? public\w*|hace public\w*|rende(?:no)? not\w*|"
    r"maakt .{0,20}bekend|legt .{0,30}vast|houdt .{0,30}bij|bijgehouden|registers|records\b|"
    r"recorded|regista\w*|registr[ae]\w*|erfasst|erhebt|compiles|compile\w*|recopila\w*|"
    r"raccoglie|recolhe|verzamelt|rapporteert|comptabilis\w*|contabiliz\w*|tall(?:y|ies)|"
    r"zahlt\b|presenta(?:no)? (?:cada|ogni|every)|publico\b|riporta\w*|"
    r"present\w* (?:chaque|tous les|every|each|cada|todos|ogni|jedes|elk)|"
    r"apresenta\w* (?:anualmente|todos|cada)|legt .{0,30}vor|"
    r"bericht\w* .{0,40}(?:regelmassig|jahrlich|jedes jahr|laufend))"
    r"\W+(?:\w+\W+){0,8}?"
    r"(?:statisti\w*|estatistic\w*|estadistic\w*|figures|chiffres|cifras|cifre|zahlen|"
    r"kennzahlen|cijfers|totals|totaux|totales|totali|totais|dati\b|datos|dados|daten\b|"
    r"donnees|gegevens|data\b|observ\w*|osserv\w*|annual report|yearly report|"
    r"rapports? annuels?|informes? anual\w*|relazion\w* annual\w*|jahresbericht\w*|"
    r"sachstandsbericht\w*|jaarverslag\w*|jaarrapport\w*|relatorios? anua\w*|"
    r"wie viele|hoeveel|how many|combien|cuant[oa]s|quant[ioe]s?\b|numeros?\b|numbers?\b|nombre\b|"
    r"anzahl\b|aantal\b|zahl\b|each month|every month|chaque mois|cada mes|ogni mese|"
    r"jeden monat|todos os meses|per maand|elke maand|monthly|mensuel\w*|mensual\w*|"
    r"mensil\w*|monatlich\w*|maandelijks|bilan|bilanz|balance|bilancio|balanco|balans|resultats|results|"
    r"resultados|risultati|ergebnisse|resultaten|ogni anno|every year|each year|chaque annee|"
    r"cada ano|jedes jahr|jahrlich|elk jaar|jaarlijks|annuellement|anualmente|"
    r"annualmente|annually)"
    # the practice's own yearly or activity report, named as such
    r"|(?<![\w])(?:annual report|yearly report|rapports? annuels?|informes? anual\w*|"
    r"relazion\w* annual\w*|rapport[oi] annual[ei]|jahresbericht\w*|sachstandsbericht\w*|"
    r"jaarverslag\w*|jaarrapport\w*|relatorios? anua\w*|rapports? d'activite|"
    r"memorias? anual\w*|memorias? de actividad\w*|taetigkeitsbericht\w*|"
    r"tatigkeitsbericht\w*|relatorios? de atividade\w*|relazion\w* di attivita|"
    r"activity reports?|bilans? annuels?|balances? anual\w*|bilanci? annual[ei]|"
    r"balancos? anua\w*)"
)

def _any(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(words) + r")")


# Evidence said to be lacking ("there is little hard evidence", "weinig hard bewijs")
EVIDENCE_LACKING = _any(
    r"(?:little|no|scant|limited|weak|hardly any|not much) (?:hard |robust |solid |firm |"
    r"scientific )?evidence", r"(?:peu|pas|guere) de (?:preuves?|donnees probantes)",
    r"(?:poca|escasa|ninguna|sin) (?:evidencia|prueba)", r"(?:pocas|escasas) pruebas",
    r"no hay (?:evidencia|pruebas)", r"(?:poche|scarse|nessuna) (?:prove|evidenze)",
    r"poca evidenza", r"(?:wenige?|kaum|keine) (?:harte[n]? |belastbare[n]? )?(?:belege|"
    r"evidenz|nachweise?)", r"(?:pouca|nenhuma) (?:evidencia|prova)", r"poucas provas",
    r"(?:weinig|geen|nauwelijks) (?:hard |wetenschappelijk )?bewijs")
# A report, by whoever wrote it ("un rapport parlementaire", "der Bericht des Rechnungshofs")
REPORT = _any(r"reports?\b", r"rapports?\b", r"informes?\b", r"relazion[ei]\b", r"rapport[oi]\b",
              r"\w*berichte?\b", r"relatorios?\b", r"verslag(?:en)?\b")
# People of the practice voicing what they saw ("Hulpverleners wijzen erop dat", "les
# retours des associations soulignent", "aus der Praxis wird hervorgehoben")
VOICED = _any(
    r"point(?:s|ed)? out", r"stress(?:es|ed)?\b", r"highlight", r"emphasi[sz]", r"observe",
    r"notice", r"feedback", r"testimon", r"soulign", r"constat", r"temoign", r"retours?\b",
    r"observent", r"destaca", r"senala", r"subraya", r"coinciden en", r"valoran",
    r"sottoline", r"evidenzia", r"rilevano", r"osservano", r"riferiscono",
    r"hervorgehoben", r"betone?n?\b", r"beobacht", r"stellen fest", r"ruckmeld",
    r"sublinha", r"salienta", r"apontam", r"referem", r"observam", r"wijzen erop",
    r"benadruk", r"merken", r"constateren", r"zien dat", r"ervaren dat",
)
# What they saw: an effect in everyday words ("reduces conflicts", "defuses", "builds
# trust", "lowers the threshold", "a reassuring effect")
OBSERVED = _any(
    r"reduc", r"riduc", r"reduit", r"reduz", r"verringer", r"reduzier", r"vermindert",
    r"verlaagt", r"verkleint", r"diminu", r"lower", r"fewer", r"less\b", r"moins",
    r"menos", r"meno\b", r"weniger", r"minder", r"calm", r"apais", r"beruhig", r"entscharf",
    r"kalmeer", r"de-?escal", r"desescal", r"trust", r"confian", r"fiducia", r"vertrauen",
    r"vertrouwen", r"rassur", r"tranquiliz", r"rassicur", r"geruststel", r"improv",
    r"amelior", r"mejor", r"miglior", r"verbesser", r"melhor", r"verbeter", r"effect",
    r"effet", r"efecto", r"effett", r"efeito", r"wirk",
)
# Figures told as the promoters' own records: "according to the team's records", "our
# own night log", "según los datos de la propia unidad", "nach Angaben des Teams",
# "segundo os registos da equipa", "volgens de eigen cijfers". Monitoring: internal.
_KEEPERS = (r"(?:team|unit|project|service|programme|program|staff|volunteers|association|"
            r"charity|equipe|l'equipe|unite|projet|service|equipo|unidad|proyecto|servicio|"
            r"programa|l'equipe|servizio|progetto|operatori|teams|projekts|tragers|dienstes|"
            r"equipa|unidade|projeto|servico|projecto|het team|het project|de dienst)")
_RECORDS = (r"(?:records?|data|figures|logs?|counts?|registers?|statistics|donnees|chiffres|"
            r"registres?|statistiques|datos|registros?|cifras|estadisticas|dati|registri|cifre|"
            r"statistiche|daten|zahlen|aufzeichnungen|dokumentation|statistik|angaben|"
            r"registos?|dados|numeros|estatisticas|cijfers|gegevens|registratie|tellingen)")
OWN_RECORDS = _any(
    r"(?:our|their|its|the \w+'s) own (?:\w+ )?" + _RECORDS,
    r"(?:according to|based on|from|per) (?:the )?" + _KEEPERS + r"'?s? (?:own )?" + _RECORDS,
    r"(?:according to|says?|said) the " + _KEEPERS + r"\b",
    r"(?:selon|d'apres) (?:les |leurs |ses |nos )?" + _RECORDS + r" (?:internes|propres|"
    r"de l'equipe|du service|du projet|de l'association|de l'unite)",
    r"(?:selon|d'apres) l'equipe", r"(?:ses|leurs|nos) propres " + _RECORDS,
    r"(?:segun|de acuerdo con) (?:los |las |sus )?" + _RECORDS + r" (?:internos|propios|"
    r"de la propia|del propio|del equipo|de la unidad|del servicio|del proyecto)",
    r"segun el equipo", r"sus propios " + _RECORDS,
    r"secondo i (?:propri )?" + _RECORDS + r" (?:interni|propri|del team|dell'equipe|"
    r"del servizio|del progetto|degli operatori)", r"secondo (?:il team|l'equipe|gli operatori)",
    r"(?:i )?propri " + _RECORDS, _RECORDS + r" propri\b",
    r"(?:nach|laut) (?:eigenen )?(?:angaben|daten|zahlen|aufzeichnungen) (?:des|der) "
    r"(?:teams|projekts|tragers|dienstes|stadt|vereins|einrichtung)",
    r"(?:nach|laut) eigenen (?:angaben|daten|zahlen|aufzeichnungen)",
    r"eigenen? (?:daten|zahlen|statistik|aufzeichnungen|dokumentation|erhebung)",
    r"(?:segundo|de acordo com) (?:os |as )?(?:seus |proprios )?" + _RECORDS +
    r" (?:internos|proprios|da equipa|da equipe|do projeto|do projecto|do servico|da unidade)",
    r"segundo a equip[ae]", r"(?:seus|os seus) proprios " + _RECORDS,
    r"volgens (?:de )?(?:eigen )?" + _RECORDS + r" (?:van )?(?:het team|het project|de dienst)",
    r"volgens (?:de )?eigen " + _RECORDS, r"volgens het (?:team|project)",
    r"eigen (?:cijfers|gegevens|registratie|tellingen)",
)
# A denial of the practice itself beside an evaluation of what it belongs to ("the
# national programme was evaluated, but the Groningen scheme itself was not", "per i
# custodi sociali non è stata svolta una valutazione specifica")
ITSELF = _any(
    r"itself", r"as such", r"this (?:project|practice|scheme|service|programme)\b",
    r"specific", r"lui-meme", r"elle-meme", r"en tant que tel", r"specifique", r"propre\b",
    r"en si\b", r"especific", r"propiamente", r"in se\b", r"specific[ao]", r"stesso\b",
    r"selbst\b", r"als solche[rs]?\b", r"eigens\b", r"spezifisch", r"em si\b", r"especific",
    r"zelf\b", r"als zodanig", r"specifiek",
)
