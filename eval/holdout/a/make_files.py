"""Build the DOCX and PDF sheets of holdout set A.

Run from this folder, in a venv with python-docx==1.2.0 and fpdf2==2.8.9:

    python make_files.py

The text of every generated sheet is written out below, so this file is also the
readable source of those sheets. The output files are committed next to the other
sheets; re-running the script rewrites them (PDFs come out byte-identical; DOCX
zip entries carry the build time).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
SHEETS = HERE / "sheets"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = dt.datetime(2025, 3, 1, 9, 0, 0, tzinfo=dt.UTC)  # metadata date, so rebuilds differ less


def new_document(core_title: str) -> Document:
    doc = Document()
    props = doc.core_properties
    props.title = core_title
    props.author = "Editorial team"
    props.last_modified_by = "Editorial team"
    props.created = FIXED_DATE.replace(tzinfo=None)
    props.modified = FIXED_DATE.replace(tzinfo=None)
    props.revision = 1
    return doc


# --------------------------------------------------------------------------- DOCX

def docx_heading_styles(path: Path, title: str, blocks: list[tuple[str, object]], core_title: str) -> None:
    """Headings as Word heading styles. blocks: ("h1"|"h2"|"p"|"ul", text or list)."""
    doc = new_document(core_title)
    doc.add_heading(title, level=0)
    for kind, content in blocks:
        if kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "ul":
            for item in content:
                doc.add_paragraph(item, style="List Bullet")
        else:
            raise ValueError(kind)
    doc.save(path)


def docx_bold_paragraphs(path: Path, title: str, blocks: list[tuple[str, object]], core_title: str) -> None:
    """Headings are ordinary paragraphs in bold (Normal style), as many offices write them."""
    doc = new_document(core_title)
    p = doc.add_paragraph()
    run = p.add_run(title)
    run.bold = True
    run.font.size = Pt(16)
    for kind, content in blocks:
        if kind == "b":
            para = doc.add_paragraph()
            para.add_run(content).bold = True
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "dash":
            for item in content:
                doc.add_paragraph("– " + item)
        else:
            raise ValueError(kind)
    doc.save(path)


def docx_field_table(path: Path, title: str, intro: list[str], rows: list[tuple[str, str]],
                     after: list[str], core_title: str) -> None:
    """A title, a short introduction, then a two-column field/value table."""
    doc = new_document(core_title)
    head = doc.add_paragraph()
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = head.add_run(title)
    r.bold = True
    r.font.size = Pt(15)
    for text in intro:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for field, value in rows:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(field).bold = True
        parts = value.split("\n")
        cells[1].text = parts[0]
        for extra in parts[1:]:
            cells[1].add_paragraph(extra)
    for text in after:
        doc.add_paragraph(text)
    doc.save(path)


# --------------------------------------------------------------------------- PDF

class SheetPDF(FPDF):
    """A4 text PDF with a running header, a running footer and page numbers."""

    def __init__(self, header_text: str, footer_text: str, page_label: str) -> None:
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_text = footer_text
        self.page_label = page_label  # e.g. "Página {n} de {nb}"
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.set_auto_page_break(auto=True, margin=22)
        self.set_margins(20, 22, 20)
        self.alias_nb_pages("{nb}")

    def header(self) -> None:
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.header_text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.line(20, 16, 190, 16)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        label = self.page_label.replace("{n}", str(self.page_no()))
        self.cell(0, 6, self.footer_text, align="L")
        self.set_x(20)
        self.cell(0, 6, label, align="R")
        self.set_text_color(0, 0, 0)


def build_pdf(path: Path, header_text: str, footer_text: str, page_label: str,
              title: str, blocks: list[tuple[str, object]], core_title: str, lang: str) -> None:
    pdf = SheetPDF(header_text, footer_text, page_label)
    pdf.set_title(core_title)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_lang(lang)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 7.5, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, content in blocks:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.2, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "ul":
            pdf.set_font("DejaVu", "", 10)
            for item in content:
                pdf.set_x(24)
                pdf.multi_cell(0, 5.2, "•  " + item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "kv":
            for key, value in content:
                pdf.set_font("DejaVu", "B", 10)
                pdf.cell(48, 5.4, key)
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(0, 5.4, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "break":
            pdf.add_page()
        else:
            raise ValueError(kind)
    pdf.output(str(path))


# --------------------------------------------------------------------------- sheets

def redthread_en() -> None:
    blocks = [
        ("h1", "Summary"),
        ("p", "Redthread is a youth charity that places specialist youth workers inside hospital emergency "
              "departments. They meet young people aged 11 to 25 who arrive injured by violence or who are at risk "
              "of exploitation, at a point when the shock of the injury can make them open to change, and keep "
              "supporting them after they leave hospital. The programme began at King's College Hospital, Denmark "
              "Hill, in south London, in 2006."),
        ("h1", "Background"),
        ("p", "Young people who are stabbed or assaulted often come into contact with public services for the first "
              "time in the emergency department. Many of them have attended hospital several times before with "
              "minor injuries. For police and youth services they are hard to reach; in the resuscitation bay or on "
              "the ward, frightened and often alone, they are not. Redthread calls this the \"teachable\" or "
              "\"reachable\" moment."),
        ("h1", "What the programme does"),
        ("ul", [
            "Youth workers start each shift with the emergency department team, who point out patients injured by "
            "assault or who may be affected by violence or exploitation in less obvious ways.",
            "The youth worker meets the young person in the waiting room, on the ward or even in the resuscitation "
            "bay, and completes a risk assessment with them that becomes the basis of an action plan.",
            "Support continues in the community after discharge: usually about four weeks for young people at "
            "lower risk, up to three months (and longer where needs are high) for the most vulnerable.",
            "Help can include one-to-one sessions on relationships and managing emotions, support back into "
            "education, finding safer accommodation, and referral to mental health, substance misuse or financial "
            "support.",
            "Young people involved in gang violence are helped to leave that life; since 2016 young victims of "
            "domestic abuse have also been offered specialist advocates, in partnership with Solace Women's Aid.",
        ]),
        ("h1", "Where it runs"),
        ("p", "After King's, a service opened at St Mary's Hospital in north-west London in 2014. In 2015 a grant "
              "of £600,000 from the Mayor of London's office paid for the extension of the programme to all four "
              "major trauma centres in the capital, adding St George's and the Royal London. University College "
              "Hospital followed in March 2020, in partnership with Camden and Islington councils, and teams were "
              "also announced for Croydon University Hospital, Queen Elizabeth Hospital in Woolwich and University "
              "Hospital Lewisham. Outside London the model has been taken up in the Midlands, including Nottingham "
              "and Birmingham; by 2021 Redthread worked in 13 hospitals."),
        ("h1", "Partners and funding"),
        ("p", "NHS trusts host the teams and refer patients; the Mayor of London's office has funded the expansions in "
              "the capital, with local councils as partners; the Health Foundation supported the roll-out in the "
              "Midlands."),
        ("h1", "Evaluation"),
        ("p", "The service at University College London Hospitals was evaluated independently by the Rapid Service "
              "Evaluation Team (RSET), a collaboration between the Nuffield Trust and University College London "
              "funded by the National Institute for Health and Care Research. The evaluation, published in 2023, "
              "reviewed the research literature, studied how the service was implemented and how hospital staff "
              "and local partners saw it, tested whether routine hospital data could be used to measure impact, "
              "and estimated cost-effectiveness from the point of view of the NHS. The report notes that earlier "
              "attempts to prove the effect of emergency-department programmes had been too small to give clear "
              "answers."),
        ("h1", "Contact"),
        ("p", "Redthread, London – www.redthread.org.uk"),
    ]
    docx_heading_styles(SHEETS / "en" / "redthread-youth-violence-intervention.docx",
                        "Youth Violence Intervention Programme – youth workers in the emergency department",
                        blocks, "Redthread Youth Violence Intervention Programme")


def sport_dans_la_ville_fr() -> None:
    blocks = [
        ("b", "Structure porteuse"),
        ("p", "Sport dans la Ville, association loi 1901, siège à Lyon. L'association a été cofondée en 1998 par "
              "Philippe Oddou et Nicolas Eschermann, qui s'étaient rencontrés sur les bancs de l'EM Lyon."),
        ("b", "Territoire d'intervention"),
        ("p", "Le premier centre sportif a ouvert en 1999 à Vaulx-en-Velin, dans la banlieue lyonnaise. "
              "L'association est aujourd'hui présente dans plusieurs régions, notamment dans la métropole de Lyon, "
              "à Grenoble, à Marseille, en Île-de-France et à Lille."),
        ("b", "Constat de départ"),
        ("p", "Dans les quartiers prioritaires de la politique de la ville, beaucoup de jeunes manquent de repères, "
              "de réseau et d'accès à l'emploi. Le sport est un point d'entrée : il attire, il crée du lien avec "
              "des adultes et il permet de transmettre des règles."),
        ("b", "Ce que fait l'association"),
        ("dash", [
            "elle construit des terrains de football et de basket au pied des immeubles et y anime des "
            "entraînements gratuits, en général le mercredi et le samedi, encadrés par des éducateurs sportifs ;",
            "elle suit chaque enfant et coordonne son action avec les familles et les établissements scolaires ;",
            "l'Apprenti'Bus propose à des enfants de 7 à 12 ans des ateliers de lecture, d'écriture et "
            "d'expression orale ;",
            "« L dans la Ville » s'adresse aux filles à partir de 12 ans : ateliers sportifs et culturels, "
            "sorties, préparation à la vie professionnelle ;",
            "« Job dans la Ville » accompagne les jeunes à partir de 14 ans vers les stages, la formation et "
            "l'emploi, avec le parrainage de salariés d'entreprises partenaires ;",
            "« Entrepreneurs dans la Ville » soutient les jeunes qui veulent créer leur entreprise ;",
            "les jeunes au comportement exemplaire peuvent partir en séjour, en France ou à l'étranger, grâce "
            "à des échanges avec des associations partenaires au Royaume-Uni, en Inde et au Brésil.",
        ]),
        ("b", "Moyens et financement"),
        ("p", "L'association est financée à 75 % par le mécénat d'entreprise et les dons privés. Elle emploie "
              "des salariés permanents et des éducateurs sportifs à temps partiel."),
        ("b", "Quelques chiffres (données de l'association, 2024)"),
        ("p", "68 centres sportifs, plus de 12 000 jeunes accompagnés, environ 360 salariés dont la moitié "
              "d'éducateurs sportifs."),
        ("b", "Pour aller plus loin"),
        ("p", "En 2024, à l'occasion des Jeux olympiques et paralympiques de Paris, l'association a organisé "
              "« La Ville en Jeu », une tournée d'événements sportifs gratuits dans une trentaine de villes."),
        ("b", "Contact"),
        ("p", "Sport dans la Ville – www.sportdanslaville.com"),
    ]
    docx_bold_paragraphs(SHEETS / "fr" / "sport-dans-la-ville-lyon.docx",
                         "Sport dans la Ville : jouer, apprendre, réussir",
                         blocks, "Sport dans la Ville")


def barriera_it() -> None:
    intro = [
        "Scheda di progetto – Rigenerazione urbana e sicurezza nei quartieri",
        "Barriera di Milano è un quartiere storico della zona nord di Torino, segnato dall'eredità della città "
        "industriale «fordista»: edifici produttivi dismessi, pochi spazi verdi, una composizione sociale e "
        "demografica complessa. Il programma Urban Barriera di Milano ha affrontato insieme gli aspetti fisici, "
        "economici e sociali del quartiere.",
    ]
    rows = [
        ("Titolo", "Programma Urban Barriera di Milano"),
        ("Città", "Torino"),
        ("Quartiere", "Barriera di Milano (Torino nord)"),
        ("Ente responsabile", "Città di Torino, con il Comitato Urban Barriera di Milano"),
        ("Periodo di attuazione", "2011–2015"),
        ("Costo complessivo", "35 milioni di euro"),
        ("Fonti di finanziamento", "Città di Torino, Regione Piemonte, Programma operativo regionale FESR "
                                   "2007-2013"),
        ("Obiettivi", "Migliorare la qualità degli spazi pubblici e dell'abitare; sostenere il commercio e "
                      "l'occupazione; rafforzare la coesione sociale e la partecipazione degli abitanti."),
        ("Azioni principali", "Riqualificazione di piazze, strade e aree verdi\n"
                              "Accompagnamento all'abitare («Abitare Barriera»)\n"
                              "Sostegno al lavoro e alle imprese locali («OccupABILE», «Manager d'area», "
                              "«FaciliTo»)\n"
                              "Iniziative educative e culturali («Compiti insieme», «Extra-Titoli», «B.ART»)\n"
                              "Rete wireless pubblica nel quartiere («Barriera Wireless»)"),
        ("Partecipazione", "Approccio integrato con la collaborazione tra settori dell'amministrazione, "
                           "circoscrizioni, associazioni, istituzioni, cittadini e imprenditori; un periodico "
                           "bimestrale gratuito informava gli abitanti sull'avanzamento."),
        ("Esperienze precedenti", "Il programma si inserisce nella lunga esperienza torinese di rigenerazione "
                                  "urbana iniziata a metà degli anni Novanta: «The Gate» a Porta Palazzo "
                                  "(1997-2001) e «Urban II» a Mirafiori Nord (2001-2007)."),
        ("Valutazione", "Monitoraggio a cura di un servizio interno del Comitato Urban."),
        ("Sviluppi successivi", "Nel 2024 la Città ha individuato Aurora e Barriera di Milano come area del "
                                "Progetto di Territorio del Programma nazionale Metro Plus 2021-2027, con oltre "
                                "25 milioni di euro destinati ai due quartieri."),
    ]
    docx_field_table(SHEETS / "it" / "urban-barriera-di-milano-torino.docx",
                     "URBAN BARRIERA DI MILANO – Scheda di sintesi", intro, rows,
                     ["Fonti: Commissione europea, Politica regionale (2016); periodico del Programma Urban "
                      "Barriera di Milano."],
                     "Urban Barriera di Milano")


def luta_pela_paz_pt() -> None:
    blocks = [
        ("h1", "Onde?"),
        ("p", "No Complexo da Maré, um dos maiores conjuntos de favelas do Rio de Janeiro, com cerca de 132 mil "
              "habitantes distribuídos por 17 comunidades, mais de metade dos quais crianças, adolescentes e "
              "jovens. A sede fica na comunidade de Nova Holanda, num edifício de três andares com espaços para "
              "treino, salas de aula e de informática."),
        ("h1", "Porquê?"),
        ("p", "A Maré conjuga pobreza, exclusão económica e social e falta de serviços básicos com a presença de "
              "três fações do tráfico de droga que disputam o território, expondo os jovens a confrontos quase "
              "diários, entre si e com a polícia."),
        ("h1", "Como começou?"),
        ("p", "O antropólogo britânico Luke Dowdney, antigo pugilista amador, chegou ao Brasil para estudar a "
              "violência contra crianças de rua e começou a trabalhar como voluntário na ONG carioca Viva Rio. Foi "
              "aí que, no ano 2000, criou o projeto Luta pela Paz, com um pequeno grupo de alunos instalado na "
              "associação de moradores. Em 2007 o projeto tornou-se uma ONG independente."),
        ("h1", "O que faz? Os cinco pilares"),
        ("ul", [
            "boxe e artes marciais (muay thai, jiu-jítsu, taekwondo, entre outras);",
            "educação, incluindo ensino formal para jovens afastados da escola;",
            "empregabilidade, com cursos e formação profissional;",
            "suporte social, com acompanhamento de psicólogos;",
            "liderança juvenil, que trabalha o protagonismo e o empoderamento dos jovens.",
        ]),
        ("p", "O programa dirige-se a crianças e jovens dos 7 aos 29 anos. Para treinar na academia, os alunos "
              "têm de manter os estudos em dia."),
        ("h1", "Como cresceu?"),
        ("p", "Em 2007 abriu uma academia em Londres, no bairro de North Woolwich, em Newham, no leste da capital "
              "britânica, escolhido pelos seus elevados índices de criminalidade juvenil. Em 2011 surgiram mais "
              "dois polos na própria Maré. A partir de 2010 a organização passou a partilhar o seu método com "
              "organizações parceiras de outros países; em 2018 a rede chegava a 26 países."),
        ("h1", "Quem apoia?"),
        ("p", "Entre os apoios da Luta pela Paz conta-se a Laureus Sport for Good."),
        ("h1", "Contacto"),
        ("p", "Luta pela Paz – Nova Holanda, Complexo da Maré, Rio de Janeiro · www.fightforpeace.net"),
    ]
    docx_heading_styles(SHEETS / "pt" / "luta-pela-paz-complexo-da-mare.docx",
                        "Luta pela Paz: boxe, artes marciais e educação no Complexo da Maré",
                        blocks, "Luta pela Paz")


def medellin_es() -> None:
    blocks = [
        ("kv", [
            ("Ciudad:", "Medellín (Antioquia), Colombia"),
            ("Responsable:", "Alcaldía de Medellín; Empresa de Desarrollo Urbano (EDU)"),
            ("Inicio:", "2004"),
            ("Ámbito:", "Barrios populares de las laderas nororientales"),
            ("Palabras clave:", "urbanismo social, transporte público, espacio público, violencia urbana"),
        ]),
        ("h", "1. Contexto"),
        ("p", "A comienzos de los años noventa Medellín registraba tasas de homicidio entre las más altas del mundo. "
              "Los barrios autoconstruidos en las laderas del nororiente de la ciudad, como Santo Domingo Savio, "
              "estaban aislados del centro por la pendiente y por la falta de transporte, y concentraban pobreza, "
              "presencia de grupos armados y escasa inversión pública."),
        ("h", "2. Qué se hizo"),
        ("p", "En 2004 entró en servicio la línea K del Metrocable, un teleférico integrado en el sistema de metro "
              "que por primera vez conectó esos barrios con el resto de la ciudad. La administración municipal del "
              "alcalde Sergio Fajardo (2004-2007) acompañó el transporte con un Proyecto Urbano Integral (PUI) en la "
              "zona nororiental, ejecutado por la Empresa de Desarrollo Urbano: nuevos espacios públicos, paseos "
              "peatonales, puentes, equipamientos educativos y culturales. Uno de los símbolos de esta política, "
              "conocida como «urbanismo social», es el Parque Biblioteca España, inaugurado en 2007 en Santo Domingo "
              "Savio."),
        ("h", "3. Principios"),
        ("ul", [
            "invertir lo mejor de la ciudad en los barrios con más carencias;",
            "combinar transporte, espacio público y equipamientos en un mismo territorio;",
            "hacer participar a los vecinos en el diseño de las obras.",
        ]),
        ("h", "4. Evaluación"),
        ("p", "Un equipo internacional de investigadores en epidemiología y ciencias sociales, encabezado por Magdalena "
              "Cerdá, publicó en 2012 en el American Journal of Epidemiology un estudio del efecto de estas "
              "intervenciones sobre la violencia, planteado como un experimento natural. Se compararon 25 barrios "
              "de intervención con 23 barrios de control de características similares, antes (2003) y después "
              "(2008) de la obra, con una muestra longitudinal de 466 residentes y los registros de homicidios de "
              "la Fiscalía."),
        ("p", "Resultados: la tasa de homicidios bajó un 66 % más en los barrios de intervención que en los de "
              "control, y las menciones de violencia por parte de los residentes disminuyeron un 75 % más. Los "
              "autores concluyen que las intervenciones en la infraestructura física de los barrios pueden reducir "
              "la violencia."),
        ("h", "5. Lecciones y límites"),
        ("p", "El caso de Medellín se cita con frecuencia en América Latina y en Europa como ejemplo de prevención de "
              "la violencia mediante el diseño urbano. Su éxito no se debe a una sola obra, sino a la suma de "
              "transporte, espacio público y servicios sostenida durante varias administraciones; el estudio mide "
              "el efecto conjunto y no permite separar el de cada componente."),
        ("h", "6. Referencia"),
        ("p", "Cerdá M., Morenoff J. D., Hansen B. B. et al. «Reducing violence by transforming neighborhoods: a "
              "natural experiment in Medellín, Colombia». American Journal of Epidemiology, 175(10), 2012, "
              "pp. 1045-1053."),
    ]
    build_pdf(SHEETS / "es" / "urbanismo-social-medellin.pdf",
              "Banco de prácticas · Urbanismo, espacio público y seguridad",
              "Ficha 07 · Urbanismo social en Medellín",
              "Página {n} de {nb}",
              "Urbanismo social en Medellín: Metrocable y Proyectos Urbanos Integrales",
              blocks, "Urbanismo social en Medellín", "es")


def elisa_it() -> None:
    blocks = [
        ("h", "1. QUADRO NORMATIVO"),
        ("p", "La legge 29 maggio 2017, n. 71, recante disposizioni a tutela dei minori per la prevenzione e il "
              "contrasto del fenomeno del cyberbullismo, ha chiesto a ogni istituzione scolastica di individuare "
              "un docente referente per queste tematiche. Le Linee di orientamento del Ministero dell'Istruzione "
              "dell'ottobre 2017, aggiornate con il decreto ministeriale n. 18 del 13 gennaio 2021, hanno definito "
              "un approccio di sistema; la legge 17 maggio 2024, n. 70, ha esteso l'ambito della legge del 2017 "
              "anche al bullismo."),
        ("h", "2. CHE COS'È ELISA"),
        ("p", "ELISA (E-learning degli Insegnanti sulle Strategie Antibullismo) è la piattaforma nata dalla "
              "collaborazione tra il Ministero dell'Istruzione – Direzione generale per lo studente – e il "
              "Dipartimento di Formazione, Lingue, Intercultura, Letterature e Psicologia (FORLILPSI) "
              "dell'Università degli Studi di Firenze. È attiva dal 19 ottobre 2018 (nota ministeriale n. 4146 "
              "dell'8 ottobre 2018) ed è gratuita per le scuole."),
        ("h", "3. LE DUE AZIONI"),
        ("p", "Formazione e-learning:"),
        ("ul", [
            "un percorso di quattro corsi progressivi, per un totale di 25 ore, rivolto ai docenti referenti per "
            "il bullismo e il cyberbullismo (fino a due per scuola) e ai componenti dei gruppi di lavoro;",
            "un corso di 5 ore per i dirigenti scolastici e i loro collaboratori;",
            "un corso di 5 ore aperto a tutto il personale docente;",
            "dal marzo 2025, un percorso che coinvolge direttamente studenti e studentesse secondo il modello "
            "della peer education.",
        ]),
        ("p", "Monitoraggio: le scuole possono somministrare periodicamente questionari online a studenti e "
              "docenti per conoscere l'estensione del bullismo e del cyberbullismo nel proprio istituto; la "
              "piattaforma raccoglie anche informazioni sulle azioni previste e realizzate dalle scuole."),
        ("h", "4. CHE COSA DICE IL MONITORAGGIO"),
        ("p", "Nell'anno scolastico 2020-2021, il 22,3% degli studenti delle scuole secondarie di secondo grado ha "
              "riferito di essere stato vittima di bullismo da parte dei pari (19,4% in modo occasionale e 2,9% in "
              "modo sistematico) e il 18,2% di avere preso parte attivamente a episodi di bullismo. L'8,4% ha "
              "subito episodi di cyberbullismo. Un'ampia maggioranza delle scuole si è dotata di docenti "
              "referenti, ma solo il 13% degli studenti dichiara di conoscere queste figure."),
        ("h", "5. VALUTAZIONE"),
        ("p", "Il monitoraggio serve a descrivere la diffusione dei fenomeni nelle scuole e le misure adottate; non "
              "risultano invece pubblicate valutazioni d'impatto dei percorsi formativi sui comportamenti degli "
              "studenti."),
        ("h", "6. RISORSE"),
        ("p", "Per il progetto Piattaforma ELISA 2024/2026, regolato da una convenzione tra il Ministero "
              "dell'Istruzione e del Merito e l'Università di Firenze, il costo complessivo è di 162.585,60 euro, "
              "di cui 130.019,80 euro a carico del Ministero sugli esercizi finanziari 2024 e 2025; la parte "
              "restante è cofinanziata dall'Università. Il finanziamento è erogato in tre tranche, legate alla "
              "rendicontazione delle attività."),
        ("h", "7. CONTATTI"),
        ("p", "www.piattaformaelisa.it"),
    ]
    build_pdf(SHEETS / "it" / "piattaforma-elisa-antibullismo.pdf",
              "Osservatorio buone pratiche · Scuola, bullismo e cyberbullismo",
              "Scheda n. 12 – Piattaforma ELISA",
              "Pag. {n} di {nb}",
              "Piattaforma ELISA: formazione dei docenti e monitoraggio del bullismo nelle scuole italiane",
              blocks, "Piattaforma ELISA", "it")


def p4_de() -> None:
    blocks = [
        ("kv", [
            ("Ort / Land:", "Baden-Württemberg (Polizeipräsidien Stuttgart und Karlsruhe) / Deutschland"),
            ("Träger:", "Landeskriminalamt Baden-Württemberg, Projektgruppe P4"),
            ("Laufzeit:", "30.10.2015 bis 30.04.2016 (Pilotphase)"),
            ("Handlungsfeld:", "Wohnungseinbruch, polizeiliche Prävention, Technik"),
        ]),
        ("h", "1. Ausgangslage"),
        ("p", "Wie in anderen Regionen Deutschlands war die Zahl der Wohnungseinbruchdiebstähle in Baden-Württemberg "
              "zwischen 2007 und 2014 stark gestiegen. Die Polizei suchte nach neuen Mitteln, um den Trend zu "
              "stoppen, und setzte dabei auch auf Methoden des Predictive Policing, also auf statistische Prognosen "
              "für besonders gefährdete Räume."),
        ("h", "2. Ziel"),
        ("p", "Verhindert werden sollten sogenannte Near-Repeat-Taten: Einbrüche, die häufig in räumlicher und "
              "zeitlicher Nähe auf eine erste Tat folgen, weil professionelle Täter in einem Gebiet, in dem sie "
              "erfolgreich waren, bald wieder zuschlagen."),
        ("h", "3. Vorgehen"),
        ("p", "Im Pilotprojekt P4 kam die Prognosesoftware PRECOBS des Instituts für musterbasierte Prognosetechnik "
              "(IfmPt) aus Oberhausen zum Einsatz, die auch in Bayern und in Teilen der Schweiz genutzt "
              "wurde. Die Software wertet Merkmale vorangegangener Einbrüche aus – Tatzeit, Beute, Vorgehen, "
              "Tatort – und erzeugt einen Alarm, wenn für ein Gebiet eine erhöhte Wahrscheinlichkeit weiterer "
              "Einbrüche besteht. Auf den Alarm folgen gezielte polizeiliche Maßnahmen in diesem Gebiet, etwa "
              "verstärkte Präsenz."),
        ("h", "4. Beteiligte"),
        ("ul", [
            "Landeskriminalamt Baden-Württemberg (Projektleitung)",
            "Polizeipräsidien Stuttgart und Karlsruhe",
            "Institut für musterbasierte Prognosetechnik, Oberhausen (Software)",
            "Max-Planck-Institut für ausländisches und internationales Strafrecht, Freiburg (Evaluation)",
        ]),
        ("h", "5. Evaluation"),
        ("p", "Das Projekt war vom LKA ergebnisoffen angelegt und wurde extern wissenschaftlich evaluiert: Das "
              "Freiburger Max-Planck-Institut (heute Max-Planck-Institut zur Erforschung von Kriminalität, "
              "Sicherheit und Recht) analysierte im Auftrag des LKA die prozessgenerierten Daten mit Blick auf die "
              "Wirksamkeit der Prognosen, führte eine Online-Befragung mit rund 700 Teilnehmenden sowie "
              "Experteninterviews durch und verglich die Fallzahlen des Winterhalbjahres 2015/2016 mit "
              "Vergleichszeiträumen der Vorjahre. Im Untersuchungszeitraum erstellte PRECOBS 183 Prognosen. Der "
              "Forschungsbericht erschien im August 2017."),
        ("h", "6. Ergebnisse"),
        ("p", "Zentrales Ergebnis: Predictive Policing funktioniert nur bedingt und hat moderate Wirkungen. In "
              "ländlichen Gebieten, in denen Wohnungseinbrüche seltener sind als in Großstädten, lohnt sich der "
              "Einsatz nicht. In Stuttgart und Pforzheim gingen die Einbruchszahlen im Untersuchungszeitraum "
              "zurück, in Karlsruhe stiegen sie; ein ursächlicher Zusammenhang zwischen der Software und den "
              "Fallzahlen ließ sich nicht herstellen. Dafür wären, so die Forschenden, Vergleiche zwischen "
              "Gebieten mit und ohne Softwareeinsatz nötig."),
        ("h", "7. Weiterführung"),
        ("p", "Auf Grundlage des Berichts entschied das Innenministerium, PRECOBS in einer zweiten Projektphase ab "
              "2017 erneut in den Polizeipräsidien Stuttgart und Karlsruhe zu testen; auch diese Phase wurde vom "
              "Max-Planck-Institut begleitet."),
        ("h", "8. Quelle"),
        ("p", "Gerstner, D.: Predictive Policing als Instrument zur Prävention von Wohnungseinbruchdiebstahl. "
              "Evaluationsergebnisse zum Baden-Württembergischen Pilotprojekt P4. Freiburg: Max-Planck-Institut "
              "für ausländisches und internationales Strafrecht, 2017 (forschung aktuell, Nr. 50)."),
    ]
    build_pdf(SHEETS / "de" / "predictive-policing-p4-baden-wuerttemberg.pdf",
              "Praxisdatenbank Kriminalprävention · Technik und Prävention",
              "Praxisbeispiel: Pilotprojekt P4",
              "Seite {n} von {nb}",
              "Pilotprojekt P4: Predictive Policing gegen Wohnungseinbruch in Baden-Württemberg",
              blocks, "Pilotprojekt P4 Predictive Policing", "de")


def main() -> None:
    redthread_en()
    sport_dans_la_ville_fr()
    barriera_it()
    luta_pela_paz_pt()
    medellin_es()
    elisa_it()
    p4_de()
    print("ok")


if __name__ == "__main__":
    main()
