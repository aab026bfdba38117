"""Build the sheets and truth.json of development set dev10.

All text is inside this script; the output is deterministic.
Run from this directory: ``/work/main/.venv/bin/python make_files.py``.
"""

# The sheet text is held in string literals (prose and whole HTML lines, not code), as in the
# holdout generators that pyproject.toml exempts from E501.
# ruff: noqa: E501

from __future__ import annotations

import json
from pathlib import Path

import yaml
from docx import Document
from fpdf import FPDF
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
TRUTH: dict[str, dict] = {}

GBP, CHF, BRL = 1.17, 1.05, 0.17


def out(rel: str) -> Path:
    path = HERE / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def write_text(rel: str, text: str) -> None:
    out(rel).write_text(text.strip() + "\n", encoding="utf-8")


def write_json(rel: str, data: object) -> None:
    out(rel).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_yaml(rel: str, data: object, header: str = "") -> None:
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    out(rel).write_text(header + body, encoding="utf-8")


def write_docx(rel: str, blocks: list[tuple]) -> None:
    """blocks: ("h", level, text) | ("p", text) | ("b", text) | ("table", rows)."""
    doc = Document()
    doc.core_properties.author = "Practice Repository dev10"
    for block in blocks:
        kind = block[0]
        if kind == "h":
            doc.add_heading(block[2], level=block[1])
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "b":
            doc.add_paragraph().add_run(block[1]).bold = True
        elif kind == "table":
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
    doc.save(out(rel))


class Sheet(FPDF):
    def __init__(self, header_text: str, footer_text: str) -> None:
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_text = footer_text
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(auto=True, margin=22)

    def header(self) -> None:
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, self.header_text, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, f"{self.footer_text}   ·   {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def write_pdf(rel: str, header: str, footer: str, pages: list[list[tuple]]) -> None:
    """pages: list of blocks ("t", title) | ("h", heading) | ("p", text)."""
    pdf = Sheet(header, footer)
    for page in pages:
        pdf.add_page()
        for kind, text in page:
            if kind == "t":
                pdf.set_font("DejaVu", "B", 16)
                pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "h":
                pdf.set_font("DejaVu", "B", 11)
                pdf.ln(2)
                pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
    pdf.output(str(out(rel)))


def write_xlsx(rel: str, sheets: list[tuple[str, list[list]]]) -> None:
    wb = Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for row in rows:
            ws.append(row)
    wb.save(out(rel))


def truth(rel: str, **fields: object) -> None:
    base = {
        "title": None, "language": rel.split("/")[1], "kind": "practice", "country": None,
        "city": None, "city_aliases": [], "start_year": None, "end_year": None,
        "budget_eur": None, "budget_amount": None, "budget_currency": None,
        "evaluated": None, "evaluation_kind": None, "evidence": None, "themes": [],
        "partners": [], "funding": None, "notes": "",
    }
    unknown = set(fields) - set(base)
    if unknown:
        raise KeyError(f"{rel}: unknown truth keys {sorted(unknown)}")
    base.update(fields)
    if base["evaluated"] is False and base["evaluation_kind"] != "none":
        raise ValueError(f"{rel}: not evaluated needs kind none")
    TRUTH[rel] = base


def ev(kind: str | None, level: str | None) -> dict:
    """Evaluation triple from a kind (None = the sheet says nothing)."""
    if kind is None:
        return {"evaluated": None, "evaluation_kind": None, "evidence": None}
    if kind == "none":
        return {"evaluated": False, "evaluation_kind": "none", "evidence": "none"}
    return {"evaluated": True, "evaluation_kind": kind, "evidence": level}


def budget(amount: float, currency: str, rate: float = 1.0) -> dict:
    return {"budget_amount": amount, "budget_currency": currency, "budget_eur": round(amount * rate)}


# --------------------------------------------------------------------------- English


def english() -> None:
    rel = "sheets/en/operation-bumblebee-london.pdf"
    write_pdf(rel, "London Crime Prevention Archive  |  Practice sheet LCP-0412",
              "LCP Archive, 14 Fenwick Row, Leeds LS2 7QT", [
        [("t", "Operation Bumblebee"),
         ("p", "Place: London, United Kingdom   |   Lead: Metropolitan Police Service   |   Started: 1991"),
         ("h", "1. What it was"),
         ("p", "Operation Bumblebee was the Metropolitan Police's campaign against domestic burglary. It "
               "began in 1991 as a pilot in north London, the idea of a detective chief superintendent "
               "there, and in June 1993 it was extended to every area of the capital."),
         ("p", "Each of the Met's areas set up a specialist burglary squad. The squads analysed where "
               "and when break-ins happened, built up intelligence on known burglars through informants "
               "and surveillance, and carried out large early-morning searches of suspects' addresses on "
               "the same day across London."),
         ("h", "2. The roadshows"),
         ("p", "A visible part of the campaign were the 'roadshows': exhibitions in town halls and "
               "sports centres where thousands of recovered stolen items were laid out so that victims "
               "could recognise and claim their belongings. Officers also handed out crime-prevention "
               "advice (locks, property marking, lights on timers) at the same events."),
         ("h", "3. Who took part"),
         ("p", "Burglary squads and crime prevention officers of the Metropolitan Police; borough "
               "councils lent venues for the roadshows.")],
        [("h", "4. What changed"),
         ("p", "According to the Met's own crime figures, recorded residential burglary in London fell "
               "in each of the years that followed the London-wide roll-out. The force presented this "
               "as the result of the operation. The roadshows were later dropped as too costly for the "
               "number of items returned."),
         ("p", "The name was revived in October 2009, after a rise in burglaries, with two squads of "
               "specialist officers and a 'think like a burglar' publicity campaign."),
         ("h", "5. Themes"),
         ("p", "Burglary; policing; crime prevention advice to householders."),
         ("p", "Sheet compiled from press coverage of the 1990s and the force's announcements.")],
    ])
    truth(rel, title="Operation Bumblebee", country="GB", city="London", start_year=1991,
          **ev("internal", "outcome"), themes=["property_crime", "policing"],
          partners=["borough councils"],
          notes="The meta line and the text give 1991 (north London pilot) as the start; 1993 is the "
                "London-wide roll-out and 2009 a revival. The fall in burglary is the force's own "
                "figures, on the PDF's second page: internal, outcome.")

    rel = "sheets/en/issp-intensive-supervision.docx"
    write_docx(rel, [
        ("h", 0, "Intensive Supervision and Surveillance Programme (ISSP)"),
        ("p", "England and Wales · Youth justice · Community sentences"),
        ("h", 1, "Summary"),
        ("p", "ISSP was introduced by the Youth Justice Board in 2001 as the most demanding community "
              "programme for persistent and serious young offenders aged 10 to 17. For the first three "
              "months a young person had at least 25 hours a week of structured activity (education, "
              "offending behaviour work, restorative work) and was watched by tagging, voice "
              "verification or tracking by staff."),
        ("h", 1, "Delivery"),
        ("p", "The programme was delivered by local youth offending teams, alone or in consortia, with "
              "the police and education providers. It was funded by the Youth Justice Board."),
        ("h", 1, "Was it evaluated?"),
        ("p", "Yes. The Board commissioned the Centre for Criminological Research at the University of "
              "Oxford. The researchers compared the reoffending of young people on ISSP with a matched "
              "comparison group of young people who had received other community or custodial "
              "sentences, counting offences in the year before and the year after the start of the order."),
        ("p", "Both groups offended less often in the year after; the difference between ISSP and the "
              "comparison group was small, and the report stressed how hard the programme was to "
              "complete."),
        ("h", 1, "Partners"),
        ("table", [["Role", "Organisation"],
                   ["Funder", "Youth Justice Board"],
                   ["Delivery", "Youth offending teams"],
                   ["Support", "Police; education providers"],
                   ["Evaluation", "University of Oxford, Centre for Criminological Research"]]),
    ])
    truth(rel, title="Intensive Supervision and Surveillance Programme (ISSP)", country="GB",
          start_year=2001, **ev("scientific", "quasi_experimental"),
          themes=["youth", "reintegration", "technology"],
          partners=["Youth offending teams", "Police", "education providers"],
          funding="Youth Justice Board",
          notes="National programme (city null). A matched comparison group beats the "
                "'year before and year after' wording: quasi-experimental; Oxford is not the team.")

    rel = "sheets/en/belfast-interface-programme.html"
    write_text(rel, """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Interface Programme, Belfast | Shared Places Network</title></head>
<body>
<div class="cookie">We use cookies to remember your settings. <button>Accept</button> <button>Manage</button></div>
<nav>Home &rsaquo; Practices &rsaquo; Northern Ireland &rsaquo; Interface Programme</nav>
<main>
<h1>Taking down the walls: the Interface Programme in Belfast</h1>
<p class="meta">Published 3 May 2022 · Category: public space, community relations</p>
<p>Belfast still has dozens of 'peace walls', fences and gates separating nationalist and unionist
streets, many of them built during the Troubles. In January 2012 the International Fund for Ireland
launched a Peace Walls Programme to help the communities on both sides of these interfaces decide, in
their own time, whether a wall could be lowered, opened or replaced.</p>
<h2>How it works</h2>
<p>Local community groups on both sides are funded to run consultation, youth exchanges and
confidence-building work. When residents agree, the Department of Justice and Belfast City Council can
change opening hours of gates, replace a solid wall by a see-through fence, or remove a barrier.</p>
<table>
<tr><th>Start</th><td>2012</td></tr>
<tr><th>Funding</th><td>International Fund for Ireland</td></tr>
<tr><th>Money committed</th><td>£2m for the first phase</td></tr>
<tr><th>Partners</th><td>community groups; Department of Justice; Belfast City Council</td></tr>
</table>
<h2>Has it worked?</h2>
<p>According to residents we spoke to, the opening of gates during the day seems to have helped people
cross to shops and services on the other side, and anecdotally there have been fewer stones thrown over
the fences on summer nights.</p>
<p>These are impressions. The Fund has not commissioned an evaluation of the programme, and no figures on
incidents at the interfaces are given here.</p>
</main>
<footer>Shared Places Network · 22 Quay Street, Glasgow G1 4AA · Contact · Privacy</footer>
</body></html>""")
    truth(rel, title="Peace Walls Programme (Interface Programme, Belfast)", country="GB", city="Belfast",
          start_year=2012, **budget(2_000_000, "GBP", GBP), **ev("none", "none"),
          themes=["public_spaces", "urban_design", "radicalisation"],
          partners=["community groups", "Department of Justice", "Belfast City Council"],
          funding="International Fund for Ireland",
          notes="Hedged residents' impressions ('seems to have helped', 'anecdotally') are not an "
                "evaluation, and the sheet says none was commissioned: none. The footer's Glasgow "
                "address is page furniture.")

    rel = "sheets/en/streetdoctors.md"
    write_text(rel, """---
title: StreetDoctors
country: United Kingdom
founded: 2008
lead organisation: StreetDoctors (charity)
annual budget: "£300k"
themes: [youth violence, first aid, knife crime]
---

# StreetDoctors

**What:** volunteer medical and healthcare students teach young people at risk of violence what to do
when someone is stabbed or bleeding, and how to help an unconscious friend, in short, hands-on sessions.

**Where:** the charity was founded in 2008 by medical students in Liverpool. It now has volunteer teams
attached to medical schools in many towns and cities across the United Kingdom.

**With whom:** sessions are booked by youth offending teams, pupil referral units and youth clubs, which
bring the young people and a worker they trust.

## How we know how it goes

After every session our volunteers hand each participant a short feedback form: did they learn
something, would they feel able to act, would they recommend it to a friend. The answers are collected
by the charity's staff and published in our yearly impact report, together with the number of sessions
delivered.

## Why it matters

Young people who carry knives or are close to violence are often the first on the scene. Knowing how to
stop bleeding and call for help can save a life, and the sessions also open a conversation about the
consequences of carrying a knife.
""")
    truth(rel, title="StreetDoctors", country="GB", start_year=2008,
          **budget(300_000, "GBP", GBP), **ev("internal", "descriptive"),
          themes=["youth", "training", "victims"],
          partners=["youth offending teams", "pupil referral units", "youth clubs"],
          notes="Multi-city charity (Liverpool is only where it was founded): city null. Feedback forms "
                "collected and published by the charity itself: internal, descriptive (no outcome).")

    rel = "sheets/en/id-psni.yaml"
    write_yaml(rel, {
        "record type": "organisation",
        "name": "Police Service of Northern Ireland",
        "short name": "PSNI",
        "country": "United Kingdom (Northern Ireland)",
        "established": "4 November 2001",
        "predecessor": "Royal Ulster Constabulary (RUC), renamed and reformed after the Patten report (1999)",
        "headquarters": "Knock Road, Belfast",
        "oversight": ["Northern Ireland Policing Board", "Police Ombudsman for Northern Ireland"],
        "areas covered": "all of Northern Ireland, in policing districts matching the eleven councils",
        "neighbourhood policing": "neighbourhood teams in every district; Policing and Community Safety "
                                  "Partnerships with each council",
        "emergency number": "999 (non-emergency 101)",
    }, header="# Organisation ID sheet - Police forces of the UK and Ireland\n")
    truth(rel, title="Police Service of Northern Ireland (PSNI)", kind="id_sheet", country="GB",
          start_year=2001, themes=["policing"],
          partners=["Northern Ireland Policing Board", "Police Ombudsman for Northern Ireland"],
          notes="ID sheet of a regional force: city null although the headquarters are in Belfast; start "
                "is 2001, not the 1999 Patten report. The Police Ombudsman is oversight, not an evaluation.")

    rel = "sheets/en/fs-pubwatch.txt"
    write_text(rel, """THEME SHEET: PUBWATCH SCHEMES
=============================

WHAT A PUBWATCH IS
Pubwatch is a voluntary scheme in which the licensees of pubs, bars and clubs in one town centre agree
common rules against troublemakers. When a customer is violent, deals drugs or damages a venue, the
members can agree to ban that person from all of their premises for a set period.

WHERE
Schemes exist in several hundred towns and cities in England, Wales and Scotland, from small market
towns to city centres. A national charity, National Pubwatch, publishes guidance and a model
constitution; each local scheme is run by its own members.

HOW A SCHEME RUNS
- members meet regularly, usually with the local police licensing officer;
- incidents are shared by radio link or a messaging group;
- bans are decided by the members, in writing, with a right to appeal;
- many schemes also share photos of banned people under data-protection rules.

THINGS TO WATCH
Bans must be proportionate and recorded; a scheme is only as strong as its members' willingness to
apply them on a busy Saturday night. Schemes that meet rarely tend to fade away.

Related themes: night-time economy, licensing, town centres.
""")
    truth(rel, title="Pubwatch schemes", kind="fact_sheet", country="GB",
          themes=["nightlife", "public_spaces", "policing"],
          notes="Thematic sheet over many towns with no kind key: fact sheet, city null, no start year, "
                "nothing on evaluation.")


# --------------------------------------------------------------------------- French


def french() -> None:
    rel = "sheets/fr/tandem-montreal.html"
    write_text(rel, """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Tandem – prévention de la criminalité | Répertoire Prévention Québec</title></head>
<body>
<div id="temoins">Ce site utilise des témoins (cookies). <a href="#">Accepter</a> · <a href="#">Paramétrer</a></div>
<header><a href="/">Répertoire Prévention Québec</a> | Pratiques | Sécurité urbaine</header>
<p class="fil">Accueil / Pratiques / Montréal / Tandem</p>
<article>
<h1>Tandem : la prévention de la criminalité confiée aux organismes de quartier</h1>
<p class="meta">Ville : Montréal — Pays : Canada (Québec) — Depuis : 1982</p>
<h2>En bref</h2>
<p>Créé par la Ville en 1982, Tandem confie à un organisme communautaire, dans chaque arrondissement, la
prévention de la criminalité et le sentiment de sécurité des résidents : visites de sécurité à domicile,
burinage des objets de valeur, conseils aux aînés contre la fraude, marches exploratoires avec les
résidentes, ateliers dans les écoles primaires.</p>
<h2>Partenaires</h2>
<ul><li>organismes communautaires mandataires (un par arrondissement)</li>
<li>Service de police de la Ville de Montréal (postes de quartier)</li>
<li>écoles et offices municipaux d'habitation</li></ul>
<p>Le programme est financé par la Ville de Montréal.</p>
<h2>Évaluation</h2>
<p>La Ville n'en a commandé aucune à ce jour.</p>
<h2>Résultats</h2>
<p>Les chiffres ci-dessous sont les nôtres : nos équipes tiennent le registre de chaque intervention et
le transmettent à la Ville dans le bilan annuel. L'an dernier, elles ont réalisé plus de 2 000 visites
de sécurité à domicile et animé 180 ateliers, dont la moitié auprès d'aînés.</p>
</article>
<footer>Répertoire Prévention Québec · 1200, rue Saint-Jean, Québec (Québec) · Nous joindre</footer>
</body></html>""")
    truth(rel, title="Tandem (Montréal)", country="CA", city="Montréal", city_aliases=["Montreal"],
          start_year=1982, **ev("internal", "descriptive"),
          themes=["property_crime", "seniors", "local_governance"],
          partners=["organismes communautaires", "Service de police de la Ville de Montréal", "écoles",
                    "offices municipaux d'habitation"],
          funding="Ville de Montréal",
          notes="'Évaluation: none commissioned' is followed, under another heading, by the promoters' "
                "own records in the annual report: internal, descriptive (counts, no outcome). The "
                "footer address is in Québec City.")

    rel = "sheets/fr/promeneurs-du-net.json"
    write_json(rel, {
        "titre": "Promeneurs du Net",
        "type_de_fiche": "pratique",
        "pays": "France",
        "portee": "nationale (réseau des Caf)",
        "debut": "2016 (déploiement national)",
        "historique": "Inspirée des « Nätvandrare » suédois découverts lors d'un voyage d'études en "
                      "2011, la démarche a d'abord été expérimentée dans la Manche en 2012, puis dans le "
                      "Cher, le Morbihan et l'Ardèche, avant d'être étendue à toute la France.",
        "description": "Des professionnels de la jeunesse (animateurs, éducateurs, travailleurs "
                       "sociaux) assurent une présence éducative sur les réseaux sociaux, pendant leur "
                       "temps de travail : ils écoutent, informent, orientent les jeunes et repèrent les "
                       "situations préoccupantes, du harcèlement aux discours de haine.",
        "public": "jeunes de 12 à 25 ans",
        "porteur": "Caisse nationale des allocations familiales (Cnaf)",
        "partenaires": ["caisses d'allocations familiales (Caf)", "maisons des adolescents",
                        "Mutualité sociale agricole (MSA)", "conseils départementaux"],
        "budget": "500 000 € (enveloppe nationale de la Cnaf pour le lancement)",
        "evaluation": "à définir",
        "thematiques": ["jeunesse", "numérique", "prévention"],
    })
    truth(rel, title="Promeneurs du Net", country="FR", start_year=2016,
          **budget(500_000, "EUR"), **ev("none", "none"),
          themes=["youth", "technology", "radicalisation"],
          partners=["caisses d'allocations familiales (Caf)", "maisons des adolescents",
                    "Mutualité sociale agricole (MSA)", "conseils départementaux"],
          funding="Caisse nationale des allocations familiales (Cnaf)",
          notes="The 'debut' key gives 2016 (national roll-out) as the start; 2012 is the Manche pilot "
                "in the history. An evaluation field 'à définir' means none yet: none.")

    rel = "sheets/fr/quartiers-reconquete-republicaine.pdf"
    write_pdf(rel, "Fiches pratiques — Sécurité du quotidien", "Observatoire des pratiques locales · Lyon", [
        [("t", "Les quartiers de reconquête républicaine (QRR)"),
         ("h", "Contexte"),
         ("p", "Annoncés en février 2018 dans le cadre de la police de sécurité du quotidien, les "
               "quartiers de reconquête républicaine sont des quartiers où l'État concentre des "
               "effectifs supplémentaires de police nationale pour lutter contre les trafics, les "
               "rodéos et les incivilités. Les quinze premiers ont été désignés en septembre 2018 ; la "
               "liste a ensuite été portée à une soixantaine de quartiers."),
         ("h", "Fonctionnement"),
         ("p", "Chaque QRR reçoit de quinze à trente policiers de plus, affectés durablement. Le préfet "
               "réunit régulièrement le maire, le procureur, les bailleurs et les transporteurs pour "
               "fixer des priorités locales. Les effectifs travaillent avec la police municipale là où "
               "elle existe.")],
        [("h", "Acteurs"),
         ("p", "Police nationale ; préfectures ; maires et polices municipales ; parquets ; bailleurs "
               "sociaux."),
         ("h", "Calendrier"),
         ("p", "2018 : premières vagues. 2019–2021 : extension par vagues successives."),
         ("h", "Pour aller plus loin"),
         ("p", "Voir aussi les fiches « police de sécurité du quotidien » et « conseils locaux de "
               "sécurité ».")],
    ])
    truth(rel, title="Les quartiers de reconquête républicaine (QRR)", country="FR", start_year=2018,
          **ev(None, None), themes=["policing", "drugs", "public_spaces"],
          partners=["Police nationale", "préfectures", "maires et polices municipales", "parquets",
                    "bailleurs sociaux"],
          notes="National scheme (city null); 2018 is both the announcement and the first designations. "
                "The sheet says nothing about an evaluation: null. The footer's Lyon is furniture.")

    rel = "sheets/fr/mallette-des-parents-creteil.txt"
    write_text(rel, """LA MALLETTE DES PARENTS (ACADÉMIE DE CRÉTEIL)
Fiche pratique — Réussite éducative et climat scolaire

Où : collèges de l'académie de Créteil (Seine-Saint-Denis, Val-de-Marne, Seine-et-Marne)
Année de lancement : 2008
Porteur : rectorat de l'académie de Créteil

OBJECTIF
Rapprocher de l'école les parents d'élèves de sixième, en particulier ceux qui la connaissent mal, pour
qu'ils suivent mieux la scolarité de leur enfant et que celui-ci s'implique davantage.

CE QUI EST FAIT
Trois réunions-débats en début d'année au collège, animées par le principal, sur le fonctionnement du
collège, le travail à la maison et le dialogue avec les professeurs ; des ateliers de suivi ensuite.

CE QU'ON EN SAIT
L'expérience de 2008-2009 a été conçue avec des chercheurs de l'École d'économie de Paris. Dans une
quarantaine de collèges volontaires, les familles intéressées ont été recensées, puis les classes de
sixième ont été tirées au sort : la moitié a eu accès aux réunions, l'autre non. En fin d'année, les
élèves des classes bénéficiaires étaient moins souvent absents sans justification et avaient reçu moins
de sanctions disciplinaires que ceux des autres classes.

PARTENAIRES : rectorat de Créteil ; principaux de collège ; École d'économie de Paris.
""")
    truth(rel, title="La Mallette des parents (académie de Créteil)", country="FR", start_year=2008,
          **ev("scientific", "experimental"), themes=["schools", "youth"],
          partners=["rectorat de Créteil", "principaux de collège", "École d'économie de Paris"],
          notes="Classes drawn by lot ('tirées au sort'), outcomes compared with the other classes: "
                "experimental. An académie spans three départements: city null.")

    rel = "sheets/fr/id-france-victimes.docx"
    write_docx(rel, [
        ("h", 0, "France Victimes"),
        ("b", "Fiche d'identité — organisation"),
        ("table", [["Champ", "Valeur"],
                   ["Nom", "France Victimes (ex-INAVEM)"],
                   ["Statut", "fédération d'associations, loi de 1901"],
                   ["Création", "1986, sous le nom d'Institut national d'aide aux victimes et de médiation"],
                   ["Nom actuel", "depuis 2017"],
                   ["Siège", "Paris"],
                   ["Réseau", "environ 130 associations d'aide aux victimes dans toute la France"],
                   ["Numéro d'aide", "116 006, 7 jours sur 7"]]),
        ("h", 1, "Missions"),
        ("p", "La fédération anime le réseau des associations d'aide aux victimes, qui accueillent "
              "gratuitement les victimes d'infractions, d'accidents et d'attentats : écoute, information "
              "sur les droits, accompagnement juridique et psychologique, aide aux démarches."),
        ("h", 1, "Partenaires institutionnels"),
        ("p", "Ministère de la Justice ; juridictions ; services de police et de gendarmerie ; collectivités."),
    ])
    truth(rel, title="France Victimes", kind="id_sheet", country="FR", start_year=1986,
          themes=["victims"],
          partners=["Ministère de la Justice", "juridictions", "services de police et de gendarmerie",
                    "collectivités"],
          notes="Organisation ID sheet: founding year 1986 (INAVEM), not the 2017 renaming; Paris is only "
                "the seat, so city null; 116 006 is a phone number, not a budget.")

    rel = "sheets/fr/fs-rappel-a-l-ordre.md"
    write_text(rel, """# Le rappel à l'ordre par le maire

*Fiche thématique — prévention de la délinquance, France*

## De quoi s'agit-il ?

Le rappel à l'ordre permet au maire, ou à un adjoint, de convoquer en mairie l'auteur de faits
susceptibles de porter atteinte au bon ordre, à la sûreté, à la sécurité ou à la salubrité publiques :
tapage, petites dégradations, absentéisme scolaire, incivilités répétées. L'entretien est verbal ; un
mineur est convoqué avec ses parents.

## Base légale

Introduit par la loi du 5 mars 2007 relative à la prévention de la délinquance (article L. 132-7 du
code de la sécurité intérieure aujourd'hui).

## Qui le pratique ?

De nombreuses communes, grandes et petites, en ont fait un outil courant ; d'autres ne l'utilisent
jamais. Beaucoup ont signé avec le procureur de la République un protocole qui fixe les cas où le
maire peut l'employer et ceux qui relèvent de la justice.

## Points d'attention

- le rappel à l'ordre n'est pas une sanction et ne laisse pas de trace au casier ;
- il suppose que les faits ne fassent pas déjà l'objet d'une plainte ;
- il fonctionne mieux lorsqu'il est suivi d'une orientation (médiation, aide éducative).
""")
    truth(rel, title="Le rappel à l'ordre par le maire", kind="fact_sheet", country="FR",
          themes=["local_governance", "youth", "public_spaces"],
          notes="Fact sheet without a kind key about a tool used by many communes: city null; the 2007 "
                "law is the legal basis, not the start of a practice, so start_year null.")


# --------------------------------------------------------------------------- Spanish


def spanish() -> None:
    rel = "sheets/es/sendero-seguro-cdmx.yaml"
    write_yaml(rel, {
        "nombre": "Sendero Seguro «Camina libre, camina segura»",
        "tipo": "práctica",
        "ciudad": "Ciudad de México",
        "pais": "México",
        "inicio": 2019,
        "responsable": "Gobierno de la Ciudad de México",
        "descripcion": "Recuperación de recorridos peatonales que usan sobre todo mujeres y niñas para ir "
                       "al transporte, la escuela o el trabajo: alumbrado nuevo, poda, banquetas "
                       "arregladas, murales, cámaras conectadas al centro de mando C5 y botones de "
                       "auxilio en los postes.",
        "socios": ["C5 (Centro de Comando, Control, Cómputo, Comunicaciones y Contacto Ciudadano)",
                   "alcaldías", "Secretaría de las Mujeres"],
        "temas": ["violencia contra las mujeres", "espacio público", "alumbrado"],
        "evaluacion": {
            "estado": "pendiente",
            "indicadores_a_recoger": ["denuncias de acoso en los tramos intervenidos",
                                      "percepción de seguridad de las usuarias",
                                      "tiempo de respuesta a los botones de auxilio"],
        },
    })
    truth(rel, title="Sendero Seguro «Camina libre, camina segura»", country="MX",
          city="Ciudad de México", city_aliases=["Mexico City"], start_year=2019,
          **ev("none", "none"), themes=["gender_violence", "public_spaces", "urban_design", "technology"],
          partners=["C5 (Centro de Comando, Control, Cómputo, Comunicaciones y Contacto Ciudadano)",
                    "alcaldías", "Secretaría de las Mujeres"],
          notes="The evaluation block is 'pendiente' and only lists indicators to collect: no "
                "evaluation yet, none. Indicator names (denuncias, percepción) are not results.")

    rel = "sheets/es/cuadrantes-policia-colombia.docx"
    write_docx(rel, [
        ("h", 0, "Plan Nacional de Vigilancia Comunitaria por Cuadrantes (PNVCC)"),
        ("p", "Colombia · Policía · Ficha de práctica"),
        ("b", "¿Qué es?"),
        ("p", "Lanzado por la Policía Nacional de Colombia en febrero de 2010, el plan divide las "
              "ciudades en cuadrantes pequeños. Cada cuadrante tiene asignadas patrullas fijas en los "
              "tres turnos, que deben permanecer al menos dos años, conocer a los vecinos y responder "
              "por los delitos de su zona."),
        ("b", "¿Dónde?"),
        ("p", "Empezó en las ocho policías metropolitanas (Bogotá, Medellín, Cali, Barranquilla, "
              "Cartagena, Cúcuta, Bucaramanga y Pereira) y se extendió después a otras ciudades."),
        ("b", "¿Con qué resultados?"),
        ("p", "La Fundación Ideas para la Paz y economistas de la Universidad de los Andes estudiaron su "
              "efecto aprovechando que las ciudades entraron en el plan por fases: un diseño escalonado "
              "(stepped-wedge) en el que el orden de entrada se fijó según la preparación de cada "
              "policía metropolitana, no al azar. Comparando las ciudades que ya tenían cuadrantes con "
              "las que aún no, encontraron menos homicidios y hurtos tras la entrada en el plan."),
        ("b", "Socios"),
        ("table", [["Actor", "Papel"],
                   ["Policía Nacional de Colombia", "diseño y ejecución"],
                   ["alcaldías", "frentes de seguridad y financiación local de equipos"],
                   ["Fundación Ideas para la Paz", "evaluación"]]),
    ])
    truth(rel, title="Plan Nacional de Vigilancia Comunitaria por Cuadrantes (PNVCC)", country="CO",
          start_year=2010, **ev("scientific", "quasi_experimental"), themes=["policing"],
          partners=["alcaldías"],
          notes="National plan (the eight cities are a list): city null. A phased stepped-wedge whose "
                "order was 'no al azar' compares treated and not-yet-treated cities: quasi-experimental, "
                "not experimental.")

    rel = "sheets/es/sala-baluard-barcelona.md"
    write_text(rel, """Banco de Prácticas de Seguridad Urbana  >  Drogas  >  Barcelona

# Sala Baluard: consumo supervisado en Ciutat Vella

Publicado el 12/09/2023 · Lectura: 4 min

La sala Baluard, junto a las Drassanes, es uno de los espacios de consumo supervisado de la red de
atención a las drogodependencias de Barcelona. Abrió en 2004, cuando el consumo de heroína en la calle
y las jeringuillas abandonadas en el Raval eran una queja constante de los vecinos.

## Qué ofrece

Una sala de consumo higiénico vigilada por personal sanitario, intercambio de jeringuillas, duchas y
comida, atención a sobredosis y derivación a tratamiento. Un equipo sale a recoger jeringuillas en las
calles cercanas.

## Quién la gestiona

La gestiona la Associació Benestar i Desenvolupament (ABD) por encargo de la Agència de Salut Pública de
Barcelona, que la financia. El coste de funcionamiento ronda los 1,2 millones de euros al año.

## Lo que se ha estudiado

Un trabajo de fin de máster de la Universitat de Barcelona entrevistó a vecinos, comerciantes y usuarios
sobre la convivencia en torno a la sala: los vecinos describen menos consumo a la vista que antes, pero
se quejan de las colas a la entrada.

Etiquetas: drogas, reducción de daños, espacio público, Raval
""")
    truth(rel, title="Sala Baluard: consumo supervisado en Ciutat Vella", country="ES", city="Barcelona",
          start_year=2004, **budget(1_200_000, "EUR"), **ev("external", "descriptive"),
          themes=["drugs", "public_spaces"],
          partners=["Associació Benestar i Desenvolupament (ABD)", "Agència de Salut Pública de Barcelona"],
          funding="Agència de Salut Pública de Barcelona",
          notes="A master's thesis by a university student who is not on the team, based on interviews "
                "(views, no measured outcome): external, descriptive. Budget is a yearly running cost.")

    rel = "sheets/es/nueva-oportunidad-rosario.json"
    write_json(rel, {
        "ficha": {
            "titulo": "Nueva Oportunidad",
            "ambito": "Provincia de Santa Fe (Argentina)",
            "año_inicio": 2013,
            "promotor": "Gobierno de la Provincia de Santa Fe",
        },
        "texto": [
            "El programa nació en 2013 en los barrios del oeste y del sur de Rosario, donde la violencia "
            "entre bandas de jóvenes había disparado los homicidios, y luego se extendió a Santa Fe "
            "capital y a otras localidades de la provincia.",
            "Jóvenes de 16 a 30 años que no estudian ni trabajan reciben una beca mensual por asistir a "
            "talleres de oficios (panadería, herrería, serigrafía, música) coordinados por "
            "organizaciones sociales y parroquias del barrio, con un tutor que los acompaña.",
            "Según los talleristas, el programa parece haber ayudado a que algunos chicos se alejen de "
            "las esquinas; muchos vecinos cuentan lo mismo.",
        ],
        "socios": ["organizaciones sociales", "parroquias", "municipios"],
        "seguimiento": "No se han recogido datos sobre trayectorias ni sobre delitos de los "
                       "participantes; no existe evaluación.",
        "temas": ["juventud", "violencia", "empleo"],
    })
    truth(rel, title="Nueva Oportunidad", country="AR", start_year=2013, **ev("none", "none"),
          themes=["youth", "reintegration", "organised_crime"],
          partners=["organizaciones sociales", "parroquias", "municipios"],
          funding="Gobierno de la Provincia de Santa Fe",
          notes="Provincial programme: Rosario appears only in prose as where it began, city null. "
                "Hedged claims ('parece haber ayudado', neighbours' stories) are not an evaluation and a "
                "separate field says no data and no evaluation: none.")

    rel = "sheets/es/plan-cuadrante-carabineros.yaml"
    write_yaml(rel, {
        "titulo": "Plan Cuadrante de Seguridad Preventiva",
        "pais": "Chile",
        "institucion": "Carabineros de Chile",
        "inicio": "1998 (plan piloto en comunas de Santiago)",
        "descripcion": "Cada comuna se divide en cuadrantes con un número de carabineros y vehículos "
                       "calculado según la población, los delitos y la superficie. Cada cuadrante tiene un "
                       "teléfono móvil propio al que los vecinos llaman directamente, y un oficial que "
                       "se reúne con juntas de vecinos.",
        "extension": "de la Región Metropolitana al resto del país durante la década de 2000",
        "socios": ["municipalidades", "juntas de vecinos"],
        "evaluacion": "La Dirección de Presupuestos del Ministerio de Hacienda, que financia el plan, lo "
                      "evaluó dentro de su programa de evaluación de programas gubernamentales: revisó "
                      "el diseño, la dotación de los cuadrantes y la gestión, y pidió mejorar los "
                      "indicadores de desempeño.",
        "temas": ["policía", "prevención"],
    }, header="# Ficha de práctica - exportación del Banco de Prácticas (formato YAML)\n")
    truth(rel, title="Plan Cuadrante de Seguridad Preventiva", country="CL", start_year=1998,
          **ev("external", "descriptive"), themes=["policing"],
          partners=["municipalidades", "juntas de vecinos"],
          notes="The funder's budget office (not the Carabineros) reviewed design and management, no "
                "outcome: external, descriptive. The sheet calls the 1998 pilot the start; national "
                "scope, city null.")

    rel = "sheets/es/fs-caminos-escolares.xlsx"
    write_xlsx(rel, [
        ("Ficha", [
            ["Campo", "Valor"],
            ["Título", "Caminos escolares seguros"],
            ["Tipo de ficha", "ficha temática"],
            ["País", "España"],
            ["Qué son", "Itinerarios entre casa y colegio señalizados y pacificados para que niñas y "
                        "niños vayan a pie solos o en grupo, con comercios adheridos que ofrecen ayuda."],
            ["Elementos habituales", "pasos de peatones elevados, reducción de velocidad, señalización, "
                                     "'comercios amigos', grupos de caminantes acompañados por familias"],
            ["Quién participa", "ayuntamientos, policía local, AMPA, centros educativos, comercio"],
            ["Ejemplos", "Pontevedra, Barcelona, Madrid, San Sebastián, Getafe y muchos municipios pequeños"],
            ["A tener en cuenta", "funcionan cuando la policía local vigila los cruces en las primeras "
                                  "semanas y las familias se implican"],
            ["Temas", "escuela, espacio público, movilidad, infancia"],
        ]),
    ])
    truth(rel, title="Caminos escolares seguros", kind="fact_sheet", country="ES",
          themes=["schools", "public_spaces", "urban_design", "youth"],
          notes="Field/value worksheet of a thematic sheet: the cities are examples, so city null; no "
                "start year and nothing on evaluation.")


# --------------------------------------------------------------------------- Italian


def italian() -> None:
    rel = "sheets/it/bagni-pubblici-via-aglie-torino.md"
    write_text(rel, """---
titolo: "Bagni Pubblici di via Agliè – Casa del quartiere"
tipo: pratica
quartiere: Barriera di Milano
comune: Torino
avvio: 2005
gestione: "cooperative Liberitutti, Ecosol ed Educamondo (Consorzio Kairos)"
temi: [coesione sociale, migrazioni, spazio pubblico]
---

# Bagni Pubblici di via Agliè

Nel cuore di **Barriera di Milano**, quartiere operaio nel nord di Torino, i bagni municipali di via
Agliè, aperti nel 1956 per le case di ringhiera senza servizi, erano stati chiusi all'inizio degli anni
Novanta. Con l'arrivo di molte famiglie straniere e il sovraffollamento degli alloggi, su richiesta della
Circoscrizione 6 il Comune li ha riaperti nel 2005, affidandoli a cooperative sociali.

## Cosa si fa

- il servizio docce, a prezzo simbolico;
- uno sportello che aiuta a cercare lavoro e a compilare pratiche;
- una sartoria sociale, un bistrot e mostre d'arte nel vecchio piano docce;
- corsi di italiano, feste di strada e laboratori con le scuole del quartiere.

Dal 2008 i Bagni sono anche un centro culturale e fanno parte della rete delle Case del quartiere di
Torino. Una ventina di volontari e più di quindici associazioni animano le attività.

## Partner

Circoscrizione 6; Consorzio Kairos; associazioni, commercianti e scuole di Barriera di Milano.
""")
    truth(rel, title="Bagni Pubblici di via Agliè – Casa del quartiere", country="IT", city="Torino",
          city_aliases=["Turin"], start_year=2005, **ev(None, None),
          themes=["migration", "public_spaces", "local_governance"],
          partners=["Circoscrizione 6", "Consorzio Kairos", "cooperative Liberitutti, Ecosol ed Educamondo",
                    "associazioni, commercianti e scuole di Barriera di Milano"],
          notes="Barriera di Milano is a Turin neighbourhood named after Milan: city Torino. Start is "
                "the 2005 reopening (1956 is the original baths, 2008 the cultural centre). Nothing on "
                "evaluation: null.")

    rel = "sheets/it/punti-luce.yaml"
    write_yaml(rel, {
        "titolo": "Punti Luce",
        "promotore": "Save the Children Italia",
        "ambito": "nazionale (quartieri svantaggiati di diverse città)",
        "anno_avvio": 2014,
        "descrizione": "Spazi ad alta densità educativa aperti nei quartieri più poveri: sostegno allo "
                       "studio, laboratori di musica, teatro e sport, biblioteche, consulenza alle "
                       "famiglie e doti educative per i ragazzi dai 6 ai 17 anni.",
        "partner": ["associazioni locali", "scuole", "servizi sociali dei comuni"],
        "monitoraggio": "Ogni anno gli operatori somministrano un questionario ai ragazzi e ai genitori "
                        "che frequentano i Punti Luce (gradimento delle attività, ore di presenza, "
                        "rapporto con gli educatori); i risultati sono raccolti nel rapporto annuale "
                        "del programma.",
        "temi": ["povertà educativa", "giovani", "scuola"],
    })
    truth(rel, title="Punti Luce", country="IT", start_year=2014, **ev("internal", "descriptive"),
          themes=["youth", "schools"],
          partners=["associazioni locali", "scuole", "servizi sociali dei comuni"],
          notes="National NGO programme across cities: city null. A satisfaction survey run by the "
                "programme's own staff: internal, descriptive.")

    rel = "sheets/it/decreto-caivano.pdf"
    write_pdf(rel, "Schede di pratica · Sicurezza urbana e minori", "Rete Città Sicure · via dei Mille 4, Bari", [
        [("t", "Il «decreto Caivano» (d.l. 123/2023)"),
         ("h", "Di che cosa si tratta"),
         ("p", "Dopo le violenze subite da due bambine nel Parco Verde di Caivano, in provincia di "
               "Napoli, il governo ha approvato il 7 settembre 2023 un decreto-legge, convertito in "
               "legge a novembre, che unisce misure nazionali sulla criminalità minorile e un piano "
               "straordinario per il territorio di Caivano."),
         ("h", "Le misure nazionali"),
         ("p", "Ammonimento del questore esteso ai minori dai 12 anni, DASPO urbano anche per i "
               "minorenni, pene più severe per lo spaccio di lieve entità, sanzioni ai genitori per "
               "l'evasione dell'obbligo scolastico, limiti di accesso dei minori ai contenuti "
               "pornografici online."),
         ("h", "Il piano per Caivano"),
         ("p", "Un commissario straordinario coordina la bonifica e la riapertura del centro sportivo, "
               "la ristrutturazione delle scuole e degli alloggi popolari e un presidio stabile delle "
               "forze dell'ordine. Per il piano sono stati stanziati 30 milioni di euro."),
         ("p", "L'Autorità garante per l'infanzia e l'adolescenza e molte associazioni hanno espresso "
               "forti perplessità sull'impostazione repressiva delle norme sui minori.")],
        [("h", "Soggetti coinvolti"),
         ("p", "Commissario straordinario; Ministero dell'Interno; Ministero dell'Istruzione e del "
               "Merito; Comune di Caivano; Regione Campania."),
         ("h", "Valutazione"),
         ("p", "Non prevista dal decreto; nessun dato sugli effetti delle misure è disponibile al "
               "momento della redazione di questa scheda."),
         ("h", "Temi"),
         ("p", "Minori, criminalità organizzata, scuola, rigenerazione urbana.")],
    ])
    truth(rel, title="Il «decreto Caivano» (d.l. 123/2023)", country="IT", start_year=2023,
          **budget(30_000_000, "EUR"), **ev("none", "none"),
          themes=["youth", "organised_crime", "schools", "urban_design"],
          partners=["Commissario straordinario", "Ministero dell'Interno",
                    "Ministero dell'Istruzione e del Merito", "Comune di Caivano", "Regione Campania"],
          notes="A national decree named after a town, with national rules plus a local plan: city "
                "null. The children's ombudsman's misgivings are critics' views, not an evaluation; "
                "page 2 says none is foreseen: none.")

    rel = "sheets/it/lifeskills-training-lombardia.xlsx"
    header = ["Titolo", "Regione", "Anno di avvio", "Destinatari", "Attuazione", "Partner", "Finanziamento",
              "Valutazione", "Temi"]
    row = ["LifeSkills Training Lombardia", "Lombardia", 2011, "studenti delle scuole secondarie di primo grado",
           "tre anni di unità in classe condotte dagli insegnanti formati, sul modello statunitense di "
           "Gilbert Botvin",
           "ATS (ex ASL); Ufficio Scolastico Regionale; scuole aderenti", "Regione Lombardia",
           "Studio con scuole abbinate: gli studenti delle scuole che adottano il programma sono stati "
           "confrontati con quelli di scuole simili per territorio e composizione che non lo adottano; "
           "nel gruppo LST meno ragazzi hanno iniziato a fumare e a ubriacarsi.",
           "prevenzione delle dipendenze; scuola; giovani"]
    write_xlsx(rel, [("Pratiche", [header, row])])
    truth(rel, title="LifeSkills Training Lombardia", country="IT", start_year=2011,
          **ev("scientific", "quasi_experimental"), themes=["schools", "drugs", "youth"],
          partners=["ATS (ex ASL)", "Ufficio Scolastico Regionale", "scuole aderenti"],
          funding="Regione Lombardia",
          notes="One row with a header row; the evaluation is a spreadsheet cell. Matched schools "
                "('scuole abbinate', 'scuole simili') without random assignment: quasi-experimental. "
                "Regional, city null.")

    rel = "sheets/it/oltre-la-strada-emilia-romagna.txt"
    write_text(rel, """OLTRE LA STRADA
Progetto regionale contro la tratta e lo sfruttamento — Emilia-Romagna

----------------------------------------------------------------
Avvio ............ 1996
Titolare ......... Regione Emilia-Romagna
Attuatori ........ Comuni capofila e associazioni del privato sociale
Risorse .......... € 800.000 l'anno (fondi regionali e statali)
----------------------------------------------------------------

Il progetto offre a donne, uomini e minori vittime di tratta, sfruttamento sessuale o lavorativo un
percorso di uscita: unità di strada che contattano le persone che si prostituiscono, accoglienza in
case protette, assistenza legale per il permesso di soggiorno per protezione sociale, corsi di lingua e
inserimento lavorativo.

Partner: Comuni di Bologna, Modena, Parma, Rimini e altri capoluoghi; associazioni e cooperative
sociali; Questure; Numero Verde nazionale antitratta.

Dati del progetto: la Regione raccoglie ogni anno dagli enti attuatori il numero di persone contattate
in strada, accolte e avviate al lavoro, e lo pubblica nel proprio rapporto annuale sul progetto.

Temi: tratta, vittime, prostituzione, immigrazione.
""")
    truth(rel, title="Oltre la strada", country="IT", start_year=1996, **budget(800_000, "EUR"),
          **ev("internal", "descriptive"), themes=["trafficking", "victims", "migration"],
          partners=["Comuni di Bologna, Modena, Parma, Rimini e altri capoluoghi",
                    "associazioni e cooperative sociali", "Questure", "Numero Verde nazionale antitratta"],
          funding="Regione Emilia-Romagna",
          notes="Regional project (the cities are implementing partners): city null. The promoter "
                "collects and publishes yearly counts of people reached: internal, descriptive.")

    rel = "sheets/it/fs-assistenti-civici.html"
    write_text(rel, """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Gli assistenti civici volontari – Schede tematiche</title></head>
<body>
<div class="banner-cookie">Questo sito usa cookie tecnici e, previo consenso, cookie analitici. <a href="#">OK</a></div>
<nav>Home › Schede tematiche › Spazio pubblico</nav>
<h1>Gli assistenti civici volontari</h1>
<p>Scheda tematica · aggiornata a marzo 2024</p>
<h2>Che cosa sono</h2>
<p>Cittadini volontari, spesso pensionati, che i comuni formano e impiegano per presidiare parchi,
uscite delle scuole, fermate e mercati: danno informazioni, segnalano guasti e situazioni di degrado alla
polizia locale, aiutano nelle manifestazioni. Non hanno poteri di polizia e non intervengono nei
conflitti.</p>
<h2>Dove</h2>
<p>Molte regioni li hanno previsti con proprie leggi sulla sicurezza integrata (in Emilia-Romagna la
legge regionale n. 24 del 2003); esperienze si trovano a Bologna, Modena, Parma, Verona, Torino e in
numerosi comuni minori.</p>
<h2>Come si organizza</h2>
<ul><li>convenzione tra comune e associazione di volontariato;</li>
<li>corso di formazione con la polizia locale;</li>
<li>pettorina o tesserino riconoscibile e assicurazione a carico del comune.</li></ul>
<h2>Rischi</h2>
<p>Confusione con le "ronde"; scarsa continuità se il gruppo di volontari invecchia senza ricambio.</p>
<footer>Osservatorio Sicurezza Partecipata · Piazza Grande 1, Modena</footer>
</body></html>""")
    truth(rel, title="Gli assistenti civici volontari", kind="fact_sheet", country="IT",
          themes=["public_spaces", "local_governance", "seniors"],
          notes="Thematic sheet over many cities: city null; 2003 is a regional law, not a start. "
                "Nothing on evaluation.")


# --------------------------------------------------------------------------- German


def german() -> None:
    rel = "sheets/de/balu-und-du.pdf"
    write_pdf(rel, "Praxisdatenbank Prävention · Steckbrief 2024-117", "Praxisdatenbank Prävention · Hannover", [
        [("t", "Balu und Du – Mentoring für Grundschulkinder"),
         ("p", "Träger: Balu und Du e.V.   ·   Reichweite: bundesweit   ·   Beginn: 2002"),
         ("h", "Worum es geht"),
         ("p", "Junge Erwachsene, meist Studierende (die „Balus“), begleiten ein Jahr lang ehrenamtlich "
               "ein Grundschulkind (den „Mogli“), das wenig Förderung erfährt. Sie treffen sich einmal "
               "pro Woche für einige Stunden: Zoo, Kochen, Fahrradfahren, Bibliothek. Die Balus werden "
               "von Koordinatorinnen vor Ort begleitet und führen ein Online-Tagebuch."),
         ("h", "Entstehung"),
         ("p", "Das Programm wurde an den Hochschulen in Osnabrück und Köln entwickelt und vermittelt "
               "seit 2002 Gespanne; heute gibt es Standorte in vielen Städten. Die Kosten liegen bei "
               "rund 1.000 Euro pro Gespann und Jahr."),
         ("h", "Partner"),
         ("p", "Hochschulen und Schulen an den Standorten; Stiftungen als Förderer.")],
        [("h", "Wirkung"),
         ("p", "Forscherinnen und Forscher der Universität Bonn und des briq-Instituts haben das "
               "Programm ab 2011 in Bonn und Köln über mehrere Jahre untersucht.¹ Aus Familien, die "
               "Interesse hatten, wurde per Los bestimmt, welche Kinder einen Balu bekamen; die übrigen "
               "blieben auf der Warteliste und bildeten die Kontrollgruppe. Die Kinder mit Mentor zeigten "
               "danach deutlich mehr prosoziales Verhalten und wechselten häufiger auf das Gymnasium."),
         ("p", "¹ Kosse, Deckers, Pinger, Schildberg-Hörisch, Falk: The Formation of Prosociality, "
               "Journal of Political Economy, 2020.")],
    ])
    truth(rel, title="Balu und Du – Mentoring für Grundschulkinder", country="DE", start_year=2002,
          **ev("scientific", "experimental"), themes=["youth", "schools"],
          partners=["Hochschulen", "Schulen", "Stiftungen"],
          notes="The design is on page 2 with a footnote: assignment 'per Los', waiting list as control "
                "group: experimental. 1.000 Euro per Gespann is a unit cost, not a budget. Nationwide, "
                "city null.")

    rel = "sheets/de/schule-ohne-rassismus.json"
    write_json(rel, {
        "Titel": "Schule ohne Rassismus – Schule mit Courage",
        "Art": "Praxis",
        "Land": "Deutschland",
        "Beginn": "1995 in Deutschland",
        "Herkunft": "Die Idee stammt aus Belgien, wo Schülerinnen und Schüler 1988 das Projekt "
                    "„School zonder Racisme“ starteten.",
        "Beschreibung": "Eine Schule erhält den Titel, wenn mindestens 70 Prozent aller, die dort lernen "
                        "und arbeiten, sich mit ihrer Unterschrift verpflichten, gegen jede Form von "
                        "Diskriminierung aktiv zu werden, und wenn eine Patin oder ein Pate gefunden ist. "
                        "Die Schülerinnen und Schüler organisieren dann selbst Projekttage und Aktionen.",
        "Träger": "Aktion Courage e.V. (Bundeskoordination in Berlin)",
        "Partner": ["Landeskoordinationen", "Schulen", "Patinnen und Paten"],
        "Umfang": "über 4.000 Schulen tragen den Titel",
        "Evaluation": "—",
        "Themen": ["Rassismus", "Diskriminierung", "Schule", "Zivilcourage"],
    })
    truth(rel, title="Schule ohne Rassismus – Schule mit Courage", country="DE", start_year=1995,
          **ev("none", "none"), themes=["discrimination", "schools", "radicalisation"],
          partners=["Landeskoordinationen", "Schulen", "Patinnen und Paten"],
          notes="An evaluation field holding only a dash: the sheet states there is none to report, "
                "so none. 1988 is the Belgian origin, 1995 the German start; 4.000 schools is size, "
                "not a result. Berlin is the coordination's seat.")

    rel = "sheets/de/sicherheitspartnerschaft-freiburg.docx"
    write_docx(rel, [
        ("h", 0, "Sicherheitspartnerschaft Freiburg"),
        ("p", "Stadt Freiburg im Breisgau · Land Baden-Württemberg · seit 2017"),
        ("b", "Ausgangslage"),
        ("p", "Nach mehreren Gewalttaten und einer wachsenden Zahl von Straftaten in der Innenstadt "
              "schlossen das Land Baden-Württemberg und die Stadt Freiburg im Dezember 2017 eine "
              "Sicherheitspartnerschaft."),
        ("b", "Maßnahmen"),
        ("p", "Mehr Polizeistreifen in der Innenstadt und in den Nachtstunden, ein neu aufgebauter "
              "Kommunaler Vollzugsdienst der Stadt, bessere Beleuchtung an Brennpunkten, eine "
              "Polizeiverordnung gegen Alkoholkonsum an bestimmten Plätzen und Präventionsangebote "
              "im Nachtleben."),
        ("b", "Kosten"),
        ("p", "Die Stadt trägt für den Vollzugsdienst rund €1,2 Mio. pro Jahr."),
        ("b", "Partner"),
        ("table", [["Partner", "Beitrag"],
                   ["Ministerium für Inneres, Digitalisierung und Kommunen", "zusätzliche Polizeikräfte"],
                   ["Polizeipräsidium Freiburg", "Streifen, Lagebild"],
                   ["Stadt Freiburg (Amt für öffentliche Ordnung)", "Kommunaler Vollzugsdienst"]]),
        ("b", "Bilanz"),
        ("p", "Die Analysten des Polizeipräsidiums Freiburg werten die Lage in der Innenstadt jedes Jahr "
              "für die Partnerschaft aus. Nach ihrer Auswertung ging die Straßenkriminalität in der "
              "Innenstadt in den ersten beiden Jahren deutlich zurück; Stadt und Land verlängerten die "
              "Partnerschaft daraufhin."),
    ])
    truth(rel, title="Sicherheitspartnerschaft Freiburg", country="DE", city="Freiburg im Breisgau",
          city_aliases=["Freiburg"], start_year=2017, **budget(1_200_000, "EUR"),
          **ev("internal", "outcome"), themes=["policing", "public_spaces", "nightlife"],
          partners=["Ministerium für Inneres, Digitalisierung und Kommunen", "Polizeipräsidium Freiburg",
                    "Stadt Freiburg (Amt für öffentliche Ordnung)"],
          notes="The police analysts belong to a partner of the practice, so their analysis is the "
                "team's own: internal, and a reported fall in street crime makes it outcome. Budget is "
                "a yearly city cost. Bold paragraphs serve as headings.")

    rel = "sheets/de/alkoholverbot-praterstern-wien.xlsx"
    write_xlsx(rel, [
        ("Steckbrief", [
            ["Feld", "Wert"],
            ["Titel", "Alkoholverbot am Praterstern"],
            ["Stadt", "Wien"],
            ["Land", "Österreich"],
            ["Beginn", "27. April 2018"],
            ["Rechtsgrundlage", "Verordnung des Magistrats nach dem Wiener Landes-Sicherheitsgesetz"],
            ["Beschreibung", "Auf dem Bahnhofsvorplatz Praterstern und in seiner Umgebung ist der Konsum "
                             "alkoholischer Getränke verboten; Verstöße werden mit Geldstrafe geahndet. "
                             "Gleichzeitig wurden Sozialarbeit und Suchthilfe vor Ort verstärkt."],
            ["Partner", "Landespolizeidirektion Wien; Sucht- und Drogenkoordination Wien; ÖBB"],
            ["Evaluation", "Nicht nur eine interne Bilanz der Polizei, die im Jahr vor und im Jahr nach "
                           "dem Verbot weniger Anzeigen am Platz zählte, liegt vor: Auch die "
                           "Volksanwaltschaft hat das Verbot geprüft und sich mit der Verdrängung der "
                           "Trinkerszene in benachbarte Parks befasst."],
            ["Themen", "öffentlicher Raum; Alkohol; Polizei"],
        ]),
    ])
    truth(rel, title="Alkoholverbot am Praterstern", country="AT", city="Wien", city_aliases=["Vienna"],
          start_year=2018, **ev("external", "outcome"), themes=["public_spaces", "policing", "drugs"],
          partners=["Landespolizeidirektion Wien", "Sucht- und Drogenkoordination Wien", "ÖBB"],
          notes="'Nicht nur ... sondern auch': besides the police's own count (year before / year after, "
                "an outcome) the ombudsman office reviewed the ban: an independent body, so external; "
                "evidence outcome from the counted offences, no comparison.")

    rel = "sheets/de/strichplatz-zuerich-altstetten.txt"
    write_text(rel, """Praxisdatenbank Sichere Städte Schweiz
Steckbrief Nr. 88

STRICHPLATZ DEPOTWEG IN ZÜRICH-ALTSTETTEN

Ort:       Zürich, Kreis 9 (Altstetten)
Eröffnet:  26. August 2013
Budget:    CHF 2.4 Mio. (Objektkredit, inkl. Altlastensanierung)

Die Strassenprostitution am Sihlquai belastete die Anwohnerinnen und Anwohner im Kreis 5 über Jahre,
und die Frauen arbeiteten dort unter gefährlichen Bedingungen. Die Stimmberechtigten der Stadt
bewilligten im März 2012 einen Kredit für einen geschützten Strichplatz auf einem städtischen Areal an
der Aargauerstrasse. Mit der Eröffnung wurde der Strich am Sihlquai geschlossen.

Auf dem Platz stehen neun Boxen, in die Freier mit dem Auto einfahren, und zwei Stehboxen; Alarmknöpfe
in jeder Box, Beleuchtung, Toiletten und ein Pavillon der Frauenberatung gehören dazu. Der Platz ist
jede Nacht von 19 bis 5 Uhr geöffnet; der Zugang ist nur mit dem Auto erlaubt.

Beteiligte: Sozialdepartement der Stadt Zürich; Frauenberatung Flora Dora; SIP (Sicherheit
Intervention Prävention); Stadtpolizei Zürich.

Finanzierung: Stadt Zürich.
""")
    truth(rel, title="Strichplatz Depotweg in Zürich-Altstetten", country="CH", city="Zürich",
          city_aliases=["Zurich"], start_year=2013, **budget(2_400_000, "CHF", CHF), **ev(None, None),
          themes=["public_spaces", "victims", "gender_violence"],
          partners=["Sozialdepartement der Stadt Zürich", "Frauenberatung Flora Dora",
                    "SIP (Sicherheit Intervention Prävention)", "Stadtpolizei Zürich"],
          funding="Stadt Zürich",
          notes="Altstetten and Kreis 5 are districts of Zürich. Start 2013 (opening), not the 2012 vote. "
                "Budget is the one-off credit in CHF. Nothing on evaluation: null.")

    rel = "sheets/de/fs-frauenparkplaetze.html"
    write_text(rel, """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Themenblatt Frauenparkplätze</title></head>
<body>
<div class="cookie-hinweis">Diese Website verwendet Cookies. <button>Alle akzeptieren</button> <button>Nur notwendige</button></div>
<nav>Start / Themenblätter / Städtebauliche Prävention</nav>
<main>
<h1>Frauenparkplätze in Parkhäusern und Tiefgaragen</h1>
<p><em>Themenblatt – Deutschland</em></p>
<h2>Was ist gemeint?</h2>
<p>Besonders gekennzeichnete Stellplätze für Frauen in der Nähe von Ein- und Ausgängen, Kassen oder
Aufsichtsräumen, gut beleuchtet und von Kameras oder Personal einsehbar. Sie sollen Angsträume in
Parkhäusern entschärfen.</p>
<h2>Rechtlicher Rahmen</h2>
<p>Mehrere Länder schreiben sie in ihren Garagenverordnungen für größere öffentliche Garagen vor, etwa
Nordrhein-Westfalen und Baden-Württemberg; andernorts richten Betreiber und Städte sie freiwillig ein.</p>
<h2>Gestaltungsgrundsätze</h2>
<ol><li>kurze Wege zu Ausgängen und Aufzügen;</li><li>helle Wände, keine Nischen;</li>
<li>Notrufsäulen und gute Sicht auf die Zufahrt.</li></ol>
<h2>Diskussion</h2>
<p>Kritikerinnen bemängeln, dass die Plätze Angst eher bestätigen als mindern; viele Planerinnen setzen
deshalb auf eine sichere Gestaltung der ganzen Garage.</p>
</main>
<footer>Netzwerk Städtebauliche Kriminalprävention · Am Markt 3, 28195 Bremen · Impressum</footer>
</body></html>""")
    truth(rel, title="Frauenparkplätze in Parkhäusern und Tiefgaragen", kind="fact_sheet", country="DE",
          themes=["gender_violence", "urban_design"],
          notes="Thematic sheet (no kind key in a field, only 'Themenblatt'); critics' views are not an "
                "evaluation; footer address in Bremen is furniture.")


# --------------------------------------------------------------------------- Portuguese


def portuguese() -> None:
    rel = "sheets/pt/juventude-viva.docx"
    write_docx(rel, [
        ("h", 0, "Plano Juventude Viva"),
        ("h", 1, "1. Identificação"),
        ("table", [["Campo", "Informação"],
                   ["País", "Brasil"],
                   ["Âmbito", "federal, com adesão de estados e municípios"],
                   ["Lançamento", "setembro de 2012, primeiro em Alagoas"],
                   ["Coordenação", "Secretaria Nacional de Juventude e Secretaria de Políticas de "
                                   "Promoção da Igualdade Racial (SEPPIR)"]]),
        ("h", 1, "2. Problema"),
        ("p", "Os homicídios atingem sobretudo jovens negros de 15 a 29 anos das periferias urbanas. O "
              "plano reúne ações de vários ministérios para reduzir a vulnerabilidade desses jovens à "
              "violência."),
        ("h", 1, "3. Ações"),
        ("p", "Ampliação de equipamentos de cultura, esporte e lazer nos bairros mais afetados; "
              "programas de formação e emprego; enfrentamento do racismo institucional, inclusive nas "
              "polícias; apoio a redes locais de jovens."),
        ("h", 1, "4. Parceiros"),
        ("p", "Ministérios da Justiça, da Educação, da Saúde, da Cultura e do Esporte; governos "
              "estaduais e prefeituras que aderiram; coletivos de juventude."),
    ])
    truth(rel, title="Plano Juventude Viva", country="BR", start_year=2012, **ev(None, None),
          themes=["youth", "discrimination", "sport"],
          partners=["Ministérios da Justiça, da Educação, da Saúde, da Cultura e do Esporte",
                    "governos estaduais e prefeituras", "coletivos de juventude"],
          notes="Federal plan (Alagoas is the first state, no city). Homicide facts describe the "
                "problem; nothing on evaluation: null.")

    rel = "sheets/pt/sos-azulejo.html"
    write_text(rel, """<!DOCTYPE html>
<html lang="pt"><head><meta charset="utf-8"><title>SOS Azulejo | Boas Práticas de Prevenção</title></head>
<body>
<div class="cookies">Utilizamos cookies para melhorar a sua experiência. <a href="#">Aceitar</a></div>
<header>Boas Práticas de Prevenção · Portugal</header>
<p class="migalhas">Início › Práticas › Património › SOS Azulejo</p>
<h1>Projeto SOS Azulejo</h1>
<p class="ficha">País: Portugal · Início: 2007 · Promotor: Museu de Polícia Judiciária</p>
<p>O furto de azulejos de fachadas, igrejas e palácios tornou-se nos anos 2000 um problema sério para o
património português: painéis inteiros desapareciam para serem vendidos em feiras e antiquários, em
Portugal e no estrangeiro.</p>
<h2>O que faz</h2>
<ul><li>base de dados com fotografias de azulejos furtados, consultável por polícias e comerciantes;</li>
<li>sensibilização de proprietários, antiquários e leiloeiras;</li>
<li>apoio às câmaras municipais para proibir a demolição de fachadas azulejadas sem licença;</li>
<li>ações de formação para conservadores e estudantes.</li></ul>
<h2>Parceiros</h2>
<p>PSP, GNR, Direção-Geral do Património Cultural, câmaras municipais, universidades e a Igreja.</p>
<h2>Resultados</h2>
<p>Nos anos seguintes ao arranque, a Polícia Judiciária registou uma redução de cerca de 80% nos
furtos de azulejos participados, face aos anos anteriores ao projeto.</p>
<footer>Boas Práticas de Prevenção · Rua do Ouro 20, Lisboa · Contactos</footer>
</body></html>""")
    truth(rel, title="Projeto SOS Azulejo", country="PT", start_year=2007, **ev("internal", "outcome"),
          themes=["property_crime", "policing"],
          partners=["PSP", "GNR", "Direção-Geral do Património Cultural", "câmaras municipais",
                    "universidades", "Igreja"],
          notes="National project of a police museum (Lisbon only in the footer): city null. The "
                "promoter's own police recorded the fall in thefts: internal, outcome (before/after, no "
                "comparison).")

    rel = "sheets/pt/mediacao-conflitos-minas-gerais.json"
    write_json(rel, {
        "titulo": "Programa Mediação de Conflitos",
        "estado": "Minas Gerais",
        "pais": "Brasil",
        "ano_de_inicio": 2005,
        "responsavel": "Secretaria de Estado de Segurança Pública (política estadual de prevenção)",
        "descricao": "Equipes de psicólogos, advogados e assistentes sociais instaladas nos Centros de "
                     "Prevenção à Criminalidade de bairros com muitos homicídios atendem moradores em "
                     "conflitos de vizinhança, família e dívidas, orientam sobre direitos e apoiam "
                     "projetos comunitários.",
        "parceiros": ["prefeituras", "organizações sociais gestoras", "lideranças comunitárias"],
        "avaliacao": {
            "quem": "Fundação João Pinheiro, órgão oficial de estatística e pesquisa do estado",
            "o_que": "estudo sobre o funcionamento dos núcleos, o perfil dos atendidos e a satisfação "
                     "dos moradores com o atendimento",
        },
        "temas": ["mediação", "prevenção", "violência"],
    })
    truth(rel, title="Programa Mediação de Conflitos", country="BR", start_year=2005,
          **ev("external", "descriptive"), themes=["mediation", "local_governance"],
          partners=["prefeituras", "organizações sociais gestoras", "lideranças comunitárias"],
          notes="State programme, city null. The state's official statistics and research foundation is "
                "a separate body from the programme: external; it studied delivery and satisfaction, "
                "no outcome: descriptive.")

    rel = "sheets/pt/mulheres-da-paz.txt"
    write_text(rel, """Projeto Mulheres da Paz
==========================
Brasil · projeto federal · 2008

Criado em 2008 como uma das ações do PRONASCI (Programa Nacional de Segurança Pública com Cidadania),
o projeto selecionava e formava mulheres líderes de comunidades com altos índices de violência para
identificar jovens em risco e encaminhá-los a programas sociais, e para apoiar mulheres em situação de
violência doméstica.

Cada participante recebia uma bolsa mensal durante a formação, em direitos humanos, mediação de
conflitos e a Lei Maria da Penha. O orçamento federal do primeiro ano foi de R$ 3 milhões.

Parceiros: Ministério da Justiça; secretarias estaduais e municipais; organizações da sociedade civil.

Avaliação: o PRONASCI como um todo foi avaliado por uma fundação de pesquisa contratada pelo
Ministério da Justiça; o Mulheres da Paz em si não teve avaliação própria.
""")
    truth(rel, title="Projeto Mulheres da Paz", country="BR", start_year=2008,
          **budget(3_000_000, "BRL", BRL), **ev("none", "none"),
          themes=["gender_violence", "youth", "mediation"],
          partners=["Ministério da Justiça", "secretarias estaduais e municipais",
                    "organizações da sociedade civil"],
          funding="Ministério da Justiça (PRONASCI)",
          notes="The evaluation named is of the national umbrella programme, and the sheet adds that "
                "this project had none of its own: none. Budget in BRL, first-year federal amount.")

    rel = "sheets/pt/anuario-seguranca-publica.pdf"
    write_pdf(rel, "Recursos · Dados e estatísticas", "Biblioteca de Segurança Urbana · Porto", [
        [("t", "Anuário Brasileiro de Segurança Pública"),
         ("p", "Tipo de recurso: publicação estatística anual   ·   Editor: Fórum Brasileiro de "
               "Segurança Pública   ·   Primeira edição: 2007"),
         ("h", "Conteúdo"),
         ("p", "O Anuário reúne, para cada estado, os registos policiais de homicídios, latrocínios, "
               "roubos, violência contra a mulher e mortes decorrentes de intervenção policial, bem "
               "como dados sobre efetivos, despesas com segurança pública e sistema prisional. Os dados "
               "vêm das secretarias estaduais de segurança, por via da Lei de Acesso à Informação."),
         ("h", "Para que serve"),
         ("p", "É a fonte de referência para comparar estados e anos, e para verificar a qualidade dos "
               "registos: o Anuário classifica os estados pela confiabilidade dos seus dados.")],
        [("h", "Acesso"),
         ("p", "Publicado todos os anos, em formato digital e gratuito, com tabelas descarregáveis."),
         ("h", "Editor"),
         ("p", "O Fórum Brasileiro de Segurança Pública é uma organização não governamental fundada em "
               "2006 por pesquisadores, polícias e gestores, com sede em São Paulo.")],
    ])
    truth(rel, title="Anuário Brasileiro de Segurança Pública", kind="resource", country="BR",
          start_year=2007, themes=["evaluation", "policing"],
          notes="A resource (statistical yearbook): city null although the editor sits in São Paulo; "
                "start is the first edition (2007), not the editor's founding (2006). Not a practice, "
                "no evaluation.")

    rel = "sheets/pt/consumo-vigiado-lisboa.xlsx"
    write_xlsx(rel, [
        ("Ficha", [
            ["Campo", "Descrição"],
            ["Designação", "Programa de Consumo Vigiado Móvel"],
            ["Concelho", "Lisboa"],
            ["País", "Portugal"],
            ["Enquadramento", "A descriminalização do consumo de drogas entrou em vigor em 2001 e o "
                              "Decreto-Lei n.º 183/2001 já previa salas de consumo vigiado; em Lisboa, "
                              "a unidade móvel só começou a circular em 2019, depois de a Câmara Municipal "
                              "ter aprovado o programa. Mais tarde abriu também um espaço fixo."],
            ["Descrição", "Uma carrinha adaptada estaciona, em horários fixos, junto dos locais onde há "
                          "consumo de rua. Lá dentro, pessoas que usam drogas consomem com material "
                          "esterilizado e sob o olhar de técnicos de saúde, que intervêm em caso de "
                          "overdose, fazem rastreios e encaminham para tratamento e apoio social."],
            ["Entidades executoras", "Médicos do Mundo; GAT – Grupo de Ativistas em Tratamentos"],
            ["Acompanhamento técnico", "SICAD – Serviço de Intervenção nos Comportamentos Aditivos e nas "
                                       "Dependências"],
            ["Financiamento", "Câmara Municipal de Lisboa"],
        ]),
        ("Monitorização", [
            ["Indicador", "Quem regista", "Para quem"],
            ["Utentes diferentes atendidos", "equipas do programa", "relatório à Câmara Municipal"],
            ["Consumos supervisionados", "equipas do programa", "relatório à Câmara Municipal"],
            ["Encaminhamentos para tratamento", "equipas do programa", "relatório à Câmara Municipal"],
            ["Nota", "As próprias equipas registam cada atendimento e enviam os totais à Câmara nos "
                     "relatórios periódicos do programa.", ""],
        ]),
    ])
    truth(rel, title="Programa de Consumo Vigiado Móvel", country="PT", city="Lisboa",
          city_aliases=["Lisbon"], start_year=2019, **ev("internal", "descriptive"),
          themes=["drugs", "public_spaces"],
          partners=["Médicos do Mundo", "GAT – Grupo de Ativistas em Tratamentos", "SICAD"],
          funding="Câmara Municipal de Lisboa",
          notes="Two worksheets: a field/value card and a monitoring table. Start is 2019 (the mobile "
                "unit), not 2001 (decriminalisation, decree). The teams' own records of users, "
                "supervised uses and referrals reported to the city: internal, descriptive (counts, no "
                "outcome). SICAD gives technical follow-up, it is not named as an evaluator.")


# --------------------------------------------------------------------------- Dutch


def dutch() -> None:
    rel = "sheets/nl/top600-amsterdam.md"
    write_text(rel, """---
titel: "Top600 – persoonsgerichte aanpak van plegers van high impact crimes"
soort: praktijk
stad: Amsterdam
land: Nederland
regie: gemeente Amsterdam, met politie en Openbaar Ministerie
doelgroep: veelplegers van overvallen, straatroven en woninginbraken
thema's: [veelplegers, politie, zorg, jongeren]
---

# Top600

Na een golf van overvallen en straatroven in 2009 en 2010 besloot burgemeester Eberhard van der Laan
het anders aan te pakken: in 2011 ging de Top600 van start, een lijst van de ongeveer zeshonderd
Amsterdammers die het vaakst voor zulke delicten waren opgepakt. In 2015 kwam daar de Top400 bij, voor
jongeren die op weg zijn naar de Top600.

## Hoe het werkt

Iedereen op de lijst krijgt één regisseur die straf en zorg op elkaar afstemt. Politie en Openbaar
Ministerie zorgen dat nieuwe delicten snel worden bestraft; tegelijk kijken schuldhulp, GGZ,
verslavingszorg, woningcorporaties en leerplicht wat er nodig is om uit de criminaliteit te blijven:
een woning, een opleiding, werk, behandeling. Ook broertjes en zusjes worden in beeld gebracht.

## Wie doen mee

Gemeente Amsterdam, politie, Openbaar Ministerie, reclassering, Raad voor de Kinderbescherming,
jeugdbescherming, GGD en zorginstellingen, woningcorporaties.

## Wat levert het op?

De Top600-organisatie houdt zelf bij hoe het de mensen op de lijst vergaat. Volgens die eigen cijfers
worden zij in de jaren na hun aanmelding minder vaak opnieuw aangehouden dan daarvoor, en het aantal
overvallen in de stad nam in de eerste jaren van de aanpak sterk af. Ieder jaar rapporteert de
gemeente deze cijfers aan de gemeenteraad.
""")
    truth(rel, title="Top600 – persoonsgerichte aanpak van plegers van high impact crimes", country="NL",
          city="Amsterdam", start_year=2011, **ev("internal", "outcome"),
          themes=["reintegration", "policing", "property_crime", "youth"],
          partners=["politie", "Openbaar Ministerie", "reclassering", "Raad voor de Kinderbescherming",
                    "jeugdbescherming", "GGD en zorginstellingen", "woningcorporaties"],
          notes="Front matter in Dutch. Start 2011 in a sentence with 2009, 2010 and 2015 (the Top400). "
                "Under 'Wat levert het op?' the programme's own figures (fewer re-arrests, fewer "
                "robberies), without the word 'evaluatie': internal, outcome (before/after, no "
                "comparison).")

    rel = "sheets/nl/preventief-fouilleren-amsterdam.html"
    write_text(rel, """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Preventief fouilleren in Amsterdam | Praktijkbank Openbare Orde</title></head>
<body>
<div class="cookiemelding">Deze site gebruikt cookies om het gebruik te meten. <button>Akkoord</button> <button>Instellingen</button></div>
<nav><a href="/">Home</a> | <a href="/praktijken">Praktijken</a> | <a href="/themas">Thema's</a> | <a href="/contact">Contact</a></nav>
<p class="kruimelpad">Home › Praktijken › Wapens › Preventief fouilleren in Amsterdam</p>
<main>
<h1>Preventief fouilleren in de veiligheidsrisicogebieden van Amsterdam</h1>
<p class="meta">Gemeente: Amsterdam · Sinds: 2002 · Laatst bijgewerkt: 14 februari 2023 · Rubriek: wapens, politie</p>
<h2>Wat is het?</h2>
<p>Sinds een wetswijziging kan de burgemeester een gebied tijdelijk aanwijzen als veiligheidsrisicogebied.
De officier van justitie kan de politie daar dan opdracht geven om, zonder concrete verdenking, iedereen
te fouilleren en tassen en voertuigen te doorzoeken op wapens. Amsterdam was in 2002 de eerste gemeente
die dat deed, in de binnenstad rond de Wallen en de Zeedijk; later kwamen onder meer delen van Zuidoost
erbij.</p>
<h2>Hoe gaat het in zijn werk?</h2>
<ul><li>de driehoek (burgemeester, politie, Openbaar Ministerie) kiest de gebieden op basis van
geregistreerde wapenincidenten;</li>
<li>de acties worden vooraf niet aangekondigd en duren enkele uren;</li>
<li>in beslag genomen wapens worden geregistreerd en vernietigd.</li></ul>
<h2>Onderzoek</h2>
<p>De gemeente liet de maatregel jaarlijks doorlichten door het COT. Dat bureau bracht voor elk
aangewezen gebied in kaart hoeveel wapenincidenten de politie registreerde voor en na de aanwijzing, en
concludeerde dat hun aantal in de gebieden was gedaald. Critici wijzen erop dat de opbrengst aan wapens
per actie klein is.</p>
<h2>Betrokken partijen</h2>
<p>Burgemeester van Amsterdam, politie Amsterdam-Amstelland, Openbaar Ministerie.</p>
</main>
<footer>Praktijkbank Openbare Orde · Oudegracht 112, 3511 AW Utrecht · Privacy · Toegankelijkheid</footer>
</body></html>""")
    truth(rel, title="Preventief fouilleren in de veiligheidsrisicogebieden van Amsterdam", country="NL",
          city="Amsterdam", start_year=2002, **ev("external", "outcome"),
          themes=["policing", "public_spaces"],
          partners=["politie Amsterdam-Amstelland", "Openbaar Ministerie"],
          notes="Whole page: cookie banner, navigation, breadcrumb, meta line; the Utrecht footer address "
                "is furniture. The evaluator is named only by its initials (COT, a research bureau), "
                "commissioned by the city but not the team: external. It counted weapon incidents "
                "before and after, no comparison area: outcome. Critics' remark is not an evaluation.")

    rel = "sheets/nl/inbraakwerendheid-bouwbesluit.pdf"
    write_pdf(rel, "Kennisbank Wonen & Veiligheid  |  Praktijkblad 27",
              "Kennisbank Wonen & Veiligheid · Lange Voorhout 40, Den Haag", [
        [("t", "Inbraakwerend bouwen als wettelijke eis"),
         ("p", "Land: Nederland   ·   Schaal: landelijk   ·   Thema: woninginbraak, bouwen"),
         ("h", "Aanleiding"),
         ("p", "In de jaren negentig was woninginbraak een van de meest voorkomende delicten. De politie "
               "had met het Politiekeurmerk Veilig Wonen laten zien dat goed hang- en sluitwerk en "
               "stevige kozijnen inbrekers afschrikken. Het kabinet besloot de belangrijkste eisen "
               "daaruit voor alle nieuwe woningen verplicht te stellen."),
         ("h", "De maatregel"),
         ("p", "Sinds 1999 moeten deuren, ramen en kozijnen van nieuwbouwwoningen die voor een inbreker "
               "bereikbaar zijn, volgens het Bouwbesluit een minimale weerstand tegen inbraak bieden: een "
               "inbreker met eenvoudig gereedschap moet er enkele minuten over doen. De eis geldt ook "
               "wanneer deuren en ramen worden vervangen. Gemeenten toetsen het bij de bouwaanvraag.")],
        [("h", "Werkt het?"),
         ("p", "Twee economen van de Universiteit van Tilburg, Ben Vollaard en Jan van Ours, zochten het "
               "uit met gegevens uit slachtofferenquêtes. Zij vergeleken bewoners van woningen die vlak "
               "na de invoering van de eis zijn gebouwd met bewoners van vergelijkbare woningen die vlak "
               "daarvoor zijn opgeleverd. In de nieuwe woningen werd duidelijk minder vaak ingebroken, "
               "en zij vonden geen aanwijzing dat de inbrekers uitweken naar oudere woningen in de buurt."),
         ("h", "Betrokken"),
         ("p", "Rijksoverheid (Bouwbesluit); gemeenten (bouw- en woningtoezicht); politie; "
               "bouwbedrijven en fabrikanten van hang- en sluitwerk."),
         ("p", "Zie ook: Politiekeurmerk Veilig Wonen; inbraakpreventie in bestaande wijken.")],
    ])
    truth(rel, title="Inbraakwerend bouwen als wettelijke eis (Bouwbesluit)", country="NL",
          start_year=1999, **ev("scientific", "quasi_experimental"),
          themes=["property_crime", "urban_design"],
          partners=["gemeenten (bouw- en woningtoezicht)", "politie",
                    "bouwbedrijven en fabrikanten van hang- en sluitwerk"],
          notes="National building-code requirement: city null (Den Haag only in the footer). Start 1999; "
                "the police label is earlier. Two university economists compared residents of homes built "
                "just after with similar homes built just before the rule, in everyday words (no "
                "'controlegroep'), on the PDF's second page: scientific, quasi-experimental. The "
                "researchers are Vollaard and Van Ours (Tilburg), from the writer's memory of the "
                "published study; its effect size is left out.")

    rel = "sheets/nl/deradicalisering-vilvoorde.docx"
    write_docx(rel, [
        ("h", 0, "De Vilvoordse aanpak van radicalisering"),
        ("table", [["Gemeente", "Vilvoorde (Vlaams-Brabant)"],
                   ["Land", "België"],
                   ["Gestart", "2014"],
                   ["Trekker", "stadsbestuur, met een eigen deradicaliseringsambtenaar"]]),
        ("b", "Waarom"),
        ("p", "Tientallen jongeren uit Vilvoorde vertrokken in 2012 en 2013 naar Syrië. Het stadsbestuur "
              "onder burgemeester Hans Bonte koos ervoor het probleem niet alleen aan politie en justitie "
              "over te laten, maar de jongeren en hun families zelf op te zoeken."),
        ("b", "Wat de stad doet"),
        ("p", "Een deradicaliseringsambtenaar en het jeugdwerk volgen jongeren die zich afkeren van "
              "school en samenleving. De stad investeerde in jeugdhuizen, sport en begeleiding naar werk, "
              "overlegt per jongere met scholen, OCMW, politie en moskeeën, en ondersteunt ouders die "
              "zich zorgen maken over een kind."),
        ("b", "Partners"),
        ("p", "Scholen; jeugdwerk; OCMW; lokale politie; moskeeën en verenigingen."),
        ("b", "Is de aanpak doorgelicht?"),
        ("p", "Nee. Niemand heeft ooit gemeten wat deze aanpak heeft opgeleverd; een onderzoek naar de "
              "effecten is er niet gekomen, ook al komen delegaties uit binnen- en buitenland er graag "
              "naar kijken."),
    ])
    truth(rel, title="De Vilvoordse aanpak van radicalisering", country="BE", city="Vilvoorde",
          city_aliases=["Vilvorde"], start_year=2014, **ev("none", "none"),
          themes=["radicalisation", "youth", "local_governance"],
          partners=["Scholen", "jeugdwerk", "OCMW", "lokale politie", "moskeeën en verenigingen"],
          notes="Flanders. Field table without a header row; bold-paragraph headings. The denial is in "
                "the writer's own wording ('Niemand heeft ooit gemeten ...; een onderzoek naar de effecten "
                "is er niet gekomen'), and visiting delegations are being copied, not an evaluation: none. "
                "Start 2014 (the approach), not the departures of 2012-2013.")

    rel = "sheets/nl/buurtbemiddeling-delfshaven.txt"
    write_text(rel, """PRAKTIJKBLAD  -  BUURTBEMIDDELING IN DELFSHAVEN (ROTTERDAM)

Waar:      Rotterdam, gebied Delfshaven (Bospolder-Tussendijken, Oude Westen, Spangen e.o.)
Wat:       vrijwillige bemiddeling bij burenruzies
Budget:    ca. 1,5 ton per jaar, gemeentelijke subsidie

1. DE AANPAK
Geluidsoverlast, een schutting, rommel in het trappenhuis: burenruzies kunnen uit de hand lopen tot
bedreiging en vernieling. Bij buurtbemiddeling gaan twee getrainde vrijwilligers uit de wijk eerst
bij elke partij apart langs en brengen de buren daarna samen aan tafel, zodat zij zelf afspraken
maken. Politie en woningcorporaties melden zaken aan; bewoners kunnen ook zelf bellen.

2. WIE
Een welzijnsorganisatie in opdracht van de gemeente Rotterdam coördineert; de vrijwilligers komen
uit de wijk. Meldende partners: wijkagenten, woningcorporaties, wijkteams.

3. RESULTATEN
De coördinatoren houden van elke zaak bij hoe die is aangemeld, of er een gesprek kwam en hoe
tevreden de buren achteraf waren. Die cijfers staan ieder jaar in het jaarverslag aan de gemeente.
Een onafhankelijke evaluatie van de buurtbemiddeling in Delfshaven is niet gedaan.

4. AANDACHTSPUNTEN
Bemiddeling werkt alleen als beide partijen vrijwillig meedoen; bij geweld of ernstige bedreiging
verwijzen de coördinatoren door naar politie of hulpverlening.
""")
    truth(rel, title="Buurtbemiddeling in Delfshaven (Rotterdam)", country="NL", city="Rotterdam",
          **budget(150_000, "EUR"), **ev("internal", "descriptive"),
          themes=["mediation", "local_governance"],
          partners=["wijkagenten", "woningcorporaties", "wijkteams", "welzijnsorganisatie"],
          funding="gemeente Rotterdam",
          notes="Delfshaven (named after Delft) is a district of Rotterdam: city Rotterdam, not Delft. "
                "Budget in the Dutch 'ton' notation (1,5 ton = 150 000 euro); the amount is illustrative, "
                "not from a source. No start year given. The coordinators' own records in the annual "
                "report, plus 'no independent evaluation': internal, descriptive.")

    rel = "sheets/nl/halt.yaml"
    write_yaml(rel, {
        "naam": "Halt",
        "soort": "praktijk",
        "land": "Nederland",
        "werkgebied": "heel Nederland, met vestigingen in alle regio's",
        "ontstaan": "1981, als proef in Rotterdam tegen vandalisme door jongeren",
        "wettelijke basis": "de Halt-afdoening staat sinds 1995 in het Wetboek van Strafrecht",
        "doelgroep": "jongeren van 12 tot 18 jaar die een licht strafbaar feit hebben gepleegd, zoals "
                     "vernieling, winkeldiefstal of vuurwerkoverlast",
        "werkwijze": "Politie of boa verwijst de jongere naar Halt in plaats van naar de rechter. De jongere "
                     "voert met een Halt-medewerker en de ouders een gesprek, biedt excuses aan, betaalt "
                     "de schade terug en doet een leeropdracht. Wie de Halt-straf goed afrondt, krijgt "
                     "geen strafblad.",
        "partners": ["politie", "Openbaar Ministerie", "gemeenten", "scholen"],
        "financiering": "Ministerie van Justitie en Veiligheid",
        "thema's": ["jongeren", "vandalisme", "herstel"],
    }, header="# Praktijkkaart - Jeugd en veiligheid\n")
    truth(rel, title="Halt", country="NL", start_year=1981, **ev(None, None),
          themes=["youth", "property_crime", "victims"],
          partners=["politie", "Openbaar Ministerie", "gemeenten", "scholen"],
          funding="Ministerie van Justitie en Veiligheid",
          notes="National organisation: city null although it began as a Rotterdam trial. Start 1981, not "
                "the 1995 legal basis. Nothing on evaluation: null.")


# --------------------------------------------------------------------------- build


def build() -> None:
    for language in (english, french, spanish, italian, german, portuguese, dutch):
        language()
    data = {"sheets": {key: TRUTH[key] for key in sorted(TRUTH)}}
    write_json("truth.json", data)


if __name__ == "__main__":
    build()
