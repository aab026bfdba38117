"""Cue words of start statements in en, fr, es, it, de, pt and nl (folded regexes).

Each table is one way a sheet says when its practice began, as `start_year.py` reads
it: a verb or phrase of beginning ("was set up", "a vu le jour", "ging an den Start"),
a noun of beginning after "since" ("since its creation in 2009", "sinds de invoering
in 2015"), a first time ("pour la première fois en 1974"), a range after a verb of
running ("ran from 2016 to 2019"), or a bare date opening the sheet ("En 2014 la
Policía Local reorganizó …"). Patterns match folded text (`sentences.folded`).
"""

from __future__ import annotations

import re

# A decision to widen what exists is no start ("decided to extend the scheme")
_WIDEN = (r"(?:extend|expand|widen|renew|etendre|elargir|ampliar|extender|estendere|"
          r"ampliare|auszuweiten|zu erweitern|alargar|estender|uit te breiden)")
# Verbs and phrases that say something began (folded word starts)
BEGAN = re.compile(
    r"(?<![\w])(?:set up|launched|started|began|begun|created|founded|established|"
    r"introduced|opened|inaugurated|piloted|rolled out|came into (?:force|effect)|"
    r"entered into force|took effect|has (?:been )?(?:run|running|operat)|in operation|"
    r"dates (?:from|back to)|dates to|goes back to|go back to|traces? back to|"
    r"got (?:under ?way|going|off the ground)|kicked off|went live|came into being|"
    r"was (?:formed|installed|deployed|implemented|adopted|born)|were (?:formed|installed|"
    r"deployed)|installed|deployed|took up (?:his|her|their|its) (?:post|duties|work)|"
    r"took office|began work|for the first time|"
    r"first (?:ran|took place|held|organi[sz]ed|went out)|"
    # nouns of beginning: "its creation in 2009", "la création du dispositif en 2009"
    r"creation\b|inception|founding|establishment of|launch\b|lancement|demarrage|"
    r"instauration|creacion|fundacion|lanzamiento|implantacion|nascita|creazione|"
    r"istituzione|lancio\b|avvio\b|grundung|einfuhrung|einrichtung|eroffnung|criacao|"
    r"lancamento|fundacao|implementacao|oprichting|invoering|lancering|"
    # joining a network, signing a contract or charter: when its practice began
    r"joined|signed up to|signed\b|a adhere|adhere depuis|signee?s?\b|se adhirio|"
    r"se sumo|firmad[oa]s?\b|firmo\b|ha aderito|aderisce|firmat[oa]\b|beigetreten|"
    r"unterzeichnet|aderiu|assinad[oa]s?\b|assinou|sloot zich|aangesloten|trad .{0,20}toe|"
    r"ondertekend|"
    # a team going into service ("went on the road in March 2014", "entró en servicio")
    r"went on the road|took to the (?:road|streets)|(?:entered|went into) service|"
    r"mise?s? en service|entree? en service|a pris la route|"
    r"salier?o?n? a la calle|sces[oi] in strada|entrat[oi] in servizio|"
    r"in dienst gestellt|nahm(?:en)? .{0,30}?(?:den|ihren|seinen) dienst auf|"
    r"entrou ao servico|entraram ao servico|sai(?:u|ram) a rua|"
    r"in dienst genomen|ging(?:en)? .{0,25}?de straat op|"
    # taken into use ("in 2014 in gebruik nam", "put into service", "messo in funzione")
    r"(?:put|brought|taken) into (?:use|service|operation)|mise?s? en (?:fonctionnement|"
    r"exploitation)|puest[oa]s? en (?:servicio|funcionamiento)|mess[oa] in (?:funzione|"
    r"servizio|esercizio)|in gebrauch genommen|post[oa]s? em (?:funcionamento|servico)|"
    r"in gebruik nam(?:en)?\b|nam(?:en)? .{0,30}?in gebruik|"
    # a city adapting a model from elsewhere ("le CEID l'a adapté en 2012")
    r"adapted (?:it|the (?:model|concept|idea|approach|programme))|l'(?:a|ont) adapte|"
    r"(?:lo|la) adapt(?:o|aron)\b|l'(?:ha|hanno) adattat|adaptou-o|adaptaram-no|"
    r"adaptierten? (?:es|ihn|sie|das (?:modell|konzept))|"
    # co-founded ("a été cofondée en 1998"), switched on ("ha attivato nel 2000 un numero
    # verde"), taking office ("der das Amt am 1. August 2018 antrat")
    r"co-?found(?:ed|ing)|co-?fondee?s?\b|co-?fundad[oa]s?\b|co-?fondat[oaie]\b|"
    r"mitbegrundet|mede-?opgericht|co-?fund(?:o|aron|ou)\b|"
    r"activated\b|(?:a|ont) active\b|activ(?:o|aron)\b|(?:ha|hanno) attivato|"
    r"attivat[oaie]\b|aktiviert|freigeschaltet|ativou|ativad[oa]s?\b|geactiveerd|"
    # a new power given to the bodies that run the practice ("met de wet van 1999 kregen
    # de gemeenten de mogelijkheid om …", "councils were given the power to …")
    r"(?:got|gained|were given|was given|received) (?:the )?(?:powers?|possibility|right) "
    r"to|(?:ont obtenu|ont recu|obtiennent) (?:la possibilite|le pouvoir|le droit)|"
    r"(?:obtuvieron|recibieron) (?:la (?:posibilidad|facultad|potestad)|el derecho)|"
    r"(?:hanno ottenuto|hanno ricevuto|ottennero) (?:la (?:possibilita|facolta)|il potere)|"
    r"erhielten .{0,40}?(?:die moglichkeit|das recht|die befugnis)|"
    r"(?:receberam|obtiveram|ganharam) (?:a (?:possibilidade|competencia|faculdade)|"
    r"o (?:poder|direito))|kregen .{0,40}?(?:de mogelijkheid|de bevoegdheid|het recht)|"
    r"took up office|tomo posesion|asumio el cargo|entrat[oa] in carica|"
    r"(?:ha|hanno) preso servizio|antrat\b|angetreten|tomou posse|aantrad\b|"
    # separable verbs: "voerde de wijkteams in 2014 in", "führte die Teams 2014 ein"
    r"fuhrten? (?:[\w-]+ ){0,5}?(?:(?:19|20)\d\d )?ein\b|implementou|implementaram|"
    r"voerden? (?:[\w-]+ ){0,5}?(?:in (?:19|20)\d\d )?in\b(?! (?:19|20)\d\d)|"
    # a city taking over a model from elsewhere: when its practice began
    r"adopted\b|(?:a|ont|l'a|l'ont) adopte|adopt(?:o|aron)\b|ha adoptado|(?:ha|hanno) "
    r"adottato|ubernahm|ubernommen|adotou|adotaram|nam .{0,25}\bover\b|overgenomen|"
    r"emerged|arose|came about|grew out of|est apparue?|surgiu|surgiram|e sort[oa]\b|"
    r"sort[oa] nel|"
    # a pilot is when it began
    r"pilot\b|pilot (?:project|phase|scheme)|projet pilote|phase pilote|proyecto piloto|"
    r"prueba piloto|progetto pilota|fase pilota|pilotprojekt|pilotphase|projeto-?piloto|"
    r"proefproject|pilotproject|pilotfase|"
    # fr
    r"creee?s?\b|lancee?s?\b|mise?s? en place|instauree?\b|instituee?\b|a ouvert|ouverte?s?\b|"
    r"inauguree?\b|fondee?\b|a demarre|demarree?\b|a debute|nee? en|a vu le jour|"
    r"entree? en vigueur|experimentee?\b|generalisee?\b|deployee?s?\b|installee?s?\b|"
    r"mise?s? en (?:oe|œ)uvre|constituee?s?\b|formee?s?\b|pour la premiere fois|"
    r"a pris ses fonctions|entree? en fonction|remonte a|nait\b|naissent\b|"
    # es
    r"crea(?:do|da|dos|das|ron)\b|creo\b|nace\b|nacen\b|lanz(?:ado|ada|o|aron)\b|"
    r"puest[oa] en marcha|"
    r"pus(?:o|ieron) en marcha|inici(?:ado|ada|o|aron)\b|comenz(?:o|aron)\b|empez(?:o|aron)\b|"
    r"fund(?:ado|ada|o|aron)\b|naci(?:o|do|da)\b|arranc(?:o|aron)\b|inaugur(?:ado|ada|o|aron)\b|"
    r"implant(?:ado|ada|o|aron)\b|surgi(?:o|eron)\b|impuls(?:ado|ada|o|aron)\b|"
    r"abri(?:o|eron)\b|abiert[oa]\b|por primera vez|instal(?:ado|ada|o|aron)\b|"
    r"constitu(?:ido|ida|yo|yeron)\b|se form(?:o|aron)\b|entr(?:o|aron) en (?:vigor|"
    r"funcionamiento|servicio)|(?:comenzo|empezo) a funcionar|se remonta a|"
    # it
    r"creat[oaie]\b|lanciat[oaie]\b|avviat[oaie]\b|(?:ha|hanno) avviato|nat[oaie]\b|"
    r"fondat[oaie]\b|istituit[oaie]\b|introdott[oaie]\b|inaugurat[oaie]\b|apert[oaie]\b|"
    r"partit[oaie]\b|iniziat[oaie]\b|attiv[oaie] dal|entrat[oa] in (?:vigore|funzione)|"
    r"prende(?:va)? (?:avvio|il via)|pres[oa] (?:avvio|il via)|costituit[oaie]\b|"
    r"installat[oaie]\b|per la prima volta|prima (?:edizione|volta|sperimentazione)|"
    r"risale al|nasce\b|nascono\b|"
    # a decision to create something dates its start ("In 2015 the council decided to set up")
    # as does a decision or an approval of the plan that is the practice ("beschloss der
    # Senat 2008 ein Handlungskonzept", "the council approved the strategy in 2010")
    r"(?:decided|decides|a decide|ont decide|decidio|decidieron|decide crear|ha deciso|hanno "
    r"deciso|decise|beschloss|beschlossen|entschied|decidiu|decidiram|besloot|besloten|"
    r"approved|a approuve|ont approuve|aprobo|aprobaron|ha approvato|hanno approvato|"
    r"approvo|approvato|varato|ha varato|verabschiedete|verabschiedet|aprovou|aprovaram|"
    r"keurde|goedgekeurd|stelde|vastgesteld)\b"
    rf"(?:(?!{_WIDEN})[^.;]){{0,60}}?"
    r"(?:(?:plan|programme|program|strategy|concept|scheme|action plan|"
    r"dispositif|strategie|programa|estrategia|plano|piano|programma|strategia|konzept|"
    rf"programm|massnahmenpaket|aanpak|actieplan)\b(?![^.;]{{0,30}}?{_WIDEN})|"
    r"create|set up|launch|introduce|establish|open|appoint|recruit|hire|creer|"
    r"lancer|mettre en place|instaurer|ouvrir|recruter|crear|poner en marcha|lanzar|implantar|"
    r"abrir|contratar|creare|avviare|istituire|lanciare|aprire|assumere|einzurichten|"
    r"einzufuhren|zu grunden|zu starten|zu eroffnen|einzustellen|grunden|criar|lancar|"
    r"implementar|abrir|op te richten|in te voeren|te starten|te openen|aan te stellen)|"
    # de
    r"gegrundet|gestartet|startete|eingefuhrt|eingerichtet|ins leben gerufen|eroffnet|"
    r"begonnen|begann|aufgebaut|entstand|in kraft|richtete|an den start|gebildet|"
    r"installiert|zum ersten mal|erstmal(?:s|ig)|arbeit auf|betrieb auf|in betrieb|"
    r"aufgenommen|geht auf .{0,30}zuruck|"
    # pt
    r"criad[oa]s?\b|criou|criaram|(?<!pedra )lancad[oa]s?\b|lancou|lancaram|"
    r"iniciad[oa]s?\b|iniciou|"
    r"arrancou|arrancaram|fundad[oa]s?\b|fundou|nasceu|implementad[oa]s?\b|comecou|"
    r"comecaram|instituid[oa]s?\b|teve inicio|inaugurad[oa]s?\b|abriu|abriram|abert[oa]s?\b|"
    r"entrou em (?:vigor|funcionamento|servico)|instalad[oa]s?\b|pela primeira vez|"
    r"constituid[oa]s?\b|remonta a|"
    # nl
    r"opgericht|gestart|startte|begon\b|begonnen|ingevoerd|geopend|ontstond|"
    r"in het leven geroepen|van start|richtte|in werking|uitgerold|geinstalleerd|ingesteld\b|"
    r"voor het eerst|in gebruik genomen|gaat terug tot)")
# A run of months, weeks or days in one year: it began and ended then ("for twelve months
# in 2013", "pendant six mois en 2016", "durante tres meses en 2019", "per dodici mesi nel
# 2015", "sechs Monate lang im Jahr 2014", "durante doze meses em 2013", "gedurende twaalf
# maanden in 2013")
_SPAN = r"(?:\w+\s+){1,2}?"
_UNIT = (r"(?:months?|weeks?|days?|mois|semaines|jours|meses|semanas|dias|mesi|settimane|"
         r"giorni|monate|wochen|tage|maanden|weken|dagen)")
DURING = re.compile(
    rf"(?<![\w])(?:(?:for|during|over|pendant|durant|sur|durante|por|per|gedurende|"
    rf"ruim|bijna)\s+)?{_SPAN}{_UNIT}(?:\s+lang)?\s*,?\s+(?:in|en|em|nel|nell'|im|del|de|"
    rf"van|dans)\s+(?:(?:het|jahr|year|ano|anno|the|l'annee|year of)\s+)?(?:\w+\s+)?"
    rf"(?:de\s+)?(19[5-9]\d|20\d\d)(?!\d)")

# The first of something, near its year ("2006 führte die Stadt die ersten Audits durch")
FIRST = re.compile(
    r"(?<![\w])(?:first|premier(?:e|s|es)?|primer(?:a|os|as)?|prim[oi]\b|prime\b|"
    r"erste[nrs]?|primeir[oa]s?|eerste)\s+"
    # not the first stone of a building ("la première pierre posée"), laid before it opens
    r"(?!(?:stone|pierre|piedra|pietra|stein|pedra|steen)\b)\w+")
# Nouns of beginning: after "since" they date the start ("depuis sa création en 2015")
START_NOUN = (
    r"(?:creation|launch|inception|start|founding|foundation|establishment|introduction|"
    r"opening|set-?up|beginning|outset|implementation|arrival|first \w+|"
    r"lancement|mise en (?:place|(?:oe|œ)uvre)|demarrage|ouverture|debuts?|naissance|"
    r"instauration|arrivee|premiere? \w+|"
    r"creacion|puesta en marcha|inicio|lanzamiento|apertura|implantacion|fundacion|"
    r"nacimiento|llegada|primer[oa]? \w+|"
    r"nascita|avvio|creazione|istituzione|lancio|attivazione|inizio|arrivo|"
    r"prim[oi] \w+|"
    r"grundung|beginn|einfuhrung|einrichtung|eroffnung|entstehung|aufbau|ankunft|"
    r"erste[nrs]? \w+|"
    r"criacao|lancamento|arranque|implementacao|abertura|fundacao|chegada|"
    r"primeir[oa]s? \w+|"
    r"oprichting|invoering|lancering|ontstaan|komst|aanvang|eerste \w+)")
_SINCE_WORD = (r"since|depuis|desde|dal|dalla|dall'|fin dal|seit|sinds|sedert|vanaf|"
               r"a partir de|a partir du")
_YEAR = r"(19[5-9]\d|20\d\d)(?!\d)"
# "since its creation in 2009", "depuis sa création au printemps 2015", "seit der
# Eröffnung im Jahr 1999", "desde a sua criação, em 2001", "sinds de invoering in 2015"
SINCE_NOUN = re.compile(
    rf"(?<![\w])(?:{_SINCE_WORD})\s+(?:[\w']+\s+){{0,3}}?{START_NOUN}\b[^.;]{{0,45}}?"
    rf"(?<!\d){_YEAR}")
# A verb of running before a range: "ran from 2016 to 2019", "liep van 2016 tot 2019"
RAN = re.compile(
    r"(?<![\w])(?:ran\b|run\b|runs\b|was (?:run|carried out|implemented|active)\b|"
    r"took place|lasted|operated|s'est deroule|a dure\b|a ete mene|s'est tenu|"
    r"se desarroll|se llevo a cabo|duro\b|estuvo activ|si e svolt|e durat|e stat[oa] "
    r"realizzat|si e tenut|lief\b|dauerte|fand .{0,30}statt|wurde .{0,30}durchgefuhrt|"
    r"decorreu|durou\b|realizou-se|foi realizad|esteve em funcionamento|liep\b|duurde|"
    r"vond .{0,30}plaats|werd uitgevoerd)")
# A range of years: "from 2016 to 2019", "between 2016 and 2019", "(2016–2019)"
RANGE = re.compile(
    rf"(?:(?:from|de|del|desde|dal|von|vom|van|da|entre|between|tra il|fra il|zwischen|"
    rf"tussen)\s+(?:(?:le|el|il|em|the|het)\s+)?(?:\w+\s+)?(?:de\s+)?)?(?<!\d){_YEAR}"
    rf"(?:\s*[-–—/]\s*|\s+(?:to|a|au|al|bis|tot|and|et|y|e|und|en|until|till|jusqu'en|"
    rf"hasta|fino al)\s+)(?:(?:le|el|il|the|het)\s+)?(?:\w+\s+)?(?:de\s+)?(?<!\d){_YEAR}")
# A bare date opening a sentence of the opening: "En 2014 la Policía Local reorganizó…",
# "Im Januar 2018 nahm…", "In March 2019, the council…"
OPENING_DATE = re.compile(
    rf"^(?:in|en|em|no|nel|nell'|im|am|au|el|on|le|il|op)\s+"
    rf"(?:(?:het|jahr|year|ano|anno|ano de|der|dem|den|la|the)\s+)?"
    rf"(?:(?:\d{{1,2}}\.?\s+)?(?:[a-z]+\s+)?(?:de\s+|del\s+|of\s+|van\s+)?)?{_YEAR}"
    rf"(?:/\d\d)?\s*,?\s+\S")
# Events a sheet may be about: then the event's date is when its practice began
EVENT = re.compile(
    r"(?<![\w])(?:attacks?|attentats?|anschlag|anschlage|atentados?|attentat[oi]|aanslag|"
    r"ataques?|bombing|riots?|emeutes?|disturbios|krawalle|rellen|silvester|"
    r"new year's eve|reveillon|nochevieja|capodanno|oudejaarsnacht|flood|inondation|"
    r"hochwasser|alluvione|inundac|overstroming|earthquake|seisme|terremoto|erdbeben|"
    r"aardbeving|disaster|catastroph|katastroph|ramp\b)")
# What makes an opening date background, not the start: a finding, a count, an event
BACKGROUND = re.compile(
    r"(?<![\w])(?:survey|study|studies|census|report|statistic|figures|showed|found|revealed|"
    r"rose|increased|fell|recorded|there (?:were|was)|riots?|attacks?|murder|killed|died|"
    r"death|crisis|pandemic|covid|flood|elections?|"
    r"enquete|etude|recensement|rapport|statistique|montr|revel|augment|baiss|emeutes?|"
    r"attentats?|meurtre|crise|encuesta|estudio|censo|informe|estadistic|mostr|aument|"
    r"disturbios|atentados?|asesinato|indagine|studio|censimento|rapporto|statistic|"
    r"aumentat|calat|attentat|omicidio|umfrage|studie|zensus|bericht|statistik|zeigte|"
    r"stieg|anschlag|mord|krise|inquerito|estudo|relatorio|estatistic|revelou|aumentou|"
    r"atentado|homicidio|onderzoek|enquete|volkstelling|rapport|statistiek|toonde|steeg|"
    r"daalde|rellen|aanslag|moord|crisis)")
# What makes a clause about something other than the practice: the model it copies, the
# concept it took over, a law it rests on ("modelled on Operation Ceasefire, which began
# in Boston in 1996", "le concept est né en 2016", "sul modello di …, nato a Oslo nel
# 1987", "nach dem Vorbild", "o modelo Housing First nasceu em 1992")
BORROWED = re.compile(
    r"(?<![\w])(?:modell?ed on|inspired by|based on|following the example|on the model of|"
    r"the (?:original )?(?:model|concept|idea)\b|originated in|pioneered in|imported from|"
    r"sur le modele|inspiree?s? (?:de|par|du|des)\b|a l'image d|d'apres le modele|"
    r"le (?:concept|modele)\b|l'idee\b|a l'exemple d|"
    r"siguiendo el (?:modelo|ejemplo)|inspirad[oa]s? en|a imagen d|el (?:modelo|concepto)\b|"
    r"basad[oa]s? en|a semejanza|"
    r"sul modello|ispirat[oaie] a|ispirandosi|il (?:modello|concetto)\b|sull'esempio|"
    r"sulla scia|"
    r"nach dem (?:vorbild|modell|beispiel)|vorbild|angelehnt an|in anlehnung|inspiriert|"
    r"das (?:konzept|modell)\b|die idee\b|"
    r"seguindo o (?:modelo|exemplo)|inspirad[oa]s? (?:em|no|na|nos|nas)\b|"
    r"o (?:modelo|conceito)\b|com base no modelo|a exemplo d|a semelhanca|"
    r"naar (?:het )?(?:voorbeeld|model)|geinspireerd (?:op|door)|het (?:concept|model|idee)\b|"
    r"gebaseerd op|"
    # a programme's national start, beside the city's own ("startete 2016 österreichweit")
    r"nationwide|across the country|countrywide|a l'echelle nationale|dans toute la france|"
    r"en todo el pais|a nivel nacional|a livello nazionale|in tutta italia|bundesweit|"
    r"landesweit|osterreichweit|schweizweit|em todo o pais|a nivel nacional|landelijk|"
    # a law as the subject of a clause
    # ("the Licensing Act 2003", "the Crime and Disorder Act"; not "to act", "law enforcement")
    r"act (?:of )?(?:19|20)\d\d|the [a-z ]{1,40}? act\b|law\b(?! enforcement)|loi\b|ley\b|"
    r"legge\b|lei\b|wet\b|decreto|decret\b)"
    # German and Dutch laws are compounds: "Straßenreinigungsverordnung", "Opiumwet"
    r"|(?:gesetz|verordnung|\w{3}wet\b)")
# A later widening of the practice, said before its year: the year of the widening, not of
# the start ("decide di estenderlo: dal 2014 è attivo in tutte le aziende", "extended to
# all districts in 2019", "généralisé en 2015", "2017 landesweit ausgeweitet")
WIDENED = re.compile(
    r"(?<![\w])(?:extended|expanded|widened|scaled up|generali[sz]ed|"
    r"etendue?s?\b|etendre|elargie?s?\b|generalisee?s?\b|generaliser|"
    r"ampliad[oa]s?\b|amplio\b|extendid[oa]s?\b|extendio|extender(?:lo|la)?\b|"
    r"generalizad[oa]s?\b|generalizo\b|"
    r"estes[oaie]\b|estender(?:lo|la|e)?\b|ampliat[oaie]\b|allargat[oaie]\b|"
    r"generalizzat[oaie]\b|"
    r"ausgeweitet|erweitert|ausgedehnt|auszuweiten|auszudehnen|"
    r"alargad[oa]s?\b|alargou|expandid[oa]s?\b|estendid[oa]s?\b|estendeu|"
    r"uitgebreid|opgeschaald|uit te breiden|uit te rollen)")
# A law that created the practice itself is not borrowed: its clause dates the start
# ("created by the law of 5 March 2007", "créé par la loi du 5 mars 2007", "creado por la
# Ley 1/2004", "istituito dalla legge del 2003", "durch das Gesetz von 2002 eingeführt",
# "criado pela Lei de 2009", "ingesteld bij de wet van 2013", "came into being under the
# Police Act")
CREATED_BY_LAW = re.compile(
    r"(?<![\w])(?:(?:created|established|set up|introduced|instituted|founded|came into "
    r"being|was born)\s+(?:by|under|through|with)|"
    r"(?:creee?s?|instituee?s?|instauree?s?|introduite?s?|mise?s? en place|prevue?s?)\s+"
    r"par|"
    r"(?:cread[oa]s?|establecid[oa]s?|instituid[oa]s?|introducid[oa]s?|regulad[oa]s?)\s+"
    r"(?:por|mediante|con)|"
    r"(?:istituit[oaie]|creat[oaie]|introdott[oaie]|previst[oaie])\s+(?:dalla|dal|con la|"
    r"con il)|"
    r"(?:criad[oa]s?|instituid[oa]s?|introduzid[oa]s?)\s+(?:pela|pelo|por)|"
    r"(?:ingesteld|opgericht|ingevoerd|in het leven geroepen)\s+(?:bij|door|met))"
    r"\s+(?:the |la |el |il |das |de |a |o |une? |un )?[^,;]{0,50}?"
    r"(?:act\b|law\b|loi\b|ley\b|legge\b|lei\b|wet\b|decret|decreto|gesetz|\w{3}wet\b)"
    # German puts the verb last: "durch das Präventionsgesetz von 2007 eingeführt"
    r"|(?<![\w])(?:durch|mit)\s+(?:das|dem)\s+\w*gesetz\b[^,;]{0,40}?(?:eingefuhrt|"
    r"geschaffen|eingerichtet|gegrundet)")
# What makes a clause about something else when it comes before its year: the fund that
# paid for the practice, or what the practice followed ("The Safer Streets Fund was set up
# in 2019", "Na sequência do Contrato Local assinado em 2009, …")
BORROWED_BEFORE = re.compile(
    r"(?<![\w])(?:fund\b|fonds\b|fondo\b|fundo\b|forderprogramm|subsidieregeling|"
    r"call for (?:projects|proposals)|appel a projets|convocatoria|bando\b|edital\b|"
    r"following the|in the wake of|a la suite d|suite a|dans le sillage d|na sequencia d|"
    r"no seguimento d|a raiz d|in seguito a|a seguito d|im anschluss an|infolge|"
    r"naar aanleiding van|in navolging van)")
# Words that open a clause continuing the one before ("…Ceasefire, which began in …",
# "…Alternativ til Vold, nato a Oslo nel 1987")
CONTINUES = re.compile(
    r"^(?:which|that|who|qui|que|dont|lequel|laquelle|che|il quale|la quale|cui|die|dat|"
    r"welche[rs]?|der|das|nat[oaie]|nee?s?|nacid[oa]s?|nascid[oa]s?|entstanden|ontstaan|"
    r"born|created|founded|launched|started|begun|fondee?|creee?|lancee?|fondat[oaie]|"
    r"creat[oaie]|cread[oa]|fundad[oa]|criad[oa]|gegrundet|opgericht|in force|"
    r"entree?s? en vigueur|entrad[oa] en vigor|entrat[oa] in vigore|in kraft|em vigor|"
    r"in werking)\b")
# A publication coming out: a resource's start is its first edition ("first published in
# 2009", "publié en 2016", "erschien 2011", "verscheen in 2018", "editado em 2007")
PUBLISHED = re.compile(
    r"(?<![\w])(?:(?:first )?published|first (?:edition|issue)|issued|released|came out|"
    r"publiee?s?\b|parue?s?\b|premiere edition|editee?s?\b|"
    r"publicad[oa]s?\b|primera edicion|editad[oa]s?\b|salio a la luz|"
    r"pubblicat[oaie]\b|prima edizione|edit[oa] nel|uscit[oa] nel|"
    r"veroffentlicht|erschien(?:en)?\b|herausgegeben|erstausgabe|erste (?:auflage|ausgabe)|"
    r"primeira edicao|lancad[oa]s? em|"
    r"gepubliceerd|verscheen|verschenen|uitgegeven|uitgebracht|eerste (?:editie|uitgave))")
# Work before a practice begins, as a timeline's first row tells it ("Development work and
# talks with the industry begin", "Phase de préparation", "Planungsphase")
PREPARATORY = re.compile(
    r"(?<![\w])(?:development work|talks|discussions|planning|preparat|feasibility|"
    r"consultation|idea\b|concept\b|design phase|"
    r"reflexion|etude de faisabilite|concertation|conception|idee\b|"
    r"conversaciones|planificacion|diseno\b|estudio de viabilidad|"
    r"colloqui|preparazion|progettazione|studio di fattibilita|ideazione|"
    r"gesprache|vorbereitung|planung|konzept|machbarkeit|"
    r"conversas|preparacao|planeamento|planejamento|concecao|estudo de viabilidade|ideia\b|"
    r"gesprekken|voorbereiding|ontwerpfase|haalbaarheid|verkenning)")
# A timeline row's beginning in the historical present ("2003 | The scheme starts in
# Leeds", "Le dispositif est lancé", "Das Projekt startet")
BEGINS_NOW = re.compile(
    r"(?<![\w])(?:starts|begins|launches|opens|is (?:launched|set up|created|founded|piloted)|"
    r"goes live|demarre|commence|est (?:lance|cree|mis en place|inaugure)e?s?|voit le jour|"
    r"se pone en marcha|arranca|comienza|empieza|se (?:lanza|crea|inaugura)|nace\b|"
    r"viene (?:avviat|lanciat|istituit|attivat)[oa]|prende avvio|parte\b|nasce\b|"
    r"startet|beginnt|wird (?:gegrundet|eingefuhrt|eroffnet|gestartet)|geht an den start|"
    r"e (?:lancad|criad|inaugurad)[oa]|arranca|comeca|nasce\b|"
    r"start\b|gaat van start|begint|wordt (?:opgericht|gestart|ingevoerd|gelanceerd))")
