"""Generate the DOCX and PDF sample sheets of the practice corpus.

The sample corpus in ``data/practices/<lang>/`` is mostly Markdown; this
script adds real Word and PDF files so that the readers for those formats
are exercised on realistic documents. It holds the text of eight practice
sheets (distinct from the Markdown ones) and writes:

* DOCX (python-docx):
  - ``en/secured-by-design.docx``      Title + Heading 1/2 styles
  - ``it/friends-against-scams-it.docx`` Title + Heading 1 styles
  - ``fr/clspd-conseil-local.docx``    bold paragraphs used as headings
  - ``es/proyecto-esperanza-madrid.docx`` two-column field | value table
* PDF (fpdf2, text PDFs with a running header, a footer and page numbers):
  - ``en/marac-domestic-abuse.pdf``    several pages
  - ``it/assistenti-prevenzione-cechia.pdf``
  - ``fr/operation-tranquillite-vacances.pdf``
  - ``es/niebieska-karta-polonia.pdf``

PDF generation uses ``fpdf2`` (``pip install fpdf2`` into /work/venv; it is
not a runtime dependency of the package, only of this script). reportlab is
not used. When the DejaVu Sans TrueType font is available it is embedded
(subset) so that every character prints; otherwise the core Helvetica font
is used and text is folded to Latin-1.

Usage::

    /work/venv/bin/python scripts/make_sample_formats.py [--out data/practices]

The output is deterministic apart from the creation dates that the two
libraries write into the files' metadata.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[1]
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@dataclass
class Sheet:
    id: str
    lang: str
    title: str
    fields: list[tuple[str, str]]  # label/value pairs shown before the sections
    summary: str
    sections: list[tuple[str, str]]  # (heading, body); body: paragraphs, "- " bullets
    subsections: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


# --------------------------------------------------------------------------
# Sheet texts
# --------------------------------------------------------------------------

SECURED_BY_DESIGN = Sheet(
    id="secured-by-design",
    lang="en",
    title="Secured by Design – designing out crime in new housing",
    fields=[
        ("City", "Nationwide (England, Wales, Scotland and Northern Ireland)"),
        ("Country", "United Kingdom"),
        ("Themes", "urban design, property crime, policing"),
        (
            "Lead organisation",
            "Police Crime Prevention Initiatives, on behalf of the UK police service",
        ),
    ],
    summary=(
        "Secured by Design (SBD) is the official police security initiative in the "
        "United Kingdom. Since 1989 it has worked to design out crime in new and "
        "refurbished buildings, above all housing, by combining principles of "
        "environmental design with minimum security standards for doors, windows, "
        "locks and other products. Police Designing Out Crime Officers advise planners, "
        "architects and developers, and developments that follow the guidance can "
        "receive an SBD award."
    ),
    sections=[
        (
            "Background",
            "Research on burglary in the 1970s and 1980s showed that many break-ins were "
            "opportunistic and used weak doors and windows, unlit paths and rear access "
            "routes that nobody could see. Ideas such as 'defensible space' and crime "
            "prevention through environmental design suggested that the layout of an "
            "estate could make crime easier or harder. The police service decided to "
            "bring these ideas to builders at the design stage, when changes cost little.",
        ),
        (
            "Objectives",
            "- reduce burglary and other crime in new and refurbished developments;\n"
            "- reduce the fear of crime and improve quality of life for residents;\n"
            "- make security part of good design rather than an afterthought;\n"
            "- raise the standard of security products on the market.",
        ),
        ("How it works", ""),
        (
            "Evaluation",
            "Several studies comparing SBD and non-SBD housing, starting with research in "
            "West Yorkshire by Rachel Armitage, have found lower burglary rates and lower "
            "levels of criminal damage on SBD developments, although the size of the "
            "difference varies between studies and areas. Residents of SBD homes have "
            "also reported feeling safer.",
        ),
        (
            "Lessons",
            "- Early involvement in the planning process is decisive.\n"
            "- Layout matters as much as locks: overlooked streets and limited rear access "
            "prevent crime without fortifying homes.\n"
            "- Tested product standards give developers a simple, verifiable requirement.",
        ),
    ],
    subsections={
        "How it works": [
            (
                "Design guides",
                "SBD publishes design guides for homes, commercial premises, schools, "
                "hospitals and other buildings. They cover layout (natural surveillance, "
                "limited through-routes, defensible private space), lighting, boundaries, "
                "parking, landscaping and the physical security of the building.",
            ),
            (
                "Police Preferred Specification",
                "Products such as doors, windows, locks and bicycle stands that have been "
                "independently tested and certified to recognised security standards can "
                "carry the 'Police Preferred Specification' mark.",
            ),
            (
                "Designing Out Crime Officers",
                "Specialist police officers and staff in each force comment on planning "
                "applications and advise developers, so that security is considered "
                "before a development is built.",
            ),
        ]
    },
)

FRIENDS_AGAINST_SCAMS = Sheet(
    id="friends-against-scams-it",
    lang="it",
    title="Friends Against Scams – comunità contro le truffe agli anziani",
    fields=[
        ("Paese", "Regno Unito"),
        ("Temi", "anziani, vittime, formazione"),
        ("Promotore", "National Trading Standards Scams Team"),
    ],
    summary=(
        "Friends Against Scams è un'iniziativa del National Trading Standards Scams "
        "Team del Regno Unito, avviata nel 2016, che mira a proteggere le persone, in "
        "particolare gli anziani e le persone vulnerabili, dalle truffe postali, "
        "telefoniche, online e porta a porta. L'idea è semplice: chiunque può "
        "diventare un 'Friend' seguendo una breve sessione di sensibilizzazione, e "
        "ogni persona informata può riconoscere una truffa, parlarne con chi le sta "
        "intorno e segnalarla."
    ),
    sections=[
        (
            "Contesto",
            "Le truffe colpiscono in modo sproporzionato le persone anziane, spesso sole, "
            "che ricevono lettere di falsi concorsi, telefonate di falsi funzionari "
            "bancari o visite di falsi tecnici. Le vittime provano vergogna e raramente "
            "denunciano; i danni economici e psicologici possono essere molto gravi. I "
            "servizi di tutela dei consumatori (Trading Standards) non possono "
            "raggiungere da soli tutte le persone a rischio.",
        ),
        (
            "Obiettivi",
            "- far conoscere le truffe più diffuse e i segnali di allarme;\n"
            "- incoraggiare le persone a parlarne senza vergogna;\n"
            "- creare comunità e organizzazioni attente ai vicini vulnerabili;\n"
            "- aumentare le segnalazioni alle autorità.",
        ),
        (
            "Attività",
            "- Sessioni di sensibilizzazione, in presenza e online, aperte a tutti, dopo "
            "le quali si diventa 'Friend'.\n"
            "- SCAMchampions: persone e volontari che organizzano sessioni nella propria "
            "comunità.\n"
            "- Scam Marshals: persone che sono state bersaglio di truffe postali e che "
            "inviano al team il materiale ricevuto, aiutando le indagini.\n"
            "- Coinvolgimento di banche, servizi sociali, associazioni e aziende, che "
            "formano il proprio personale.",
        ),
        (
            "Partner",
            "Servizi locali di Trading Standards, polizia, banche, associazioni per "
            "anziani e organizzazioni di volontariato.",
        ),
        (
            "Elementi trasferibili",
            "Il modello si presta a essere adattato ad altri Paesi: una formazione breve "
            "e gratuita, un'identità riconoscibile e il coinvolgimento delle stesse "
            "persone anziane come ambasciatori. In Italia iniziative di prevenzione delle "
            "truffe agli anziani sono promosse da forze dell'ordine, comuni e "
            "associazioni, spesso con incontri nei centri anziani e nelle parrocchie.",
        ),
    ],
)

CLSPD = Sheet(
    id="clspd-conseil-local",
    lang="fr",
    title="Le conseil local de sécurité et de prévention de la délinquance (CLSPD)",
    fields=[
        ("Pays", "France"),
        ("Thématiques", "gouvernance locale, prévention, partenariat"),
        (
            "Cadre",
            "Décret du 17 juillet 2002 ; "
            "loi du 5 mars 2007 relative à la prévention de la délinquance",
        ),
    ],
    summary=(
        "Le conseil local de sécurité et de prévention de la délinquance (CLSPD) est "
        "l'instance de coordination, présidée par le maire, qui réunit à l'échelle "
        "d'une commune les acteurs de la sécurité et de la prévention : État, justice, "
        "police et gendarmerie, département, bailleurs, transporteurs, associations. "
        "Créé par un décret de 2002, il est devenu obligatoire dans les communes de "
        "plus de 10 000 habitants avec la loi du 5 mars 2007, qui a fait du maire "
        "l'animateur de la politique locale de prévention de la délinquance."
    ),
    sections=[
        (
            "Contexte",
            "Depuis les années 1980, la France a cherché à associer les villes à la "
            "prévention de la délinquance, d'abord avec les conseils communaux de "
            "prévention de la délinquance, puis avec les contrats locaux de sécurité. "
            "Le CLSPD a simplifié ces dispositifs en une instance unique, placée sous "
            "l'autorité du maire.",
        ),
        (
            "Objectifs",
            "- établir un diagnostic partagé de la délinquance sur le territoire ;\n"
            "- définir des priorités communes et une stratégie territoriale de sécurité "
            "et de prévention de la délinquance ;\n"
            "- coordonner les actions des différents partenaires ;\n"
            "- suivre et évaluer les actions engagées.",
        ),
        (
            "Composition",
            "Le CLSPD est présidé par le maire. Il comprend le préfet et le procureur de "
            "la République (ou leurs représentants), le président du conseil "
            "départemental, des représentants des services de l'État et des "
            "associations, des bailleurs sociaux et des entreprises de transport. Une "
            "intercommunalité peut créer un conseil intercommunal (CISPD).",
        ),
        (
            "Fonctionnement",
            "Le conseil se réunit en formation plénière au moins une fois par an et, plus "
            "souvent, en groupes de travail thématiques (tranquillité publique, "
            "prévention de la récidive, violences intrafamiliales, jeunes exposés à la "
            "délinquance). Des groupes opérationnels peuvent échanger des informations "
            "nominatives, dans un cadre de confidentialité défini par la loi, pour suivre "
            "des situations individuelles.",
        ),
        (
            "Financement",
            "Les actions peuvent être soutenues par le Fonds interministériel de "
            "prévention de la délinquance (FIPD), créé par la loi de 2007, en plus des "
            "moyens des collectivités.",
        ),
        (
            "Points d'attention",
            "L'activité des CLSPD est très variable d'une commune à l'autre : certains se "
            "limitent à une réunion annuelle formelle, d'autres animent un vrai travail "
            "partenarial. Un coordonnateur dédié et un diagnostic régulièrement mis à "
            "jour font la différence.",
        ),
    ],
)

PROYECTO_ESPERANZA = Sheet(
    id="proyecto-esperanza-madrid",
    lang="es",
    title="Proyecto Esperanza – apoyo integral a mujeres víctimas de trata",
    fields=[
        ("Ciudad", "Madrid"),
        ("País", "España"),
        ("Temas", "trata de seres humanos, víctimas, violencia de género, migración"),
        ("Entidad", "Proyecto Esperanza – Religiosas Adoratrices"),
    ],
    summary=(
        "Proyecto Esperanza es un programa de la congregación de las Religiosas "
        "Adoratrices, con sede en Madrid, que ofrece apoyo integral a mujeres víctimas "
        "de trata de seres humanos, con independencia del tipo de explotación sufrida "
        "(sexual, laboral, servidumbre doméstica, matrimonios forzados u otras). Combina "
        "la atención directa a las víctimas con la sensibilización y la formación de "
        "profesionales."
    ),
    sections=[
        (
            "Contexto",
            "Las víctimas de trata suelen estar aisladas, endeudadas con sus tratantes, "
            "sin documentación y con miedo a las autoridades. Muchas no se reconocen a "
            "sí mismas como víctimas. Su identificación y su recuperación requieren "
            "servicios especializados y un tiempo que la vía penal por sí sola no ofrece.",
        ),
        (
            "Objetivos",
            "Garantizar a las mujeres víctimas de trata la protección, la recuperación y "
            "el ejercicio de sus derechos; contribuir a la identificación de víctimas; "
            "sensibilizar a la sociedad y a los profesionales.",
        ),
        (
            "Actividades",
            "Atención telefónica de urgencia; acogida en pisos y recursos residenciales "
            "protegidos; asesoramiento jurídico, incluida la información sobre el "
            "periodo de restablecimiento y reflexión y la autorización de residencia; "
            "atención psicológica y sanitaria; formación e inserción laboral; formación "
            "de policías, inspectores de trabajo, profesionales sanitarios y sociales.",
        ),
        (
            "Enfoque",
            "Centrado en los derechos humanos y en la voluntad de la mujer: el apoyo no "
            "depende de que la víctima denuncie o colabore con la policía.",
        ),
        (
            "Colaboraciones",
            "Administraciones públicas, fuerzas y cuerpos de seguridad, otras entidades "
            "especializadas en trata y redes europeas de organizaciones de apoyo.",
        ),
    ],
)

MARAC = Sheet(
    id="marac-domestic-abuse",
    lang="en",
    title="Multi-Agency Risk Assessment Conferences (MARAC) for high-risk domestic abuse",
    fields=[
        ("City", "Cardiff"),
        ("Country", "United Kingdom"),
        ("Themes", "gender-based violence, victims, local governance, policing"),
        ("Support organisation", "SafeLives (formerly CAADA)"),
    ],
    summary=(
        "A Multi-Agency Risk Assessment Conference (MARAC) is a regular local meeting "
        "where police, probation, health, children's services, housing, independent "
        "domestic violence advisers and other agencies share information about victims "
        "of domestic abuse who are at high risk of serious harm or homicide, and agree a "
        "coordinated safety plan for each of them. The first MARAC was set up in Cardiff "
        "in 2003. MARACs now operate across England and Wales and in other parts of the "
        "United Kingdom, supported by the charity SafeLives."
    ),
    sections=[
        (
            "Context",
            "Domestic abuse is one of the most common forms of violence and accounts for a "
            "large share of homicides of women. Victims are often in contact with many "
            "services — police, GPs, hospitals, schools, housing offices — but each sees "
            "only part of the picture. Reviews of domestic homicides repeatedly found "
            "that agencies held pieces of information which, put together, would have "
            "shown the danger. Victims also had to tell their story again and again to "
            "different services.\n\n"
            "In Cardiff, the police, the local authority and voluntary organisations "
            "working on domestic abuse decided to test a structured meeting focused "
            "only on the victims at the highest risk, rather than on all cases.",
        ),
        (
            "Objectives",
            "- protect adult victims at high risk of serious harm or homicide, and their "
            "children;\n"
            "- share relevant information safely between agencies;\n"
            "- agree a coordinated action plan to increase the victim's safety;\n"
            "- manage the behaviour of the perpetrator;\n"
            "- reduce repeat victimisation;\n"
            "- improve agency accountability and support for staff working on cases.",
        ),
        (
            "Identifying high-risk victims",
            "Practitioners in any agency who are in contact with a victim of domestic "
            "abuse use a common risk identification checklist, the DASH (Domestic Abuse, "
            "Stalking and Honour-based violence) checklist. It asks questions about, for "
            "example, whether the abuse is getting worse, whether there have been "
            "threats to kill, strangulation, pregnancy, separation, stalking and access "
            "to weapons. A case is referred to the MARAC when the checklist indicates "
            "high risk, when the professional judges the risk to be high even if the "
            "score is lower, or when abuse keeps escalating.",
        ),
        (
            "The meeting",
            "The MARAC usually meets every two weeks or every month, chaired by a senior "
            "police officer or another senior professional. A coordinator prepares the "
            "list of cases and circulates it to agencies in advance, so that each "
            "agency can check its own records. During the meeting each case is "
            "discussed briefly: the representatives share what is relevant and "
            "proportionate, and agree actions — for instance fitting additional locks, "
            "flagging the address for urgent police response, prioritising a housing "
            "transfer, alerting the school, or arranging for probation to address the "
            "perpetrator's behaviour.\n\n"
            "The victim does not attend. Their voice is represented by an Independent "
            "Domestic Violence Adviser (IDVA), a specialist caseworker who works with "
            "the victim before and after the meeting, helps them understand the plan and "
            "supports them through the criminal and civil justice processes.",
        ),
        (
            "Information sharing",
            "Information is shared under data protection law on the basis that it is "
            "necessary and proportionate to protect a person from serious harm. "
            "Each MARAC has an information-sharing protocol signed by the participating "
            "agencies, and minutes are kept securely. The emphasis is on sharing only "
            "what is relevant to the risk.",
        ),
        (
            "Partners",
            "Police; probation; adult and children's social care; health services "
            "(including GPs, hospitals and mental health services); housing providers; "
            "IDVA services; specialist domestic abuse organisations; substance misuse "
            "services; education services. SafeLives publishes guidance, quality "
            "standards and training for MARAC chairs, coordinators and representatives.",
        ),
        (
            "Evaluation",
            "An early evaluation of the Cardiff MARAC by Amanda Robinson of Cardiff "
            "University found that a large share of the victims discussed reported no "
            "further violence in the months after the meeting, and that agencies valued "
            "the structured exchange. Later studies and reviews have broadly supported "
            "the model while pointing out that its effect depends on the quality of "
            "the actions agreed and on the availability of IDVAs. Some reviews have "
            "raised concerns about the growing number of cases per meeting, which can "
            "reduce the time given to each victim, and about the limited involvement of "
            "some agencies, particularly health services.",
        ),
        (
            "Lessons learned",
            "- Focus is essential: the meeting works because it deals only with "
            "high-risk cases.\n"
            "- The independent adviser keeps the victim at the centre of the process.\n"
            "- A coordinator and a strong chair are needed to keep the meetings "
            "efficient and actions followed up.\n"
            "- Common risk language across agencies (a shared checklist) makes "
            "referrals consistent.\n"
            "- The model is transferable: similar multi-agency risk meetings have been "
            "introduced in other countries.",
        ),
    ],
)

ASSISTENTI_CECHIA = Sheet(
    id="assistenti-prevenzione-cechia",
    lang="it",
    title="Assistenti di prevenzione della criminalità nella Repubblica Ceca",
    fields=[
        ("Paese", "Repubblica Ceca"),
        ("Temi", "mediazione, polizia, discriminazione, spazi pubblici"),
        ("Promotore", "Ministero dell'Interno della Repubblica Ceca, comuni"),
    ],
    summary=(
        "Il programma 'Asistent prevence kriminality' (assistente di prevenzione della "
        "criminalità) del Ministero dell'Interno ceco sostiene i comuni che assumono "
        "persone provenienti da quartieri socialmente esclusi, spesso appartenenti "
        "alla minoranza rom, per lavorare accanto alla polizia municipale. Gli assistenti "
        "non hanno poteri di polizia: sono una presenza di mediazione nel quartiere, "
        "conoscono gli abitanti e contribuiscono a prevenire conflitti e reati."
    ),
    sections=[
        (
            "Contesto",
            "In molte città ceche esistono località socialmente escluse, con "
            "disoccupazione elevata, indebitamento, abitazioni in cattive condizioni e "
            "tensioni con il resto della popolazione. Il rapporto tra gli abitanti e la "
            "polizia è spesso segnato da sfiducia reciproca.",
        ),
        (
            "Obiettivi",
            "- migliorare l'ordine pubblico e la sicurezza nei quartieri esclusi;\n"
            "- costruire un ponte tra polizia municipale e abitanti;\n"
            "- offrire un lavoro stabile a persone del quartiere;\n"
            "- ridurre la discriminazione e i conflitti tra gruppi.",
        ),
        (
            "Attività degli assistenti",
            "Presenza nelle strade e negli spazi pubblici del quartiere; sorveglianza "
            "dei percorsi casa-scuola; segnalazione di problemi (rifiuti, danneggiamenti, "
            "situazioni di pericolo); mediazione nei conflitti di vicinato; informazione "
            "agli abitanti sulle regole locali; collaborazione con i servizi sociali.",
        ),
        (
            "Formazione e organizzazione",
            "Gli assistenti ricevono una formazione iniziale e lavorano sotto la guida "
            "della polizia municipale o di un coordinatore comunale. Il Ministero "
            "dell'Interno sostiene i comuni nell'ambito dei programmi nazionali di "
            "prevenzione della criminalità.",
        ),
        (
            "Valutazione",
            "I comuni e il ministero riferiscono effetti positivi sulla calma nei "
            "quartieri e sulla comunicazione con gli abitanti. Il successo dipende dalla "
            "scelta di persone rispettate nella comunità e dalla stabilità dei contratti.",
        ),
    ],
)

OTV = Sheet(
    id="operation-tranquillite-vacances",
    lang="fr",
    title="Opération Tranquillité Vacances",
    fields=[
        ("Pays", "France"),
        ("Thématiques", "cambriolages, police, personnes âgées"),
        ("Porteurs", "Police nationale, Gendarmerie nationale, polices municipales"),
    ],
    summary=(
        "L'Opération Tranquillité Vacances (OTV) est un service gratuit de la police et "
        "de la gendarmerie nationales : les habitants qui s'absentent de leur domicile "
        "peuvent le signaler, et des patrouilles passent devant leur logement pendant "
        "leur absence. En cas d'anomalie, la personne ou un proche désigné est prévenu. "
        "Longtemps limité aux vacances d'été, le dispositif est aujourd'hui proposé "
        "pour toute absence prolongée, et de nombreuses polices municipales proposent "
        "un service équivalent."
    ),
    sections=[
        (
            "Contexte",
            "Les cambriolages de résidences principales augmentent pendant les périodes "
            "d'absence, et leurs conséquences sont lourdes, en particulier pour les "
            "personnes âgées : perte de biens, sentiment de violation de l'intimité, "
            "peur de rester chez soi.",
        ),
        (
            "Fonctionnement",
            "- L'habitant s'inscrit auprès de son commissariat ou de sa brigade de "
            "gendarmerie, ou par un formulaire en ligne, quelques jours avant son départ.\n"
            "- Il indique ses dates d'absence et une personne à contacter.\n"
            "- Des patrouilles, de jour comme de nuit, passent devant le domicile et "
            "vérifient portes et fenêtres.\n"
            "- En cas de problème, la victime est informée rapidement et peut faire les "
            "démarches nécessaires.",
        ),
        (
            "Conseils associés",
            "Les forces de l'ordre accompagnent l'opération de conseils : faire relever "
            "le courrier, ne pas annoncer son absence sur les réseaux sociaux, ne pas "
            "laisser de clés cachées à l'extérieur, mettre en lieu sûr objets de valeur "
            "et papiers, photographier ses biens de valeur.",
        ),
        (
            "Intérêt",
            "Le dispositif, simple et peu coûteux, rassure les habitants, crée un contact "
            "positif avec la police et permet de cibler les patrouilles. Son effet propre "
            "sur le nombre de cambriolages n'a pas fait l'objet d'une évaluation publiée.",
        ),
    ],
)

NIEBIESKA_KARTA = Sheet(
    id="niebieska-karta-polonia",
    lang="es",
    title="Procedimiento «Tarjeta Azul» (Niebieska Karta) contra la violencia doméstica en Polonia",
    fields=[
        ("País", "Polonia"),
        ("Temas", "violencia de género, víctimas, policía, gobernanza local"),
        ("Marco", "Ley de 29 de julio de 2005 de lucha contra la violencia doméstica"),
    ],
    summary=(
        "La «Tarjeta Azul» (Niebieska Karta) es el procedimiento polaco de actuación "
        "ante situaciones de violencia doméstica. Cuando un policía, un trabajador "
        "social, un profesional sanitario, un docente o un miembro de la comisión "
        "municipal de problemas de alcohol sospecha que existe violencia en una familia, "
        "cumplimenta un formulario que pone en marcha una respuesta coordinada a nivel "
        "municipal, a través de equipos interdisciplinarios."
    ),
    sections=[
        (
            "Contexto",
            "La violencia en el hogar se consideraba durante mucho tiempo un asunto "
            "privado, y las intervenciones policiales se limitaban a calmar la situación "
            "en el momento. El procedimiento nació en la policía y después se "
            "incorporó a la legislación sobre violencia doméstica, que lo extendió a "
            "otros servicios.",
        ),
        (
            "Cómo funciona",
            "1. El profesional que detecta la situación rellena el formulario de la "
            "Tarjeta Azul, con información sobre la víctima, la persona sospechosa y los "
            "hechos, y entrega a la víctima un folleto informativo sobre sus derechos y "
            "los recursos de ayuda.\n"
            "2. El formulario se envía al equipo interdisciplinario del municipio "
            "(gmina), o a un grupo de trabajo formado para el caso.\n"
            "3. El grupo, con representantes de servicios sociales, policía, salud, "
            "educación y otras entidades, se reúne con la víctima y, por separado, con la "
            "persona sospechosa, y elabora un plan de ayuda.\n"
            "4. El procedimiento se cierra cuando cesa la violencia y se ha aplicado el "
            "plan, o cuando se concluye que no hay motivo para actuar.",
        ),
        (
            "Objetivos",
            "Detectar antes la violencia, evitar que la víctima tenga que buscar sola "
            "cada servicio, coordinar la intervención de las instituciones y hacer "
            "responsable a la persona agresora.",
        ),
        (
            "Valoración",
            "El procedimiento ha permitido registrar y seguir muchos más casos y ha "
            "institucionalizado la cooperación entre servicios a nivel local. Las "
            "organizaciones de apoyo a víctimas han señalado problemas de calidad en "
            "algunos municipios (formularios que se rellenan de manera rutinaria, "
            "reuniones formales sin seguimiento real) y la necesidad de formación "
            "especializada de los equipos.",
        ),
    ],
)

DOCX_HEADINGS = [SECURED_BY_DESIGN, FRIENDS_AGAINST_SCAMS]
DOCX_BOLD = [CLSPD]
DOCX_TABLE = [PROYECTO_ESPERANZA]
PDFS = [MARAC, ASSISTENTI_CECHIA, OTV, NIEBIESKA_KARTA]

# Labels used by the table layout and by the PDF running header, per language.
LABELS = {
    "en": {"title": "Title", "summary": "Summary", "header": "Practice sheet", "page": "Page"},
    "fr": {"title": "Titre", "summary": "Résumé", "header": "Fiche pratique", "page": "Page"},
    "es": {
        "title": "Título",
        "summary": "Resumen",
        "header": "Ficha de práctica",
        "page": "Página",
    },
    "it": {"title": "Titolo", "summary": "Sintesi", "header": "Scheda pratica", "page": "Pagina"},
}


# --------------------------------------------------------------------------
# DOCX writers
# --------------------------------------------------------------------------


def _add_body(doc, body: str) -> None:
    for para in body.split("\n\n"):
        lines = para.split("\n")
        if all(line.startswith(("- ", "1.", "2.", "3.", "4.", "5.")) for line in lines):
            for line in lines:
                if line.startswith("- "):
                    doc.add_paragraph(line[2:], style="List Bullet")
                else:
                    doc.add_paragraph(line.split(" ", 1)[1], style="List Number")
        else:
            doc.add_paragraph(para)


def write_docx_headings(sheet: Sheet, path: Path) -> None:
    """Title style for the title, Heading 1 for sections, Heading 2 for subsections."""
    doc = Document()
    doc.core_properties.title = sheet.title
    doc.core_properties.language = sheet.lang
    doc.add_paragraph(sheet.title, style="Title")
    for label, value in sheet.fields:
        p = doc.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)
    doc.add_paragraph(sheet.summary)
    for heading, body in sheet.sections:
        doc.add_heading(heading, level=1)
        if body:
            _add_body(doc, body)
        for sub_heading, sub_body in sheet.subsections.get(heading, []):
            doc.add_heading(sub_heading, level=2)
            _add_body(doc, sub_body)
    doc.save(path)


def write_docx_bold(sheet: Sheet, path: Path) -> None:
    """Only Normal paragraphs: headings are bold runs in their own paragraph."""
    doc = Document()
    doc.core_properties.title = sheet.title
    p = doc.add_paragraph()
    run = p.add_run(sheet.title)
    run.bold = True
    run.font.size = Pt(16)
    for label, value in sheet.fields:
        doc.add_paragraph(f"{label} : {value}")
    doc.add_paragraph(sheet.summary)
    for number, (heading, body) in enumerate(sheet.sections, start=1):
        p = doc.add_paragraph()
        p.add_run(f"{number}. {heading}").bold = True
        for para in body.split("\n\n"):
            for line in para.split("\n"):
                doc.add_paragraph(line)
    doc.save(path)


def write_docx_table(sheet: Sheet, path: Path) -> None:
    """A single two-column table: field | value."""
    labels = LABELS[sheet.lang]
    doc = Document()
    doc.core_properties.title = sheet.title
    rows = [(labels["title"], sheet.title), *sheet.fields, (labels["summary"], sheet.summary)]
    rows += sheet.sections
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    doc.save(path)


# --------------------------------------------------------------------------
# PDF writer
# --------------------------------------------------------------------------


class SheetPDF(FPDF):
    def __init__(self, sheet: Sheet, family: str) -> None:
        super().__init__(format="A4")
        self.sheet = sheet
        self.family = family
        self.labels = LABELS[sheet.lang]
        self.set_margins(22, 25, 22)
        self.set_auto_page_break(auto=True, margin=22)
        self.alias_nb_pages()

    def header(self) -> None:
        self.set_font(self.family, "", 8)
        self.set_text_color(110)
        self.cell(0, 6, f"{self.labels['header']} · {self.sheet.title}", align="L")
        self.ln(10)
        self.set_text_color(0)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font(self.family, "", 8)
        self.set_text_color(110)
        self.cell(0, 8, f"{self.labels['page']} {self.page_no()} / {{nb}}", align="C")
        self.set_text_color(0)


def _fold_latin1(text: str) -> str:
    table = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "·": "-", "…": "..."}
    text = "".join(table.get(ch, ch) for ch in text)
    return text.encode("latin-1", "replace").decode("latin-1")


def write_pdf(sheet: Sheet, path: Path) -> None:
    regular, bold = DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"
    unicode_font = regular.exists() and bold.exists()
    family = "DejaVu" if unicode_font else "Helvetica"
    pdf = SheetPDF(sheet, family)
    if unicode_font:
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
    fix = (lambda s: s) if unicode_font else _fold_latin1
    pdf.set_title(fix(sheet.title))
    pdf.set_lang(sheet.lang)
    pdf.add_page()
    width = pdf.epw
    pdf.set_font(family, "B", 17)
    pdf.multi_cell(width, 8, fix(sheet.title), align="L")
    pdf.ln(3)
    for label, value in sheet.fields:
        pdf.set_font(family, "B", 10)
        pdf.multi_cell(width, 5.5, fix(f"{label}: {value}"), align="L")
    pdf.ln(3)
    pdf.set_font(family, "", 11)
    pdf.multi_cell(width, 6, fix(sheet.summary), align="L")
    for heading, body in sheet.sections:
        pdf.ln(4)
        pdf.set_font(family, "B", 13)
        pdf.multi_cell(width, 7, fix(heading), align="L")
        pdf.ln(1)
        pdf.set_font(family, "", 11)
        for para in body.split("\n\n"):
            for line in para.split("\n"):
                if line.startswith("- "):
                    line = "• " + line[2:] if unicode_font else "- " + line[2:]
                pdf.multi_cell(width, 6, fix(line), align="L")
            pdf.ln(2)
    pdf.output(str(path))


# --------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "practices")
    args = parser.parse_args()
    written: list[Path] = []

    def target(sheet: Sheet, ext: str) -> Path:
        folder = args.out / sheet.lang
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{sheet.id}.{ext}"

    for sheet in DOCX_HEADINGS:
        write_docx_headings(sheet, p := target(sheet, "docx"))
        written.append(p)
    for sheet in DOCX_BOLD:
        write_docx_bold(sheet, p := target(sheet, "docx"))
        written.append(p)
    for sheet in DOCX_TABLE:
        write_docx_table(sheet, p := target(sheet, "docx"))
        written.append(p)
    for sheet in PDFS:
        write_pdf(sheet, p := target(sheet, "pdf"))
        written.append(p)
    for p in written:
        print(f"{p.relative_to(args.out)}\t{p.stat().st_size} bytes")


if __name__ == "__main__":
    main()
