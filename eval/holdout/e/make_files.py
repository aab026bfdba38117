"""Build the .docx and .pdf sheets of holdout set E (the text is inside this script).

python3 -m venv .venv && . .venv/bin/activate && pip install -q python-docx==1.2.0 fpdf2==2.8.9 pyyaml openpyxl
python make_files.py
"""
import os

from docx import Document
from docx.shared import Pt
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Block kinds: ("title", t) ("h1", t) ("h2", t) ("p", t) ("bold", t) = bold paragraph used as heading,
# ("li", t) bullet, ("table", [(field, value), ...]), ("page",) = page break (pdf only).

DOCX = {}
PDF = {}

# ---------------------------------------------------------------- en
PDF["en/philadelphia-foot-patrol-experiment.pdf"] = dict(
    header="Evidence Bank for Safer Neighbourhoods · Practice sheet", footer="Evidence Bank · practice sheet 118",
    blocks=[
        ("title", "The Philadelphia Foot Patrol Experiment"),
        ("p", "Philadelphia, Pennsylvania (United States) · summer 2009 · Philadelphia Police Department with Temple University"),
        ("h1", "1. Why put officers on foot?"),
        ("p", "Earlier trials, starting with Newark in the late 1970s, had shown that foot patrols make residents "
              "feel safer and like the police more, but not that they reduce crime. The Philadelphia Police "
              "Department, under Commissioner Charles Ramsey, had a large class of recruits leaving the academy "
              "in 2009 and wanted to know whether walking beats in the most violent street corners would cut "
              "violence rather than only reassure."),
        ("h1", "2. What was done"),
        ("p", "Crime analysts mapped violent crime (homicides, aggravated assaults, robberies) over the previous "
              "three years and drew small foot beats around the worst intersections. Pairs of new officers "
              "walked the beats in two shifts, five days a week, from March to September 2009: more than 200 "
              "officers in all. Some beats ran for twelve weeks, others for twenty-two."),
        ("li", "Philadelphia Police Department: officers, supervision, crime data"),
        ("li", "Temple University, Department of Criminal Justice (Jerry Ratcliffe, Elizabeth Groff, Jennifer Wood) "
               "with Travis Taniguchi: design and analysis"),
        ("page",),
        ("h1", "3. How was it tested?"),
        ("p", "As a randomised controlled trial. The violent-crime hot spots were ranked and paired, and within "
              "each pair one was assigned at random to receive foot patrol while the other kept ordinary "
              "policing; 60 hot spots received the beats. Violent crime in treatment and control areas was "
              "compared before and during the operation, and the researchers checked the surrounding streets "
              "for displacement."),
        ("h1", "4. What came out"),
        ("p", "After twelve weeks violent crime in the target areas was 23 % lower than in the control areas. "
              "Taking into account some displacement to neighbouring streets, the net effect was estimated at "
              "53 violent crimes prevented. The effect was concentrated in the beats that had the most violence "
              "to begin with (the top 40 % before the trial). A follow-up study found that the benefit faded "
              "once the officers were withdrawn."),
        ("h1", "5. Funding of the research"),
        ("p", "The evaluation was supported by the Robert Wood Johnson Foundation's Public Health Law Research "
              "programme and a Temple University research award. The results were published in the journal "
              "Criminology in 2011."),
        ("h1", "6. Caveats"),
        ("p", "A second Philadelphia experiment in 2010 (foot patrol by experienced officers, as one of three "
              "tactics) did not find a significant effect, so the dosage and the officers' style matter."),
    ])

DOCX["en/crime-reduction-toolkit.docx"] = [
    ("title", "Resource sheet: the Crime Reduction Toolkit"),
    ("table", [("Kind of resource", "Online evidence tool"),
               ("Published by", "What Works Centre for Crime Reduction, hosted by the College of Policing (England and Wales)"),
               ("Built with", "A university consortium led by the UCL Jill Dando Institute of Security and Crime Science, "
                              "co-funded by the College of Policing and the Economic and Social Research Council (ESRC)"),
               ("Audience", "Police officers and staff, Police and Crime Commissioners, community safety partnerships, "
                            "local authorities, charities"),
               ("Format", "Free website: a table view and an interactive view of interventions"),
               ("Languages", "English"),
               ("Link", "www.college.police.uk/research/crime-reduction-toolkit")]),
    ("h1", "What is it for?"),
    ("p", "Practitioners rarely have time to read systematic reviews. The toolkit summarises, for each crime "
          "reduction intervention that has been the subject of at least one systematic review (CCTV, street "
          "lighting, hot spots policing, restorative justice, mentoring, alley-gating and many more), what the "
          "best available research says and how strong that evidence is."),
    ("h1", "How is the evidence presented?"),
    ("p", "Every entry is rated with the EMMIE framework:"),
    ("li", "Effect – did crime go up or down, and how sure can we be?"),
    ("li", "Mechanism – how is the intervention thought to work?"),
    ("li", "Moderators – where and for whom does it work best?"),
    ("li", "Implementation – what does it take to put in place?"),
    ("li", "Economic cost – what does it cost, and are there savings?"),
    ("h1", "Good to know"),
    ("p", "The toolkit only lists interventions covered by systematic reviews, so a practice that is new or "
          "rarely studied is absent; absence is not proof that something fails. Entries are added as new "
          "reviews appear. UK forces have used it to plan local work, for instance on shoplifting and drink driving."),
]

# ---------------------------------------------------------------- fr
DOCX["fr/agence-tig.docx"] = [
    ("title", "L'Agence du travail d'intérêt général et de l'insertion professionnelle (ATIGIP)"),
    ("bold", "Pays : France – Échelle : nationale – Type : pratique"),
    ("bold", "D'OÙ VIENT LE TIG ?"),
    ("p", "Le travail d'intérêt général existe en droit français depuis la loi du 10 juin 1983 : au lieu d'une "
          "courte peine de prison, la personne condamnée accomplit un travail non rémunéré au profit d'une "
          "collectivité, d'un établissement public ou d'une association habilitée. Faute de postes d'accueil "
          "en nombre suffisant, les juges le prononçaient pourtant peu."),
    ("bold", "CE QUI CHANGE EN 2018"),
    ("p", "Le décret n° 2018-1098 du 7 décembre 2018 crée l'Agence du travail d'intérêt général et de l'insertion "
          "professionnelle des personnes placées sous main de justice, un service à compétence nationale "
          "rattaché au ministère de la Justice. Sa mission : développer l'offre de TIG partout sur le "
          "territoire et améliorer la formation et l'emploi des personnes détenues ou suivies en milieu ouvert."),
    ("bold", "COMMENT ELLE TRAVAILLE"),
    ("li", "une plateforme numérique (« TIG 360° ») recense les postes offerts et permet aux services "
           "pénitentiaires d'insertion et de probation d'y orienter les personnes condamnées ;"),
    ("li", "des référents territoriaux démarchent communes, hôpitaux, associations et entreprises "
           "de l'économie sociale et solidaire pour ouvrir de nouveaux postes ;"),
    ("li", "l'agence pilote aussi le travail en détention et les partenariats avec les employeurs ;"),
    ("li", "une cinquantaine de délégués territoriaux sont placés dans les services pénitentiaires ; l'objectif "
           "affiché était de passer d'environ 18 000 postes de TIG en 2018 à 30 000 en 2022."),
    ("bold", "PARTENAIRES"),
    ("p", "Direction de l'administration pénitentiaire, services pénitentiaires d'insertion et de probation "
          "(SPIP), protection judiciaire de la jeunesse, collectivités territoriales, associations."),
    ("bold", "ÉVALUATION"),
    ("p", "La présente fiche ne dispose d'aucune évaluation de l'agence elle-même ; les travaux disponibles "
          "portent sur le TIG en général et sur la récidive après une peine en milieu ouvert."),
]

PDF["fr/fs-couvre-feux-mineurs.pdf"] = dict(
    header="Observatoire des politiques locales de tranquillité · Fiche thématique",
    footer="Fiche thématique n° 12 – couvre-feux",
    blocks=[
        ("title", "Les couvre-feux pour mineurs dans les communes françaises"),
        ("p", "Fiche thématique – France – mise à jour 2026"),
        ("h1", "De quoi parle-t-on ?"),
        ("p", "Un arrêté, pris par le maire au titre de ses pouvoirs de police ou par le préfet, qui interdit aux "
              "mineurs non accompagnés d'un adulte de circuler la nuit dans certains quartiers, pendant une "
              "période limitée. Les mineurs trouvés dehors sont raccompagnés chez eux et les parents peuvent "
              "être verbalisés."),
        ("h1", "Ce que dit le juge"),
        ("p", "Le Conseil d'État a admis le principe en 2001 (affaire de l'arrêté du maire d'Orléans, ordonnance "
              "« Préfet du Loiret ») à condition que la mesure soit justifiée par des risques particuliers, "
              "limitée dans le temps et dans l'espace, et adaptée à l'âge des enfants. Des arrêtés trop généraux "
              "ont été suspendus par les tribunaux administratifs."),
        ("page",),
        ("h1", "Quelques exemples"),
        ("li", "Orléans, 2001 : un des premiers arrêtés visant les moins de 13 ans dans plusieurs quartiers."),
        ("li", "Béziers, 2014 : le maire Robert Ménard interdit aux moins de 13 ans de sortir seuls la nuit "
               "dans le centre-ville et dans certains quartiers pendant l'été."),
        ("li", "Pointe-à-Pitre et Les Abymes (Guadeloupe), avril à juin 2024 : couvre-feu préfectoral de 20 h à 5 h "
               "pour les moins de 18 ans, décidé après une visite du ministre de l'Intérieur ; les parents des "
               "contrevenants encouraient une amende pouvant atteindre 750 euros."),
        ("li", "Été 2025 : d'autres communes, dont Nîmes, prennent des arrêtés semblables après des fusillades "
               "liées au trafic de stupéfiants."),
        ("h1", "Et les effets ?"),
        ("p", "Les communes communiquent le nombre de mineurs raccompagnés. Aucune évaluation de l'effet des "
              "couvre-feux sur la délinquance des mineurs n'a été publiée à notre connaissance ; les "
              "associations de défense des droits de l'enfant contestent leur utilité."),
    ])

# ---------------------------------------------------------------- es
DOCX["es/bogota-puntos-calientes-experimento.docx"] = [
    ("title", "Más patrullaje y mejores calles: el experimento de puntos calientes de Bogotá"),
    ("p", "Bogotá (Colombia) · febrero a octubre de 2016"),
    ("h1", "Antecedentes"),
    ("p", "En Bogotá, como en casi todas las ciudades, unos pocos tramos de calle concentran gran parte de los "
          "delitos. La Alcaldía Mayor y la Policía Metropolitana querían saber si reforzar la presencia del "
          "Estado en esos tramos reduce la delincuencia o solo la empuja a las calles vecinas."),
    ("h1", "La intervención"),
    ("p", "Se identificaron 1.919 segmentos de calle con mucha criminalidad. Durante ocho meses:"),
    ("h2", "Patrullaje intensivo"),
    ("p", "En 756 segmentos, las patrullas del cuadrante pasaron de unos 92 a unos 168 minutos diarios de "
          "presencia, sin cambiar otras tácticas."),
    ("h2", "Servicios municipales"),
    ("p", "En 201 segmentos con desorden físico, equipos de la Alcaldía repararon alumbrado, recogieron basuras "
          "y limpiaron grafitis y lotes abandonados."),
    ("h2", "Ambas cosas o ninguna"),
    ("p", "Algunos segmentos recibieron las dos intervenciones y el resto quedó como grupo de control."),
    ("h1", "Cómo se evaluó"),
    ("p", "Mediante asignación aleatoria de los segmentos a los cuatro grupos (diseño factorial 2x2), con un "
          "protocolo registrado antes de empezar en el registro de ensayos de la American Economic "
          "Association. Se midieron los delitos denunciados, encuestas de victimización y percepción, y los "
          "efectos sobre las calles situadas a 250 y 500 metros."),
    ("h1", "Resultados"),
    ("p", "Cada medida por separado tuvo efectos directos pequeños e imprecisos; combinadas, redujeron de forma "
          "notable los delitos en los tramos tratados. Parte de los delitos contra la propiedad se desplazó "
          "a calles cercanas, pero hubo indicios de una caída de homicidios y delitos sexuales en el conjunto "
          "de la ciudad."),
    ("h1", "Equipo"),
    ("p", "Policía Metropolitana de Bogotá, Secretaría de Seguridad de la Alcaldía, e investigadores de la "
          "Universidad de Chicago (Christopher Blattman), la Universidad de Columbia (Donald Green), CAF – "
          "Banco de Desarrollo de América Latina (Daniel Ortega) y la Universidad EAFIT (Santiago Tobón)."),
]

PDF["es/punto-violeta.pdf"] = dict(
    header="Catálogo de prácticas de igualdad y seguridad · Ficha",
    footer="Ficha 44 · Punto Violeta",
    blocks=[
        ("title", "Punto Violeta: información contra la violencia machista allí donde está la gente"),
        ("p", "Ámbito: España (iniciativa estatal) · Inicio: julio de 2021"),
        ("h1", "¿QUÉ ES?"),
        ("p", "Un instrumento del Ministerio de Igualdad para implicar a toda la sociedad en la lucha contra la "
              "violencia machista. Cualquier entidad (un ayuntamiento, una empresa, un festival, un comercio, una "
              "asociación) puede identificarse con el distintivo morado del Punto Violeta y comprometerse a "
              "informar y acompañar a las víctimas y a quien quiera ayudarlas."),
        ("h1", "¿DE DÓNDE VIENE?"),
        ("p", "Desde mediados de la década de 2010, colectivos feministas y ayuntamientos de ciudades como "
              "Pamplona, Bilbao, Madrid o Barcelona instalaban casetas contra las agresiones sexistas en "
              "fiestas populares; en los Sanfermines de 2015 el Ayuntamiento de Pamplona montó una de las "
              "primeras. El Ministerio recogió la idea en 2021 dentro de un plan de medidas urgentes."),
        ("page",),
        ("h1", "¿CÓMO FUNCIONA?"),
        ("li", "Una guía de actuación explica cómo reconocer la violencia, cómo acompañar y a qué servicios derivar."),
        ("li", "Los puntos remiten al 016, el teléfono de información y asesoramiento, y al 112 en caso de urgencia."),
        ("li", "En verano se multiplican los puntos temporales en fiestas, conciertos y zonas de ocio nocturno; "
               "los organizadores los instalan y los pagan."),
        ("h1", "¿QUIÉN PARTICIPA?"),
        ("p", "Ministerio de Igualdad (Delegación del Gobierno contra la Violencia de Género), ayuntamientos, "
              "comunidades autónomas, promotores de eventos y asociaciones."),
        ("h1", "¿SE HA EVALUADO?"),
        ("p", "No se ha evaluado. En 2024 el propio Ministerio reconoció, en respuesta a una solicitud de "
              "transparencia, que no recoge datos sobre el número de Puntos Violeta instalados ni sobre su actividad."),
    ])

# ---------------------------------------------------------------- it
DOCX["it/maestri-di-strada-napoli.docx"] = [
    ("title", "Maestri di Strada: contro la dispersione scolastica a Napoli Est"),
    ("table", [("Città", "Napoli"), ("Quartieri", "Barra, Ponticelli, San Giovanni a Teduccio (VI Municipalità)"),
               ("Ente", "Associazione Maestri di Strada ONLUS"), ("Anno di nascita dell'associazione", "2003"),
               ("Temi", "abbandono scolastico, minori a rischio, comunità educante")]),
    ("h1", "Il problema"),
    ("p", "Nella periferia orientale di Napoli una quota alta di ragazzi non arriva alla licenza media, e la "
          "criminalità organizzata offre a molti di loro l'unico \"welfare\" visibile."),
    ("h1", "Le radici: il Progetto Chance"),
    ("p", "Tra la fine degli anni Novanta e il 2009 il Progetto Chance, una scuola della seconda occasione per "
          "ragazzi usciti dalla scuola media senza diploma, sperimentò in alcuni quartieri napoletani un "
          "lavoro educativo fatto da insegnanti \"di strada\". Quando i finanziamenti pubblici finirono, "
          "l'esperienza proseguì nell'associazione Maestri di Strada, nata nel 2003 e presieduta dal "
          "pedagogista Cesare Moreno."),
    ("h1", "Che cosa si fa"),
    ("li", "laboratori artistici, teatrali e scientifici in orario scolastico ed extrascolastico;"),
    ("li", "sostegno agli insegnanti delle scuole ordinarie nella gestione delle classi difficili;"),
    ("li", "accompagnamento individuale dei ragazzi e lavoro con le famiglie;"),
    ("li", "dal 2019 un centro educativo in un edificio scolastico dismesso di Ponticelli, il Centro Ciro Colonna, "
           "affidato dal Comune di Napoli, e dal 2020 il cantiere di beni comuni CUBO."),
    ("h1", "Chi sostiene il progetto"),
    ("p", "Fondazioni private (tra cui la Fondazione San Zeno dal 2010), bandi pubblici e il Comune di Napoli "
          "per gli spazi. L'associazione conta una cinquantina di professionisti e segue circa 250 giovani."),
    ("h1", "Valutazione"),
    ("p", "Non è stata pubblicata una valutazione d'impatto; l'associazione documenta il proprio lavoro con "
          "pubblicazioni e riflessioni pedagogiche."),
]

PDF["it/fs-zone-rosse.pdf"] = dict(
    header="Osservatorio sicurezza urbana · Scheda tematica", footer="Scheda tematica – zone rosse",
    blocks=[
        ("title", "Le \"zone rosse\" urbane: aree a vigilanza rafforzata decise dai prefetti"),
        ("p", "Italia · 2024-2025 · scheda tematica"),
        ("h1", "1. Di che cosa si tratta"),
        ("p", "Con un'ordinanza il prefetto individua alcune aree urbane (stazioni, piazze dello spaccio, luoghi "
              "della movida) nelle quali le forze di polizia possono allontanare le persone che tengono "
              "comportamenti aggressivi, minacciosi o molesti e che hanno precedenti per determinati reati. "
              "Le ordinanze sono temporanee e vengono rinnovate."),
        ("h1", "2. Dove è cominciato"),
        ("p", "Le prime ordinanze sono state adottate nell'autunno 2024 a Firenze e a Bologna. Secondo il "
              "Viminale, nei primi tre mesi 105 persone sono state allontanate su circa 14.000 controllate."),
        ("page",),
        ("h1", "3. L'estensione"),
        ("p", "Il 30 dicembre 2024 il ministro dell'Interno Matteo Piantedosi ha inviato ai prefetti una "
              "direttiva che invita a individuare aree simili in altre città. Milano ha istituito zone rosse "
              "dal Capodanno fino al 31 marzo 2025; a Napoli sono state delimitate aree a Chiaia, al Vomero, "
              "nei Decumani e intorno alla stazione Garibaldi; anche Torino e Roma hanno seguito."),
        ("h1", "4. Il dibattito"),
        ("p", "Sindaci e prefetti sostengono che lo strumento rafforzi la percezione di sicurezza; giuristi e "
              "associazioni obiettano che limita la libertà di circolazione sulla base dei precedenti e "
              "sposta i problemi nelle vie vicine."),
        ("h1", "5. Valutazione"),
        ("p", "Il ministero diffonde i numeri dei controlli e degli allontanamenti. Una valutazione degli "
              "effetti sulla criminalità è annunciata ma non ancora disponibile."),
    ])

# ---------------------------------------------------------------- de
PDF["de/violence-prevention-network.pdf"] = dict(
    header="Präventionsatlas Extremismus · Praxisblatt", footer="Praxisblatt VPN",
    blocks=[
        ("title", "Violence Prevention Network: Deradikalisierung und Ausstiegsbegleitung"),
        ("p", "Deutschland (bundesweit tätig) · gemeinnütziger Träger mit Sitz in Berlin · seit 2004"),
        ("h1", "Ausgangspunkt"),
        ("p", "Junge Gewalttäter mit rechtsextremer Orientierung wurden im Jugendstrafvollzug zwar bestraft, aber "
              "kaum pädagogisch erreicht. Nach einem Modellprojekt mit Trainings in Brandenburger Haftanstalten "
              "ab 2001 gründeten Judy Korn und Thomas Mücke 2004 Violence Prevention Network, um mit ihnen an "
              "Verantwortung, Gewalt und Ideologie zu arbeiten. Ab 2006 kam die Arbeit mit islamistisch "
              "gefährdeten Jugendlichen hinzu, zuerst in Städten wie Berlin, Bremen und Hamburg."),
        ("h1", "Angebote"),
        ("li", "Gruppentraining \"Verantwortung übernehmen – Abschied von Hass und Gewalt\" in Justizvollzugsanstalten, "
               "mit Nachbetreuung nach der Entlassung"),
        ("li", "Ausstiegs- und Distanzierungsbegleitung für Menschen aus dem Rechtsextremismus und dem "
               "islamistischen Extremismus"),
        ("li", "Beratung für Angehörige, Schulen und Behörden, die eine Radikalisierung befürchten"),
        ("li", "Fortbildungen für Fachkräfte aus Jugendhilfe, Schule, Justiz und Polizei"),
        ("page",),
        ("h1", "Arbeitsweise"),
        ("p", "Die Arbeit verbindet Antigewalttraining mit politischer Bildung: Die Teilnehmenden setzen sich mit "
              "ihrer eigenen Biografie und ihren Taten auseinander, nicht in erster Linie mit der Ideologie. "
              "Vertraulichkeit und Freiwilligkeit gelten als Voraussetzung."),
        ("h1", "Partner und Finanzierung"),
        ("p", "Justizministerien und Justizvollzugsanstalten mehrerer Länder, die Bundeszentrale für politische "
              "Bildung (die das Training mitentwickelt hat), Landesprogramme gegen Extremismus, "
              "das Bundesprogramm \"Demokratie leben!\" des Bundesfamilienministeriums sowie EU-Mittel. "
              "Beratungsstellen gibt es in mehreren Bundesländern."),
        ("h1", "International"),
        ("p", "Der Träger beteiligt sich an europäischen Netzwerken wie dem Radicalisation Awareness Network (RAN) "
              "und berät Projekte im Ausland."),
    ])

DOCX["de/gruene-liste-praevention.docx"] = [
    ("title", "Ressource: Grüne Liste Prävention"),
    ("table", [("Art", "Online-Datenbank empfehlenswerter Präventionsprogramme"),
               ("Herausgeber", "Landespräventionsrat Niedersachsen, Hannover (im Rahmen von Communities That Care)"),
               ("Zielgruppe", "Kommunen, kommunale Präventionsräte, Schulen, Kitas, Jugendhilfe, Fördermittelgeber"),
               ("Format", "frei zugängliche Website mit Programmsteckbriefen und Filtern"),
               ("Sprache", "Deutsch"),
               ("Link", "www.gruene-liste-praevention.de")]),
    ("h1", "Wozu dient sie?"),
    ("p", "Wer in einer Stadt oder Schule ein Präventionsprogramm auswählen will, findet eine Fülle von Angeboten, "
          "aber selten Angaben dazu, ob sie wirken. Die Grüne Liste bewertet Programme gegen Gewalt, Sucht, "
          "Delinquenz und andere Problemverhaltensweisen von Kindern und Jugendlichen nach der Qualität ihrer "
          "Evaluation."),
    ("h1", "Wie wird bewertet?"),
    ("p", "Programme werden in drei Stufen eingeordnet:"),
    ("li", "Effektivität theoretisch gut begründet"),
    ("li", "Effektivität wahrscheinlich"),
    ("li", "Effektivität nachgewiesen"),
    ("p", "Dazu kommen Angaben zu Zielgruppe, Risiko- und Schutzfaktoren, Alter, Setting (Familie, Schule, "
          "Kinder- und Jugendarbeit, Kommune), Kosten und Ansprechpartnern."),
    ("h1", "Hinweise"),
    ("p", "Programme werden nur auf Antrag und nach Prüfung aufgenommen. Die Liste ist mit der "
          "CTC-Programmdatenbank und vergleichbaren Datenbanken in anderen Ländern abgestimmt."),
]

# ---------------------------------------------------------------- pt
PDF["pt/fs-guardas-municipais-brasil.pdf"] = dict(
    header="Rede Cidades Seguras Brasil · Ficha temática", footer="Ficha temática · guardas municipais",
    blocks=[
        ("title", "As guardas municipais no Brasil"),
        ("p", "Ficha temática · Brasil · segurança pública municipal"),
        ("h1", "Base constitucional"),
        ("p", "A Constituição de 1988 (artigo 144, parágrafo 8.º) permite aos municípios constituir guardas "
              "municipais destinadas à proteção dos seus bens, serviços e instalações. Durante muito tempo "
              "discutiu-se se podiam fazer policiamento; a resposta variou de cidade para cidade."),
        ("h1", "O Estatuto de 2014"),
        ("p", "A Lei n.º 13.022, de 2014, o Estatuto Geral das Guardas Municipais, definiu princípios (proteção dos "
              "direitos humanos, uso progressivo da força, patrulhamento preventivo), competências, requisitos "
              "de formação e um controlo interno e externo (corregedoria e ouvidoria)."),
        ("page",),
        ("h1", "O sistema único e o STF"),
        ("p", "A Lei n.º 13.675, de 2018, incluiu as guardas no Sistema Único de Segurança Pública (SUSP). Em 2023 "
              "o Supremo Tribunal Federal reconheceu que as guardas municipais integram o sistema de segurança "
              "pública."),
        ("h1", "Como as cidades as usam"),
        ("li", "patrulhamento preventivo de escolas, praças e equipamentos municipais;"),
        ("li", "rondas de proteção a mulheres com medidas protetivas, em articulação com a Lei Maria da Penha;"),
        ("li", "mediação de conflitos e fiscalização de posturas municipais;"),
        ("li", "em grandes cidades, como a Guarda Civil Metropolitana de São Paulo, unidades especializadas e centrais de videomonitoramento."),
        ("h1", "Pontos de debate"),
        ("p", "Armamento das guardas, formação, sobreposição com a Polícia Militar dos estados e o risco de "
              "militarização de uma força pensada para a proximidade."),
    ])

DOCX["pt/operacao-lei-seca-rio.docx"] = [
    ("title", "Operação Lei Seca no Estado do Rio de Janeiro"),
    ("bold", "Local: Estado do Rio de Janeiro, Brasil · Início: março de 2009"),
    ("h1", "Contexto"),
    ("p", "A Lei n.º 11.705, de 2008, conhecida como Lei Seca, endureceu as regras do Código de Trânsito "
          "Brasileiro para quem conduz depois de beber. Para que a lei não ficasse no papel, o Governo do Estado "
          "do Rio de Janeiro criou em 2009 uma operação permanente de fiscalização."),
    ("h1", "Como funciona"),
    ("p", "Equipas mistas montam blitze em pontos variados da capital e do interior, sobretudo à noite e nos "
          "fins de semana, perto de zonas de bares e saídas de festas. Os condutores fazem o teste do "
          "etilómetro (bafômetro); quem recusa ou acusa álcool é autuado, pode ter a carta suspensa e o "
          "veículo retido. A operação divulga nas redes sociais o seu trabalho e faz campanhas educativas em "
          "escolas, empresas e eventos."),
    ("h1", "Quem participa"),
    ("p", "Secretaria de Estado de Governo, Polícia Militar do Estado do Rio de Janeiro, Detran-RJ e guardas "
          "municipais de vários municípios."),
    ("h1", "Enquadramento legal posterior"),
    ("p", "A Lei n.º 12.760, de 2012, reforçou a tolerância zero e permitiu outras provas além do etilómetro, "
          "como vídeos e testemunhos."),
    ("h1", "Resultados"),
    ("p", "O governo estadual publica balanços: até ao fim de 2021 tinham sido abordados cerca de 3,56 milhões de "
          "condutores, e em mais de 231 mil foi detetado álcool. Ao fim dos dois primeiros anos, o governo "
          "atribuiu à operação 5.240 vidas salvas, uma estimativa própria, feita sem grupo de comparação."),
    ("h1", "Curiosidade"),
    ("p", "Agentes de educação em cadeira de rodas, muitos deles vítimas de acidentes de trânsito, fazem "
          "campanhas de sensibilização em bares e casas de espetáculos."),
]

# ---------------------------------------------------------------- nl
DOCX["nl/buurtbemiddeling.docx"] = [
    ("title", "Buurtbemiddeling: buren helpen buren hun ruzie op te lossen"),
    ("bold", "Land: Nederland · landelijk ondersteund, lokaal uitgevoerd in een groot deel van de gemeenten"),
    ("bold", "1. Het probleem"),
    ("p", "Geluidsoverlast, een schutting, de hond, de parkeerplaats, rommel in het trappenhuis: burenruzies "
          "lijken klein, maar kunnen escaleren tot bedreiging en geweld en kosten politie, woningcorporaties en "
          "gemeenten veel tijd. Vaak praten de buren allang niet meer met elkaar."),
    ("bold", "2. De aanpak"),
    ("p", "Twee getrainde vrijwillige bemiddelaars gaan eerst bij elke partij afzonderlijk langs en brengen de "
          "buren daarna samen aan tafel, op neutraal terrein. Ze nemen geen besluit en geven geen oordeel; de "
          "buren maken zelf afspraken. Deelname is vrijwillig en gratis."),
    ("bold", "3. Wie meldt aan?"),
    ("p", "Bewoners zelf, maar ook woningcorporaties, wijkagenten, wijkteams en de gemeente. Zaken met "
          "strafbare feiten, ernstige psychiatrische problematiek of verslaving gaan niet naar buurtbemiddeling."),
    ("bold", "4. Organisatie"),
    ("p", "Lokale welzijnsorganisaties coördineren de vrijwilligers. Het Centrum voor Criminaliteitspreventie "
          "en Veiligheid (CCV) ondersteunt de projecten landelijk met een methodiek, trainingen en een "
          "kwaliteitskader; gemeenten en corporaties betalen de lokale uitvoering."),
    ("bold", "5. Verwante vormen"),
    ("p", "Peer-mediation op scholen en bemiddeling tussen gedetineerden zijn van dezelfde gedachte afgeleid."),
]


# ---------------------------------------------------------------- xlsx (one sheet, field/value rows)
XLSX = {}
XLSX["en/compstat-nypd.xlsx"] = [
    ("Title", "CompStat: weekly crime-data meetings that hold precinct commanders to account"),
    ("Record type", "Practice"),
    ("City", "New York City"),
    ("Country", "United States"),
    ("Lead agency", "New York City Police Department (NYPD)"),
    ("Started", "1994"),
    ("Background", "When William Bratton became police commissioner in 1994, crime figures reached headquarters months "
                   "late and precinct commanders were rarely asked what they were doing about them. His deputy "
                   "commissioner Jack Maple pushed for up-to-date crime maps and regular accountability meetings."),
    ("How it works", "Each week senior command staff meet precinct and unit commanders at police headquarters. "
                     "Recent crime statistics and maps for the commander's area are projected on screen, and the "
                     "commander must explain patterns and the tactics used against them."),
    ("Four principles", "Accurate and timely intelligence; effective tactics; rapid deployment of resources; "
                        "relentless follow-up and assessment."),
    ("Spread", "Adopted by many police forces in the United States and abroad, and copied by other city services "
               "(for example CitiStat in Baltimore)."),
    ("Evaluation", "Its share in New York's fall in crime during the 1990s is disputed among criminologists; the "
                   "sheet knows of no controlled evaluation of CompStat itself."),
    ("Themes", "policing management, crime analysis, accountability"),
]


def build_xlsx(rel, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Practice sheet"
    ws.append(["Field", "Value"])
    ws["A1"].font = Font(bold=True)
    ws["B1"].font = Font(bold=True)
    for f, v in rows:
        ws.append([f, v])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 110
    for row in ws.iter_rows(min_row=2):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(os.path.join(HERE, "sheets", rel))


def build_docx(rel, blocks):
    doc = Document()
    doc.styles["Normal"].font.size = Pt(11)
    for b in blocks:
        k = b[0]
        if k == "title":
            doc.add_heading(b[1], level=0)
        elif k == "h1":
            doc.add_heading(b[1], level=1)
        elif k == "h2":
            doc.add_heading(b[1], level=2)
        elif k == "p":
            doc.add_paragraph(b[1])
        elif k == "bold":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
        elif k == "li":
            doc.add_paragraph(b[1], style="List Bullet")
        elif k == "table":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for f, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = f
                cells[1].text = v
            doc.add_paragraph("")
        elif k == "page":
            pass
    out = os.path.join(HERE, "sheets", rel)
    doc.save(out)


class Sheet(FPDF):
    def __init__(self, header_text, footer_text):
        super().__init__(format="A4")
        self.header_text, self.footer_text = header_text, footer_text
        self.add_font("DejaVu", "", FONT)
        self.add_font("DejaVu", "B", FONT_B)
        self.set_auto_page_break(True, margin=20)

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110)
        self.cell(0, 6, self.header_text, align="L")
        self.ln(10)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110)
        self.cell(0, 6, f"{self.footer_text} · {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0)


def build_pdf(rel, spec):
    pdf = Sheet(spec["header"], spec["footer"])
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for b in spec["blocks"]:
        k = b[0]
        if k == "title":
            pdf.set_font("DejaVu", "B", 16)
            pdf.multi_cell(w, 8, b[1])
            pdf.ln(2)
        elif k == "h1":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(w, 7, b[1])
        elif k == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(w, 5.5, b[1])
            pdf.ln(1.5)
        elif k == "li":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(w, 5.5, "• " + b[1])
        elif k == "page":
            pdf.add_page()
    pdf.output(os.path.join(HERE, "sheets", rel))


if __name__ == "__main__":
    for rel, blocks in DOCX.items():
        build_docx(rel, blocks)
        print("docx", rel)
    for rel, spec in PDF.items():
        build_pdf(rel, spec)
        print("pdf ", rel)
    for rel, rows in XLSX.items():
        build_xlsx(rel, rows)
        print("xlsx", rel)
