"""Build the DOCX and PDF sheets of holdout set B from the texts below.

Run from this folder with python-docx 1.2.0 and fpdf2 2.8.9 installed:
    python make_files.py
The generated files are committed; re-running gives byte-identical files
(document dates and zip entry dates are fixed).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
SHEETS = HERE / "sheets"
FIXED_DATE = dt.datetime(2024, 6, 1, 9, 0, 0, tzinfo=dt.UTC)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# --------------------------------------------------------------------------- DOCX


def _docx_meta(doc: Document, title: str, author: str, lang: str) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.language = lang
    props.created = FIXED_DATE.replace(tzinfo=None)
    props.modified = FIXED_DATE.replace(tzinfo=None)
    props.revision = 1


def _save_docx(doc: Document, path: Path) -> None:
    """Save, then rewrite the zip with fixed entry dates so reruns give identical bytes."""
    doc.save(path)
    with zipfile.ZipFile(path) as src:
        entries = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 6, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)


def _bold_para(doc: Document, text: str, size: int = 11) -> None:
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(size)


def maison_des_femmes() -> None:
    """French sheet; headings are bold paragraphs in the Normal style."""
    doc = Document()
    _docx_meta(doc, "La Maison des femmes de Saint-Denis", "Réseau des pratiques locales", "fr-FR")
    p = doc.add_paragraph()
    r = p.add_run("La Maison des femmes de Saint-Denis")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    r = p.add_run(
        "Soigner, écouter, accompagner : une structure hospitalière ouverte à toutes les femmes "
        "vulnérables ou victimes de violences"
    )
    r.italic = True
    doc.add_paragraph(
        "Commune : Saint-Denis (Seine-Saint-Denis, Île-de-France)\n"
        "Porteur : Centre hospitalier Delafontaine\n"
        "Thématiques : violences faites aux femmes, santé, accès aux droits"
    )
    blocks = [
        ("Le constat", [
            "Arrivée en 2010 à la maternité de l'hôpital Delafontaine, la gynécologue-obstétricienne "
            "Ghada Hatem-Gantzer rencontre chaque jour des patientes dont la grossesse n'est qu'une partie "
            "des difficultés : excision – un audit interne estimait qu'environ 14 % des femmes qui accouchent "
            "dans la maternité sont excisées –, violences conjugales, viols, mariages forcés, grande précarité. "
            "La Seine-Saint-Denis est un département jeune, marqué par l'immigration et la pauvreté. Les "
            "réponses existent, mais elles sont dispersées entre l'hôpital, le commissariat, les associations "
            "et les services sociaux, et beaucoup de femmes n'en franchissent jamais la porte.",
        ]),
        ("L'idée", [
            "Réunir en un même lieu, à l'entrée de l'hôpital mais avec un accès direct depuis la rue, tout ce "
            "dont une femme peut avoir besoin : soins médicaux, écoute, accompagnement social et juridique. Le "
            "lieu devait rester confidentiel et sûr. Le projet est imaginé en 2014 et la première pierre posée au printemps de la même "
            "année.",
        ]),
        ("Ce que propose la Maison", [
            "– Une unité de planification familiale : contraception, interruption volontaire de grossesse, "
            "dépistages.",
            "– Une unité consacrée aux mutilations sexuelles féminines : consultations, soins, information et "
            "accompagnement vers la chirurgie réparatrice.",
            "– Une unité d'accueil des violences : violences conjugales et intrafamiliales, agressions sexuelles, "
            "viols et inceste.",
            "Des consultations sont assurées sans rendez-vous du lundi au vendredi. Des groupes de parole "
            "complètent les soins ; l'un d'eux a été animé par l'artiste Inna Modja, marraine de la Maison.",
        ]),
        ("Une équipe pluridisciplinaire", [
            "Médecins, sages-femmes, psychologues, conseillères conjugales et assistantes sociales travaillent "
            "ensemble. Des juristes, des avocats et des policiers interviennent aussi dans la structure, et des "
            "associations partenaires y tiennent des permanences, ce qui permet d'orienter chaque femme selon "
            "sa situation tout en coordonnant son parcours.",
        ]),
        ("Financement", [
            "L'hôpital ne disposait pas de crédits pour construire un nouveau bâtiment. Il a fallu réunir environ "
            "950 k€, apportés par des fondations d'entreprise – la Fondation Kering a été le premier financeur "
            "privé à s'engager – et par des collectivités : Région, Département et communes de Plaine Commune.",
        ]),
        ("Ouverture et activité", [
            "La Maison des femmes a ouvert en juillet 2016 ; elle a été inaugurée le 8 juillet. Elle accueille "
            "aujourd'hui chaque jour entre 50 et 80 femmes.",
        ]),
        ("Et ailleurs ?", [
            "Le modèle a essaimé : d'autres hôpitaux ont depuis ouvert, ailleurs en France, des structures "
            "inspirées de celle de Saint-Denis.",
        ]),
        ("Contact", [
            "La Maison des femmes, 1 chemin du Moulin Basset, Saint-Denis. Consultations du lundi au vendredi.",
        ]),
    ]
    for head, paras in blocks:
        _bold_para(doc, head, 12)
        for text in paras:
            doc.add_paragraph(text)
    _save_docx(doc, SHEETS / "fr" / "maison-des-femmes-saint-denis.docx")


def fuenlabrada() -> None:
    """Spanish sheet laid out as a two-column field/value table."""
    doc = Document()
    _docx_meta(doc, "Identificaciones policiales y gestión de la diversidad – Fuenlabrada",
               "Red de buenas prácticas", "es-ES")
    p = doc.add_paragraph()
    r = p.add_run("FICHA DE BUENA PRÁCTICA")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rows = [
        ("Título", "Identificaciones policiales eficaces y sin perfiles étnicos: formularios de parada y "
                   "gestión de la diversidad en la Policía Local de Fuenlabrada"),
        ("Entidad responsable", "Ayuntamiento de Fuenlabrada – Policía Local"),
        ("Localización", "Fuenlabrada, Comunidad de Madrid"),
        ("Periodo", "Proyecto piloto entre 2007 y 2008; desde entonces forma parte del funcionamiento "
                    "ordinario del cuerpo"),
        ("Ámbito", "Igualdad de trato, relación entre policía y vecindario, policía de proximidad"),
        ("Problema", "Fuenlabrada, municipio del sur metropolitano de Madrid, tiene una población extranjera "
                     "numerosa. Como en otros cuerpos españoles, las identificaciones en la calle se dirigían "
                     "con mucha más frecuencia a personas extranjeras o de apariencia no europea que a "
                     "españoles, sin que esas paradas sirvieran más para detectar infracciones. El resultado "
                     "era desconfianza hacia la policía en una parte importante del vecindario."),
        ("Objetivos", "Reducir las identificaciones desproporcionadas; aumentar la proporción de paradas que "
                      "detectan realmente una infracción; mejorar la confianza de las comunidades de origen "
                      "inmigrante en la Policía Local."),
        ("Actuaciones", "• Formulario para cada identificación, en el que el agente anota el motivo, el "
                        "resultado y la nacionalidad de la persona; la persona identificada recibe una copia "
                        "con información sobre sus derechos.\n"
                        "• Análisis periódico de los datos por los mandos para detectar desproporciones y "
                        "orientar los servicios.\n"
                        "• Formación de agentes y mandos sobre identificaciones y perfil étnico.\n"
                        "• Reuniones periódicas con asociaciones de inmigrantes y entidades vecinales.\n"
                        "• En 2008, creación de una unidad de gestión de la diversidad dentro de la Policía "
                        "Local, que después ha trabajado también contra los delitos de odio."),
        ("Socios", "Open Society Justice Initiative, que coordinó el proyecto europeo STEPSS (Strategies for "
                   "Effective Police Stop and Search), desarrollado también en Hungría y Bulgaria. Más tarde, "
                   "la Plataforma por la Gestión Policial de la Diversidad."),
        ("Financiación", "El piloto STEPSS se enmarcó en el programa AGIS de la Comisión Europea. "
                         "Presupuesto: no consta."),
        ("Evaluación", "Los datos de los formularios del periodo piloto fueron analizados por la Open Society "
                       "Justice Initiative, coordinadora del proyecto, que publicó los resultados en 2009 en su "
                       "informe sobre STEPSS."),
        ("Resultados", "Durante el piloto el número de identificaciones bajó de forma notable, mientras que "
                       "la proporción de paradas con resultado positivo aumentó; también se redujo la "
                       "diferencia entre la frecuencia con que se paraba a extranjeros y a españoles."),
        ("Transferencia", "Otros cuerpos locales, como los de A Coruña y Castellón, adoptaron formularios "
                          "parecidos, y en 2018 el Ayuntamiento de Madrid anunció su intención de probarlos en "
                          "la Policía Municipal."),
        ("Contacto", "Policía Local de Fuenlabrada – unidad de gestión de la diversidad"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for field, value in rows:
        cells = table.add_row().cells
        cells[0].text = ""
        run = cells[0].paragraphs[0].add_run(field)
        run.bold = True
        cells[1].text = value
    _save_docx(doc, SHEETS / "es" / "fuenlabrada-identificaciones-policiales.docx")


def giotto() -> None:
    """Italian sheet with Word heading styles."""
    doc = Document()
    _docx_meta(doc, "Pasticceria Giotto – Padova", "Rete progetti di reinserimento", "it-IT")
    doc.add_heading("Pasticceria Giotto: il laboratorio dolciario nella Casa di Reclusione «Due Palazzi» "
                    "di Padova", level=0)
    doc.add_paragraph("Scheda di buona pratica – Reinserimento socio-lavorativo delle persone detenute")
    sections = [
        ("Contesto", [
            "In Italia una larga parte delle persone che escono dal carcere torna a commettere reati. Il lavoro durante la pena è uno dei "
            "pochi fattori che riducono davvero questo rischio, ma le occasioni di lavoro vero dentro gli "
            "istituti sono poche. La legge 22 giugno 2000, n. 193 (nota come legge Smuraglia) ha introdotto "
            "sgravi contributivi e crediti d'imposta per le imprese e le cooperative che assumono persone "
            "detenute, aprendo la strada a esperienze imprenditoriali all'interno delle carceri.",
        ]),
        ("Descrizione dell'intervento", [
            "Dal 2005 la cooperativa sociale Giotto gestisce un laboratorio di pasticceria artigianale "
            "all'interno della Casa di Reclusione «Due Palazzi», il carcere per pene definitive di Padova. Le "
            "persone detenute che vi lavorano non hanno, all'inizio, alcuna esperienza nel settore: vengono "
            "formate sul posto da maestri pasticceri e poi assunte con un regolare contratto e uno stipendio.",
            "Il prodotto più conosciuto è il panettone, proposto in diverse varianti; accanto a esso si "
            "producono colombe pasquali, biscotti, pasticceria fresca e gelati. Il laboratorio è affiancato da "
            "un reparto di confezionamento e logistica.",
        ]),
        ("Soggetti coinvolti", [
            "Cooperativa sociale Giotto (Padova), che gestisce il laboratorio; direzione e personale della Casa "
            "di Reclusione «Due Palazzi»; maestri pasticceri professionisti; clienti privati, negozi e aziende "
            "che acquistano i prodotti.",
        ]),
        ("Risorse e sostenibilità", [
            "Il laboratorio si sostiene con la vendita dei prodotti, nei negozi, online e su ordinazione, e "
            "beneficia delle agevolazioni previste dalla legge Smuraglia per il lavoro dei detenuti. La scheda "
            "non riporta un budget complessivo.",
        ]),
        ("Risultati dichiarati", [
            "Oggi nel laboratorio lavorano circa 38 detenuti, guidati da tre maestri pasticceri; nel corso degli "
            "anni più di duecento persone sono state formate al mestiere. I dolci hanno ottenuto riconoscimenti "
            "nelle principali guide gastronomiche e sono stati presentati anche a Expo 2015 a Milano.",
            "Secondo i dati diffusi dalla cooperativa stessa, meno del 5 % di chi ha lavorato nel laboratorio "
            "torna a delinquere dopo la scarcerazione, contro una media nazionale che la cooperativa indica intorno all'80 %. Si "
            "tratta di dati di fonte interna.",
        ]),
        ("Elementi di trasferibilità", [
            "Un prodotto di qualità venduto sul mercato ordinario, e non «per beneficenza»; contratti e "
            "retribuzioni veri; formazione professionale che porta a un mestiere spendibile anche fuori; una "
            "collaborazione stabile con la direzione dell'istituto per conciliare orari di lavoro e regole "
            "carcerarie.",
        ]),
        ("Riferimenti", [
            "Cooperativa sociale Giotto, Padova. Casa di Reclusione «Due Palazzi», Padova.",
        ]),
    ]
    for head, paras in sections:
        doc.add_heading(head, level=1)
        for text in paras:
            doc.add_paragraph(text)
    _save_docx(doc, SHEETS / "it" / "pasticceria-giotto-padova.docx")


def moderator() -> None:
    """Dutch (Flemish) sheet: a field/value header table, then heading-style sections."""
    doc = Document()
    _docx_meta(doc, "Herstelbemiddeling tussen slachtoffer en dader", "Kennisbank preventie", "nl-BE")
    doc.add_heading("Herstelbemiddeling tussen slachtoffer en dader in Vlaanderen", level=0)
    header = [
        ("Praktijk", "Herstelbemiddeling (slachtoffer-daderbemiddeling)"),
        ("Organisatie", "Moderator vzw – Forum voor herstelrecht en bemiddeling (tot 2016: Suggnomè vzw), "
                        "met bemiddelingsdiensten per provincie"),
        ("Werkingsgebied", "Vlaanderen"),
        ("Wettelijk kader", "Wet van 22 juni 2005 tot invoering van bepalingen inzake de bemiddeling in de "
                            "Voorafgaande Titel van het Wetboek van Strafvordering en in het Wetboek van "
                            "Strafvordering (BS 27 juli 2005)"),
        ("Financiering", "Vlaamse overheid en FOD Justitie"),
        ("Doelgroep", "Slachtoffers, daders en nabestaanden van om het even welk misdrijf"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Light Grid Accent 1"
    for field, value in header:
        cells = table.add_row().cells
        cells[0].text = field
        cells[1].text = value
    sections = [
        ("Waarover gaat het?", [
            "Een misdrijf laat vragen achter die een strafproces zelden beantwoordt. Waarom ik? Heeft hij "
            "spijt? Hoe wordt de schade vergoed? Wat zeggen we als we elkaar in het dorp tegenkomen? "
            "Herstelbemiddeling biedt slachtoffers en daders de kans om, met de hulp van een neutrale "
            "bemiddelaar, met elkaar in gesprek te gaan over wat er gebeurd is en over de gevolgen ervan.",
        ]),
        ("Wat zegt de wet?", [
            "Sinds de wet van 22 juni 2005 kan iedereen met een rechtstreeks belang in een strafzaak om "
            "bemiddeling vragen, in elke fase van de procedure – van het opsporingsonderzoek tot en met de "
            "strafuitvoering – en voor elk type misdrijf. Het openbaar ministerie, de onderzoeksrechter en de "
            "rechter moeten de betrokkenen over die mogelijkheid informeren. De bemiddeling is vrijwillig, "
            "vertrouwelijk en verloopt volgens een vaste methodiek en deontologie. Komt er een schriftelijke "
            "overeenkomst en wordt die aan de rechter voorgelegd, dan vermeldt de rechter dat in het vonnis en "
            "kan hij er rekening mee houden.",
        ]),
        ("Hoe verloopt een bemiddeling?", [
            "Na een eerste contact spreekt de bemiddelaar met elke partij afzonderlijk. Het gesprek kan "
            "daarna indirect verlopen, waarbij de bemiddelaar berichten en brieven overbrengt, of rechtstreeks "
            "in een ontmoeting. Beide partijen kunnen zich laten bijstaan door een advocaat. Een bemiddeling "
            "kan eindigen met afspraken over schadevergoeding, excuses of afspraken voor de toekomst, maar ook "
            "zonder akkoord.",
        ]),
        ("Niet te verwarren met …", [
            "Herstelbemiddeling is iets anders dan de bemiddeling in strafzaken die het parket sinds de wet "
            "van 10 februari 1994 kan voorstellen (artikel 216ter van het Wetboek van Strafvordering). Daar "
            "kan een geslaagde bemiddeling leiden tot het verval van de strafvordering; bij herstelbemiddeling "
            "loopt de gerechtelijke procedure gewoon door.",
        ]),
        ("Herstelfonds", [
            "Gedetineerden die hun slachtoffer willen vergoeden maar daar geen middelen voor hebben, kunnen "
            "via het Herstelfonds vrijwilligerswerk doen; de vergoeding die ze daarvoor krijgen, gaat naar het "
            "slachtoffer. Zo kan een gedetineerde tijdens de detentie al iets doen voor het slachtoffer en "
            "tegelijk werkervaring opdoen die bij de re-integratie helpt.",
        ]),
        ("Cijfers en opvolging", [
            "Moderator publiceert elk jaar een jaarverslag met cijfers over het aantal geïnformeerde burgers, "
            "de aangemelde en afgesloten bemiddelingen en de soorten misdrijven. In 2018 behandelde Moderator "
            "849 bemiddelingsdossiers. De Vlaamse Regering keurde daarna een kader goed voor de structurele "
            "financiering van het herstelgericht aanbod en voor innovatieve projecten.",
        ]),
        ("Meer weten", [
            "Moderator vzw, Forum voor herstelrecht en bemiddeling. Slachtoffers en daders kunnen zich zelf "
            "aanmelden bij de bemiddelingsdienst van hun provincie.",
        ]),
    ]
    for head, paras in sections:
        doc.add_heading(head, level=2)
        for text in paras:
            doc.add_paragraph(text)
    _save_docx(doc, SHEETS / "nl" / "herstelbemiddeling-moderator.docx")


# --------------------------------------------------------------------------- PDF


class SheetPDF(FPDF):
    """A4 text PDF with a running header, a footer and page numbers."""

    def __init__(self, header_text: str, footer_text: str) -> None:
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_text = footer_text
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.set_creation_date(FIXED_DATE)
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=22)

    def header(self) -> None:
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, self.header_text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, self.footer_text.format(page=self.page_no(), pages="{nb}"), align="C")
        self.set_text_color(0, 0, 0)

    def title_block(self, title: str, subtitle: str = "") -> None:
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 8, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if subtitle:
            self.set_font("DejaVu", "I", 10)
            self.multi_cell(0, 5.5, subtitle, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(3)

    def heading(self, text: str) -> None:
        self.ln(2)
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 6.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def para(self, text: str) -> None:
        self.set_font("DejaVu", "", 10)
        self.multi_cell(0, 5.2, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2)

    def bullets(self, items: list[str]) -> None:
        self.set_font("DejaVu", "", 10)
        for item in items:
            self.multi_cell(0, 5.2, "•  " + item, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(0.8)
        self.ln(1.5)

    def grid(self, rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> None:
        self.set_font("DejaVu", "", 9)
        with self.table(col_widths=widths, text_align="LEFT", line_height=5) as table:
            for row in rows:
                cells = table.row()
                for value in row:
                    cells.cell(value)
        self.ln(3)


def clares_law() -> None:
    pdf = SheetPDF("Domestic abuse practice briefings · No. 7 · England and Wales",
                   "Practice briefing – page {page} of {pages}")
    pdf.set_title("Clare's Law – the Domestic Violence Disclosure Scheme")
    pdf.set_author("Domestic abuse practice briefings")
    pdf.add_page()
    pdf.title_block("Clare's Law: the Domestic Violence Disclosure Scheme",
                    "How police in England and Wales can tell a person about a partner's history of abuse")
    pdf.heading("In brief")
    pdf.para("The Domestic Violence Disclosure Scheme, usually called Clare's Law, gives people a way to find "
             "out whether a current or new partner has a recorded history of abusive or violent behaviour, and "
             "lets the police pass that information on themselves when they believe someone is at risk. The aim "
             "is to let people make an informed decision about a relationship before the abuse begins or "
             "escalates.")
    pdf.heading("Why the scheme exists")
    pdf.para("The scheme carries the name of Clare Wood, a 36-year-old mother who was murdered in Salford, "
             "Greater Manchester, in February 2009 by her former boyfriend, George Appleton. He had a long "
             "record of violence against women, including harassment and holding a woman at knife-point, and "
             "Greater Manchester Police knew of it; Clare did not. Her family said she would never have begun "
             "the relationship had she known, and her father campaigned for a right to be told.")
    pdf.heading("Two routes to a disclosure")
    pdf.bullets([
        "Right to ask: anyone can ask the police about a partner's past. Relatives and friends can "
        "apply too, but any information is given to the person at risk, or to someone best placed to protect "
        "them.",
        "Right to know: the police can decide on their own initiative to warn someone, for example when "
        "information reaches them through another investigation or a partner agency.",
        "Each request is checked by the police and discussed with local safeguarding partners; a disclosure is "
        "made only when it is lawful, necessary and proportionate. It is given in person, together with a "
        "safety plan and contacts for specialist support, and the person must keep the information "
        "confidential.",
    ])
    pdf.heading("From pilot to national scheme")
    pdf.grid([
        ("When", "What happened"),
        ("February 2009", "Clare Wood is killed in Salford"),
        ("July 2012", "A pilot begins in the Gwent and Wiltshire police force areas"),
        ("September 2012", "Greater Manchester and Nottinghamshire join the pilot"),
        ("September 2013", "The fourteen-month pilot closes"),
        ("8 March 2014", "The scheme is extended to every police force in England and Wales, on International "
                         "Women's Day"),
    ], widths=(35, 135))
    pdf.para("The scheme was not created by an Act of Parliament: it relies on the police's existing power to "
             "share information to prevent crime, set out in Home Office guidance. Since the Domestic Abuse Act "
             "2021 that guidance has been statutory, so forces must have regard to it.")
    pdf.heading("Resources")
    pdf.para("There is no dedicated budget. Requests are handled by police public protection and domestic "
             "abuse teams within their existing resources, with local partner agencies contributing staff time "
             "to the decision-making meetings.")
    pdf.heading("What the pilot showed")
    pdf.para("During the pilot the four forces received 386 applications: 231 under the right to ask and 155 "
             "under the right to know. 111 of them, about 29 %, led to a disclosure. Most requests concerned a "
             "woman's male partner. The Home Office's own assessment of the pilot, based on case data and "
             "interviews with police officers, partner agencies and applicants, found all three groups broadly "
             "positive about the scheme and reported that it had encouraged multi-agency working.")
    pdf.heading("Questions that remain")
    pdf.bullets([
        "Whether disclosures actually reduce repeat victimisation has not been established; criminologists "
        "Kate Fitz-Gibbon and Sandra Walklate have argued that the evidence base is thin.",
        "Much abuse is never reported or prosecuted, so a 'nothing on record' answer may give false "
        "reassurance.",
        "Critics warn that the scheme can shift responsibility onto victims to check, and then to leave.",
    ])
    pdf.heading("Elsewhere")
    pdf.para("Scotland later introduced its own disclosure scheme for domestic abuse, and versions of Clare's "
             "Law have been adopted or proposed in parts of Australia and Canada.")
    pdf.heading("Contact")
    pdf.para("Applications can be made at a police station, online through the local force, or by calling "
             "101. In an emergency always call 999.")
    pdf.output(str(SHEETS / "en" / "clares-law-disclosure-scheme.pdf"))


def campo_de_gibraltar() -> None:
    pdf = SheetPDF("Fichas de prácticas · Seguridad y crimen organizado",
                   "Página {page} de {pages} · Ficha elaborada con fuentes públicas")
    pdf.set_title("Plan Especial de Seguridad para el Campo de Gibraltar")
    pdf.set_author("Fichas de prácticas")
    pdf.add_page()
    pdf.title_block("Plan Especial de Seguridad para el Campo de Gibraltar",
                    "Refuerzo policial y de investigación contra el narcotráfico y el contrabando en la "
                    "comarca gaditana")
    pdf.grid([
        ("Promotor", "Ministerio del Interior (Secretaría de Estado de Seguridad)"),
        ("Ámbito territorial", "Comarca del Campo de Gibraltar, provincia de Cádiz (Andalucía)"),
        ("Cuerpos implicados", "Policía Nacional y Guardia Civil"),
        ("Puesta en marcha", "Verano de 2018; operativo desde el 1 de agosto"),
    ], widths=(45, 125))
    pdf.heading("1. Contexto")
    pdf.para("La comarca del Campo de Gibraltar, frente a la costa de Marruecos y junto a la colonia británica, "
             "es desde hace décadas una puerta de entrada del hachís hacia Europa y un punto de contrabando de "
             "tabaco. A finales de la década de 2010 el problema había cambiado de escala: las narcolanchas "
             "desembarcaban a plena luz del día, los grupos de apoyo logístico reclutaban a jóvenes de los "
             "barrios y se multiplicaban las agresiones a agentes. El 6 de febrero de 2018 una docena de "
             "personas, casi todas encapuchadas, irrumpieron en el hospital de La Línea de la Concepción y "
             "liberaron a un detenido que estaba siendo atendido bajo custodia policial. El episodio se "
             "convirtió en el símbolo de una pérdida del principio de autoridad.")
    pdf.para("El plan abarca los municipios de la comarca, entre ellos Algeciras, La Línea de la Concepción, San "
             "Roque, Los Barrios y Tarifa.")
    pdf.heading("2. Objetivos")
    pdf.bullets([
        "Recuperar la seguridad ciudadana y la presencia del Estado en la comarca.",
        "Desarticular las organizaciones dedicadas al narcotráfico y al contrabando y sus redes de apoyo.",
        "Atacar los beneficios económicos de esas organizaciones mediante la investigación patrimonial y la "
        "lucha contra el blanqueo de capitales.",
        "Proteger a los agentes y mejorar sus medios.",
    ])
    pdf.heading("3. Medidas")
    pdf.bullets([
        "Refuerzo de las plantillas con 346 agentes: 148 policías nacionales y 198 guardias civiles.",
        "Nuevos medios materiales: 112 vehículos, 427 equipos de protección, 293 dispositivos de vigilancia y "
        "control y una cámara especializada para helicópteros.",
        "Unidades especializadas en investigación patrimonial y blanqueo de capitales.",
        "Mejor coordinación e intercambio de inteligencia entre Policía Nacional y Guardia Civil.",
    ])
    pdf.heading("4. Presupuesto")
    pdf.para("Dotación extraordinaria inicial de 7,03 millones de euros para el segundo semestre de 2018, "
             "destinada en su mayor parte a personal y el resto a material, sistemas e inteligencia. Para 2019 "
             "el Ministerio añadió otros 17 millones.")
    pdf.heading("5. Balance del primer año")
    pdf.para("El Ministerio del Interior presentó en el verano de 2019 su balance del periodo comprendido entre "
             "el 1 de agosto de 2018 y el 30 de junio de 2019:")
    pdf.grid([
        ("Indicador", "Resultado"),
        ("Detenciones", "4.852"),
        ("Hachís aprehendido", "143,1 toneladas"),
        ("Cocaína aprehendida", "5,4 toneladas"),
        ("Tabaco de contrabando", "758.999 cajetillas"),
        ("Vehículos intervenidos", "750, de ellos 133 embarcaciones"),
        ("Operaciones contra el narcotráfico", "+77,8 % respecto al año anterior"),
        ("Operaciones contra el blanqueo", "de 84 a 157 (+86,9 %)"),
    ], widths=(80, 90))
    pdf.para("Según el Ministerio, los refuerzos redujeron también de forma considerable los episodios "
             "violentos contra los agentes. Todas estas cifras proceden del propio Ministerio del Interior.")
    pdf.heading("6. Evolución del plan")
    pdf.para("Ante el desplazamiento de las organizaciones hacia otras zonas, el plan se prorrogó en 2020 y se "
             "extendió al conjunto de las provincias de Cádiz, Málaga y Huelva; en 2022 se amplió de nuevo a "
             "Almería, Granada y Sevilla, incluido el Guadalquivir.")
    pdf.heading("7. Lecciones")
    pdf.bullets([
        "La presión concentrada en un territorio desplaza rutas y logística hacia otros puntos de la costa; "
        "un plan así necesita prever su propia extensión.",
        "Las detenciones y aprehensiones deben ir acompañadas de investigación financiera para llegar a los "
        "responsables.",
        "Desde la comarca se insiste en que la respuesta policial debe acompañarse de medidas de empleo, "
        "educación y prevención para los jóvenes que acaban trabajando para las redes.",
    ])
    pdf.output(str(SHEETS / "es" / "plan-especial-campo-de-gibraltar.pdf"))


def beratung_radikalisierung() -> None:
    pdf = SheetPDF("Themenblatt Extremismusprävention · Deutschland, Österreich, Schweiz",
                   "Seite {page} von {pages}")
    pdf.set_title("Beratung bei Radikalisierung – vier Anlaufstellen im Vergleich")
    pdf.set_author("Themenblatt Extremismusprävention")
    pdf.add_page()
    pdf.title_block("Beratung bei Radikalisierung: Anlaufstellen für Angehörige und Fachkräfte in Deutschland, "
                    "Österreich und der Schweiz",
                    "Themenblatt – wie vier Beratungsangebote im deutschsprachigen Raum arbeiten")
    pdf.heading("Warum Angehörigenberatung?")
    pdf.para("Wenn sich ein junger Mensch einer extremistischen Szene zuwendet, merken es meist zuerst Eltern, "
             "Geschwister, Lehrkräfte oder Sozialarbeiterinnen. Sie wissen oft nicht, ob ihre Sorge berechtigt "
             "ist, wen sie ansprechen können und ob ein Anruf gleich die Polizei auf den Plan ruft. Die hier "
             "beschriebenen Stellen setzen an diesem Punkt an: Sie beraten das Umfeld, schätzen die Lage ein und "
             "vermitteln bei Bedarf eine längerfristige Begleitung. Ziel ist, die Beziehung zur betroffenen "
             "Person zu erhalten, statt sie abzubrechen.")

    pdf.heading("1. Beratungsstelle „Radikalisierung“ beim Bundesamt für Migration und Flüchtlinge")
    pdf.para("Die Beratungsstelle wurde auf Initiative des Bundesministeriums des Innern eingerichtet; ihre "
             "Hotline mit Sitz in Nürnberg ist seit Januar 2012 geschaltet. Sie ist werktags erreichbar und "
             "berät auf Deutsch, Englisch, Türkisch und Russisch, bei Bedarf mit Dolmetschern. Nach dem "
             "Erstgespräch übernehmen „Partner vor Ort“ – überwiegend zivilgesellschaftliche Träger wie HAYAT, "
             "Violence Prevention Network oder IFAK in Bochum – die weitere Begleitung der Familien. Bis Ende "
             "2016 gingen knapp 3.200 Anrufe ein, aus denen gut 850 Beratungsfälle wurden; nach zehn Jahren "
             "waren es mehr als 5.000 Anfragen, von denen rund 1.200 an das Beratungsnetzwerk übergeben wurden.")
    pdf.para("Das Forschungszentrum des Bundesamtes veröffentlichte 2018 einen Bericht über die Arbeit der "
             "eigenen Beratungsstelle. Die Politikwissenschaftlerin Milena Uhlmann hatte dafür zwischen April "
             "2016 und August 2017 Beratende der Hotline und der Partnerstellen interviewt und Protokolle von "
             "Anrufen und Beratungsgesprächen ausgewertet. Der Bericht beschreibt die Stelle als Frühwarnsystem "
             "mit bundesweitem Überblick und hält fest, dass sich Angehörige inzwischen früher melden als in "
             "den ersten Jahren.")

    pdf.heading("2. „Wegweiser“ in Nordrhein-Westfalen")
    pdf.para("Das Präventionsprogramm des NRW-Innenministeriums gegen gewaltbereiten Salafismus startete im "
             "März 2014 mit Beratungsstellen in Düsseldorf, Bochum und Bonn; Wuppertal folgte als vierte Stelle. "
             "Anfang 2017 gab es Wegweiser an 13 Standorten, geplant waren bis zu 25 sowie mobile Teams. Die "
             "Beratung übernehmen lokale Träger – etwa Wohlfahrtsverbände – zusammen mit muslimischen Vereinen, "
             "Behörden und Polizei. Wegweiser setzt früh an, bevor jemand fest in der Szene verankert ist. "
             "Kritisiert wurde, dass das Programm in Kooperation mit dem Verfassungsschutz betrieben wird; der "
             "Innenminister versicherte, vertrauliche Gespräche würden nicht an das Ministerium weitergegeben.")

    pdf.heading("3. Beratungsstelle Extremismus (Österreich)")
    pdf.para("Seit dem 1. Dezember 2014 betreibt das bundesweite Netzwerk Offene Jugendarbeit (bOJA) im "
             "Auftrag des Familienministeriums die Beratungsstelle Extremismus mit einer kostenlosen Helpline. "
             "Anders als die deutschen Stellen ist sie für alle Formen von Extremismus zuständig, also auch für "
             "Rechts- und Linksextremismus. Neben der telefonischen Beratung gibt es mobile Beratung vor Ort und "
             "Fortbildungen. In den ersten fünf Jahren suchten mehr als 4.000 Personen Hilfe, und über 11.000 "
             "nahmen an Fort- und Weiterbildungen teil.")

    pdf.heading("4. Fachstelle Extremismus und Gewaltprävention der Stadt Winterthur (Schweiz)")
    pdf.para("Winterthur geriet in die Schlagzeilen, nachdem mehrere junge Menschen aus der Stadt nach Syrien "
             "gereist waren, um sich dem „Islamischen Staat“ anzuschließen, und eine Moschee im Stadtteil Hegi "
             "in Verruf geraten war. Die Stadt richtete daraufhin bei den Sozialen Diensten eine Fachstelle ein, "
             "die im Oktober 2016 mit einem 80-Prozent-Pensum ihre Arbeit aufnahm; die Kosten wurden mit rund "
             "160'000 Franken pro Jahr beziffert. Die Stelle war zunächst bis Ende 2018 befristet und wurde 2018 "
             "definitiv eingeführt. In den ersten 18 Monaten gingen 76 Anfragen ein, 68 davon zu möglicherweise "
             "gefährdeten Personen; nur in fünf Fällen lagen Hinweise auf Gewaltbereitschaft oder Selbst- bzw. "
             "Fremdgefährdung vor, und die Fachstelle schaltete den Gewaltschutz der Stadtpolizei ein. Dazu "
             "kamen rund 50 Veranstaltungen zur Wissensvermittlung, etwa ein Leitfaden für die Volksschule.")

    pdf.heading("Vergleich")
    pdf.grid([
        ("", "BAMF-Beratungsstelle", "Wegweiser NRW", "Beratungsstelle Extremismus", "FSEG Winterthur"),
        ("Ebene", "Bund (DE)", "Land (DE)", "Bund (AT)", "Stadt (CH)"),
        ("Start", "2012", "2014", "2014", "2016"),
        ("Phänomene", "Islamismus", "gewaltbereiter Salafismus", "alle Extremismen", "Extremismus und Gewalt"),
        ("Zugang", "Hotline, Weitervermittlung", "lokale Beratungsstellen", "Helpline, mobile Beratung",
         "Anlaufstelle vor Ort"),
    ], widths=(24, 37, 36, 37, 36))

    pdf.heading("Gemeinsame Erfahrungen")
    pdf.bullets([
        "Die große Mehrheit der Anfragen betrifft Unsicherheit und Konflikte, nicht akute Gewaltgefahr – die "
        "Einschätzung selbst ist eine wichtige Leistung.",
        "Eine Hotline allein reicht nicht: Entscheidend ist die Begleitung vor Ort über Monate.",
        "Die Zusammenarbeit mit Sicherheitsbehörden braucht klare Regeln, damit Familien Vertrauen fassen.",
        "Fortbildungen für Schulen, Jugendarbeit und Sozialdienste sind ein fester Teil der Arbeit.",
    ])
    pdf.output(str(SHEETS / "de" / "fs-beratung-radikalisierung-dach.pdf"))


def main() -> None:
    maison_des_femmes()
    fuenlabrada()
    giotto()
    moderator()
    clares_law()
    campo_de_gibraltar()
    beratung_radikalisierung()


if __name__ == "__main__":
    main()
