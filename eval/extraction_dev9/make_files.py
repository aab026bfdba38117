# ruff: noqa: E501
"""Build the dev9 extraction set (evaluation wordings): sheets/<lang>/* and truth.json.

Deterministic: no dates of today, no randomness. Run with the project venv:
    /work/main/.venv/bin/python make_files.py
"""

import json
from datetime import UTC, datetime
from pathlib import Path

import yaml
from docx import Document
from fpdf import FPDF
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

FIXED = datetime(2026, 12, 2, tzinfo=UTC)
SHEETS = []
TRUTH = {}


def truth(title, lang, country, city, start, evaluated, kind, evidence, themes,
          partners, notes, *, aliases=(), end=None, budget_eur=None, amount=None,
          currency=None, funding=None, sheet_kind="practice"):
    return {
        "title": title, "language": lang, "kind": sheet_kind, "country": country,
        "city": city, "city_aliases": list(aliases), "start_year": start,
        "end_year": end, "budget_eur": budget_eur, "budget_amount": amount,
        "budget_currency": currency, "evaluated": evaluated, "evaluation_kind": kind,
        "evidence": evidence, "themes": list(themes), "partners": list(partners),
        "funding": funding, "notes": notes,
    }


def add(path, t, **spec):
    spec["path"] = path
    spec["title"] = t["title"]
    SHEETS.append(spec)
    TRUTH["sheets/" + path] = t


# ---------------------------------------------------------------- renderers

def render_md(s):
    out = []
    if s.get("fm"):
        out.append("---")
        out.append(yaml.safe_dump(s["fm"], allow_unicode=True, sort_keys=False).strip())
        out.append("---")
        out.append("")
    for line in s.get("meta", []):
        out.append(line)
        out.append("")
    out.append("# " + s["title"])
    out.append("")
    mark = s.get("mark", "##")
    for head, body in s["sections"]:
        if head:
            out.append(f"{mark} {head}")
            out.append("")
        out.append(body.strip())
        out.append("")
    for line in s.get("footer", []):
        out.append(line)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_txt(s):
    out = []
    for line in s.get("meta", []):
        out.append(line)
    if s.get("meta"):
        out.append("")
    out.append(s["title"].upper() if s.get("upper_title") else s["title"])
    out.append("=" * min(len(s["title"]), 70))
    out.append("")
    style = s.get("txt_style", "upper")
    for i, (head, body) in enumerate(s["sections"], 1):
        if head:
            if style == "upper":
                out.append(head.upper())
            elif style == "numbered":
                out.append(f"{i}. {head}")
            elif style == "colon":
                out.append(head + ":")
            else:
                out.append(head)
        out.append(body.strip())
        out.append("")
    for line in s.get("footer", []):
        out.append(line)
    return "\n".join(out).rstrip() + "\n"


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(s):
    lang = s["path"].split("/")[0]
    nav = " | ".join(esc(x) for x in s.get("nav", ["Home", "Practices", "Contact"]))
    parts = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
        f"<title>{esc(s['title'])} – {esc(s.get('portal', 'Portal'))}</title>", "</head>",
        "<body>",
        f'<div class="cookie-banner">{esc(s.get("cookie", "This site uses cookies."))}</div>',
        f'<header><p class="site">{esc(s.get("portal", "Portal"))}</p><nav>{nav}</nav></header>',
    ]
    if s.get("crumbs"):
        parts.append(f'<p class="breadcrumbs">{esc(s["crumbs"])}</p>')
    parts.append("<main>")
    parts.append(f"<h1>{esc(s['title'])}</h1>")
    for line in s.get("meta", []):
        parts.append(f'<p class="meta">{esc(line)}</p>')
    for head, body in s["sections"]:
        if head:
            parts.append(f"<h2>{esc(head)}</h2>")
        for para in body.strip().split("\n\n"):
            parts.append(f"<p>{esc(para.strip())}</p>")
    parts.append("</main>")
    foot = "<br>".join(esc(x) for x in s.get("footer", []))
    parts.append(f"<footer><p>{foot}</p></footer>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def render_docx(s, target):
    doc = Document()
    core = doc.core_properties
    core.author = "Practice Repository"
    core.title = s["title"]
    core.created = FIXED
    core.modified = FIXED
    for line in s.get("meta", []):
        doc.add_paragraph(line)
    doc.add_heading(s["title"], level=1)
    if s.get("table"):
        table = doc.add_table(rows=0, cols=2)
        for key, value in s["table"]:
            row = table.add_row().cells
            row[0].text = key
            row[1].text = value
        doc.add_paragraph("")
    bold = s.get("bold_heads", False)
    for head, body in s["sections"]:
        if head:
            if bold:
                p = doc.add_paragraph()
                p.add_run(head).bold = True
            else:
                doc.add_heading(head, level=2)
        for para in body.strip().split("\n\n"):
            doc.add_paragraph(para.strip())
    for line in s.get("footer", []):
        doc.add_paragraph(line)
    doc.save(target)


class SheetPDF(FPDF):
    header_text = ""
    footer_text = ""

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, self.header_text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, f"{self.footer_text}    {self.page_no()}/{{nb}}", align="C")


def render_pdf(s, target):
    pdf = SheetPDF()
    pdf.header_text = s.get("pdf_header", s.get("portal", ""))
    pdf.footer_text = s.get("pdf_footer", "")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 8, s["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9)
    for line in s.get("meta", []):
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for head, body in s["sections"]:
        if head:
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.set_font("DejaVu", "", 10)
        for para in body.strip().split("\n\n"):
            pdf.multi_cell(0, 5, para.strip(), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.set_font("DejaVu", "", 8)
    for line in s.get("footer", []):
        pdf.multi_cell(0, 4, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))


def render_xlsx(s, target):
    wb = Workbook()
    ws = wb.active
    ws.title = s.get("sheet_name", "Sheet")
    for row in s["rows"]:
        ws.append(list(row))
    wb.properties.creator = "Practice Repository"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    wb.save(target)


def build():
    for s in SHEETS:
        target = HERE / "sheets" / s["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        ext = target.suffix[1:]
        if ext == "md":
            target.write_text(render_md(s), encoding="utf-8")
        elif ext == "txt":
            target.write_text(render_txt(s), encoding="utf-8")
        elif ext == "html":
            target.write_text(render_html(s), encoding="utf-8")
        elif ext == "json":
            target.write_text(json.dumps(s["data"], ensure_ascii=False, indent=2) + "\n",
                              encoding="utf-8")
        elif ext == "yaml":
            target.write_text(yaml.safe_dump(s["data"], allow_unicode=True, sort_keys=False,
                                             width=100), encoding="utf-8")
        elif ext == "docx":
            render_docx(s, target)
        elif ext == "pdf":
            render_pdf(s, target)
        elif ext == "xlsx":
            render_xlsx(s, target)
        else:
            raise ValueError(ext)
    (HERE / "truth.json").write_text(
        json.dumps({"sheets": TRUTH}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- English

add("en/pcso-hot-spots-peterborough.pdf", truth(
    "PCSO patrols at crime hot spots, Peterborough", "en", "GB", "Peterborough", 2013,
    True, "scientific", "experimental", ["policing", "public_spaces", "property_crime"],
    ["Cambridgeshire Constabulary", "University of Cambridge Institute of Criminology"],
    "The randomised design is stated only in the summary box at the top; the later 'What we learned' "
    "section talks about lessons and never uses the word evaluation.", end=2013),
    portal="Safer Places Practice Notes", pdf_header="Safer Places Practice Notes · Policing series",
    pdf_footer="Safer Places Practice Notes – practice note 17",
    meta=["At a glance: for twelve months in 2013, community support officers in Peterborough "
          "made short, unpredictable visits to half of the city's 72 worst hot spots. Which spots "
          "got the visits was drawn at random, and the others carried on as usual, so that "
          "Cambridge criminologists could compare the two groups."],
    sections=[
        ("Why Peterborough tried it", """
Like most English forces after 2010, Cambridgeshire Constabulary had fewer warranted officers and
relied more on police community support officers (PCSOs), who have no power of arrest. Crime in the
city was concentrated: a few dozen street segments and small areas produced a large share of the
calls for service and recorded crime. The question was whether uniformed but unarmed staff could
deter crime simply by being seen at the right places."""),
        ("What the officers did", """
Each selected hot spot received around fifteen minutes of foot patrol, several times a day, at
varying times. Officers spoke to shopkeepers and residents and noted what they found. A GPS device
recorded where they went, so that supervisors could check that the dosage was actually delivered."""),
        ("What we learned", """
Patrolled spots recorded noticeably less crime and fewer emergency calls than the spots that were
left to normal policing, and there was no sign of crime simply moving round the corner. The force
concluded that short, frequent visits by PCSOs are a sensible use of their time and extended the
approach to other parts of the county. Managers stress that patrols need to be tracked: without
GPS data the team would not have known how uneven the first weeks were."""),
        ("Contact", "Cambridgeshire Constabulary, Hinchingbrooke Park, Huntingdon."),
    ],
    footer=["Text written for Safer Places Practice Notes from published sources."])

add("en/project-adder.docx", truth(
    "Project ADDER – Addiction, Diversion, Disruption, Enforcement and Recovery", "en", "GB", None,
    2021, False, "none", "none", ["drugs", "policing", "organised_crime", "reintegration"],
    ["Home Office", "Department of Health and Social Care", "local police forces",
     "local drug treatment services"],
    "National programme with five pilot areas and a London address in the footer: city null. "
    "The 'Evaluation' heading only says an evaluation is being carried out, so not evaluated (none).",
    funding="Home Office and Department of Health and Social Care"),
    bold_heads=False,
    table=[("Programme", "Project ADDER"), ("Level", "National (England and Wales)"),
           ("Launched", "January 2021"), ("Lead", "Home Office with health partners")],
    sections=[
        ("Background", """
Project ADDER was launched by the UK Government in January 2021 as a joined-up answer to drug
markets and drug-related deaths. The first areas chosen were Blackpool, Hastings, Middlesbrough,
Norwich and Swansea Bay, places with high rates of drug deaths and active supply networks; more
areas were added later."""),
        ("How it works", """
In each area the police, the local council, treatment providers and probation work to a shared
plan. Enforcement targets the county lines and local dealers, while people arrested for possession
are steered into treatment rather than prosecution where possible. Funding pays for extra treatment
places, diversion workers in custody suites and officers dedicated to the supply side."""),
        ("Evaluation", """
An evaluation of the programme has been commissioned by the Home Office and is being carried out
across the ADDER areas. Its findings are expected after the end of the funding period; until then
the areas report only their delivery to the programme team."""),
    ],
    footer=["Drugs and Firearms Unit, 2 Marsham Street, London SW1P 4DF"])

add("en/north-east-inner-city-dublin.md", truth(
    "North East Inner City Initiative (NEIC), Dublin", "en", "IE", "Dublin", 2016,
    True, "internal", "outcome", ["organised_crime", "local_governance", "youth", "urban_design"],
    ["Department of the Taoiseach", "Dublin City Council", "An Garda Síochána", "Tusla",
     "local community organisations"],
    "The assessment is the initiative's own progress reports in a section headed 'What has changed?'; "
    "the word evaluation never appears. Fall in reported crime without a named evaluator = internal, outcome.",
    funding="Government of Ireland"),
    fm={"title": "North East Inner City Initiative", "country": "Ireland", "city": "Dublin",
        "theme": "community regeneration after gang violence"},
    sections=[
        ("Where it comes from", """
In 2016 a feud between two criminal gangs led to a series of killings in Dublin's north inner city.
The Taoiseach asked Kieran Mulvey to report on the area, and his report, published in 2017,
recommended a dedicated programme office, a board answering to government and a mix of policing,
education, jobs and physical improvements for the streets around Sheriff Street, Summerhill and
North Wall."""),
        ("What the initiative does", """
The programme office funds and coordinates projects with local groups: early-years and family
support, youth diversion, training places with employers in the docklands, a community policing
forum, and the greening and cleaning of streets and flat complexes. Garda numbers in the area were
raised in the first years."""),
        ("What has changed?", """
The programme office publishes a progress report every year. The latest ones list the projects
delivered and report that the number of serious violent incidents in the area fell well below the
levels of 2016, that more young people stay on in school and that residents say they feel safer on
the main streets. The office describes these figures as signs that the approach is working, while
noting that drug dealing remains visible."""),
    ],
    footer=["Practice shared through the Irish local safety network. Editor's office: Cork."])

add("en/youth-inclusion-programme.txt", truth(
    "Youth Inclusion Programme (YIP)", "en", "GB", None, 2000,
    True, "external", "outcome", ["youth", "sport", "reintegration"],
    ["Youth Justice Board", "local youth offending teams", "Morgan Harris Burrows"],
    "National programme; the evaluator is named in full once and then only by its initials (MHB). "
    "A consultancy measured arrest rates of the target group without a comparison group: external, outcome.",
    funding="Youth Justice Board"),
    txt_style="numbered",
    meta=["Practice record – England and Wales – youth crime prevention"],
    sections=[
        ("Summary", """
The Youth Inclusion Programme was set up by the Youth Justice Board for England and Wales in 2000.
It worked in about seventy of the most deprived neighbourhoods and offered 13 to 16 year olds who
were most at risk of offending a place to go, activities, help with school and mentoring."""),
        ("Method", """
Each project identified the fifty young people judged most at risk in its neighbourhood, in
consultation with the police, schools and social services, and aimed to engage them for at least
ten hours a week. Sport, arts, outdoor trips and homework clubs were the usual hooks, run by
voluntary and council youth services."""),
        ("Assessment", """
The Youth Justice Board commissioned the consultancy Morgan Harris Burrows to assess the first three
years. MHB looked at how the projects were run and at the arrest records of the young people in the
target groups. Its report found that arrest rates fell among those who were engaged, though many
projects struggled to reach the required hours, and that recorded crime in the neighbourhoods did
not fall across the board."""),
        ("Further information", "Youth Justice Board, 102 Petty France, London."),
    ])

add("en/violence-reduction-west-midlands.html", truth(
    "West Midlands Violence Reduction Unit", "en", "GB", None, 2019,
    False, "none", "none", ["youth", "local_governance", "policing"],
    ["West Midlands Police and Crime Commissioner", "West Midlands Police", "NHS partners",
     "local authorities of the West Midlands"],
    "Names the Glasgow unit's evaluation (a DIFFERENT programme) and says its own evaluation "
    "framework is still being set up: not evaluated. Regional unit based in Birmingham: city null.",
    funding="Home Office"),
    portal="Urban Safety Exchange", nav=["Home", "Practice library", "Themes", "About"],
    crumbs="Home › Practice library › Violence prevention",
    cookie="We use cookies to understand how the library is used. Accept / Decline",
    meta=["Region: West Midlands · Country: United Kingdom · Theme: serious violence"],
    sections=[
        ("The idea", """
The unit was set up in 2019 with Home Office money, as one of eighteen violence reduction units in
England and Wales. It brings the police, councils, health services, schools and community groups
of Birmingham, Coventry, Wolverhampton and the four other boroughs together to treat violence as
something that can be prevented, as a public health problem."""),
        ("What happens", """
The unit funds navigators in hospital emergency departments and custody suites, mentoring for
young people excluded from school, and small grants for neighbourhood groups. It also pools data
so that partners can see where and when knife crime concentrates."""),
        ("Does it work?", """
The model is inspired by Scotland, where the Glasgow Violence Reduction Unit was credited with a
large fall in homicides and has been studied by several researchers. For the West Midlands unit
itself, an evaluation framework is still being agreed with the Home Office, and no findings can be
reported yet."""),
    ],
    footer=["Urban Safety Exchange · c/o 1 Lloyd Square, Manchester", "© Urban Safety Exchange"])
# ---------------------------------------------------------------- French

add("fr/tapaj-bordeaux.html", truth(
    "TAPAJ – Travail alternatif payé à la journée", "fr", "FR", "Bordeaux", 2012,
    True, "internal", "descriptive", ["drugs", "youth", "reintegration"],
    ["CEID Addictions", "Ville de Bordeaux"],
    "Ville only in the meta line; the assessment is the association's own yearly 'Bilan' of "
    "participation and exits to jobs, never called an évaluation: internal, descriptive. "
    "Montréal is where the model comes from, not the practice's city."),
    portal="Portail Prévention & Territoires", nav=["Accueil", "Fiches pratiques", "Thèmes", "Contact"],
    crumbs="Accueil › Fiches pratiques › Addictions",
    cookie="Ce site utilise des cookies de mesure d'audience. Accepter / Refuser",
    meta=["Ville : Bordeaux · Pays : France · Porteur : CEID Addictions"],
    sections=[
        ("Origine", """
Le dispositif reprend une idée née à Montréal à la fin des années 1990 : proposer à des jeunes en
errance, souvent consommateurs de drogues, un travail payé le jour même, sans condition préalable.
Le CEID l'a adapté en 2012 pour les jeunes de la rue du centre-ville."""),
        ("Déroulement", """
Les jeunes s'inscrivent le matin même pour une demi-journée de travail encadrée (entretien
d'espaces verts, manutention, nettoyage de chantiers) confiée par des entreprises et des services
publics partenaires. Ils sont payés en fin de journée. Un éducateur les accompagne ensuite vers un
suivi en addictologie, un logement ou une formation."""),
        ("Bilan", """
Chaque année, l'association fait le point sur le dispositif : nombre de jeunes accueillis, heures
travaillées, jeunes passés à un contrat plus long ou entrés en soins. Elle en tire la conclusion
que le travail à la journée est une porte d'entrée efficace vers l'accompagnement, et le modèle a
depuis essaimé dans d'autres villes françaises."""),
    ],
    footer=["Portail Prévention & Territoires – 10 rue de la République, Lyon"])

add("fr/unplugged-loiret.pdf", truth(
    "Unplugged dans les collèges du Loiret", "fr", "FR", None, None,
    True, "scientific", "quasi_experimental", ["drugs", "schools", "youth"],
    ["APLEAT (Orléans)", "Santé publique France", "MILDECA", "collèges du Loiret"],
    "Departmental programme: Orléans appears only as the seat of the association, so city null. "
    "Comparison with pupils who had no prevention programme, carried out by Santé publique France: "
    "scientific, quasi-experimental. The European trial of the original programme is another study."),
    portal="Fiches Prévention Jeunesse",
    pdf_header="Fiches Prévention Jeunesse · Addictions et milieu scolaire",
    pdf_footer="Fiche 2 – milieu scolaire",
    meta=["Territoire : département du Loiret · Porteur : APLEAT, Orléans"],
    sections=[
        ("En bref", """
Unplugged est un programme européen de prévention des consommations de tabac, d'alcool et de
cannabis chez les collégiens de 12 à 14 ans. Il a été adapté en France par l'APLEAT, association
d'addictologie d'Orléans, et retenu parmi les projets prometteurs soutenus par la MILDECA."""),
        ("Contenu", """
Douze séances animées par les enseignants eux-mêmes, formés au préalable : jeux de rôle, débats,
exercices sur la pression du groupe et sur les idées reçues (« tout le monde fume »). Le programme
mise sur les compétences psychosociales plutôt que sur l'information sur les produits."""),
        ("Que sait-on de ses effets ?", """
Santé publique France a mesuré les consommations d'environ un millier d'élèves de douze collèges,
avant le programme puis un et trois mois après, en comparant les classes qui suivaient Unplugged à
des classes sans aucune action de prévention. Les élèves du programme ont moins expérimenté la
cigarette, le cannabis et l'ivresse que ceux du groupe de comparaison. Le programme européen
d'origine avait déjà fait l'objet d'un essai dans plusieurs pays."""),
    ],
    footer=["APLEAT – Orléans. Fiche rédigée à partir de sources publiques."])

# ---------------------------------------------------------------- Spanish

add("es/conred-cordoba.json", truth(
    "ConRed: conocer, construir y convivir en la red", "es", "ES", "Córdoba", None,
    True, "scientific", "quasi_experimental", ["schools", "youth", "technology"],
    ["Universidad de Córdoba", "Universidad de Sevilla", "centros de secundaria de Córdoba"],
    "The evaluation sits under the key 'resultados', not 'evaluación'; the comparison with "
    "classes that did not take part is written in everyday words."),
    data={
        "titulo": "ConRed: conocer, construir y convivir en la red",
        "ciudad": "Córdoba",
        "pais": "España",
        "ambito": "convivencia escolar y ciberacoso",
        "descripcion": (
            "Programa de prevención del ciberacoso para alumnado de secundaria diseñado por el "
            "equipo de Rosario Ortega y colaboradores. Se trabaja en el aula durante unas ocho "
            "sesiones sobre el uso de las redes, la privacidad, la dependencia de internet y el "
            "respeto a los demás, con una charla para familias y otra para el profesorado."),
        "destinatarios": "alumnado de 11 a 19 años de institutos de Córdoba",
        "socios": ["Universidad de Córdoba", "Universidad de Sevilla", "institutos participantes"],
        "resultados": (
            "Los investigadores midieron el ciberacoso y la dependencia de internet antes y "
            "después del programa en los grupos que lo recibieron y en grupos de otros centros que "
            "no lo recibieron. En los primeros bajaron la implicación en el ciberacoso y el uso "
            "dependiente de la red; en los grupos sin programa no se observó ese cambio."),
        "contacto": "Laboratorio de Estudios sobre Convivencia y Prevención de la Violencia",
    })

add("es/viogen.yaml", truth(
    "Sistema VioGén de seguimiento integral en los casos de violencia de género", "es", "ES", None,
    2007, True, "external", "descriptive", ["gender_violence", "victims", "policing", "technology"],
    ["Ministerio del Interior", "Policía Nacional", "Guardia Civil", "policías locales",
     "Fundación Eticas"],
    "National system with a Madrid address: city null. The external audit by Fundación Eticas is "
    "described in a key named 'observaciones', while the key 'evaluacion_interna' only says the "
    "ministry reviews its forms: external (the audit) wins; no outcome design stated: descriptive."),
    data={
        "nombre": "Sistema VioGén",
        "ambito": "Estatal",
        "puesta_en_marcha": "julio de 2007",
        "organismo": "Secretaría de Estado de Seguridad, Ministerio del Interior",
        "descripcion": (
            "Aplicación compartida por las fuerzas y cuerpos de seguridad en la que se registra "
            "cada denuncia por violencia de género. La policía valora el riesgo de la víctima con "
            "un formulario y, según el nivel (no apreciado, bajo, medio, alto o extremo), se fijan "
            "medidas de protección que se revisan periódicamente."),
        "participantes": ["Policía Nacional", "Guardia Civil", "policías locales adheridas",
                          "juzgados y oficinas de asistencia a las víctimas"],
        "evaluacion_interna": (
            "El ministerio revisa y actualiza los formularios de valoración del riesgo."),
        "observaciones": (
            "La Fundación Eticas realizó en 2022 una auditoría externa del sistema a partir de "
            "entrevistas con víctimas y profesionales y de datos judiciales, y señaló carencias "
            "de transparencia y en la información que reciben las víctimas."),
        "direccion": "Calle Amador de los Ríos 2, 28010 Madrid",
    })

# ---------------------------------------------------------------- Italian

add("it/icarus-torino.md", truth(
    "IcARUS – Innovative AppRoaches to Urban Security, laboratorio di Torino", "it", "IT", "Torino",
    2020, False, "none", "none", ["youth", "local_governance", "technology"],
    ["Città di Torino", "Efus – Forum europeo per la sicurezza urbana", "Comune di Nizza",
     "Comune di Lisbona", "Comune di Riga", "Comune di Rotterdam", "Città di Stoccarda"],
    "The results were 'presentati alla conferenza finale' and a university was a project partner "
    "that designed tools; no assessment of the Turin pilot itself is reported: not evaluated.",
    aliases=["Turin"], end=2024, funding="Programma Horizon 2020 dell'Unione europea"),
    fm={"titolo": "IcARUS – il laboratorio di Torino", "città": "Torino", "paese": "Italia",
        "periodo": "2020-2024"},
    sections=[
        ("Contesto", """
IcARUS è un progetto europeo finanziato da Horizon 2020 e coordinato dal Forum europeo per la
sicurezza urbana, con sei città pilota: Torino, Nizza, Lisbona, Riga, Rotterdam e Stoccarda. Ogni
città ha scelto un problema su cui sperimentare strumenti nuovi insieme a università e centri di
ricerca partner del progetto."""),
        ("Che cosa ha fatto Torino", """
La Città di Torino ha lavorato sulla prevenzione della delinquenza giovanile, con laboratori di
co-progettazione tra servizi sociali, polizia locale, scuole e associazioni di quartiere. I
ricercatori partner hanno fornito metodi e strumenti di analisi, senza un incarico di valutazione."""),
        ("Risultati", """
Gli strumenti sperimentati e le esperienze delle sei città sono stati presentati alla conferenza
finale del progetto nel 2024 e raccolti in una serie di guide. Dal sito del progetto non risulta una
valutazione degli effetti del laboratorio torinese."""),
    ])

add("it/pippi.json", truth(
    "P.I.P.P.I. – Programma di Intervento Per la Prevenzione dell'Istituzionalizzazione", "it", "IT",
    None, 2011, True, "external", "descriptive", ["youth", "local_governance", "victims"],
    ["Ministero del Lavoro e delle Politiche Sociali", "Università di Padova (LabRIEF)",
     "ambiti territoriali sociali"],
    "National programme; the evaluator is named only as 'il LabRIEF' in the key 'monitoraggio', "
    "and the sheet gives no design: external, descriptive. Roma is only the ministry's seat.",
    funding="Ministero del Lavoro e delle Politiche Sociali"),
    data={
        "titolo": "P.I.P.P.I. – Programma di Intervento Per la Prevenzione dell'Istituzionalizzazione",
        "livello": "nazionale",
        "avvio": "2011, prima sperimentazione in dieci città",
        "obiettivo": (
            "Ridurre gli allontanamenti dei bambini dalle famiglie vulnerabili lavorando con i "
            "genitori, la scuola e i servizi in équipe multidisciplinari."),
        "attività": [
            "educativa domiciliare",
            "gruppi di genitori e di bambini",
            "vicinanza solidale tra famiglie",
            "raccordo tra scuola e servizi"],
        "monitoraggio": (
            "Il programma è seguito fin dall'inizio dal LabRIEF, il laboratorio di ricerca "
            "dell'ateneo padovano, che ne analizza l'attuazione negli ambiti territoriali e "
            "pubblica un rapporto per ogni edizione."),
        "sede": "Ministero del Lavoro, via Fornovo 8, Roma",
    })
# ---------------------------------------------------------------- German

add("de/precobs-baden-wuerttemberg.xlsx", truth(
    "Pilotprojekt Predictive Policing (P4) mit PRECOBS", "de", "DE", None, 2015,
    True, "scientific", "quasi_experimental", ["policing", "property_crime", "technology"],
    ["Polizei Baden-Württemberg", "Max-Planck-Institut für ausländisches und internationales Strafrecht",
     "Institut für musterbasierte Prognosetechnik"],
    "Field/value worksheet; the design (Vergleich mit Gebieten ohne Prognosen) is in the row "
    "'Was hat es gebracht?', while the row 'Evaluation' only names the institute. Two pilot "
    "cities (Stuttgart, Karlsruhe): city null.", end=2016),
    sheet_name="Steckbrief",
    rows=[
        ("Feld", "Inhalt"),
        ("Titel", "Pilotprojekt Predictive Policing (P4) mit PRECOBS"),
        ("Bundesland", "Baden-Württemberg"),
        ("Pilotgebiete", "Polizeipräsidien Stuttgart und Karlsruhe"),
        ("Laufzeit", "Herbst 2015 bis Frühjahr 2016, danach Verlängerung"),
        ("Worum geht es?", "Eine Software erkennt nach Wohnungseinbrüchen Gebiete, in denen "
         "Serientäter in den folgenden Tagen wahrscheinlich wieder zuschlagen. Die Streifen "
         "werden dorthin gelenkt."),
        ("Beteiligte", "Polizei Baden-Württemberg; Software des Instituts für musterbasierte "
         "Prognosetechnik (Oberhausen)"),
        ("Evaluation", "Max-Planck-Institut für ausländisches und internationales Strafrecht, Freiburg"),
        ("Was hat es gebracht?", "Die Freiburger Forscher verglichen die Entwicklung der "
         "Einbrüche in den Gebieten mit Prognosen mit ähnlichen Gebieten ohne Prognosen. Sie "
         "fanden allenfalls eine geringe Wirkung auf die Einbruchszahlen, die sich nicht klar "
         "vom allgemeinen Rückgang trennen ließ."),
        ("Kosten", "keine Angabe"),
    ])

add("de/allianz-gegen-rechtsextremismus.txt", truth(
    "Allianz gegen Rechtsextremismus in der Metropolregion Nürnberg", "de", "DE", None, 2009,
    False, "none", "none", ["radicalisation", "discrimination", "local_governance"],
    ["Stadt Nürnberg", "Kommunen und Landkreise der Metropolregion", "Kirchen", "Gewerkschaften",
     "Vereine und Initiativen"],
    "Regional alliance of many municipalities with its office in Nürnberg: city null. "
    "'Eine wissenschaftliche Begleitung fehlt bislang' with member counts only: not evaluated."),
    txt_style="colon",
    meta=["Praxisdatenbank Demokratie vor Ort – Eintrag 4127"],
    sections=[
        ("Kurzbeschreibung", """
Die Allianz wurde im Herbst 2009 gegründet, nachdem rechtsextreme Gruppen in mehreren
fränkischen Orten Immobilien für Treffen erwerben wollten. Kommunen, Landkreise, Kirchen,
Gewerkschaften und Vereine der Metropolregion haben sich verpflichtet, gemeinsam und öffentlich
gegen rechtsextreme Aufmärsche, Konzerte und Immobilienkäufe vorzugehen."""),
        ("Arbeitsweise", """
Eine Geschäftsstelle berät Bürgermeisterinnen und Bürgermeister, wie sie etwa Mietverträge
prüfen oder Gegenveranstaltungen organisieren. Einmal im Jahr findet ein Ratschlag aller
Mitglieder statt; dazu kommen Fortbildungen für Verwaltungen."""),
        ("Stand", """
Der Allianz gehören inzwischen mehrere hundert Mitglieder an, darunter über hundert Kommunen.
Eine wissenschaftliche Begleitung fehlt bislang; über die Wirkung der Arbeit liegen keine
Untersuchungen vor."""),
        ("Kontakt", "Geschäftsstelle der Allianz, Rathaus, Nürnberg"),
    ])

add("de/stopp-der-jugendgewalt-bremen.md", truth(
    "Handlungskonzept „Stopp der Jugendgewalt“", "de", "DE", "Bremen", 2008,
    True, "internal", "outcome", ["youth", "schools", "policing", "local_governance"],
    ["Senator für Inneres", "Senatorin für Soziales", "Senatorin für Bildung", "Polizei Bremen",
     "Staatsanwaltschaft Bremen"],
    "No front matter; the city is named only in the prose. Senate reports on its own programme "
    "(Fallzahlen gesunken) under 'Was hat es gebracht?' and adds that an external evaluation is "
    "not available: internal, outcome."),
    meta=["Stadtportal › Sicherheit › Prävention"],
    sections=[
        ("Ausgangslage", """
Nach mehreren schweren Gewalttaten junger Menschen beschloss der Bremer Senat 2008 ein
gemeinsames Handlungskonzept der Ressorts Inneres, Soziales, Bildung und Justiz. Ziel war es,
auf junge Intensivtäter schneller und abgestimmt zu reagieren und früher vorzubeugen."""),
        ("Bausteine", """
Fallkonferenzen zu jungen Mehrfachtätern, schnellere Verfahren bei der Staatsanwaltschaft,
Präventionsbeauftragte an Schulen, aufsuchende Jugendarbeit in den Stadtteilen und Elternarbeit
gehören zum Konzept. Die Ressorts treffen sich regelmäßig in einer Lenkungsgruppe."""),
        ("Was hat es gebracht?", """
Die Lenkungsgruppe berichtet der Bürgerschaft regelmäßig über den Stand. Nach diesen Berichten ist
die Zahl der registrierten Gewaltdelikte junger Menschen seit Beginn deutlich zurückgegangen; die
Ressorts führen das auch auf die engere Zusammenarbeit zurück. Eine externe Evaluation des
Gesamtkonzepts liegt nicht vor."""),
    ])

# ---------------------------------------------------------------- Dutch

add("nl/project-1012-amsterdam.yaml", truth(
    "Project 1012 – aanpak van de oude binnenstad", "nl", "NL", "Amsterdam", 2007,
    True, "external", "descriptive", ["organised_crime", "trafficking", "urban_design", "public_spaces"],
    ["Gemeente Amsterdam", "stadsdeel Centrum", "politie", "Openbaar Ministerie",
     "Rekenkamer Amsterdam"],
    "The audit office's report (2018) is in a key called 'terugblik', not 'evaluatie'; the audit "
    "office judged outcomes without a stated design: external. It is not a measurement design, "
    "so descriptive rather than outcome."),
    data={
        "titel": "Project 1012",
        "gemeente": "Amsterdam",
        "gebied": "Wallen, Singelgebied en Damrak (postcode 1012)",
        "start": 2007,
        "doel": ("De criminele infrastructuur in de oude binnenstad doorbreken en het gebied "
                 "economisch opwaarderen, met minder raambordelen, coffeeshops en belwinkels."),
        "maatregelen": [
            "sluiting van raamprostitutiepanden via de Wet Bibob",
            "aankoop van panden door de gemeente en woningcorporaties",
            "straatvisies en herinrichting van de openbare ruimte"],
        "terugblik": (
            "De Rekenkamer Amsterdam onderzocht het project en publiceerde in juni 2018 haar "
            "rapport: er zijn successen geboekt, maar de beoogde doorbraak van de criminele "
            "infrastructuur en de economische opwaardering zijn niet bereikt. De gemeente nam de "
            "aanbevelingen over."),
    })

add("nl/stadsmariniers-rotterdam.xlsx", truth(
    "Stadsmariniers Rotterdam", "nl", "NL", "Rotterdam", 2002,
    True, "internal", "outcome", ["local_governance", "public_spaces", "policing"],
    ["Gemeente Rotterdam", "politie Rotterdam", "woningcorporaties"],
    "Internal monitoring (the city's own Veiligheidsindex) plus 'geen onafhankelijke evaluatie': "
    "internal, outcome. Heading in the first column ('Resultaten').", aliases=[]),
    sheet_name="Praktijk",
    rows=[
        ("Onderdeel", "Beschrijving"),
        ("Naam", "Stadsmariniers Rotterdam"),
        ("Gemeente", "Rotterdam"),
        ("Sinds", "2002, als onderdeel van het vijfjarenactieprogramma Veilig"),
        ("Wat doen zij?", "Een stadsmarinier is een ambtenaar die namens de burgemeester in één "
         "wijk of op één thema de problemen doorbreekt: hij haalt diensten bij elkaar, regelt "
         "geld en zorgt dat afspraken worden nagekomen."),
        ("Partners", "politie, woningcorporaties, deelgemeenten, welzijnsinstellingen"),
        ("Resultaten", "De gemeente volgt de wijken met de eigen Veiligheidsindex. In de wijken "
         "waar stadsmariniers werkten, verbeterde de score de eerste jaren duidelijk. Een "
         "onafhankelijke evaluatie van de functie is niet gedaan."),
        ("Budget", "niet bekend"),
    ])

add("nl/cas-politie.html", truth(
    "Criminaliteits Anticipatie Systeem (CAS)", "nl", "NL", None, 2014,
    True, "scientific", "quasi_experimental", ["policing", "technology", "property_crime"],
    ["Politie Nederland", "Politieacademie"],
    "Developed in Amsterdam and rolled out nationally: city null. The comparison with teams "
    "without the system is in the 'Resultaten' section, in plain words ('teams die er niet mee "
    "werkten'); the sheet also says there is no effect on crime."),
    portal="Kennisbank Wijk & Veiligheid", nav=["Home", "Praktijken", "Thema's", "Over ons"],
    crumbs="Home › Praktijken › Politie en technologie",
    cookie="Deze site gebruikt functionele cookies. Akkoord",
    meta=["Schaal: landelijk · Land: Nederland"],
    sections=[
        ("Wat is het?", """
Het Criminaliteits Anticipatie Systeem is een voorspelmodel dat de politie in Amsterdam in 2014
in gebruik nam. Het deelt de stad op in vakken van 125 bij 125 meter en berekent voor elk vak de
kans op woninginbraak, straatroof en andere delicten in de komende twee weken. Vanaf 2017 is het
systeem landelijk uitgerold."""),
        ("Hoe werkt het in de praktijk?", """
Teamchefs gebruiken de kaarten bij de briefing om surveillance te plannen. Het model gebruikt
aangiftegegevens en gegevens over het gebied, zoals adressen van bekende verdachten."""),
        ("Resultaten", """
Onderzoekers van de Politieacademie vergeleken basisteams die met CAS werkten met teams die er
niet mee werkten. Zij vonden geen aantoonbaar effect op het aantal inbraken en overvallen, wel dat
de kaarten de briefings richting gaven."""),
    ],
    footer=["Kennisbank Wijk & Veiligheid · Postbus 1000, Utrecht"])

# ---------------------------------------------------------------- Portuguese

add("pt/quinta-do-mocho-galeria.docx", truth(
    "Galeria de Arte Pública da Quinta do Mocho", "pt", "PT", "Loures", 2014,
    False, "none", "none", ["urban_design", "public_spaces", "discrimination"],
    ["Câmara Municipal de Loures", "artistas urbanos", "associações de moradores"],
    "The neighbourhood is in Sacavém, parish of Loures; the headings are bold paragraphs. "
    "Visitor counts and fame but 'não existe avaliação externa': not evaluated."),
    bold_heads=True,
    meta=["Concelho: Loures · Região: Área Metropolitana de Lisboa"],
    sections=[
        ("Enquadramento", """
A Quinta do Mocho, em Sacavém, foi durante anos um bairro de realojamento estigmatizado, conhecido
pelo tráfico e pela insegurança. Em 2014 a Câmara Municipal de Loures convidou artistas urbanos a
pintar as empenas dos prédios, em conjunto com os moradores."""),
        ("O que foi feito", """
Dezenas de murais de artistas portugueses e estrangeiros cobrem hoje os edifícios. Jovens do bairro
fazem visitas guiadas para grupos e escolas, e o festival O Bairro i o Mundo trouxe ao bairro
visitantes de toda a área metropolitana."""),
        ("Avaliação", """
O projeto recebe muitos visitantes e é frequentemente apontado como exemplo. Não existe avaliação
externa dos seus efeitos na segurança ou na imagem do bairro."""),
    ])

add("pt/olho-vivo-belo-horizonte.xlsx", truth(
    "Programa Olho Vivo – videomonitoramento no centro de Belo Horizonte", "pt", "BR", "Belo Horizonte",
    2004, True, "external", "descriptive", ["technology", "policing", "public_spaces"],
    ["Polícia Militar de Minas Gerais", "Câmara de Dirigentes Lojistas de Belo Horizonte", "CRISP/UFMG"],
    "The evaluator is named only by its initials (CRISP, with UFMG) and no design is stated: "
    "external, descriptive."),
    sheet_name="Ficha",
    rows=[
        ("Campo", "Valor"),
        ("Nome", "Olho Vivo"),
        ("Cidade", "Belo Horizonte"),
        ("Início", "2004"),
        ("Descrição", "Câmeras instaladas no hipercentro e ligadas a uma central da Polícia "
         "Militar, que despacha viaturas quando um operador vê uma ocorrência."),
        ("Parceiros", "Polícia Militar de Minas Gerais; CDL/BH, que financiou as primeiras câmeras"),
        ("Avaliação", "O programa foi estudado pelo CRISP da UFMG, que analisou o funcionamento "
         "da central e a sua articulação com o policiamento nas ruas."),
    ])

# ---------------------------------------------------------------- second batch

add("fr/cddf.docx", truth(
    "Conseil pour les droits et devoirs des familles (CDDF)", "fr", "FR", None, 2007,
    False, "none", "none", ["youth", "local_governance", "schools"],
    ["maire", "services sociaux du département", "Éducation nationale", "parquet"],
    "National scheme created by the 2007 prevention law; the town hall address in the footer is "
    "not the practice's city. 'Aucune étude d'impact n'a été menée' with only counts: not evaluated."),
    table=[("Dispositif", "CDDF"), ("Base légale", "loi du 5 mars 2007 relative à la prévention de la délinquance"),
           ("Présidence", "le maire")],
    sections=[
        ("Principe", """
Le CDDF est une instance que le maire peut créer pour recevoir les parents d'enfants en
difficulté (absentéisme, incivilités, premiers actes de délinquance), les écouter et leur proposer
un accompagnement parental avant toute mesure plus contraignante."""),
        ("Fonctionnement", """
Le conseil réunit autour du maire des représentants de l'État, des services sociaux et de
l'Éducation nationale. Il peut proposer un accompagnement parental ou saisir le président du
conseil départemental."""),
        ("Quels effets ?", """
Plusieurs centaines de communes ont installé un CDDF, mais beaucoup se réunissent rarement. Aucune
étude d'impact n'a été menée à l'échelle nationale sur le devenir des familles reçues."""),
    ],
    footer=["Secrétariat du CLSPD – Hôtel de Ville, Place de la Liberté, Valence"])

add("fr/telephone-grave-danger-seine-saint-denis.txt", truth(
    "Téléphone grave danger (TGD) en Seine-Saint-Denis", "fr", "FR", None, 2009,
    True, "internal", "descriptive", ["gender_violence", "victims", "technology"],
    ["Parquet de Bobigny", "Conseil départemental de la Seine-Saint-Denis",
     "Observatoire départemental des violences envers les femmes", "associations d'aide aux victimes"],
    "Departmental scheme run from Bobigny (seat, not the city of the practice); the observatory's own "
    "yearly figures and judgement plus 'aucune évaluation indépendante': internal."),
    txt_style="upper",
    sections=[
        ("Le dispositif", """
Depuis 2009, le parquet de Bobigny et le département de la Seine-Saint-Denis confient aux femmes
en très grand danger un téléphone portable doté d'une touche d'appel à une plateforme qui
déclenche l'intervention immédiate de la police. Le dispositif a été généralisé à toute la France
par la loi du 4 août 2014."""),
        ("Accompagnement", """
Chaque femme équipée est suivie par une association d'aide aux victimes ; l'attribution est
décidée par le procureur pour six mois renouvelables."""),
        ("Bilan", """
L'Observatoire départemental des violences envers les femmes présente chaque année le nombre de
téléphones attribués et d'alertes déclenchées et estime que le dispositif a permis de protéger les
femmes concernées. Aucune évaluation indépendante n'a été conduite."""),
    ])

add("es/pla-de-barris-barcelona.md", truth(
    "Pla de Barris de Barcelona 2016-2020", "es", "ES", "Barcelona", 2016,
    True, "internal", "descriptive", ["urban_design", "local_governance", "youth"],
    ["Ajuntament de Barcelona", "Foment de Ciutat", "entidades vecinales"],
    "Internal balance of execution in a 'Resultados' section; a metropolitan address in the footer. "
    "Budget 150 millones for 2016-2020.", end=2020, budget_eur=150000000, amount=150000000,
    currency="EUR", funding="Ajuntament de Barcelona"),
    fm={"título": "Pla de Barris 2016-2020", "ciudad": "Barcelona", "país": "España",
        "presupuesto": "150 millones de euros"},
    sections=[
        ("Qué es", """
Programa municipal de inversión en los barrios con más desigualdad de la ciudad, sobre todo en
Ciutat Vella, Nou Barris y el Besòs. Combina obras en el espacio público y equipamientos con
programas educativos, de empleo y de acción comunitaria."""),
        ("Cómo se organiza", """
Cada barrio elaboró su plan con las entidades vecinales. La empresa municipal Foment de Ciutat
coordina la ejecución con los distritos."""),
        ("Resultados", """
El Ayuntamiento publicó un balance del periodo con el grado de ejecución de las actuaciones
previstas, las obras terminadas y el número de vecinos y vecinas que participaron en los
programas, y concluyó que el plan había llegado a los barrios previstos."""),
    ],
    footer=["Red de Ciudades por la Convivencia – sede técnica: L'Hospitalet de Llobregat"])

add("es/canada-real-galiana.docx", truth(
    "Pacto Regional por la Cañada Real Galiana", "es", "ES", None, 2017,
    False, "none", "none", ["urban_design", "local_governance", "drugs"],
    ["Comunidad de Madrid", "Ayuntamiento de Madrid", "Ayuntamiento de Rivas-Vaciamadrid",
     "Ayuntamiento de Coslada"],
    "Settlement across three municipalities: city null although Madrid is named often. "
    "'No existe todavía una evaluación' in a section with plans only: not evaluated."),
    bold_heads=True,
    meta=["Ficha de buena práctica · Comunidad de Madrid"],
    sections=[
        ("Contexto", """
La Cañada Real Galiana es un asentamiento lineal de unos quince kilómetros que atraviesa los
términos de Madrid, Rivas-Vaciamadrid y Coslada. En su sector 6 se concentra uno de los mayores
mercados de droga de España."""),
        ("El pacto", """
En 2017 la Comunidad de Madrid y los tres ayuntamientos firmaron un pacto para realojar a las
familias de los sectores más degradados, regularizar las viviendas de los demás y coordinar la
intervención social, educativa y policial."""),
        ("Evaluación", """
No existe todavía una evaluación del pacto. Las administraciones firmantes han previsto una
comisión de seguimiento que informe sobre los realojos."""),
    ])

add("es/pontevedra-centro-peatonal.html", truth(
    "Pontevedra: la ciudad a pie", "es", "ES", "Pontevedra", 1999,
    False, "none", "none", ["urban_design", "public_spaces", "schools"],
    ["Concello de Pontevedra"],
    "Awards and imitation by other cities are not an evaluation; nothing else is said about "
    "assessment: not evaluated."),
    portal="Red Convivencia Urbana", nav=["Inicio", "Experiencias", "Temas", "Contacto"],
    crumbs="Inicio › Experiencias › Urbanismo",
    cookie="Usamos cookies propias. Aceptar",
    meta=["Municipio: Pontevedra · Comunidad autónoma: Galicia"],
    sections=[
        ("La experiencia", """
Desde 1999 el Concello de Pontevedra ha peatonalizado el centro histórico y buena parte del
ensanche, ha limitado el tráfico de paso y ha reducido la velocidad en toda la ciudad. Los niños
van solos al colegio por itinerarios señalizados."""),
        ("Reconocimientos", """
El modelo ha recibido varios premios internacionales, entre ellos el premio de Naciones Unidas
(ONU-Hábitat) a las buenas prácticas en 2014, y delegaciones de otras ciudades visitan Pontevedra
para copiarlo."""),
    ],
    footer=["Red Convivencia Urbana · Plaza Mayor 1, Valladolid"])

add("it/notrap-firenze.pdf", truth(
    "NoTrap! – Noncadiamointrappola", "it", "IT", "Firenze", None,
    True, "scientific", "quasi_experimental", ["schools", "youth", "technology"],
    ["Università di Firenze", "scuole secondarie"],
    "The university is both designer and evaluator; the comparison with classes that did not "
    "take part is phrased in everyday words in 'Risultati'.", aliases=["Florence"]),
    portal="Banca dati Scuole e Sicurezza",
    pdf_header="Banca dati Scuole e Sicurezza · bullismo",
    pdf_footer="Scheda 12",
    meta=["Città: Firenze · Paese: Italia"],
    sections=[
        ("Descrizione", """
Programma contro il bullismo e il cyberbullismo nelle scuole superiori, ideato dal gruppo di
Ersilia Menesini all'Università di Firenze. Studenti scelti come peer educator animano attività
in classe e sul forum online del progetto, con il sostegno di psicologi."""),
        ("Risultati", """
I ricercatori hanno confrontato le classi che hanno seguito il programma con classi simili che non
lo hanno seguito, misurando bullismo e cybervittimizzazione all'inizio e alla fine dell'anno. Nelle
prime i comportamenti di bullismo e cyberbullismo sono diminuiti, nelle altre no."""),
    ],
    footer=["Scheda redatta da fonti pubbliche."])

add("it/angeli-del-bello-firenze.txt", truth(
    "Angeli del Bello", "it", "IT", "Firenze", None,
    False, "none", "none", ["public_spaces", "urban_design", "seniors"],
    ["Comune di Firenze", "Fondazione Angeli del Bello", "volontari"],
    "Hedged negation 'non è stata ancora condotta una valutazione indipendente' plus counts of "
    "volunteers: not evaluated.", aliases=["Florence"]),
    txt_style="plain",
    meta=["Scheda pratica · Firenze"],
    sections=[
        ("Di che cosa si tratta", """
Gruppi di volontari, molti dei quali pensionati, puliscono muri imbrattati, aiuole e piazze della
città in accordo con il Comune di Firenze. La fondazione fornisce materiali e assicurazione."""),
        ("Numeri", """
I volontari sono diverse centinaia e intervengono ogni settimana in quartieri diversi."""),
        ("Valutazione", """
Non è stata ancora condotta una valutazione indipendente degli effetti sul decoro e sulla
percezione di sicurezza."""),
    ])

add("de/toleranz-foerdern-kompetenz-staerken.json", truth(
    "Bundesprogramm „Toleranz fördern – Kompetenz stärken“", "de", "DE", None, 2011,
    True, "external", "descriptive", ["radicalisation", "discrimination", "youth", "local_governance"],
    ["Bundesministerium für Familie, Senioren, Frauen und Jugend", "Deutsches Jugendinstitut",
     "lokale Aktionspläne"],
    "Federal programme; the evaluator appears only as 'das DJI' (seat in München) in the key "
    "'begleitung', without a design: external, descriptive. The earlier programmes are not this one.",
    end=2014, funding="Bundesministerium für Familie, Senioren, Frauen und Jugend"),
    data={
        "titel": "Toleranz fördern – Kompetenz stärken",
        "ebene": "Bund",
        "laufzeit": "2011–2014",
        "vorgaenger": "Vielfalt tut gut und kompetent. für Demokratie (2007–2010)",
        "inhalt": ("Förderung lokaler Aktionspläne in Kommunen, von Modellprojekten der "
                   "Jugendarbeit und von Beratungsnetzwerken gegen Rechtsextremismus."),
        "begleitung": ("Die Programmevaluation lag beim DJI, das die Umsetzung der lokalen "
                       "Aktionspläne untersuchte und Berichte an das Ministerium vorlegte."),
        "ansprechpartner": "Regiestelle, Berlin",
    })

add("de/kein-taeter-werden.pdf", truth(
    "Präventionsnetzwerk „Kein Täter werden“", "de", "DE", None, 2005,
    True, "internal", "outcome", ["victims", "gender_violence"],
    ["Charité – Universitätsmedizin Berlin, Institut für Sexualwissenschaft und Sexualmedizin",
     "Standorte des Netzwerks"],
    "The Charité runs and assesses the project itself (pre/post questionnaires of its own patients, no "
    "comparison group): internal, outcome. Berlin is the first site; the network is national: city null."),
    pdf_header="Praxisdatenbank Sichere Städte · Opferschutz",
    pdf_footer="Praxisdatenbank Sichere Städte",
    sections=[
        ("Angebot", """
Seit 2005 bietet das Institut für Sexualwissenschaft der Charité in Berlin Menschen, die sich
sexuell zu Kindern hingezogen fühlen und keine Übergriffe begehen wollen, eine kostenlose und
schweigepflichtige Therapie an. Inzwischen gibt es Anlaufstellen in vielen Bundesländern."""),
        ("Wirkung", """
Das Team der Charité befragt die Teilnehmenden vor und nach der Therapie zu Risikofaktoren wie
Selbstkontrolle und Einstellungen. Nach den eigenen Auswertungen nahmen diese Risikofaktoren ab;
eine Vergleichsgruppe ohne Behandlung gab es nicht."""),
    ],
    footer=["Kontakt: Netzwerk Kein Täter werden, Berlin"])

add("nl/veilig-thuis-rotterdam-rijnmond.docx", truth(
    "Veilig Thuis Rotterdam Rijnmond", "nl", "NL", None, 2015,
    True, "external", "descriptive", ["gender_violence", "victims", "youth"],
    ["gemeenten in de regio Rijnmond", "Inspectie Gezondheidszorg en Jeugd",
     "Inspectie Justitie en Veiligheid"],
    "Regional organisation for many municipalities with a Rotterdam address: city null. The "
    "inspectorates' assessment is external without a design."),
    table=[("Organisatie", "Veilig Thuis Rotterdam Rijnmond"), ("Werkgebied", "regio Rotterdam-Rijnmond"),
           ("Sinds", "1 januari 2015")],
    sections=[
        ("Taak", """
Veilig Thuis is het advies- en meldpunt voor huiselijk geweld en kindermishandeling. Burgers en
professionals kunnen er anoniem advies vragen of een melding doen; medewerkers onderzoeken de
situatie en zorgen voor hulp."""),
        ("Toezicht", """
De inspecties hebben de Veilig Thuis-organisaties, ook die in Rijnmond, bezocht en beoordeeld hoe
meldingen worden opgepakt. Zij vonden verbeteringen maar ook wachtlijsten."""),
    ],
    footer=["Postadres: Postbus, Rotterdam"])

add("nl/zicht-op-ondermijning.json", truth(
    "Dashboard Zicht op Ondermijning", "nl", "NL", None, 2019,
    False, "none", "none", ["organised_crime", "technology", "local_governance"],
    ["Ministerie van Justitie en Veiligheid", "Centraal Bureau voor de Statistiek", "gemeenten"],
    "National data dashboard with a Den Haag address: city null. 'Er is nog geen effectmeting "
    "gedaan' under the key 'effecten': not evaluated."),
    data={
        "naam": "Zicht op Ondermijning",
        "niveau": "landelijk",
        "gestart": "2019",
        "omschrijving": ("Een openbaar dashboard met cijfers per gemeente en wijk over "
                         "signalen van ondermijnende criminaliteit, zoals drugs, witwassen "
                         "en vastgoedfraude, voor burgemeesters en ambtenaren."),
        "gebruik": "Honderden gemeenten hebben het dashboard gebruikt bij hun veiligheidsplannen.",
        "effecten": "Er is nog geen effectmeting gedaan.",
        "adres": "Turfmarkt 147, Den Haag",
    })

add("pt/upp-rio-de-janeiro.md", truth(
    "Unidades de Polícia Pacificadora (UPP)", "pt", "BR", "Rio de Janeiro", 2008,
    True, "scientific", "outcome", ["policing", "organised_crime", "public_spaces"],
    ["Secretaria de Segurança do Estado do Rio de Janeiro", "Polícia Militar do Estado do Rio de Janeiro",
     "Laboratório de Análise da Violência (LAV-UERJ)"],
    "Before/after measurement by university researchers: scientific, outcome (no comparison areas "
    "stated). The design sits under 'O que se sabe', not an evaluation heading."),
    sections=[
        ("O programa", """
A primeira UPP foi instalada no morro Santa Marta, em Botafogo, em dezembro de 2008. A polícia
ocupava uma favela dominada por facções e instalava ali, de forma permanente, uma unidade de
policiamento de proximidade."""),
        ("O que se sabe", """
Investigadores do Laboratório de Análise da Violência da UERJ compararam os registos de crimes nas
comunidades antes e depois da chegada das UPP e encontraram uma forte redução das mortes
violentas, acompanhada de um aumento de registos de outros crimes."""),
    ])

add("pt/policiamento-proximidade-psp.yaml", truth(
    "Programa Integrado de Policiamento de Proximidade (PIPP)", "pt", "PT", None, 2006,
    True, "internal", "descriptive", ["policing", "seniors", "schools", "victims"],
    ["Polícia de Segurança Pública"],
    "National police programme; the PSP's own annual report is the only assessment, and the "
    "sheet adds 'não existe avaliação externa': internal. Lisboa only in the address."),
    data={
        "designação": "Programa Integrado de Policiamento de Proximidade",
        "entidade": "Polícia de Segurança Pública",
        "âmbito": "nacional",
        "início": 2006,
        "descrição": ("Equipas de proximidade e de apoio à vítima (EPAV) e equipas do programa "
                      "Escola Segura acompanham idosos, vítimas, escolas e comerciantes."),
        "resultados": ("O relatório anual da PSP apresenta o número de contactos, visitas e "
                       "vítimas acompanhadas e considera que o programa aproximou a polícia da "
                       "população. Não existe avaliação externa."),
        "morada": "Largo da Penha de França 1, Lisboa",
    })



add("fr/internat-excellence-sourdun.md", truth(
    "Internat d'excellence de Sourdun", "fr", "FR", "Sourdun", 2009,
    True, "scientific", "experimental", ["schools", "youth"],
    ["Ministère de l'Éducation nationale", "J-PAL Europe", "École d'économie de Paris"],
    "The lottery among applicants (tirage au sort) is told in plain words in a section headed "
    "'Et les élèves ?'; the places the pupils come from (Paris, Seine-Saint-Denis) are not the "
    "practice's town."),
    meta=["Commune : Sourdun (Seine-et-Marne) · Pays : France"],
    mark="###",
    sections=[
        ("Le projet", """
Ouvert à la rentrée 2009 dans une ancienne caserne, l'internat de Sourdun accueille des collégiens
et lycéens motivés issus de quartiers défavorisés, venus pour beaucoup de l'est parisien et de
Seine-Saint-Denis. Ils bénéficient d'un encadrement renforcé, d'études du soir et d'activités
culturelles et sportives."""),
        ("Et les élèves ?", """
Les candidatures dépassant le nombre de places, les élèves admis ont été tirés au sort parmi les
candidats retenus. Des économistes ont suivi pendant plusieurs années les élèves tirés au sort et
ceux qui ne l'avaient pas été : les premiers ont progressé nettement plus en mathématiques au bout
de deux ans, après une première année difficile."""),
    ],
    footer=["Fiche rédigée pour le portail Réussite & Prévention, Melun."])

add("it/agenzia-san-salvario-torino.md", truth(
    "Agenzia per lo Sviluppo Locale di San Salvario", "it", "IT", "Torino", None,
    True, "internal", "descriptive", ["mediation", "migration", "public_spaces"],
    ["Città di Torino", "Compagnia di San Paolo", "associazioni del quartiere"],
    "San Salvario is a district of Turin, not a city; the agency's own yearly report and judgement "
    "in 'Com'è andata': internal, descriptive.", aliases=["Turin"]),
    sections=[
        ("Il quartiere", """
San Salvario, accanto alla stazione di Porta Nuova, negli anni Novanta era al centro delle
proteste dei residenti per spaccio e degrado. Da quelle tensioni è nata un'agenzia di sviluppo
locale, promossa da abitanti e associazioni con il sostegno della Città di Torino."""),
        ("Attività", """
L'agenzia gestisce la Casa del Quartiere, un centro aperto a gruppi e associazioni, sportelli per
gli stranieri, mediazione dei conflitti di vicinato e progetti con i commercianti."""),
        ("Com'è andata", """
Nel suo rapporto annuale l'agenzia riporta le attività, i gruppi ospitati e i conflitti mediati, e
ne conclude che il quartiere ha ritrovato una vita sociale che riduce le tensioni."""),
    ])

add("pt/casa-da-mulher-brasileira-campo-grande.txt", truth(
    "Casa da Mulher Brasileira de Campo Grande", "pt", "BR", "Campo Grande", 2015,
    True, "internal", "descriptive", ["gender_violence", "victims"],
    ["Governo Federal", "Governo do Estado de Mato Grosso do Sul", "Prefeitura de Campo Grande",
     "Delegacia Especializada de Atendimento à Mulher", "Defensoria Pública", "Ministério Público"],
    "Part of a federal programme (Mulher: Viver sem Violência, 2013); the practice is the Campo "
    "Grande house opened in 2015. Its own yearly balance of attendances with a judgement: internal.",
    funding="Governo Federal"),
    txt_style="colon",
    sections=[
        ("Apresentação", """
A Casa da Mulher Brasileira reúne no mesmo edifício a delegacia da mulher, a defensoria, o
ministério público, o juizado de violência doméstica, apoio psicossocial e alojamento de
passagem. A de Campo Grande, inaugurada em 2015, foi a primeira do país, no âmbito do programa
federal Mulher: Viver sem Violência, lançado em 2013."""),
        ("Balanço", """
A coordenação publica todos os anos o número de atendimentos, de medidas protetivas pedidas e de
mulheres abrigadas, e considera que a concentração dos serviços reduziu o percurso das vítimas
entre instituições."""),
    ])


if __name__ == "__main__":
    build()
