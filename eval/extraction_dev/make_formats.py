"""Write the Word and PDF sheets of the extraction dev set (the others are written by hand).

    python eval/extraction_dev/make_formats.py

python-docx is a dependency of the package; fpdf2 is a dev dependency. Texts live here
so the binary files can be regenerated; the creation dates in their metadata differ
from run to run.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

Parts = list[tuple[str, str]]  # ("h1"|"h2"|"p"|"bold"|"li"|"row", text); rows: "key|value"


YOUTH_LIMERICK: Parts = [
    ("h1", "Second Chance: youth outreach on the estates"),
    ("row", "Location|Limerick, Ireland"),
    ("row", "Lead agency|Limerick Youth Service"),
    ("row", "Target group|Young people aged 14 to 21"),
    ("p", "Second Chance sends outreach youth workers to four social housing estates on the "
          "north side of the city in the evenings, to reach young people who have left school "
          "early and are at risk of being drawn into drug dealing by local criminal groups."),
    ("h2", "Background"),
    ("p", "At the 2011 census, unemployment among young men on these estates was above 40 %. "
          "Feuds between criminal families had made some streets no-go areas."),
    ("h2", "What the project does"),
    ("p", "The project began in September 2016. Youth workers meet young people where they "
          "gather, offer boxing and music sessions in a community hall, and help them back "
          "into training through a mentor who stays with them for a year."),
    ("h2", "Partners and funding"),
    ("p", "The project is funded by the Department of Justice and the Limerick Regeneration "
          "Programme, in partnership with An Garda Síochána, the Education and Training Board "
          "and local residents' associations."),
    ("h2", "Evaluation"),
    ("p", "The team carried out an internal evaluation together with the University of "
          "Limerick, using questionnaires filled in by participants when they joined and a "
          "year later. Most reported more time in training and fewer contacts with the police."),
]

VICTIMES_CHARLEROI: Parts = [
    ("h1", "Un guichet unique pour les victimes de violences intrafamiliales"),
    ("p", "La Ville de Charleroi a ouvert en 2019 un guichet unique où les victimes de "
          "violences conjugales et intrafamiliales rencontrent au même endroit une assistante "
          "sociale, une juriste, une psychologue et un policier de référence."),
    ("bold", "Pourquoi ce guichet"),
    ("p", "Les victimes devaient raconter leur histoire à chaque service et abandonnaient "
          "souvent les démarches avant d'avoir obtenu une protection."),
    ("bold", "Fonctionnement"),
    ("li", "accueil sans rendez-vous trois jours par semaine ;"),
    ("li", "évaluation du danger avec une grille commune ;"),
    ("li", "accompagnement vers l'hébergement, le dépôt de plainte et les soins."),
    ("bold", "Partenaires"),
    ("p", "Le CPAS de Charleroi, la zone de police, le parquet, les maisons d'accueil et le "
          "service d'aide aux victimes."),
    ("bold", "Suivi"),
    ("p", "Le suivi est assuré par l'équipe elle-même à l'aide d'indicateurs annuels : nombre "
          "de personnes reçues, délais d'accès à un hébergement et plaintes déposées. Le "
          "dernier rapport annuel montre que les délais ont été réduits de moitié."),
]

SPORTELLO_LECCE: Parts = [
    ("h1", "Sportello di ascolto per donne vittime di violenza"),
    ("row", "Promotore|Comune di Lecce"),
    ("row", "Gestione|Cooperativa sociale"),
    ("p", "Lo sportello, aperto presso i servizi sociali comunali, offre ascolto, consulenza "
          "legale e accompagnamento alle donne che subiscono violenza domestica o stalking, "
          "in collegamento con il centro antiviolenza provinciale e con la casa rifugio."),
    ("h2", "Attività"),
    ("li", "colloqui di accoglienza e valutazione del rischio"),
    ("li", "consulenza legale gratuita"),
    ("li", "gruppi di sostegno"),
    ("h2", "Rete"),
    ("p", "Questura, Arma dei Carabinieri, pronto soccorso dell'ospedale, consultori e "
          "ordine degli avvocati."),
    ("h2", "Valutazione"),
    ("p", "Finora non è stata condotta alcuna valutazione d'impatto; lo sportello registra "
          "il numero di accessi mensili."),
]

RAT_KIEL: Parts = [
    ("h1", "Der Kriminalpräventive Rat der Landeshauptstadt Kiel"),
    ("p", "Die Landeshauptstadt Kiel hat 2009 einen Kriminalpräventiven Rat gegründet, in dem "
          "Verwaltung, Polizei, Justiz, Schulen, Jugendhilfe und Vereine Projekte gegen "
          "Jugendgewalt und für mehr Sicherheit in den Stadtteilen abstimmen. Schon 1998 hatte "
          "es eine erste Sicherheitsbefragung in der Stadt gegeben."),
    ("h2", "Arbeitsweise"),
    ("p", "Der Rat tagt zweimal im Jahr unter Vorsitz des Oberbürgermeisters. Arbeitsgruppen "
          "zu Gewaltprävention an Schulen, Sicherheit im öffentlichen Raum und häuslicher "
          "Gewalt bereiten Maßnahmen vor, etwa Streitschlichter-Programme an Schulen und "
          "Beleuchtungskonzepte für Parks."),
    ("h2", "Finanzierung"),
    ("p", "Die Maßnahmen werden aus dem städtischen Haushalt mit jährlich 1,2 Mio. Euro und "
          "mit Fördermitteln des Landes Schleswig-Holstein finanziert."),
    ("h2", "Evaluation"),
    ("p", "Das Kriminologische Forschungsinstitut Niedersachsen hat die Arbeit des Rates "
          "2016 unabhängig evaluiert. Es bescheinigte eine gute Vernetzung, empfahl aber, "
          "die Wirkung einzelner Projekte genauer zu messen."),
]

JUGEND_LEIPZIG: Parts = [
    ("h1", "Mobile Jugendarbeit am Hauptbahnhof"),
    ("p", "Die Stadt Leipzig finanziert seit 2014 ein Team der mobilen Jugendarbeit, das "
          "Jugendliche und junge Erwachsene anspricht, die sich rund um den Hauptbahnhof und "
          "in der Innenstadt aufhalten, darunter viele ohne festen Wohnsitz."),
    ("h2", "Angebote"),
    ("li", "Streetwork an fünf Abenden pro Woche"),
    ("li", "Beratung zu Wohnen, Schulden und Sucht"),
    ("li", "Begleitung zu Ämtern und Beratungsstellen"),
    ("h2", "Kooperation"),
    ("p", "Das Team arbeitet mit der Bundespolizei, der Bahnhofsmission, dem Jugendamt und "
          "der Suchtberatung zusammen."),
    ("h2", "Evaluation"),
    ("p", "Eine wissenschaftliche Evaluation liegt bisher nicht vor."),
]

JONGEREN_DEN_HAAG: Parts = [
    ("h1", "Straatcoaches en jongerenwerk in Den Haag"),
    ("p", "De gemeente Den Haag zet sinds 2011 straatcoaches in op pleinen in Escamp en "
          "Laak waar groepen jongeren overlast veroorzaken. De coaches spreken jongeren aan, "
          "melden incidenten aan de politie en verwijzen door naar jongerenwerk."),
    ("bold", "Aanpak"),
    ("p", "Straatcoaches werken 's avonds in duo's, kennen de jongeren bij naam en hebben "
          "contact met ouders. Jongerenwerkers bieden daarna activiteiten en hulp bij school "
          "en werk."),
    ("bold", "Partners"),
    ("p", "De politie-eenheid Haaglanden, jongerenwerkorganisaties, scholen en "
          "woningcorporaties."),
    ("bold", "Evaluatie"),
    ("p", "Het project wordt gemonitord door het eigen team met halfjaarlijkse rapportages "
          "over het aantal meldingen van jeugdoverlast per plein. Volgens die rapportages is "
          "de overlast op de meeste pleinen gedaald."),
]

OCIO_NOCTURNO: Parts = [
    ("h1", "Ficha temática: seguridad en el ocio nocturno"),
    ("p", "Esta ficha resume cómo tres ciudades españolas organizan la seguridad en sus zonas "
          "de ocio nocturno, con medidas que combinan policía, locales y servicios sociales."),
    ("h2", "Madrid"),
    ("p", "Unidades de la Policía Municipal especializadas en ocio nocturno controlan aforos "
          "y horarios y colaboran con las asociaciones de hosteleros."),
    ("h2", "Valencia"),
    ("p", "Durante las Fallas se instalan puntos de atención contra las agresiones sexuales "
          "y se refuerza el transporte nocturno."),
    ("h2", "Bilbao"),
    ("p", "El ayuntamiento forma al personal de los locales en prevención de agresiones y "
          "consumo de drogas."),
    ("h2", "Lecciones"),
    ("p", "Las medidas funcionan mejor cuando participan los propios locales y cuando hay "
          "transporte para volver a casa."),
]


def write_docx(path: Path, parts: Parts) -> None:
    document = Document()
    rows = [p for p in parts if p[0] == "row"]
    table_written = False
    for kind, text in parts:
        if kind == "h1":
            document.add_heading(text, level=0)
        elif kind == "h2":
            document.add_heading(text, level=1)
        elif kind == "bold":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "li":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "row" and not table_written:
            table = document.add_table(rows=len(rows), cols=2)
            for row, (_, value) in zip(table.rows, rows, strict=True):
                key, val = value.split("|", 1)
                row.cells[0].text, row.cells[1].text = key, val
            table_written = True
        elif kind == "p":
            document.add_paragraph(text)
    document.save(path)


def write_pdf(path: Path, parts: Parts, header: str) -> None:
    pdf = FPDF()
    font = "Helvetica"
    if (DEJAVU / "DejaVuSans.ttf").exists():
        pdf.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
        font = "DejaVu"
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font(font, "", 8)
    pdf.cell(0, 6, header, new_x="LMARGIN", new_y="NEXT")
    for kind, text in parts:
        if kind == "h1":
            pdf.set_font(font, "B", 16)
            pdf.multi_cell(0, 8, text)
        elif kind == "h2":
            pdf.set_font(font, "B", 12)
            pdf.multi_cell(0, 7, text)
        else:
            pdf.set_font(font, "", 10)
            pdf.multi_cell(0, 5, ("• " if kind == "li" else "") + text)
        pdf.ln(2)
    pdf.output(str(path))


def main() -> None:
    write_docx(HERE / "en" / "youth-outreach-limerick.docx", YOUTH_LIMERICK)
    write_docx(HERE / "fr" / "guichet-victimes-charleroi.docx", VICTIMES_CHARLEROI)
    write_docx(HERE / "it" / "sportello-lecce.docx", SPORTELLO_LECCE)
    write_docx(HERE / "de" / "mobile-jugendarbeit-leipzig.docx", JUGEND_LEIPZIG)
    write_docx(HERE / "nl" / "straatcoaches-den-haag.docx", JONGEREN_DEN_HAAG)
    write_pdf(HERE / "de" / "praeventionsrat-kiel.pdf", RAT_KIEL, "Präventionsatlas – Kiel")
    write_pdf(HERE / "es" / "ficha-ocio-nocturno.pdf", OCIO_NOCTURNO, "Fichas de prevención")


if __name__ == "__main__":
    main()
