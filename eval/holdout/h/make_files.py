"""Generate holdout set H: sheets/<lang>/<file> and truth.json (deterministic)."""

import json
from datetime import UTC, datetime
from pathlib import Path

import docx
import openpyxl
import yaml
from fpdf import FPDF

ROOT = Path(__file__).resolve().parent
FIXED = datetime(2026, 12, 2, 9, 0, 0, tzinfo=UTC)
SHEETS = []  # (relpath, kind_of_body, body, truth)


def truth(title, lang, kind, country, city, aliases, start, end, beur, bamt, bcur,
          evaluated, ekind, evidence, themes, partners, funding, notes):
    return {
        "title": title, "language": lang, "kind": kind, "country": country, "city": city,
        "city_aliases": aliases, "start_year": start, "end_year": end, "budget_eur": beur,
        "budget_amount": bamt, "budget_currency": bcur, "evaluated": evaluated,
        "evaluation_kind": ekind, "evidence": evidence, "themes": themes, "partners": partners,
        "funding": funding, "notes": notes,
    }


def add(path, body, t):
    SHEETS.append((path, body, t))


# ---------------------------------------------------------------- writers
LATIN = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u201c": '"',
         "\u201d": '"', "\u20ac": "EUR", "\u2026": "...", "\u00a0": " ", "\u2022": "-",
         "\u2009": " ", "\u202f": " "}


def latin(text):
    for k, v in LATIN.items():
        text = text.replace(k, v)
    return text.encode("latin-1", "replace").decode("latin-1")


def write_docx(path, blocks):
    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = "Practice Repository"
    for kind, text in blocks:
        if kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h":
            d.add_heading(text, level=2)
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        else:
            d.add_paragraph(text)
    d.save(path)


def write_pdf(path, blocks):
    pdf = FPDF()
    pdf.set_creation_date(FIXED)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for kind, text in blocks:
        text = latin(text)
        if kind == "h1":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, text)
            pdf.ln(2)
        elif kind in ("h", "b"):
            pdf.set_font("Helvetica", "B", 11.5)
            pdf.multi_cell(0, 6.5, text)
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.multi_cell(0, 5.5, text)
            pdf.ln(2)
    pdf.output(str(path))


def write_xlsx(path, rows, sheet_title):
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    ws = wb.active
    ws.title = sheet_title
    for r in rows:
        ws.append(list(r))
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 110
    wb.save(path)


def write(path, body):
    out = ROOT / path
    out.parent.mkdir(parents=True, exist_ok=True)
    kind, content = body
    if kind == "text":
        out.write_text(content.strip() + "\n", encoding="utf-8")
    elif kind == "json":
        out.write_text(json.dumps(content, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    elif kind == "yaml":
        out.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False, width=100),
                       encoding="utf-8")
    elif kind == "docx":
        write_docx(out, content)
    elif kind == "pdf":
        write_pdf(out, content)
    elif kind == "xlsx":
        write_xlsx(out, content[1], content[0])
    else:
        raise ValueError(kind)


# ================================================================= EN
add("sheets/en/operation-thor-burglary.md", ("text", """
---
portal: Safer Communities Exchange
sheet type: practice
country: Ireland
---

# Operation Thor – a national push against burglary

*Home › Practices › Property crime › Operation Thor*

## Why it started
By the middle of the decade domestic burglary had become the crime Irish households feared most.
Mobile gangs used the motorway network to hit rural homes and commuter towns, then drove back to
the cities. Local stations in Kerry or Roscommon could do little on their own against groups
operating out of another county. In November 2015 An Garda Síochána launched Operation Thor as a
national, intelligence-led operation run from Garda headquarters in Phoenix Park, Dublin.

## What the Gardaí do
- targeted checkpoints on the routes used by travelling burglary gangs, with more patrols on
  motorway junctions at night;
- rapid follow-up of every burglary, with forensic teams and stolen-property tracing;
- bail checks on known prolific offenders and close work with the courts on bail objections;
- crime-prevention advice days, property marking and a winter campaign ("Lock up, light up");
- liaison with second-hand gold dealers and scrap yards, where stolen jewellery is sold.

The Government ring-fenced €5 million in the first year for overtime and equipment, and
invested in new patrol vehicles.

## Partners
Community Alert and Neighbourhood Watch groups, local authorities, the Department of Justice and
the Courts Service.

## What has changed?
The Garda's own crime figures, published a year into the operation, showed a marked fall in
recorded burglaries nationally compared with the twelve months before it started, and a rise in
arrests and charges. These are the force's figures; no independent evaluation has been
published.

*Contact: Garda National Crime Prevention Unit · this sheet was prepared for the Exchange in
2016 and reviewed in 2019.*
"""), truth("Operation Thor", "en", "practice", "IE", None, [], 2015, None, 5000000, 5000000, "EUR",
            True, "internal", "outcome", ["property_crime", "policing"],
            ["An Garda Síochána", "Community Alert", "Neighbourhood Watch", "local authorities",
             "Department of Justice", "Courts Service"],
            "Government funding (EUR 5 million ring-fenced for overtime and equipment in the first year)",
            "National operation: HQ in Dublin and counties named are not the city; the force's own "
            "before/after burglary figures with 'no independent evaluation' is internal, outcome."))

add("sheets/en/scotcet-procedural-justice-trial.pdf", ("pdf", [
    ("h1", "Scottish Community Engagement Trial (ScotCET)"),
    ("p", "Scotland  |  Policing & procedural justice  |  Research-practice partnership"),
    ("h", "1. Summary"),
    ("p", "ScotCET tested whether a short, scripted conversation at routine road checks could make "
          "people see the police as fairer and more legitimate. It replicated the Queensland Community "
          "Engagement Trial run in Brisbane, Australia, in 2010, which had reported positive effects "
          "on drivers' views of the police."),
    ("h", "2. How it worked"),
    ("p", "In 2013 officers of the newly merged Police Scotland ran road checks at sites across the "
          "country. At the experimental checks, officers used a short script built on the four "
          "elements of procedural justice: explaining why the vehicle had been stopped, giving the "
          "driver a chance to speak, showing neutrality and treating the person with dignity. They "
          "handed out a leaflet on crime prevention and a survey card that drivers posted back. At "
          "control checks, officers did business as usual."),
    ("h", "3. Partners"),
    ("p", "Police Scotland, the University of Edinburgh and the Scottish Institute for Policing "
          "Research (SIPR)."),
    ("h", "4. Evaluation design and findings"),
    ("p", "Road checks were randomly allocated to the experimental or the control condition, making "
          "ScotCET a randomised controlled trial. Drivers at both kinds of check returned the same "
          "survey. Unlike in Queensland, the trial did not find that the script improved drivers' "
          "views of the police; some measures went slightly the other way. The researchers explained "
          "this partly by how faithfully the script was delivered and by the Scottish context of a "
          "police reform under way at the same time."),
    ("h", "5. What others can learn"),
    ("p", "A programme that works in one country cannot simply be copied: implementation fidelity "
          "and officers' buy-in must be checked before results are read."),
]), truth("Scottish Community Engagement Trial (ScotCET)", "en", "practice", "GB", None, [],
          2013, None, None, None, None, True, "scientific", "experimental",
          ["policing", "evaluation", "training"],
          ["Police Scotland", "University of Edinburgh", "Scottish Institute for Policing Research"],
          None,
          "Brisbane/Queensland 2010 is the original trial elsewhere, not this practice's city or year; "
          "random allocation of road checks = experimental even though the effect was null."))

add("sheets/en/stad-stockholm-licensed-premises.docx", ("docx", [
    ("h1", "STAD: Responsible Beverage Service in Stockholm's nightlife"),
    ("b", "City: Stockholm (Sweden)   Topic: alcohol, violence, licensed premises"),
    ("h", "Background"),
    ("p", "In the mid-1990s, violence in and around Stockholm's bars and clubs was a growing "
          "concern, and serving alcohol to visibly intoxicated guests was common even though Swedish "
          "law forbids it. STAD (Stockholm prevents alcohol and drug problems) was set up in 1996 to "
          "develop and test a community approach to the problem in the city centre."),
    ("h", "The three pillars"),
    ("p", "The model combines community mobilisation, training and enforcement. A steering group "
          "brings together the police, the licensing board of the City of Stockholm, the restaurant "
          "trade association and the county's health services. Door staff and bar staff take a "
          "two-day course in responsible beverage service covering alcohol law, recognising "
          "intoxication and handling conflicts. Licensing officers and police then visit premises "
          "more often, and restaurants that keep serving drunk guests receive warnings and letters."),
    ("h", "Results and evaluation"),
    ("p", "Researchers at STAD and Karolinska Institutet followed the project over several years. "
          "Test purchases by professional actors pretending to be drunk showed that refusals of "
          "service rose markedly. Police-recorded violent crime in the intervention area fell by "
          "about a third compared with a control area in another part of the city that did not "
          "receive the programme. A cost analysis reported savings well above the programme's cost."),
    ("h", "Transfer"),
    ("p", "The approach was extended to other Swedish municipalities and inspired projects in "
          "Norway, Iceland and several other European countries. Its authors stress that the three "
          "pillars work together: training alone showed little effect."),
]), truth("STAD: Responsible Beverage Service in Stockholm's nightlife", "en", "practice", "SE",
          "Stockholm", [], 1996, None, None, None, None, True, "scientific", "quasi_experimental",
          ["nightlife", "drugs", "training", "policing"],
          ["Stockholm Police", "City of Stockholm licensing board", "restaurant trade association",
           "Karolinska Institutet", "Stockholm County health services"],
          None,
          "Intervention vs. control area without random assignment = quasi-experimental; spread to "
          "other countries is not this practice's evaluation."))

add("sheets/en/salto-oslo-youth-crime.txt", ("text", """
OSLO MUNICIPALITY / OSLO POLICE DISTRICT
SaLTo - "Together we create a safe Oslo"

Oslo, Norway

SaLTo is the joint model of Oslo municipality and Oslo police district for preventing crime
among children and young people up to 23. The name is short for "Sammen Lager vi et Trygt Oslo".
It was set up in 2006, after several years of concern about youth robberies and gangs in
parts of the city, and it runs in every one of the city's fifteen districts.

Each district has a SaLTo coordinator employed by the municipality who works side by side with
the police's local prevention officers. The coordinators bring together schools, child
welfare services, youth clubs, outreach workers and the police around concrete cases and
hotspots. Young people who have been stopped for a first offence are followed up quickly, often
with a meeting with their parents ("bekymringssamtale"). A central SaLTo secretariat at City Hall
publishes a yearly status report on youth crime in Oslo based on police figures.

The model draws on the Danish SSP cooperation between schools, social services and police,
which Copenhagen and other Danish municipalities have used since the 1970s, and on Oslo's own
earlier "Oslo mot ran" robbery campaign.

Partners: Oslo municipality (the City Government and the districts), Oslo police district,
schools, child welfare services, youth clubs and outreach services.

Evaluation: the yearly status reports describe the problem of youth crime, not the effect of
the model. No evaluation of SaLTo itself has been published.

---
SaLTo secretariat, Oslo City Hall, 0037 Oslo
"""), truth("SaLTo – Together we create a safe Oslo", "en", "practice", "NO", "Oslo", [], 2006, None,
            None, None, None, False, "none", "none", ["youth", "local_governance", "policing"],
            ["Oslo municipality", "Oslo police district", "schools", "child welfare services",
             "youth clubs", "outreach services"],
            None,
            "Copenhagen/Danish SSP (1970s) is the inspiration, not the practice; yearly status "
            "reports are statistics on the problem, and the sheet says no evaluation exists."))

add("sheets/en/id-london-violence-reduction-unit.yaml", ("yaml", {
    "record_type": "organisation profile",
    "name": "London Violence Reduction Unit",
    "short_name": "London VRU",
    "country": "United Kingdom",
    "city": "London",
    "type": "City-wide prevention service (Mayor of London)",
    "founded": 2019,
    "set_up_by": "Mayor of London, Sadiq Khan, announced in September 2018",
    "mission": ("Prevent violence affecting young people in the capital by treating it as a "
                "public health problem: tackling its causes early rather than only responding "
                "after harm has happened."),
    "remit": [
        "commissions youth and family programmes with the 32 boroughs and the City of London",
        "funds mentoring, youth workers in hospitals and police custody, and work in schools",
        "supports young people excluded from school or at risk of exclusion",
        "brings together police, health, education and community groups",
    ],
    "governance": ("Sits within the Greater London Authority; a partnership reference group "
                   "includes the Metropolitan Police Service, NHS London, London Councils and "
                   "community representatives."),
    "related_bodies": ("Inspired by the Scottish Violence Reduction Unit founded in Glasgow in "
                       "2005; other English VRUs were created with Home Office funding from 2019."),
    "website_section": "london.gov.uk > Mayor's Violence Reduction Unit",
}), truth("London Violence Reduction Unit", "en", "id_sheet", "GB", "London", [], 2019, None, None,
          None, None, None, None, None, ["youth", "local_governance", "schools"],
          ["Greater London Authority", "Metropolitan Police Service", "NHS London",
           "London Councils", "boroughs"],
          None,
          "ID sheet of a city prevention service: founding year 2019 (2018 is the announcement, "
          "Glasgow 2005 another unit); no evaluation statement."))

add("sheets/en/fs-joint-policing-committees-ireland.html", ("text", """
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Fact sheet: Joint Policing Committees in Ireland</title></head>
<body>
<nav>Knowledge base &gt; Fact sheets &gt; Local governance</nav>
<h1>Joint Policing Committees (Ireland)</h1>
<p><em>Fact sheet · country: Ireland · updated for the Exchange</em></p>

<h2>What are they?</h2>
<p>Joint Policing Committees (JPCs) were created by the Garda Síochána Act 2005 as a forum in
each local authority area where the Gardaí, elected councillors, council officials, TDs and
community representatives meet to discuss crime, anti-social behaviour and the policing of the
area. After a pilot phase in a number of councils, committees were rolled out to all city and
county councils.</p>

<h2>How do they work?</h2>
<p>A JPC typically meets four times a year, in public session at least once. The chief
superintendent reports on crime trends, and members raise local concerns: drug dealing on
estates, anti-social driving, underage drinking in parks. Many JPCs have set up Local Community
Policing Fora at neighbourhood level, for example in Dublin's north inner city or in parts of
Cork and Limerick.</p>

<h2>Strengths and weaknesses</h2>
<table border="1">
<tr><th>Seen as strengths</th><th>Seen as weaknesses</th></tr>
<tr><td>Regular, structured contact between Gardaí and local government</td>
<td>Meetings can become a one-way briefing by the police</td></tr>
<tr><td>Public meetings let residents raise issues directly</td>
<td>Uneven attendance and community participation between councils</td></tr>
</table>

<h2>What next?</h2>
<p>Following the Commission on the Future of Policing in Ireland (2018), the Policing, Security
and Community Safety Act 2024 replaces JPCs with Local Community Safety Partnerships that
include health, education and social services as well as the Gardaí.</p>
<footer>Safer Communities Exchange · fact sheets are summaries, not legal advice</footer>
</body></html>
"""), truth("Joint Policing Committees (Ireland)", "en", "fact_sheet", "IE", None, [], None, None,
            None, None, None, None, None, None, ["local_governance", "policing"],
            ["An Garda Síochána", "local authorities"], None,
            "Fact sheet about one country's scheme; Dublin, Cork, Limerick are examples, no city; "
            "2005 Act, 2018 commission and 2024 Act are context, no single start year."))

# ================================================================= FR
add("sheets/fr/brigade-numerique-gendarmerie.html", ("text", """
<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>La Brigade numérique de la gendarmerie</title></head>
<body>
<p class="fil">Accueil › Fiches pratiques › Technologies et sécurité</p>
<h1>La Brigade numérique de la gendarmerie nationale</h1>
<p class="meta">Pays : France · Échelle : nationale · Thème : relation police-population</p>
<h2>Le constat</h2>
<p>Une part croissante des usagers ne se déplace plus en brigade pour une simple question :
comment porter plainte, que faire après une escroquerie en ligne, comment signaler un départ en
vacances. Dans les territoires ruraux, la brigade la plus proche est parfois à vingt minutes de
route et n'ouvre pas tous les jours.</p>
<h2>Le dispositif</h2>
<p>Ouverte le 27 février 2018, la Brigade numérique répond 24 heures sur 24 et 7 jours sur 7
aux internautes par tchat, par messagerie sur les réseaux sociaux et par courriel. Une
vingtaine de gendarmes, installés dans les locaux de la gendarmerie à Rennes, renseignent,
orientent, prennent des pré-plaintes en ligne et, en cas d'urgence, font intervenir la brigade
territoriale compétente. Elle s'inscrit dans la police de sécurité du quotidien lancée la même
année.</p>
<h2>Quelques chiffres</h2>
<p>Plusieurs centaines de milliers d'échanges ont été traités depuis l'ouverture, avec des pics
lors des confinements de 2020, où la brigade a relayé les consignes et reçu des signalements de
violences intrafamiliales.</p>
<h2>Et l'évaluation ?</h2>
<p>La gendarmerie publie des bilans d'activité (nombre de conversations, délais de réponse).
Aucune évaluation indépendante de l'effet du dispositif sur la relation avec la population n'a
été publiée.</p>
<footer>Fiche rédigée pour le portail · Contact presse : Direction générale de la gendarmerie
nationale, Issy-les-Moulineaux</footer>
</body></html>
"""), truth("La Brigade numérique de la gendarmerie nationale", "fr", "practice", "FR", None, [],
            2018, None, None, None, None, False, "none", "none", ["technology", "policing", "crisis_management"],
            ["Gendarmerie nationale"], None,
            "National service based in Rennes, HQ in Issy-les-Moulineaux: no city. Activity counts "
            "are not an evaluation; 'aucune évaluation indépendante' = none."))

add("sheets/fr/emmis-montreal.docx", ("docx", [
    ("h1", "ÉMMIS – Équipe mobile de médiation et d'intervention sociale"),
    ("p", "Ville : Montréal · Province : Québec · Pays : Canada"),
    ("h", "Pourquoi une équipe mobile ?"),
    ("p", "Au centre-ville de Montréal, une bonne part des appels au 911 concernent des situations "
          "qui ne relèvent pas d'un crime : une personne en crise, un conflit de voisinage, une "
          "personne en situation d'itinérance installée dans une entrée d'immeuble. Les policiers "
          "du SPVM n'étaient pas toujours les mieux placés pour y répondre."),
    ("h", "Ce que fait l'équipe"),
    ("p", "Lancée en 2021 dans l'arrondissement de Ville-Marie, l'ÉMMIS réunit des intervenantes "
          "et intervenants de milieu, formés à la médiation et à l'intervention psychosociale, qui "
          "se déplacent à la demande des citoyens, des commerçants ou du SPVM. Ils désamorcent les "
          "conflits, accompagnent les personnes vers les ressources (refuges, santé, aide "
          "alimentaire) et assurent un suivi. L'équipe a depuis été étendue à d'autres secteurs."),
    ("h", "Partenaires"),
    ("p", "Ville de Montréal (Service de la diversité et de l'inclusion sociale), arrondissement de "
          "Ville-Marie, Service de police de la Ville de Montréal, organismes communautaires."),
    ("h", "Bilan"),
    ("p", "L'équipe compte ses interventions, mais aucune évaluation de ses effets n'a encore été "
          "publiée. Une démarche d'évaluation est annoncée."),
]), truth("ÉMMIS – Équipe mobile de médiation et d'intervention sociale", "fr", "practice", "CA",
          "Montréal", ["Montreal"], 2021, None, None, None, None, False, "none", "none",
          ["mediation", "public_spaces", "policing"],
          ["Ville de Montréal", "arrondissement de Ville-Marie",
           "Service de police de la Ville de Montréal", "organismes communautaires"],
          None,
          "Ville-Marie is a borough, not the city; 'aucune évaluation publiée' plus an announced "
          "one = none (announced evaluations do not count)."))

add("sheets/fr/transit-bruxelles-accueil-bas-seuil.txt", ("text", """
TRANSIT asbl — Centre d'accueil et d'hébergement pour usagers de drogues
Bruxelles (Belgique)

Depuis 1995, Transit accueille à Bruxelles, à deux pas de la gare du Nord, des personnes qui
consomment des drogues et qui vivent souvent à la rue. C'est un service « bas seuil » : on y
entre sans rendez-vous, sans exigence d'abstinence, de jour comme de nuit.

Ce que l'on y trouve
 - un accueil de jour avec douches, repas et lessive ;
 - un hébergement d'urgence de courte durée ;
 - du matériel stérile d'injection et des conseils de réduction des risques ;
 - un accompagnement social et une orientation vers les soins et le logement ;
 - un travail de rue dans les quartiers de la gare du Nord et de Schaerbeek.

Transit travaille avec la Ville de Bruxelles et les communes voisines, les services de police,
les hôpitaux, les maisons médicales et d'autres associations du secteur (comme Modus Vivendi
ou le Projet Lama). Le service est financé par la Région de Bruxelles-Capitale et la Commission
communautaire commune.

Bilan : l'association publie chaque année un rapport d'activités où elle fait le point sur la
fréquentation, le profil des personnes accueillies et ce qu'elle juge avoir amélioré ou non dans
sa prise en charge. Il n'existe pas d'évaluation externe.

À noter : la salle de consommation à moindre risque de Liège (2018) et celle de Bruxelles
(Gate, 2022) sont des dispositifs différents.
"""), truth("Transit asbl – accueil bas seuil pour usagers de drogues", "fr", "practice", "BE",
            "Bruxelles", ["Brussels", "Brussel"], 1995, None, None, None, None, True, "internal",
            "descriptive", ["drugs", "public_spaces"],
            ["Ville de Bruxelles", "services de police", "hôpitaux", "maisons médicales",
             "Modus Vivendi", "Projet Lama"],
            "Région de Bruxelles-Capitale and Commission communautaire commune",
            "Annual activity report with the association's own judgement = internal, no outcome; "
            "Liège 2018 and Gate 2022 are other services."))

add("sheets/fr/fs-csil-r-belgique.pdf", ("pdf", [
    ("h1", "Fiche thématique : les Cellules de sécurité intégrale locales (CSIL-R)"),
    ("p", "Belgique - Radicalisation, extrémisme, terrorisme - Gouvernance locale"),
    ("h", "De quoi s'agit-il ?"),
    ("p", "Après les départs de jeunes vers la Syrie et les attentats de Paris (2015) et de "
          "Bruxelles (2016), les communes belges ont été invitées à créer une cellule de sécurité "
          "intégrale locale en matière de radicalisme, d'extrémisme et de terrorisme. La loi du 30 "
          "juillet 2018 en a fait une obligation pour chaque commune."),
    ("h", "Qui siège ?"),
    ("p", "Le bourgmestre préside. Autour de la table : le fonctionnaire de prévention, la police "
          "locale, et selon les cas les services sociaux du CPAS, l'enseignement, la jeunesse. "
          "Les échanges portent sur des personnes précises et relèvent du secret professionnel "
          "partagé."),
    ("h", "Le lien avec les task forces locales"),
    ("p", "La CSIL-R a une finalité sociale et préventive ; elle se distingue de la task force "
          "locale, qui réunit police et services de renseignement autour du suivi sécuritaire. "
          "Plusieurs villes (Malines, Vilvorde, Verviers, Liège) avaient des dispositifs proches "
          "avant la loi."),
    ("h", "Points d'attention"),
    ("p", "Taille de la commune (les petites communes peuvent se regrouper en zone de police), "
          "formation des participants et confiance entre secteur social et police."),
]), truth("Les Cellules de sécurité intégrale locales (CSIL-R)", "fr", "fact_sheet", "BE", None, [],
          None, None, None, None, None, None, None, None,
          ["radicalisation", "terrorism", "local_governance"],
          ["communes", "police locale", "CPAS"], None,
          "Fact sheet on a Belgian scheme: cities listed are examples; 2015/2016 attacks and the "
          "2018 law are context."))

add("sheets/fr/resource-cipc-rapport-international.json", ("json", {
    "type": "Ressource",
    "titre": "Rapport international sur la prévention de la criminalité et la sécurité quotidienne",
    "editeur": "Centre international pour la prévention de la criminalité (CIPC)",
    "siege": "Montréal (Québec, Canada)",
    "nature": "Rapport de référence, publié périodiquement depuis 2008",
    "langues": ["français", "anglais", "espagnol"],
    "public": "Villes, gouvernements, chercheurs et praticiens de la prévention",
    "resume": ("Le rapport fait le point, à l'échelle mondiale, sur les tendances de la "
               "criminalité et les politiques de prévention. Chaque édition consacre des "
               "chapitres à un thème : sécurité des femmes, jeunes, migrations, drogues, "
               "espaces urbains, et présente des pratiques de villes de plusieurs continents. "
               "Il s'appuie sur les lignes directrices des Nations unies en matière de "
               "prévention du crime (2002)."),
    "utilite": ("Point de départ pour comparer les stratégies locales et trouver des exemples "
                "évalués à l'étranger."),
    "themes": ["gouvernance locale", "évaluation", "prévention"],
}), truth("Rapport international sur la prévention de la criminalité et la sécurité quotidienne",
          "fr", "resource", None, None, [], 2008, None, None, None, None, None, None, None,
          ["local_governance", "evaluation"],
          ["Centre international pour la prévention de la criminalité"], None,
          "Resource of an international centre: Montréal is only its seat, so city and country "
          "are null; 2002 UN guidelines are context."))

add("sheets/fr/plan-cohesion-sociale-wallonie.xlsx", ("xlsx", ("Fiche", [
    ("Rubrique", "Contenu"),
    ("Intitulé", "Plan de cohésion sociale (PCS) des communes wallonnes"),
    ("Territoire", "Région wallonne, Belgique (communes volontaires)"),
    ("Depuis", "2009, par programmations successives de six ans"),
    ("Constat de départ", "Précarité, isolement et sentiment d'insécurité dans certains quartiers; "
     "la Région souhaite que chaque commune bâtisse une politique locale de cohésion sociale "
     "plutôt qu'une addition de projets."),
    ("Objectifs", "Garantir à tous l'accès aux droits fondamentaux (logement, santé, emploi, "
     "participation) et renforcer le lien social entre habitants et générations."),
    ("Actions", "Maisons de quartier, potagers collectifs, médiation de voisinage, tables de "
     "conversation, accompagnement de personnes âgées isolées, actions avec les jeunes dans "
     "l'espace public."),
    ("Pilotage", "Un chef de projet communal et une commission d'accompagnement réunissant "
     "associations, CPAS et services communaux."),
    ("Financement", "Subvention de la Région wallonne complétée par une part communale."),
    ("Partenaires", "Région wallonne (SPW Intérieur et Action sociale), communes, CPAS, "
     "associations locales"),
    ("Évaluation", "L'Institut wallon de l'évaluation, de la prospective et de la statistique "
     "(IWEPS) a évalué le dispositif pour la Région : mise en oeuvre, partenariats et "
     "appréciation des acteurs locaux."),
    ("Voir aussi", "Les plans stratégiques de sécurité et de prévention (fédéral) financent "
     "d'autres actions dans les grandes villes comme Charleroi ou Liège."),
])), truth("Plan de cohésion sociale (PCS) des communes wallonnes", "fr", "practice", "BE", None, [],
           2009, None, None, None, None, True, "external", "descriptive",
           ["local_governance", "mediation", "seniors"],
           ["Région wallonne", "communes", "CPAS", "associations locales"],
           "Région wallonne subsidy with a municipal share",
           "Regional programme: Charleroi/Liège are another federal scheme; IWEPS (independent "
           "public institute) assessed delivery only = external, descriptive. Headings in column A."))

# ================================================================= ES
add("sheets/es/pado-montevideo.md", ("text", """
# Programa de Alta Dedicación Operativa (PADO)

**Ciudad:** Montevideo · **País:** Uruguay · **Ámbito:** patrullaje policial focalizado

### ¿Qué problema se quería resolver?
Las rapiñas (robos con violencia o amenaza) habían crecido de forma sostenida en el área
metropolitana de Montevideo durante la década anterior y se concentraban en un número reducido
de calles y cruces. El Ministerio del Interior decidió concentrar el patrullaje allí donde los
datos mostraban más hechos.

### ¿En qué consiste?
Desde abril de 2016, el PADO asigna patrullas a pie, en moto y en auto a segmentos de calle
definidos como "zonas calientes" a partir del análisis de denuncias georreferenciadas. Los
policías permanecen en esos puntos en las franjas horarias de mayor riesgo, con presencia
visible y controles. Los mapas se revisan periódicamente y el programa se extendió luego a
Canelones y otras zonas del país.

### ¿Quiénes participan?
Ministerio del Interior, Jefatura de Policía de Montevideo, Guardia Republicana y el área de
análisis criminal del ministerio, con el apoyo de investigadores del University College London.

### ¿Funcionó?
La evaluación comparó la evolución de las rapiñas en los segmentos patrullados con la de zonas
de la ciudad que no recibieron el programa, antes y después de su inicio. El estudio encontró
una reducción significativa de las rapiñas en las zonas PADO respecto de las zonas de
comparación, sin desplazamiento apreciable hacia las calles vecinas. No hubo asignación
aleatoria.

> El programa se inspira en experiencias de patrullaje en puntos calientes de Estados Unidos y
> del Reino Unido de los años noventa.
"""), truth("Programa de Alta Dedicación Operativa (PADO)", "es", "practice", "UY", "Montevideo", [],
            2016, None, None, None, None, True, "scientific", "quasi_experimental",
            ["policing", "property_crime", "public_spaces"],
            ["Ministerio del Interior", "Jefatura de Policía de Montevideo", "Guardia Republicana",
             "University College London"],
            None,
            "Comparison zones without random assignment = quasi-experimental; US/UK 1990s and "
            "Canelones extension are not the practice's own place/year."))

add("sheets/es/id-guardia-urbana-barcelona.json", ("json", {
    "ficha": "Identidad de cuerpo policial",
    "nombre": "Guàrdia Urbana de Barcelona",
    "tipo": "Policía local (municipal)",
    "ciudad": "Barcelona",
    "pais": "España",
    "fundacion": "1843",
    "dependencia": "Ayuntamiento de Barcelona, Gerencia de Seguridad y Prevención",
    "efectivos": "En torno a 3.000 agentes",
    "competencias": [
        "policía de proximidad en los diez distritos de la ciudad",
        "tráfico y seguridad vial",
        "convivencia y ordenanzas municipales de civismo",
        "protección de personas en situación de vulnerabilidad",
        "colaboración con los Mossos d'Esquadra, policía de Cataluña, en seguridad ciudadana",
    ],
    "unidades_destacadas": ["Unidad de Soporte Policial", "Unidad de Tráfico",
                            "policía de barrio", "unidad de mediación"],
    "observaciones": ("Barcelona forma parte de la Junta Local de Seguridad junto con la "
                      "Generalitat de Catalunya y el Estado; la Guàrdia Urbana no es el cuerpo "
                      "competente en investigación criminal, que corresponde a los Mossos."),
}), truth("Guàrdia Urbana de Barcelona", "es", "id_sheet", "ES", "Barcelona", [], 1843, None, None,
          None, None, None, None, None, ["policing", "public_spaces"],
          ["Ayuntamiento de Barcelona", "Mossos d'Esquadra", "Generalitat de Catalunya"], None,
          "ID sheet of a city force: founding year 1843 is the start year; personnel '3.000' is "
          "not a budget."))

add("sheets/es/fs-juntas-locales-seguridad.docx", ("docx", [
    ("h1", "Las Juntas Locales de Seguridad en España"),
    ("p", "Ficha temática · Gobernanza local de la seguridad"),
    ("h", "Qué son"),
    ("p", "Las Juntas Locales de Seguridad son el órgano de coordinación entre las fuerzas y "
          "cuerpos de seguridad que actúan en un municipio: Policía Nacional o Guardia Civil, "
          "policía local y, en Cataluña, el País Vasco y Navarra, la policía autonómica. Las "
          "preside el alcalde, con el delegado o subdelegado del Gobierno."),
    ("h", "Marco normativo"),
    ("p", "Las prevé la Ley Orgánica 2/1986 de Fuerzas y Cuerpos de Seguridad y las regula hoy "
          "el Real Decreto 1087/2010. Pueden constituirse en municipios con policía local propia."),
    ("h", "Funciones"),
    ("p", "Aprobar planes locales de seguridad, analizar la evolución de la delincuencia, "
          "coordinar dispositivos para grandes eventos y fiestas, y acordar protocolos, por "
          "ejemplo de seguimiento de la violencia de género en el sistema VioGén."),
    ("h", "Algunos ejemplos"),
    ("p", "Ciudades como Madrid, Valencia, Zaragoza o Málaga han aprobado planes de seguridad en "
          "su Junta Local; municipios medianos las usan sobre todo para coordinar el verano o "
          "las fiestas patronales."),
    ("h", "Límites"),
    ("p", "En muchos municipios la Junta se reúne pocas veces al año y la participación "
          "ciudadana se canaliza en otros órganos, como los consejos de seguridad de distrito."),
]), truth("Las Juntas Locales de Seguridad en España", "es", "fact_sheet", "ES", None, [], None, None,
          None, None, None, None, None, None, ["local_governance", "policing"],
          ["Policía Nacional", "Guardia Civil", "policías locales", "ayuntamientos"], None,
          "Fact sheet of a Spanish scheme; cities are examples; law numbers 2/1986 and 1087/2010 "
          "are not budgets or start years."))

add("sheets/es/denuncia-seguro-chile.txt", ("text", """
Subsecretaría de Prevención del Delito - Gobierno de Chile
PROGRAMA DENUNCIA SEGURO

Denuncia Seguro es un servicio del Estado chileno que recibe, desde 2010, información
anónima sobre delitos: tráfico de drogas en el barrio, receptación, armas, robo de vehículos,
maltrato. Quien llama al 600 400 0101 o escribe a través de la web y la aplicación no tiene que
identificarse ni declarar ante la justicia.

Un equipo de abogados analiza cada relato, lo completa con datos de contexto y, si tiene
mérito, lo envía al Ministerio Público, que decide abrir una investigación con Carabineros o la
Policía de Investigaciones (PDI). El programa difunde su número en campañas en barrios de
Santiago, Valparaíso, Antofagasta y otras regiones.

La iniciativa se inspira en servicios de denuncia anónima de otros países, como
Disque-Denúncia de Río de Janeiro o Crimestoppers del Reino Unido.

Socios: Ministerio Público (Fiscalía), Carabineros de Chile, Policía de Investigaciones.

Resultados y evaluación: el programa informa el número de denuncias recibidas y derivadas cada
año. No se ha publicado una evaluación de su efecto sobre la persecución del delito.
"""), truth("Denuncia Seguro", "es", "practice", "CL", None, [], 2010, None, None, None, None, False,
            "none", "none", ["organised_crime", "drugs", "technology"],
            ["Ministerio Público", "Carabineros de Chile", "Policía de Investigaciones"], None,
            "National service: cities in campaigns and Rio/UK models are not the practice's city; "
            "phone number is not a budget; counts + 'no se ha publicado una evaluación' = none."))

add("sheets/es/fundacion-anar-telefono.yaml", ("yaml", {
    "titulo": "Teléfono ANAR de Ayuda a Niños y Adolescentes",
    "promotor": "Fundación ANAR (Ayuda a Niños y Adolescentes en Riesgo)",
    "ambito": "España, todo el territorio",
    "sede": "Madrid",
    "inicio": "El teléfono gratuito funciona desde 1994; la fundación nació en 1970 como hogar de acogida.",
    "descripcion": ("Línea gratuita y confidencial, atendida por psicólogos las 24 horas, para "
                    "niños, niñas y adolescentes que sufren acoso escolar, maltrato, violencia "
                    "de género o abuso sexual, y para los adultos de su entorno. Un equipo de "
                    "abogados y trabajadores sociales deriva los casos graves a la policía, a "
                    "la fiscalía de menores o a los servicios sociales. También atiende un chat "
                    "y un correo específicos."),
    "colaboradores": ["Ministerio de Juventud e Infancia", "comunidades autónomas",
                      "Policía Nacional", "Guardia Civil", "centros educativos",
                      "empresas patrocinadoras"],
    "financiacion": "Subvenciones públicas, empresas y donantes particulares",
    "valoracion": ("Cada año la Fundación publica un informe con la evolución de los "
                   "problemas atendidos, en el que analiza su propia labor y señala cómo ha "
                   "mejorado la detección del acoso escolar y la violencia en la pareja "
                   "adolescente."),
    "temas": ["infancia", "escuela", "víctimas"],
}), truth("Teléfono ANAR de Ayuda a Niños y Adolescentes", "es", "practice", "ES", None, [], 1994,
          None, None, None, None, True, "internal", "descriptive", ["victims", "youth", "schools"],
          ["Fundación ANAR", "Ministerio de Juventud e Infancia", "comunidades autónomas",
           "Policía Nacional", "Guardia Civil", "centros educativos"],
          "Public grants, companies and private donors",
          "National helpline: Madrid is the seat; 1970 is the foundation, 1994 the phone line; "
          "annual self-assessment = internal, descriptive."))

add("sheets/es/fs-observatorios-seguridad-latinoamerica.html", ("text", """
<html lang="es"><head><meta charset="utf-8"><title>Observatorios municipales de seguridad</title></head>
<body>
<div class="migas">Inicio / Fichas temáticas / Datos y evaluación</div>
<h1>Observatorios municipales de seguridad y convivencia en América Latina</h1>
<p><b>Tipo:</b> ficha temática · <b>Región:</b> América Latina</p>
<p>Desde mediados de los años noventa, varias ciudades latinoamericanas crearon unidades propias
para reunir y analizar datos sobre violencia y delito. El modelo más citado es el de Cali, donde
el alcalde Rodrigo Guerrero, médico epidemiólogo, impulsó el programa DESEPAZ y un sistema de
vigilancia de homicidios basado en datos de medicina legal, policía y hospitales. Bogotá creó
después su propio observatorio y Medellín el Sistema de Información para la Seguridad y la
Convivencia (SISC).</p>
<p>En México, Ecuador, Perú o Uruguay se multiplicaron los observatorios ciudadanos y
municipales, a menudo con apoyo del Banco Interamericano de Desarrollo o de la Organización
Panamericana de la Salud.</p>
<h2>Qué hacen</h2>
<ul><li>consolidar cifras de homicidios, lesiones y delitos contra la propiedad;</li>
<li>cartografiar los hechos por barrio y hora;</li>
<li>aplicar encuestas de victimización y percepción;</li>
<li>presentar informes a los consejos de seguridad para orientar las decisiones.</li></ul>
<h2>Dificultades frecuentes</h2>
<p>Dependencia del alcalde de turno, fuentes policiales que no comparten sus datos, poca
capacidad técnica en municipios medianos.</p>
</body></html>
"""), truth("Observatorios municipales de seguridad y convivencia en América Latina", "es",
            "fact_sheet", None, None, [], None, None, None, None, None, None, None, None,
            ["evaluation", "local_governance", "technology"],
            ["Banco Interamericano de Desarrollo", "Organización Panamericana de la Salud"], None,
            "Multi-country fact sheet: Cali, Bogotá, Medellín are examples, country and city null."))

# ================================================================= IT
add("sheets/it/unplugged-eu-dap.pdf", ("pdf", [
    ("h1", "Unplugged - prevenzione dell'uso di sostanze nelle scuole"),
    ("p", "Scheda buona pratica | Ambito: scuola secondaria di primo grado | Regione capofila: Piemonte"),
    ("h", "Di che cosa si tratta"),
    ("p", "Unplugged è un programma scolastico di prevenzione dell'uso di tabacco, alcol e droghe "
          "rivolto a ragazzi di 12-14 anni. Si basa sul modello dell'influenza sociale e sullo "
          "sviluppo delle competenze di vita: dodici unità condotte in classe dagli insegnanti, "
          "formati in tre giorni, con giochi di ruolo, lavori di gruppo e discussione delle "
          "credenze normative (\"tutti fumano\")."),
    ("h", "Come è nato"),
    ("p", "Il programma è stato sviluppato nell'ambito del progetto europeo EU-Dap, coordinato "
          "dall'Osservatorio epidemiologico delle dipendenze della Regione Piemonte, con sede a "
          "Torino, insieme a centri di ricerca di sette paesi europei. La sperimentazione si è "
          "svolta nell'anno scolastico 2004-2005."),
    ("h", "Valutazione"),
    ("p", "Le scuole partecipanti sono state assegnate per sorteggio al programma o al gruppo di "
          "controllo, che proseguiva con l'educazione alla salute abituale: circa 7.000 studenti "
          "in 143 scuole. A distanza di tre mesi e di un anno e mezzo, gli studenti del gruppo "
          "Unplugged riferivano meno episodi di ubriachezza e un minore uso di cannabis rispetto "
          "al gruppo di controllo; l'effetto sul fumo di sigaretta era più debole."),
    ("h", "Diffusione"),
    ("p", "Dopo la sperimentazione il programma è stato adottato da molte ASL italiane nei piani "
          "regionali di prevenzione e tradotto in numerose lingue."),
    ("h", "Partner e finanziamento"),
    ("p", "Regione Piemonte, ASL, scuole, università e centri di ricerca dei paesi partner; "
          "cofinanziamento della Commissione europea (programma di sanità pubblica)."),
]), truth("Unplugged – prevenzione dell'uso di sostanze nelle scuole", "it", "practice", None, None, [],
          2004, 2005, None, None, None, True, "scientific", "experimental",
          ["drugs", "schools", "youth"],
          ["Osservatorio epidemiologico delle dipendenze del Piemonte", "Regione Piemonte", "ASL",
           "scuole", "centri di ricerca europei"],
          "Co-funded by the European Commission (public health programme)",
          "Multi-country trial coordinated from Turin: city and country null (European); schools "
          "assigned by lot = experimental; 2004-2005 is the trial's school year."))

add("sheets/it/casa-donne-bologna.yaml", ("yaml", {
    "scheda": "Casa delle donne per non subire violenza",
    "citta": "Bologna",
    "attiva_dal": 1990,
    "chi": ("Associazione di donne nata a Bologna da gruppi femministi che, alla fine degli anni "
            "Ottanta, chiedevano un luogo di accoglienza per le donne maltrattate."),
    "servizi": [
        "centro antiviolenza con ascolto telefonico e colloqui",
        "case rifugio a indirizzo segreto per donne e figli",
        "consulenza legale e accompagnamento in tribunale",
        "percorsi di uscita: lavoro, casa, autonomia economica",
        "formazione per operatori sanitari, forze dell'ordine e insegnanti",
    ],
    "rete": ["Comune di Bologna", "Regione Emilia-Romagna", "Azienda USL di Bologna",
             "Questura e Carabinieri", "rete nazionale D.i.Re"],
    "risorse": "Convenzioni con il Comune e la Regione, donazioni, progetti europei",
    "bilancio_del_lavoro": ("Ogni anno l'associazione pubblica un rapporto sulle donne accolte e "
                            "sui percorsi conclusi, in cui valuta da sé il proprio lavoro e i "
                            "nodi ancora aperti nella rete dei servizi."),
    "nota": "I dati sui femminicidi citati nei rapporti riguardano l'intera regione.",
}), truth("Casa delle donne per non subire violenza", "it", "practice", "IT", "Bologna", [], 1990,
          None, None, None, None, True, "internal", "descriptive", ["gender_violence", "victims"],
          ["Comune di Bologna", "Regione Emilia-Romagna", "Azienda USL di Bologna", "Questura",
           "Carabinieri", "D.i.Re"],
          "Agreements with the municipality and region, donations, EU projects",
          "Late 1980s is the movement's background, 1990 the start; annual self-assessment = "
          "internal; femicide figures are about the problem, not an outcome."))

add("sheets/it/angeli-del-bello-firenze.txt", ("text", """
Comune di Firenze - Portale della partecipazione

ANGELI DEL BELLO

A Firenze i volontari degli Angeli del Bello si ritrovano il sabato mattina, con pettorina e
guanti, per ripulire dai graffiti i muri del centro storico, raccogliere rifiuti nei giardini e
sulle rive dell'Arno, togliere adesivi e manifesti abusivi dai pali. Il nome richiama gli
"angeli del fango", i giovani arrivati da tutto il mondo dopo l'alluvione del novembre 1966.

L'iniziativa è nata come associazione di cittadini ed è sostenuta dal Comune, che fornisce
materiali e coordina gli interventi con Alia, l'azienda dei servizi ambientali. Partecipano
scuole, scout, aziende che organizzano giornate di volontariato e associazioni di quartiere.

L'idea di fondo: uno spazio curato scoraggia il degrado e i piccoli vandalismi, e chi lo pulisce
insieme lo sente più suo.

Valutazione: nessuna valutazione dell'effetto sul degrado o sulla percezione di sicurezza è
stata svolta finora; il Comune riporta soltanto il numero di interventi e di volontari.

Per informazioni: Ufficio Partecipazione, Palazzo Vecchio, Piazza della Signoria, Firenze
"""), truth("Angeli del Bello", "it", "practice", "IT", "Firenze", ["Florence"], None, None, None, None,
            None, False, "none", "none", ["public_spaces", "urban_design"],
            ["Comune di Firenze", "Alia", "scuole", "scout", "associazioni di quartiere"], None,
            "1966 flood is the name's origin, not the start (start unknown, null); counts only and "
            "'nessuna valutazione' = none."))

add("sheets/it/nuova-cucina-organizzata.html", ("text", """
<html lang="it"><head><meta charset="utf-8"><title>NCO - Nuova Cucina Organizzata</title></head>
<body>
<header>Osservatorio pratiche di legalità · Campania</header>
<h1>Nuova Cucina Organizzata, Casal di Principe</h1>
<table>
<tr><th>Luogo</th><td>Casal di Principe (Caserta)</td></tr>
<tr><th>Temi</th><td>beni confiscati, inserimento lavorativo, legalità</td></tr>
</table>
<h2>Il contesto</h2>
<p>Casal di Principe è stata per decenni il cuore del clan dei Casalesi. Con la legge 109 del
1996 i beni sottratti alle mafie possono essere assegnati a enti e cooperative per usi sociali.
Una villa confiscata a un esponente del clan è stata trasformata in ristorante e pizzeria.</p>
<h2>Che cosa fa</h2>
<p>La cooperativa sociale gestisce il ristorante con persone che escono da percorsi di salute
mentale, ex detenuti e giovani del territorio, affiancati da cuochi professionisti. I prodotti
arrivano in parte da altri terreni confiscati coltivati da cooperative della rete.</p>
<h2>Chi è coinvolto</h2>
<p>Consorzio di cooperative sociali del territorio, Comitato don Peppe Diana, Libera, servizi
sociosanitari dell'ASL di Caserta.</p>
<p><small>Scheda aggiornata dalla redazione. Sede dell'osservatorio: Napoli.</small></p>
</body></html>
"""), truth("Nuova Cucina Organizzata", "it", "practice", "IT", "Casal di Principe", [], None, None,
            None, None, None, None, None, None, ["organised_crime", "reintegration"],
            ["Comitato don Peppe Diana", "Libera", "ASL di Caserta", "consorzio di cooperative sociali"],
            None,
            "Law 109/1996 is not the start (start not given); Napoli is the portal's seat; no "
            "evaluation statement at all = null."))

add("sheets/it/fs-fondo-vittime-usura-estorsione.md", ("text", """
Scheda tematica — **Il Fondo di solidarietà per le vittime dell'estorsione e dell'usura**

_Italia · vittime · criminalità organizzata_

1. **Origine.** Il Fondo nasce dall'unificazione, con la legge 44 del 1999, del fondo per le
   vittime delle richieste estorsive e del fondo antiusura previsto dalla legge 108 del 1996.
   È gestito dal Ministero dell'Interno tramite il Commissario straordinario del Governo per il
   coordinamento delle iniziative antiracket e antiusura.
2. **A chi si rivolge.** Commercianti, artigiani e professionisti che hanno denunciato un
   estorsore o un usuraio e hanno subito danni: possono ottenere un'elargizione a fondo perduto
   (estorsione) o un mutuo senza interessi (usura).
3. **Il ruolo delle associazioni.** Le associazioni antiracket e le fondazioni antiusura,
   diffuse soprattutto in Sicilia, Campania, Calabria e Puglia, accompagnano le vittime nella
   denuncia e nella domanda. Le prefetture istruiscono le pratiche.
4. **Le critiche.** Tempi lunghi di istruttoria, timore delle vittime di esporsi, poca
   conoscenza dello strumento nelle regioni del Centro-Nord, dove l'usura è meno denunciata.
5. **Da sapere.** Le esperienze di Capo d'Orlando (1990), prima associazione antiracket, e di
   Addiopizzo a Palermo hanno contribuito a far emergere il fenomeno.
"""), truth("Il Fondo di solidarietà per le vittime dell'estorsione e dell'usura", "it", "fact_sheet",
            "IT", None, [], None, None, None, None, None, None, None, None,
            ["victims", "organised_crime"],
            ["Ministero dell'Interno", "prefetture", "associazioni antiracket", "fondazioni antiusura"],
            None,
            "National fact sheet; laws 108/1996 and 44/1999 are not budgets; Capo d'Orlando/Palermo "
            "are examples, no city."))

add("sheets/it/resource-istat-indagine-sicurezza.xlsx", ("xlsx", ("Risorsa", [
    ("Voce", "Descrizione"),
    ("Titolo", "Indagine sulla sicurezza dei cittadini"),
    ("Tipo di risorsa", "Indagine campionaria nazionale (survey di vittimizzazione)"),
    ("Ente", "ISTAT - Istituto nazionale di statistica"),
    ("Paese", "Italia"),
    ("Edizioni", "1997-1998, 2002, 2008-2009, 2015-2016 e successive"),
    ("Contenuti", "Reati subiti dalle famiglie e dagli individui (furti, scippi, aggressioni), "
     "reati non denunciati, percezione della sicurezza nella zona in cui si vive, segni di "
     "degrado, strategie di difesa (porte blindate, allarmi)."),
    ("Metodo", "Interviste telefoniche e faccia a faccia a un ampio campione di persone dai 14 "
     "anni in su."),
    ("Uso per le città", "Permette di confrontare i dati comunali o regionali con la media "
     "nazionale e di stimare il numero oscuro dei reati; molte città, come Modena o Bologna, "
     "hanno condotto indagini locali con domande analoghe."),
    ("Accesso", "Tavole e microdati sul sito dell'ISTAT"),
])), truth("Indagine sulla sicurezza dei cittadini (ISTAT)", "it", "resource", "IT", None, [], 1997,
           None, None, None, None, None, None, None, ["evaluation", "victims", "property_crime"],
           ["ISTAT"], None,
           "Survey resource for one country; the random sample of a survey is not an evaluation; "
           "Modena/Bologna are examples."))

# ================================================================= DE
add("sheets/de/pinto-bern.docx", ("docx", [
    ("h1", "PINTO – Prävention, Intervention, Toleranz"),
    ("p", "Stadt Bern · Direktion für Bildung, Soziales und Sport · Öffentlicher Raum"),
    ("h", "Ausgangslage"),
    ("p", "Anfang der 2000er Jahre sorgte eine Szene von Alkohol- und Drogenabhängigen im Bahnhof "
          "Bern und in der Christoffelunterführung für Klagen von Passantinnen, Pendlern und "
          "Geschäften. Die Polizei reagierte vor allem mit Wegweisungen, was die Probleme nur "
          "verschob. Der Stadtrat bewilligte im Herbst 2004 eine mobile Interventionsgruppe."),
    ("h", "Das Angebot"),
    ("p", "Seit Mai 2005 sind die Mitarbeitenden von PINTO in roten Westen in der Innenstadt, im "
          "Bahnhof und in Parks unterwegs. Sie verbinden aufsuchende Sozialarbeit mit "
          "ordnungsdienstlichen Aufgaben: Sie sprechen Menschen an, die stören, schlichten "
          "Nutzungskonflikte, vermitteln Hilfe und leiten an Beratungsstellen weiter. Gleichzeitig "
          "öffnete ein betreuter Aufenthaltsraum für schwer Alkoholabhängige."),
    ("h", "Kosten"),
    ("p", "Für Betrieb und Aufenthaltsraum waren jährlich 769'000 Franken vorgesehen, dazu "
          "einmalige Kosten für Einrichtung und Evaluation."),
    ("h", "Zusammenarbeit"),
    ("p", "Kantonspolizei Bern, Gewerbe, Schweizerische Bundesbahnen (SBB), Suchthilfe und "
          "Gassenarbeit, Quartierorganisationen."),
    ("h", "Wirkung"),
    ("p", "Die Hochschule für Soziale Arbeit der Fachhochschule Nordwestschweiz begleitete die "
          "zweijährige Pilotphase mit einer externen Evaluation, die Befragungen von "
          "Passantinnen, Gewerbetreibenden und Fachleuten umfasste. Der Bericht empfahl die "
          "Weiterführung; der Gemeinderat beantragte sie Ende 2006, und PINTO wurde zu einem "
          "festen Angebot der Stadt."),
]), truth("PINTO – Prävention, Intervention, Toleranz", "de", "practice", "CH", "Bern", ["Berne"],
          2005, None, 807450, 769000, "CHF", True, "external", "descriptive",
          ["public_spaces", "mediation", "drugs"],
          ["Kantonspolizei Bern", "Schweizerische Bundesbahnen", "Suchthilfe", "Gassenarbeit",
           "Quartierorganisationen"],
          "City of Bern (yearly operating budget)",
          "Approval 2004 vs start May 2005; CHF 769'000 yearly converted at 1.05; external "
          "evaluation by FHNW without a stated comparison = external, descriptive."))

add("sheets/de/fachstelle-extremismus-winterthur.md", ("text", """
Stadt Winterthur › Sicherheit › Prävention

## Fachstelle Extremismus und Gewaltprävention (FSEG)

**Wo?** Winterthur, Kanton Zürich · **Seit wann?** 2016 · **Wer?** Departement Sicherheit und
Umwelt der Stadt, mit der Stadtpolizei

**Worum geht es?**
Nachdem mehrere junge Menschen aus Winterthur in das Kriegsgebiet in Syrien und im Irak
ausgereist waren und eine Moschee in die Schlagzeilen geraten war, richtete die Stadt 2016 eine
eigene Anlaufstelle ein. Sie ist für alle Formen von Extremismus zuständig, religiös begründet,
rechts- oder linksextrem, und für Gewaltdrohungen.

**Was macht die Fachstelle?**
* berät Eltern, Lehrpersonen, Jugendarbeitende und Arbeitgeber, die sich Sorgen um eine Person
  machen, vertraulich und kostenlos;
* klärt Fälle gemeinsam mit der Stadtpolizei (Bedrohungsmanagement) ab;
* bildet Schulen, Sozialdienste und Vereine weiter;
* vernetzt sich mit dem Kanton Zürich und anderen Städten wie Zürich, Bern oder Basel.

**Partner:** Stadtpolizei Winterthur, Schulen, Jugendarbeit, Soziale Dienste, Kantonspolizei Zürich.

**Evaluation?**
Die Fachstelle führt eine Fallstatistik. Eine Evaluation ihrer Arbeit gibt es bisher nicht.
"""), truth("Fachstelle Extremismus und Gewaltprävention (FSEG)", "de", "practice", "CH", "Winterthur",
            [], 2016, None, None, None, None, False, "none", "none",
            ["radicalisation", "youth", "schools"],
            ["Stadtpolizei Winterthur", "Schulen", "Jugendarbeit", "Soziale Dienste",
             "Kantonspolizei Zürich"], None,
            "Zürich, Bern, Basel are network partners; a case count is not an evaluation; 'gibt es "
            "bisher nicht' = none."))

add("sheets/de/beratungsstelle-extremismus-oesterreich.txt", ("text", """
BERATUNGSSTELLE EXTREMISMUS
bundesweite Anlaufstelle in Österreich

Träger: bOJA - Bundesweites Netzwerk Offene Jugendarbeit
Gestartet: Dezember 2014
Finanzierung: Bundeskanzleramt bzw. das für Familie und Jugend zuständige Ministerium

Worum geht's
Eltern, Lehrerinnen, Jugendarbeiter oder Freunde, die merken, dass sich ein junger Mensch
extremistischen Ideen zuwendet, können sich an die Beratungsstelle wenden - über eine
kostenlose Hotline, per Mail oder persönlich. Das Team berät anonym, vermittelt an regionale
Einrichtungen in allen Bundesländern und begleitet, wenn nötig, längere
Distanzierungsprozesse. Dazu kommen Workshops und Fortbildungen für Fachkräfte der Jugendarbeit
und der Schule.

Hintergrund
Die Stelle wurde eingerichtet, als aus Wien, Graz und Linz Jugendliche zum sogenannten
Islamischen Staat ausreisten. Sie arbeitet heute zu allen Formen von Extremismus, auch
Rechtsextremismus und Verschwörungsideologien.

Kooperation
Offene Jugendarbeit, Schulen, Kinder- und Jugendanwaltschaften, Netzwerk
Extremismusprävention und Deradikalisierung (BNED) sowie die Staatsschutzbehörden, wenn eine
Gefährdung vorliegt.

Bilanz
Die Beratungsstelle legt jedes Jahr einen Tätigkeitsbericht vor, in dem sie ihre Fälle,
Anfragen und die Entwicklung der Arbeit selbst auswertet.

Sitz: Wien
"""), truth("Beratungsstelle Extremismus", "de", "practice", "AT", None, [], 2014, None, None, None,
            None, True, "internal", "descriptive", ["radicalisation", "youth", "training"],
            ["bOJA", "Offene Jugendarbeit", "Schulen", "Kinder- und Jugendanwaltschaften", "BNED"],
            "Federal ministry responsible for family and youth",
            "Nationwide service seated in Vienna: city null; Graz/Linz are background; the "
            "promoter's own yearly review = internal, descriptive."))

add("sheets/de/heroes-berlin.html", ("text", """
<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>HEROES Berlin</title></head>
<body>
<p>Praxisdatenbank › Berlin › Gleichberechtigung</p>
<h1>HEROES – gegen Unterdrückung im Namen der Ehre</h1>
<p>Ort: Berlin-Neukölln, später weitere Berliner Bezirke · Beginn: 2007 · Träger: Strohhalm e.V.</p>
<h3>Idee</h3>
<p>Junge Männer aus Familien mit Bezügen zu Kulturen, in denen Vorstellungen von „Ehre" das
Leben von Schwestern und Töchtern einschränken, werden zu „Heroes" ausgebildet. In einer
mehrmonatigen Gruppenausbildung setzen sie sich mit Männlichkeit, Gleichberechtigung und
Menschenrechten auseinander.</p>
<h3>Umsetzung</h3>
<p>Nach ihrer Zertifizierung gehen die Heroes zu zweit in Schulklassen und Jugendeinrichtungen.
Mit Rollenspielen lösen sie Diskussionen aus: Darf meine Schwester einen Freund haben? Wer
entscheidet über eine Heirat? Gruppenleiter begleiten sie. Das Projekt wurde von Schweden
(„Sharaf Heroes" in Stockholm) angeregt und später in Duisburg, München, Augsburg und anderen
Städten nachgeahmt.</p>
<h3>Partner</h3>
<p>Schulen, Jugendfreizeiteinrichtungen, Senatsverwaltung und Bezirksamt, Stiftungen.</p>
<p>Das Projekt erhielt mehrere Preise.</p>
</body></html>
"""), truth("HEROES – gegen Unterdrückung im Namen der Ehre", "de", "practice", "DE", "Berlin", [],
            2007, None, None, None, None, None, None, None,
            ["gender_violence", "youth", "schools", "discrimination"],
            ["Strohhalm e.V.", "Schulen", "Jugendfreizeiteinrichtungen", "Senatsverwaltung",
             "Bezirksamt", "Stiftungen"], None,
            "Neukölln is a district; Stockholm is the model and other cities copied it; awards are "
            "not an evaluation; no evaluation statement = null."))

add("sheets/de/papilio-kita.pdf", ("pdf", [
    ("h1", "Papilio - Sucht- und Gewaltprävention im Kindergarten"),
    ("p", "Programmsteckbrief - Frühe Prävention - Kinder von 3 bis 6 Jahren"),
    ("h", "1  Ziel"),
    ("p", "Papilio soll schon im Kindergarten Verhaltensproblemen vorbeugen, die später mit "
          "Gewalt und Suchtmittelkonsum einhergehen können, und die sozial-emotionalen "
          "Kompetenzen der Kinder stärken."),
    ("h", "2  Bausteine"),
    ("p", "Erzieherinnen und Erzieher werden in mehreren Tagen fortgebildet. In der Gruppe setzen "
          "sie den \"Spielzeug-macht-Ferien-Tag\", das \"Meins-deins-deins-unser-Spiel\" und die "
          "Geschichte von \"Paula und die Kistenkobolde\" ein, in der vier Kobolde für Gefühle "
          "stehen. Elternabende beziehen die Familien ein."),
    ("h", "3  Herkunft"),
    ("p", "Entwickelt wurde das Programm ab 2002 in Augsburg von der beta Institut gGmbH mit "
          "Wissenschaftlern; heute verbreitet es der gemeinnützige Papilio e.V. in "
          "Kindertageseinrichtungen in mehreren Bundesländern und in Österreich."),
    ("h", "4  Wissenschaftliche Begleitung"),
    ("p", "Eine Längsschnittstudie verglich Kindergärten, die Papilio umsetzten, mit "
          "Kindergärten einer Vergleichsgruppe ohne das Programm. Die Kinder der "
          "Papilio-Gruppe zeigten nach Einschätzung der Fachkräfte weniger Verhaltensprobleme "
          "und mehr sozial-emotionale Kompetenzen. Die Zuteilung war nicht zufällig. In der "
          "Grünen Liste Prävention ist Papilio mit \"Effektivität wahrscheinlich\" eingestuft."),
    ("h", "5  Förderer"),
    ("p", "Landesministerien, Krankenkassen, Stiftungen sowie kommunale Träger von Kitas."),
]), truth("Papilio – Sucht- und Gewaltprävention im Kindergarten", "de", "practice", "DE", None, [],
          2002, None, None, None, None, True, "scientific", "quasi_experimental",
          ["youth", "schools", "drugs"],
          ["beta Institut gGmbH", "Papilio e.V.", "Kindertageseinrichtungen"],
          "Land ministries, health insurers, foundations and municipal childcare providers",
          "Developed in Augsburg but spread across Länder: city null; comparison group 'nicht "
          "zufällig' = quasi-experimental."))

add("sheets/de/fs-frauennachttaxi.xlsx", ("xlsx", ("Themenblatt", [
    ("Stichwort", "Text"),
    ("Thema", "Frauennachttaxi und Frauenheimwegangebote in deutschen Städten"),
    ("Art", "Themenblatt (Überblick über mehrere Städte)"),
    ("Worum es geht", "Frauen, die nachts allein unterwegs sind, fühlen sich an Haltestellen, in "
     "Unterführungen und auf dem Heimweg oft unsicher. Viele Städte fördern deshalb Taxifahrten "
     "für Frauen und Mädchen zu einem ermäßigten Preis."),
    ("Wie es funktioniert", "Die Frau nennt beim Taxiruf das Stichwort oder zeigt einen Gutschein; "
     "die Stadt zahlt einen festen Zuschuss pro Fahrt oder einen Teil des Fahrpreises. Manche "
     "Angebote gelten nur ab 22 Uhr, manche nur für Schülerinnen und Studentinnen."),
    ("Beispiele", "Tübingen, Heidelberg, Freiburg im Breisgau, Göttingen und weitere Städte, "
     "teils seit den 1980er und 1990er Jahren, oft auf Antrag der kommunalen "
     "Frauenbeauftragten."),
    ("Ergänzungen", "Heimwegtelefone, \"Nachtbus-Halt auf Wunsch\", Sicherheitsaudits von "
     "Haltestellen, Beleuchtung."),
    ("Kritik", "Kosten steigen mit der Nachfrage; Städte haben Zuschüsse gekürzt oder an "
     "Bedingungen geknüpft; das Angebot ersetzt keinen sicheren Nahverkehr."),
    ("Evaluation", "Zu den meisten Angeboten gibt es nur Nutzungszahlen."),
])), truth("Frauennachttaxi und Frauenheimwegangebote in deutschen Städten", "de", "fact_sheet", "DE",
           None, [], None, None, None, None, None, None, None, None,
           ["gender_violence", "public_spaces", "nightlife"],
           ["kommunale Frauenbeauftragte", "Taxiunternehmen"], None,
           "Fact sheet across several German cities: country DE, city null; 1980s/1990s is vague; "
           "usage counts are not an evaluation."))

# ================================================================= PT
add("sheets/pt/estado-presente-espirito-santo.json", ("json", {
    "titulo": "Programa Estado Presente: em Defesa da Vida",
    "estado": "Espírito Santo",
    "pais": "Brasil",
    "inicio": "2011",
    "contexto": ("No começo da década, o Espírito Santo tinha uma das taxas de homicídio mais "
                 "altas do Brasil, concentradas em bairros da Grande Vitória como os de Serra, "
                 "Cariacica e Vila Velha."),
    "objetivos": "Reduzir os homicídios e levar serviços públicos aos bairros mais violentos.",
    "acoes": [
        "policiamento orientado por dados nas áreas com mais homicídios",
        "reuniões mensais de acompanhamento de metas com as polícias e as secretarias",
        "programas sociais para jovens: esporte, cultura, qualificação profissional",
        "obras de urbanização e iluminação nos bairros prioritários",
    ],
    "parceiros": ["Governo do Estado do Espírito Santo", "Polícia Militar",
                  "Polícia Civil", "prefeituras da Grande Vitória",
                  "Instituto Jones dos Santos Neves"],
    "resultados": ("Segundo o acompanhamento do próprio governo estadual, os homicídios caíram "
                   "de forma expressiva nos anos seguintes, sobretudo nas áreas prioritárias."),
    "observacao": ("O programa foi interrompido em 2015 e retomado em 2019 com o mesmo nome; "
                   "esta ficha descreve a primeira fase."),
}), truth("Programa Estado Presente: em Defesa da Vida", "pt", "practice", "BR", None, [], 2011, 2015,
          None, None, None, True, "internal", "outcome",
          ["policing", "youth", "sport", "urban_design"],
          ["Governo do Estado do Espírito Santo", "Polícia Militar", "Polícia Civil",
           "prefeituras da Grande Vitória", "Instituto Jones dos Santos Neves"],
          None,
          "State programme: Grande Vitória municipalities are areas, no city; the government's own "
          "monitoring of homicides = internal, outcome; first phase ended when interrupted in 2015."))

add("sheets/pt/olho-vivo-belo-horizonte.md", ("text", """
**Banco de práticas › Tecnologia › Videomonitoramento**

# Olho Vivo — videomonitoramento no centro de Belo Horizonte

Cidade: Belo Horizonte (MG) · País: Brasil · Início: 2004

## Contexto
O hipercentro de Belo Horizonte, com o comércio popular e a Praça Sete, concentrava roubos a
pedestres e furtos em lojas. Os lojistas cobravam mais presença policial.

## A prática
O programa Olho Vivo instalou câmeras em postes das ruas centrais, ligadas a uma central de
monitoramento operada pela Polícia Militar de Minas Gerais. Quando um operador vê uma
ocorrência, aciona a viatura mais próxima. O sistema começou com algumas dezenas de câmeras e
foi ampliado depois para outros bairros, como Savassi e Barreiro, e para cidades do interior.

## Quem está junto
Câmara de Dirigentes Lojistas de Belo Horizonte (CDL/BH), que financiou os equipamentos,
Polícia Militar de Minas Gerais, Prefeitura de Belo Horizonte.

## Avaliação
Pesquisadores do Centro de Estudos de Criminalidade e Segurança Pública (CRISP) da UFMG
analisaram o programa e concluíram que os roubos e furtos diminuíram na área coberta pelas
câmeras, com algum deslocamento para ruas próximas.

---
*Ficha preparada pela equipe do portal. Endereço da redação: Rua da Bahia, Belo Horizonte.*
"""), truth("Olho Vivo – videomonitoramento no centro de Belo Horizonte", "pt", "practice", "BR",
            "Belo Horizonte", [], 2004, None, None, None, None, True, "external", "outcome",
            ["technology", "public_spaces", "property_crime", "policing"],
            ["CDL/BH", "Polícia Militar de Minas Gerais", "Prefeitura de Belo Horizonte", "CRISP/UFMG"],
            "Equipment financed by the shopkeepers' association CDL/BH",
            "University researchers (CRISP) without a stated design reporting a fall = external, "
            "outcome; other neighbourhoods are extensions."))

add("sheets/pt/consumo-vigiado-porto.txt", ("text", """
CÂMARA MUNICIPAL DO PORTO | Coesão social

Programa de Consumo Vigiado do Porto

Em 2022 abriu no Porto um espaço de consumo vigiado de drogas, o primeiro da cidade em
funcionamento permanente. A decisão surgiu depois de anos de consumo a céu aberto em alguns
bairros e junto a escolas, e de queixas de moradores sobre seringas deixadas em escadas e
jardins.

O que acontece lá dentro: as pessoas que usam drogas consomem as substâncias que trazem, com
material esterilizado, sob vigilância de enfermeiros e técnicos de redução de riscos, que
intervêm numa overdose. Há ainda rastreio de infeções, cuidados de saúde, apoio social e
encaminhamento para tratamento.

A experiência de Lisboa, onde uma unidade móvel funciona desde 2019, e a política portuguesa de
descriminalização do consumo, em vigor desde 2001, serviram de referência.

Parceiros: Câmara Municipal do Porto, ICAD (antigo SICAD), ARS Norte, organizações de redução de
riscos e de apoio social, PSP.

Avaliação: ainda não foram publicados resultados de uma avaliação; a autarquia divulga apenas o
número de utentes e de consumos supervisionados.
"""), truth("Programa de Consumo Vigiado do Porto", "pt", "practice", "PT", "Porto", ["Oporto"], 2022,
            None, None, None, None, False, "none", "none", ["drugs", "public_spaces"],
            ["Câmara Municipal do Porto", "ICAD", "ARS Norte", "PSP", "organizações de redução de riscos"],
            None,
            "Lisbon 2019 and 2001 decriminalisation are references, not this practice; user counts "
            "only and no published evaluation = none."))

add("sheets/pt/seguranca-presente-rio.docx", ("docx", [
    ("h1", "Programa Segurança Presente"),
    ("p", "Rio de Janeiro · Brasil · Policiamento de proximidade em áreas comerciais"),
    ("h", "Como surgiu"),
    ("p", "O programa começou em 2014 com a Operação Lapa Presente, no bairro boêmio da Lapa, e "
          "se estendeu depois ao Aterro do Flamengo, a Copacabana, ao Méier, a Bonsucesso e a "
          "outros bairros da capital e a municípios do estado."),
    ("h", "Em que consiste"),
    ("p", "Duplas de policiais militares em horário de folga, contratados pelo programa, e "
          "agentes civis egressos das Forças Armadas patrulham a pé e de bicicleta áreas "
          "definidas, com uniforme próprio. Assistentes sociais acompanham as equipes para "
          "atender pessoas em situação de rua."),
    ("h", "Quem financia e quem participa"),
    ("p", "Governo do Estado do Rio de Janeiro, Polícia Militar, Fecomércio RJ e o Sistema S "
          "(Sesc e Senac), prefeituras."),
    ("h", "Resultados"),
    ("p", "O governo do estado aponta a queda de roubos de rua nas áreas atendidas desde a "
          "chegada das equipes, com base nos registros do Instituto de Segurança Pública. "
          "Não há estudo independente."),
]), truth("Programa Segurança Presente", "pt", "practice", "BR", "Rio de Janeiro", [], 2014, None,
          None, None, None, True, "internal", "outcome", ["policing", "public_spaces", "property_crime"],
          ["Governo do Estado do Rio de Janeiro", "Polícia Militar", "Fecomércio RJ", "Sesc", "Senac",
           "prefeituras"],
          "State government with Fecomércio RJ and Sistema S",
          "Lapa is a neighbourhood of the city; the government's own figures and 'não há estudo "
          "independente' = internal, outcome."))

add("sheets/pt/fs-cpcj-portugal.yaml", ("yaml", {
    "tipo_de_ficha": "ficha temática",
    "titulo": "As Comissões de Proteção de Crianças e Jovens (CPCJ) em Portugal",
    "pais": "Portugal",
    "o_que_sao": ("Instituições oficiais não judiciárias, com autonomia funcional, que intervêm "
                  "quando uma criança ou jovem está em perigo: negligência, maus-tratos, "
                  "abandono escolar, violência doméstica, comportamentos de risco."),
    "base_legal": "Lei de Proteção de Crianças e Jovens em Perigo (Lei n.º 147/99)",
    "organizacao": ("Existe uma comissão em quase todos os concelhos, com uma modalidade "
                    "alargada (representantes do município, segurança social, educação, saúde, "
                    "forças de segurança, associações) e uma modalidade restrita que acompanha "
                    "os processos."),
    "como_atuam": ("Com o consentimento dos pais, aplicam medidas de promoção e proteção, como o "
                   "apoio junto dos pais ou a confiança a outro familiar; sem consentimento, o "
                   "caso segue para o tribunal de família e menores."),
    "coordenacao_nacional": "Comissão Nacional de Promoção dos Direitos e Proteção das Crianças e Jovens",
    "exemplos": "As CPCJ de Lisboa, do Porto, de Sintra e de Amadora estão entre as de maior volume.",
    "desafios": ["falta de técnicos a tempo inteiro", "volume de processos",
                 "articulação com escolas e PSP/GNR"],
}), truth("As Comissões de Proteção de Crianças e Jovens (CPCJ) em Portugal", "pt", "fact_sheet",
          "PT", None, [], None, None, None, None, None, None, None, None,
          ["youth", "victims", "local_governance"],
          ["municípios", "segurança social", "escolas", "PSP", "GNR", "CNPDPCJ"], None,
          "Country fact sheet; Lei 147/99 is a law number, not a budget or start; cities are examples."))

add("sheets/pt/moinho-da-juventude-cova-da-moura.xlsx", ("xlsx", ("Prática", [
    ("Campo", "Informação"),
    ("Nome", "Associação Cultural Moinho da Juventude"),
    ("Bairro / Concelho", "Cova da Moura, Amadora"),
    ("País", "Portugal"),
    ("Origem", "Criada nos anos 80 por moradores do bairro, muitos de origem cabo-verdiana"),
    ("Problema", "Bairro de construção informal, com desemprego, insucesso escolar, tráfico de "
     "droga em algumas ruas e uma imagem pública marcada pela violência e por conflitos com a "
     "polícia."),
    ("Respostas", "Creche e jardim de infância, apoio escolar, formação profissional, mediadores "
     "comunitários, grupos de batuque e hip-hop, turismo de bairro (Sabura), apoio jurídico a "
     "vítimas de violência policial e de discriminação."),
    ("Parceiros", "Câmara Municipal da Amadora, Segurança Social, escolas do agrupamento, "
     "Programa Escolhas, associações de imigrantes"),
    ("Financiamento", "Acordos com a Segurança Social, projetos nacionais e europeus, donativos"),
    ("Avaliação", "A associação faz anualmente o balanço da sua atividade com os moradores e "
     "publica um relatório em que avalia o que correu bem e o que falta fazer."),
    ("Observação", "A Cova da Moura faz parte do concelho da Amadora, na área metropolitana de "
     "Lisboa."),
])), truth("Associação Cultural Moinho da Juventude", "pt", "practice", "PT", "Amadora", [], None, None,
           None, None, None, True, "internal", "descriptive",
           ["youth", "migration", "discrimination", "mediation"],
           ["Câmara Municipal da Amadora", "Segurança Social", "escolas", "Programa Escolhas",
            "associações de imigrantes"],
           "Social security agreements, national and European projects, donations",
           "Cova da Moura is a neighbourhood of Amadora, Lisbon only the metro area; 'anos 80' gives "
           "no start year; the association's own yearly balance = internal."))

# ================================================================= NL
add("sheets/nl/vilvoorde-aanpak-radicalisering.md", ("text", """
Praktijkfiche · **Stad Vilvoorde** (Vlaams-Brabant, België)

# De Vilvoordse aanpak van radicalisering

**Aanleiding.** Tussen 2012 en 2014 vertrokken uit Vilvoorde, een stad van zo'n 45.000
inwoners aan de rand van Brussel, naar verhouding meer jongeren naar Syrië dan uit bijna
elke andere Europese stad. Het stadsbestuur koos in 2014 voor een brede preventieve aanpak in
plaats van alleen repressie.

**Wat doet de stad?**
- een deradicaliseringsambtenaar en een team van preventiewerkers en straathoekwerkers;
- een lokale integrale veiligheidscel waar politie, OCMW, scholen en jeugdwerk casussen bespreken;
- ondersteuning van ouders, ook van moeders van vertrokken jongeren;
- investeringen in jeugdwerking, sport en huiswerkbegeleiding in de wijken;
- overleg met moskeeën en imams, en opleiding van leerkrachten om signalen te herkennen.

**Partners.** Lokale politie Vilvoorde-Machelen, OCMW, scholen, jeugdhuizen, moskeegemeenschappen,
de Vlaamse overheid en het federale niveau.

**Wat leverde het op?**
Volgens het stadsbestuur zijn er sinds 2014 geen inwoners meer naar Syrië vertrokken, en het
vertrouwen tussen jongeren en de stad zou gegroeid zijn. Een onafhankelijke evaluatie van de
aanpak is niet gepubliceerd.

*Vergelijkbare aanpakken in Mechelen, Antwerpen en Molenbeek vallen buiten deze fiche.*
"""), truth("De Vilvoordse aanpak van radicalisering", "nl", "practice", "BE", "Vilvoorde",
            ["Vilvorde"], 2014, None, None, None, None, True, "internal", "outcome",
            ["radicalisation", "youth", "local_governance"],
            ["Lokale politie Vilvoorde-Machelen", "OCMW", "scholen", "jeugdhuizen",
             "moskeegemeenschappen", "Vlaamse overheid"],
            None,
            "2012-2014 departures are the context, 2014 the start; Brussel/Mechelen/Antwerpen/"
            "Molenbeek are other places; the city's own claim of no departures = internal, outcome."))

add("sheets/nl/mst-multisysteemtherapie-rct.docx", ("docx", [
    ("h1", "Multisysteemtherapie (MST) voor jongeren met ernstig antisociaal gedrag"),
    ("p", "Land: Nederland · Doelgroep: jongeren van 12 tot 18 jaar · Thema: jeugdcriminaliteit"),
    ("h", "Wat is MST?"),
    ("p", "MST is een intensieve behandeling aan huis, oorspronkelijk ontwikkeld in de Verenigde "
          "Staten. Een therapeut werkt drie tot vijf maanden met het hele gezin, de school, de "
          "vrienden en de buurt, en is dag en nacht bereikbaar. Ouders leren grenzen stellen en "
          "toezicht houden; de jongere wordt losgemaakt van delinquente vrienden."),
    ("h", "Invoering in Nederland"),
    ("p", "Jeugdzorginstellingen in verschillende regio's bieden MST aan op verwijzing van de "
          "jeugdbescherming, de Raad voor de Kinderbescherming of de rechter, vaak als "
          "alternatief voor een uithuisplaatsing."),
    ("h", "Onderzoek"),
    ("p", "Onderzoekers van de Universiteit van Amsterdam en de Vrije Universiteit voerden een "
          "gerandomiseerd onderzoek uit: ruim 250 jongeren werden door loting toegewezen aan MST "
          "of aan de gebruikelijke behandeling. Na afloop was het externaliserend probleemgedrag "
          "in beide groepen afgenomen, bij MST iets sterker, maar op de langere termijn was er "
          "geen duidelijk verschil in recidive. MST werkte vooral beter bij ouders met weinig "
          "opvoedvaardigheden."),
    ("h", "Wat betekent dit?"),
    ("p", "De resultaten laten zien dat de Amerikaanse effecten niet vanzelf overdraagbaar zijn "
          "naar een land met een goed uitgebouwd jeugdzorgstelsel."),
]), truth("Multisysteemtherapie (MST) voor jongeren met ernstig antisociaal gedrag", "nl", "practice",
          "NL", None, [], None, None, None, None, None, True, "scientific", "experimental",
          ["youth", "reintegration"],
          ["jeugdzorginstellingen", "Raad voor de Kinderbescherming", "Universiteit van Amsterdam",
           "Vrije Universiteit"], None,
          "National programme; US origin is elsewhere; random assignment (loting) = experimental "
          "even with a weak result; no start year given."))

add("sheets/nl/meld-misdaad-anoniem.html", ("text", """
<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Meld Misdaad Anoniem</title></head>
<body>
<p class="kruimel">Home » Praktijken » Melden en informatie</p>
<h1>Meld Misdaad Anoniem (M.)</h1>
<dl>
<dt>Land</dt><dd>Nederland</dd>
<dt>Sinds</dt><dd>2002</dd>
<dt>Telefoon</dt><dd>0800-7000</dd>
</dl>
<p>Wie iets weet over een misdrijf maar bang is voor represailles, kan bij M. melden zonder zijn
naam te noemen. Het meldpunt is onderdeel van Stichting NL Confidential en werkt met een
gratis telefoonnummer en een online formulier. Gesprekken worden niet opgenomen en
telefoonnummers of IP-adressen niet bewaard.</p>
<p>Medewerkers vatten de melding samen en sturen die naar politie, FIOD, NVWA of de Inspectie
SZW. Veel meldingen gaan over drugshandel, wietteelt in woningen, wapenbezit, mensenhandel en ondermijning.
Regionaal wordt M. ingezet in campagnes, zoals rond jaarwisselingen of in wijken in Rotterdam en
Tilburg.</p>
<p>Het concept komt uit het Verenigd Koninkrijk, waar Crimestoppers sinds 1988 bestaat.</p>
<h2>Partners</h2>
<p>Ministerie van Justitie en Veiligheid, Politie, Openbaar Ministerie, bijzondere
opsporingsdiensten.</p>
<h2>Evaluatie</h2>
<p>M. publiceert jaarlijks het aantal meldingen en het aantal aanhoudingen na een melding. Een
evaluatie van de effecten is ons niet bekend.</p>
</body></html>
"""), truth("Meld Misdaad Anoniem (M.)", "nl", "practice", "NL", None, [], 2002, None, None, None,
            None, False, "none", "none", ["organised_crime", "drugs", "trafficking", "technology"],
            ["Stichting NL Confidential", "Ministerie van Justitie en Veiligheid", "Politie",
             "Openbaar Ministerie", "FIOD", "NVWA"], None,
            "National; Rotterdam/Tilburg are campaign examples; UK 1988 is the model; phone number "
            "is not a budget; counts plus 'niet bekend' = none."))

add("sheets/nl/top400-amsterdam.txt", ("text", """
Gemeente Amsterdam - Openbare orde en veiligheid

TOP400: PERSOONSGERICHTE AANPAK VAN JONGEREN

Wat
De Top400 was een aanpak van de gemeente Amsterdam voor jongeren van 12 tot en met 23 jaar die
nog weinig veroordelingen hadden maar wel zorgelijke signalen vertoonden: contact met de
politie, veel schoolwisselingen, huiselijk geweld in het gezin. Elke jongere kreeg een
regisseur die met een kernteam van ketenpartners een plan opstelde, met zorg en
begeleiding maar ook met extra toezicht.

Wanneer
De aanpak werd in 2015 gestart, naar het voorbeeld van de Top600 voor veelplegers van
high-impact crimes die in 2011 begon. In 2025 besloot de gemeente beide lijsten af te schaffen;
sinds januari 2026 geldt een nieuwe, individuele aanpak zonder vaste lijst.

Wie
Gemeente (Actiecentrum Veiligheid en Zorg), politie, Openbaar Ministerie, GGD,
jeugdbescherming, scholen en zorgaanbieders.

Discussie
Bij de start werd een deel van de lijst aangevuld met het voorspellende algoritme ProKid+.
Ouders, journalisten en mensenrechtenorganisaties bekritiseerden de aanpak als stigmatiserend;
een documentaire over moeders van jongens op de lijst kreeg veel aandacht.
"""), truth("Top400: persoonsgerichte aanpak van jongeren", "nl", "practice", "NL", "Amsterdam", [],
            2015, 2025, None, None, None, None, None, None,
            ["youth", "local_governance", "policing", "technology"],
            ["Actiecentrum Veiligheid en Zorg", "politie", "Openbaar Ministerie", "GGD",
             "jeugdbescherming", "scholen", "zorgaanbieders"], None,
            "Top600 2011 is the model, not the start; ended by the 2025 decision (new approach "
            "January 2026); critics' views are not an evaluation = null."))

add("sheets/nl/buurtinformatienetwerken-belgie.yaml", ("yaml", {
    "fiche": "Buurtinformatienetwerken (BIN)",
    "land": "België",
    "niveau": "federaal kader, lokaal uitgevoerd door gemeenten en politiezones",
    "omschrijving": ("Een BIN is een samenwerkingsverband tussen burgers en de lokale politie "
                     "in een afgebakende buurt. Deelnemers krijgen van de politie berichten "
                     "over verdachte situaties of inbraakgolven, per sms, e-mail of app, en "
                     "geven zelf waarnemingen door. Er bestaan ook BIN's voor zelfstandigen en "
                     "handelaars, en voor landbouwers."),
    "organisatie": ("Elke BIN heeft een coördinator uit de buurt en een politiecontactpersoon; "
                    "de gemeente ondertekent een charter en de FOD Binnenlandse Zaken "
                    "registreert het netwerk."),
    "regels": ["deelnemers treden nooit zelf op", "geen patrouilles door burgers",
               "respect voor de privacy van buurtbewoners"],
    "partners": ["lokale politie", "gemeenten", "FOD Binnenlandse Zaken"],
    "voorbeelden": "Honderden netwerken in Vlaanderen en Wallonië, onder meer in Leuven, Brugge en Namen.",
    "zie_ook": "In Nederland werkt men met WhatsApp-buurtpreventiegroepen en Burgernet.",
}), truth("Buurtinformatienetwerken (BIN)", "nl", "practice", "BE", None, [], None, None, None, None,
          None, None, None, None, ["property_crime", "policing", "local_governance"],
          ["lokale politie", "gemeenten", "FOD Binnenlandse Zaken"], None,
          "National Belgian scheme run locally: Leuven/Brugge/Namen are examples, no city; no start "
          "year or evaluation given = null."))

add("sheets/nl/zsm-snelle-afdoening.pdf", ("pdf", [
    ("h1", "ZSM: Zo Snel, Slim, Selectief en Samen Mogelijk"),
    ("p", "Praktijk - Nederland - Strafrechtketen en slachtoffers"),
    ("h", "Doel"),
    ("p", "Veelvoorkomende criminaliteit, zoals winkeldiefstal, vernieling, eenvoudige "
          "mishandeling en overlast, zo snel mogelijk en passend afdoen, met aandacht voor het "
          "slachtoffer en de omgeving. Een verdachte moet niet maanden op een reactie wachten."),
    ("h", "Werkwijze"),
    ("p", "Op ZSM-locaties bij de politie werken het Openbaar Ministerie, de politie, "
          "Slachtofferhulp Nederland, de reclassering, de Raad voor de Kinderbescherming en Halt "
          "samen in een ruimte. Binnen enkele uren na de aanhouding beslist de officier van "
          "justitie op basis van de informatie van alle partners: een strafbeschikking, een "
          "Halt-afdoening, een schadevergoeding, een verwijzing naar hulp of dagvaarding voor de "
          "rechter."),
    ("h", "Partners"),
    ("p", "Openbaar Ministerie, Nationale Politie, Slachtofferhulp Nederland, 3RO "
          "(reclasseringsorganisaties), Raad voor de Kinderbescherming, Halt."),
    ("h", "Opmerkingen"),
    ("p", "De advocatuur heeft kritiek geuit op de beperkte rechtsbijstand voor verdachten. "
          "Vergelijkbare snelrechtprocedures bestaan in Belgie en Duitsland."),
]), truth("ZSM: Zo Snel, Slim, Selectief en Samen Mogelijk", "nl", "practice", "NL", None, [], None,
          None, None, None, None, None, None, None, ["victims", "local_governance", "youth"],
          ["Openbaar Ministerie", "Nationale Politie", "Slachtofferhulp Nederland", "3RO",
           "Raad voor de Kinderbescherming", "Halt"], None,
          "National practice; no start year and no evaluation statement (criticism is not one) = null."))


def main():
    truth_out = {}
    for path, body, t in SHEETS:
        write(path, body)
        truth_out[path] = t
    (ROOT / "truth.json").write_text(
        json.dumps({"sheets": truth_out}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(SHEETS)} sheets written")


if __name__ == "__main__":
    main()
