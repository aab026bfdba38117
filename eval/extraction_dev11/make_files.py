# ruff: noqa: E501
"""Write the dev11 sheets (evaluation wording) and their truth.

Run from anywhere: ``/work/main/.venv/bin/python eval/extraction_dev11/make_files.py``.
All sheet text is in this file. Outputs are deterministic: fixed core-property dates in
docx/xlsx, fixed zip entry times, a fixed PDF creation date.
"""

import datetime as dt
import json
import os
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
import yaml
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
SHEETS = HERE / "sheets"
FIXED = dt.datetime(2026, 12, 4, 9, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
TRUTH = {}


def out(rel):
    p = SHEETS / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def fix_zip(path):
    """Rewrite a zip container with fixed entry times so the bytes are reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = str(path) + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it.
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2026-12-04T09:00:00Z\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=(2026, 12, 4, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    os.replace(tmp, path)


def truth(rel, **kw):
    keys = ["title", "language", "kind", "country", "city", "city_aliases", "start_year", "end_year",
            "budget_eur", "budget_amount", "budget_currency", "evaluated", "evaluation_kind", "evidence",
            "themes", "partners", "funding", "notes"]
    rec = {"kind": "practice", "city_aliases": [], "end_year": None, "budget_eur": None,
           "budget_amount": None, "budget_currency": None, "funding": None, "partners": []}
    rec.update(kw)
    rec["language"] = rel.split("/")[0]
    missing = [k for k in keys if k not in rec]
    assert not missing, (rel, missing)
    assert set(rec) == set(keys), (rel, set(rec) - set(keys))
    TRUTH["sheets/" + rel] = {k: rec[k] for k in keys}


# ---------------------------------------------------------------- writers

def w_txt(rel, title, sections, underline="="):
    lines = [title, underline * len(title), ""]
    for head, body in sections:
        if head:
            lines += [head, ""]
        lines += [body.strip(), ""]
    out(rel).write_text("\n".join(lines), encoding="utf-8")


def w_md(rel, title, sections, front=None, level="##"):
    parts = []
    if front:
        parts.append("---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n")
    parts.append(f"# {title}\n")
    for head, body in sections:
        if head:
            parts.append(f"{level} {head}\n")
        parts.append(body.strip() + "\n")
    out(rel).write_text("\n".join(parts), encoding="utf-8")


def w_html(rel, lang, title, sections, site, nav, cookie, footer, table=None, meta=""):
    h = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title} | {site}</title>\n</head>\n<body>',
         f'<div class="cookie-banner"><p>{cookie}</p><button>OK</button></div>',
         f'<header><a class="logo" href="/">{site}</a><nav><ul>' + "".join(f'<li><a href="#">{n}</a></li>' for n in nav) + "</ul></nav></header>",
         "<main>", f"<h1>{title}</h1>"]
    if meta:
        h.append(f'<p class="meta">{meta}</p>')
    for head, body in sections:
        if head:
            h.append(f"<h2>{head}</h2>")
        for para in body.strip().split("\n\n"):
            h.append(f"<p>{para.strip()}</p>")
    if table:
        h.append("<table>")
        for k, v in table:
            h.append(f"<tr><th>{k}</th><td>{v}</td></tr>")
        h.append("</table>")
    h += ["</main>", f"<footer><p>{footer}</p></footer>", "</body>\n</html>\n"]
    out(rel).write_text("\n".join(h), encoding="utf-8")


def w_docx(rel, title, sections, table=None, bold_headings=False, table_after=None, table_header=None):
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.last_printed = FIXED
    d.core_properties.author = "dev11"
    d.core_properties.title = title
    d.add_heading(title, level=0)

    def add_table():
        rows = ([table_header] if table_header else []) + list(table)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            cells = t.add_row().cells
            cells[0].text = k
            cells[1].text = v

    for i, (head, body) in enumerate(sections):
        if head:
            if bold_headings:
                r = d.add_paragraph().add_run(head)
                r.bold = True
                r.font.size = Pt(12)
            else:
                d.add_heading(head, level=1)
        for para in body.strip().split("\n\n"):
            d.add_paragraph(para.strip())
        if table and table_after == i:
            add_table()
    if table and table_after is None:
        add_table()
    p = out(rel)
    d.save(p)
    fix_zip(p)


class SheetPDF(FPDF):
    def __init__(self, head, foot):
        super().__init__()
        self.head, self.foot = head, foot
        self.add_font("DV", "", FONT)
        self.add_font("DV", "B", FONT_BOLD)
        self.set_creation_date(FIXED)

    def header(self):
        self.set_font("DV", "", 8)
        self.cell(0, 6, self.head, align="R")
        self.ln(10)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.cell(0, 6, f"{self.foot} – {self.page_no()}/{{nb}}", align="C")


def w_pdf(rel, title, sections, head, foot, break_before):
    pdf = SheetPDF(head, foot)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("DV", "B", 15)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for i, (head_, body) in enumerate(sections):
        if i == break_before:
            pdf.add_page()
        if head_:
            pdf.set_font("DV", "B", 11)
            pdf.multi_cell(0, 6, head_, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 10)
        for para in body.strip().split("\n\n"):
            pdf.multi_cell(0, 5, para.strip(), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(out(rel)))


def w_yaml(rel, data):
    out(rel).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8")


def w_json(rel, data):
    out(rel).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def w_xlsx(rel, rows, sheet="Sheet1", header=None):
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "dev11"
    ws = wb.active
    ws.title = sheet
    if header:
        ws.append(list(header))
    for k, v in rows:
        ws.append([k, v])
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 110
    p = out(rel)
    wb.save(p)
    fix_zip(p)


# ---------------------------------------------------------------- English

def english():
    rel = "en/street-angels-halifax.docx"
    w_docx(rel, "Street Angels – Halifax town centre", [
        ("Why it started", "In the mid-2000s Halifax town centre had a busy weekend night-time economy and a reputation for drunken fights, people left alone after losing their friends and young women stranded without a way home. Local churches wanted to offer something practical rather than another campaign."),
        ("What it sets out to do", "To make the town centre a safer and friendlier place on Friday and Saturday nights; to look after people who are vulnerable because of alcohol, drugs or distress; and to take some pressure off the police and the ambulance service."),
        ("How a night works", "Teams of trained volunteers walk a set route between about 10 pm and 3 am. They carry water, flip-flops, foil blankets and phones. They listen, calm tempers, help people find friends or a taxi and call the emergency services when needed. A base in a town-centre church serves hot drinks. Volunteers are briefed by the police inspector on duty before they go out."),
        ("Who is involved", "The project was set up in 2005 by local churches under a Christian charity, with West Yorkshire Police, Calderdale Council and the licensed trade. The model has since been copied in many towns across the United Kingdom."),
        ("Money", "Around £25,000 a year, mostly donations from churches, local businesses and small grants from the council."),
        ("Key facts", "The table gives the main facts."),
    ], table=[
        ("Town", "Halifax (Calderdale, West Yorkshire)"),
        ("Started", "2005"),
        ("Nights", "Friday and Saturday, 10 pm – 3 am"),
        ("Volunteers", "about 60 on the rota"),
        ("People helped in 2019 (our own night log)", "1,150 contacts, of which 95 were helped home or to a taxi and 40 handed to paramedics"),
        ("Annual budget", "approx. £25,000"),
    ])
    truth(rel, title="Street Angels – Halifax town centre", country="GB", city="Halifax", start_year=2005,
          budget_eur=29250, budget_amount=25000, budget_currency="GBP", evaluated=True, evaluation_kind="internal",
          evidence="descriptive", themes=["nightlife", "public_spaces"],
          partners=["West Yorkshire Police", "Calderdale Council", "local churches", "licensed trade"],
          funding="Donations from churches and local businesses, small council grants",
          notes="Trap: the team's own count sits ONLY in a table row ('People helped in 2019 (our own night log)'); no section mentions evaluation or monitoring. The night log is the volunteers' own record of their practice's results, so internal / descriptive (counts of contacts, no outcome). '60 volunteers' is only size. Budget illustrative (GBP 1.17). Copying by other towns is not an evaluation.")

    rel = "en/dublin-drug-treatment-court.html"
    w_html(rel, "en", "Drug Treatment Court, Dublin", [
        ("Background", "By the late 1990s a large share of the people appearing before the Dublin District Court for theft and minor offences were heroin users, many of them from the north inner city. Prison sentences did little to stop the cycle of drug use and offending."),
        ("Aims", "To reduce drug use and the offending linked to it by offering a supervised treatment programme instead of a custodial sentence, and to help participants back into education, training and work."),
        ("How it works", "Offenders who plead guilty to non-violent offences and are dependent on drugs can be referred to the court. Participants attend the court every week or fortnight, take part in treatment, give urine samples and follow an education programme. A multi-agency team – probation officers, a nurse, Garda liaison officers and education staff – reports to the judge, who rewards progress and sanctions lapses. The programme runs in three phases over at least a year."),
        ("Partners", "The Courts Service, the Probation Service, An Garda Síochána, the Health Service Executive and the City of Dublin Education and Training Board."),
        ("Duration and funding", "The court began as a pilot in January 2001 and was made permanent in 2006. It is funded from the Courts Service budget; its cost is not published separately."),
        ("Independent evaluation", "The pilot phase was evaluated by the consultancy Farrell Grant Sparks, commissioned by the Courts Service and published in 2002. The consultants reviewed how referrals, supervision and treatment worked, interviewed participants and staff, and recommended that the court be continued with changes to the referral process and more treatment places."),
        ("Results", "The court's own records show that some 60 participants had graduated from the programme by 2010, a modest number that the Courts Service attributes to strict entry criteria."),
    ], site="Justice Practice Exchange", nav=["Home", "Practices", "Courts", "Contact"],
       cookie="We use cookies to understand how visitors use this site. By continuing you agree to our use of cookies.",
       footer="Justice Practice Exchange · 14 Ormond Quay, Cork · info@example.org",
       meta="Category: courts and drugs · last updated 2024")
    truth(rel, title="Drug Treatment Court, Dublin", country="IE", city="Dublin", city_aliases=["Baile Átha Cliath"],
          start_year=2001, evaluated=True, evaluation_kind="external", evidence="descriptive",
          themes=["drugs", "reintegration"],
          partners=["Courts Service", "Probation Service", "An Garda Síochána", "Health Service Executive", "City of Dublin Education and Training Board"],
          funding="Courts Service budget",
          notes="External: an independent consultancy (Farrell Grant Sparks) evaluated the pilot (process, interviews, recommendations) – no outcome design is stated, so descriptive. The Results section also gives the court's own records (graduates) – an internal account outside the evaluation section; external wins as the stronger statement. 2006 is when it became permanent, not the start. Footer city (Cork) is the portal's address.")

    rel = "en/essex-body-worn-video.pdf"
    w_pdf(rel, "Body-worn video at domestic abuse incidents – Essex Police", [
        ("1. The problem", "Domestic abuse cases often collapse at court because victims withdraw their statements and there is little other evidence. Officers attending an incident see injuries, damage and the state of the victim, but that picture is hard to convey to a court months later."),
        ("2. What the force wanted to achieve", "More charges and convictions in domestic abuse cases, fewer cases dropped for lack of evidence, and better protection for victims who are unable or unwilling to give evidence."),
        ("3. What was done", "In 2013 Essex Police issued body-worn cameras to response officers and asked them to record from arrival at every domestic abuse call. The footage was attached to the case file. The force's performance team kept its own monthly count of how often cameras were switched on at such calls and shared it with shift supervisors."),
        ("4. Partners", "Essex Police, the College of Policing, which designed and analysed the study, and the Crown Prosecution Service in Essex."),
        ("5. Time frame", "The trial ran for about a year from 2013 to 2014; cameras were later rolled out to all frontline officers."),
        ("6. How it was assessed", "The force did not rely only on its internal camera-use figures: it took part in a randomised controlled trial run by the College of Policing. Response officers were randomly assigned to carry a camera or not, and the outcomes of the domestic abuse incidents they attended – charges, prosecutions, sanctions – were compared between the two groups. Cases attended by officers with cameras were more likely to end in a criminal charge."),
        ("7. Budget", "The cameras were bought from the force's equipment budget; no separate figure is given."),
    ], head="Policing practice sheet · domestic abuse", foot="Practice sheets – policing", break_before=4)
    truth(rel, title="Body-worn video at domestic abuse incidents – Essex Police", country="GB", city=None,
          start_year=2013, end_year=2014, evaluated=True, evaluation_kind="scientific", evidence="experimental",
          themes=["policing", "gender_violence", "technology"],
          partners=["Essex Police", "College of Policing", "Crown Prosecution Service"], funding=None,
          notes="Scientific/experimental: officers randomly assigned to carry a camera; outcomes (charges) compared. Trap: 'did not rely ONLY on its internal camera-use figures' – the negation belongs to the internal clause, the trial is affirmed. The force's own monthly count sits in the activities section (internal monitoring, outside the evaluation section). County force: city null. End year 2014 is the end of the trial (the practice continued as a roll-out) – debatable; set to 2014 as the sheet's stated time frame.")

    rel = "en/street-assist-edinburgh.txt"
    w_txt(rel, "Street Assist – first aid on Edinburgh's nights out", [
        ("What is Street Assist?", "Street Assist is a volunteer-run charity that provides first aid and a safe place to wait on busy nights in Edinburgh city centre. It was set up by people who felt that too many people were left injured, drunk or frightened on the streets on Friday and Saturday nights, with nobody to turn to apart from already stretched emergency services."),
        ("What do we want to achieve?", "Fewer people left vulnerable on the streets; fewer avoidable ambulance call-outs and visits to the Royal Infirmary's emergency department; a calmer night-time economy for residents and businesses."),
        ("What happens on the night?", "Our trained volunteers – many of them students in medicine, nursing and paramedic science – work from a marked vehicle parked near the Grassmarket and walk in pairs around the busiest streets. They treat minor injuries, look after people who have had too much to drink, help people contact friends and family and wait with them until they are safe. During the Edinburgh Festival Fringe and at Hogmanay we run extra shifts."),
        ("Who do we work with?", "Police Scotland, the Scottish Ambulance Service, the City of Edinburgh Council and the venues of the city centre."),
        ("How is it funded?", "We run on about £40,000 a year from donations, grants from charitable trusts and a contribution from the council."),
        ("Has it been evaluated?", "Not yet. Volunteers often tell us about people they have helped and we hear from police officers that our presence makes a difference, but we have not measured this. We plan to commission an independent evaluation in 2026. Our work was presented at the council's night-time economy conference and we received a national award for volunteering."),
    ], underline="-")
    truth(rel, title="Street Assist – first aid on Edinburgh's nights out", country="GB", city="Edinburgh",
          start_year=None, budget_eur=46800, budget_amount=40000, budget_currency="GBP", evaluated=False,
          evaluation_kind="none", evidence="none", themes=["nightlife", "public_spaces"],
          partners=["Police Scotland", "Scottish Ambulance Service", "City of Edinburgh Council"],
          funding="Donations, charitable trusts, council contribution",
          notes="None: 'Not yet' plus an evaluation planned for 2026, anecdotes from volunteers and police ('we have not measured this'), a conference presentation and an award – none of these is an evaluation. No start year stated. Budget illustrative (GBP 1.17). Headings are questions.")


# ---------------------------------------------------------------- French

def french():
    rel = "fr/be-my-angel-suisse-romande.md"
    w_md(rel, "Be my Angel – le conducteur désigné en Suisse romande", [
        ("Le constat", "Dans les cantons romands, une part importante des accidents graves de la route le week-end implique de jeunes conducteurs ayant bu de l'alcool en sortant de soirée. Les campagnes d'affichage classiques touchent mal ce public."),
        ("Ce que l'on cherche", "Faire du « conducteur désigné » – celui ou celle qui ne boit pas et ramène les autres – une habitude normale dans les sorties des 18-30 ans, et réduire ainsi l'alcool au volant."),
        ("Sur le terrain", "Des équipes de jeunes animateurs se rendent dans les festivals, les discothèques et les fêtes de village. Le conducteur qui s'engage à ne pas boire reçoit un bracelet, des boissons sans alcool offertes par l'établissement et participe à un tirage au sort de lots s'il souffle à zéro en fin de soirée. L'association forme aussi le personnel des bars."),
        ("Avec qui", "Des services cantonaux de prévention, des polices cantonales, des organisateurs de festivals, des établissements de nuit et des sponsors privés."),
        ("Depuis quand, avec quels moyens", "L'association a été créée en 2004. Son budget n'est pas communiqué ; elle vit de contributions cantonales et de partenariats privés."),
        ("Retombées", "L'action a été largement relayée par la presse et la télévision régionales et a reçu un prix de la prévention routière. Aucune évaluation formelle de ses effets n'a été réalisée à ce jour."),
    ], front={"titre": "Be my Angel", "pays": "Suisse", "région": "Suisse romande", "thème": "alcool et sorties",
              "début": 2004, "évaluation": "—"})
    truth(rel, title="Be my Angel – le conducteur désigné en Suisse romande", country="CH", city=None,
          start_year=2004, evaluated=False, evaluation_kind="none", evidence="none", themes=["nightlife", "youth"],
          partners=["services cantonaux de prévention", "polices cantonales", "organisateurs de festivals", "établissements de nuit"],
          funding="Contributions cantonales et partenariats privés",
          notes="None: front-matter field 'évaluation: —' and, in 'Retombées', press coverage and a prize followed by 'Aucune évaluation formelle de ses effets n'a été réalisée'. The 'tirage au sort' is a prize draw for drivers, NOT random assignment – must not give experimental. Regional practice: city null. Start year 2004 not confirmed.")

    rel = "fr/bus-des-femmes-paris.txt"
    w_txt(rel, "Le Bus des femmes – Paris", [
        (None, "Créé en 1990 à Paris par des femmes se prostituant elles-mêmes et des militantes de la santé, le Bus des femmes va à la rencontre des personnes prostituées là où elles travaillent, la nuit, sur les boulevards extérieurs, au bois de Vincennes et dans les quartiers nord. À l'époque, l'épidémie de sida frappait durement ce public, qui évitait les hôpitaux et se méfiait de la police."),
        (None, "L'association veut réduire les risques sanitaires, permettre l'accès aux droits et aux soins, aider les victimes de violences et de traite à porter plainte et accompagner celles qui souhaitent quitter la prostitution. Elle défend une approche de santé communautaire : une partie de l'équipe a elle-même l'expérience du travail du sexe."),
        (None, "Un camion aménagé circule plusieurs soirs par semaine ; on y distribue préservatifs et matériel de prévention, on y boit un café et on y parle. Un local d'accueil de jour propose des permanences sociales et juridiques, des cours de français et un accompagnement vers les hôpitaux. Chaque sortie du bus est consignée par l'équipe dans un registre ; selon son rapport d'activité 2019, l'association a eu près de 4 000 contacts au cours de l'année et a accompagné 180 personnes dans des démarches de droits ou de soins. Une trentaine de femmes ont été orientées vers des associations spécialisées dans l'aide aux victimes de traite."),
        (None, "L'action est soutenue par la Ville de Paris, l'Agence régionale de santé d'Île-de-France et l'État au titre de la lutte contre la traite ; le budget annuel avoisine 900 000 euros. Elle travaille avec les hôpitaux de l'AP-HP, des avocats bénévoles et d'autres associations de santé communautaire."),
    ], underline="~")
    truth(rel, title="Le Bus des femmes – Paris", country="FR", city="Paris", start_year=1990,
          budget_eur=900000, budget_amount=900000, budget_currency="EUR", evaluated=True, evaluation_kind="internal",
          evidence="descriptive", themes=["trafficking", "victims"],
          partners=["Ville de Paris", "Agence régionale de santé d'Île-de-France", "AP-HP"],
          funding="Ville de Paris, ARS Île-de-France, État (lutte contre la traite)",
          notes="No headings at all. Internal: the team's own register and annual activity report ('rapport d'activité 2019') with counts of contacts and people accompanied – stated in passing in the activities paragraph, never called evaluation. Counts of activity only: descriptive. Budget approximate/illustrative.")

    rel = "fr/videoprotection-lyon.json"
    w_json(rel, {
        "titre": "Vidéoprotection de l'espace public à Lyon",
        "ville": "Lyon",
        "pays": "France",
        "porteur": "Ville de Lyon – direction de la sécurité et de la prévention",
        "contexte": "Au cours des années 2000, la Ville de Lyon a équipé la Presqu'île, les abords des gares et plusieurs quartiers de caméras reliées à un centre de supervision urbaine, dans le cadre de son contrat local de sécurité.",
        "objectifs": ["dissuader les actes de délinquance sur la voie publique", "aider la police à intervenir plus vite", "fournir des images pour les enquêtes judiciaires"],
        "actions": "Des opérateurs municipaux visionnent les images en continu et signalent les faits à la police nationale et à la police municipale ; les images sont conservées quinze jours et transmises sur réquisition.",
        "partenaires": ["Police nationale", "Police municipale de Lyon", "Préfecture du Rhône", "Parquet de Lyon"],
        "budget": "non précisé",
        "durée": "dispositif permanent, étendu par tranches",
        "évaluation": "En 2010, la Chambre régionale des comptes de Rhône-Alpes a examiné la politique de vidéoprotection de la ville. Son rapport relevait le coût élevé du dispositif et constatait que la ville n'était pas en mesure de démontrer son effet sur la délinquance, faute de données exploitables.",
        "résultats": "La ville publie chaque année, dans son bilan sécurité, le nombre de réquisitions d'images par la justice et d'interpellations réalisées grâce aux caméras.",
    })
    truth(rel, title="Vidéoprotection de l'espace public à Lyon", country="FR", city="Lyon", city_aliases=["Lyons"],
          start_year=None, evaluated=True, evaluation_kind="external", evidence="descriptive",
          themes=["technology", "public_spaces", "policing"],
          partners=["Police nationale", "Police municipale de Lyon", "Préfecture du Rhône", "Parquet de Lyon"],
          funding=None,
          notes="External: a regional audit office (Chambre régionale des comptes) examined it. Its finding is that no effect on crime could be shown for lack of data – a denied measurement, not an outcome, so descriptive. The 'résultats' key holds the city's own yearly figures (internal monitoring outside the evaluation field). No start year ('au cours des années 2000'). Budget 'non précisé'.")

    rel = "fr/psfp-soutien-familles.docx"
    w_docx(rel, "Programme de soutien aux familles et à la parentalité (PSFP)", [
        ("1. Pourquoi ce programme ?", "Les consommations précoces d'alcool et de cannabis et les comportements violents à l'adolescence sont liés, entre autres, au climat familial. Le PSFP est l'adaptation française du Strengthening Families Program, conçu aux États-Unis, pour des familles d'enfants de 6 à 11 ans."),
        ("2. Objectifs", "Renforcer les compétences des parents (communication, règles, encadrement), les compétences psychosociales des enfants et les relations familiales, afin de prévenir les conduites à risque et les troubles du comportement."),
        ("3. Déroulement", "Quatorze séances hebdomadaires de deux heures réunissent une dizaine de familles : une heure de séance séparée pour les parents et pour les enfants, puis une heure en famille, autour d'un repas. Les séances sont animées par des professionnels formés des centres sociaux, de la protection maternelle et infantile ou des associations de prévention, dans plusieurs villes."),
        ("4. Acteurs", "Santé publique France, les instances régionales d'éducation et de promotion de la santé (IREPS), les communes et centres sociaux d'accueil, des équipes universitaires de recherche."),
        ("5. Financement", "Agences régionales de santé et fonds de prévention ; les communes mettent les locaux à disposition. Pas de budget global publié."),
        ("6. Évaluation", "L'efficacité du programme a été mesurée par un essai contrôlé randomisé : les familles volontaires ont été réparties par tirage au sort entre un groupe qui suivait le programme et un groupe témoin sur liste d'attente. Les chercheurs ont comparé, avant et après le programme, les pratiques parentales et les comportements des enfants dans les deux groupes."),
    ], bold_headings=True, table=[
        ("Public", "familles d'enfants de 6 à 11 ans"),
        ("Format", "14 séances hebdomadaires"),
        ("Territoire", "plusieurs régions de France"),
        ("Évaluation", "essai randomisé avec groupe témoin"),
    ], table_after=1)
    truth(rel, title="Programme de soutien aux familles et à la parentalité (PSFP)", country="FR", city=None,
          start_year=None, evaluated=True, evaluation_kind="scientific", evidence="experimental",
          themes=["youth", "drugs"],
          partners=["Santé publique France", "IREPS", "communes et centres sociaux", "équipes universitaires de recherche"],
          funding="Agences régionales de santé et fonds de prévention",
          notes="Scientific/experimental: families allocated by 'tirage au sort' to the programme or a waiting-list 'groupe témoin', before/after comparison. Bold-paragraph numbered headings; a field/value table placed after the objectives repeats the design. Multi-site national programme: city null; no start year given. The design details are written from general knowledge of the French evaluation and are not confirmed in detail.")


# ---------------------------------------------------------------- Spanish

def spanish():
    rel = "es/umepol-castellon.yaml"
    w_yaml(rel, {
        "nombre": "Unidad de Mediación Policial (UMEPOL) de la Policía Local de Castellón",
        "municipio": "Castellón de la Plana",
        "país": "España",
        "año_de_inicio": 2012,
        "situación": "Los conflictos vecinales por ruido, mascotas, obras o uso de zonas comunes generaban cada año cientos de llamadas a la Policía Local que se repetían una y otra vez sin solución, porque la intervención policial clásica (levantar acta o denunciar) no resolvía el problema de fondo.",
        "finalidad": ["resolver los conflictos de convivencia mediante el diálogo", "evitar que pequeños conflictos escalen a delitos", "reducir las llamadas repetidas por un mismo problema"],
        "cómo_se_trabaja": "Agentes de la Policía Local formados como mediadores atienden los casos derivados por las patrullas, las oficinas de atención ciudadana o los propios vecinos. Tras entrevistas por separado, organizan sesiones conjuntas en dependencias municipales y redactan un acuerdo firmado por las partes, con un seguimiento a los tres meses.",
        "colaboradores": ["Ayuntamiento de Castellón", "Universitat Jaume I (formación de los agentes mediadores)", "asociaciones de vecinos"],
        "presupuesto": "sin partida propia; forma parte del presupuesto de la Policía Local",
        "resultados": "Según los datos de la propia unidad, entre 2012 y 2019 se abrieron más de 1.500 expedientes y en siete de cada diez mediaciones se alcanzó un acuerdo. En los barrios donde más se ha trabajado, las quejas por ruido registradas por la Policía Local han bajado alrededor de un 25 % desde el inicio.",
        "evaluación": "No se ha encargado ninguna evaluación externa.",
    })
    truth(rel, title="Unidad de Mediación Policial (UMEPOL) de la Policía Local de Castellón", country="ES",
          city="Castellón de la Plana", city_aliases=["Castelló de la Plana", "Castellón", "Castelló"], start_year=2012,
          evaluated=True, evaluation_kind="internal", evidence="outcome", themes=["mediation", "policing"],
          partners=["Ayuntamiento de Castellón", "Universitat Jaume I", "asociaciones de vecinos"],
          funding="Presupuesto de la Policía Local",
          notes="Internal: the unit's own data ('Según los datos de la propia unidad') in the 'resultados' key: cases, agreement rate and a ~25 % fall in noise complaints since the start – an own account of an outcome change without a comparison, so outcome. The 'evaluación' key only denies an EXTERNAL evaluation; per the convention it stays internal. Start year 2012 and the UJI training role are not confirmed.")

    rel = "es/mediacion-comunitaria-zaragoza.html"
    w_html(rel, "es", "Servicio de Mediación Comunitaria de Zaragoza", [
        ("¿Por qué nace?", "En varios barrios de Zaragoza con mucha población recién llegada, como el Casco Histórico, Delicias o San Pablo, se acumulaban los conflictos de convivencia en las comunidades de vecinos y en las plazas: ruidos, limpieza, uso de espacios compartidos y malentendidos culturales."),
        ("¿Qué pretende?", "Prevenir y gestionar los conflictos vecinales antes de que lleguen a la policía o a los juzgados, mejorar la convivencia intercultural y fortalecer las comunidades de propietarios y las asociaciones de barrio."),
        ("¿Qué se hace?", "Un equipo de mediadores profesionales atiende las demandas de vecinos, comunidades y servicios municipales; realiza mediaciones individuales y comunitarias, talleres sobre convivencia en comunidades de vecinos y acciones en la calle durante el verano. También forma a mediadores voluntarios del propio barrio."),
        ("¿Quién participa?", "El Ayuntamiento de Zaragoza (Servicios Sociales Comunitarios), la Federación de Asociaciones de Barrios, la Policía Local y entidades sociales de los barrios."),
    ], site="Red de Convivencia Urbana", nav=["Inicio", "Buenas prácticas", "Mapa", "Contacto"],
       cookie="Este sitio utiliza cookies propias y de terceros. Si continúa navegando, acepta su uso.",
       footer="Red de Convivencia Urbana · Calle Mayor 12, Valladolid",
       table=[("Presupuesto anual", "180.000 €"), ("Duración", "servicio estable, contratado por periodos de dos años"),
              ("Evaluación", "pendiente de definir"),
              ("Resultados", "Los resultados se presentaron en la jornada de clausura del ciclo 2022-2023 ante las asociaciones de vecinos.")])
    truth(rel, title="Servicio de Mediación Comunitaria de Zaragoza", country="ES", city="Zaragoza", city_aliases=["Saragossa"],
          start_year=None, budget_eur=180000, budget_amount=180000, budget_currency="EUR", evaluated=False,
          evaluation_kind="none", evidence="none", themes=["mediation", "migration", "local_governance"],
          partners=["Ayuntamiento de Zaragoza", "Federación de Asociaciones de Barrios", "Policía Local"],
          funding="Ayuntamiento de Zaragoza",
          notes="None: the evaluation row is 'pendiente de definir' and the results row says only that results were presented at a closing event – explicitly not an evaluation. Question headings; facts in a field/value table at the end. Footer address is in Valladolid (portal, not the city). Budget illustrative; no start year given.")

    rel = "es/programa-contexto-valencia.pdf"
    w_pdf(rel, "Programa Contexto – intervención con hombres condenados por violencia de género (Valencia)", [
        ("Contexto", "Los juzgados de lo penal de Valencia imponen a muchos hombres condenados por violencia en la pareja, cuando se suspende la pena de prisión, la obligación de seguir un programa de reeducación. La tasa de abandono de estos programas era alta y su eficacia poco conocida."),
        ("Objetivos", "Reducir la reincidencia en violencia contra la pareja, aumentar la adherencia al programa y mejorar la actitud de los participantes hacia la responsabilidad por la violencia ejercida."),
        ("Actividades", "Los participantes siguen un programa grupal de unas 35 sesiones semanales, con evaluación inicial, un plan motivacional individual y seguimiento tras la finalización. El programa es impartido por psicólogos de la Universitat de València en colaboración con los servicios de gestión de penas y medidas alternativas."),
        ("Socios", "Universitat de València (Facultad de Psicología), Servicio de Gestión de Penas y Medidas Alternativas de Valencia (Ministerio del Interior), juzgados de lo penal de Valencia."),
        ("Duración", "El programa funciona desde 2006."),
        ("Evaluación de la eficacia", "Un equipo investigador de la universidad realizó un ensayo aleatorizado: los participantes fueron asignados al azar al programa estándar o al programa estándar con un plan motivacional individualizado. Se compararon entre ambos grupos el abandono, la reincidencia registrada y la violencia informada por las parejas. Los hombres del grupo con plan motivacional abandonaron menos y presentaron menos reincidencia."),
        ("Presupuesto", "Financiado mediante convenio entre la universidad y la administración penitenciaria; no se publica el importe."),
    ], head="Ficha de buena práctica · violencia de género", foot="Catálogo de prácticas de prevención", break_before=3)
    truth(rel, title="Programa Contexto – intervención con hombres condenados por violencia de género (Valencia)", country="ES",
          city="Valencia", city_aliases=["València"], start_year=2006, evaluated=True, evaluation_kind="scientific",
          evidence="experimental", themes=["gender_violence", "reintegration"],
          partners=["Universitat de València", "Servicio de Gestión de Penas y Medidas Alternativas", "juzgados de lo penal de Valencia"],
          funding="Convenio entre la universidad y la administración penitenciaria",
          notes="Scientific/experimental: 'asignados al azar' to two arms (standard vs standard plus motivational plan) – a randomised trial comparing two versions, not a no-treatment control; still random assignment. The university both runs and studies the programme, but the study is a designed trial by a research team, so scientific. Start year 2006 from general knowledge, not confirmed.")

    rel = "es/sala-hontza-bilbao.md"
    w_md(rel, "Sala de consumo supervisado Hontza (Bilbao)", [
        ("1. Situación de partida", "A comienzos de los años 2000, el consumo de heroína y cocaína por vía inyectada en la calle era visible en barrios del centro de Bilbao como San Francisco y Bilbao La Vieja, con jeringuillas abandonadas, sobredosis y fuertes tensiones vecinales."),
        ("2. Metas", "Reducir las muertes por sobredosis y las infecciones, sacar el consumo de la vía pública y acercar a las personas consumidoras a los servicios sociales y sanitarios."),
        ("3. Funcionamiento", "La sala, abierta en 2003 y gestionada por Médicos del Mundo, ofrece puestos de consumo higiénico supervisados por personal sanitario, material estéril, atención de sobredosis, ducha y orientación social. El equipo lleva desde la apertura un registro interno de usos, sobredosis atendidas y derivaciones, que resume en su memoria anual."),
        ("4. Entidades", "Médicos del Mundo (gestión), Gobierno Vasco (Dirección de Drogodependencias), Ayuntamiento de Bilbao, Osakidetza."),
        ("5. Recursos", "Financiación del Gobierno Vasco y del Ayuntamiento; el presupuesto no consta en la ficha."),
        ("6. Valoración independiente", "Más allá de ese registro interno, el servicio fue examinado por el Ararteko, la defensoría del pueblo del País Vasco, en su informe sobre la atención a personas con adicciones. El informe analizó el acceso al servicio, la coordinación con la red sanitaria y las opiniones de usuarios y profesionales, y recomendó ampliar el horario y mejorar la coordinación con los servicios sociales."),
    ], level="###")
    truth(rel, title="Sala de consumo supervisado Hontza (Bilbao)", country="ES", city="Bilbao", city_aliases=["Bilbo"],
          start_year=2003, evaluated=True, evaluation_kind="external", evidence="descriptive",
          themes=["drugs", "public_spaces"],
          partners=["Médicos del Mundo", "Gobierno Vasco", "Ayuntamiento de Bilbao", "Osakidetza"],
          funding="Gobierno Vasco y Ayuntamiento de Bilbao",
          notes="External: the Basque ombudsman (Ararteko) examined the service (access, coordination, views of users and staff) – no outcome measured, so descriptive. Trap: 'Más allá de ese registro interno' – the team's own register (internal monitoring) sits in the activities section; the independent assessment is affirmed in addition. md without front matter, ### headings. The Ararteko report's content is illustrative (not confirmed); the room's opening in 2003 by Médicos del Mundo is from general knowledge.")


# ---------------------------------------------------------------- Italian

def italian():
    rel = "it/custodi-sociali-milano.json"
    w_json(rel, {
        "titolo": "Custodi sociali – Comune di Milano",
        "città": "Milano",
        "paese": "Italia",
        "contesto": "Nei quartieri di edilizia popolare di Milano vivono molti anziani soli, esposti a truffe, furti in casa, isolamento e situazioni di fragilità che spesso emergono solo quando è troppo tardi.",
        "obiettivi": "Garantire una presenza di prossimità agli anziani fragili, prevenire truffe e raggiri, segnalare per tempo ai servizi sociali le situazioni di rischio e rafforzare il senso di sicurezza negli stabili.",
        "attività": "Operatori di cooperative sociali, presenti negli stabili e nei caseggiati, visitano regolarmente gli anziani, li accompagnano alle visite mediche, danno informazioni su come riconoscere i truffatori e segnalano i casi critici ai servizi sociali territoriali e alla Polizia Locale.",
        "partner": ["Comune di Milano – Direzione Politiche Sociali", "cooperative sociali", "MM Casa / ALER Milano", "Polizia Locale"],
        "budget": "circa 1,5 milioni di euro l'anno",
        "durata": "servizio continuativo",
        "valutazione": "Il piano cittadino per gli anziani, di cui il servizio fa parte, è stato oggetto di una valutazione complessiva; per i custodi sociali non è stata svolta una valutazione specifica.",
    })
    truth(rel, title="Custodi sociali – Comune di Milano", country="IT", city="Milano", city_aliases=["Milan"],
          start_year=None, budget_eur=1500000, budget_amount=1500000, budget_currency="EUR", evaluated=False,
          evaluation_kind="none", evidence="none", themes=["seniors", "victims", "local_governance"],
          partners=["Comune di Milano", "cooperative sociali", "MM Casa / ALER Milano", "Polizia Locale"],
          funding="Comune di Milano",
          notes="None: an umbrella plan was evaluated, but 'per i custodi sociali non è stata svolta una valutazione specifica' – an evaluation of the umbrella programme, not of this practice. Keys in Italian. Budget illustrative; no start year stated.")

    rel = "it/avvocato-di-strada-bologna.docx"
    w_docx(rel, "Avvocato di strada – tutela legale gratuita per le persone senza dimora (Bologna)", [
        ("Il problema", "Chi vive per strada perde spesso la residenza anagrafica e, con essa, l'accesso al medico di base, ai servizi sociali e al lavoro regolare. Molte persone senza dimora sono vittime di reati o hanno pendenze penali che non riescono a seguire."),
        ("Obiettivi", "Offrire assistenza legale gratuita e qualificata alle persone senza dimora, far valere i loro diritti (residenza, lavoro, permesso di soggiorno) e sostenerle quando sono vittime di reati."),
        ("Le attività", "Avvocati volontari tengono sportelli settimanali presso le strutture di accoglienza di Bologna e seguono le pratiche fino alla sentenza. Il progetto nasce nel 2001 all'interno dell'associazione Amici di Piazza Grande e si è poi esteso in molte altre città italiane."),
        ("Chi collabora", "Associazione Amici di Piazza Grande, Ordine degli Avvocati di Bologna, Comune di Bologna (servizi per la grave emarginazione adulta)."),
        ("Risorse", "Il lavoro degli avvocati è volontario; le spese vive sono coperte da donazioni e da contributi del Comune."),
        ("Valutazione", "Il progetto è stato valutato dallo staff dell'associazione: ogni anno vengono raccolti i dati sulle pratiche aperte e chiuse e viene somministrato un questionario di gradimento alle persone assistite. Secondo l'ultima rilevazione interna, la maggioranza delle persone seguite si dichiara soddisfatta dell'assistenza ricevuta."),
    ])
    truth(rel, title="Avvocato di strada – tutela legale gratuita per le persone senza dimora (Bologna)", country="IT",
          city="Bologna", start_year=2001, evaluated=True, evaluation_kind="internal", evidence="descriptive",
          themes=["reintegration", "victims"],
          partners=["Associazione Amici di Piazza Grande", "Ordine degli Avvocati di Bologna", "Comune di Bologna"],
          funding="Donazioni e contributi del Comune di Bologna",
          notes="Internal, written in the passive: 'Il progetto è stato valutato dallo staff dell'associazione' – the promoters' own yearly case data and satisfaction questionnaire, in a section called Valutazione. Satisfaction and case counts only: descriptive. Spread to other cities is not an evaluation. Word headings.")

    rel = "it/svsed-mangiagalli-milano.html"
    w_html(rel, "it", "Soccorso violenza sessuale e domestica (SVSeD) – Clinica Mangiagalli, Milano", [
        ("Di cosa si tratta", "Il SVSeD è un servizio ospedaliero aperto 24 ore su 24 presso la Clinica Mangiagalli del Policlinico di Milano, nato nel 1996 come primo centro pubblico in Italia dedicato alle vittime di violenza sessuale e poi esteso alla violenza domestica."),
        ("Perché", "Le vittime di violenza sessuale arrivavano al pronto soccorso senza un percorso dedicato: visite ripetute, prove raccolte male, nessun sostegno psicologico e scarso collegamento con la giustizia."),
        ("Cosa fa", "Un'équipe di ginecologhe, medici legali, psicologhe, assistenti sociali e avvocate accoglie le vittime, raccoglie le prove secondo protocolli forensi, offre profilassi, sostegno psicologico e consulenza legale, e accompagna chi lo desidera nella denuncia."),
        ("Con chi", "Fondazione IRCCS Ca' Granda Ospedale Maggiore Policlinico, Comune di Milano, Procura della Repubblica di Milano, centri antiviolenza e forze dell'ordine."),
        ("Numeri del servizio", "Il servizio registra ogni anno nel proprio archivio gli accessi: nel 2019 ha accolto circa 900 persone, in gran parte donne."),
        ("Valutazione", "Il percorso è stato oggetto di una valutazione indipendente dell'Istituto per la Ricerca Sociale (IRS), che ha esaminato i percorsi di presa in carico, il collegamento con la rete antiviolenza e l'esperienza delle utenti attraverso interviste, formulando raccomandazioni per il follow-up."),
    ], site="Osservatorio buone pratiche contro la violenza", nav=["Home", "Pratiche", "Rete", "Chi siamo"],
       cookie="Questo sito usa cookie tecnici e, previo consenso, cookie analitici.",
       footer="Osservatorio buone pratiche · Via Garibaldi 3, Torino", meta="Scheda aggiornata: 2023 · Regione Lombardia")
    truth(rel, title="Soccorso violenza sessuale e domestica (SVSeD) – Clinica Mangiagalli, Milano", country="IT",
          city="Milano", city_aliases=["Milan"], start_year=1996, evaluated=True, evaluation_kind="external",
          evidence="descriptive", themes=["gender_violence", "victims"],
          partners=["Fondazione IRCCS Ca' Granda Ospedale Maggiore Policlinico", "Comune di Milano", "Procura della Repubblica di Milano", "centri antiviolenza"],
          funding=None,
          notes="External: an independent research institute (IRS) assessed the care pathway through interviews – no outcome design: descriptive. The service's own yearly count ('Numeri del servizio') is internal monitoring outside the evaluation section. The IRS evaluation is illustrative (not confirmed); 1996 and the service's nature are from general knowledge. Footer address in Turin is the portal's.")

    rel = "it/vigile-di-quartiere-genova.xlsx"
    w_xlsx(rel, [
        ("Titolo", "Vigile di quartiere – Polizia Locale di Genova"),
        ("Città", "Genova"),
        ("Paese", "Italia"),
        ("Contesto", "Nei quartieri del centro storico e della Valpolcevera i residenti lamentavano degrado, piccoli furti e una polizia percepita come lontana."),
        ("Obiettivi", "Avvicinare la Polizia Locale ai cittadini, ridurre i reati predatori e le inciviltà, migliorare la percezione di sicurezza."),
        ("Attività", "Agenti assegnati stabilmente a un quartiere pattugliano a piedi, tengono un recapito fisso nei municipi, incontrano commercianti e comitati e segnalano i problemi di manutenzione agli uffici comunali."),
        ("Partner", "Comune di Genova; Municipi; Questura di Genova; Università di Genova (valutazione)"),
        ("Anno di avvio", "2009"),
        ("Budget", "non indicato"),
        ("Valutazione", "Un gruppo di ricerca dell'Università di Genova ha confrontato l'andamento di furti, scippi e segnalazioni di degrado nei quartieri con il vigile di quartiere e in quartieri di confronto con caratteristiche simili che non lo avevano, nei due anni prima e dopo l'avvio, affiancando un'indagine sulla percezione di sicurezza dei residenti. L'assegnazione dei quartieri non è stata casuale."),
    ], sheet="Scheda")
    truth(rel, title="Vigile di quartiere – Polizia Locale di Genova", country="IT", city="Genova", city_aliases=["Genoa"],
          start_year=2009, evaluated=True, evaluation_kind="scientific", evidence="quasi_experimental",
          themes=["policing", "public_spaces", "property_crime"],
          partners=["Comune di Genova", "Municipi", "Questura di Genova", "Università di Genova"], funding=None,
          notes="Scientific/quasi-experimental: university researchers compared neighbourhoods with and without the practice ('quartieri di confronto') before and after; 'L'assegnazione dei quartieri non è stata casuale' negates only randomisation. Field/value worksheet. The practice type is real (many Italian cities run a 'vigile di quartiere'); the Genoa start year and the university study are ILLUSTRATIVE, not confirmed.")


# ---------------------------------------------------------------- German

def german():
    rel = "de/ordnungswache-graz.txt"
    w_txt(rel, "Ordnungswache Graz", [
        ("Ausgangslage", "Im Grazer Stadtzentrum, in Parks und an Haltestellen häuften sich Beschwerden über Lärm, Müll, aggressives Betteln und Hunde ohne Leine. Für solche Ordnungsstörungen fühlte sich die Polizei oft nicht zuständig, die Stadt hatte kein eigenes Personal auf der Straße."),
        ("Ziele", "Einhaltung der städtischen Verordnungen im öffentlichen Raum, schnellere Reaktion auf Bürgerbeschwerden, Entlastung der Polizei und ein höheres Sicherheitsgefühl der Bevölkerung."),
        ("Maßnahmen", "Uniformierte Mitarbeiterinnen und Mitarbeiter der Stadt sind täglich in Streifen unterwegs, sprechen Menschen an, erteilen Abmahnungen und zeigen Verstöße gegen das Landessicherheitsgesetz und städtische Verordnungen an. Sie sind über eine Hotline erreichbar und arbeiten eng mit der Landespolizeidirektion zusammen."),
        ("Beteiligte", "Stadt Graz (Präsidialabteilung/Sicherheitsmanagement), Landespolizeidirektion Steiermark, Holding Graz."),
        ("Laufzeit und Kosten", "Die Ordnungswache wurde 2012 eingerichtet. Die jährlichen Kosten liegen bei rund 1,8 Millionen Euro aus dem städtischen Haushalt."),
        ("Wirkung", "Die Polizeiliche Kriminalstatistik weist für die Grazer Innenstadt in den letzten Jahren weniger Straßenkriminalität aus; ob dies mit der Ordnungswache zusammenhängt, ist offen. Eine Evaluation der Ordnungswache steht noch aus."),
    ], underline="=")
    truth(rel, title="Ordnungswache Graz", country="AT", city="Graz", start_year=2012, budget_eur=1800000,
          budget_amount=1800000, budget_currency="EUR", evaluated=False, evaluation_kind="none", evidence="none",
          themes=["public_spaces", "local_governance"],
          partners=["Stadt Graz", "Landespolizeidirektion Steiermark", "Holding Graz"], funding="Städtischer Haushalt",
          notes="None: 'Eine Evaluation der Ordnungswache steht noch aus'. The crime figures are police statistics about the problem (another body's data), explicitly not attributed to the practice – not an evaluation. Section called 'Wirkung' but no assessment. Budget illustrative.")

    rel = "de/help-u-wien.xlsx"
    w_xlsx(rel, [
        ("Titel", "help U – soziale Arbeit und Sicherheit in U-Bahn-Stationen"),
        ("Stadt", "Wien"),
        ("Land", "Österreich"),
        ("Beginn", "2011"),
        ("Ausgangslage", "In einigen U-Bahn-Stationen, besonders am Karlsplatz und an der U6, hielten sich viele suchtkranke und obdachlose Menschen auf. Fahrgäste fühlten sich unsicher, es gab Konflikte mit dem Stationspersonal."),
        ("Ziele", "Konflikte in den Stationen entschärfen, Menschen in Notlagen in Hilfseinrichtungen vermitteln, das Sicherheitsgefühl der Fahrgäste verbessern."),
        ("Maßnahmen", "Ein Team von Sozialarbeiterinnen und Sozialarbeitern ist in Zweierteams täglich in den Stationen unterwegs, spricht Menschen an, vermittelt in Einrichtungen der Sucht- und Wohnungslosenhilfe und stimmt sich mit Stationspersonal und Polizei ab."),
        ("Partner", "Wiener Linien; Sucht- und Drogenkoordination Wien; Suchthilfe Wien; Landespolizeidirektion Wien"),
        ("Budget", "aus den Mitteln der Wiener Linien und der Sucht- und Drogenkoordination; Betrag nicht veröffentlicht"),
        ("Dokumentation", "Das Team dokumentiert jeden Kontakt in einer eigenen Datenbank; die Zahlen werden monatlich an die Partner berichtet."),
        ("Wirkung", "Nach Angaben des Teams gingen die Beschwerden von Fahrgästen über die Situation am Karlsplatz seit dem Start um rund 30 % zurück."),
    ], sheet="Steckbrief", header=("Feld", "Inhalt"))
    truth(rel, title="help U – soziale Arbeit und Sicherheit in U-Bahn-Stationen", country="AT", city="Wien",
          city_aliases=["Vienna"], start_year=2011, evaluated=True, evaluation_kind="internal", evidence="outcome",
          themes=["public_spaces", "drugs", "reintegration"],
          partners=["Wiener Linien", "Sucht- und Drogenkoordination Wien", "Suchthilfe Wien", "Landespolizeidirektion Wien"],
          funding="Wiener Linien und Sucht- und Drogenkoordination Wien",
          notes="Internal: the team's own contact database reported monthly ('Dokumentation' row) and a change told by the team ('Nach Angaben des Teams … um rund 30 % zurück') in a 'Wirkung' row – no section called evaluation; own account of an outcome (complaints) without comparison: outcome. Header row plus field/value rows. The 30 % figure is illustrative; start year 2011 not confirmed.")

    rel = "de/sip-luzern.yaml"
    w_yaml(rel, {
        "titel": "SIP Luzern – Sicherheit, Intervention, Prävention",
        "stadt": "Luzern",
        "land": "Schweiz",
        "ausgangslage": "Rund um den Bahnhof, am Seeufer und in der Altstadt kam es zu Konflikten zwischen Randständigen, Jugendlichen, Touristinnen und Anwohnenden. Polizei und Sozialdienste erreichten diese Gruppen nur punktuell.",
        "ziele": ["Konflikte im öffentlichen Raum früh erkennen und entschärfen", "Menschen in schwierigen Lebenslagen an Hilfsangebote vermitteln", "das Zusammenleben im öffentlichen Raum verbessern"],
        "umsetzung": "Mitarbeitende mit sozialarbeiterischer Ausbildung sind in Zweierteams zu Fuss unterwegs, auch abends und am Wochenende. Sie sprechen Menschen an, schlichten Streit, weisen auf Regeln hin und arbeiten mit der Luzerner Polizei, der Gassenarbeit und den Quartiervereinen zusammen.",
        "beteiligte": ["Stadt Luzern (Sozial- und Sicherheitsdirektion)", "Luzerner Polizei", "Verein Kirchliche Gassenarbeit", "Quartiervereine"],
        "kosten": "rund 1,2 Millionen Franken pro Jahr",
        "beginn": "2006 als Pilot, seit 2010 fest",
        "evaluation": "Die Hochschule Luzern – Soziale Arbeit hat die Pilotphase im Auftrag des Stadtrats unabhängig evaluiert. Sie befragte Mitarbeitende, Partnerorganisationen und Gewerbetreibende und analysierte die Einsatzprotokolle. Der Bericht empfahl, SIP weiterzuführen und den Auftrag gegenüber der Polizei klarer abzugrenzen.",
    })
    truth(rel, title="SIP Luzern – Sicherheit, Intervention, Prävention", country="CH", city="Luzern", city_aliases=["Lucerne"],
          start_year=2006, budget_eur=1260000, budget_amount=1200000, budget_currency="CHF", evaluated=True,
          evaluation_kind="external", evidence="descriptive", themes=["public_spaces", "mediation"],
          partners=["Stadt Luzern", "Luzerner Polizei", "Verein Kirchliche Gassenarbeit", "Quartiervereine"],
          funding="Stadt Luzern",
          notes="External: a university of applied sciences (Hochschule Luzern) evaluated the pilot 'unabhängig' through interviews and log analysis – no design, no outcome: descriptive. 2006 pilot vs 2010 permanent: start_year 2006. Budget and the evaluation details are illustrative (CHF 1.05); the existence of SIP Luzern is from general knowledge.")

    rel = "de/pfade-zuerich.md"
    w_md(rel, "PFADE – soziales Lernen in Zürcher Primarschulen", [
        ("Worum geht es?", "PFADE (Programm zur Förderung alternativer Denkstrategien) ist die deutschsprachige Fassung des amerikanischen PATHS-Curriculums. Lehrpersonen üben mit Kindern der ersten bis dritten Klasse regelmässig, Gefühle zu erkennen, sich selbst zu beruhigen und Konflikte ohne Gewalt zu lösen."),
        ("Warum?", "Aggressives Verhalten in der frühen Schulzeit ist einer der stärksten Vorboten späterer Jugendgewalt und Delinquenz. Die Stadt Zürich wollte früh ansetzen, in allen Quartieren und unabhängig von der Herkunft der Kinder."),
        ("Wie?", "Rund 40 Lektionen pro Schuljahr, Elternabende und Weiterbildungen für Lehrpersonen; parallel wurde in einem Teil der Schulen ein Elterntraining (Triple P) angeboten."),
        ("Mit wem?", "Schul- und Sportdepartement der Stadt Zürich, Universität Zürich (Zürcher Projekt zur sozialen Entwicklung von Kindern, z-proso), Lehrpersonen und Schulleitungen."),
        ("Hat es gewirkt?", "Die Wirkung wurde im Rahmen von z-proso wissenschaftlich untersucht: 56 Primarschulen wurden per Los einer Gruppe mit PFADE, mit Elterntraining, mit beidem oder einer Kontrollgruppe ohne Programm zugeteilt. Das Verhalten der Kinder wurde über mehrere Jahre durch Lehrpersonen, Eltern und die Kinder selbst erfasst und zwischen den Gruppen verglichen."),
    ], front={"titel": "PFADE Zürich", "stadt": "Zürich", "land": "Schweiz", "beginn": 2004,
              "evaluation": "randomisierte Studie (z-proso, Universität Zürich)", "themen": ["Schule", "Jugendgewalt"]})
    truth(rel, title="PFADE – soziales Lernen in Zürcher Primarschulen", country="CH", city="Zürich", city_aliases=["Zurich"],
          start_year=2004, evaluated=True, evaluation_kind="scientific", evidence="experimental",
          themes=["schools", "youth"],
          partners=["Schul- und Sportdepartement der Stadt Zürich", "Universität Zürich (z-proso)"], funding=None,
          notes="Scientific/experimental: schools assigned 'per Los' to programme arms and a control group, compared over years; the front matter says 'randomisierte Studie'. Question headings. The z-proso trial (56 schools, 2004) is from general knowledge of the published study; its mixed results are deliberately not stated. No budget.")


# ---------------------------------------------------------------- Portuguese

def portuguese():
    rel = "pt/comercio-seguro-psp.txt"
    w_txt(rel, "Programa Comércio Seguro – PSP", [
        ("1. Enquadramento", "Os pequenos estabelecimentos comerciais, sobretudo nos centros urbanos e nas zonas de comércio tradicional, são alvo frequente de furtos, assaltos e burlas. Muitos comerciantes não apresentavam queixa por desconfiança ou por considerarem inútil fazê-lo."),
        ("2. Objetivos", "Aproximar a polícia dos comerciantes, prevenir furtos e roubos em estabelecimentos e melhorar a troca de informação entre comerciantes e esquadras."),
        ("3. Atividades", "Agentes das equipas de proximidade da Polícia de Segurança Pública visitam regularmente as lojas da sua área, fazem diagnósticos de segurança, dão conselhos sobre prevenção situacional (iluminação, montras, cofres, videovigilância) e mantêm um contacto direto com os comerciantes, por telefone ou mensagem, para alertas rápidos."),
        ("4. Parceiros", "Polícia de Segurança Pública, associações comerciais, câmaras municipais."),
        ("5. Período e financiamento", "Programa de âmbito nacional, integrado no modelo de policiamento de proximidade da PSP; sem orçamento próprio."),
        ("6. Avaliação", "—. Está prevista uma avaliação externa por uma instituição de ensino superior, anunciada para 2026."),
    ], underline="-")
    truth(rel, title="Programa Comércio Seguro – PSP", country="PT", city=None, start_year=None, evaluated=False,
          evaluation_kind="none", evidence="none", themes=["policing", "property_crime", "urban_design"],
          partners=["Polícia de Segurança Pública", "associações comerciais", "câmaras municipais"],
          funding="Orçamento da PSP (sem orçamento próprio)",
          notes="None: the evaluation field is a dash followed by an external evaluation that is only announced for 2026 – planned, not done; no own figures reported. National programme: city null. Numbered headings.")

    rel = "pt/housing-first-crescer-lisboa.md"
    w_md(rel, "É uma Casa – Housing First em Lisboa", [
        ("Porquê", "Em Lisboa, muitas pessoas em situação de sem-abrigo crónica, com problemas de saúde mental ou consumo de drogas, passavam anos entre a rua, albergues e urgências hospitalares sem nunca chegarem a uma habitação estável."),
        ("Para quê", "Dar acesso imediato a uma casa individual, sem exigir primeiro tratamento ou abstinência, e acompanhar cada pessoa para que mantenha a casa e reconstrua a sua vida."),
        ("Como", "A associação CRESCER arrenda apartamentos dispersos pela cidade e uma equipa técnica faz visitas domiciliárias regulares, apoia na gestão da casa, na saúde e no acesso a direitos e emprego. O projeto começou em 2013 com um pequeno número de casas e cresceu com o apoio da Câmara."),
        ("Com quem", "CRESCER – Associação de Intervenção Comunitária, Câmara Municipal de Lisboa, Santa Casa da Misericórdia de Lisboa, equipas de rua e serviços de saúde."),
        ("O que conseguimos", "Segundo os registos da equipa, até 2022 foram alojadas mais de 100 pessoas e a equipa realizou mais de 5 000 visitas domiciliárias. Uma avaliação externa foi anunciada pela Câmara, mas ainda não foi realizada."),
    ], front={"título": "É uma Casa – Housing First", "cidade": "Lisboa", "país": "Portugal", "início": 2013,
              "orçamento": "cerca de 600 000 euros por ano", "avaliação": "ver 'O que conseguimos'"})
    truth(rel, title="É uma Casa – Housing First em Lisboa", country="PT", city="Lisboa", city_aliases=["Lisbon"],
          start_year=2013, budget_eur=600000, budget_amount=600000, budget_currency="EUR", evaluated=True,
          evaluation_kind="internal", evidence="descriptive", themes=["reintegration", "drugs"],
          partners=["CRESCER – Associação de Intervenção Comunitária", "Câmara Municipal de Lisboa", "Santa Casa da Misericórdia de Lisboa"],
          funding="Câmara Municipal de Lisboa",
          notes="Internal: the team's own records ('Segundo os registos da equipa') under 'O que conseguimos' – people housed and home visits are outputs, so descriptive. Trap: an external evaluation 'foi anunciada … mas ainda não foi realizada' – announced, not done, so not external. Front-matter 'avaliação' points to the results section. Budget illustrative; start 2013 from general knowledge.")

    rel = "pt/mediadores-municipais-interculturais.pdf"
    w_pdf(rel, "Mediadores Municipais e Interculturais", [
        ("Contexto", "Em vários municípios portugueses, bairros com forte presença de comunidades ciganas e imigrantes viviam tensões entre vizinhos, dificuldades de acesso aos serviços públicos e desconfiança mútua entre moradores e instituições, incluindo a polícia."),
        ("Objetivos", "Prevenir e gerir conflitos de vizinhança e interculturais, facilitar o acesso das comunidades aos serviços municipais, escolas e centros de saúde e reforçar a participação dos moradores."),
        ("Atividades", "Equipas de mediadores, muitos deles oriundos das próprias comunidades, trabalham nos serviços da câmara e nos bairros: acompanham famílias, intervêm em conflitos, dinamizam grupos de moradores e fazem a ponte com escolas, centros de saúde e forças de segurança."),
        ("Parceiros", "Alto Comissariado para as Migrações, municípios aderentes, associações locais, Fundo Social Europeu."),
        ("Financiamento", "Cofinanciado pelo Fundo Social Europeu e pelos municípios."),
        ("Avaliação", "O programa foi objeto de uma avaliação externa realizada por investigadores do ISCTE – Instituto Universitário de Lisboa, que analisaram, através de entrevistas e questionários a mediadores, técnicos municipais e moradores, o funcionamento das equipas e a sua integração nos serviços. A avaliação apontou a precariedade dos contratos dos mediadores como principal fragilidade."),
    ], head="Ficha de prática · mediação intercultural", foot="Repositório de práticas locais", break_before=3)
    truth(rel, title="Mediadores Municipais e Interculturais", country="PT", city=None, start_year=None, evaluated=True,
          evaluation_kind="external", evidence="descriptive", themes=["mediation", "migration", "discrimination"],
          partners=["Alto Comissariado para as Migrações", "municípios aderentes", "associações locais", "Fundo Social Europeu"],
          funding="Fundo Social Europeu e municípios",
          notes="External: university researchers (ISCTE) evaluated how the teams worked, by interviews and questionnaires – no design, no outcome: descriptive. Multi-municipality programme: city null; no start year. The ISCTE evaluation is ILLUSTRATIVE (not confirmed); the programme itself is from general knowledge.")

    rel = "pt/anos-incriveis-coimbra.json"
    w_json(rel, {
        "título": "Anos Incríveis – programa para pais de crianças com comportamentos difíceis",
        "país": "Portugal",
        "região": "Região Centro (Coimbra e concelhos vizinhos)",
        "contexto": "Problemas de comportamento precoces, como agressividade e desobediência persistentes, aumentam o risco de insucesso escolar, delinquência juvenil e violência na adolescência.",
        "objetivos": "Reforçar as competências educativas dos pais de crianças dos 3 aos 8 anos e reduzir os problemas de comportamento das crianças.",
        "atividades": "Grupos de pais reúnem-se semanalmente durante 14 sessões, orientados por dois dinamizadores treinados, com vídeos, dramatizações e trabalhos de casa sobre brincar, elogiar, estabelecer limites e lidar com o mau comportamento.",
        "parceiros": ["Universidade de Coimbra (Faculdade de Psicologia e de Ciências da Educação)", "centros de saúde", "comissões de proteção de crianças e jovens", "jardins de infância"],
        "financiamento": "Fundação para a Ciência e a Tecnologia (projeto de investigação)",
        "avaliação": "Estudo da Universidade de Coimbra com distribuição aleatória das famílias: metade participou de imediato no programa e a outra metade ficou em lista de espera como grupo de controlo. Os problemas de comportamento das crianças e as práticas parentais foram medidos antes e depois nos dois grupos e comparados.",
    })
    truth(rel, title="Anos Incríveis – programa para pais de crianças com comportamentos difíceis", country="PT", city=None,
          start_year=None, evaluated=True, evaluation_kind="scientific", evidence="experimental",
          themes=["youth"],
          partners=["Universidade de Coimbra", "centros de saúde", "comissões de proteção de crianças e jovens", "jardins de infância"],
          funding="Fundação para a Ciência e a Tecnologia",
          notes="Scientific/experimental: 'distribuição aleatória das famílias', waiting-list 'grupo de controlo', before/after in both groups. Region only ('Região Centro (Coimbra e concelhos vizinhos)'): city null, Coimbra is named only as part of a region. JSON keys in Portuguese. The Coimbra Incredible Years RCT is from general knowledge; funding attribution (FCT) not confirmed.")


# ---------------------------------------------------------------- Dutch

def dutch():
    rel = "nl/stadstoezicht-groningen.docx"
    w_docx(rel, "Stadstoezicht in de binnenstad van Groningen", [
        ("Aanleiding", "De Groningse binnenstad trekt veel studenten, uitgaanspubliek en bezoekers. Bewoners en ondernemers klaagden over fietsen die overal werden neergezet, zwerfafval, wildplassen en overlast na sluitingstijd."),
        ("Wat willen we bereiken?", "Een schone, hele en veilige binnenstad; minder overlast voor bewoners; snellere aanpak van kleine ergernissen zodat de politie zich op ernstiger zaken kan richten."),
        ("Aanpak", "Buitengewoon opsporingsambtenaren (boa's) van de gemeente lopen dagelijks en in het weekend 's nachts door de binnenstad, spreken mensen aan, schrijven bekeuringen uit en verwijderen foutgeparkeerde fietsen. Zij werken samen met de politie, horecaportiers en het cameratoezicht."),
        ("Samenwerking", "Gemeente Groningen (Stadstoezicht), Politie Noord-Nederland, Koninklijke Horeca Groningen, binnenstadsondernemers."),
        ("Geld en looptijd", "Het toezicht is structureel en wordt betaald uit de gemeentebegroting."),
        ("Evaluatie", "Het landelijke programma waarin gemeenten ervaringen met handhaving in de openbare ruimte uitwisselen is geëvalueerd, maar het Groningse stadstoezicht zelf is niet geëvalueerd."),
    ], bold_headings=True, table=[
        ("Veld", "Waarde"),
        ("Plaats", "Groningen, binnenstad"),
        ("Uitvoerder", "Gemeente Groningen – Stadstoezicht"),
        ("Evaluatie", "niet geëvalueerd"),
    ])
    truth(rel, title="Stadstoezicht in de binnenstad van Groningen", country="NL", city="Groningen", start_year=None,
          evaluated=False, evaluation_kind="none", evidence="none", themes=["public_spaces", "nightlife", "local_governance"],
          partners=["Gemeente Groningen", "Politie Noord-Nederland", "Koninklijke Horeca Groningen", "binnenstadsondernemers"],
          funding="Gemeentebegroting",
          notes="None: the national exchange programme was evaluated, 'maar het Groningse stadstoezicht zelf is niet geëvalueerd' – the evaluation of an umbrella programme, not of this practice; table row 'niet geëvalueerd'. Bold-paragraph headings; a field/value table whose first row is a header ('Veld', 'Waarde'). No start year or budget amount.")

    rel = "nl/interventieteams-rotterdam.html"
    w_html(rel, "nl", "Interventieteams Rotterdam", [
        ("Waarom?", "In sommige Rotterdamse wijken stonden woningen vol met meer bewoners dan toegestaan, werden panden illegaal onderverhuurd en stonden mensen op adressen ingeschreven waar ze niet woonden. Dat leidde tot overlast, uitbuiting door huisjesmelkers, brandgevaar en onterecht ontvangen uitkeringen."),
        ("Doel", "Misstanden achter de voordeur opsporen en aanpakken, kwetsbare bewoners in beeld krijgen en hulp bieden, en de leefbaarheid in de wijken verbeteren."),
        ("Werkwijze", "Sinds 2003 leggen teams van gemeentelijke diensten, politie, woningcorporaties en soms de Belastingdienst gezamenlijk huisbezoeken af in een straat of buurt. Wie medewerking weigert, krijgt een vervolggesprek; signalen van schulden, verwaarlozing of uitbuiting gaan naar het wijkteam."),
        ("Partners", "Gemeente Rotterdam, Politie Rotterdam, woningcorporaties, Belastingdienst, UWV."),
        ("Monitoring", "Het programmabureau houdt in een eigen dashboard per wijk bij hoeveel adressen zijn bezocht, hoeveel meldingen zijn doorgezet en welke maatregelen zijn genomen. De cijfers worden ieder kwartaal aan de gemeenteraad gerapporteerd."),
        ("Wat heeft het opgeleverd?", "In 2019 bezochten de teams ruim 12 000 adressen; bij ongeveer een op de vijf bezoeken werd een melding doorgezet naar een andere dienst."),
    ], site="Kennisplein Veilige Wijk", nav=["Home", "Praktijken", "Thema's", "Over ons"],
       cookie="Wij gebruiken cookies om deze website te verbeteren. Akkoord?",
       footer="Kennisplein Veilige Wijk · Oudegracht 10, Utrecht", meta="Thema: woonoverlast en ondermijning")
    truth(rel, title="Interventieteams Rotterdam", country="NL", city="Rotterdam", start_year=2003, evaluated=True,
          evaluation_kind="internal", evidence="descriptive", themes=["local_governance", "urban_design", "trafficking"],
          partners=["Gemeente Rotterdam", "Politie Rotterdam", "woningcorporaties", "Belastingdienst", "UWV"], funding=None,
          notes="Internal: the programme office's own dashboard, reported quarterly to the council ('Monitoring'), and figures under 'Wat heeft het opgeleverd?' that are only outputs (addresses visited, referrals) – still the team's own record, so internal/descriptive, not none. The word 'evaluatie' never appears. Footer address in Utrecht is the portal's. 2003 from general knowledge; 2019 figures illustrative.")

    rel = "nl/cameratoezicht-den-haag.yaml"
    w_yaml(rel, {
        "naam": "Cameratoezicht in de Haagse binnenstad en Schilderswijk",
        "gemeente": "Den Haag",
        "land": "Nederland",
        "aanleiding": "Rond de Grote Markt, het Hobbemaplein en de Schilderswijk waren er veel meldingen van straatroof, drugshandel en geweld in het uitgaansleven.",
        "doelen": ["straatcriminaliteit en overlast verminderen", "de politie sneller laten optreden", "beelden beschikbaar maken voor opsporing"],
        "maatregelen": "Vaste en mobiele camera's worden vanuit de meldkamer door politiemensen en gemeentelijke cameratoezichthouders uitgekeken. Bij een incident wordt direct een eenheid gestuurd. De burgemeester wijst de gebieden aan en verlengt het toezicht telkens voor een bepaalde periode.",
        "partners": ["Gemeente Den Haag", "Politie Haaglanden", "Openbaar Ministerie"],
        "kosten": "ca. 2 miljoen euro per jaar",
        "startjaar": 2005,
        "evaluatie": "Niet alleen de gemeente volgt het toezicht met eigen cijfers; het onderzoeksbureau DSP-groep heeft het cameratoezicht in opdracht van de gemeente onafhankelijk geëvalueerd. Het bureau keek naar de inzet van de camera's, de samenwerking in de meldkamer en de ervaringen van politie en toezichthouders, en adviseerde het toezicht in twee gebieden af te bouwen.",
        "resultaten": "Volgens de eigen monitor van de gemeente daalde het aantal geregistreerde straatroven in de cameragebieden sinds de invoering met ongeveer een derde.",
    })
    truth(rel, title="Cameratoezicht in de Haagse binnenstad en Schilderswijk", country="NL", city="Den Haag",
          city_aliases=["The Hague", "'s-Gravenhage"], start_year=2005, budget_eur=2000000, budget_amount=2000000,
          budget_currency="EUR", evaluated=True, evaluation_kind="external", evidence="outcome",
          themes=["technology", "public_spaces", "policing", "property_crime"],
          partners=["Gemeente Den Haag", "Politie Haaglanden", "Openbaar Ministerie"], funding="Gemeente Den Haag",
          notes="External: 'Niet alleen de gemeente volgt het toezicht met eigen cijfers; … DSP-groep … onafhankelijk geëvalueerd' – the 'niet alleen' clause is about internal monitoring, the independent consultancy evaluation is affirmed. DSP looked at operation only (descriptive), but the city's own monitor in 'resultaten' reports a fall in street robberies (before/after, no comparison) – strongest level outcome. DSP evaluation, start year, budget and the one-third figure are ILLUSTRATIVE.")

    rel = "nl/rots-en-water-scholen.xlsx"
    w_xlsx(rel, [
        ("Titel", "Rots en Water – weerbaarheidstraining in het basis- en voortgezet onderwijs"),
        ("Land", "Nederland"),
        ("Uitvoering", "scholen in verschillende gemeenten, getraind door het Gadaku Instituut"),
        ("Aanleiding", "Scholen zagen veel pestgedrag, vechtpartijen op het plein en leerlingen die zich niet konden verweren of juist snel agressief werden."),
        ("Doel", "Leerlingen leren hun grenzen aan te geven, zelfvertrouwen op te bouwen en conflicten zonder geweld op te lossen; pesten en agressie verminderen."),
        ("Activiteiten", "Een psychofysieke training van ongeveer tien lessen waarin fysieke oefeningen (staan, ademen, grenzen stellen) worden afgewisseld met kringgesprekken. Leerkrachten volgen een meerdaagse instructeursopleiding."),
        ("Partners", "Gadaku Instituut; scholen; GGD'en; gemeentelijke jeugdafdelingen"),
        ("Financiering", "scholen en gemeentelijke subsidies voor jeugdpreventie"),
        ("Onderzoek", "Onderzoekers van een universiteit vergeleken leerlingen van scholen die de training kregen met leerlingen van vergelijkbare scholen zonder training (controlegroep). Zelfvertrouwen, sociale vaardigheden en betrokkenheid bij pesten werden voor en na de training gemeten in beide groepen. De scholen werden niet gerandomiseerd."),
    ], sheet="Praktijk")
    truth(rel, title="Rots en Water – weerbaarheidstraining in het basis- en voortgezet onderwijs", country="NL", city=None,
          start_year=None, evaluated=True, evaluation_kind="scientific", evidence="quasi_experimental",
          themes=["schools", "youth"],
          partners=["Gadaku Instituut", "scholen", "GGD'en", "gemeentelijke jeugdafdelingen"],
          funding="Scholen en gemeentelijke subsidies voor jeugdpreventie",
          notes="Scientific/quasi-experimental: comparison schools without the training ('controlegroep'), measured before and after; 'niet gerandomiseerd' negates only randomisation. Field named 'Onderzoek', not 'evaluatie'. Multi-municipality: city null. The programme and its developer are real; the described study is a simplified, ILLUSTRATIVE account (not checked against a specific publication).")


def build():
    english()
    french()
    spanish()
    italian()
    german()
    portuguese()
    dutch()
    (HERE / "truth.json").write_text(json.dumps({"sheets": dict(sorted(TRUTH.items()))}, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(len(TRUTH), "sheets")


if __name__ == "__main__":
    build()
