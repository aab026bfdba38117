"""Build the binary sheets (docx, pdf, xlsx) of holdout set G from the text in this script.

Run from this folder: python make_files.py (needs python-docx, fpdf2, openpyxl).
Markup of the sheet texts: '# ' title, '## ' heading, '- ' bullet, '| a | b' table row,
'@ ' meta line (italic), blank line = paragraph break; other lines are joined into paragraphs.
"""

from pathlib import Path

import docx
from docx.shared import Pt
from fpdf import FPDF
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def blocks(text):
    """Split the markup into (kind, payload) blocks."""
    out, para = [], []

    def flush():
        if para:
            out.append(("p", " ".join(para)))
            para.clear()

    for raw in text.strip().splitlines():
        line = raw.rstrip()
        if not line:
            flush()
        elif line.startswith("## "):
            flush()
            out.append(("h2", line[3:]))
        elif line.startswith("# "):
            flush()
            out.append(("h1", line[2:]))
        elif line.startswith("- "):
            flush()
            out.append(("li", line[2:]))
        elif line.startswith("| "):
            flush()
            cells = [c.strip() for c in line[2:].split(" | ")]
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
        elif line.startswith("@ "):
            flush()
            out.append(("meta", line[2:]))
        elif line.startswith("  ") and not para and out and out[-1][0] in ("li", "meta"):
            out[-1] = (out[-1][0], out[-1][1] + " " + line.strip())
        else:
            para.append(line.strip())
    flush()
    return out


def write_docx(path, text, style="headings"):
    """style 'headings' uses Word heading styles; 'bold' uses bold paragraphs as headings."""
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(11)
    for kind, val in blocks(text):
        if kind in ("h1", "h2"):
            if style == "headings":
                d.add_heading(val, level=1 if kind == "h1" else 2)
            else:
                run = d.add_paragraph().add_run(val)
                run.bold = True
                run.font.size = Pt(15 if kind == "h1" else 12)
        elif kind == "meta":
            d.add_paragraph().add_run(val).italic = True
        elif kind == "li":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=max(len(r) for r in val))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = c
        else:
            d.add_paragraph(val)
    d.save(path)


class Sheet(FPDF):
    def __init__(self, running):
        super().__init__(format="A4")
        self.running = running
        self.add_font("DejaVu", "", FONT)
        self.add_font("DejaVu", "B", FONT_B)
        self.set_auto_page_break(True, margin=20)

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, self.running, align="L")
        self.ln(10)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, f"{self.page_no()} / {{nb}}", align="C")


def write_pdf(path, text, running):
    pdf = Sheet(running)
    pdf.add_page()
    for kind, val in blocks(text):
        if kind == "h1":
            pdf.set_font("DejaVu", "B", 16)
            pdf.multi_cell(0, 8, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "meta":
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "li":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, "• " + val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(first_row_as_headings=False) as t:
                for row in val:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(2)
        else:
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(str(path))


def write_xlsx(path, rows, title="Ficha"):
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(list(row))
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 110
    wb.save(path)


# --------------------------------------------------------------------------- en

CARDIFF = """
# The Cardiff Model: sharing A&E data to prevent violence
@ Case study · City: Cardiff, Wales (United Kingdom) · Theme: violence, night-time economy, data

## Summary
Most people treated in hospital emergency departments for injuries from assaults never report the
assault to the police. The Cardiff Model combines anonymised information collected from these
patients (where, when and with what weapon the violence happened) with police data, so that a
local partnership can target policing, licensing and street design at the places and hours where
violence really happens.

## Origins
The idea came from Professor Jonathan Shepherd, an oral and maxillofacial surgeon who founded the
Violence and Society Research Group at Cardiff University in the mid-1990s. A multi-agency violence
prevention group – the city council, South Wales Police, the emergency department, the ambulance
service and licensees – first met in 1997. After several years of preparation, the data-sharing
programme itself became operational in January 2003, when emergency department receptionists began
recording the location of assaults and the data were passed every month to the partners.

## How it works
- Short questions added to the emergency department's registration software.
- An analyst anonymises and maps the data and sends them to the community safety partnership.
- The partnership uses the maps to redeploy patrols, move bus stops and taxi ranks, require
  shatterproof glasses in some pubs and review licences of problem premises.

## Evaluation
The programme was evaluated by researchers from Cardiff University and the US Centers for Disease
Control and Prevention (Florence and colleagues, BMJ, 2011). They used a time series analysis of
33 months before and 51 months after the start and compared Cardiff with 14 "most similar" cities
designated by the Home Office. Hospital admissions related to violence fell significantly in
Cardiff compared with the comparison cities, and police-recorded woundings fell too. A later
economic study estimated that the savings to health and criminal justice services were much larger
than the cost of running the programme.

## Spread
The Home Office encouraged the approach across England and Wales from the early 2010s; it has also
been tried in the United States (Atlanta, Milwaukee, Philadelphia). The Serious Violence Duty of
2022 asks local partners in England and Wales to share this kind of data.

## Partners
| Partner | Role
| Cardiff University, Violence and Society Research Group | design, analysis, research
| Cardiff and Vale University Health Board | data collection in the emergency unit
| South Wales Police | targeting of patrols
| Cardiff Council | licensing, transport, street design
"""

CARA = """
# Project CARA: cautions and awareness workshops for first-time domestic abuse offenders
@ Practice sheet — County: Hampshire, England (UK) — Lead agency: Hampshire Constabulary

## What is the problem?
Most domestic abuse incidents reported to the police are not prosecuted, and low-risk first-time
offenders often receive no intervention at all. Victims frequently withdraw their support for a
prosecution.

## The practice
Instead of a prosecution, eligible men (first-time, standard or medium risk, admitting the offence)
receive a conditional caution. The condition is to attend two awareness-raising workshops run by the
Hampton Trust, a local charity, and not to reoffend. The workshops use motivational interviewing;
victims are contacted and offered support at the same time.

## Timeline
- 2011: a group of Hampshire agencies, including the Hampton Trust, looks for alternative sanctions;
  the Director of Public Prosecutions allows the force to trial conditional cautions for domestic
  abuse.
- July 2012: the trial begins in western Hampshire (Southampton and the New Forest).
- After the trial: countywide roll-out in Hampshire; pilots with West Midlands Police from 2016,
  Avon and Somerset from 2018 and other forces.

## How was it evaluated?
Researchers from the Institute of Criminology of the University of Cambridge ran a randomised
controlled trial: eligible offenders were randomly assigned, 1:1, either to a caution with the
workshops or to a caution with only the condition not to reoffend. Men in the workshop group were
about a third less likely to reoffend against their partner, and the harm of new offences was lower.
A later impact and economic study by the University of Birmingham looked at the West Midlands sites.

## Recognition
The project won a Howard League community award in 2015 and a College of Policing award for
innovation in perpetrator intervention.

## Funding
Not stated as a single figure.
"""

# --------------------------------------------------------------------------- fr

RENNES = """
# Les correspondants de nuit de Rennes
@ Ville : Rennes · Pays : France · Thèmes : médiation sociale, tranquillité résidentielle, nuit

## En bref
Des médiateurs salariés, en veste reconnaissable, circulent chaque soir et chaque nuit dans les
quartiers d'habitat social pour répondre aux appels des habitants, apaiser les conflits de
  voisinage,
accompagner des personnes isolées ou en détresse et signaler les dégradations (éclairage en panne,
portes d'immeuble forcées) aux bailleurs et aux services de la ville.

## Comment le service est né
Rennes est souvent présentée comme la ville pionnière du métier. Les premiers correspondants de nuit
ont commencé leurs tournées en 1994, à titre expérimental, dans un quartier d'environ 1 400
logements, les bailleurs sociaux offrant le service gratuitement pendant l'essai. Les locataires ont
ensuite été consultés, puisqu'ils devaient en financer une partie ; après un premier vote trop peu
suivi, le service a été pérennisé en 1996. Il est géré par l'association Optima, créée à cet effet
et présidée à l'origine par un élu municipal.

## Qui finance ?
La ville, les bailleurs sociaux et, par les charges locatives, les locataires. Les montants annuels
ne sont pas publiés dans cette fiche. À titre de comparaison, le dispositif Noz'ambule, lancé plus
tard dans le centre-ville pour les soirées étudiantes du jeudi, dispose de son propre budget annuel
de 180 000 euros : ce n'est pas celui des correspondants de nuit.

## Chiffres souvent cités
Selon l'association, près de deux tiers des faits de délinquance signalés dans ces quartiers ont
lieu la nuit (63 %) – un constat qui a justifié le service, pas un résultat.

## Bilan
Optima a publié un ouvrage dressant le bilan de ses trois premières années de pratique, présenté
lors d'un colloque réuni à Rennes avec une soixantaine de communes ; il s'appuie sur les carnets de
bord des équipes (nombre d'interventions, types d'appels). Aucune évaluation externe n'a été menée.

## Un réseau national
Le colloque a débouché sur un réseau des villes correspondants de nuit, hébergé par le Forum
français pour la sécurité urbaine, et sur une charte déontologique de la médiation sociale de nuit.
"""

TGD = """
# Le téléphone grave danger (TGD)
@ Fiche pratique · France · Violences conjugales · Protection des victimes

## Le dispositif
Le téléphone grave danger est un téléphone portable doté d'une touche d'alerte, remis par le
procureur de la République à une victime de violences conjugales ou de viol exposée à un danger
grave, lorsque l'auteur ne vit plus avec elle. Un appui sur la touche met la victime en relation
avec une plateforme de téléassistance, joignable jour et nuit, qui évalue la situation et demande
immédiatement l'intervention de la police ou de la gendarmerie ; les appareils récents permettent
la géolocalisation. La victime est suivie en même temps par une association d'aide aux victimes.

## Historique
- 2009 : expérimentation en Seine-Saint-Denis, à l'initiative du parquet de Bobigny et de
  l'Observatoire départemental des violences envers les femmes, puis dans quelques autres
  départements (Bas-Rhin, Val-d'Oise…).
- Loi du 4 août 2014 pour l'égalité réelle entre les femmes et les hommes : généralisation à tout le
  territoire.
- Loi du 28 décembre 2019 : l'attribution n'exige plus qu'une interdiction de contact ait déjà été
  prononcée contre l'auteur.

## Combien ?
Environ 5 000 téléphones sont aujourd'hui déployés en France. Le dispositif est attribué pour six
mois renouvelables. Son financement passe principalement par le Fonds interministériel de
prévention de la délinquance (FIPD) ; le montant n'est pas précisé ici.

## Partenaires
| Acteur | Rôle
| Parquets | décision d'attribution
| Plateforme de téléassistance | réception des alertes 24 h/24
| Police et gendarmerie | intervention
| Associations d'aide aux victimes (réseau France Victimes) | accompagnement

## Suivi
L'Observatoire départemental de Seine-Saint-Denis, porteur de l'expérimentation, a tenu le compte
  des
alertes et des interventions ; il s'agit du suivi des promoteurs, sans évaluation indépendante.
"""

# --------------------------------------------------------------------------- es

POLIGONO = """
# Plan Integral del Polígono Sur (Sevilla)
@ Ciudad: Sevilla · País: España · Ámbito: barrio (Polígono Sur, con las "Tres Mil Viviendas")

## El barrio
El Polígono Sur es un conjunto de barriadas del sur de Sevilla –Murillo, Martínez Montañés (las
"Tres Mil Viviendas"), La Oliva, Antonio Machado, Letanías y Paz y Amistad– con unos 40.000
habitantes, altas tasas de paro y abandono escolar, venta de droga y graves problemas de vivienda.
Entre 1988 y 2003 las administraciones lanzaron cinco planes sucesivos sin resultados duraderos.

## Un comisionado y un plan hecho con los vecinos
En 2003 las cuatro administraciones (Gobierno central, Junta de Andalucía, Diputación y
Ayuntamiento) crearon la figura del Comisionado para el Polígono Sur, encargado de coordinarlas.
Tras dos años de trabajo con más de 4.000 residentes y entidades vecinales, el Consejo de Gobierno
de la Junta aprobó el Plan Integral en diciembre de 2005; su aplicación comenzó en enero de 2006.
El Plan reúne casi medio millar de actuaciones en urbanismo, seguridad, empleo, salud, educación y
familia.

## Seguridad y convivencia
- Nueva comisaría de la Policía Nacional, prevista desde 2010 y trasladada luego a otro solar.
- Mediación vecinal y programas de convivencia en los bloques.
- Soterramiento de la vía férrea que partía el barrio y reurbanización de calles y plazas.
- Desde 2014, giro "de lo urbano a lo humano": más peso a la educación, la formación y la salud.

## Presupuesto
El Plan se programó para ocho años, pero no se cifró su coste total; la Junta debía asumir entre
el 80 y el 85 % de la financiación. Las cifras de población o de porcentaje no son presupuestos.

## Evaluación
| Aspecto | Situación
| Evaluación del Plan | pendiente
| Seguimiento | comisión de seguimiento con las cuatro administraciones
| Participación | mesas vecinales y plataforma ciudadana "Nosotros también somos Sevilla"
"""

EVAMB = [
    ("Campo", "Valor"),
    ("Tipo de ficha", "Recurso (herramienta de diagnóstico)"),
    ("Nombre", "Encuesta de Victimización de Barcelona (Enquesta de Victimització de Barcelona)"),
    ("Ciudad", "Barcelona"),
    ("País", "España (Cataluña)"),
    ("Responsable", "Ajuntament de Barcelona; trabajo de campo y análisis con el Institut "
     "d'Estudis Regionals i Metropolitans de Barcelona (IERMB)"),
    ("Desde", "La encuesta se realiza cada año desde 1984, lo que la convierte en una de las "
     "series locales de victimización más largas de Europa; más tarde se añadió una edición "
     "para el área metropolitana."),
    ("Qué mide", "Porcentaje de personas que han sido víctimas de algún delito en el último año, "
     "tipo de delito, denuncia a la policía, percepción de seguridad en el barrio y en la "
     "ciudad, valoración de la policía y de los servicios municipales."),
    ("Método", "Entrevistas telefónicas a una muestra aleatoria de residentes mayores de 16 años; "
     "resultados por distrito."),
    ("Para qué sirve", "Conocer la delincuencia no denunciada (la 'cifra negra'), seguir la "
     "evolución de la inseguridad y orientar los planes de seguridad de los distritos."),
    ("Datos de ejemplo", "Índices de victimización en torno a un cuarto de la población en "
     "algunos años (son porcentajes, no presupuestos)."),
    ("Temas", "diagnóstico de seguridad; víctimas; percepción de seguridad; estadística"),
    ("Relacionado con", "Encuesta de seguridad pública de Cataluña; Veiligheidsmonitor "
     "(Países Bajos); Crime Survey for England and Wales"),
    ("Acceso", "Informes y microdatos publicados en la web municipal"),
]

# --------------------------------------------------------------------------- it

CAM = """
# CAM – Centro di Ascolto Uomini Maltrattanti, Firenze
@ Scheda pratica · Città: Firenze · Paese: Italia

## Scheda sintetica
| Voce | Contenuto
| Ente | Associazione CAM – Centro di Ascolto Uomini Maltrattanti
| Sede | Firenze, con sportelli a Pistoia e Montecatini Terme
| Anno di avvio | 2009
| Destinatari | uomini che agiscono violenza nelle relazioni affettive
| Temi | violenza di genere; autori di violenza; prevenzione della recidiva
| Costo | non indicato

## Di che cosa si tratta
Il CAM è stato il primo centro in Italia dedicato agli uomini autori di violenza domestica. È nato
a Firenze nel 2009, promosso dal Comune di Firenze, dall'Azienda sanitaria (allora Asl 10) e dal
centro antiviolenza Artemisia, dalla cui esperienza con le donne vittime deriva il metodo. Nel 2014
una convenzione con l'Azienda sanitaria gli ha dato una sede nel dipartimento di salute mentale, e
sono nate sezioni a Ferrara, Cremona, Roma e nel nord della Sardegna. Gli uomini arrivano
spontaneamente, su indicazione dei servizi sociali o, sempre più spesso, su invio dell'autorità
giudiziaria.

## Percorso
- colloqui individuali di valutazione;
- gruppi psicoeducativi settimanali per almeno un anno;
- contatto con la partner, che viene informata e indirizzata a un centro antiviolenza.

## Contesto normativo
Dopo la Convenzione di Istanbul (ratificata dall'Italia nel 2013), la legge 69/2019 detta "Codice
rosso" ha collegato la sospensione condizionale della pena alla frequenza di percorsi per autori di
violenza; un'intesa Stato-Regioni del 2022 ha fissato i requisiti minimi dei centri.

## Risultati
Il centro raccoglie i propri dati sugli uomini presi in carico e li presenta pubblicamente: le
richieste di aiuto sono passate da 9 nel 2009 a 85 nel 2014, e in una dozzina d'anni circa un
migliaio di uomini hanno frequentato i gruppi. Non risultano studi esterni sulla recidiva.
"""

BENI = [
    ("voce", "contenuto"),
    ("tipo", "scheda pratica"),
    ("titolo", "Il riuso sociale dei beni confiscati alle mafie"),
    ("paese", "Italia"),
    ("ambito", "nazionale; i beni sono assegnati ai comuni e alle associazioni di tutta Italia"),
    ("origine", "Libera – Associazioni, nomi e numeri contro le mafie nasce il 25 marzo 1995 e "
     "raccoglie oltre un milione di firme per una legge di iniziativa popolare; la legge "
     "109 del 7 marzo 1996 stabilisce che i beni confiscati siano restituiti alla collettività "
     "per fini sociali. È da quell'anno che il riuso sociale diventa possibile."),
    ("sviluppi", "dal 2001 le cooperative di Libera Terra coltivano terreni confiscati in Sicilia, "
     "Calabria, Campania e Puglia; nel 2010 nasce l'Agenzia nazionale per i beni sequestrati e "
     "confiscati (ANBSC); il Codice antimafia del 2011 riordina la materia"),
    ("come funziona", "dopo la confisca definitiva l'Agenzia destina il bene (un appartamento, "
     "una villa, un terreno, un'azienda) allo Stato o a un comune, che lo assegna con bando a "
     "cooperative sociali, associazioni o servizi pubblici"),
    ("esempi", "case per donne vittime di violenza, centri giovanili, caserme, vigneti e "
     "agriturismi, sedi di associazioni antimafia"),
    ("numeri", "decine di migliaia di immobili confiscati, molti ancora non assegnati; sono "
     "conteggi di beni, non un bilancio del programma"),
    ("partner", "Libera; ANBSC; comuni; prefetture; cooperative sociali"),
    ("temi", "criminalità organizzata; legalità; uso pubblico degli spazi; economia sociale"),
    ("criticità", "beni degradati o gravati da ipoteche; tempi lunghi di assegnazione"),
]

# --------------------------------------------------------------------------- de

FRANKFURT = """
# Der Frankfurter Weg in der Drogenpolitik
@ Praxisbeispiel · Stadt: Frankfurt am Main · Land: Deutschland (Hessen) · Themen: Drogen,
  öffentlicher Raum

## Ausgangslage
Ende der 1980er-Jahre hielten sich in der Taunusanlage und im Bahnhofsviertel zeitweise mehr als
tausend Drogenabhängige auf; Heroin wurde offen gehandelt und konsumiert, HIV-Infektionen und
Beschaffungskriminalität nahmen zu. 1991 zählte die Stadt 147 Drogentote.

## Beginn
Der Frankfurter Weg beginnt 1989: Der Magistrat unter Oberbürgermeister Andreas von Schoeler setzt
auf eine kommunale Drogenpolitik, die Hilfe und Repression verbindet, und richtet die
"Montagsrunde" ein, in der sich Drogenreferat, Polizei, Staatsanwaltschaft, Gesundheitsamt und
Träger der Drogenhilfe regelmäßig abstimmen. Die offene Szene in der Taunusanlage wird 1992
aufgelöst.

## Die Bausteine
- Überlebenshilfe: Kontaktcafés, Spritzentausch, medizinische Versorgung, Notschlafstellen;
- 1994 eröffnet mit dem "Eastside" im Ostend der erste Drogenkonsumraum Deutschlands, später
  folgen drei weitere; der Bundestag schafft erst im Jahr 2000 mit § 10a BtMG die bundesweite
  Rechtsgrundlage;
- Substitution mit Methadon und ab 2003 das Modellprojekt zur heroingestützten Behandlung;
- Polizei: Druck auf den Handel, nicht auf den Konsum im Umfeld der Hilfeeinrichtungen.

## Was hat es gebracht?
Die Zahl der Drogentoten sank von 147 im Jahr 1991 auf 22 Ende der 1990er-Jahre und lag 2022 bei
20, während sie bundesweit stieg (Zahlen der Stadt). Das Institut für Suchtforschung der Frankfurt
University of Applied Sciences wertet im Auftrag der Stadt regelmäßig die Dokumentation der
Konsumräume aus (rund 4.500 verschiedene Nutzerinnen und Nutzer im Jahr 2018). Einen Vergleich mit
Städten ohne Konsumräume enthält diese Dokumentation nicht.

## Heute
Mit Crack hat sich die Szene verändert; die Stadt plant ein integriertes Suchthilfezentrum. Kritiker
halten den Weg für gescheitert, Befürworter verweisen auf die gesunkene Sterblichkeit.

## Kosten
Die Stadt finanziert die Drogenhilfe über das Drogenreferat; ein Gesamtbetrag wird hier nicht
genannt.
"""

WEGWEISUNG = [
    ("Feld", "Inhalt"),
    ("Art", "Praxisbeispiel (bundesweit)"),
    ("Titel", "Wegweisung und Betretungsverbot bei Gewalt in der Privatsphäre"),
    ("Land", "Österreich"),
    ("Stadt", "– (bundesweit, alle Bundesländer)"),
    ("Rechtsgrundlage", "Gewaltschutzgesetz, 1996 vom Nationalrat beschlossen, in Kraft seit "
     "1. Mai 1997; § 38a Sicherheitspolizeigesetz"),
    ("Beginn", "Seit dem Inkrafttreten am 1. Mai 1997 kann die Polizei gefährdende Personen aus "
     "der Wohnung wegweisen – Österreich war damit eines der ersten Länder Europas."),
    ("Beschreibung", "Die Polizei weist die gefährdende Person aus der Wohnung und verbietet ihr "
     "die Rückkehr für zwei Wochen; der Schlüssel wird abgenommen. Seit 2020 gilt zusätzlich ein "
     "Annäherungsverbot im Umkreis von 100 Metern. Die Polizei informiert automatisch das "
     "Gewaltschutzzentrum des Bundeslandes, das mit dem Opfer Kontakt aufnimmt."),
    ("Neu seit 2021", "Weggewiesene Personen müssen binnen fünf Tagen eine Beratungsstelle für "
     "Gewaltprävention kontaktieren und mindestens sechs Stunden Beratung besuchen."),
    ("Partner", "Bundesministerium für Inneres; Gewaltschutzzentren / Interventionsstellen in "
     "allen Bundesländern; Beratungsstellen für Gewaltprävention; Familiengerichte"),
    ("Zahlen", "mehrere tausend Betretungs- und Annäherungsverbote pro Jahr (Fallzahlen, kein "
     "Budget); Frauen-Helpline 0800 222 555"),
    ("Evaluation", "Eine Wirkungsevaluation der Wegweisung ist uns nicht bekannt."),
    ("Themen", "häusliche Gewalt; Polizei; Opferschutz; Täterarbeit"),
]

# --------------------------------------------------------------------------- nl

HALT = """
# Halt: een leerstraf in plaats van een strafblad
@ Praktijkfiche · Land: Nederland · Doelgroep: jongeren van 12 tot 18 jaar

## Wat doet Halt?
Jongeren die voor het eerst zijn opgepakt voor een licht vergrijp – vernieling, winkeldiefstal,
vuurwerkoverlast, spijbelen, sexting – kunnen van de politie, een boa of de officier van justitie
de keuze krijgen: naar de rechter, of naar Halt. Bij Halt volgen ze een traject van hoogstens
  twintig
uur: gesprekken met een Halt-medewerker, leeropdrachten, excuses aan het slachtoffer, eventueel een
werkopdracht en vergoeding van de schade. De ouders zijn er altijd bij betrokken. Wie het traject
goed afrondt, krijgt geen strafblad.

## Geschiedenis
Halt begon in 1981 in Rotterdam als "Het ALTernatief", een project tegen vandalisme. Het idee werd
al snel overgenomen door andere gemeenten; in de jaren negentig waren er overal regionale
Halt-bureaus. In 1995 kreeg de Halt-afdoening een wettelijke basis in artikel 77e van het Wetboek
  van
Strafrecht. In 2010 werd een vernieuwde Halt-afdoening ingevoerd en sinds 1 januari 2013 is er één
landelijke organisatie in plaats van zestien bureaus en Halt Nederland.

## Cijfers
In 2019 werden ruim 16.000 jongeren naar Halt verwezen, tegen bijna 14.500 in 2018 (aantallen
jongeren, geen bedragen). Halt geeft daarnaast elk jaar duizenden voorlichtingslessen op scholen.

## Onderzoek
In opdracht van het WODC, het onderzoekscentrum van het ministerie, werd de vernieuwde
Halt-afdoening geëvalueerd; het onderzoek werd begin 2013 afgerond en beschreef vooral hoe de nieuwe
werkwijze werd uitgevoerd.

## Financiering
Het ministerie van Justitie en Veiligheid betaalt de Halt-afdoening; preventieve projecten worden
door gemeenten, scholen en andere opdrachtgevers gefinancierd.
"""

MONITOR = [
    ("veld", "waarde"),
    ("soort", "hulpmiddel / bron (enquête)"),
    ("naam", "Veiligheidsmonitor"),
    ("land", "Nederland"),
    ("uitvoerder", "Centraal Bureau voor de Statistiek (CBS), met het ministerie van Justitie en "
     "Veiligheid; gemeenten kunnen een lokale ophoging laten doen"),
    ("geschiedenis", "Voorgangers waren de Politiemonitor Bevolking (vanaf 1993) en de Integrale "
     "Veiligheidsmonitor (2008–2011). De Veiligheidsmonitor in de huidige vorm bestaat sinds "
     "2012; sinds 2019 verschijnt hij om de twee jaar."),
    ("wat meet het", "slachtofferschap van veelvoorkomende criminaliteit (inbraak, geweld, "
     "vernieling, online criminaliteit), onveiligheidsgevoelens, overlast in de buurt, "
     "oordeel over politie en gemeente, preventiemaatregelen van burgers"),
    ("methode", "steekproef van inwoners van 15 jaar en ouder, vragenlijst via internet of papier"),
    ("gebruik", "gemeenten gebruiken de cijfers voor hun integraal veiligheidsplan en om "
     "wijken te vergelijken"),
    ("voorbeeldcijfer", "percentages zoals het aandeel inwoners dat zich wel eens onveilig voelt "
     "(geen budget)"),
    ("thema's", "veiligheidsanalyse; slachtoffers; veiligheidsbeleving"),
    ("zie ook", "Encuesta de Victimización de Barcelona; Crime Survey for England and Wales"),
]

# --------------------------------------------------------------------------- pt

PROXIMIDADE = """
# Modelo Integrado de Policiamento de Proximidade da PSP
@ Ficha de prática · País: Portugal · Entidade: Polícia de Segurança Pública (PSP)

## O que é
Um modelo de policiamento em que agentes dedicados conhecem um território e os seus habitantes,
trabalham com as juntas de freguesia, escolas, comércio e instituições sociais e acompanham de perto
grupos vulneráveis. Na PSP aplica-se em todos os comandos, de Lisboa e Porto às cidades médias.

## Origem
Depois de experiências de policiamento de proximidade nos anos 1990, a PSP lançou em 2006 o Programa
Integrado de Policiamento de Proximidade (PIPP), por diretiva estratégica do diretor nacional. O
programa retomou o Programa Escola Segura, de 1992, e os programas Idosos em Segurança e Comércio
Seguro, existentes antes.

## As equipas
- **EPAV – Equipas de Proximidade e de Apoio à Vítima**: contacto com a população, vítimas de
  violência doméstica, idosos isolados, comerciantes;
- **EPES – Equipas do Programa Escola Segura**: segurança nas escolas e à sua volta;
- **Coordenação**: um oficial por comando e um gabinete nacional na Direção Nacional.

## O que se faz
Visitas a idosos que vivem sós, ações de sensibilização sobre burlas, acompanhamento de vítimas
de violência doméstica depois da queixa, reuniões regulares com comerciantes, identificação de
problemas de iluminação ou de espaços abandonados.

## Avaliação
Sem avaliação externa até à data; a PSP divulga os números de ações realizadas nos relatórios
anuais de atividades.

## Custo
Não existe verba própria publicada: o modelo funciona com efetivos da própria PSP.
"""

APAV = """
# APAV – Associação Portuguesa de Apoio à Vítima
@ Ficha de prática · País: Portugal · Sede: Lisboa · Temas: vítimas, violência doméstica, apoio
  jurídico

## Missão
A APAV é uma instituição particular de solidariedade social, sem fins lucrativos, que apoia de forma
gratuita e confidencial vítimas de todos os crimes, as suas famílias e amigos: apoio emocional,
jurídico, psicológico e social, e acompanhamento nos processos judiciais.

## Percurso
Fundada a 25 de junho de 1990, em Lisboa, a associação abriu o seu primeiro Gabinete de Apoio à
Vítima pouco depois e criou uma rede que cobre hoje todas as regiões do país. Ao longo dos anos
lançou serviços especializados: casas de abrigo para mulheres e crianças vítimas de violência
doméstica, uma rede de apoio a vítimas migrantes e de discriminação, o apoio a crianças e jovens
vítimas de violência sexual (Rede CARE) e a Linha de Apoio à Vítima 116 006, gratuita. O Estatuto
da Vítima, de 2015, reforçou os direitos que a APAV ajuda a exercer.

## Como é financiada
Protocolos com ministérios e municípios, projetos europeus, donativos de empresas e particulares e
quotas de associados. O orçamento anual não é indicado nesta ficha.

## Números
A APAV publica todos os anos as suas Estatísticas: número de processos de apoio, de vítimas e de
crimes registados, perfil das vítimas e dos autores. Em anos recentes, mais de dez mil vítimas por
ano e várias dezenas de milhares de crimes e outras formas de violência registados – são contagens
de atendimentos, não valores em euros. A linha 116 006 é um número de telefone.

## O que sabemos dos resultados
As estatísticas anuais e os inquéritos de satisfação são produzidos pela própria associação; não
conhecemos uma avaliação independente do impacto do apoio prestado.

## Parceiros
Ministério da Justiça; Ministério da Administração Interna; PSP e GNR; municípios; Victim Support
Europe, de que a APAV é membro.
"""


def main():
    s = HERE / "sheets"
    write_pdf(s / "en/cardiff-model-violence-prevention.pdf", CARDIFF,
              "Violence Prevention Exchange · Case studies · Wales")
    write_docx(s / "en/project-cara-hampshire.docx", CARA, "headings")
    write_docx(s / "fr/correspondants-de-nuit-rennes.docx", RENNES, "bold")
    write_pdf(s / "fr/telephone-grave-danger.pdf", TGD,
              "Portail Prévention & Territoires — Violences intrafamiliales")
    write_pdf(s / "es/plan-integral-poligono-sur-sevilla.pdf", POLIGONO,
              "Banco de prácticas de seguridad local · Andalucía")
    write_xlsx(s / "es/encuesta-victimizacion-barcelona.xlsx", EVAMB, "Recurso")
    write_docx(s / "it/cam-firenze-uomini-maltrattanti.docx", CAM, "headings")
    write_xlsx(s / "it/beni-confiscati-riuso-sociale.xlsx", BENI, "Scheda")
    write_pdf(s / "de/frankfurter-weg-drogenpolitik.pdf", FRANKFURT,
              "Praxisdatenbank Sichere Städte · Drogen und öffentlicher Raum")
    write_xlsx(s / "de/wegweisung-betretungsverbot-oesterreich.xlsx", WEGWEISUNG, "Praxis")
    write_docx(s / "nl/halt-jongeren.docx", HALT, "bold")
    write_xlsx(s / "nl/veiligheidsmonitor-cbs.xlsx", MONITOR, "Bron")
    write_docx(s / "pt/policiamento-proximidade-psp.docx", PROXIMIDADE, "headings")
    write_pdf(s / "pt/apav-apoio-vitima.pdf", APAV,
              "Observatório de Práticas · Apoio à vítima · Portugal")


if __name__ == "__main__":
    main()
