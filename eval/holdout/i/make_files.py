"""Holdout set I: writes every sheet under sheets/<lang>/ and truth.json.

Deterministic: fixed dates in docx/xlsx/pdf metadata, no randomness. The sheet text is the
project's own wording, written from public facts (see README.md).
Run: /work/main/.venv/bin/python eval/holdout/i/make_files.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
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
FIXED_UTC = dt.datetime(2026, 12, 4, 9, 0, 0, tzinfo=dt.UTC)
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


# ----------------------------------------------------------------------------- writers


def normalise_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry dates and fixed core-property dates."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{stamp}\g<3>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, data)


def out(rel: str) -> Path:
    path = SHEETS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def write_text(rel: str, text: str) -> None:
    out(rel).write_text(text.strip() + "\n", encoding="utf-8")


def write_json(rel: str, data: dict) -> None:
    out(rel).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_yaml(rel: str, data: dict) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    out(rel).write_text(text, encoding="utf-8")


def write_docx(rel: str, title: str, blocks: list[tuple]) -> None:
    """blocks: ("h1"|"h2"|"p"|"bold"|"table"|"bullets", payload)."""
    document = docx.Document()
    props = document.core_properties
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.author = "Practice Repository holdout I"
    props.title = title
    props.revision = 1
    document.add_heading(title, level=0)
    for kind, payload in blocks:
        if kind == "h1":
            document.add_heading(payload, level=1)
        elif kind == "h2":
            document.add_heading(payload, level=2)
        elif kind == "p":
            document.add_paragraph(payload)
        elif kind == "bold":
            run = document.add_paragraph().add_run(payload)
            run.bold = True
            run.font.size = Pt(12)
        elif kind == "bullets":
            for item in payload:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for field, value in payload:
                cells = table.add_row().cells
                cells[0].text = field
                cells[1].text = value
        else:
            raise ValueError(kind)
    document.save(out(rel))
    normalise_zip(out(rel))


class _Pdf(FPDF):
    def __init__(self, header_text: str, footer_text: str) -> None:
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_text = footer_text
        self.add_font("DejaVu", "", str(FONT))
        self.add_font("DejaVu", "B", str(FONT_BOLD))
        self.set_auto_page_break(auto=True, margin=20)

    def header(self) -> None:
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, self.header_text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.line(10, 17, 200, 17)
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 8, f"{self.footer_text} — {self.page_no()}/{{nb}}", align="C")


def write_pdf(rel: str, title: str, header: str, footer: str, blocks: list[tuple]) -> None:
    """blocks: ("h", text) | ("p", text) | ("break", None). Exactly two pages expected."""
    pdf = _Pdf(header, footer)
    pdf.set_title(title)
    pdf.set_author("Practice Repository holdout I")
    pdf.set_creation_date(FIXED_UTC)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, payload in blocks:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(0, 6.5, payload, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.2, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "break":
            pdf.add_page()
        else:
            raise ValueError(kind)
    if pdf.page_no() != 2:
        raise SystemExit(f"{rel}: {pdf.page_no()} pages, expected 2")
    pdf.output(str(out(rel)))


def write_xlsx(rel: str, sheet_title: str, rows: list[tuple], header: tuple | None = None) -> None:
    """Field/value worksheet (header None: rows are (field, value)); or a header row + records."""
    workbook = openpyxl.Workbook()
    workbook.properties.created = FIXED
    workbook.properties.modified = FIXED
    workbook.properties.creator = "Practice Repository holdout I"
    sheet = workbook.active
    sheet.title = sheet_title
    if header is not None:
        sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 90
    workbook.save(out(rel))
    normalise_zip(out(rel))


def html_page(lang: str, title: str, site: str, nav: list[str], cookie: str, meta: str,
              body: str, footer: str) -> str:
    links = "\n".join(f'      <li><a href="#">{item}</a></li>' for item in nav)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{title} | {site}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
  <div class="cookie-banner" role="dialog">{cookie} <button>OK</button></div>
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


# ----------------------------------------------------------------------------- English


def english() -> None:
    write_pdf(
        "en/becoming-a-man-chicago.pdf",
        "Becoming a Man (BAM): group therapy for teenage boys in Chicago schools",
        "Youth Violence Evidence Digest · practice sheet 14",
        "Youth Violence Evidence Digest",
        [
            ("h", "1. In one paragraph"),
            ("p", "Becoming a Man, usually shortened to BAM, brings small groups of boys in grades 7 to 12 "
                  "together once a week during the school day. A trained counsellor works with eight to fifteen "
                  "boys at a time and uses exercises drawn from cognitive behavioural therapy: the boys learn to "
                  "notice when they are reacting on autopilot, to slow down in tense moments, and to read a "
                  "situation before acting on it. The sessions also deal with integrity, anger, respect for women "
                  "and setting goals."),
            ("h", "2. Who runs it, where, and since when"),
            ("p", "The programme belongs to Youth Guidance, a Chicago social-service organisation that was founded "
                  "in 1924 and works inside the city's public schools. Counsellor Anthony Ramirez-Di Vittorio ran the "
                  "first BAM groups in 2001; since then the model has spread to dozens of schools of Chicago Public "
                  "Schools, many of them on the South and West Sides in neighbourhoods with high levels of gun "
                  "violence, such as Austin and Englewood."),
            ("p", "Partners: Chicago Public Schools (host schools, time in the timetable), Youth Guidance (staff and "
                  "training) and the University of Chicago Crime Lab (research). The work is paid for by a mix of "
                  "public and philanthropic funders; the first study put the cost at roughly a thousand dollars per "
                  "participant, which is a unit cost, not the programme's budget."),
            ("h", "3. What problem does it address?"),
            ("p", "Many of the fights that end in a shooting start as a quick reaction to a perceived insult. BAM "
                  "starts from the idea that some of this violence comes from automatic responses that are useful "
                  "on the street but harmful elsewhere, and that teenagers can learn to recognise them."),
            ("break", None),
            ("h", "4. Has it been tested?"),
            ("p", "Yes, more rigorously than most youth programmes. Researchers working with the University of "
                  "Chicago Crime Lab ran two randomised controlled trials. In the first, in the 2009–10 school year, "
                  "about 2,700 boys in 18 schools were assigned at random either to BAM or to a control group that "
                  "received the usual school services. The second trial followed in 2013–15 with a new cohort."),
            ("p", "During the programme year, boys offered BAM were arrested for violent crimes roughly 45 to 50 "
                  "percent less often than the control group, and total arrests fell by around a third. The first "
                  "study also found better school engagement, and a later follow-up reported higher graduation "
                  "rates. Part of the effect on arrests faded after the programme ended."),
            ("h", "5. Points to watch when transferring it"),
            ("p", "The counsellors' skill and the fit with the school timetable matter a great deal. Cities that "
                  "want to copy BAM should budget for training and supervision of group leaders and keep the groups "
                  "small."),
            ("h", "6. Further reading"),
            ("p", "Heller, S. B. et al., 'Thinking, Fast and Slow? Some Field Experiments to Reduce Crime and "
                  "Dropout in Chicago', Quarterly Journal of Economics, 2017."),
        ],
    )

    write_docx(
        "en/restorative-cautioning-thames-valley.docx",
        "Restorative cautioning in the Thames Valley",
        [
            ("table", [
                ("Force area", "Thames Valley (Berkshire, Buckinghamshire, Oxfordshire), England"),
                ("Lead body", "Thames Valley Police"),
                ("Target group", "Mainly young people who admit a first or minor offence"),
                ("Standard practice since", "April 1998 (after a pilot in Aylesbury in the mid-1990s)"),
                ("Assessment", "Independent study by the University of Oxford, published 2002"),
            ]),
            ("h1", "Background"),
            ("p", "A police caution used to be a short, often stern talk in a police station. In the mid-1990s "
                  "officers in Aylesbury began to try something different after a 1994 seminar by an Australian "
                  "police officer who had developed scripted conferences in Wagga Wagga, New South Wales: the "
                  "victim and the families of both sides were invited to a meeting where the offender had to face "
                  "the harm done."),
            ("p", "Under chief constable Charles Pollard the force adopted restorative cautioning as its standard "
                  "way of delivering cautions in April 1998. When the Crime and Disorder Act 1998 replaced cautions "
                  "for young offenders with reprimands and final warnings from 2000, Thames Valley kept delivering "
                  "them in the restorative way."),
            ("bold", "How does a session work?"),
            ("p", "A trained officer facilitates and follows a script of open questions: what happened, what were "
                  "you thinking at the time, who has been affected and how. Victims attend in person or their views "
                  "are passed on. The session can end with an apology or an agreement to repair the harm."),
            ("bold", "Who takes part?"),
            ("bullets", [
                "the young person and a parent or other supporter;",
                "the victim, with a supporter if they wish;",
                "a police facilitator trained in the script.",
            ]),
            ("h1", "Evaluation"),
            ("p", "The Joseph Rowntree Foundation funded an independent evaluation by Carolyn Hoyle, Richard Young "
                  "and Roderick Hill of the Centre for Criminological Research at the University of Oxford, "
                  "published in 2002 as 'Proceed with caution'. The researchers observed restorative sessions and "
                  "interviewed offenders, victims and facilitators. Most participants found the process fair and "
                  "many victims felt better afterwards, but some facilitators slipped back into lecturing or "
                  "dominated the meeting. The study looked at how sessions were run and how participants saw them; "
                  "it did not compare reoffending with a control group."),
            ("h1", "Lessons"),
            ("p", "Training and follow-up of facilitators is what keeps the sessions restorative rather than "
                  "shaming. The Thames Valley work influenced national guidance on restorative justice in policing "
                  "in England and Wales."),
        ],
    )

    write_text("en/operation-trident-london.md", """
Home › Practice library › Policing and gun crime

# Operation Trident: a police command against gun crime in London's black communities

*Practice sheet · last reviewed November 2026*

## Why was it set up?

In the late 1990s a run of shootings and murders, mostly of young black men, hit the boroughs of Lambeth and Brent. Many were linked to the crack cocaine trade. Witnesses were afraid to come forward and trust in the police was low, so investigations stalled.

## What did the Met do?

In March 1998 the Metropolitan Police set up Operation Trident to investigate these shootings. A year later it covered the whole of London. It was relaunched in 2000 with three senior detectives and some 160 officers, and by 2004 about 300 officers worked for it. That year Operation Trafalgar was added to investigate the other non-fatal shootings in the capital. In February 2012 Trident became the Trident Gang Crime Command, responsible for gang crime more widely.

## How does it involve the community?

From the start, Trident worked with a Trident Independent Advisory Group of community members who scrutinised the unit. Its campaigns in the media, in clubs and on the radio asked people to pass on information anonymously to Crimestoppers on 0800 555 111. The unit also worked with customs officials and with police in Jamaica.

## Does it work?

Honestly, nobody can say. We have not found any independent evaluation of Trident's effect on gun crime: no formal evaluation has been published. Reviews in the press at its tenth anniversary pointed out that recorded gun crime in London was still rising (3,459 gun-enabled crimes in 2007), but that figure describes the problem, not the operation.

## Keywords

gun crime · homicide · gangs · drugs markets · community trust · witnesses
""")

    write_xlsx(
        "en/crime-survey-england-wales.xlsx",
        "Resource",
        [(
            "Crime Survey for England and Wales (CSEW)",
            "National victimisation survey",
            "England and Wales (households)",
            "Office for National Statistics (the Home Office until 2012)",
            "1982",
            "Continuous fieldwork since 2001; results published quarterly and annually",
            "Adults aged 16 and over living in private households; children aged 10 to 15 interviewed since 2009",
            "Experience of crime in the last 12 months, including crimes not reported to the police; "
            "perceptions of crime, of the police and of antisocial behaviour",
            "Known as the British Crime Survey until April 2012. Because it does not depend on what is reported to "
            "and recorded by the police, it is the standard source for long-term trends in burglary, vehicle "
            "crime, violence and fraud.",
        )],
        header=("Title", "Type", "Coverage", "Run by", "First survey", "Frequency", "Respondents",
                "What it measures", "Notes"),
    )


# ----------------------------------------------------------------------------- French


def french() -> None:
    write_text("fr/ville-vie-vacances.txt", """
Ville Vie Vacances : des vacances encadrées pour les jeunes des quartiers prioritaires

Le programme Ville Vie Vacances, que tout le monde appelle VVV, est né dans l'urgence. Pendant l'été 1981, les « rodéos » de voitures volées dans le quartier des Minguettes, à Vénissieux, dans la banlieue lyonnaise, font la une des journaux. Dès l'été 1982, l'État lance des « opérations anti-été chaud » pour occuper pendant les vacances les jeunes qui ne partent pas et pour éviter que les quartiers s'embrasent. Ces opérations ont pris ensuite le nom de Ville Vie Vacances et couvrent aujourd'hui toutes les vacances scolaires, pas seulement l'été.

Le programme s'adresse aux jeunes de 11 à 18 ans qui habitent les quartiers prioritaires de la politique de la ville, en priorité à ceux qui sont sans activité, en difficulté ou en conflit avec leur entourage. Les projets sont variés : activités sportives, sorties culturelles, séjours encadrés hors du quartier, chantiers de jeunes, actions de citoyenneté. Une partie des actions a lieu pendant l'été, l'autre pendant les petites vacances.

Dans chaque département, une cellule réunie sous la présidence du préfet sélectionne et suit les projets présentés par les associations, les centres sociaux, les clubs de prévention ou les services municipaux. Le financement est partenarial : selon une enquête de 2012, les communes participaient à 70 % des actions, les caisses d'allocations familiales à 38 % et les conseils départementaux à 28 %.

Côté budget, l'État réservait au dispositif 92 millions de francs en 1999. La loi de finances pour 2015 lui consacrait 9 M€, soit environ 3 700 opérations pour quelque 500 000 jeunes. Ces montants annuels ne comprennent pas la part des collectivités.

Le suivi est assuré au niveau national (hier par l'Acsé, aujourd'hui par l'Agence nationale de la cohésion des territoires) : chaque année, l'agence établit un bilan quantitatif et qualitatif des actions financées à partir des tableaux que les préfectures font remonter, avec le nombre de jeunes touchés, les types d'activités et les lieux. Aucune étude n'a mesuré l'effet du programme sur la délinquance des jeunes.

Pour en savoir plus : délégué du préfet de votre département, ou service politique de la ville de votre commune.
""")

    body = """      <section>
        <h2>En bref</h2>
        <p>Quai 9 est un espace d'accueil et de consommation à moindre risque pour les personnes qui consomment des drogues. Les usagers y viennent avec leur propre produit et peuvent l'injecter ou l'inhaler sous le regard d'infirmiers et de travailleurs sociaux, avec du matériel stérile. Aucune drogue n'est fournie sur place et le deal est interdit.</p>
      </section>
      <section>
        <h2>Pourquoi un tel lieu ?</h2>
        <p>Dans les années 1990, la Suisse a vécu les scènes ouvertes de la drogue, les overdoses et l'épidémie de sida chez les usagers. La politique fédérale des quatre piliers (prévention, thérapie, réduction des risques, répression) a ouvert la voie à des locaux d'injection, d'abord en Suisse alémanique (Berne, Zurich, Bâle, Bienne). À Genève, le trafic était déjà installé derrière la gare Cornavin, dans le quartier des Grottes : c'est là, rue de la Pépinière, que le local a été placé, dans des conteneurs verts devenus familiers.</p>
      </section>
      <section>
        <h2>Depuis quand ?</h2>
        <p>Le Groupe sida Genève a ouvert Quai 9 en décembre 2001, d'abord pour une période d'essai. L'expérience a été pérennisée en 2004 et le lieu est depuis géré par l'association Première ligne. Un espace d'inhalation ventilé s'est ajouté à l'automne 2009.</p>
      </section>
      <section>
        <h2>Qui porte et qui paie ?</h2>
        <p>Association Première ligne, avec un financement de l'État de Genève (le canton). La Ville, propriétaire du terrain, a renouvelé l'autorisation d'occuper la parcelle. L'équipe travaille avec les services d'addictologie, les centres de soins et les habitants du quartier, avec qui elle organise notamment le ramassage des seringues abandonnées.</p>
      </section>
      <section>
        <h2>Suivi et résultats</h2>
        <p>Première ligne publie chaque année un rapport d'activité tiré de ses propres statistiques : en 2021, 729 personnes ont fréquenté le lieu (621 hommes et 108 femmes), près de 900 soins ont été donnés et une cinquantaine de dépistages du VIH réalisés. Ces chiffres décrivent l'activité ; ils ne mesurent pas l'effet du local sur la sécurité du quartier.</p>
      </section>
      <section>
        <h2>Contact</h2>
        <p>Première ligne, Quai 9, rue de la Pépinière, Genève.</p>
      </section>"""
    write_text("fr/quai-9-geneve.html", html_page(
        "fr", "Quai 9 : un local de consommation à moindre risque près de la gare", "Plateforme romande Prévention & Sécurité",
        ["Accueil", "Fiches pratiques", "Thèmes", "Agenda", "Contact"],
        "Ce site utilise des cookies de mesure d'audience. En poursuivant, vous acceptez leur utilisation.",
        "Ville : Genève – Pays : Suisse – Thème : drogues et espace public – Mise à jour : octobre 2026",
        body,
        "Plateforme romande Prévention &amp; Sécurité · avenue de la Gare 12 · 1003 Lausanne · info@prs-romandie.example · © 2026",
    ))

    write_text("fr/fs-prevention-specialisee.md", """
---
titre: "La prévention spécialisée : les éducateurs de rue"
type: fiche thématique
pays: France
mots-clés: [éducateurs de rue, protection de l'enfance, jeunes, quartiers]
---

# La prévention spécialisée, ou le travail éducatif de rue

## De quoi parle-t-on ?

La prévention spécialisée désigne l'action d'équipes d'éducateurs qui vont à la rencontre des jeunes là où ils se trouvent : en bas des immeubles, dans les parcs, devant les collèges, dans les centres commerciaux et, de plus en plus, sur les réseaux sociaux. Elle vise les jeunes en voie de marginalisation ou en rupture avec leur famille, l'école ou les institutions.

## D'où vient-elle ?

Les premiers « clubs de prévention » sont nés de l'initiative d'associations dans l'après-guerre. L'arrêté du 4 juillet 1972 les a reconnus et leur a donné un cadre de financement. Depuis la décentralisation des années 1980, la prévention spécialisée relève de la protection de l'enfance et donc des départements, qui la financent et la confient le plus souvent à des associations habilitées.

## Les principes d'intervention

- **libre adhésion** : le jeune n'est pas obligé d'accepter l'accompagnement ;
- **respect de l'anonymat** : les éducateurs ne transmettent pas d'informations sans l'accord du jeune, sauf danger ;
- **absence de mandat nominatif** : personne ne leur « adresse » un jeune, ils travaillent sur un territoire ;
- **travail en partenariat** avec les collèges, les missions locales, les centres sociaux et la mairie.

## Lien avec la prévention de la délinquance

Deux lois du même jour, le 5 mars 2007, ont réformé l'une la protection de l'enfance et l'autre la prévention de la délinquance. Depuis, les éducateurs de rue sont régulièrement invités dans les conseils locaux de sécurité et de prévention de la délinquance, ce qui pose la question du secret professionnel et de la place du travail éducatif à côté de la police et de la justice.

## Points de débat

Plusieurs départements ont réduit ou supprimé leurs financements depuis le milieu des années 2010, ce qui a entraîné la fermeture de clubs. Les associations défendent un travail de long terme, difficile à résumer en indicateurs.
""")

    write_docx(
        "fr/id-bravvo-bruxelles.docx",
        "Bravvo – le service de prévention de la Ville de Bruxelles",
        [
            ("h1", "Fiche d'identité"),
            ("table", [
                ("Nom", "Bravvo (Bruxelles Avance – Brussel Vooruit), association sans but lucratif"),
                ("Statut", "Service communal de prévention de la Ville de Bruxelles"),
                ("Création", "2004"),
                ("Ville / Pays", "Bruxelles, Belgique"),
                ("Personnel", "Plus de 240 travailleurs de terrain"),
                ("Coordination des gardiens de la paix", "rue de la Caserne 37, 1000 Bruxelles – tél. 02 279 65 70"),
            ]),
            ("h1", "Missions"),
            ("p", "Bravvo regroupe les métiers de la prévention de la Ville de Bruxelles : gardiens de la paix, "
                  "médiateurs, éducateurs de rue, animateurs des centres de jeunes, juristes. Son but est "
                  "d'améliorer durablement le cadre de vie, la sécurité et le lien social dans les quartiers, "
                  "du Pentagone à Laeken et Neder-Over-Heembeek."),
            ("bold", "Les axes de travail"),
            ("bullets", [
                "prévention par la présence : les gardiens de la paix, visibles de jour comme de nuit, sans pouvoir de contrainte ;",
                "prévention des conflits : médiation de voisinage et médiation locale ;",
                "prévention sociale et citoyenne : centres de jeunes, accrochage scolaire, prévention des radicalismes ;",
                "mesures et peines alternatives, y compris l'encadrement des sanctions administratives communales ;",
                "qualité de vie : signalement quotidien des dépôts clandestins, éclairages en panne, dégradations.",
            ]),
            ("bold", "Partenaires"),
            ("p", "Les autres services communaux, le CPAS, le Samu social, la zone de police et le tissu associatif "
                  "bruxellois."),
            ("h1", "Financement"),
            ("p", "Ville de Bruxelles, complétée par des subsides régionaux (plan bruxellois de prévention et de "
                  "proximité) et fédéraux."),
        ],
    )


# ----------------------------------------------------------------------------- Spanish


def spanish() -> None:
    body = """      <section>
        <h2>¿Qué fue la «cultura ciudadana»?</h2>
        <p>Cuando Antanas Mockus llegó a la Alcaldía en 1995, la ciudad tenía una de las tasas de homicidio más altas del continente. Su apuesta fue que muchas conductas peligrosas (conducir borracho, invadir pasos de cebra, resolver riñas a golpes) no se corrigen solo con multas y policía, sino cambiando las normas sociales: lo que la gente considera aceptable o vergonzoso delante de los demás.</p>
      </section>
      <section>
        <h2>Acciones más conocidas</h2>
        <ul>
          <li>Mimos en los cruces: en lugar de agentes de tránsito, cientos de mimos se burlaban amablemente de los conductores y peatones que no respetaban las normas.</li>
          <li>Tarjetas ciudadanas: cartulinas con un pulgar hacia arriba o hacia abajo para aprobar o reprobar en público la conducta de otros.</li>
          <li>Campañas de ahorro voluntario de agua y de desarme voluntario.</li>
          <li>Pedagogía en colegios y barrios sobre la convivencia y la resolución pacífica de conflictos.</li>
        </ul>
      </section>
      <section>
        <h2>¿Quién lo impulsó?</h2>
        <p>La Alcaldía Mayor, a través del Instituto Distrital de Cultura y Turismo y de su Observatorio de Cultura Urbana, creado para medir actitudes y comportamientos de los bogotanos mediante encuestas periódicas. El segundo mandato de Mockus (2001-2003) retomó el enfoque.</p>
      </section>
      <section>
        <h2>¿Qué se sabe de sus resultados?</h2>
        <p>La propia Alcaldía presentó como logro del programa la caída de la tasa de homicidios, que pasó de unos 80 por cada 100.000 habitantes a comienzos de los años noventa a poco más de 20 una década después, así como la reducción de las muertes en accidentes de tránsito. Las encuestas del Observatorio, que depende de la misma administración distrital, registraron cambios en la aceptación de las normas. No hubo un estudio externo con grupo de comparación que separe el efecto de la cultura ciudadana de otras medidas de la época.</p>
      </section>"""
    write_text("es/cultura-ciudadana-bogota.html", html_page(
        "es", "Cultura ciudadana: mimos, tarjetas y normas sociales contra la violencia", "Red Latinoamericana de Convivencia Urbana",
        ["Inicio", "Experiencias", "Países", "Publicaciones", "Quiénes somos"],
        "Usamos cookies propias y de terceros para analizar el tráfico. Puede aceptarlas o configurarlas.",
        "Ciudad: Bogotá D.C. – País: Colombia – Periodo: 1995-1997 y 2001-2003",
        body,
        "Red Latinoamericana de Convivencia Urbana · Carrera 43A n.º 1-50 · Medellín, Colombia · contacto@redconvivencia.example",
    ))

    write_json("es/dispositivos-telematicos-alejamiento.json", {
        "titulo": "Dispositivos telemáticos de control de las órdenes de alejamiento en violencia de género",
        "tipo": "práctica",
        "ambito": "estatal",
        "pais": "España",
        "puesta_en_marcha": "julio de 2009",
        "descripcion": "Cuando un juzgado lo acuerda, el agresor con una prohibición de aproximación lleva una pulsera "
                       "de geolocalización y la víctima un teléfono que avisa si él entra en la zona de exclusión. "
                       "Cada alerta llega al Centro de Control de Medidas Telemáticas (Centro Cometa), que avisa a la "
                       "víctima y a la Policía Nacional o la Guardia Civil.",
        "objetivos": [
            "proteger a la víctima y darle tiempo para ponerse a salvo",
            "documentar los quebrantamientos de la orden para el procedimiento judicial",
            "disuadir al agresor de acercarse",
        ],
        "organismos": [
            "Ministerio de Igualdad (Delegación del Gobierno contra la Violencia de Género)",
            "juzgados de violencia sobre la mujer",
            "Policía Nacional",
            "Guardia Civil",
        ],
        "cifras": "Más de 4.500 dispositivos activos en 2025; una misma pulsera puede vincularse a varias víctimas. "
                  "Desde la ley orgánica 10/2022 también se aplican a agresores sexuales.",
        "presupuesto": "El Gobierno ha invertido más de 40 millones de euros en el contrato que renovó y amplió el sistema en 2024.",
        "evaluacion": "Un estudio del Instituto Andaluz Interuniversitario de Criminología (Universidad de Málaga), "
                      "publicado en 2016, analizó los cinco primeros años de funcionamiento a partir de entrevistas "
                      "en profundidad con jueces, fiscales, policías y técnicos de todo el país. Los entrevistados "
                      "valoraron positivamente la medida y señalaron problemas técnicos y de coordinación. El estudio "
                      "no midió la reincidencia ni comparó con víctimas sin dispositivo.",
        "problemas_conocidos": "El cambio de empresa adjudicataria en marzo de 2024 provocó fallos temporales en el "
                               "acceso de los juzgados a los datos de ubicación.",
        "temas": ["violencia de género", "tecnología", "víctimas"],
    })

    write_text("es/fs-programas-intercambio-jeringuillas.txt", """
FICHA TEMÁTICA · Reducción de daños

Programas de intercambio de jeringuillas (PIJ) en España

1. Qué son
Servicios que entregan material de inyección estéril (jeringuillas, agua, toallitas, recipientes para desechar) a las personas que se inyectan drogas y recogen el material usado. Suelen acompañarse de preservativos, información sobre sobredosis y derivación a tratamiento.

2. Por qué existen
A finales de los años ochenta y en los noventa, la epidemia de VIH golpeó con fuerza a las personas usuarias de heroína por vía inyectada. Compartir jeringuillas era una de las principales vías de contagio. Los PIJ se extendieron como parte de la estrategia de reducción de daños impulsada por el Plan Nacional sobre Drogas, creado en 1985.

3. Dónde se hacen
- Farmacias adheridas, mediante convenios con los colegios de farmacéuticos y las consejerías de sanidad, que entregan un kit a cambio del material usado.
- Centros de atención a las adicciones y centros de salud.
- Unidades móviles y equipos de calle de organizaciones no gubernamentales.
- Centros penitenciarios, donde la Ley Orgánica General Penitenciaria (1/1979) y los protocolos de sanidad penitenciaria permiten ofrecerlos.

4. Qué se discute
En los barrios, la presencia de jeringuillas abandonadas en parques y portales genera quejas vecinales; por eso muchos programas incluyen la recogida en la vía pública y contenedores específicos. Con la caída del consumo inyectado desde los años 2000, varios programas se han reorientado hacia la cocaína fumada y hacia la prevención de sobredosis.

5. Para saber más
Memorias del Plan Nacional sobre Drogas y de los planes autonómicos de drogas.
""")

    write_yaml("es/mascarilla-19-canarias.yaml", {
        "titulo": "Mascarilla-19: pedir ayuda en la farmacia frente a la violencia de género",
        "tipo": "práctica",
        "comunidad_autonoma": "Canarias",
        "pais": "España",
        "inicio": "marzo de 2020, el primer fin de semana del estado de alarma",
        "promotor": "Instituto Canario de Igualdad (Gobierno de Canarias)",
        "socios": [
            "Colegio Oficial de Farmacéuticos de Las Palmas",
            "Colegio Oficial de Farmacéuticos de Santa Cruz de Tenerife",
            "servicio de emergencias 1-1-2 de Canarias",
        ],
        "como_funciona": "La mujer que sufre violencia, o alguien de su entorno, pide en cualquier farmacia una "
                         "«Mascarilla-19». El personal de la farmacia toma con discreción sus datos y llama al 1-1-2, "
                         "que activa los recursos de emergencia para víctimas de violencia de género.",
        "por_que": "Durante el confinamiento muchas mujeres quedaron encerradas con su agresor y las farmacias eran "
                   "de los pocos lugares a los que se podía salir sin levantar sospechas.",
        "difusion": "Unas 770 farmacias de las islas se adhirieron. La idea se copió en pocas semanas en otras "
                    "comunidades autónomas (Cantabria, Andalucía, Comunitat Valenciana, País Vasco) y en otros "
                    "países, entre ellos Francia.",
        "continuidad": "En marzo de 2021 el Gobierno de Canarias y los colegios firmaron un protocolo de cuatro años "
                       "para consolidar el recurso y formar al personal de farmacia.",
        "presentacion": "La experiencia se presentó en jornadas y foros sobre violencia de género y recibió "
                        "reconocimientos como buena práctica.",
        "temas": ["violencia de género", "víctimas", "gestión de crisis"],
    })


# ----------------------------------------------------------------------------- Italian


def italian() -> None:
    write_docx(
        "it/carcere-bollate.docx",
        "Il carcere di Bollate: celle aperte, lavoro e meno recidiva",
        [
            ("table", [
                ("Istituto", "II Casa di Reclusione di Milano-Bollate"),
                ("Comune", "Bollate (città metropolitana di Milano)"),
                ("Apertura", "fine 2000"),
                ("Capienza", "circa 1.260 posti; oltre 1.400 detenuti nel 2024"),
                ("Ente responsabile", "Ministero della Giustizia – Dipartimento dell'Amministrazione Penitenziaria"),
            ]),
            ("h1", "Di che cosa si tratta"),
            ("p", "A una quindicina di chilometri dal centro di Milano, nel comune di Bollate, funziona dalla fine "
                  "del 2000 un istituto di pena pensato fin dall'inizio come carcere «a trattamento avanzato». "
                  "Durante il giorno le celle restano aperte, i detenuti si muovono con un badge elettronico tra "
                  "reparti, laboratori e aule, e la sorveglianza è «dinamica»: gli agenti non presidiano posti fissi "
                  "ma conoscono le persone e i loro percorsi."),
            ("bold", "Le attività"),
            ("bullets", [
                "lavoro in cooperative sociali interne ed esterne (ristorazione, vivaio, call center, falegnameria);",
                "scuola secondaria, corsi di lingua e di informatica, formazione professionale;",
                "lavoro all'esterno per i detenuti ammessi dal magistrato (articolo 21 dell'ordinamento penitenziario, legge 354 del 1975).",
            ]),
            ("h1", "Perché è un riferimento"),
            ("p", "Bollate applica in modo esteso i principi di rieducazione previsti dalla riforma penitenziaria "
                  "del 1975 e dall'articolo 27 della Costituzione, con un forte coinvolgimento del terzo settore e "
                  "delle imprese del territorio milanese."),
            ("h1", "Valutazione"),
            ("p", "Gli economisti Giovanni Mastrobuoni (University of Essex) e Daniele Terlizzese (Einaudi Institute "
                  "for Economics and Finance, EIEF) hanno studiato la recidiva degli ex detenuti con i dati "
                  "dell'amministrazione penitenziaria. Per evitare che il confronto fosse falsato dalla selezione "
                  "dei detenuti «migliori», hanno sfruttato i trasferimenti a Bollate dovuti al sovraffollamento "
                  "delle carceri vicine, confrontando detenuti simili che avevano trascorso più o meno tempo nel "
                  "regime aperto invece che in un carcere ordinario. Il disegno non è randomizzato ma imita un "
                  "esperimento: ogni anno in più trascorso a Bollate riduce la probabilità di recidiva di circa 10 "
                  "punti percentuali."),
            ("p", "I risultati sono stati discussi anche in una tavola rotonda all'Università degli Studi di Milano "
                  "il 23 marzo 2015, con l'amministrazione penitenziaria."),
        ],
    )

    write_yaml("it/strade-sicure.yaml", {
        "titolo": "Operazione Strade sicure: militari nelle città accanto alle forze di polizia",
        "tipo": "pratica",
        "livello": "nazionale",
        "paese": "Italia",
        "avvio": "4 agosto 2008",
        "base_normativa": "decreto-legge 23 maggio 2008, n. 92, convertito dalla legge 24 luglio 2008, n. 125 "
                          "(articolo 7-bis); i militari sono messi a disposizione dei prefetti ai sensi "
                          "dell'articolo 13 della legge 1° aprile 1981, n. 121",
        "descrizione": "Un contingente delle Forze armate, soprattutto dell'Esercito, presidia siti e obiettivi "
                       "sensibili e svolge servizi di perlustrazione e pattuglia insieme alle forze di polizia nelle "
                       "aree metropolitane e densamente popolate. Ai militari è attribuita la qualifica di agenti "
                       "di pubblica sicurezza, senza funzioni di polizia giudiziaria.",
        "dimensioni": "Il piano iniziale prevedeva al massimo 3.000 unità per sei mesi, rinnovabili una volta; con le "
                      "proroghe successive il contingente è arrivato a circa 7.000 militari in una cinquantina di "
                      "province.",
        "estensioni": [
            "L'Aquila dopo il terremoto del 2009",
            "la «terra dei fuochi» in Campania contro i reati ambientali",
            "Expo 2015 a Milano e il Giubileo della Misericordia a Roma",
            "vigilanza antiterrorismo dopo gli attentati in Europa",
        ],
        "soggetti": ["Ministero della Difesa", "Ministero dell'Interno", "prefetti", "forze di polizia"],
        "valutazione": "Non ci risulta alcuna valutazione indipendente pubblicata sull'effetto dell'operazione "
                       "sulla criminalità o sulla sicurezza percepita; il dibattito pubblico si basa su "
                       "dichiarazioni politiche e sul numero di controlli effettuati.",
        "parole_chiave": ["presidio del territorio", "militari", "sicurezza urbana", "terrorismo"],
    })

    write_pdf(
        "it/fs-mediazione-penale-minorile.pdf",
        "La mediazione penale minorile in Italia",
        "Schede tematiche · Giustizia riparativa e sicurezza urbana",
        "Scheda tematica",
        [
            ("h", "Che cos'è"),
            ("p", "La mediazione penale minorile mette in contatto il ragazzo che ha commesso un reato e la persona "
                  "offesa, con l'aiuto di un mediatore neutrale, perché possano parlare di quanto accaduto e cercare "
                  "insieme una forma di riparazione: scuse, un risarcimento, un'attività utile alla vittima o alla "
                  "comunità. La partecipazione è volontaria per entrambe le parti."),
            ("h", "Su quali norme si appoggia"),
            ("p", "Il codice del processo penale minorile, approvato con il decreto del Presidente della Repubblica "
                  "22 settembre 1988, n. 448, non parla espressamente di mediazione, ma ne apre lo spazio in più "
                  "punti: l'articolo 9 sugli accertamenti sulla personalità del minorenne, l'articolo 27 sulla "
                  "sentenza di non luogo a procedere per irrilevanza del fatto e soprattutto l'articolo 28 sulla "
                  "sospensione del processo con messa alla prova, durante la quale il giudice può prescrivere "
                  "attività di riparazione e di conciliazione con la vittima."),
            ("h", "Chi la pratica"),
            ("p", "A partire dagli anni Novanta sono nati uffici o centri di mediazione presso i tribunali per i "
                  "minorenni, spesso grazie ad accordi fra gli uffici di servizio sociale per i minorenni del "
                  "Ministero della Giustizia, i Comuni, le Regioni e le università. Oggi i centri operano in molte "
                  "città, con modelli organizzativi diversi."),
            ("break", None),
            ("h", "Rapporto con la sicurezza urbana"),
            ("p", "Per i Comuni, la mediazione è uno strumento per ricucire i rapporti nei quartieri dopo episodi "
                  "di vandalismo, furti o aggressioni fra coetanei, e per dare voce alle vittime, che nel processo "
                  "ordinario hanno poco spazio. Molti centri offrono anche mediazione scolastica e dei conflitti "
                  "di vicinato."),
            ("h", "Il quadro più recente"),
            ("p", "La riforma della giustizia penale del 2022 (decreto legislativo 10 ottobre 2022, n. 150) ha "
                  "introdotto una disciplina organica della giustizia riparativa, valida anche per gli adulti, e "
                  "prevede centri per la giustizia riparativa istituiti presso gli enti locali."),
            ("h", "Nodi aperti"),
            ("p", "La diffusione resta disomogenea fra i distretti, i dati nazionali sui percorsi conclusi sono "
                  "frammentari e il ricorso alla mediazione dipende molto dalla sensibilità dei singoli giudici e "
                  "servizi."),
        ],
    )

    write_json("it/telefono-azzurro.json", {
        "titolo": "Telefono Azzurro: una linea di ascolto per bambini e adolescenti",
        "tipo": "pratica",
        "paese": "Italia",
        "anno_di_fondazione": 1987,
        "storia": "L'associazione nasce a Bologna l'8 giugno 1987 per iniziativa di Ernesto Caffo, neuropsichiatra "
                  "infantile dell'Università di Modena. All'inizio risponde al numero bolognese 051 222525; nel "
                  "1990 diventa ente morale e attiva la linea gratuita nazionale 1.96.96. Dal 2003 gestisce anche "
                  "il servizio di emergenza infanzia 114 e dal maggio 2009 il 116 000 per i minori scomparsi.",
        "a_chi_si_rivolge": "Bambini e adolescenti fino a 18 anni, e gli adulti che si preoccupano per loro: "
                            "genitori, insegnanti, allenatori.",
        "attivita": [
            "ascolto telefonico e in chat 24 ore su 24, tutti i giorni dell'anno",
            "segnalazione ai servizi sociali e alle forze dell'ordine nei casi di pericolo",
            "formazione di insegnanti e operatori su abuso, bullismo e sicurezza online",
            "progetto «Bambini e carcere» per i figli di genitori detenuti",
        ],
        "dimensioni": "Un centro nazionale di ascolto con circa 30 linee e 40 operatori specializzati, affiancati da "
                      "centinaia di volontari.",
        "monitoraggio": "Ogni anno l'associazione pubblica un dossier con i dati delle richieste di aiuto ricevute: "
                        "numero di contatti, età e genere di chi chiama, motivi (abusi, maltrattamenti, bullismo, "
                        "disagio psicologico).",
        "finanziamento": "Donazioni private, campagne di raccolta fondi e convenzioni con enti pubblici.",
        "parole_chiave": ["infanzia", "abuso", "maltrattamento", "bullismo", "linea di ascolto"],
    })


# ----------------------------------------------------------------------------- German


def german() -> None:
    write_pdf(
        "de/pro-kind-hausbesuche.pdf",
        "Pro Kind: Hausbesuche für junge Mütter in belasteten Lebenslagen",
        "Praxisdatenbank Frühe Prävention · Steckbrief",
        "Praxisdatenbank Frühe Prävention",
        [
            ("h", "Worum geht es?"),
            ("p", "Pro Kind begleitete Frauen, die ihr erstes Kind erwarteten und in finanziell und sozial "
                  "schwierigen Verhältnissen lebten. Speziell geschulte Familienbegleiterinnen – Hebammen und "
                  "Sozialpädagoginnen – besuchten die Frauen vom zweiten Drittel der Schwangerschaft bis zum zweiten "
                  "Geburtstag des Kindes in der Regel alle zwei Wochen zu Hause. Es ging um Gesundheit in der "
                  "Schwangerschaft, die Bindung zum Kind, Erziehungsfragen, die eigene Lebensplanung und darum, "
                  "Vernachlässigung und Misshandlung vorzubeugen."),
            ("h", "Herkunft des Ansatzes"),
            ("p", "Das Modellprojekt übertrug das US-amerikanische Programm Nurse-Family Partnership von David Olds "
                  "(University of Colorado, Denver) auf deutsche Verhältnisse. Angeregt wurde es vom "
                  "Kriminologischen Forschungsinstitut Niedersachsen (KFN) in Hannover, das auf die langfristigen "
                  "Wirkungen früher Förderung auf Gewalt und Kriminalität setzte."),
            ("h", "Laufzeit und Verbreitung"),
            ("p", "Das Modellprojekt lief von April 2006 bis Ende 2012 in drei Ländern: Niedersachsen, Bremen und "
                  "Sachsen. Die Erfahrungen sind in die Frühen Hilfen eingeflossen; eine Stiftung Pro Kind führt die "
                  "Arbeit fort."),
            ("h", "Finanzierung und Partner"),
            ("p", "TUI-Stiftung, Dürr-Stiftung und Günter-Reimann-Dubbers-Stiftung, das Bundesministerium für "
                  "Familie, Senioren, Frauen und Jugend sowie das Sozialministerium Sachsen. Wissenschaftliche Partner "
                  "waren das KFN, die Universität Rostock (Implementations- und Wirkungsforschung) und die Leibniz "
                  "Universität Hannover (Kosten-Nutzen-Analyse)."),
            ("break", None),
            ("h", "Wie wurde die Wirkung geprüft?"),
            ("p", "Die Begleitforschung war als randomisierte kontrollierte Studie angelegt. 755 Erstgebärende "
                  "nahmen teil; per Los wurden 394 Frauen der Begleitgruppe zugewiesen, 361 einer Kontrollgruppe, "
                  "die die üblichen Angebote erhielt. Beide Gruppen wurden bis zum dritten Lebensjahr der Kinder "
                  "untersucht, eine Nachuntersuchung folgte im Grundschulalter."),
            ("h", "Ergebnisse"),
            ("p", "Die Studie fand erste positive Effekte, etwa auf die Lebensplanung der Mütter und einzelne "
                  "Bereiche der kindlichen Entwicklung. Die Effekte waren insgesamt eher klein, wie es auch "
                  "internationale Studien zu Hausbesuchsprogrammen in den ersten Lebensjahren zeigen."),
            ("h", "Einordnung"),
            ("p", "In der CTC-Programmdatenbank (Grüne Liste Prävention) wird Pro Kind mit der Stufe "
                  "„Effektivität wahrscheinlich“ geführt."),
        ],
    )

    write_xlsx(
        "de/wegweiser-nrw.xlsx",
        "Steckbrief",
        [
            ("Titel", "Wegweiser – gemeinsam gegen gewaltbereiten Salafismus"),
            ("Art", "Präventionsprogramm des Landes"),
            ("Land", "Nordrhein-Westfalen, Deutschland"),
            ("Träger", "Ministerium des Innern NRW (Verfassungsschutz) mit lokalen Trägern, z. B. Arbeiterwohlfahrt, Vereinen der Jugendhilfe"),
            ("Start", "März 2014, zunächst mit Beratungsstellen in Düsseldorf, Bochum und Bonn"),
            ("Ausbau", "Wuppertal als vierte Anlaufstelle 2014, danach Dortmund, Duisburg, Köln, Bielefeld/Herford, Essen u. a.; Ziel: landesweit 25 Beratungsstellen"),
            ("Zielgruppe", "Junge Menschen, die in die salafistische Szene abzurutschen drohen, und ihr Umfeld: Eltern, Freunde, Lehrkräfte"),
            ("Angebot", "Vertrauliche Beratung vor Ort, Hilfe bei Schule, Ausbildung und Arbeitssuche, Einbindung von Moscheegemeinden, Informationsveranstaltungen"),
            ("Umfang", "Bis 2020 knapp 11.000 Umfeldberatungen und mehr als 1.800 Informationsveranstaltungen"),
            ("Ergebnisse", "Nach Angaben des Innenministeriums nehmen 80 bis 90 Prozent der Beratungsfälle einen positiven Verlauf, d. h. die Hinwendung zur Szene wird gestoppt."),
            ("Evaluation", "Die Zahlen stammen aus der eigenen Falldokumentation der Beratungsstellen; eine unabhängige Wirkungsevaluation liegt nicht vor."),
            ("Finanzierung", "Land Nordrhein-Westfalen"),
            ("Kritik", "Die Nähe zum Verfassungsschutz wird von Teilen der Jugendhilfe kritisch gesehen; das Ministerium betont, dass Beratungsinhalte vertraulich bleiben."),
        ],
    )

    write_text("de/nummer-gegen-kummer.txt", """
Nummer gegen Kummer – das Kinder- und Jugendtelefon

Kurz gesagt
Kinder und Jugendliche, die mit niemandem über ihre Sorgen sprechen können, erreichen unter der 116 111 ehrenamtliche Beraterinnen und Berater – kostenlos, anonym, vom Handy und vom Festnetz. Eltern haben ein eigenes Elterntelefon (0800 111 0 550). Dazu kommen eine Online-Beratung per Mail und Chat und samstags „Jugendliche beraten Jugendliche“.

Entstehung
Das Kinder- und Jugendtelefon ging 1980 aus dem Deutschen Kinderschutzbund hervor; der Dachverband Nummer gegen Kummer e. V. hat seinen Sitz in Wuppertal. Ursprünglich war es als „Zeugnistelefon“ für Sorgen rund um schlechte Noten gedacht, doch schnell zeigte sich, dass die Anrufenden über ganz andere Dinge sprechen wollten. Seit Ende 2008 ist es auch unter der EU-weit einheitlichen Nummer 116 111 für Kinder- und Jugendtelefone erreichbar.

Wie ist das Angebot organisiert?
Rund achtzig bis neunzig lokale Träger – Ortsverbände des Kinderschutzbundes, der Arbeiterwohlfahrt, der Diakonie und andere – betreiben die Beratungsstandorte. Die Ehrenamtlichen werden in einer mehrmonatigen Ausbildung auf die Gespräche vorbereitet und erhalten regelmäßig Supervision.

Worüber reden die Anrufenden?
Über psychische Probleme, Streit mit den Eltern, Einsamkeit, Liebe und Sexualität, Mobbing in der Schule und im Netz, aber auch über Gewalt in der Familie und sexuellen Missbrauch. In solchen Fällen zeigen die Beraterinnen und Berater Wege zu Hilfe vor Ort auf.

Was wird dokumentiert?
Jeder Anruf, jede Mail und jeder Chat wird anonym statistisch erfasst. Der Verein veröffentlicht jedes Jahr eine Jahresstatistik: 2023 fanden insgesamt 120.271 Beratungen statt, 1.187 weniger als im Vorjahr. Die Statistik zeigt, welche Themen Kinder, Jugendliche und Eltern beschäftigen; eine Wirkungsmessung ist sie nicht.

Finanzierung
Spenden, Eigenmittel der lokalen Träger und öffentliche Förderung, unter anderem durch das Bundesfamilienministerium.
""")

    body = """      <section>
        <h2>Worum geht es?</h2>
        <p>Der Verein ufuq.de arbeitet an der Schnittstelle von politischer Bildung, Pädagogik und Wissenschaft zu den Themen Islam, antimuslimischer Rassismus und Islamismus. In Workshops unter der Leitfrage „Wie wollen wir leben?“ sprechen junge Teamerinnen und Teamer mit Schulklassen über Religion, Identität, Zugehörigkeit und Diskriminierung – ohne erhobenen Zeigefinger und ohne Jugendliche unter Generalverdacht zu stellen.</p>
      </section>
      <section>
        <h2>Was wird angeboten?</h2>
        <ul>
          <li>Workshops für Jugendliche in Schulen und Jugendeinrichtungen</li>
          <li>Fortbildungen und Beratung für Lehrkräfte, Sozialarbeit und Verwaltung</li>
          <li>Materialien und ein Fachportal mit Hintergründen und Praxisberichten</li>
        </ul>
      </section>
      <section>
        <h2>Seit wann und mit wem?</h2>
        <p>Der Verein wurde 2007 gegründet und hat seinen Sitz in Berlin; seit Oktober 2015 gibt es eine bayerische Außenstelle in Augsburg. Er ist Gründungsmitglied der Bundesarbeitsgemeinschaft religiös begründeter Extremismus (BAG RelEx). Seit Februar 2015 wird er im Bundesprogramm „Demokratie leben!“ des Bundesfamilienministeriums gefördert. Für den Ausbau zur Anlaufstelle für Berliner Lehrkräfte ab Januar 2016 sagten Bund und Land € 130.000 zu.</p>
      </section>
      <section>
        <h2>Anerkennung</h2>
        <p>2014 zeichnete das Bündnis für Demokratie und Toleranz die Workshops aus, 2015 erhielt der Verein den Präventionspreis der Landeskommission Berlin gegen Gewalt.</p>
      </section>
      <section>
        <h2>Evaluation?</h2>
        <p>Das Bundesprogramm „Demokratie leben!“ als Ganzes wird wissenschaftlich begleitet und evaluiert. Eine eigene Wirkungsevaluation der Workshops von ufuq.de ist uns nicht bekannt; die Preise sagen etwas über die Anerkennung der Arbeit, nicht über ihre Wirkung.</p>
      </section>"""
    write_text("de/ufuq-wie-wollen-wir-leben.html", html_page(
        "de", "ufuq.de – „Wie wollen wir leben?“: Workshops zu Islam, Identität und Islamismus", "Praxisportal Demokratie & Prävention",
        ["Start", "Projekte", "Themen", "Bundesländer", "Über uns"],
        "Wir verwenden Cookies, um unsere Website zu verbessern. Mit „OK“ stimmen Sie zu.",
        "Sitz: Berlin – Land: Deutschland – Handlungsfeld: Radikalisierungsprävention, Schule",
        body,
        "Praxisportal Demokratie &amp; Prävention · Hohenzollernring 85 · 50672 Köln · redaktion@praxisportal.example · Impressum · Datenschutz",
    ))


# ----------------------------------------------------------------------------- Portuguese


def portuguese() -> None:
    write_text("pt/olho-vivo-cameras-corporais-sp.md", """
---
título: "Programa Olho Vivo: câmeras corporais na Polícia Militar do Estado de São Paulo"
tipo: prática
país: Brasil
estado: São Paulo
promotor: Polícia Militar do Estado de São Paulo (PMESP)
temas: [policiamento, tecnologia, uso da força]
---

# Olho Vivo: câmeras nas fardas para reduzir a letalidade policial

## O que é

O Programa Olho Vivo equipou policiais militares paulistas com câmeras operacionais portáteis presas à farda. Ao contrário de outros modelos, as câmeras gravam o turno inteiro sem que o policial precise acioná-las, e o arquivo pode ser recuperado pelo comando para analisar uma ocorrência.

## Linha do tempo

- **2020** – o governo estadual lança o programa, compra os equipamentos e define os protocolos.
- **junho de 2021** – as primeiras câmeras entram em uso nas ruas, em 18 batalhões escolhidos entre os que tinham registrado mais mortes em intervenções policiais.
- **2022** – expansão para outros batalhões da capital e da região metropolitana; o estado tem ao todo 131 batalhões.

## Por que foi criado

São Paulo registrava mais de duzentas mortes por ano decorrentes de intervenção policial. O programa fez parte de um esforço mais amplo do comando da PM para controlar o uso da força, aumentar a transparência e proteger também os próprios policiais contra acusações falsas.

## Avaliação

O Centro de Ciência Aplicada à Segurança Pública da Fundação Getulio Vargas (FGV) avaliou o impacto do programa a pedido do governo estadual. Os pesquisadores compararam as áreas dos batalhões que receberam câmeras com áreas de batalhões semelhantes que ainda não as tinham, antes e depois da implantação. Nas áreas tratadas, as mortes decorrentes de intervenção policial caíram 57 % e as lesões corporais causadas por policiais 63 %; os registros de violência doméstica e de pequenos delitos aumentaram, sinal de menor subnotificação. A produtividade (prisões em flagrante, apreensões) não diminuiu.

Um artigo de pesquisadores da FGV e do Fórum Brasileiro de Segurança Pública chegou a conclusões parecidas com dados do Ministério Público.

## Pontos de atenção

Em 2023 a nova gestão estadual não renovou o estudo, e o programa deixou de ter uma avaliação externa contínua. O debate sobre a obrigatoriedade das câmeras chegou ao Supremo Tribunal Federal.
""")

    write_yaml("pt/afroreggae-vigario-geral.yaml", {
        "título": "AfroReggae: cultura contra a violência nas favelas do Rio",
        "tipo": "prática",
        "cidade": "Rio de Janeiro",
        "país": "Brasil",
        "início": "21 de janeiro de 1993, com o jornal AfroReggae Notícias",
        "contexto": "Em agosto de 1993, a chacina de Vigário Geral, na zona norte da cidade, deixou 21 moradores "
                    "mortos por policiais encapuzados. O grupo, criado meses antes, decidiu instalar ali o seu "
                    "primeiro núcleo cultural.",
        "o_que_faz": [
            "oficinas de percussão, dança, capoeira, circo e teatro para crianças e jovens das favelas",
            "bandas e espetáculos que levam jovens das comunidades a palcos no Brasil e no exterior",
            "mediação para tirar jovens do tráfico de drogas e encaminhá-los para emprego",
            "diálogo entre moradores, polícia e poder público",
        ],
        "fundador": "José Júnior, coordenador executivo",
        "onde": "Vigário Geral, Parada de Lucas, Cantagalo, Complexo do Alemão e outras comunidades",
        "financiamento": "Patrocínios de empresas, leis de incentivo à cultura, convênios com governos e venda de espetáculos",
        "reconhecimento": "O grupo recebeu prêmios nacionais e internacionais e foi apresentado como modelo em fóruns "
                          "sobre juventude e violência; o método foi levado a outras cidades.",
        "palavras_chave": ["juventude", "favelas", "cultura", "tráfico", "violência policial"],
    })

    body = """      <section>
        <h2>O que é a Lei Maria da Penha?</h2>
        <p>A Lei n.º 11.340, de 7 de agosto de 2006, criou mecanismos para coibir a violência doméstica e familiar contra a mulher. Ela define cinco formas de violência (física, psicológica, sexual, patrimonial e moral), prevê juizados especializados e, sobretudo, medidas protetivas de urgência que o juiz pode conceder em até 48 horas.</p>
      </section>
      <section>
        <h2>Por que tem esse nome?</h2>
        <p>Maria da Penha Maia Fernandes, farmacêutica de Fortaleza, ficou paraplégica em 1983 depois de levar um tiro do marido, que ainda tentou eletrocutá-la. O processo arrastou-se por quase vinte anos. Em 2001 a Comissão Interamericana de Direitos Humanos responsabilizou o Estado brasileiro por negligência, o que pressionou pela aprovação de uma lei específica.</p>
      </section>
      <section>
        <h2>Principais instrumentos</h2>
        <ul>
          <li>Medidas protetivas de urgência: afastamento do agressor do lar, proibição de aproximação e de contato, suspensão do porte de armas.</li>
          <li>Juizados de Violência Doméstica e Familiar contra a Mulher.</li>
          <li>Delegacias especializadas e rede de atendimento: casas-abrigo, centros de referência, Defensoria Pública.</li>
          <li>Programas de reeducação para autores de violência.</li>
        </ul>
      </section>
      <section>
        <h2>Práticas que se apoiam na lei</h2>
        <p>Em vários estados, patrulhas da Polícia Militar ou das guardas municipais visitam mulheres com medidas protetivas para verificar o seu cumprimento, e alguns tribunais usam aplicativos com botão de pânico. A lei foi alterada várias vezes, por exemplo para tornar crime o descumprimento de medida protetiva (2018).</p>
      </section>
      <section>
        <h2>Para saber mais</h2>
        <p>Central de Atendimento à Mulher – Ligue 180 (gratuito, 24 horas).</p>
      </section>"""
    write_text("pt/fs-lei-maria-da-penha.html", html_page(
        "pt", "Lei Maria da Penha: medidas protetivas contra a violência doméstica", "Observatório Lusófono de Segurança Cidadã",
        ["Início", "Fichas temáticas", "Práticas", "Países", "Contactos"],
        "Este sítio utiliza cookies para fins estatísticos. Ao continuar a navegar, aceita a sua utilização.",
        "Ficha temática – País: Brasil – Tema: violência contra as mulheres",
        body,
        "Observatório Lusófono de Segurança Cidadã · Rua do Ouro 120 · 1100-063 Lisboa · geral@olsc.example",
    ))

    write_xlsx(
        "pt/rasi-relatorio-anual-seguranca-interna.xlsx",
        "Ficha",
        [
            ("Título", "Relatório Anual de Segurança Interna (RASI)"),
            ("Tipo de recurso", "Relatório oficial anual"),
            ("País", "Portugal"),
            ("Elaborado por", "Gabinete do Secretário-Geral do Sistema de Segurança Interna, com dados da GNR, PSP, Polícia Judiciária, SEF/AIMA e outras entidades"),
            ("Base legal", "Lei de Segurança Interna (Lei n.º 53/2008, de 29 de agosto): o Governo apresenta o relatório à Assembleia da República até 31 de março de cada ano"),
            ("Periodicidade", "Anual, relativo ao ano civil anterior"),
            ("Conteúdo", "Criminalidade participada (geral e violenta e grave), por tipo de crime e por distrito; violência doméstica; criminalidade grupal e juvenil; segurança rodoviária; terrorismo e radicalização; cooperação internacional; orientações para o ano seguinte"),
            ("Limitações", "Conta apenas os crimes participados às autoridades; não mede a vitimação não declarada nem o sentimento de insegurança"),
            ("Utilidade", "Principal fonte oficial para comparar a evolução da criminalidade registada entre anos e distritos e para preparar contratos locais de segurança"),
            ("Acesso", "Gratuito, publicado em linha no portal do Governo"),
        ],
    )


# ----------------------------------------------------------------------------- Dutch


def dutch() -> None:
    write_pdf(
        "nl/isd-maatregel-veelplegers.pdf",
        "De ISD-maatregel: twee jaar voor zeer actieve veelplegers",
        "Kennisbank Aanpak Veelplegers · factsheet praktijk",
        "Kennisbank Aanpak Veelplegers",
        [
            ("h", "Wat houdt de maatregel in?"),
            ("p", "De rechter kan een meerderjarige veelpleger die steeds opnieuw kleine vermogensdelicten pleegt en "
                  "overlast veroorzaakt, plaatsen in een Inrichting voor Stelselmatige Daders (ISD). De maatregel "
                  "staat in artikel 38m van het Wetboek van Strafrecht en duurt ten hoogste twee jaar. Tijdens het "
                  "verblijf werken justitie, reclassering en gemeente aan behandeling van verslaving, schulden, "
                  "huisvesting en werk, zodat de betrokkene na afloop niet terugvalt."),
            ("h", "Voor wie?"),
            ("p", "Voor zeer actieve veelplegers: volwassenen met meer dan tien processen-verbaal in vijf jaar, van wie "
                  "een korte celstraf steeds opnieuw geen effect heeft. Vaak gaat het om mensen met een "
                  "verslaving en psychische problemen, die winkeldiefstallen, fietsdiefstallen of inbraken in "
                  "auto's plegen."),
            ("h", "Sinds wanneer?"),
            ("p", "De ISD-maatregel trad op 1 oktober 2004 in werking, als opvolger van een eerdere regeling voor "
                  "verslaafde veelplegers. De uitvoering ligt bij de Dienst Justitiële Inrichtingen; gemeenten zorgen "
                  "voor nazorg."),
            ("h", "Wie werken samen?"),
            ("p", "Openbaar Ministerie, rechtspraak, Dienst Justitiële Inrichtingen, reclassering, verslavingszorg en "
                  "de gemeenten, vaak via het Zorg- en Veiligheidshuis in de regio."),
            ("break", None),
            ("h", "Is het effect onderzocht?"),
            ("p", "Ja. Het Wetenschappelijk Onderzoek- en Documentatiecentrum (WODC) onderzocht de effecten "
                  "meermaals, in 2012, 2014 en 2019. De onderzoekers vergeleken ISD'ers met een controlegroep van "
                  "zeer actieve veelplegers die een gewone straf kregen, gematcht op achtergrondkenmerken en "
                  "criminele voorgeschiedenis; in 2014 kwam daar een difference-in-differences-analyse bij. Er was "
                  "geen loting."),
            ("p", "ISD'ers recidiveerden na uitstroom minder vaak en pleegden minder delicten dan de gematchte "
                  "controlegroep. Daarnaast is er een groot insluitingseffect: tijdens de twee jaar binnen worden "
                  "deze delicten niet gepleegd."),
            ("h", "Aandachtspunten"),
            ("p", "De maatregel is duur per plaats en werkt vooral als nazorg (woning, inkomen, behandeling) goed "
                  "geregeld is. Voor jongvolwassen veelplegers liepen vanaf 2017 proeven met een aangepaste aanpak."),
        ],
    )

    write_json("nl/wet-damocles-artikel-13b.json", {
        "titel": "Wet Damocles: de burgemeester sluit drugspanden (artikel 13b Opiumwet)",
        "soort": "praktijk",
        "land": "Nederland",
        "bestuurslaag": "gemeenten (burgemeester)",
        "wettelijke_basis": "artikel 13b Opiumwet; niet te verwarren met de Wet Victoria (artikel 174a Gemeentewet), die sluiting bij verstoring van de openbare orde regelt",
        "sinds": "1999",
        "geschiedenis": [
            "1999: de burgemeester krijgt de bevoegdheid om voor het publiek toegankelijke lokalen te sluiten als daar drugs worden verkocht",
            "1 november 2007: uitbreiding naar woningen en niet voor publiek toegankelijke lokalen; een verstoring van de openbare orde hoeft niet meer te worden aangetoond",
            "1 januari 2019: ook strafbare voorbereidingshandelingen, zoals het voorhanden hebben van grondstoffen voor synthetische drugs, vallen eronder",
        ],
        "werkwijze": "Na een melding of politierapportage over een handelshoeveelheid drugs waarschuwt de burgemeester "
                     "of legt direct een last onder bestuursdwang op, meestal een tijdelijke sluiting van drie, zes of "
                     "twaalf maanden. Veel gemeenten leggen de stappen vast in een Damoclesbeleid om willekeur te "
                     "voorkomen.",
        "partners": ["politie", "Openbaar Ministerie", "woningcorporaties", "RIEC's"],
        "doel": "Drugshandel en de overlast en ondermijning eromheen uit wijken weren en de 'loop' naar een pand doorbreken.",
        "discussie": "Rechters toetsen steeds strenger of sluiting evenredig is, zeker als er kinderen in de woning wonen.",
    })

    write_text("nl/hergo-herstelgericht-groepsoverleg.txt", """
HERGO – herstelgericht groepsoverleg voor minderjarige daders

Bij een HERGO zitten een jongere die een als misdrijf omschreven feit pleegde, zijn ouders en steunfiguren, het slachtoffer met zijn eigen steunfiguren, de advocaat, een politieambtenaar en eventueel de consulent van de sociale dienst samen aan tafel. Een onafhankelijke moderator leidt het gesprek over wat er gebeurd is en wat de gevolgen waren. Daarna trekt de jongere zich met zijn steunfiguren terug en schrijft een intentieverklaring: hoe hij de schade tegenover het slachtoffer en de samenleving herstelt en hoe hij herhaling wil vermijden. De jeugdrechter bekrachtigt die verklaring.

Het model is geïnspireerd op de Nieuw-Zeelandse family group conference. Rond de eeuwwisseling liep in het gerechtelijk arrondissement Leuven een proefproject, met wetenschappelijke begleiding van de onderzoeksgroep jeugdcriminologie van de KU Leuven. De jeugdwet van 2006 verankerde het herstelgericht groepsoverleg wettelijk; sindsdien biedt elke Vlaamse dienst voor herstelgerichte en constructieve afhandeling (HCA) het aan in zijn arrondissement, naast de herstelbemiddeling.

Deelname is vrijwillig, de moderator is meerzijdig partijdig en informatie gaat alleen met instemming van de partijen naar de rechtbank. Het aanbod geldt vooral voor ernstige of herhaalde feiten, wanneer er ernstige aanwijzingen van schuld zijn, de jongere de feiten niet ontkent en er een geïdentificeerd slachtoffer is.

De onderzoekers van de KU Leuven volgden het proefproject op de voet en beschreven hoe de overleggen verliepen en hoe jongeren, slachtoffers en magistraten ze beleefden. Later analyseerde een onderzoekster van de vakgroep Sociale Agogiek van de Universiteit Gent alle HERGO-dossiers van 1 januari 2007 tot 31 december 2010 en sprak met jeugdrechters, parketmagistraten, advocaten en consulenten. Zij stelde vast dat HERGO in Vlaanderen weinig werd toegepast en bracht de knelpunten bij de doorverwijzing in kaart. Geen van beide onderzoeken mat de recidive.

Meer informatie: de HCA-dienst in uw arrondissement of de jeugdrechtbank.
""")

    write_yaml("nl/id-lokale-politie-antwerpen.yaml", {
        "naam": "Lokale Politie Antwerpen (politiezone Antwerpen)",
        "soort_organisatie": "lokale politiezone",
        "stad": "Antwerpen",
        "land": "België",
        "grondgebied": "de stad Antwerpen met haar districten, onder meer Antwerpen-centrum, Berchem, Borgerhout, "
                       "Deurne, Ekeren, Hoboken, Merksem en Wilrijk",
        "gezag": "de burgemeester voor de bestuurlijke politie, het parket voor de gerechtelijke politie",
        "wettelijk_kader": "wet van 7 december 1998 tot organisatie van een geïntegreerde politiedienst, "
                           "gestructureerd op twee niveaus (federale en lokale politie)",
        "hoofdkantoor": "Oudaan, Antwerpen",
        "noodnummer": "101 (politie), 112 (Europees noodnummer)",
        "opdrachten": [
            "wijkwerking met wijkinspecteurs per district",
            "interventie, onthaal en slachtofferbejegening",
            "verkeer en handhaving bij evenementen",
            "lokale recherche, onder meer naar drugshandel rond de haven",
        ],
        "samenwerking": ["Stad Antwerpen", "federale politie", "parket Antwerpen", "havenbedrijf"],
        "zonale_veiligheidsraad": "burgemeester, procureur des Konings, korpschef en directeur-coördinator van de federale politie",
    })


# ----------------------------------------------------------------------------- truth


def fact(title, language, kind, country, city, aliases, start, end, budget, evaluated, ekind,
         evidence, themes, partners, funding, notes):
    eur, amount, currency = budget if budget else (None, None, None)
    return {
        "title": title, "language": language, "kind": kind, "country": country, "city": city,
        "city_aliases": aliases, "start_year": start, "end_year": end, "budget_eur": eur,
        "budget_amount": amount, "budget_currency": currency, "evaluated": evaluated,
        "evaluation_kind": ekind, "evidence": evidence, "themes": themes, "partners": partners,
        "funding": funding, "notes": notes,
    }


TRUTH = {
    "sheets/en/becoming-a-man-chicago.pdf": fact(
        "Becoming a Man (BAM): group therapy for teenage boys in Chicago schools", "en", "practice",
        "US", "Chicago", [], 2001, None, None, True, "scientific", "experimental",
        ["youth", "schools"], ["Youth Guidance", "Chicago Public Schools", "University of Chicago Crime Lab"],
        "public and philanthropic funders",
        "non-European; two RCTs (2009-10, 2013-15) = experimental; Youth Guidance's founding year 1924 and trial years are distractors, start is the first groups in 2001; 'about a thousand dollars per participant' is a unit cost, not a budget; Austin and Englewood are Chicago neighbourhoods, Austin also a Texas city"),
    "sheets/en/restorative-cautioning-thames-valley.docx": fact(
        "Restorative cautioning in the Thames Valley", "en", "practice",
        "GB", None, [], 1998, None, None, True, "external", "descriptive",
        ["policing", "mediation", "youth", "victims"], ["Thames Valley Police", "University of Oxford Centre for Criminological Research", "Joseph Rowntree Foundation"],
        None,
        "force-wide practice, so no city: Aylesbury is the pilot site and Wagga Wagga (Australia) the origin of the script; the Aylesbury pilot has no year ('mid-1990s'), so the force-wide start in April 1998 is taken; 1994 seminar and the 2000 reprimands/final warnings are distractors; Oxford study observed sessions and interviews, 'did not compare reoffending with a control group' = external, descriptive"),
    "sheets/en/operation-trident-london.md": fact(
        "Operation Trident: a police command against gun crime in London's black communities", "en", "practice",
        "GB", "London", [], 1998, None, None, False, "none", "none",
        ["policing", "organised_crime", "drugs"], ["Metropolitan Police", "Trident Independent Advisory Group", "Crimestoppers"],
        None,
        "city only in prose (boroughs Lambeth and Brent, 'the capital', London); March 1998 start vs 2000 relaunch, 2004 Trafalgar, 2012 Gang Crime Command; 160 and 300 officers are staff counts; Crimestoppers 0800 555 111 is a phone number; explicit 'no formal evaluation has been published' = none; 3,459 gun crimes in 2007 are statistics about the problem, not an evaluation"),
    "sheets/en/crime-survey-england-wales.xlsx": fact(
        "Crime Survey for England and Wales (CSEW)", "en", "resource",
        "GB", None, [], 1982, None, None, None, None, None,
        ["victims", "property_crime", "evaluation"], ["Office for National Statistics", "Home Office"],
        None,
        "a survey (resource), xlsx with a header row and one record; first survey 1982 (British Crime Survey), renamed 2012, continuous since 2001, children since 2009: start is 1982"),
    "sheets/fr/ville-vie-vacances.txt": fact(
        "Ville Vie Vacances : des vacances encadrées pour les jeunes des quartiers prioritaires", "fr", "practice",
        "FR", None, [], 1982, None, (9000000, 9000000, "EUR"), True, "internal", "descriptive",
        ["youth", "sport", "local_governance"], ["préfectures", "communes", "caisses d'allocations familiales", "conseils départementaux", "Acsé / ANCT"],
        "État (loi de finances) et collectivités",
        "no headings at all; national programme: Vénissieux, Minguettes and Lyon are where the 1981 events happened, not the practice's city; 1981 riots vs start in summer 1982; budget: 9 M€ in the 2015 finance law (per year) is taken, the 92 millions de francs of 1999 is an older figure; 70 %/38 %/28 % are shares; national agency's yearly quantitative and qualitative bilan = internal, descriptive ('aucune étude n'a mesuré l'effet')"),
    "sheets/fr/quai-9-geneve.html": fact(
        "Quai 9 : un local de consommation à moindre risque près de la gare", "fr", "practice",
        "CH", "Genève", ["Geneva", "Genf"], 2001, None, None, True, "internal", "descriptive",
        ["drugs", "public_spaces"], ["Première ligne", "Groupe sida Genève"],
        "État de Genève (canton)",
        "meta line 'Ville : Genève – Pays : Suisse', footer address in Lausanne; trial opening December 2001 vs permanent 2004: the pilot counts as the start (2001); Berne, Zurich, Bâle, Bienne are other cities; 2009 inhalation room is a later step; the association's yearly activity report (729 people, 900 care acts) = internal, descriptive, with an explicit 'ne mesurent pas l'effet'"),
    "sheets/fr/fs-prevention-specialisee.md": fact(
        "La prévention spécialisée : les éducateurs de rue", "fr", "fact_sheet",
        "FR", None, [], None, None, None, None, None, None,
        ["youth", "public_spaces", "local_governance"], [],
        "départements",
        "fact sheet with French front-matter keys; arrêté du 4 juillet 1972 recognises an older practice (post-war clubs), so no start year; the two laws of 5 March 2007 are distractors"),
    "sheets/fr/id-bravvo-bruxelles.docx": fact(
        "Bravvo – le service de prévention de la Ville de Bruxelles", "fr", "id_sheet",
        "BE", "Bruxelles", ["Brussels", "Brussel"], 2004, None, None, None, None, None,
        ["local_governance", "public_spaces", "mediation", "youth"], ["Ville de Bruxelles", "CPAS", "Samu social", "zone de police"],
        "Ville de Bruxelles, subsides régionaux et fédéraux",
        "ID sheet of a city prevention service (asbl); created 2004; Laeken, Neder-Over-Heembeek and the Pentagone are parts of the City of Brussels, not cities; 240 field workers is a staff count; 02 279 65 70 and the street number are contact data"),
    "sheets/es/cultura-ciudadana-bogota.html": fact(
        "Cultura ciudadana: mimos, tarjetas y normas sociales contra la violencia", "es", "practice",
        "CO", "Bogotá", ["Bogota"], 1995, None, None, True, "internal", "outcome",
        ["public_spaces", "local_governance"], ["Instituto Distrital de Cultura y Turismo", "Observatorio de Cultura Urbana"],
        "Alcaldía Mayor de Bogotá",
        "non-European; meta line 'Ciudad: Bogotá D.C.', footer address in Medellín; start 1995 (first term), 2001-2003 second term is not an end; homicide fall reported by the city itself and surveys by the city's own observatory (trap: a research unit of the promoter) = internal, evidence outcome; 'no hubo un estudio externo con grupo de comparación' keeps it internal; 80 and 20 per 100,000 are rates"),
    "sheets/es/dispositivos-telematicos-alejamiento.json": fact(
        "Dispositivos telemáticos de control de las órdenes de alejamiento en violencia de género", "es", "practice",
        "ES", None, [], 2009, None, (40000000, 40000000, "EUR"), True, "external", "descriptive",
        ["gender_violence", "technology", "victims"], ["Ministerio de Igualdad", "Centro Cometa", "juzgados de violencia sobre la mujer", "Policía Nacional", "Guardia Civil"],
        "Gobierno de España (Ministerio de Igualdad)",
        "JSON with Spanish keys; national, no city; July 2009 start; 'más de 40 millones de euros' is the 2024 renewal contract, taken as the budget as the sheet gives it; 4,500 devices, LO 10/2022 and March 2024 are distractors; University of Málaga study based on interviews, no reoffending measure and no comparison = external, descriptive"),
    "sheets/es/fs-programas-intercambio-jeringuillas.txt": fact(
        "Programas de intercambio de jeringuillas (PIJ) en España", "es", "fact_sheet",
        "ES", None, [], None, None, None, None, None, None,
        ["drugs"], [],
        None,
        "fact sheet with numbered headings; 1985 (Plan Nacional sobre Drogas) and LO 1/1979 are distractors, no start year of the practice"),
    "sheets/es/mascarilla-19-canarias.yaml": fact(
        "Mascarilla-19: pedir ayuda en la farmacia frente a la violencia de género", "es", "practice",
        "ES", None, [], 2020, None, None, None, None, None,
        ["gender_violence", "victims", "crisis_management"], ["Instituto Canario de Igualdad", "Colegio Oficial de Farmacéuticos de Las Palmas", "Colegio Oficial de Farmacéuticos de Santa Cruz de Tenerife", "1-1-2 Canarias"],
        "Gobierno de Canarias",
        "YAML with Spanish keys; regional (Canary Islands), no city: Las Palmas and Santa Cruz de Tenerife appear only in the pharmacists' colleges' names; March 2020 start vs 2021 protocol; 770 pharmacies is a size count; presentation at conferences, awards and copying by other regions and France are not an evaluation (null)"),
    "sheets/it/carcere-bollate.docx": fact(
        "Il carcere di Bollate: celle aperte, lavoro e meno recidiva", "it", "practice",
        "IT", "Bollate", [], 2000, None, None, True, "scientific", "quasi_experimental",
        ["reintegration"], ["Dipartimento dell'Amministrazione Penitenziaria", "Einaudi Institute for Economics and Finance", "cooperative sociali"],
        "Ministero della Giustizia",
        "city is the municipality Bollate although the institution is named 'Milano-Bollate' and the sheet says 15 km from Milan; opened end of 2000; law 354/1975, art. 27 Constitution, 1,260 places and 1,400 detainees are distractors; EIEF study comparing similar detainees who spent more or less time there thanks to overcrowding transfers, 'non è randomizzato ma imita un esperimento' = quasi_experimental; the 2015 round table is not the evaluation"),
    "sheets/it/strade-sicure.yaml": fact(
        "Operazione Strade sicure: militari nelle città accanto alle forze di polizia", "it", "practice",
        "IT", None, [], 2008, None, None, False, "none", "none",
        ["policing", "public_spaces", "terrorism"], ["Ministero della Difesa", "Ministero dell'Interno", "prefetti", "forze di polizia"],
        "Stato",
        "YAML with Italian keys; national; law numbers 92/2008, 125/2008, 121/1981 and 3,000/7,000 soldiers are distractors; start 4 August 2008; L'Aquila 2009, Expo 2015 Milano, Roma are extensions, not the city; 'non ci risulta alcuna valutazione indipendente' with only counts of checks = none"),
    "sheets/it/fs-mediazione-penale-minorile.pdf": fact(
        "La mediazione penale minorile in Italia", "it", "fact_sheet",
        "IT", None, [], None, None, None, None, None, None,
        ["mediation", "youth", "victims"], [],
        None,
        "fact sheet, two-page pdf; DPR 448/1988 (arts. 9, 27, 28) and d.lgs. 150/2022 are law numbers; 'dagli anni Novanta' gives no start year"),
    "sheets/it/telefono-azzurro.json": fact(
        "Telefono Azzurro: una linea di ascolto per bambini e adolescenti", "it", "practice",
        "IT", None, [], 1987, None, None, True, "internal", "descriptive",
        ["youth", "victims"], [],
        "donazioni private, raccolte fondi, convenzioni con enti pubblici",
        "JSON with Italian keys; national helpline founded in Bologna (a seat, not the practice's city); founded 8 June 1987, 1990 free line, 2003 (114) and 2009 (116 000) later services; 051 222525, 1.96.96, 114, 116 000 are phone numbers; 30 lines and 40 operators are counts; yearly dossier of contacts = internal, descriptive"),
    "sheets/de/pro-kind-hausbesuche.pdf": fact(
        "Pro Kind: Hausbesuche für junge Mütter in belasteten Lebenslagen", "de", "practice",
        "DE", None, [], 2006, 2012, None, True, "scientific", "experimental",
        ["youth", "victims"], ["Kriminologisches Forschungsinstitut Niedersachsen", "Universität Rostock", "Leibniz Universität Hannover", "Stiftung Pro Kind"],
        "TUI-Stiftung, Dürr-Stiftung, Günter-Reimann-Dubbers-Stiftung, BMFSFJ, Sozialministerium Sachsen",
        "model project in three Länder, no city (KFN in Hannover, Denver for the US model); April 2006 to end 2012; 755/394/361 are sample sizes; RCT 'per Los' = experimental; the CTC rating is a classification, not a second evaluation"),
    "sheets/de/wegweiser-nrw.xlsx": fact(
        "Wegweiser – gemeinsam gegen gewaltbereiten Salafismus", "de", "practice",
        "DE", None, [], 2014, None, None, True, "internal", "outcome",
        ["radicalisation", "youth"], ["Ministerium des Innern NRW", "Verfassungsschutz NRW", "Arbeiterwohlfahrt"],
        "Land Nordrhein-Westfalen",
        "field/value xlsx; Land programme, no city (Düsseldorf, Bochum, Bonn, Wuppertal … are counselling sites); 11,000 counselling sessions and 1,800 events are counts; ministry's own case documentation reporting 80-90 % positive course (an outcome) with 'eine unabhängige Wirkungsevaluation liegt nicht vor' = internal, evidence outcome"),
    "sheets/de/nummer-gegen-kummer.txt": fact(
        "Nummer gegen Kummer – das Kinder- und Jugendtelefon", "de", "practice",
        "DE", None, [], 1980, None, None, True, "internal", "descriptive",
        ["youth", "victims"], ["Deutscher Kinderschutzbund", "Arbeiterwohlfahrt", "Diakonie"],
        "Spenden, Eigenmittel der Träger, Bundesfamilienministerium",
        "nationwide helpline; Wuppertal is the seat of the umbrella association, not the city; 116 111 and 0800 111 0 550 are phone numbers; 2008 EU number is later; yearly statistics (120,271 sessions in 2023) = internal, descriptive, 'eine Wirkungsmessung ist sie nicht'; unusual headings ('Kurz gesagt', 'Was wird dokumentiert?')"),
    "sheets/de/ufuq-wie-wollen-wir-leben.html": fact(
        "ufuq.de – „Wie wollen wir leben?“: Workshops zu Islam, Identität und Islamismus", "de", "practice",
        "DE", None, [], 2007, None, (130000, 130000, "EUR"), False, "none", "none",
        ["radicalisation", "schools", "youth", "discrimination"], ["BAG RelEx"],
        "Bundesprogramm Demokratie leben! (BMFSFJ), Land Berlin",
        "meta line 'Sitz: Berlin' and a branch in Augsburg, footer address in Köln: nationwide association, no city; founded 2007, funding since 2015 and awards 2014/2015 are distractors; € 130.000 for the 2016 extension is the only amount given; trap: the umbrella programme Demokratie leben! is evaluated, this project is not ('Wirkungsevaluation ... ist uns nicht bekannt') = none; awards are not an evaluation"),
    "sheets/pt/olho-vivo-cameras-corporais-sp.md": fact(
        "Programa Olho Vivo: câmeras corporais na Polícia Militar do Estado de São Paulo", "pt", "practice",
        "BR", None, [], 2021, None, None, True, "scientific", "quasi_experimental",
        ["policing", "technology"], ["Polícia Militar do Estado de São Paulo", "Fundação Getulio Vargas (CCAS)", "Fórum Brasileiro de Segurança Pública"],
        "Governo do Estado de São Paulo",
        "Portuguese front matter; a state programme: 'São Paulo' is the state (and its capital), so no city; launched (purchase, protocols) 2020 but first cameras on the street June 2021: 2021 taken as the start of the practice itself; 18 and 131 battalions are counts; FGV compared treated with similar untreated battalion areas before and after = quasi_experimental; 57 %/63 % are effects, not budgets; the 2023 non-renewal does not undo the evaluation"),
    "sheets/pt/afroreggae-vigario-geral.yaml": fact(
        "AfroReggae: cultura contra a violência nas favelas do Rio", "pt", "practice",
        "BR", "Rio de Janeiro", ["Rio"], 1993, None, None, None, None, None,
        ["youth", "organised_crime"], [],
        "patrocínios, leis de incentivo à cultura, convênios com governos",
        "YAML with Portuguese keys; founded 21 January 1993, Vigário Geral massacre August 1993 (an event of the same year, 21 dead is a count); Vigário Geral, Parada de Lucas, Cantagalo are favelas of Rio, not cities; awards and being a model are not an evaluation (null)"),
    "sheets/pt/fs-lei-maria-da-penha.html": fact(
        "Lei Maria da Penha: medidas protetivas contra a violência doméstica", "pt", "fact_sheet",
        "BR", None, [], 2006, None, None, None, None, None,
        ["gender_violence", "victims"], [],
        None,
        "fact sheet (html, footer address in Lisbon); start is the law of 7 August 2006 (Lei 11.340); 1983 attack, 2001 IACHR report, 2018 amendment, 48 hours and Ligue 180 are distractors; Fortaleza is Maria da Penha's home town, not the sheet's city"),
    "sheets/pt/rasi-relatorio-anual-seguranca-interna.xlsx": fact(
        "Relatório Anual de Segurança Interna (RASI)", "pt", "resource",
        "PT", None, [], None, None, None, None, None, None,
        ["evaluation", "policing"], ["Sistema de Segurança Interna", "GNR", "PSP", "Polícia Judiciária"],
        None,
        "a report (resource), field/value xlsx; Lei 53/2008 and '31 de março' are a law number and a deadline, not a start year"),
    "sheets/nl/isd-maatregel-veelplegers.pdf": fact(
        "De ISD-maatregel: twee jaar voor zeer actieve veelplegers", "nl", "practice",
        "NL", None, [], 2004, None, None, True, "scientific", "quasi_experimental",
        ["reintegration", "property_crime", "drugs"], ["Openbaar Ministerie", "Dienst Justitiële Inrichtingen", "reclassering", "gemeenten", "WODC"],
        None,
        "national measure; in force 1 October 2004; art. 38m Sr, two years, ten police reports in five years are distractors; WODC studies 2012/2014/2019 with a matched control group and difference-in-differences, 'er was geen loting' = quasi_experimental; 2017 pilots are a later variant"),
    "sheets/nl/wet-damocles-artikel-13b.json": fact(
        "Wet Damocles: de burgemeester sluit drugspanden (artikel 13b Opiumwet)", "nl", "practice",
        "NL", None, [], 1999, None, None, None, None, None,
        ["drugs", "organised_crime", "local_governance"], ["politie", "Openbaar Ministerie", "woningcorporaties", "RIEC's"],
        None,
        "JSON with Dutch keys; a mayoral power in all municipalities, no city; 1999 start vs 2007 and 2019 extensions; art. 13b Opiumwet and art. 174a Gemeentewet are law numbers; 3/6/12 months are closure terms; nothing on evaluation (null)"),
    "sheets/nl/hergo-herstelgericht-groepsoverleg.txt": fact(
        "HERGO – herstelgericht groepsoverleg voor minderjarige daders", "nl", "practice",
        "BE", None, [], None, None, None, True, "external", "descriptive",
        ["mediation", "youth", "victims"], ["KU Leuven", "Universiteit Gent", "HCA-diensten", "jeugdrechtbanken"],
        None,
        "Flemish/Belgian practice, no city (Leuven is the pilot arrondissement, Gent a university); pilot only 'rond de eeuwwisseling' so start_year null, 2006 is the law that anchored it (not the start); 2007-2010 is the period of the dossiers analysed; university researchers (KU Leuven, UGent) describing the process, 'geen van beide onderzoeken mat de recidive' = external, descriptive; almost no headings"),
    "sheets/nl/id-lokale-politie-antwerpen.yaml": fact(
        "Lokale Politie Antwerpen (politiezone Antwerpen)", "nl", "id_sheet",
        "BE", "Antwerpen", ["Antwerp", "Anvers"], None, None, None, None, None, None,
        ["policing"], ["Stad Antwerpen", "federale politie", "parket Antwerpen", "havenbedrijf"],
        None,
        "ID sheet of a city police force; the law of 7 December 1998 is the police reform, not a founding year of the zone (none given); Berchem, Borgerhout, Deurne, Hoboken … are districts of Antwerp; 101 and 112 are phone numbers"),
}


def main() -> None:
    if SHEETS.exists():
        shutil.rmtree(SHEETS)
    english()
    french()
    spanish()
    italian()
    german()
    portuguese()
    dutch()
    files = sorted(p.relative_to(HERE).as_posix() for p in SHEETS.rglob("*") if p.is_file())
    missing = sorted(set(TRUTH) ^ set(files))
    if missing:
        raise SystemExit(f"truth and sheets differ: {missing}")
    (HERE / "truth.json").write_text(
        json.dumps({"sheets": TRUTH}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(files)} sheets written")


if __name__ == "__main__":
    main()
