"""Generator of holdout set J: writes every sheet under sheets/<lang>/ and truth.json.

Run: /work/main/.venv/bin/python eval/holdout/j/make_files.py
All text is in the string literals below; the output is deterministic (fixed dates).
"""

from __future__ import annotations

import datetime as dt
import json
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
FIXED = dt.datetime(2026, 12, 4, 18, 0, 0)
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
TRUTH: dict[str, dict] = {}


def out(lang: str, name: str) -> Path:
    path = SHEETS / lang / name
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def fact(path: str, **facts) -> None:
    keys = ["title", "language", "kind", "country", "city", "city_aliases", "start_year",
            "end_year", "budget_eur", "budget_amount", "budget_currency", "evaluated",
            "evaluation_kind", "evidence", "themes", "partners", "funding", "notes"]
    row = {k: facts.get(k) for k in keys}
    for k in ("city_aliases", "themes", "partners"):
        row[k] = row[k] or []
    missing = [k for k in facts if k not in keys]
    assert not missing, missing
    TRUTH[path] = row


def normalise_zip(path: Path) -> None:
    """Rewrite a docx/xlsx package with fixed entry timestamps, so the output is reproducible."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for filename, data in entries:
            if filename == "docProps/core.xml":  # openpyxl stamps 'modified' at save time
                stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\g<2>",
                              data)
            info = zipfile.ZipInfo(filename, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


def write_text(lang: str, name: str, text: str) -> None:
    out(lang, name).write_text(text.strip() + "\n", encoding="utf-8")


def write_json(lang: str, name: str, data: dict) -> None:
    out(lang, name).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                               encoding="utf-8")


def write_yaml(lang: str, name: str, data: dict) -> None:
    out(lang, name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False,
                                              width=100), encoding="utf-8")


def write_html(lang: str, name: str, *, site: str, nav: list[str], cookie: str, title: str,
               meta: str, body: str, footer: str) -> None:
    links = "\n".join(f'      <li><a href="#">{n}</a></li>' for n in nav)
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{title} | {site}</title>
</head>
<body>
  <div class="cookie-banner" role="dialog">
    <p>{cookie}</p>
    <button>OK</button>
  </div>
  <header>
    <div class="logo">{site}</div>
    <nav><ul>
{links}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="meta">{meta}</p>
{body}
    </article>
  </main>
  <footer>
    <p>{footer}</p>
  </footer>
</body>
</html>
"""
    out(lang, name).write_text(page, encoding="utf-8")


def write_docx(lang: str, name: str, title: str, blocks: list[tuple]) -> None:
    """blocks: ("h1"|"h2"|"bold"|"p", text), ("bullets", [..]), ("table", [(k, v), ..])."""
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "Holdout J"
    document.core_properties.created = FIXED
    document.core_properties.modified = FIXED
    document.core_properties.last_modified_by = "Holdout J"
    document.core_properties.revision = 1
    document.add_heading(title, level=0)
    for kind, content in blocks:
        if kind == "h1":
            document.add_heading(content, level=1)
        elif kind == "h2":
            document.add_heading(content, level=2)
        elif kind == "bold":
            run = document.add_paragraph().add_run(content)
            run.bold = True
            run.font.size = Pt(12)
        elif kind == "p":
            document.add_paragraph(content)
        elif kind == "bullets":
            for item in content:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for key, value in content:
                cells = table.add_row().cells
                cells[0].text = key
                cells[1].text = value
        else:
            raise ValueError(kind)
    document.save(out(lang, name))
    normalise_zip(out(lang, name))


class _Pdf(FPDF):
    def __init__(self, header_text: str, footer_text: str) -> None:
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_text = footer_text
        self.add_font("DejaVu", "", str(FONT))
        self.add_font("DejaVu", "B", str(FONT_BOLD))
        self.set_auto_page_break(auto=True, margin=20)
        self.set_creation_date(FIXED)

    def header(self) -> None:
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, self.header_text, align="L")
        self.ln(10)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, f"{self.footer_text} {self.page_no()}/{{nb}}", align="C")


def write_pdf(lang: str, name: str, *, header: str, footer: str, title: str,
              pages: list[list[tuple[str, str]]]) -> None:
    """pages: two lists of ("h"|"p", text); each list starts a new page."""
    pdf = _Pdf(header, footer)
    pdf.set_title(title)
    pdf.set_author("Holdout J")
    for number, blocks in enumerate(pages):
        pdf.add_page()
        if number == 0:
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        for kind, text in blocks:
            if kind == "h":
                pdf.set_font("DejaVu", "B", 12)
                pdf.ln(2)
                pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 10.5)
                pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
    assert pdf.pages_count == 2, (name, pdf.pages_count)
    pdf.output(str(out(lang, name)))


def write_xlsx(lang: str, name: str, title: str, rows: list[tuple[str, str]], *,
               header: tuple[str, str] | None = None, record: bool = False) -> None:
    """A field/value worksheet, or (record=True) a header row plus one record."""
    workbook = openpyxl.Workbook()
    workbook.properties.creator = "Holdout J"
    workbook.properties.title = title
    workbook.properties.created = FIXED
    workbook.properties.modified = FIXED
    sheet = workbook.active
    sheet.title = title[:31]
    if record:
        sheet.append([k for k, _ in rows])
        sheet.append([v for _, v in rows])
    else:
        if header:
            sheet.append(list(header))
        for key, value in rows:
            sheet.append([key, value])
    workbook.save(out(lang, name))
    normalise_zip(out(lang, name))


# --------------------------------------------------------------------------- English

def english() -> None:
    write_text("en", "oakland-ceasefire.txt", """
OAKLAND CEASEFIRE - A FOCUSED DETERRENCE STRATEGY AGAINST GUN VIOLENCE
Practice sheet / Violence prevention / United States

WHERE AND WHEN
Oakland, California. The city relaunched its Ceasefire strategy in the autumn of 2012, after
earlier attempts in the late 2000s had faded out. The relaunch is the start we describe here.

THE PROBLEM
At the start of the 2010s Oakland had one of the highest rates of homicide and non-fatal
shootings of any large US city. Police analysis showed that a very small number of people,
most of them in a handful of street groups and gangs, were involved - as shooters or victims -
in most of the shootings.

WHAT CEASEFIRE DOES
- Call-ins: group members at the highest risk are invited to face-to-face meetings with police
  officers, prosecutors, community members, clergy and service providers. They hear a double
  message: the violence must stop, and help is on offer for those who want it.
- Custom notifications: the same message delivered one to one, at home or on the street.
- Services: life coaches and outreach workers of the city's violence prevention programmes
  (Oakland Unite, later the Department of Violence Prevention created in 2017) follow up with
  job, housing and relocation support.
- Enforcement: when a group keeps shooting, police and prosecutors concentrate on that group.
- Weekly shooting reviews and a regular performance management meeting chaired by the mayor's
  office keep the partners accountable.

PARTNERS
Oakland Police Department; City of Oakland (Oakland Unite / Department of Violence
Prevention); Oakland Community Organizations (a faith-based network); the California
Partnership for Safe Communities (technical assistance); the Alameda County probation
department and prosecutors.

FUNDING
Mainly the city budget, including a local public-safety tax measure approved by voters in 2014,
plus foundation grants for the technical assistance.

EVALUATION
A team of criminologists led by Anthony Braga evaluated the strategy independently. Because no
other city is exactly like Oakland, they built a "synthetic" comparison out of a weighted set of
other California cities and compared gun homicide trends before and after the relaunch. Oakland
Ceasefire was associated with a reduction of about 31 % in gun homicides compared with the
synthetic control. A second analysis compared gangs that were targeted with similar gangs that
were not yet targeted, and found lower shooting rates among the treated groups.

CONTACT
Information line of the City of Oakland: 311 (from inside the city).
""")
    fact("sheets/en/oakland-ceasefire.txt",
         title="Oakland Ceasefire", language="en", kind="practice", country="US",
         city="Oakland", start_year=2012, evaluated=True, evaluation_kind="scientific",
         evidence="quasi_experimental", themes=["policing", "youth", "organised_crime"],
         partners=["Oakland Police Department", "City of Oakland (Oakland Unite / Department of Violence Prevention)",
                   "Oakland Community Organizations", "California Partnership for Safe Communities",
                   "Alameda County probation and prosecutors"],
         funding="city budget incl. a 2014 local public-safety tax measure; foundation grants",
         notes="Relaunch 2012 is the start (earlier attempts late 2000s; Department of Violence Prevention 2017 and tax measure 2014 are distractors). Synthetic control from other California cities + comparison of treated vs not-yet-treated gangs -> scientific, quasi_experimental. '311' is a phone number, not a budget. Non-European practice.")

    write_pdf("en", "philadelphia-vacant-lot-greening.pdf",
              header="Urban Safety Evidence Digest - Environmental design",
              footer="Urban Safety Evidence Digest - page",
              title="Greening vacant lots in Philadelphia: a citywide randomised trial",
              pages=[[
                  ("h", "1. Why vacant land?"),
                  ("p", "Philadelphia has tens of thousands of vacant lots, most of them in its poorest neighbourhoods. Abandoned lots collect rubbish, hide illegal guns and drugs, and tell residents that nobody cares about their street. Residents living next to them say they are afraid to go out."),
                  ("h", "2. What was done"),
                  ("p", "The Pennsylvania Horticultural Society (PHS), which has cleaned and greened lots for the City of Philadelphia for many years through its LandCare programme, applied a simple and standard treatment: remove the rubbish, grade the land, plant grass and a few trees, put up a low wooden post-and-rail fence and mow the lot regularly. Local contractors, often from the same neighbourhood, do the maintenance."),
                  ("p", "Researchers of the University of Pennsylvania worked with PHS and the city to test whether this treatment reduces violence. They identified 541 vacant lots, grouped them into 110 geographic clusters and assigned the clusters at random to one of three arms: the full greening treatment, a trash clean-up with mowing only, or no intervention (the control group)."),
                  ("h", "3. Cost"),
                  ("p", "The greening treatment cost about 1,600 US dollars per lot at the start and about 180 dollars per lot per year for maintenance. The sheet gives no total budget for the programme."),
              ], [
                  ("h", "4. Evaluation and results"),
                  ("p", "The trial was published in the Proceedings of the National Academy of Sciences in 2018. Police-reported crime around the lots was compared for the 18 months before and the 18 months after treatment, and residents were surveyed. In neighbourhoods below the poverty line, greening was followed by a 29 % fall in gun violence compared with the control lots; burglaries and nuisance complaints also fell. Residents near greened lots reported feeling safer and going out more. The trash clean-up arm showed smaller effects. No displacement of crime to nearby blocks was found."),
                  ("h", "5. Partners"),
                  ("p", "University of Pennsylvania (Perelman School of Medicine, Urban Health Lab); Pennsylvania Horticultural Society; City of Philadelphia; Philadelphia Police Department (crime data)."),
                  ("h", "6. Why it matters for European cities"),
                  ("p", "The treatment is cheap, uses local labour and needs no change of ownership. Several European researchers have asked whether brownfield sites and neglected courtyards could be treated the same way; no European trial exists yet."),
              ]])
    fact("sheets/en/philadelphia-vacant-lot-greening.pdf",
         title="Greening vacant lots in Philadelphia (citywide randomised trial)", language="en",
         kind="practice", country="US", city="Philadelphia", start_year=None,
         evaluated=True, evaluation_kind="scientific", evidence="experimental",
         themes=["urban_design", "public_spaces", "property_crime"],
         partners=["University of Pennsylvania", "Pennsylvania Horticultural Society", "City of Philadelphia",
                   "Philadelphia Police Department"],
         funding=None,
         notes="Cluster randomised trial (541 lots, 110 clusters, three arms) -> experimental. Per-lot costs (1,600 / 180 USD) are unit costs, not a budget: budget null. No start year given (LandCare 'for many years', 2018 is the publication year, 18 months is the observation window). '29 %' is an outcome. 'no European trial exists yet' refers to elsewhere.")

    write_docx("en", "jarc-prolific-offenders-ireland.docx",
               "Joint Agency Response to Crime (J-ARC): managing prolific offenders in Ireland", [
                   ("table", [("Country", "Ireland"), ("Level", "National strategy, first pilots in Dublin"),
                              ("Launched", "November 2015"), ("Lead agencies", "An Garda Síochána, the Probation Service, the Irish Prison Service")]),
                   ("h1", "Background"),
                   ("p", "In 2014 and 2015 Dublin saw a sharp rise in burglaries. Garda analysis showed that a small group of repeat offenders committed a large share of them. Operation Acer, the Garda operation against burglary in the Dublin Metropolitan Region that began in March 2012, had produced thousands of arrests, but relatively few convictions and no lasting change in the behaviour of the most prolific offenders."),
                   ("h1", "What J-ARC is"),
                   ("p", "J-ARC is a strategy in which the police, probation and prison services jointly manage the most prolific offenders. Each offender in the programme gets a case manager; the agencies share information daily, offer support with housing, addiction treatment, training and work, and react quickly to reoffending (for example, by asking the court to revoke early release)."),
                   ("bold", "The first pilot projects (2015)"),
                   ("bullets", ["Acer 3: repeat burglars, in the south inner city (Kevin Street) and in Tallaght;",
                                "STRIVE: prolific offenders of all kinds in east Ballymun;",
                                "The Bridge Project: men with a history of violence."]),
                   ("p", "At the launch, up to 80 of the roughly 200 most prolific offenders in Dublin were in one of the pilots. Each pilot was to run for two years; the agencies planned to extend the model to other cities such as Limerick and Cork."),
                   ("h1", "Has it been evaluated?"),
                   ("p", "Not yet at the time of the launch. The Garda Commissioner said the early feedback from officers on the ground was very positive, but no evaluation of the pilots had been published; the agencies announced that the pilots would be reviewed at the end of the two-year phase."),
                   ("h1", "Contact"),
                   ("p", "Probation Service, Haymarket, Smithfield, Dublin 7."),
               ])
    fact("sheets/en/jarc-prolific-offenders-ireland.docx",
         title="Joint Agency Response to Crime (J-ARC)", language="en", kind="practice",
         country="IE", city=None, start_year=2015, evaluated=False, evaluation_kind="none",
         evidence="none", themes=["reintegration", "property_crime", "policing", "local_governance"],
         partners=["An Garda Síochána", "Probation Service", "Irish Prison Service"],
         funding=None,
         notes="National strategy with pilots in Dublin (Kevin Street, Tallaght, Ballymun): city null. Start 2015 (launch and pilots); Operation Acer March 2012 is an earlier operation, not the start. 'early feedback very positive' is not an evaluation; 'no evaluation published; review announced' -> none. Counts of offenders (80 of 200) are size, not results.")

    write_text("en", "res-hot-spots-policing-review.md", """
Home > Evidence library > Policing

# Hot spots policing: what the systematic review says

*Resource type: systematic review (Campbell Collaboration). Last checked by our editors in 2025.*

Crime is concentrated: in most cities about half of all recorded crime happens on a few per
cent of street segments. **Hot spots policing** means concentrating police patrols, problem
solving or other police activity on those small places.

## The review

The Campbell Collaboration published a systematic review of hot spots policing by Anthony
Braga, Brandon Turchan, Andrew Papachristos and David Hureau in 2019, an update of earlier
versions (the first in 2007, an update in 2012). It brings together 65 studies containing 78
tests of hot spots policing, most of them in the United States, a few in the United Kingdom,
Sweden, Australia and Latin America. Every study compared hot spots that received the
intervention with comparable places that did not; many of them were randomised experiments.

## Findings in short

- Hot spots policing produces small but statistically significant reductions in crime and
  disorder in the targeted places.
- Problem-oriented approaches (changing the conditions that make a place attractive for crime)
  had larger effects than simply adding patrols.
- Crime was not simply pushed around the corner: the nearby areas were more likely to see a
  *diffusion of benefits* (less crime) than displacement.
- Few studies measured community views; the authors call for more research on legitimacy and
  on effects in places outside the United States.

## Using it

The review is free to read in *Campbell Systematic Reviews* (volume 15, 2019). For European
cities it is a starting point for deciding how patrols and local problem solving are planned;
it is not an evaluation of any single city's programme.
""")
    fact("sheets/en/res-hot-spots-policing-review.md",
         title="Hot spots policing: Campbell systematic review (Braga et al. 2019)", language="en",
         kind="resource", country=None, city=None, start_year=None,
         evaluated=None, evaluation_kind=None, evidence=None,
         themes=["policing", "evaluation", "public_spaces"],
         partners=["Campbell Collaboration"], funding=None,
         notes="Resource (a review of evaluations): no evaluation of its own practice, kind/evidence null. Years 2007/2012/2019 are editions; '65 studies', '78 tests', 'volume 15' are counts, not budgets. Multi-country: country null.")


# --------------------------------------------------------------------------- Français

def french() -> None:
    write_html("fr", "plan-lumiere-lyon.html",
               site="Réseau Villes & Espaces publics",
               nav=["Accueil", "Fiches pratiques", "Thématiques", "Agenda", "Contact"],
               cookie="Ce site utilise des cookies de mesure d'audience. En poursuivant votre navigation, vous acceptez leur utilisation.",
               title="Le Plan Lumière de Lyon : éclairer la ville la nuit",
               meta="Ville : Lyon – Pays : France – Thème : aménagement et espaces publics – Fiche mise à jour en 2025",
               body="""      <h2>Pourquoi un plan lumière ?</h2>
      <p>À la fin des années 1980, les quais, les places et les collines de Lyon étaient, la nuit, mal éclairés ou éclairés uniquement pour la circulation automobile. Beaucoup d'habitants évitaient certains lieux après la tombée du jour. La municipalité décide alors de penser l'éclairage comme un projet urbain à part entière.</p>
      <h2>Ce qui a été fait</h2>
      <p>Adopté par le conseil municipal en 1989, le premier Plan Lumière a mis en valeur plus de 150 sites : monuments, ponts, berges de la Saône et du Rhône, collines de Fourvière et de la Croix-Rousse. L'idée est de rendre la ville lisible la nuit, de guider les piétons et de rendre les espaces publics plus accueillants, donc plus fréquentés. Un deuxième Plan Lumière, adopté en 2004, a étendu la démarche aux quartiers périphériques et ajouté des objectifs d'économie d'énergie.</p>
      <p>Le plan ne doit pas être confondu avec la Fête des Lumières du 8 décembre, tradition populaire née en 1852, même si la fête est devenue la vitrine du savoir-faire lyonnais en éclairage.</p>
      <h2>Qui porte le projet ?</h2>
      <p>La Ville de Lyon (direction de l'éclairage public), avec des concepteurs lumière, des architectes et les entreprises du secteur. La ville anime aussi le réseau international LUCI (Lighting Urban Community International), créé en 2002.</p>
      <h2>Quels résultats ?</h2>
      <p>Le Plan Lumière a fait de Lyon une référence ; de nombreuses villes françaises et étrangères s'en sont inspirées et il a reçu plusieurs prix. En revanche, aucune évaluation de ses effets sur la sécurité ou sur le sentiment de sécurité n'a été publiée à notre connaissance.</p>""",
               footer="Réseau Villes & Espaces publics – 12 rue des Carmes, 31000 Toulouse – contact@villes-espaces.example")
    fact("sheets/fr/plan-lumiere-lyon.html",
         title="Plan Lumière de Lyon", language="fr", kind="practice", country="FR",
         city="Lyon", start_year=1989, evaluated=False, evaluation_kind="none", evidence="none",
         themes=["urban_design", "public_spaces"],
         partners=["Ville de Lyon (direction de l'éclairage public)", "LUCI"], funding=None,
         notes="Meta line 'Ville : Lyon – Pays : France'; footer address in Toulouse (not the city). Start 1989 (first plan); 2004 second plan, 1852 Fête des Lumières and 2002 LUCI are distractors. Prizes and imitation by other cities are not an evaluation; explicit 'aucune évaluation ... publiée' -> none.")

    write_yaml("fr", "fs-bureaux-aide-victimes.yaml", {
        "type_de_fiche": "fiche thématique",
        "titre": "Les bureaux d'aide aux victimes (BAV) dans les tribunaux",
        "pays": "France",
        "thème": "aide aux victimes",
        "résumé": ("Dans chaque tribunal judiciaire, un bureau d'aide aux victimes accueille, informe et "
                   "accompagne gratuitement les victimes d'infractions, en particulier le jour de "
                   "l'audience."),
        "cadre_juridique": ("Les BAV ont été généralisés par le décret n° 2012-681 du 7 mai 2012, qui a "
                            "inscrit leur existence dans le code de procédure pénale (articles D. 47-6-15 et "
                            "suivants). Ils ont ensuite été installés progressivement dans tous les "
                            "tribunaux."),
        "fonctionnement": [
            "le bureau est tenu par une association d'aide aux victimes conventionnée par le ministère de la Justice, le plus souvent membre du réseau France Victimes",
            "il renseigne la victime sur la procédure, l'état de son dossier et ses droits (constitution de partie civile, indemnisation)",
            "il oriente vers un avocat, vers la commission d'indemnisation des victimes d'infractions (CIVI) ou vers le service d'aide au recouvrement (SARVI)",
            "il accompagne la victime à l'audience et après le jugement",
        ],
        "financement": "subventions du ministère de la Justice aux associations (programme budgétaire « accès au droit et à la justice »)",
        "chiffres_utiles": {
            "numéro national d'aide aux victimes": "116 006 (appel gratuit, 7 jours sur 7)",
            "tribunaux judiciaires concernés": "tous (environ 160)",
        },
        "à_retenir": ("La fiche présente un dispositif national ; elle ne rend pas compte d'une "
                      "évaluation particulière."),
    })
    fact("sheets/fr/fs-bureaux-aide-victimes.yaml",
         title="Les bureaux d'aide aux victimes (BAV)", language="fr", kind="fact_sheet",
         country="FR", city=None, start_year=2012, evaluated=None, evaluation_kind=None,
         evidence=None, themes=["victims"],
         partners=["ministère de la Justice", "France Victimes"],
         funding="subventions du ministère de la Justice aux associations",
         notes="Fact sheet, national: city null. 2012 = decree generalising the BAV (law number 2012-681 and articles are distractors). 116 006 is a phone number, ~160 tribunals a count. No evaluation statement beyond 'ne rend pas compte d'une évaluation' -> null.")

    write_docx("fr", "centres-prise-en-charge-auteurs-violences-conjugales.docx",
               "Les centres de prise en charge des auteurs de violences conjugales (CPCA)", [
                   ("bold", "Fiche pratique – Prévention de la récidive des violences conjugales – France"),
                   ("h1", "1. Contexte"),
                   ("p", "Le Grenelle des violences conjugales, ouvert le 3 septembre 2019 (le « 3919 », numéro d'écoute pour les victimes, avait inspiré la date), s'est conclu en novembre 2019 par une série de mesures. L'une d'elles prévoit de ne plus seulement protéger les victimes, mais aussi de prendre en charge les auteurs pour prévenir la récidive."),
                   ("h1", "2. Le dispositif"),
                   ("p", "En 2020, l'État lance un appel à projets pour créer des centres de prise en charge des auteurs de violences conjugales (CPCA) : une première vague de seize centres est retenue en 2020, une seconde porte le réseau à trente centres en 2021, au moins un par région. Chaque centre est porté par une ou plusieurs associations (contrôle judiciaire socio-éducatif, aide aux victimes, soins en addictologie…)."),
                   ("h2", "Ce que propose un centre"),
                   ("bullets", ["des stages de responsabilisation et des groupes de parole ;",
                                "un suivi psychologique et, si besoin, un accompagnement vers les soins (alcool, drogues) ;",
                                "une aide à l'hébergement pour permettre l'éviction du conjoint violent du domicile ;",
                                "un lien régulier avec les services pénitentiaires d'insertion et de probation (SPIP) et les parquets."]),
                   ("p", "Les auteurs sont orientés par la justice (alternatives aux poursuites, contrôle judiciaire, sursis probatoire) ou viennent volontairement."),
                   ("h1", "3. Partenaires et financement"),
                   ("table", [("Pilotage national", "ministère chargé de l'égalité entre les femmes et les hommes"),
                              ("Niveau local", "préfectures, parquets, SPIP, associations porteuses"),
                              ("Financement", "crédits de l'État (programme égalité) et cofinancements locaux ; montant par centre non communiqué dans cette fiche")]),
                   ("h1", "4. Évaluation"),
                   ("p", "Il n'existe pas encore d'évaluation des effets des centres sur la récidive. Une évaluation nationale a été annoncée par le ministère ; ses résultats ne sont pas connus à la date de la fiche."),
               ])
    fact("sheets/fr/centres-prise-en-charge-auteurs-violences-conjugales.docx",
         title="Centres de prise en charge des auteurs de violences conjugales (CPCA)",
         language="fr", kind="practice", country="FR", city=None, start_year=2020,
         evaluated=False, evaluation_kind="none", evidence="none",
         themes=["gender_violence", "reintegration", "victims"],
         partners=["ministère chargé de l'égalité entre les femmes et les hommes", "préfectures", "parquets",
                   "SPIP", "associations porteuses"],
         funding="crédits de l'État (programme égalité) et cofinancements locaux",
         notes="National programme: city null. Start 2020 (call for projects, first 16 centres); Grenelle 2019 is the earlier event, 2021 the extension to 30. '3919' is a phone number. 'pas encore d'évaluation' + announced evaluation -> none. Word headings, bold-paragraph heading and a field/value table.")

    write_xlsx("fr", "fs-conseillers-technoprevention-belgique.xlsx", "Fiche technoprévention", [
        ("Type", "Fiche thématique"),
        ("Titre", "Les conseillers en techno-prévention en Belgique"),
        ("Pays", "Belgique"),
        ("Thème", "Prévention des cambriolages"),
        ("De quoi s'agit-il ?", "Dans la plupart des zones de police et dans beaucoup de communes belges, des conseillers en techno-prévention (policiers ou agents communaux formés à cette mission) viennent gratuitement au domicile ou dans le commerce de qui le demande pour conseiller sur la protection contre le cambriolage : serrures, portes et fenêtres, éclairage, alarmes, marquage des objets, comportements."),
        ("Formation", "Les conseillers suivent une formation organisée par le SPF Intérieur (Direction Sécurité locale intégrale) ; ils appliquent une méthode commune et ne vendent aucun produit."),
        ("Aides financières", "Certaines communes et la Région de Bruxelles-Capitale ont proposé des primes pour l'achat de matériel anti-effraction, à condition d'avoir reçu la visite d'un conseiller."),
        ("Où trouver l'information ?", "Le site fédéral de prévention du SPF Intérieur et le service prévention de chaque commune ; en cas d'urgence, le 101."),
        ("Lien avec d'autres dispositifs", "Les partenariats locaux de prévention (PLP) entre habitants et police et les campagnes nationales contre le cambriolage, souvent lancées au début de l'hiver."),
        ("Évaluation", "La fiche décrit un dispositif général ; elle ne présente pas d'évaluation."),
    ], header=("Champ", "Valeur"))
    fact("sheets/fr/fs-conseillers-technoprevention-belgique.xlsx",
         title="Les conseillers en techno-prévention en Belgique", language="fr", kind="fact_sheet",
         country="BE", city=None, start_year=None, evaluated=None, evaluation_kind=None,
         evidence=None, themes=["property_crime", "policing", "local_governance"],
         partners=["SPF Intérieur (Direction Sécurité locale intégrale)", "zones de police", "communes"],
         funding=None,
         notes="Fact sheet about Belgium, no start year. Field/value worksheet with header row 'Champ/Valeur'. '101' is the police emergency number. The primes are subsidies to households, not a budget. Sheet says it presents no evaluation -> null (a fact sheet).")


# --------------------------------------------------------------------------- Español

def spanish() -> None:
    write_json("es", "id-mossos-esquadra.json", {
        "tipo_de_ficha": "ficha de identificación de un cuerpo policial",
        "nombre": "Mossos d'Esquadra – Policía de la Generalitat de Cataluña",
        "ámbito": "Comunidad autónoma de Cataluña (España)",
        "país": "España",
        "sede_central": "Complejo Central Egara, Sabadell (Barcelona)",
        "origen": ("Los Mossos d'Esquadra se consideran uno de los cuerpos policiales más antiguos de Europa: "
                   "nacieron en 1719 como «escuadras» de paisanos armados en Valls para perseguir el "
                   "bandolerismo."),
        "historia_reciente": [
            "La Ley catalana 19/1983 creó la Policía de la Generalitat sobre la base del antiguo cuerpo.",
            "La Ley 10/1994 de la Policía de la Generalitat – Mossos d'Esquadra regula hoy el cuerpo.",
            "Entre 1994 y 2008 los Mossos sustituyeron progresivamente a la Policía Nacional y a la Guardia Civil en las funciones de seguridad ciudadana en toda Cataluña.",
        ],
        "efectivos": "unos 18.000 agentes",
        "funciones": ["seguridad ciudadana y orden público", "policía judicial e investigación criminal",
                      "tráfico en las vías interurbanas", "atención a víctimas de violencia machista",
                      "cooperación con las policías locales (Guardia Urbana de Barcelona y otras)"],
        "organización": "nueve regiones policiales, comisarías de distrito y unidades centrales",
        "teléfono_de_emergencias": "112",
        "relación_con_otros_cuerpos": ("Las juntas locales de seguridad coordinan en cada municipio a los "
                                       "Mossos con la policía local."),
    })
    fact("sheets/es/id-mossos-esquadra.json",
         title="Mossos d'Esquadra – Policía de la Generalitat de Cataluña", language="es",
         kind="id_sheet", country="ES", city=None, start_year=1719, evaluated=None,
         evaluation_kind=None, evidence=None, themes=["policing"],
         partners=[], funding=None,
         notes="ID sheet of a regional police force: city null (Sabadell is the seat, Barcelona a province/partner force). Start year = founding 1719; laws 19/1983 and 10/1994, deployment 1994-2008 are distractors. 18.000 agents and 112 are not budgets. Keys in Spanish.")

    write_text("es", "sah-barcelona-hombres.md", """
---
título: Servicio de Atención a Hombres para la promoción de relaciones no violentas (SAH)
ciudad: Barcelona
país: España
temas: [violencia machista, prevención, masculinidades]
promotor: Ajuntament de Barcelona
---

# Servicio de Atención a Hombres (SAH) de Barcelona

## ¿Qué problema aborda?

La mayor parte de los recursos contra la violencia machista se dirigen, con razón, a las
mujeres que la sufren. Pero si nadie trabaja con los hombres que la ejercen, la violencia se
repite con la misma pareja o con la siguiente.

## ¿Qué es?

Un servicio municipal, gratuito y voluntario, para hombres que ejercen o han ejercido violencia
hacia su pareja u otras mujeres y que quieren cambiar. El Ajuntament lo creó en **2005** con el
nombre de Servicio de Atención a Hombres que Maltratan (SAHM), junto al servicio para niñas y
niños; en 2011 se reorganizó como servicio independiente con el nombre actual. Desde 2016 tiene
programas específicos para padres (SAH Pares) y para jóvenes de 12 a 21 años (SAH Joves), y desde
2018 atiende todas las formas de violencia que recoge la Ley catalana 5/2008.

## ¿Cómo trabaja?

1. Entrevistas individuales de valoración y motivación.
2. Un grupo psicoeducativo de unas 32 sesiones a lo largo de nueve meses, con una docena de
   hombres por grupo, dirigido por psicólogas y psicólogos.
3. Seguimiento individual espaciado después del grupo.

El servicio se coordina con el circuito municipal contra la violencia hacia las mujeres y con
los servicios de atención a las mujeres y a sus hijos e hijas.

## ¿Se ha evaluado?

El equipo recoge en la memoria anual del servicio el número de hombres atendidos y su paso por
las distintas fases: fueron 190 en 2017 y 362 en 2018, cuando el Ajuntament duplicó las horas de
atención. Es el seguimiento que hace el propio servicio; no conocemos una evaluación externa
publicada de sus efectos.

*Ficha redactada a partir de información pública del Ajuntament de Barcelona.*
""")
    fact("sheets/es/sah-barcelona-hombres.md",
         title="Servicio de Atención a Hombres (SAH) de Barcelona", language="es", kind="practice",
         country="ES", city="Barcelona", start_year=2005, evaluated=True,
         evaluation_kind="internal", evidence="descriptive",
         themes=["gender_violence", "reintegration"],
         partners=["Ajuntament de Barcelona"], funding="Ajuntament de Barcelona (municipal service)",
         notes="Front matter in Spanish. Start 2005 (created as SAHM); 2011 reorganisation, 2016 and 2018 extensions and Ley 5/2008 are distractors. The service's own yearly records of men attended (190 / 362) -> internal, descriptive, even with 'no conocemos una evaluación externa'.")

    write_text("es", "programa-envion-buenos-aires.txt", """
Programa Envión – inclusión de adolescentes y jóvenes en la provincia de Buenos Aires (Argentina)

El Envión nació en 2005 en el municipio de Avellaneda, en el conurbano de Buenos Aires, por
iniciativa del entonces intendente Baldomero Álvarez, con una idea sencilla: ofrecer a chicas y
chicos de 12 a 21 años de los barrios más pobres, que habían dejado la escuela o estaban a punto
de dejarla, un lugar propio en su barrio, adultos de referencia y una pequeña beca mensual a
cambio de volver a estudiar y de participar en talleres. Poco después el Ministerio de
Desarrollo Social de la provincia lo adoptó y lo extendió a decenas de municipios bonaerenses;
hoy lo gestiona el Ministerio de Desarrollo de la Comunidad con los municipios, que ponen las
sedes y los equipos. Cada sede reúne un equipo técnico (trabajadores sociales, psicólogos,
talleristas) y tutores que acompañan a cada joven en su recorrido escolar. Los talleres van del
deporte y la música a la formación en oficios. El programa no se presenta como un programa de seguridad, pero
sus promotores lo justifican también como prevención de la violencia y del ingreso de los
jóvenes en redes delictivas o de consumo de drogas. Según el ministerio provincial, hoy participan
más de 76.000 jóvenes, más del doble que al comienzo de la actual gestión provincial. En agosto
de 2024 Avellaneda celebró el 19º aniversario del programa con una muestra de los talleres de sus
doce sedes.
""")
    fact("sheets/es/programa-envion-buenos-aires.txt",
         title="Programa Envión (provincia de Buenos Aires)", language="es", kind="practice",
         country="AR", city=None, start_year=2005, evaluated=None, evaluation_kind=None,
         evidence=None, themes=["youth", "schools", "sport"],
         partners=["Ministerio de Desarrollo de la Comunidad (provincia de Buenos Aires)", "municipios"],
         funding="provincia de Buenos Aires y municipios",
         notes="No headings at all. Provincial programme begun in Avellaneda (pilot counts as start: 2005; '19º aniversario' in 2024 confirms). City null: provincial programme; Avellaneda only the origin. Participant counts (76.000) describe size, not an evaluation -> null. Non-European.")

    write_xlsx("es", "equipos-roca-guardia-civil.xlsx", "Equipos ROCA", [
        ("Nombre de la práctica", "Equipos ROCA de la Guardia Civil contra los robos en el campo"),
        ("País", "España"),
        ("Ámbito", "Nacional (zonas rurales de las provincias con demarcación de la Guardia Civil)"),
        ("Año de inicio", "2013"),
        ("Promotor", "Guardia Civil (Ministerio del Interior)"),
        ("Problema", "Robos de maquinaria agrícola, gasóleo, cobre de las instalaciones de riego, cosechas (aceituna, almendra, naranja) y ganado, que causan grandes pérdidas a agricultores y ganaderos en explotaciones aisladas."),
        ("Descripción", "Equipos especializados de guardias civiles en cada comandancia que conocen el territorio rural, visitan las explotaciones, mantienen el contacto con las organizaciones agrarias y las cooperativas, controlan el comercio de chatarra y la venta de productos agrícolas sin documento de origen, e investigan los robos."),
        ("Socios", "Organizaciones profesionales agrarias, cooperativas, ayuntamientos rurales, policías locales"),
        ("Otros datos", "La Guardia Civil, fundada en 1844, tiene más de 80.000 efectivos; los equipos ROCA son una pequeña parte de ellos."),
        ("Presupuesto", "No consta"),
        ("Evaluación", ""),
    ], record=True)
    fact("sheets/es/equipos-roca-guardia-civil.xlsx",
         title="Equipos ROCA de la Guardia Civil", language="es", kind="practice", country="ES",
         city=None, start_year=2013, evaluated=None, evaluation_kind=None, evidence=None,
         themes=["property_crime", "policing"],
         partners=["Guardia Civil", "organizaciones profesionales agrarias", "cooperativas",
                   "ayuntamientos rurales", "policías locales"],
         funding=None,
         notes="Header row + one record. National, rural: city null. Start 2013; 1844 (founding of the Guardia Civil) and 80.000 staff are distractors. Budget 'No consta' and empty evaluation cell -> null.")


# --------------------------------------------------------------------------- Italiano

def italian() -> None:
    write_pdf("it", "fs-codice-rosso.pdf",
              header="Osservatorio Sicurezza e Diritti – Schede tematiche",
              footer="Scheda tematica – pagina",
              title="Il «Codice Rosso»: la corsia preferenziale per le denunce di violenza domestica e di genere",
              pages=[[
                  ("h", "Di che cosa si tratta"),
                  ("p", "Con «Codice Rosso» si indica la legge 19 luglio 2019, n. 69, entrata in vigore il 9 agosto 2019, che ha modificato il codice penale e il codice di procedura penale per la tutela delle vittime di violenza domestica e di genere. Il nome viene dal linguaggio del pronto soccorso: le denunce di maltrattamenti, stalking e violenza sessuale devono essere trattate con priorità assoluta."),
                  ("h", "Le regole principali"),
                  ("p", "La polizia giudiziaria deve riferire subito al pubblico ministero, anche in forma orale; il pubblico ministero deve sentire la persona offesa o chi ha denunciato entro tre giorni dall'iscrizione della notizia di reato. La legge ha introdotto nuovi reati: la diffusione illecita di immagini o video sessualmente espliciti («revenge porn», art. 612-ter c.p.), la deformazione dell'aspetto della persona mediante lesioni permanenti al viso (art. 583-quinquies), la costrizione o induzione al matrimonio (art. 558-bis) e la violazione dei provvedimenti di allontanamento dalla casa familiare e del divieto di avvicinamento (art. 387-bis). Sono state aumentate le pene per maltrattamenti, stalking e violenza sessuale."),
                  ("p", "Per i condannati per questi reati la sospensione condizionale della pena è subordinata alla partecipazione a specifici percorsi di recupero presso enti o associazioni che si occupano di uomini autori di violenza."),
              ], [
                  ("h", "Le modifiche successive"),
                  ("p", "La legge 8 settembre 2023, n. 122 ha rafforzato il controllo sul rispetto dei tre giorni: se il pubblico ministero non sente la vittima nel termine, il procuratore della Repubblica può revocare l'assegnazione del procedimento. Nello stesso anno la legge n. 168 ha esteso l'uso del braccialetto elettronico e delle misure di protezione."),
                  ("h", "Chi è coinvolto"),
                  ("p", "Forze di polizia (Polizia di Stato e Arma dei Carabinieri), procure della Repubblica, centri antiviolenza e case rifugio della rete nazionale, servizi sociali dei comuni. Le vittime possono chiamare gratuitamente il numero antiviolenza e stalking 1522, attivo 24 ore su 24."),
                  ("h", "Per saperne di più"),
                  ("p", "La scheda descrive un quadro normativo nazionale e non riguarda una singola città. Relazioni sull'applicazione della legge sono state presentate al Parlamento dal Ministero della Giustizia."),
              ]])
    fact("sheets/it/fs-codice-rosso.pdf",
         title="Il «Codice Rosso» (legge 69/2019)", language="it", kind="fact_sheet",
         country="IT", city=None, start_year=2019, evaluated=None, evaluation_kind=None,
         evidence=None, themes=["gender_violence", "victims"],
         partners=[], funding=None,
         notes="Fact sheet on a national law: city null; start 2019 (entry into force). Law numbers 69/2019, 122/2023, 168, article numbers, 'tre giorni' and 1522 are distractors. Reports to Parliament on application are not labelled an evaluation (fact sheet).")

    write_json("it", "stanza-tutta-per-se-carabinieri.json", {
        "titolo": "Una stanza tutta per sé – stanze per l'ascolto protetto delle vittime nelle caserme dei Carabinieri",
        "paese": "Italia",
        "ambito": "nazionale",
        "anno_di_avvio": "2015",
        "promotori": ["Soroptimist International d'Italia", "Arma dei Carabinieri"],
        "descrizione": ("Grazie a un protocollo d'intesa tra il Soroptimist International d'Italia e il "
                        "Comando generale dell'Arma dei Carabinieri, in molte caserme è stata allestita "
                        "una stanza accogliente, lontana dagli uffici operativi, dove le donne che "
                        "denunciano violenze possono essere ascoltate con calma e, se necessario, con i "
                        "figli. Le stanze sono dotate di impianti di videoregistrazione, così che "
                        "l'audizione possa essere usata nel procedimento senza costringere la vittima a "
                        "ripetere più volte il racconto. I club Soroptimist locali finanziano "
                        "l'arredamento e le attrezzature; l'Arma mette a disposizione i locali e forma "
                        "il personale."),
        "diffusione": "oltre cento stanze in tutta Italia, anche in piccoli comuni",
        "obiettivi": ["ridurre la vittimizzazione secondaria", "favorire la denuncia",
                      "migliorare la qualità delle prove raccolte"],
        "valutazione": ("Il progetto in quanto tale non è stato valutato. Il Piano strategico nazionale "
                        "sulla violenza maschile contro le donne, nel cui quadro si colloca, è stato "
                        "oggetto di un'analisi dell'IRPPS-CNR (progetto ViVa), che però non ha "
                        "esaminato le stanze di ascolto."),
        "numero_utile": "1522",
    })
    fact("sheets/it/stanza-tutta-per-se-carabinieri.json",
         title="Una stanza tutta per sé (Soroptimist – Carabinieri)", language="it",
         kind="practice", country="IT", city=None, start_year=2015, evaluated=False,
         evaluation_kind="none", evidence="none", themes=["gender_violence", "victims", "policing"],
         partners=["Soroptimist International d'Italia", "Arma dei Carabinieri"],
         funding="club Soroptimist locali (arredi e attrezzature); Arma dei Carabinieri (locali, personale)",
         notes="Trap: the umbrella national plan was analysed by IRPPS-CNR (ViVa) but the project explicitly was not -> none. National: city null. 'oltre cento stanze' and 1522 are not budgets. Keys in Italian.")

    write_html("it", "smart-control-room-venezia.html",
               site="Portale Città Sicure e Intelligenti",
               nav=["Home", "Buone pratiche", "Tecnologie", "Eventi", "Chi siamo"],
               cookie="Questo sito utilizza cookie tecnici e, previo consenso, cookie analitici. Chiudendo il banner acconsenti all'uso dei soli cookie tecnici.",
               title="Venezia: la Smart Control Room per governare i flussi della città",
               meta="Città: Venezia · Regione: Veneto · Paese: Italia · Ambito: tecnologia e gestione delle folle",
               body="""      <p>Venezia accoglie ogni anno milioni di visitatori in un centro storico di poco più di cinquantamila residenti. Nelle giornate di punta calli e ponti si riempiono fino al limite, il traffico acqueo nel Canal Grande è intenso e l'acqua alta può bloccare interi sestieri. Per gestire questi fenomeni il Comune ha realizzato, nell'area del Tronchetto, una sala di controllo unica: la Smart Control Room, entrata in funzione nel 2020.</p>
      <h2>Come funziona</h2>
      <p>Nella sala confluiscono le immagini di centinaia di telecamere, i dati anonimi e aggregati delle celle telefoniche che stimano quante persone si trovano in ogni zona e da dove provengono, i sensori che contano i passaggi nei punti critici, i dati delle imbarcazioni rilevati dai sistemi di localizzazione e le previsioni di marea. Polizia locale, protezione civile, l'azienda di trasporto pubblico e gli uffici del turismo lavorano fianco a fianco: possono chiudere un accesso, deviare i pedoni su percorsi alternativi, potenziare i vaporetti o intervenire contro il moto ondoso.</p>
      <h2>Partner</h2>
      <ul>
        <li>Comune di Venezia e la sua società informatica Venis</li>
        <li>TIM, partner tecnologico per la rete e l'analisi dei dati</li>
        <li>Polizia locale di Venezia, protezione civile comunale, ACTV</li>
      </ul>
      <h2>Risultati</h2>
      <p>L'esperienza è stata presentata in numerosi convegni nazionali e internazionali sulle smart city e il modello è stato visitato da delegazioni di altre città. I dati della sala sono stati usati anche per preparare il contributo di accesso per i visitatori giornalieri sperimentato dal 2024.</p>""",
               footer="Portale Città Sicure e Intelligenti – Via dei Mille 24, 40121 Bologna – redazione@cittasicure.example")
    fact("sheets/it/smart-control-room-venezia.html",
         title="Smart Control Room di Venezia", language="it", kind="practice", country="IT",
         city="Venezia", city_aliases=["Venice", "Venise", "Venedig", "Veneza", "Venecia"],
         start_year=2020, evaluated=None, evaluation_kind=None, evidence=None,
         themes=["technology", "public_spaces", "crisis_management"],
         partners=["Comune di Venezia", "Venis", "TIM", "Polizia locale di Venezia",
                   "protezione civile comunale", "ACTV"],
         funding=None,
         notes="Presentations at conferences and visits by delegations are not an evaluation -> null. Footer address in Bologna; Tronchetto is an area of Venice. 2024 access fee is a later, separate measure. 'cinquantamila residenti' and 'centinaia di telecamere' are counts.")

    write_yaml("it", "la-paranza-rione-sanita-napoli.yaml", {
        "scheda": "buona pratica",
        "titolo": "La Paranza e le Catacombe di Napoli: i giovani del Rione Sanità",
        "città": "Napoli",
        "quartiere": "Rione Sanità (Municipalità 3)",
        "paese": "Italia",
        "inizio": "La cooperativa sociale La Paranza è stata fondata nel 2006.",
        "contesto": ("Il Rione Sanità, nel cuore di Napoli, è un quartiere popolare segnato da "
                     "dispersione scolastica, disoccupazione giovanile e presenza della camorra, ma "
                     "ricchissimo di patrimonio: le catacombe di San Gennaro e di San Gaudioso, palazzi "
                     "barocchi, chiese."),
        "cosa_si_fa": [
            "un gruppo di ragazzi del quartiere, accompagnati dal parroco don Antonio Loffredo, ha fondato la cooperativa per riaprire e far conoscere il patrimonio del rione",
            "dal 2009 la cooperativa gestisce la visita delle catacombe di San Gennaro e poi di San Gaudioso, in accordo con la Pontificia Commissione di Archeologia Sacra",
            "i proventi dei biglietti pagano stipendi di giovani del quartiere e finanziano restauri, un'orchestra giovanile, laboratori e attività sportive",
            "nel 2014 è nata la Fondazione di Comunità San Gennaro, che mette in rete le realtà sociali del rione",
        ],
        "partner": ["Parrocchia di Santa Maria della Sanità", "Fondazione di Comunità San Gennaro",
                    "Fondazione CON IL SUD", "Pontificia Commissione di Archeologia Sacra"],
        "numeri": "le catacombe, che all'inizio ricevevano poche migliaia di visitatori, superano oggi i centomila ingressi l'anno",
        "valutazione": ("Nessuno studio ha finora misurato gli effetti dell'esperienza sulla "
                        "criminalità o sulla sicurezza nel rione; i numeri dei visitatori descrivono la "
                        "crescita dell'attività."),
    })
    fact("sheets/it/la-paranza-rione-sanita-napoli.yaml",
         title="La Paranza e le Catacombe di Napoli (Rione Sanità)", language="it",
         kind="practice", country="IT", city="Napoli", city_aliases=["Naples", "Neapel", "Nápoles"],
         start_year=2006, evaluated=False, evaluation_kind="none", evidence="none",
         themes=["youth", "organised_crime", "urban_design"],
         partners=["Parrocchia di Santa Maria della Sanità", "Fondazione di Comunità San Gennaro",
                   "Fondazione CON IL SUD", "Pontificia Commissione di Archeologia Sacra"],
         funding="proventi dei biglietti delle catacombe",
         notes="Start 2006 (cooperative founded); 2009 catacombs and 2014 foundation are later steps. Visitor counts describe the activity; explicit 'nessuno studio ha finora misurato' -> none. Rione Sanità is a district, city Napoli.")


# --------------------------------------------------------------------------- Deutsch

def german() -> None:
    write_pdf("de", "res-skid-dunkelfeldstudie.pdf",
              header="Präventionsportal Kommunale Sicherheit – Daten und Studien",
              footer="Datenquellen – Seite",
              title="SKiD – Sicherheit und Kriminalität in Deutschland: die bundesweite Dunkelfeldbefragung",
              pages=[[
                  ("h", "Art der Quelle"),
                  ("p", "Wiederholte repräsentative Bevölkerungsbefragung (Opferbefragung, Dunkelfeldstudie) des Bundeskriminalamts (BKA) gemeinsam mit den Polizeien der Länder."),
                  ("h", "Warum eine Dunkelfeldbefragung?"),
                  ("p", "Die Polizeiliche Kriminalstatistik (PKS) zählt nur Straftaten, die der Polizei bekannt werden. Viele Delikte – Betrug im Internet, Körperverletzungen im sozialen Nahraum, Sexualdelikte – werden nie angezeigt. Eine Befragung der Bevölkerung zeigt, wie viele Menschen Opfer werden, ob sie Anzeige erstatten und wie sicher sie sich fühlen."),
                  ("h", "Vorgänger"),
                  ("p", "Bundesweite Opferbefragungen gab es bereits 2012 und 2017 (Deutscher Viktimisierungssurvey, durchgeführt vom BKA und dem Max-Planck-Institut in Freiburg). Mit SKiD wurden diese Einzelstudien zu einer regelmäßigen Erhebung ausgebaut."),
              ], [
                  ("h", "Die Erhebung"),
                  ("p", "Die erste Welle wurde 2020 durchgeführt; Zehntausende zufällig ausgewählte Personen ab 16 Jahren wurden schriftlich oder online befragt, so viele, dass auch Ergebnisse für die einzelnen Länder möglich sind. Eine zweite Welle folgte 2024. Gefragt wird nach erlebten Straftaten in den zwölf Monaten vor der Befragung, nach dem Anzeigeverhalten, nach der Kriminalitätsfurcht und dem Vertrauen in die Polizei."),
                  ("h", "Nutzen für Kommunen"),
                  ("p", "Kommunale Präventionsräte können die Landesergebnisse mit eigenen Bürgerbefragungen vergleichen; für einzelne Städte reicht die Stichprobe allerdings nicht aus. Die Berichte stehen kostenlos auf der Website des BKA."),
                  ("h", "Hinweis"),
                  ("p", "Diese Übersicht beschreibt eine Datenquelle. Sie bewertet kein Präventionsprojekt."),
              ]])
    fact("sheets/de/res-skid-dunkelfeldstudie.pdf",
         title="SKiD – Sicherheit und Kriminalität in Deutschland", language="de", kind="resource",
         country="DE", city=None, start_year=2020, evaluated=None, evaluation_kind=None,
         evidence=None, themes=["victims", "evaluation", "policing"],
         partners=["Bundeskriminalamt", "Polizeien der Länder"], funding=None,
         notes="Resource (a survey). Start 2020 (first wave); 2012/2017 predecessor surveys and 2024 second wave are distractors; 'ab 16 Jahren', 'zwölf Monaten' are not figures to extract. 'Freiburg' is the seat of a predecessor's partner, not a city of the sheet. A random sample of a survey is not a design.")

    write_yaml("de", "alexwache-berlin.yaml", {
        "Titel": "Alexwache – die gemeinsame Wache auf dem Alexanderplatz",
        "Stadt": "Berlin",
        "Bezirk": "Mitte",
        "Land": "Deutschland",
        "Themen": ["Polizeipräsenz", "öffentlicher Raum", "kriminalitätsbelasteter Ort"],
        "Ausgangslage": ("Der Alexanderplatz ist einer der belebtesten Plätze Berlins; an einem normalen "
                         "Werktag queren ihn bis zu 300.000 Menschen. Schlägereien, Raubüberfälle und "
                         "Taschendiebstähle machten ihn zu einem der Brennpunkte der Stadt; die Polizei "
                         "registrierte dort 2017 rund 18 Straftaten am Tag. Nach dem gewaltsamen Tod "
                         "von Jonny K. im Oktober 2012 wurde jahrelang über eine feste Wache diskutiert; "
                         "zunächst stand nur ein Kontaktmobil der Polizei auf dem Platz."),
        "Maßnahme": ("Am 15. Dezember 2017 wurde zwischen Weltzeituhr und Brunnen der "
                     "Völkerfreundschaft die Alexwache eröffnet, ein Pavillon von rund 70 m² aus "
                     "Fertigteilen. Sie ist rund um die Uhr mit Beamtinnen und Beamten der Polizei "
                     "Berlin besetzt; dazu kommen Arbeitsplätze für die Bundespolizei (zuständig für "
                     "den Bahnhof) und das Ordnungsamt des Bezirks Mitte. Die Wache nimmt Anzeigen "
                     "auf, gibt Auskunft und verstärkt zusammen mit zusätzlichen Streifen die "
                     "Präsenz auf dem Platz."),
        "Beteiligte": ["Polizei Berlin", "Bundespolizei", "Ordnungsamt Mitte",
                       "Senatsverwaltung für Inneres"],
        "Kosten": "rund 1 Mio. € für Bau und Einrichtung",
        "Zeitplan": "Spatenstich am 7. September 2017, Eröffnung nach 99 Tagen Bauzeit",
        "Evaluation": ("Eine wissenschaftliche Evaluation der Wache ist bislang nicht bekannt. Der "
                       "Innensenator rechnete bei der Eröffnung sogar mit mehr registrierten "
                       "Straftaten, weil Anzeigen leichter aufgenommen werden; in der ersten Woche "
                       "waren es 52."),
    })
    fact("sheets/de/alexwache-berlin.yaml",
         title="Alexwache am Alexanderplatz", language="de", kind="practice", country="DE",
         city="Berlin", start_year=2017, budget_eur=1000000, budget_amount=1000000,
         budget_currency="EUR", evaluated=False, evaluation_kind="none", evidence="none",
         themes=["policing", "public_spaces", "local_governance"],
         partners=["Polizei Berlin", "Bundespolizei", "Ordnungsamt Mitte", "Senatsverwaltung für Inneres"],
         funding=None,
         notes="Budget 'rund 1 Mio. €' (construction and equipment). Start 2017 (opening); Oct 2012 Jonny K. and the 2012 Kontaktmobil are earlier events; 300.000 people, 18 offences a day, 70 m², 99 days and 52 reports are distractors. 'bislang nicht bekannt' -> none; an expected rise in recorded offences is not a result. Mitte is a district.")

    write_docx("de", "big-interventionszentrale-berlin.docx",
               "BIG – Berliner Initiative gegen Gewalt an Frauen: Interventionsprojekt und Hotline", [
                   ("table", [("Stadt", "Berlin"), ("Träger", "BIG e.V."), ("Beginn", "1995 (Berliner Interventionsprojekt gegen häusliche Gewalt)"),
                              ("Handlungsfeld", "Häusliche Gewalt, Opferschutz, Kooperation von Polizei, Justiz und Hilfesystem")]),
                   ("bold", "Worum geht es?"),
                   ("p", "Mitte der 1990er Jahre reagierten Polizei und Justiz auf häusliche Gewalt oft mit einem bloßen Streitschlichten; die Frauen blieben mit dem Täter in der Wohnung oder flohen ins Frauenhaus. Das 1995 gestartete Berliner Interventionsprojekt gegen häusliche Gewalt (BIG) brachte erstmals in Deutschland Polizei, Staatsanwaltschaft, Gerichte, Jugendämter, Frauenprojekte und Täterarbeit an einen Tisch, um ein abgestimmtes Vorgehen zu entwickeln."),
                   ("bold", "Was wurde erreicht?"),
                   ("bullets", ["gemeinsame Leitlinien für den Polizeieinsatz bei häuslicher Gewalt, einschließlich der Wegweisung des Täters aus der Wohnung;",
                                "seit 1999 die BIG Hotline, eine telefonische Beratung für Frauen mit mobiler Intervention (Telefon 030 611 03 00);",
                                "Fortbildungen für Polizei, Justiz und Beratungsstellen;",
                                "Mitarbeit an der Vorbereitung des Gewaltschutzgesetzes, das 2002 in Kraft trat."]),
                   ("bold", "Finanzierung"),
                   ("p", "Das Modellprojekt wurde vom Bundesministerium für Familie, Senioren, Frauen und Jugend und vom Land Berlin gefördert; heute finanziert der Senat die Koordinierungsstelle und die Hotline."),
                   ("h1", "Wissenschaftliche Begleitung"),
                   ("p", "Das Projekt wurde zusammen mit weiteren Interventionsprojekten in Deutschland von 1998 bis 2004 im Auftrag des Bundesfamilienministeriums wissenschaftlich begleitet (WiBIG, Universität Osnabrück, Leitung Carol Hagemann-White). Die Forscherinnen untersuchten, wie die Kooperation aufgebaut wurde, wie die Institutionen ihre Praxis veränderten und wie betroffene Frauen die Intervention erlebten; ein Vergleich mit einer Kontrollgruppe war nicht vorgesehen."),
               ])
    fact("sheets/de/big-interventionszentrale-berlin.docx",
         title="BIG – Berliner Interventionsprojekt gegen häusliche Gewalt", language="de",
         kind="practice", country="DE", city="Berlin", start_year=1995, evaluated=True,
         evaluation_kind="external", evidence="descriptive",
         themes=["gender_violence", "victims", "local_governance", "policing"],
         partners=["BIG e.V.", "Polizei Berlin", "Staatsanwaltschaft", "Jugendämter", "Frauenprojekte"],
         funding="Bundesministerium für Familie, Senioren, Frauen und Jugend und Land Berlin (Modellphase); heute Senat",
         notes="Bold paragraphs as headings + one Word heading + field/value table. Start 1995; 1999 hotline, 2002 Gewaltschutzgesetz, 1998-2004 evaluation are distractors; 030 611 03 00 is a phone number. University process evaluation (WiBIG, Osnabrück) with explicitly no control group -> external, descriptive.")

    write_text("de", "wiener-netzwerk-demokratiekultur-praevention.md", """
Startseite › Praxisbeispiele › Radikalisierung und Extremismus

# Wiener Netzwerk Demokratiekultur und Prävention (WNED)

**Wien, Österreich** · Kommunale Strategie gegen Extremismus und Abwertungsideologien

### Entstehung

Als sich 2014 immer mehr Jugendliche mit dschihadistischer Propaganda identifizierten und
einige aus Österreich nach Syrien ausreisten, beschloss der Wiener Gemeinderat am 25. September
2014 die Einrichtung eines Netzwerks für Deradikalisierung und Prävention. 2018 erhielt es
seinen heutigen Namen. Koordiniert wird es von der Kinder- und Jugendanwaltschaft Wien.

### Wie arbeitet das Netzwerk?

Statt eine neue Behörde zu schaffen, nutzt die Stadt die Einrichtungen, die ohnehin mit Kindern
und Jugendlichen arbeiten. Kompetenzstellen gibt es in den Magistratsabteilungen für
Kindergärten (MA 10), Kinder- und Jugendhilfe (MA 11), Bildung und Jugend (MA 13) und
Integration und Diversität (MA 17) sowie in der Bildungsdirektion. Weitere Mitglieder sind die
Landespolizeidirektion Wien mit ihren Präventionsabteilungen, das AMS Wien Jugendliche und der
waff. Das Netzwerk

- berät Fachkräfte, die sich um einen Jugendlichen Sorgen machen,
- organisiert Fortbildungen für Mitarbeiterinnen und Mitarbeiter der Stadt,
- fördert Demokratiebildung an der Schnittstelle von Schule und Jugendarbeit,
- befasst sich inzwischen auch mit Mobbing und sexueller Gewalt gegen Kinder.

### Was weiß man über die Wirkung?

Nach dem Terroranschlag in der Wiener Innenstadt am 2. November 2020 ließ die Stadt ihre
Präventionsarbeit von einem externen Terrorismusforscher untersuchen. Die 2021 vorgestellte
Studie prüfte, wie die Strategie und die rund 50 Maßnahmenpakete des Netzwerks aufgestellt sind,
was gut läuft und wo es Lücken gibt; Wirkungen auf Radikalisierung wurden dabei nicht gemessen.

*Quelle: öffentliche Informationen der Stadt Wien; eigene Zusammenfassung.*
""")
    fact("sheets/de/wiener-netzwerk-demokratiekultur-praevention.md",
         title="Wiener Netzwerk Demokratiekultur und Prävention (WNED)", language="de",
         kind="practice", country="AT", city="Wien", city_aliases=["Vienna", "Vienne", "Viena"],
         start_year=2014, evaluated=True, evaluation_kind="external", evidence="descriptive",
         themes=["radicalisation", "youth", "local_governance", "training"],
         partners=["Kinder- und Jugendanwaltschaft Wien", "MA 10", "MA 11", "MA 13", "MA 17",
                   "Bildungsdirektion für Wien", "Landespolizeidirektion Wien", "AMS Wien Jugendliche", "waff"],
         funding=None,
         notes="Breadcrumb, no front matter. Start 2014 (council decision 25 September 2014); 2018 renaming and the 2 November 2020 attack are distractors; MA numbers are department numbers; '50 Maßnahmenpakete' a count. Study by an external researcher of the strategy, no outcome measured -> external, descriptive. ")


# --------------------------------------------------------------------------- Português

def portuguese() -> None:
    write_html("pt", "favela-bairro-rio-de-janeiro.html",
               site="Observatório de Práticas Urbanas",
               nav=["Início", "Práticas", "Cidades", "Publicações", "Sobre nós"],
               cookie="Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, concorda com a nossa política de cookies.",
               title="Favela-Bairro: urbanizar as favelas do Rio de Janeiro",
               meta="Cidade: Rio de Janeiro · Estado: RJ · País: Brasil · Tema: urbanização e espaço público",
               body="""      <h2>O contexto</h2>
      <p>No início dos anos 1990, cerca de um milhão de cariocas vivia em favelas sem saneamento, sem ruas pavimentadas e sem endereço oficial, muitas vezes sob o domínio de grupos armados. Durante décadas, a resposta pública tinha oscilado entre a remoção e o abandono.</p>
      <h2>O programa</h2>
      <p>Lançado em 1994 pela Prefeitura do Rio de Janeiro, através da Secretaria Municipal de Habitação, o Favela-Bairro propôs o contrário da remoção: integrar as favelas à cidade formal. Equipas de arquitetos selecionadas por concurso desenhavam, com os moradores, um plano para cada comunidade: abertura e pavimentação de vias, redes de água e esgoto, drenagem, iluminação pública, praças, creches e equipamentos desportivos, regularização de endereços. A ideia era que a favela passasse a ser um bairro como os outros.</p>
      <h2>Financiamento</h2>
      <p>A primeira fase do programa, entre 1995 e 2000, custou cerca de US$ 300 milhões, dos quais US$ 180 milhões foram emprestados pelo Banco Interamericano de Desenvolvimento (BID); o restante veio do orçamento municipal. Uma segunda fase, também com apoio do BID, alargou o programa a outras comunidades.</p>
      <h2>Reconhecimento</h2>
      <p>Em 2000, o programa recebeu o prémio Veronica Rudge Green de desenho urbano da Universidade de Harvard, e o modelo foi estudado e adaptado por várias cidades da América Latina.</p>""",
               footer="Observatório de Práticas Urbanas – Rua da Boavista 120, 4050-102 Porto, Portugal")
    fact("sheets/pt/favela-bairro-rio-de-janeiro.html",
         title="Favela-Bairro (Rio de Janeiro)", language="pt", kind="practice", country="BR",
         city="Rio de Janeiro", start_year=1994, budget_eur=276000000, budget_amount=300000000,
         budget_currency="USD", evaluated=None, evaluation_kind=None, evidence=None,
         themes=["urban_design", "public_spaces", "local_governance"],
         partners=["Prefeitura do Rio de Janeiro (Secretaria Municipal de Habitação)",
                   "Banco Interamericano de Desenvolvimento (BID)"],
         funding="empréstimo do BID (US$ 180 milhões) e orçamento municipal",
         notes="Start 1994 (launch); 1995-2000 is the first financed phase. Budget: first phase US$ 300 milhões (USD converted at 0.92 -> 276 million EUR); the 180 million is the IDB share. Harvard prize (2000) and copying by other cities are not an evaluation; nothing else said -> null. Footer address in Porto. 'um milhão de cariocas' is a count.")

    write_json("pt", "estou-aqui-psp.json", {
        "designação": "Programa «Estou Aqui!» Crianças",
        "entidade_promotora": "Polícia de Segurança Pública (PSP)",
        "país": "Portugal",
        "âmbito_territorial": "nacional (todas as esquadras da PSP)",
        "ano_de_lançamento": 2012,
        "objetivo": ("Encontrar depressa as crianças que se perdem dos pais em praias, centros "
                     "comerciais, festas e outros locais com muita gente."),
        "como_funciona": ("Os pais registam a criança num sítio do Ministério da Administração Interna e "
                          "levantam gratuitamente, numa esquadra à escolha, uma pulseira com um código "
                          "alfanumérico único e a inscrição «Liga 112». Se a criança se perder, quem a "
                          "encontrar liga para o 112 e indica o código; a PSP contacta de imediato a "
                          "família. A pulseira não contém dados pessoais."),
        "evolução": [
            "nos três primeiros anos as pulseiras só estavam ativas nos meses de verão",
            "desde 2017 são válidas durante todo o ano",
            "em 2024 o programa alargou-se das crianças dos 2 aos 10 anos às dos 2 aos 15 anos",
            "a PSP tem um programa semelhante para adultos que, pela idade ou doença, se possam desorientar na via pública",
        ],
        "parceiros": ["MEO / Fundação Altice", "Secretaria-Geral do Ministério da Administração Interna",
                      "Rádio Comercial", "Missing Children Europe", "Instituto de Apoio à Criança",
                      "Direção-Geral dos Estabelecimentos Escolares"],
        "custo_para_as_famílias": "nenhum",
        "resultados": ("A PSP divulga todos os anos o balanço do programa: desde 2012 foram atribuídas "
                       "mais de 540 mil pulseiras (57 927 só em 2023) e, em doze anos, a PSP promoveu "
                       "graças a elas o reencontro rápido de 53 crianças com as suas famílias."),
    })
    fact("sheets/pt/estou-aqui-psp.json",
         title="Programa «Estou Aqui!» Crianças (PSP)", language="pt", kind="practice",
         country="PT", city=None, start_year=2012, evaluated=True, evaluation_kind="internal",
         evidence="descriptive", themes=["policing", "youth", "public_spaces", "technology"],
         partners=["MEO / Fundação Altice", "Secretaria-Geral do Ministério da Administração Interna",
                   "Rádio Comercial", "Missing Children Europe", "Instituto de Apoio à Criança",
                   "Direção-Geral dos Estabelecimentos Escolares"],
         funding=None,
         notes="Numeric start year in JSON (2012); 2017 and 2024 are changes. The PSP's own yearly balance (bracelets handed out and children reunited) -> internal, descriptive. 112 is the emergency number; 540 mil / 57 927 / 53 are counts, 'nenhum' cost for families is not a budget. National: city null.")

    write_text("pt", "operacao-delegada-sao-paulo.txt", """
OPERAÇÃO DELEGADA – POLICIAIS MILITARES DE FOLGA AO SERVIÇO DA CIDADE DE SÃO PAULO

O que é?
Um convénio entre a Prefeitura de São Paulo e o Governo do Estado de São Paulo pelo qual
policiais militares, nos seus dias de folga, trabalham em turnos para o município e são pagos
pela prefeitura. Na prática, legaliza e organiza o antigo "bico", o segundo emprego que muitos
policiais faziam como seguranças privados.

Quando começou?
Em dezembro de 2009, na gestão do prefeito Gilberto Kassab. A Polícia Militar do Estado de São
Paulo foi criada muito antes, em 1831, e continua a ser uma polícia estadual: a cidade não tem
polícia própria além da Guarda Civil Metropolitana.

O que fazem os policiais?
No início, a operação concentrou-se no combate ao comércio ambulante ilegal no centro, em ruas
como a 25 de Março e na região do Brás e da Santa Ifigênia, e na fiscalização de posturas
municipais em conjunto com as subprefeituras. Depois estendeu-se a outras regiões da cidade e a
outras tarefas de policiamento preventivo, sempre com os policiais fardados e sob comando da PM.

Quem participa?
Prefeitura de São Paulo (subprefeituras e secretaria responsável pela segurança urbana), Polícia
Militar do Estado de São Paulo, Secretaria da Segurança Pública do Estado.

Quanto custa?
Cada hora trabalhada é paga pelo município ao policial como uma diária; o valor global anual
varia com o número de policiais contratados e não é indicado nesta ficha.

Resultados?
Segundo a prefeitura e a PM, a presença dos policiais reduziu o comércio ambulante e os furtos
nas ruas abrangidas. Não há uma avaliação independente publicada; críticos questionam o
cansaço dos policiais que trabalham nos dias de descanso.

Denúncias: 190 (Polícia Militar) · Informações da prefeitura: 156
""")
    fact("sheets/pt/operacao-delegada-sao-paulo.txt",
         title="Operação Delegada (São Paulo)", language="pt", kind="practice", country="BR",
         city="São Paulo", city_aliases=["Sao Paulo", "San Pablo"], start_year=2009,
         evaluated=True, evaluation_kind="internal", evidence="outcome",
         themes=["policing", "public_spaces", "local_governance"],
         partners=["Prefeitura de São Paulo", "Polícia Militar do Estado de São Paulo",
                   "Secretaria da Segurança Pública do Estado de São Paulo"],
         funding="Prefeitura de São Paulo (pays the officers per hour)",
         notes="Headings as questions. Start December 2009; 1831 (founding of the PM) is a distractor. The promoters' own claim of fewer street vendors and thefts, with 'no independent evaluation' -> internal, outcome. Critics' views are not an evaluation. 190 and 156 are phone numbers; no budget given. 25 de Março, Brás, Santa Ifigênia are streets/areas.")

    write_pdf("pt", "fs-guardas-noturnos-portugal.pdf",
              header="Segurança Local em Foco – fichas temáticas",
              footer="Ficha temática – página",
              title="Os guardas-noturnos em Portugal",
              pages=[[
                  ("h", "Uma figura antiga"),
                  ("p", "Os guardas-noturnos percorrem de noite as ruas de um bairro, vigiando casas e estabelecimentos comerciais. A figura tem raízes no século XIX, quando as cidades portuguesas começaram a pagar vigilantes noturnos; em muitos bairros de Lisboa e do Porto continua a ser conhecida pelo apito com que o guarda assinala a sua presença."),
                  ("h", "O regime jurídico"),
                  ("p", "A atividade é hoje regulada pela Lei n.º 105/2015, de 25 de agosto. O guarda-noturno não é polícia nem segurança privado: é um particular autorizado pela câmara municipal, depois de ouvidas a força de segurança territorialmente competente (PSP ou GNR) e a junta de freguesia. A câmara define as áreas de atuação, e em cada área só pode atuar um guarda-noturno."),
              ], [
                  ("h", "Deveres e meios"),
                  ("p", "O guarda-noturno usa uniforme e cartão de identificação, deve colaborar com as forças de segurança, comunicar-lhes de imediato qualquer ocorrência e prestar auxílio a quem dele precise. Pode deter em flagrante delito, entregando o detido à polícia, como qualquer cidadão."),
                  ("h", "Quem paga?"),
                  ("p", "Não há financiamento público: o guarda vive das contribuições voluntárias dos moradores e comerciantes da sua área. Em alguns municípios a câmara apoia a compra de fardamento ou de equipamento de comunicação."),
                  ("h", "Para quem quer saber mais"),
                  ("p", "As câmaras municipais publicam a lista das áreas e dos guardas licenciados. Esta ficha descreve uma figura existente em todo o país; não se refere a um município em particular."),
              ]])
    fact("sheets/pt/fs-guardas-noturnos-portugal.pdf",
         title="Os guardas-noturnos em Portugal", language="pt", kind="fact_sheet", country="PT",
         city=None, start_year=None, evaluated=None, evaluation_kind=None, evidence=None,
         themes=["public_spaces", "local_governance", "property_crime"],
         partners=["câmaras municipais", "PSP", "GNR", "juntas de freguesia"],
         funding="contribuições voluntárias de moradores e comerciantes",
         notes="Fact sheet, national: city null (Lisboa and Porto are examples). 'século XIX' is vague -> start null; Lei 105/2015 is the current legal basis, not the start. No evaluation statement.")


# --------------------------------------------------------------------------- Nederlands

def dutch() -> None:
    write_pdf("nl", "krachtwijken-aanpak.pdf",
              header="Kennisbank Wijk & Veiligheid – praktijkvoorbeelden",
              footer="Praktijkvoorbeeld – pagina",
              title="De krachtwijkenaanpak (Vogelaarwijken): veertig wijken, tien jaar",
              pages=[[
                  ("h", "Wat was het?"),
                  ("p", "In 2007 maakte Ella Vogelaar, toen minister voor Wonen, Wijken en Integratie, het Actieplan Krachtwijken bekend. Veertig achterstandswijken in achttien gemeenten kregen extra aandacht en geld om in tien jaar duidelijk vooruit te gaan op vijf terreinen: wonen, werken, leren en opgroeien, integreren en veiligheid. Bekende voorbeelden zijn Kanaleneiland in Utrecht en de Schilderswijk in Den Haag; de wijken werden in de volksmond al snel Vogelaarwijken genoemd."),
                  ("h", "Hoe werkte het?"),
                  ("p", "Elke gemeente stelde met de woningcorporaties, de politie, scholen en bewoners een wijkactieplan op. De maatregelen liepen uiteen: sloop en nieuwbouw (herstructurering), verkoop van sociale huurwoningen, achter-de-voordeurbezoeken, wijkteams, extra toezicht, jongerenwerk en bewonersinitiatieven met een eigen budget. De woningcorporaties droegen het grootste deel van de investeringen."),
                  ("h", "Partners"),
                  ("p", "Het Rijk (ministerie van VROM/WWI, later Binnenlandse Zaken en Koninkrijksrelaties), de achttien gemeenten, woningcorporaties en hun branchevereniging Aedes, politie, scholen en welzijnsorganisaties."),
              ], [
                  ("h", "Evaluatie"),
                  ("p", "Het Sociaal en Cultureel Planbureau (SCP) evalueerde het beleid op verzoek van het ministerie van BZK. In het rapport Werk aan de wijk (2013) vergeleken de onderzoekers de ontwikkeling van leefbaarheid en veiligheid in de veertig aandachtswijken met die in vergelijkbare achterstandswijken die geen krachtwijk waren (een quasi-experimentele opzet, zonder loting). De conclusie: de Vogelaarwijken deden het niet beter en niet slechter dan de vergelijkingswijken. In beide groepen verbeterde de tevredenheid van bewoners. Gunstige effecten op leefbaarheid en veiligheid bleken eerder samen te hangen met herstructurering, die ook in andere wijken plaatsvond."),
                  ("p", "Een eerder SCP-rapport uit 2011 had al gewezen op de beperkte veranderingen in de sociaaleconomische positie van de wijken tussen 1999 en 2008."),
                  ("h", "Lessen"),
                  ("p", "De aanpak laat zien hoe moeilijk het is om het effect van een breed wijkprogramma te meten: veel wijken buiten het programma kregen ook investeringen, en de woningmarktcrisis na 2008 remde de vernieuwing af."),
              ]])
    fact("sheets/nl/krachtwijken-aanpak.pdf",
         title="De krachtwijkenaanpak (Vogelaarwijken)", language="nl", kind="practice",
         country="NL", city=None, start_year=2007, evaluated=True, evaluation_kind="scientific",
         evidence="quasi_experimental", themes=["urban_design", "local_governance", "youth"],
         partners=["ministerie van VROM/WWI (later BZK)", "achttien gemeenten", "woningcorporaties",
                   "Aedes", "politie", "scholen", "welzijnsorganisaties"],
         funding="Rijk en vooral de woningcorporaties",
         notes="National programme in 40 neighbourhoods of 18 municipalities: city null (Utrecht, Den Haag are examples; Kanaleneiland and Schilderswijk districts). Start 2007; 'tien jaar' is the intended length, not an end year. SCP comparison with similar non-programme neighbourhoods, explicitly without lottery -> scientific, quasi_experimental. 1999-2008 and 2011 report are distractors.")

    write_docx("nl", "rotterdamwet-selectieve-woningtoewijzing.docx",
               "De Rotterdamwet in Rotterdam-Zuid: selectieve woningtoewijzing", [
                   ("h1", "Samenvatting"),
                   ("p", "Met de Wet bijzondere maatregelen grootstedelijke problematiek, in de wandeling de Rotterdamwet, mag een gemeente in aangewezen wijken eisen stellen aan nieuwe bewoners. Rotterdam vroeg om de wet en paste haar als eerste toe, vanaf 2006, in wijken van Rotterdam-Zuid zoals de Tarwewijk, Carnisse, Hillesluis en Bloemhof."),
                   ("h1", "Waarom?"),
                   ("p", "De gemeente zag in deze wijken een opeenstapeling van armoede, werkloosheid, overlast en criminaliteit, en een instroom van kwetsbare huishoudens die de problemen versterkte. Door de instroom te sturen wilde zij de leefbaarheid en veiligheid verbeteren."),
                   ("h1", "Wat houdt het in?"),
                   ("bullets", ["Wie zich in een aangewezen straat wil vestigen en korter dan zes jaar in de regio woont, heeft een huisvestingsvergunning nodig; die krijgt alleen wie een inkomen uit werk, pensioen of studiefinanciering heeft.",
                                "Sinds een wetswijziging in 2017 mag de gemeente woningzoekenden ook screenen op overlast en criminele antecedenten.",
                                "De wet is ingebed in het Nationaal Programma Rotterdam Zuid, met investeringen in scholen, werk en woningen."]),
                   ("p", "Ook andere gemeenten, waaronder Den Haag, passen de wet inmiddels in enkele wijken toe."),
                   ("h1", "Juridische toets"),
                   ("p", "Een vrouw die in 2005 geen vergunning kreeg voor een woning in de Tarwewijk, stapte naar het Europees Hof voor de Rechten van de Mens. De Grote Kamer oordeelde op 6 november 2017 in de zaak Garib tegen Nederland dat de regeling het recht op vrije keuze van woonplaats niet schond."),
                   ("h1", "Evaluatie"),
                   ("p", "De wet is meermaals geëvalueerd in opdracht van het ministerie van Binnenlandse Zaken en Koninkrijksrelaties door onafhankelijke onderzoekers. Zij konden geen effect van de selectieve woningtoewijzing op de leefbaarheid en de veiligheid in de aangewezen wijken aantonen; de ontwikkeling van de wijken hing vooral samen met andere factoren."),
                   ("table", [("Stad", "Rotterdam"), ("Start", "2006"), ("Wet", "Wet bijzondere maatregelen grootstedelijke problematiek"),
                              ("Budget", "geen apart budget (regelgeving)")]),
               ])
    fact("sheets/nl/rotterdamwet-selectieve-woningtoewijzing.docx",
         title="De Rotterdamwet in Rotterdam-Zuid", language="nl", kind="practice", country="NL",
         city="Rotterdam", start_year=2006, evaluated=True, evaluation_kind="external",
         evidence="outcome", themes=["urban_design", "local_governance", "discrimination"],
         partners=["Gemeente Rotterdam", "ministerie van Binnenlandse Zaken en Koninkrijksrelaties"],
         funding=None,
         notes="National law named after a city, applied here by Rotterdam (city Rotterdam; Den Haag is another city using it; Tarwewijk etc. are neighbourhoods). Start 2006; 2005 (the Garib refusal), 2017 amendment and ECHR ruling, 'zes jaar' are distractors. Court ruling is not an evaluation. Independent evaluators commissioned by the ministry found no demonstrable effect on liveability and safety (a measured outcome, no design stated) -> external, outcome. 'geen apart budget' -> null.")

    write_html("nl", "tijdelijk-huisverbod.html",
               site="Kennisplein Huiselijk Geweld",
               nav=["Home", "Aanpakken", "Wetgeving", "Publicaties", "Nieuws"],
               cookie="Wij gebruiken functionele en analytische cookies. Met uw toestemming plaatsen we ook cookies om de site te verbeteren.",
               title="Het tijdelijk huisverbod: de pleger de deur uit, niet het slachtoffer",
               meta="Land: Nederland – Niveau: landelijk – Onderwerp: huiselijk geweld en kindermishandeling",
               body="""      <p><strong>Sinds 1 januari 2009</strong> kan de burgemeester iemand die huiselijk geweld pleegt of dreigt te plegen, verbieden om tien dagen lang zijn of haar woning te betreden en contact op te nemen met de partner en de kinderen. Dat is geregeld in de Wet tijdelijk huisverbod.</p>
      <h2>Hoe gaat het in zijn werk?</h2>
      <ol>
        <li>De politie wordt gebeld voor een incident. Een hulpofficier van justitie vult ter plekke het Risicotaxatie-instrument Huiselijk Geweld (RiHG) in.</li>
        <li>Op basis daarvan legt de burgemeester (in de praktijk vaak de hulpofficier namens hem) het huisverbod op; de pleger moet direct de woning verlaten en de sleutels inleveren.</li>
        <li>Tijdens de tien dagen komt de hulpverlening op gang voor alle betrokkenen: het slachtoffer, de kinderen en de pleger. Veilig Thuis coördineert die hulp.</li>
        <li>De burgemeester kan het verbod verlengen tot maximaal vier weken (28 dagen). Wie het verbod overtreedt, pleegt een misdrijf.</li>
      </ol>
      <h2>Wie werken samen?</h2>
      <p>Gemeenten en burgemeesters, politie, Veilig Thuis, reclassering, maatschappelijk werk en de vrouwenopvang.</p>
      <h2>Is het geëvalueerd?</h2>
      <p>Ja. Het WODC (het kennisinstituut van het ministerie van Justitie en Veiligheid) liet de wet in de eerste jaren na de invoering evalueren door externe onderzoekers. De evaluatie beschreef vooral de uitvoering: hoe vaak en hoe snel een huisverbod werd opgelegd, hoe de samenwerking tussen politie, gemeente en hulpverlening verliep en hoe de betrokkenen het verbod ervoeren. Of het huisverbod herhaling van geweld voorkomt, is niet met een vergelijkingsgroep onderzocht.</p>
      <p>Advies of hulp nodig? Bel Veilig Thuis: 0800-2000 (gratis, dag en nacht).</p>""",
               footer="Kennisplein Huiselijk Geweld – Catharijnesingel 47, 3511 GC Utrecht")
    fact("sheets/nl/tijdelijk-huisverbod.html",
         title="Het tijdelijk huisverbod (Wet tijdelijk huisverbod)", language="nl",
         kind="practice", country="NL", city=None, start_year=2009, evaluated=True,
         evaluation_kind="external", evidence="descriptive",
         themes=["gender_violence", "victims", "local_governance", "policing"],
         partners=["gemeenten en burgemeesters", "politie", "Veilig Thuis", "reclassering",
                   "maatschappelijk werk", "vrouwenopvang"],
         funding=None,
         notes="National measure: city null; footer address in Utrecht. Start 2009 (1 January 2009); '10 dagen', '28 dagen', 'vier weken' and 0800-2000 are distractors. WODC-commissioned evaluation by external researchers of the implementation, with explicitly no comparison group -> external, descriptive.")

    write_xlsx("nl", "voorzorg-huisbezoeken.xlsx", "VoorZorg", [
        ("Naam", "VoorZorg – intensieve huisbezoeken door jeugdverpleegkundigen"),
        ("Land", "Nederland"),
        ("Niveau", "landelijk, uitgevoerd door organisaties voor jeugdgezondheidszorg in veel gemeenten"),
        ("Sinds", "2004 (proefperiode), daarna landelijke invoering"),
        ("Doelgroep", "jonge, laagopgeleide vrouwen die zwanger zijn van hun eerste kind en met risicofactoren zoals huiselijk geweld, verslaving of psychische problemen"),
        ("Aanpak", "Een gespecialiseerde jeugdverpleegkundige bezoekt de vrouw vanaf de zwangerschap tot het kind twee jaar is, ongeveer veertig keer. Zij werkt aan gezondheid, opvoeding, een veilige relatie en toekomstplannen. VoorZorg is de Nederlandse versie van het Amerikaanse Nurse-Family Partnership."),
        ("Partners", "Nederlands Centrum Jeugdgezondheid (landelijke coördinatie), GGD'en en jeugdgezondheidszorg, gemeenten"),
        ("Financiering", "gemeenten (jeugdgezondheidszorg); onderzoek gefinancierd door ZonMw"),
        ("Onderzoek", "Onderzoekers van het VU medisch centrum voerden een gerandomiseerd gecontroleerd onderzoek uit bij ongeveer 460 vrouwen: de helft kreeg VoorZorg, de andere helft de gewone zorg (controlegroep). Vrouwen in de VoorZorg-groep rapporteerden minder partnergeweld en er waren minder meldingen van kindermishandeling bij het Advies- en Meldpunt Kindermishandeling dan in de controlegroep."),
        ("Erkenning", "Opgenomen in de databank effectieve jeugdinterventies"),
    ], header=("Veld", "Waarde"))
    fact("sheets/nl/voorzorg-huisbezoeken.xlsx",
         title="VoorZorg (intensieve huisbezoeken)", language="nl", kind="practice", country="NL",
         city=None, start_year=2004, evaluated=True, evaluation_kind="scientific",
         evidence="experimental", themes=["gender_violence", "youth", "victims"],
         partners=["Nederlands Centrum Jeugdgezondheid", "GGD'en en jeugdgezondheidszorg", "gemeenten",
                   "VU medisch centrum"],
         funding="gemeenten (jeugdgezondheidszorg); onderzoek door ZonMw",
         notes="Field/value worksheet with header 'Veld/Waarde'. National: city null. Start 2004 (trial period counts as start). RCT with control group (gerandomiseerd) -> experimental; recognition in a database is not an evaluation in itself. 460 women and 'veertig keer' are counts.")


def main() -> None:
    english()
    french()
    spanish()
    italian()
    german()
    portuguese()
    dutch()
    truth = {"sheets": dict(sorted(TRUTH.items()))}
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
    print(f"wrote {len(TRUTH)} sheets")


if __name__ == "__main__":
    main()
