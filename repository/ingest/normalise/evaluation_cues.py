"""Cue words of evaluation statements in en, fr, es, it, de, pt and nl (folded regexes).

Each table is one class of cue the reader of `evaluation.py` looks for in a clause:
what names an evaluation, what negates it, and what says who did it (an evaluation
absent, planned or not done yet: `absence_cues.py`). They are word starts (`\\b`
before, open after) so inflections match: "evalua" covers "evaluated", "evaluación",
"evaluatie".
"""

from __future__ import annotations

import re


def _any(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(words) + r")")


# An evaluation of the practice: words that mean nothing else.
EVALUATION = _any(
    r"evalu", r"geevalueerd",
    r"valutazion", r"valutat", r"valutare\b", r"avaliac", r"avaliad", r"avaliou", r"avaliar",
    r"auto-?evaluat", r"autovalutaz", r"selbstevaluat", r"zelfevaluat",
    r"\w{2,}evalu(?:ation|atie|ier)",  # de/nl compounds: Wirkungsevaluation, effectevaluatie
    r"wirkungs(?:bewertung|analyse|messung|forschung)", r"begleitforschung", r"auswertung",
    r"ausgewertet",
    r"wissenschaftlich begleitet", r"wissenschaftliche begleitung",
    r"begleitet .{0,40}wissenschaftlich", r"effectmeting", r"effectonderzoek",
    r"impact (?:assessment|study|analysis)", r"assessment", r"assessed", r"assess\b",
    r"audits?\b", r"auditor", r"auditoria", r"self-assessment", r"beoordeeld",
    r"doorlicht", r"doorgelicht",
    r"(?:public|parliamentary|independent) (?:inquiry|review)", r"inquiry", r"review(?:ed)?\b",
    r"commission d'enquete", r"enquete parlementaire", r"untersuchungsausschu",
    r"comision de investigacion", r"commissione d'inchiesta", r"comissao de inquerito",
    r"parlementaire enquete", r"enquetecommissie",
    r"(?:cour|chambres?(?: regionales?)?) des comptes", r"court of audit",
    r"national audit office", r"rechnungshof", r"tribunal de cuentas", r"corte dei conti",
    r"rekenkamer", r"tribunal de contas", r"evaluatiecommissie",
    r"(?:uber)?gepruft", r"uberprufung",  # "die Volksanwaltschaft hat das Verbot geprüft"
)
# Research and studies: an evaluation when they report effects or follow a design.
RESEARCH = _any(
    r"stud(?:y|ies|ied)", r"research", r"etudes?\b", r"recherches?\b", r"estudios?\b",
    r"estudos?\b", r"estudad", r"estuda", r"investigacion", r"investigacao", r"studi\b",
    r"studio\b", r"ricerche?\b", r"studien?\b", r"forschung", r"untersucht", r"untersuchung",
    r"onderzoek", r"onderzocht", r"studies\b", r"trials?\b", r"versuche wurden", r"ensayos?\b",
    r"essais?\b", r"experimentacion", r"sperimentazion", r"experimentacao", r"ricerca\b",
    # researchers who measured or followed the practice ("los investigadores midieron")
    r"researchers", r"chercheu\w*", r"investigador\w*", r"ricercator\w*", r"forscher\w*",
    r"onderzoekers", r"economists", r"economistes", r"economistas", r"economisti",
    r"okonom\w*", r"economen", r"criminologists?", r"criminologues?", r"criminolog[oa]s",
    r"criminologi\b", r"kriminolog\w*", r"criminologen", r"pesquisas?\b",
    # theses on the practice ("un trabajo de fin de máster … entrevistó a vecinos")
    r"thes[ie]s\b", r"master'?s thesis", r"dissertation", r"these de (?:master|doctorat)",
    r"memoire de (?:master|fin d'etudes)", r"tesis\b", r"tesi\b", r"teses?\b",
    r"dissertac", r"trabajo de fin de", r"trabalho de conclusao", r"(?:master|doktor|"
    r"bachelor|abschluss|diplom)arbeit", r"scriptie", r"proefschrift", r"afstudeeronderzoek",
)
# Assignment by lot: "which spots got the visits was drawn at random", "tirés au sort"
_LOTTERY = (
    r"(?:drawn|chosen|selected|assigned|allocated|picked) (?:at random|by lot)",
    r"(?:by|a) lottery", r"tire(?:e|s|es)? au sort", r"tirage au sort", r"au hasard",
    r"(?:elegid|seleccionad|asignad|escogid)\w* al azar", r"por sorteo", r"sorteggi\w*",
    r"(?:scelt|selezionat|assegnat|estratt)\w* a caso", r"ausgelost", r"per los\b",
    r"zufallig (?:ausgewahlt|zugeteilt|zugewiesen|bestimmt)", r"geloot", r"door loting",
    r"willekeurig (?:gekozen|toegewezen|ingedeeld|geselecteerd)", r"sortead\w*",
    r"por sorteio", r"(?:escolhid|selecionad|atribuid)\w* ao acaso",
)
# Designs that only an evaluation study has (enough on their own)
STRONG_DESIGN = _any(
    r"randomi[sz]", r"aleatori", r"gerandomiseerd", r"\brct\b", r"controlled trial",
    r"control (?:group|areas?|schools|conditions)", r"comparison (?:group|areas?|cities)",
    r"quasi-?experiment", r"groupes? (?:temoin|de controle|de comparaison)",
    r"grupos? (?:de )?(?:control|comparacion|controlo|comparacao)", r"gruppo di controllo",
    r"(?:quartieri|scuole|gruppi) di controllo", r"kontroll(?:gruppe|gebiet|gemeinde|schule)",
    r"vergleichsgruppe", r"controle(?:groep|wijk|gebied|school|scholen|gemeente)",
    r"vergelijkings(?:groep|wijk|gebied|gemeente)",
    # control classes and comparable groups
    r"control (?:classes|classrooms)", r"classes? temoins?", r"clases? de control",
    r"aulas? de control", r"classi di controllo", r"kontroll(?:klasse|bezirk|region|standort)",
    r"turmas? (?:de )?(?:controlo|controle)", r"controleklas",
    r"(?:comparable|similar) group", r"groupe comparable", r"grupo (?:comparable|similar)",
    r"gruppo (?:comparabile|simile)", r"vergleichbaren? gruppe", r"grupo comparavel",
    r"vergelijkbare groep",
    *_LOTTERY,
)
# What a denial may be qualified by ("no independent evaluation"): a weaker denial
QUALIFIED = _any(
    r"independ", r"indipend", r"unabhangig", r"onafhankelijk", r"extern", r"esterna", r"esterno",
    r"formal", r"formel", r"impact", r"impatto", r"wirkung", r"effect", r"efecto", r"effet",
    r"effett", r"efeito", r"scientif", r"cientif", r"wissenschaft", r"wetenschap", r"systemat",
    r"robust", r"rigor", r"publi", r"veroffentlicht", r"outcome", r"long-term", r"a long terme",
    r"final", r"abschliess", r"d'ensemble", r"global", r"nacional", r"national", r"nazional",
)
# An evaluation word in a form that reports one: "was evaluated", "évalué", "evaluiert"
EVALUATED = _any(
    r"evaluated", r"evaluee?s?\b", r"evaluad[oa]s?\b", r"valutat[oaie]\b", r"evaluiert",
    r"avaliad[oa]s?\b", r"geevalueerd", r"assessed", r"reviewed", r"audited", r"evalueerde",
    r"evaluou", r"evaluo\b", r"evaluo\b", r"evaluierte", r"evaluaron", r"evaluat[oaie]\b",
)
# The same word as an intention: "to evaluate", "pour évaluer", "evaluar su impacto"
TO_EVALUATE = re.compile(r"(?:evaluate|evaluer|evaluar|valutare|evaluieren|avaliar|"
                         r"evalueren|assess)\b")
# Research done on the practice (a participle): "was studied", "is onderzocht"
STUDIED = _any(r"studied", r"researched", r"etudiee?s?\b", r"estudiad[oa]s?\b", r"studiat[oaie]\b",
               r"estudad[oa]s?\b", r"untersucht", r"onderzocht", r"investigad[oa]s?\b")
# Who looked: researchers and research bodies.
ACADEMIC = _any(
    r"universit", r"universid", r"academ", r"\w*akadem",
    r"research(?:ers| team| institute| centre| center)",
    r"chercheu", r"investigador", r"ricercator", r"forscher", r"onderzoekers",
    r"onderzoeks(?:centrum|instituut|bureau)", r"forschungs(?:institut|zentrum)",
    r"centre de recherche", r"centro de investigaci", r"centro di ricerca",
    r"institut", r"instituto", r"istituto", r"instituut", r"politecnico", r"polytechn",
    r"hogeschool", r"hochschule", r"college",
    # universities known by their initials ("KU Leuven", "TU Delft", "ETH Zürich", "UCL")
    r"ku leuven", r"tu (?:delft|eindhoven|dortmund|berlin|munchen|dresden|darmstadt|wien|"
    r"graz)", r"eth zurich", r"epfl\b", r"lmu\b", r"ucl\b", r"lse\b", r"uva\b",
    # German and Dutch compounds: "Jugendinstitut", "Kriminologisches Forschungsinstitut"
    r"[a-z]+(?:institut|instituut|hochschule|hogeschool|universitat|universiteit)",
)
# Who an evaluation was done by: "evaluated by X", "évalué par X", "evaluiert vom X",
# "avaliado pelo ISCTE", "geëvalueerd door het WODC" (the agent word after the article)
AGENT = re.compile(
    r"(?<![\w])(?:evaluat\w*|assessed|reviewed|audited|evalue\w*|evaluad\w*|evaluo|"
    r"valutat\w*|evaluiert|ausgewertet|begutachtet|avaliad\w*|avaliou|geevalueerd|"
    r"evalueerde|beoordeeld|doorlicht\w*|doorgelicht|\w*evaluation|evaluacion|valutazione|"
    r"avaliacao|\w*evaluatie)\s+"
    r"(?:[\w']+\s+){0,3}?(?:by|par|por|pelo|pela|pelos|pelas|dal|dalla|dall'|dai|dagli|da|"
    r"von|vom|durch|door|lag beim?|lag bij)\s+(?:(?:the|le|la|les|el|los|las|il|lo|i|gli|"
    r"der|die|das|den|dem|des|de|het|o|a|os|as|an|a)\s+|l')?(?P<agent>[\w'-]+)")
# Agents that are the practice's own people or its promoter: an internal evaluation
OWN_AGENT = re.compile(
    r"(?:team|staff|city|council|municipal|town|borough|ville|mairie|commune|metropole|"
    r"service|equipe|ayuntamiento|ajuntament|equipo|comune|servizio|stadt|gemeinde|magistrat|"
    r"gemeente|camara|equipa|servico|project|projet|proyecto|progetto|projekt|projeto|"
    r"promot|coordinat|organi[sz]|police|polizia|policia|politie|polizei|partner|particip|"
    r"own|itself|propri|propi|propre|selbst|zelf|eigen|volunteer|benevol|voluntari|"
    r"freiwillig|vrijwillig|steering|"
    r"comite de pilotage|comite|comitato|lenkung|stuurgroep|"
    r"(?:the|its|their|leur|sus|suoi|seine)$)")
# A research design: comparison, control group, before/after, randomisation.
DESIGN = _any(
    *_LOTTERY,
    r"randomi[sz]", r"aleatori", r"casual(?:e|i|mente)\b", r"zufallig", r"gerandomiseerd",
    r"\brct\b", r"controlled trial", r"control (?:group|areas?|schools|conditions)",
    r"comparison (?:group|areas?|cities|towns|streets|neighbourhoods|schools)",
    r"compar(?:ed|ing|ison) (?:with|to)\b", r"compared .{0,60} with\b", r"quasi-?experiment",
    r"matched (?:streets|areas|groups|schools|sites|neighbourhoods|districts|towns|cities)",
    # similar places that had no intervention
    r"similar (?:streets|areas|neighbourhoods|districts|schools|towns|cities|sites)",
    r"(?:rues|quartiers|zones|ecoles) (?:similaires|comparables)",
    r"(?:strade|quartieri|zone|scuole) (?:simili|analoghe|comparabili)",
    r"(?:ahnliche|vergleichbare)n? (?:strassen|viertel|gebiete|stadtteile|schulen)",
    r"(?:ruas|bairros|zonas|escolas) (?:semelhantes|similares|comparaveis)",
    r"vergelijkbare (?:straten|wijken|buurten|gebieden|scholen)",
    r"groupe(?:s)? (?:temoin|de controle|de comparaison)",
    r"compare(?:e|s|es)? (?:a|avec|aux)\b", r"(?:ont|a) compare .{0,60} (?:a|avec|aux)\b",
    r"comparo\b",
    r"grupos? (?:de )?(?:control|comparacion|controlo|comparacao)",
    r"(?:calles|zonas|barrios|areas) (?:de comparacion|similares)", r"compara(?:ron|ndo|do|da)\b",
    r"en comparacion con", r"em comparacao com",
    r"comparad[oa]s? com", r"compar(?:ou|aram|ando)\b", r"verglich\b", r"vergeleek",
    r"vergeleken\b", r"verglichen\b",
    r"gruppo di controllo", r"(?:quartieri|scuole|gruppi) di controllo",
    r"confront(?:ato|ata|ando|ati|ate)\b", r"rispetto al gruppo",
    r"kontroll(?:gruppe|gebiet|gemeinde|schule|klasse|bezirk|region|standort)",
    r"vergleichs(?:gruppe|gemeinden|gebiet|stadte|schulen)", r"verglich(?:en)? .{0,60} mit\b",
    r"verglichen mit", r"im vergleich (?:zu|mit)",
    r"controle(?:groep|wijk|gebied|school|scholen|gemeente)",
    r"vergelijkings(?:groep|wijk|gebied|gemeente)",
    # a comparison of places with and without the practice
    r"(?:mess[oa]|mettendo|mette|mettere) a confronto", r"confronto (?:tra|fra|con)\b",
    r"with and without", r"avec et sans", r"con y sin", r"con e senza", r"mit und ohne",
    r"com e sem", r"met en zonder",
    r"vergeleken met", r"in vergelijking met", r"vergeleken .{0,60} met\b",
    r"control (?:classes|classrooms)", r"classes? temoins?", r"clases? de control",
    r"classi di controllo", r"turmas? (?:de )?(?:controlo|controle)", r"controleklas",
    r"(?:comparable|similar) group", r"groupe comparable", r"grupo (?:comparable|similar)",
    r"gruppo (?:comparabile|simile)", r"vergleichbaren? gruppe", r"grupo comparavel",
    r"vergelijkbare groep",
    r"peer-?review", r"meta-?analy", r"systematic review",
    r"scientific(?:ally)? (?:evaluat|stud|assess)", r"evaluation scientifique",
    r"evaluacion cientifica", r"valutazion[ei] scientific", r"wissenschaftlich",
    r"avaliacao cientifica", r"wetenschappelijk", r"scientifique", r"scientific evaluation",
    r"journal\b", r"revue scientifique", r"revista cientifica", r"rivista scientifica",
    r"fachzeitschrift", r"tijdschrift", r"longitudinal", r"statistically significant",
    r"significativ",
)
# Measurement before and after: a design when researchers make it (else a measurement).
PRE_POST = _any(
    r"before and after", r"pre-? ?(?:and|/) ?post", r"avant et apres", r"antes y despues",
    r"antes e depois", r"prima e dopo", r"vorher-nachher", r"vor und nach", r"voor- en nameting",
    r"(?:when they joined|at entry) and (?:a year|six months|\w+ months) later",
    # follow-up at fixed intervals: "12 and 24 months later", "12 e 24 meses depois"
    r"\d+ (?:and \d+ )?months (?:later|after)", r"\d+ (?:et \d+ )?mois (?:apres|plus tard)",
    r"\d+ (?:y \d+ )?meses (?:despues|mas tarde)", r"\d+ (?:e \d+ )?mesi (?:dopo|piu tardi)",
    r"nach \d+ (?:und \d+ )?monaten", r"\d+ (?:e \d+ )?meses (?:depois|mais tarde)",
    r"\d+ (?:en \d+ )?maanden (?:later|na)",
)
# Independent, external, audit bodies, inquiries, commissioned evaluators.
EXTERNAL = _any(
    r"independ", r"indipend", r"unabhangig", r"onafhankelijk", r"external",
    # every inflection: externe, externen, externer, externos, externas, esterni …
    r"extern(?:e[nrsm]?|[ao]s?)?\b", r"estern[oaie]\b", r"consultan", r"consultor",
    r"consulenz", r"cabinet", r"bureau d'etudes", r"adviesbureau", r"beratungsunternehm",
    r"auditor", r"audit\b", r"auditoria", r"inspector", r"inspection", r"inspectie",
    r"(?:cour|chambres?(?: regionales?)?) des comptes", r"court of audit",
    r"national audit office", r"rechnungshof",
    r"tribunal de cuentas", r"corte dei conti", r"rekenkamer", r"tribunal de contas",
    # parliaments and their reports ("un rapport parlementaire", "parlamentarische Anfrage")
    r"parliament", r"parlement", r"parlamen",
    # ombudsman offices
    r"ombuds", r"volksanwalt", r"defenseur des droits", r"defensor del pueblo",
    r"sindic de greuges", r"difensore civico", r"provedora? de justica", r"burgerbeauftragt",
    r"inquiry", r"commission d'enquete", r"enquete parlementaire", r"untersuchungsausschu",
    r"comision de investigacion", r"commissione d'inchiesta", r"comissao de inquerito",
    r"parlementaire enquete", r"evaluatiecommissie", r"evaluation committee",
    r"commissioned", r"commandit", r"encargad", r"commissionat", r"beauftragt",
    r"in opdracht", r"encomendad", r"confiee? a", r"council of europe", r"conseil de l'europe",
    r"consejo de europa", r"consiglio d'europa", r"europarat", r"conselho da europa",
    r"raad van europa", r"group of experts", r"grupo de peritos", r"expertengruppe",
    r"ombudsman", r"mediateur de la republique", r"defensor del pueblo", r"wodc\b",
)
# The promoters' own account: internal, self-assessment, "the team itself".
INTERNAL = _any(
    # not the name of a ministry or a field: "Segurança Interna", "internal affairs"
    r"internal(?! (?:security|affairs|market))",
    r"(?<!seguranca )(?<!seguridad )(?<!sicurezza )(?<!affaires )(?<!asuntos )(?<!affari )"
    r"(?<!assuntos )intern(?:e[nrsm]?|[ao]s?|i)?\b(?! (?:zaken|sicherheit|angelegenheit))",
    r"self-",
    r"auto-?evaluat", r"autoevaluac", r"autovalutaz", r"autoavalia", r"selbstevaluat",
    r"selbstbewert", r"zelfevaluat", r"own team", r"the team itself", r"l'equipe elle-meme",
    r"el propio equipo", r"il team stesso", r"dall'equipe", r"eigen team",
    r"das team selbst", r"a propria equipa", r"pela propria equipa", r"its own",
    r"leur propre", r"su propio", r"proprio", r"eigenen?\b",
)
# Monitoring by the team: the weakest positive (internal).
MONITORING = _any(
    r"monitor", r"suivi (?:est|regulier|annuel|assure|des indicateurs)", r"seguimiento",
    r"monitoraggio", r"monitoriz", r"acompanhamento", r"indicators?\b", r"indicateurs?\b",
    r"indikator", r"indicadores", r"indicatori", r"indicatoren", r"measurements?",
    r"mesures? (?:realisees|effectuees)", r"mediciones", r"messungen", r"medicoes", r"metingen",
    r"gemonitord", r"surveyed",
    # following the practice's execution through its own figures ("ces chiffres relèvent
    # du suivi de l'exécution", "the city tracks the figures")
    r"suivi de (?:l'execution|la mise en (?:oeuvre|œuvre)|l'activite|l'action)",
    r"(?:verfolgt|verfolgen|tracks?|tracked) .{0,40}(?:zahlen|figures|kennzahlen)",
    # the promoters taking stock with counts ("the trust counts how many …")
    r"counts? (?:how many|the number)", r"takes? stock", r"fait (?:le|un) bilan",
    r"hace balance", r"hacen balance", r"(?:fa|fanno) (?:il|un) bilancio",
    r"zieht .{0,20}bilanz", r"faz (?:o|um) balanco", r"fazem (?:o|um) balanco",
    r"maakt .{0,20}de balans op", r"telt (?:hoeveel|het aantal)",
    r"monitored",
    # the promoters taking stock and drawing their conclusion ("en tire la conclusion que")
    r"fait (?:le|un) point", r"fa (?:il|un) punto", r"faz (?:o|um) ponto", r"hace (?:un )?repaso",
    r"zwischenbilanz", r"conclu\w* (?:que|che|that)\b", r"en tire la conclusion",
    r"ne conclude", r"(?:kommt|kam|kommen|kamen) .{0,30}zu dem schluss", r"fazit",
    r"concludeer\w*", r"(?:komt|kwam) .{0,30}tot de conclusie",
    # surveys of the people served or of residents
    r"surveys?\b", r"questionnaires?", r"sondages?", r"enquetes? de satisfaction",
    r"encuestas?", r"sondaggi?o?\b", r"questionari", r"umfragen?", r"befragung", r"befragt",
    r"inqueritos?", r"questionarios?", r"enquetes?\b", r"vragenlijst",
)
# Promoters reporting effects ("the municipalities report positive effects").
REPORTED = _any(
    r"report(?:s|ed)? (?:that |a |an |positive|falls?|fewer|less|lower|a fall|a decline|"
    r"reductions?|improv|good|success)", r"rapportent", r"signalent une",
    r"informan de", r"riferiscono", r"berichte[nt]? (?:von|uber|dass)", r"wird .{0,40}berichtet",
    r"relatam", r"rapporteerden", r"rapporteren", r"according to (?:the )?(?:police|city|council)",
)
# Effects a statement reports (so "the helpline received 10,000 calls" is not one).
EFFECT = _any(
    r"effect", r"effet", r"efecto", r"effett", r"efeito", r"wirkung", r"wirksam", r"impact",
    r"impatto", r"reduc", r"reduz", r"riduz", r"reduct", r"decreas", r"declin", r"fall\b",
    r"fell\b", r"falls\b", r"fewer", r"less\b", r"lower", r"drop", r"baiss", r"diminu",
    r"descens", r"calo\b", r"rucklauf", r"gesunken", r"gesenkt", r"ruckgang", r"weniger",
    r"daling", r"gedaald", r"daalde", r"steeg\b", r"stegen\b", r"minder", r"afname",
    r"disminu", r"zuruckgegangen", r"zuruckging", r"sank\b", r"sanken\b",  # past tenses
    r"improv", r"amelior", r"mejor", r"miglior",
    r"verbesser", r"melhor", r"verbeter", r"positi", r"success", r"succes", r"exito",
    r"erfolg", r"sucesso", r"increase", r"hausse", r"aument", r"anstieg", r"gestiegen",
    r"toename", r"gestegen", r"rose\b", r"safer", r"plus sur", r"mas segur", r"piu sicur",
    r"sicherer", r"mais segur", r"veiliger", r"scheitert", r"outcome", r"resultat",
    r"result", r"risultat", r"ergebnis", r"resultad",
)
# Counting activity is not evaluating it ("the number of calls", "annual activity report").
ACTIVITY = _any(
    r"number of", r"nombre de", r"numero de", r"numero di", r"zahl der", r"anzahl",
    r"aantal", r"volume", r"flow of calls", r"activity report", r"rapports? d'activite",
    r"memorias? anual", r"memoria de actividad", r"relazion[ei] di attivita",
    r"taetigkeitsbericht", r"tatigkeitsbericht", r"jaarverslag", r"relatorios? de atividade",
    r"balances? anual", r"hoeveel", r"how many", r"combien",
)
# A one-word or short answer under an evaluation heading or key ("Evaluated: no")
YES = re.compile(r"^(?:yes|true|oui|si|ja|sim|wel)\b")
NO = re.compile(r"^(?:no|none|false|non|nein|nao|nee|niet|geen|aucune?|ninguna?|nessuna?|"
                r"keine?|nenhuma?|not evaluated|non evaluee?|nicht evaluiert)\b")
# "not only", "non seulement": not a negation
NOT_ONLY = re.compile(r"(?:not|non|no|nicht|nao|niet)\s+(?:only|just|seulement|solo|solamente|"
                      r"soltanto|nur|so|apenas|alleen)\b")
# Negation of what follows (or of the clause), per language: Portuguese "no" is "in the",
# French "mai" is May, so each language has its own list; a text of unknown language
# takes them all but "mai" and "ne".
# "né … né" (neither … nor), not the clitic "ne" ("ne ha valutato l'impatto")
_NEITHER = r"ne\b(?= [^.;]{1,60}\bne\b)"
NEGATION_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"no\b", r"not\b", r"never", r"without", r"nor\b", r"none", r"nothing",
           r"neither"),
    "fr": (r"n'", r"ne\b", r"pas\b", r"aucun", r"sans\b", r"jamais", r"ni\b", r"non\b",
           r"nul(?:le)?\b"),
    "es": (r"no\b", r"ningun", r"sin\b", r"nunca", r"tampoco", r"ni\b", r"nada"),
    "it": (r"non\b", r"nessun", r"senza", r"mai\b", _NEITHER, r"alcuna", r"niente"),
    "de": (r"kein", r"nicht", r"ohne", r"nie\b", r"niemals", r"weder", r"nein\b"),
    "pt": (r"nao\b", r"nenhum", r"sem\b", r"nunca", r"nem\b", r"nada"),
    "nl": (r"geen", r"niet", r"zonder", r"nooit", r"noch\b", r"nergens"),
}
NEGATION: dict[str, re.Pattern[str]] = {lang: _any(*words)
                                        for lang, words in NEGATION_WORDS.items()}
NEGATION_ANY = _any(*sorted({w for words in NEGATION_WORDS.values() for w in words}
                            - {r"mai\b", _NEITHER}))
# A claim about other places or in general, not about this practice.
ELSEWHERE = _any(
    r"in other countries", r"abroad", r"elsewhere", r"in general", r"generally",
    r"a l'etranger", r"etrangers", r"ailleurs", r"en general", r"dans d'autres pays",
    r"en otros paises", r"en el extranjero", r"in altri paesi", r"all'estero",
    r"in generale", r"internazional", r"im ausland", r"in anderen landern",
    r"im allgemeinen", r"allgemein", r"noutros paises", r"no estrangeiro", r"em geral",
    r"in andere landen", r"in het buitenland", r"in het algemeen", r"internationa",
    # the model it copies: "inspired by Scotland, where the Glasgow unit was evaluated"
    r"inspired by", r"s'inspire", r"inspire d", r"inspirad", r"ispirat", r"inspirier",
    r"nach (?:dem )?vorbild", r"naar (?:het )?(?:voorbeeld|model)", r"geinspireerd",
)
# Where an evaluation word is about a person's risk or needs (an activity, not a finding).
RISK = _any(
    r"risk", r"risque", r"riesgo", r"rischio", r"risiko", r"risco", r"risico", r"danger",
    r"danger", r"peligro", r"pericolo", r"gefahr", r"gefahrdung", r"perigo", r"gevaar",
    r"needs\b", r"besoins", r"necesidades", r"bisogni", r"bedarf", r"necessidades",
    r"behoeften", r"situation", r"situacion", r"situazione", r"situacao", r"situatie",
    r"each case", r"chaque (?:situation|cas)", r"cada caso", r"ogni caso", r"jeden fall",
    r"elke casus", r"la personne", r"la persona", r"a pessoa", r"der person", r"de persoon",
    r"the person",
)
# Where a result clause starts: a negation after it belongs to the finding, not the evaluation.
FINDING = _any(
    r"found", r"showed", r"shows", r"show\b", r"concluded", r"revealed", r"indicated",
    r"suggest", r"montr", r"conclu", r"a releve", r"revele", r"encontr", r"mostr", r"senal",
    r"indica", r"ha rilevato", r"rilev", r"zeigt", r"ergab", r"fand\b", r"fanden",
    r"bescheinigt", r"kam zu", r"revelou", r"concluiu", r"registar", r"toon", r"liet zien",
    r"laat zien", r"laten zien", r"vond\b", r"vonden", r"wees op", r"wijzen op", r"question",
    r"criticis", r"criticiz", r"highlight", r"identified", r"noted", r"pointed", r"warned",
    r"cuestion", r"critic", r"destac", r"identific", r"constat", r"soulign", r"critiqu",
    r"identifi", r"sottoline", r"evidenzi", r"kritisier", r"bemangel", r"stellte", r"apont",
    r"bekritiseer", r"stelde", r"reconhec", r"recogni", r"praised", r"bescheinig",
)
