"""Builds the .docx, .pdf and .xlsx sheets of holdout set F (the text is in this script).

Run in a light venv:
  python3 -m venv .venv && . .venv/bin/activate
  pip install -q python-docx==1.2.0 fpdf2==2.8.9 pyyaml openpyxl
  python make_files.py
"""
import os

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def out(path):
    p = os.path.join(HERE, "sheets", path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    return p


def build_docx(path, blocks):
    """blocks: (kind, value); kinds: title, h1, h2, bold (bold paragraph used as
    heading), p, ul, table (list of (field, value))."""
    d = Document()
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "bold":
            para = d.add_paragraph()
            r = para.add_run(val)
            r.bold = True
            r.font.size = Pt(12)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in val:
                cells = t.add_row().cells
                cells[0].text = k
                cells[1].text = v
        else:
            raise ValueError(kind)
    d.save(out(path))


class Sheet(FPDF):
    def __init__(self, header_text, footer_text):
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_text = footer_text
        self.add_font("DejaVu", "", FONT)
        self.add_font("DejaVu", "B", FONT_B)
        self.set_auto_page_break(True, margin=20)

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, self.header_text, align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, f"{self.footer_text} — {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_pdf(path, header_text, footer_text, blocks):
    """blocks: title, h (section heading), p, ul, kv (list of (field, value)), page (new page)."""
    pdf = Sheet(header_text, footer_text)
    pdf.alias_nb_pages()
    pdf.add_page()
    for kind, val in blocks:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(0, 8, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "ul":
            pdf.set_font("DejaVu", "", 10)
            for item in val:
                pdf.multi_cell(0, 5, "•  " + item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "kv":
            for k, v in val:
                pdf.set_font("DejaVu", "B", 9)
                pdf.cell(45, 5, k)
                pdf.set_font("DejaVu", "", 9)
                pdf.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "page":
            pdf.add_page()
        else:
            raise ValueError(kind)
    pdf.output(out(path))
    return pdf.page_no()


# ---------------------------------------------------------------- DOCX sheets

DOCX = {}

DOCX["en/mentors-in-violence-prevention-scotland.docx"] = [
    ("title", "Mentors in Violence Prevention (MVP) in Scottish secondary schools"),
    ("p", "Practice profile – Scotland, United Kingdom – peer education against gender-based violence and bullying"),
    ("h1", "What is the issue?"),
    ("p", "Name-calling, controlling behaviour in teenage relationships, sharing of intimate images and "
          "sexual harassment often happen in front of other pupils who do nothing, because they do not "
          "know how to react safely. MVP starts from those bystanders rather than from potential victims or perpetrators."),
    ("h1", "How the programme works"),
    ("p", "Senior pupils (S5 and S6) volunteer as mentors. After training by school staff, they run sessions "
          "with younger pupils built on short scenarios – a friend being insulted online, a couple arguing in the "
          "corridor, a party where someone is too drunk to consent – and discuss a range of safe options, from "
          "speaking to a teacher to challenging a friend afterwards."),
    ("ul", ["a 'train the trainers' model: school staff and partners are trained first and then train their own mentors;",
            "lessons cover bullying, gender norms, domestic abuse, consent, homophobic language and knife carrying;",
            "the programme is part of the Curriculum for Excellence health and wellbeing work."]),
    ("h2", "Origins"),
    ("p", "MVP was created in the United States in 1993 at Northeastern University's Center for the Study of Sport in "
          "Society. The Scottish Violence Reduction Unit brought it to Scotland: pilots started in 2011 at Portobello "
          "High School in Edinburgh and at the joint campus of St Stephen's and Port Glasgow High in Inverclyde. With "
          "£40,000 from the Scottish Government it was extended to four more schools before a national roll-out; since "
          "2012 Education Scotland has supported it."),
    ("h1", "Partners"),
    ("ul", ["Education Scotland (national coordination and training)",
            "Scottish Violence Reduction Unit",
            "Scottish Government",
            "local authorities and Police Scotland community officers",
            "in some areas Barnardo's, Victim Support and Women's Aid"]),
    ("h1", "Scale"),
    ("p", "All 32 Scottish local authorities are engaged and 29 deliver the programme in more than 130 secondary "
          "schools; by 2020 over 6,000 senior pupils had been trained as mentors."),
    ("h1", "What do the evaluations say?"),
    ("p", "Education Scotland's own evaluations rely on questionnaires: mentors report more confidence, "
          "leadership skills and knowledge of gender-based violence; most younger pupils say MVP helped them recognise "
          "healthy and unhealthy behaviour; staff feel more prepared to intervene. Changes in the number of incidents "
          "were not measured."),
]

DOCX["fr/bataillons-de-la-prevention.docx"] = [
    ("title", "Les « bataillons de la prévention » dans les quartiers prioritaires"),
    ("p", "Fiche pratique – France – politique de la ville"),
    ("h1", "Contexte"),
    ("p", "Au début de l'année 2021, une série de rixes mortelles entre bandes d'adolescents en Île-de-France relance "
          "le débat sur la place de la prévention spécialisée dans les quartiers. Lors du Comité interministériel des "
          "villes réuni à Grigny le 29 janvier 2021, le Premier ministre annonce le renforcement des équipes "
          "d'éducateurs et de médiateurs dans les quartiers qui en ont le plus besoin."),
    ("h1", "Objectifs"),
    ("ul", ["« aller vers » les jeunes de 11 à 25 ans les plus éloignés des institutions ;",
            "les raccrocher à la scolarité, à la formation et à l'emploi ;",
            "prévenir la délinquance, les violences entre jeunes et les affrontements avec les forces de l'ordre ;",
            "assurer une présence humaine dans la rue, y compris le soir et le week-end."]),
    ("h1", "Mise en œuvre"),
    ("h2", "Des moyens humains"),
    ("p", "Le dispositif prévoit 600 professionnels : 300 éducateurs spécialisés et 300 médiateurs sociaux (souvent "
          "sous contrat d'adultes-relais), déployés pour moitié avant le 14 juillet 2021 et pour moitié avant la fin "
          "d'octobre 2021."),
    ("h2", "Quarante-cinq quartiers"),
    ("p", "Les 45 quartiers retenus, répartis dans 28 départements de métropole et d'outre-mer, ont été choisis selon "
          "la taille et la jeunesse de la population, le décrochage scolaire, les difficultés socio-économiques des "
          "familles et les synergies avec les dispositifs de la politique de la ville. Parmi eux : les Grésilles à "
          "Dijon et le Mail à Chenôve, Trappes et Les Mureaux dans les Yvelines, le Petit-Nanterre."),
    ("h2", "Des conventions locales"),
    ("p", "Chaque bataillon fait l'objet d'une convention entre l'État (préfecture) et la collectivité ; à Dijon, les "
          "postes d'éducateurs sont financés pour moitié par le ministère et pour moitié par la métropole, pour un "
          "budget local de près de 630 000 euros."),
    ("h1", "Financement"),
    ("p", "Le ministère chargé de la Ville mobilise 26 millions d'euros de crédits de l'État pour le dispositif."),
    ("h1", "Partenaires"),
    ("ul", ["ministère délégué chargé de la Ville", "préfets et préfètes délégués à l'égalité des chances",
            "départements et communes ou métropoles", "associations de prévention spécialisée et de médiation sociale"]),
    ("h1", "Évaluation"),
    ("p", "La ministre disait attendre les premiers effets « dans deux ou trois ans ». Les professionnels ont salué les "
          "moyens tout en s'interrogeant sur leur pérennité. Aucune évaluation n'est encore disponible."),
]

DOCX["es/id-ertzaintza.docx"] = [
    ("title", "Ficha de identidad: Ertzaintza, la policía del País Vasco"),
    ("p", "Tipo de ficha: cuerpo policial – España (Comunidad Autónoma del País Vasco / Euskadi)"),
    ("table", [
        ("Nombre", "Ertzaintza (Policía Autónoma Vasca)"),
        ("Ámbito territorial", "Comunidad Autónoma del País Vasco: Álava/Araba, Bizkaia y Gipuzkoa"),
        ("Dependencia", "Departamento de Seguridad del Gobierno Vasco"),
        ("Origen", "Un primer cuerpo vasco (Ertzaña) existió en 1936–1937, durante la Guerra Civil. La Ertzaintza actual "
                   "se creó en 1982, al amparo del Estatuto de Autonomía de 1979; la Ley 4/1992 de Policía del País "
                   "Vasco regula hoy el cuerpo."),
        ("Sede central", "Erandio (Bizkaia)"),
        ("Formación", "Academia de Policía y Emergencias del País Vasco, en Arkaute (Álava)"),
        ("Efectivos", "unos 8.000 agentes"),
        ("Competencias", "Policía integral: seguridad ciudadana, orden público, tráfico y seguridad vial, policía "
                         "judicial e investigación criminal. El Estado conserva competencias como fronteras, puertos "
                         "y aeropuertos, armas y explosivos, y documentación."),
        ("Unidades especializadas", "Brigada Móvil (orden público); Unidad de intervención especial Berrozi; unidades "
                                    "de tráfico; unidades de investigación criminal; atención a víctimas de violencia "
                                    "de género y doméstica"),
        ("Organización territorial", "Comisarías distribuidas por los tres territorios históricos, con las policías "
                                     "locales de los municipios como cuerpos complementarios"),
        ("Idiomas", "euskera y castellano"),
        ("Teléfono de emergencias", "112 (SOS Deiak)"),
        ("Web", "www.ertzaintza.euskadi.eus"),
    ]),
]

DOCX["it/gruppo-abele-torino.docx"] = [
    ("title", "Gruppo Abele: sessant'anni di lavoro di strada a Torino"),
    ("p", "Scheda di buona pratica – Torino, Piemonte, Italia"),
    ("bold", "Chi sono"),
    ("p", "Associazione nata a Torino nel Natale del 1965, quando un gruppo di giovani guidati da Luigi Ciotti "
          "fondò «Gioventù Impegnata»; il nome Gruppo Abele arrivò alla fine del 1968. Voleva stare accanto a chi la "
          "società lasciava ai margini: ragazzi delle carceri minorili, persone senza dimora, poi, dagli anni "
          "Settanta, le persone che usano eroina. Nel 1973 aprì in via Verdi un centro di ascolto per giovani "
          "tossicodipendenti, tra i primi in Italia."),
    ("bold", "Che cosa fanno"),
    ("ul", ["comunità terapeutiche e servizi di accoglienza per persone con dipendenze;",
            "servizi a bassa soglia e unità di strada, con distribuzione di materiale sterile e ascolto;",
            "accoglienza e accompagnamento di donne vittime di tratta e sfruttamento sessuale;",
            "progetti per persone detenute ed ex detenute e percorsi di reinserimento lavorativo;",
            "formazione di operatori sociali e ricerca (l'Università della Strada, dal 1978) e attività editoriali;",
            "mediazione dei conflitti e progetti di cooperazione in Africa."]),
    ("bold", "Un'organizzazione da cui sono nate altre reti"),
    ("p", "Il Gruppo Abele ha partecipato alla nascita del Coordinamento nazionale comunità di accoglienza (1982) e "
          "della Lila, la Lega italiana per la lotta contro l'Aids; dal suo lavoro è nata nel 1995 Libera, la rete di "
          "associazioni contro le mafie. Pubblica le riviste «Animazione Sociale» (dal 1971) e «Narcomafie» (dal 1993)."),
    ("bold", "Con chi lavora"),
    ("p", "Città di Torino, Regione Piemonte, aziende sanitarie, amministrazione penitenziaria, fondazioni bancarie e "
          "centinaia di volontari."),
    ("bold", "Risorse"),
    ("p", "Contributi pubblici per i servizi convenzionati, fondazioni, donazioni private e 5 per mille."),
    ("bold", "Valutazione"),
    ("p", "La scheda non riporta valutazioni dei servizi."),
    ("bold", "Contatti"),
    ("p", "Gruppo Abele, corso Trapani, Torino – www.gruppoabele.org"),
]

DOCX["de/klicksafe.docx"] = [
    ("title", "klicksafe – Materialien für mehr Sicherheit im Netz"),
    ("p", "Ressource (Handreichungen, Unterrichtsmaterial, Informationsangebot) – Deutschland"),
    ("h1", "Was ist klicksafe?"),
    ("p", "klicksafe ist die deutsche Awareness-Initiative im Safer-Internet-Programm der Europäischen Union. Den "
          "Zuschlag der EU erhielt das Projekt Ende 2004; öffentlich gestartet ist es im April 2005 mit einer "
          "Auftaktveranstaltung in Düsseldorf und der Website. klicksafe will Kinder, Jugendliche und Erwachsene befähigen, digitale Medien kompetent und "
          "kritisch zu nutzen – von Cybermobbing und Sexting über Hass im Netz bis zu Desinformation und Datenschutz."),
    ("h1", "Für wen?"),
    ("ul", ["Lehrkräfte und Schulen", "Eltern und Familien", "Fachkräfte der Jugendarbeit und Sozialarbeit",
            "Kinder und Jugendliche selbst (über Jugendprojekte und Scouts)"]),
    ("h1", "Was gibt es?"),
    ("ul", ["Unterrichtsmaterialien und Arbeitsblätter für verschiedene Altersstufen, kostenlos als PDF oder gedruckt bestellbar;",
            "Flyer und Broschüren für Eltern, einige davon auch in weiteren Sprachen;",
            "Online-Kurse, Erklärvideos und Quiz;",
            "Fortbildungen für Multiplikatorinnen und Multiplikatoren;",
            "die Koordination des Safer Internet Day in Deutschland."]),
    ("h1", "Wer steht dahinter?"),
    ("p", "klicksafe wird von der Medienanstalt Rheinland-Pfalz (früher Landeszentrale für Medien und Kommunikation, "
          "Ludwigshafen; Projektkoordination) und der Landesanstalt für Medien NRW (Düsseldorf) umgesetzt und von der "
          "Europäischen Union kofinanziert, heute über die Connecting Europe Facility. Gemeinsam mit internet-beschwerdestelle.de, "
          "jugendschutz.net und der Nummer gegen Kummer bildet es den deutschen Safer Internet Centre."),
    ("h1", "Sprache und Zugang"),
    ("p", "Alle Materialien sind auf Deutsch, frei zugänglich und zum Teil unter einer Creative-Commons-Lizenz nutzbar."),
    ("h1", "Link"),
    ("p", "www.klicksafe.de"),
]

DOCX["nl/family-justice-center-antwerpen.docx"] = [
    ("title", "Family Justice Center Antwerpen: hulp bij intrafamiliaal geweld onder één dak"),
    ("table", [
        ("Stad", "Antwerpen"),
        ("Land", "België"),
        ("Looptijd", "sinds 2012 (ketenaanpak CO3); charter van het Family Justice Center ondertekend in juni 2016"),
        ("Doelgroep", "gezinnen met partnergeweld, kindermishandeling, oudermishandeling of eergerelateerd geweld"),
        ("Trekkers", "Stad Antwerpen, OCMW Antwerpen, Provincie Antwerpen"),
    ]),
    ("bold", "Het probleem"),
    ("p", "Gezinnen met intrafamiliaal geweld kregen vaak met tien diensten tegelijk te maken – politie, parket, "
          "CAW, jeugdhulp, geestelijke gezondheidszorg, OCMW – en moesten hun verhaal telkens opnieuw vertellen. "
          "De coördinator beschreef hoe gezinnen 'als pingpongballetjes' door de stad werden gestuurd."),
    ("bold", "De aanpak"),
    ("p", "Het Family Justice Center (FJC) is een 'one-stop-shop': medewerkers van de partnerorganisaties werken "
          "voltijds gedetacheerd in één gebouw, met onthaalruimtes, een medische ruimte en vergaderzalen. Er zijn "
          "twee sporen: gezinnen die zich vrijwillig aanmelden via CAW of OCMW, en zeer zware situaties met acuut "
          "gevaar, die het hoogrisicoteam CO3 in een ketenaanpak met politie en justitie opvolgt. Een begeleiding "
          "duurt gemiddeld bijna twee jaar; zowel slachtoffers als plegers krijgen hulp."),
    ("bold", "Inspiratie en uitbreiding"),
    ("p", "Het concept komt uit de Verenigde Staten (San Diego). Antwerpen was het eerste FJC in België; de Vlaamse "
          "overheid besloot de expertise uit te rollen naar Mechelen, de Kempen en Limburg, en in 2023 naar Leuven, "
          "Halle, Gent, Kortrijk en Oostende, met 9 miljoen euro per jaar extra."),
    ("bold", "Partners"),
    ("ul", ["politie en parket", "Centrum Algemeen Welzijnswerk (CAW)", "jeugdhulp",
            "geestelijke gezondheidszorg", "OCMW Antwerpen"]),
    ("bold", "Resultaten"),
    ("p", "Volgens het centrum zelf, in 2018 geciteerd in de pers, daalt het aantal gevallen van herhaald geweld met "
          "30 procent bij gezinnen die door een FJC worden begeleid. Hoe dat cijfer werd berekend, is niet "
          "gepubliceerd; een onderzoek met een controlegroep is ons niet bekend."),
]

DOCX["pt/radar-lisboa.docx"] = [
    ("title", "RADAR: identificar as pessoas idosas isoladas de Lisboa"),
    ("p", "Ficha de prática – Lisboa, Portugal"),
    ("bold", "PORQUÊ?"),
    ("p", "Dezenas de milhares de lisboetas com mais de 65 anos vivem sozinhos ou apenas com outra pessoa idosa. "
          "Muitos não estão referenciados por nenhum serviço, e situações de solidão, falta de cuidados de saúde, "
          "fome ou burlas só são conhecidas tarde demais."),
    ("bold", "O QUE É?"),
    ("p", "Um projeto comunitário, inserido no programa «Lisboa, Cidade de Todas as Idades», que junta técnicos, "
          "polícia e comércio local para sinalizar a população com mais de 65 anos e detetar cedo situações de "
          "risco. Qualquer pessoa pode ser um «radar»: o farmacêutico, o dono do café, o mediador dos jogos da Santa "
          "Casa ou um vizinho que dá pela falta de alguém."),
    ("bold", "COMO FUNCIONA?"),
    ("ul", ["equipas de técnicos percorrem as ruas, entrevistam as pessoas idosas que aceitam e registam as suas necessidades numa plataforma informática comum;",
            "comércio e serviços de proximidade tornam-se «radares comunitários», identificados e sensibilizados;",
            "agentes da PSP e, mais tarde, da Polícia Municipal acompanham visitas e ações de rua;",
            "os casos sinalizados são encaminhados para apoio domiciliário, saúde, alimentação ou proteção."]),
    ("bold", "QUANDO?"),
    ("p", "O protocolo foi assinado em 17 de setembro de 2018; a fase-piloto arrancou em 7 de janeiro de 2019 nas "
          "freguesias da Ajuda, Areeiro e Olivais, antes de se estender ao resto da cidade. A meta inicial era "
          "sinalizar cerca de 30 000 pessoas ainda não conhecidas dos serviços."),
    ("bold", "QUEM?"),
    ("ul", ["Santa Casa da Misericórdia de Lisboa (coordenação)", "Câmara Municipal de Lisboa", "Polícia de Segurança Pública",
            "Instituto da Segurança Social", "Administração Regional de Saúde de Lisboa e Vale do Tejo",
            "juntas de freguesia e comissões sociais de freguesia"]),
    ("bold", "AVALIAÇÃO"),
    ("p", "A parceria com a Polícia Municipal foi objeto de um balanço interno um ano depois do seu início, considerado "
          "muito positivo pelas duas entidades. Não há dados publicados sobre a redução do isolamento."),
]


def make_docx():
    for path, blocks in DOCX.items():
        build_docx(path, blocks)


# ----------------------------------------------------------------- PDF sheets

PDF = {}

PDF["en/peterborough-social-impact-bond.pdf"] = (
    "Justice Innovation Casebook · Case 7", "Justice Innovation Casebook – reoffending",
    [
        ("title", "The Peterborough Social Impact Bond: paying for fewer reconvictions"),
        ("kv", [("Place", "HMP Peterborough and the city of Peterborough, England (United Kingdom)"),
                ("Period", "September 2010 – 2015"),
                ("Target group", "men serving prison sentences of under twelve months"),
                ("Money raised", "£5 million from 17 charitable trusts and foundations")]),
        ("h", "1. The problem: short sentences, no support"),
        ("p", "Adults released from short prison sentences had the highest reconviction rates in England and Wales, yet "
              "at the time they received no statutory supervision after release. Many left the gate with no housing, "
              "no job and untreated addiction problems, and were back in court within months."),
        ("h", "2. The financial model"),
        ("p", "The scheme was the first social impact bond in the world. Social Finance raised £5 million of capital from "
              "charitable investors, which paid for services up front through a delivery vehicle called the One "
              "Service. The Ministry of Justice and the Big Lottery Fund agreed to repay the investors, with a return, "
              "only if reconvictions among three successive cohorts of about 1,000 prisoners each fell by a set margin "
              "(10 % for a single cohort, or 7.5 % on average across cohorts) compared with a matched national group."),
        ("h", "3. The services"),
        ("p", "Support started in prison and continued after release, on a voluntary basis: help with accommodation, "
              "benefits, employment and training, family relationships, mental health and drug or alcohol treatment. "
              "Mentors, several of them ex-offenders, met men at the gate. Delivery partners included St Giles Trust "
              "and Ormiston Children and Families Trust, working with the prison, probation and local services."),
        ("page", None),
        ("h", "4. Evaluation: what was measured and against what?"),
        ("p", "An independent assessor (QinetiQ with the University of Leicester) compared the frequency of reconviction "
              "events of the Peterborough cohorts with a comparison group of similar short-sentence prisoners released "
              "from other prisons, selected by propensity score matching. For the first cohort, there were 142 "
              "reconviction events per 100 prisoners against 155 in the comparison group: a fall of 8.4 %, short of the "
              "10 % needed for an early payment. Over the same period the national rate rose."),
        ("p", "The final results for the two completed cohorts showed a reduction of about 9 % against the comparison "
              "group, above the 7.5 % threshold, and investors were repaid in 2017 with a modest return."),
        ("h", "5. Why did it end early?"),
        ("p", "In 2014 the government announced the Transforming Rehabilitation reform, which extended statutory "
              "supervision to all short-sentence prisoners from 2015. The third cohort was therefore not run under the "
              "bond; services in Peterborough were folded into the new national arrangements."),
        ("h", "6. Lessons drawn by the partners"),
        ("ul", ["long-term, flexible funding allowed services to adapt to the needs of prolific offenders;",
                "building trust with police and other local agencies took longer than planned;",
                "outcome contracts need a comparison group that is agreed before the start."]),
    ])

PDF["fr/operation-sentinelle.pdf"] = (
    "Répertoire des réponses locales et nationales au terrorisme", "Fiche n° 22 – Opération Sentinelle",
    [
        ("title", "L'opération Sentinelle : des militaires dans les rues pour protéger les lieux sensibles"),
        ("kv", [("Pays", "France"), ("Lancement", "12 janvier 2015"), ("Pilotage", "ministère des Armées, en appui du ministère de l'Intérieur")]),
        ("h", "CONTEXTE"),
        ("p", "Après les attentats contre Charlie Hebdo, à Montrouge et contre l'Hyper Cacher de la porte de Vincennes, "
              "du 7 au 9 janvier 2015, le président de la République décide de déployer l'armée sur le territoire "
              "national pour protéger les lieux jugés les plus exposés : lieux de culte, écoles confessionnelles, "
              "gares, aéroports, sites touristiques, médias."),
        ("h", "DISPOSITIF"),
        ("p", "En quelques jours, environ 10 000 militaires sont mobilisés. "
              "Les soldats patrouillent ou gardent des points fixes, en complément de la police et de la gendarmerie "
              "et sous l'autorité des préfets. L'opération s'inscrit dans le plan Vigipirate."),
        ("p", "Après les attentats du 13 novembre 2015 à Paris et à Saint-Denis et celui du 14 juillet 2016 à Nice, "
              "le niveau reste élevé. En 2017, le dispositif est réorganisé pour privilégier des patrouilles mobiles "
              "plutôt que des gardes statiques, avec une réserve pouvant être engagée rapidement."),
        ("page", None),
        ("h", "PARTENAIRES"),
        ("ul", ["ministère des Armées (état-major des armées, gouverneur militaire de Paris)",
                "ministère de l'Intérieur, préfectures, police nationale et gendarmerie nationale",
                "gestionnaires de sites (SNCF, aéroports, cultes)"]),
        ("h", "DIFFICULTÉS"),
        ("p", "Les militaires ont eux-mêmes été la cible d'agressions, notamment à Nice en 2015, au Louvre et à Orly en "
              "2017 et à Levallois-Perret en août 2017. Les armées ont signalé l'usure des troupes et la réduction du "
              "temps d'entraînement."),
        ("h", "QUE SAIT-ON DE SON UTILITÉ ?"),
        ("p", "En 2016, la commission d'enquête parlementaire sur les moyens mis en œuvre par l'État pour lutter contre "
              "le terrorisme s'est interrogée sur la valeur ajoutée réelle de l'opération pour la sécurisation du "
              "territoire et a recommandé de revoir son format. Aucune étude n'a mesuré un effet dissuasif."),
    ])

PDF["es/unidad-gestion-diversidad-madrid.pdf"] = (
    "Catálogo de Buenas Prácticas Policiales Locales", "UGD Madrid – delitos de odio",
    [
        ("title", "Unidad de Gestión de la Diversidad de la Policía Municipal de Madrid"),
        ("kv", [("Ciudad", "Madrid (España)"), ("Creación", "abril de 2016"),
                ("Sede", "calle Sacramento, 2 (distrito Centro)"), ("Ámbito", "delitos de odio e incidentes discriminatorios")]),
        ("h", "Antecedentes"),
        ("p", "En el verano de 2015 el Pleno del Ayuntamiento aprobó poner en marcha una oficina contra los delitos de "
              "odio y la discriminación, dentro de un plan de convivencia. Las organizaciones de víctimas advertían de "
              "una fuerte infradenuncia: muchas personas normalizan los insultos y agresiones o desconfían de la policía."),
        ("h", "¿Qué hace la unidad?"),
        ("p", "La unidad, formada por agentes con formación específica, atiende, orienta y protege a las víctimas de "
              "hechos motivados por racismo y xenofobia, orientación e identidad sexual, religión, discapacidad, "
              "exclusión social (aporofobia) o ideología, e investiga amenazas, coacciones y lesiones leves con la "
              "agravante de odio. Se organiza en equipos especializados: LGTBI, racismo y xenofobia, discapacidad, "
              "exclusión social y religiones. También forma al resto de la plantilla de la Policía Municipal."),
        ("p", "Ofrece diligencias en braille, en formato de audio y en formato DAISY para personas con discapacidad."),
        ("page", None),
        ("h", "Colaboración con la sociedad civil"),
        ("p", "En noviembre de 2017 la unidad estrenó sede y lanzó, con asociaciones de nueve colectivos, la campaña "
              "«Denuncia siempre». Mantiene convenios o contactos con Fundación Secretariado Gitano, Plena Inclusión, "
              "CERMI Madrid, Fundación ONCE, Arcópoli y organizaciones de las comunidades judía y marroquí."),
        ("h", "Personal"),
        ("p", "Llegó a tener una treintena de agentes; en 2022 eran 20 y en 2023–2024 doce agentes y dos mandos, con un "
              "solo turno de mañana, lo que sindicatos y asociaciones han criticado."),
        ("h", "Datos de actividad"),
        ("p", "Según los datos de la propia unidad, en 2019 se registraron 342 hechos discriminatorios y de odio, 170 en "
              "2020 (año de restricciones por la pandemia) y alrededor de 160 en 2021, en torno al 40 % contra personas "
              "LGTBI. La unidad interpreta los aumentos como fruto de la sensibilización más que como más agresiones. "
              "No se ha hecho una evaluación externa."),
    ])

PDF["it/liberi-di-scegliere-reggio-calabria.pdf"] = (
    "Banca dati delle pratiche contro le mafie", "Liberi di scegliere – scheda",
    [
        ("title", "«Liberi di scegliere»: offrire ai figli delle famiglie di 'ndrangheta un'altra strada"),
        ("kv", [("Dove", "Reggio Calabria, Italia"), ("Da quando", "2012"),
                ("Promotore", "Tribunale per i minorenni di Reggio Calabria")]),
        ("h", "Il problema"),
        ("p", "Per decenni il tribunale per i minorenni di Reggio Calabria ha giudicato ragazzi con gli stessi cognomi "
              "dei loro padri e dei loro nonni: figli di famiglie di 'ndrangheta cresciuti con il mito del clan, "
              "coinvolti presto in estorsioni, traffico di armi e di droga, e destinati al carcere o alla morte "
              "violenta."),
        ("h", "L'idea"),
        ("p", "Dal 2012, sotto la presidenza del giudice Roberto Di Bella, il tribunale applica le norme sulla "
              "responsabilità genitoriale anche ai casi in cui l'educazione mafiosa mette in pericolo il minore: "
              "i ragazzi vengono allontanati temporaneamente dal contesto familiare e accolti in famiglie, comunità o "
              "strutture fuori dalla Calabria, con un progetto educativo. Spesso le madri che vogliono dissociarsi "
              "chiedono di partire con i figli; per loro si prevedono alloggio, lavoro e protezione."),
        ("page", None),
        ("h", "Dalla sperimentazione al protocollo nazionale"),
        ("p", "Nel 2017 è stato firmato un primo protocollo d'intesa tra il Dipartimento per le Pari opportunità, la "
              "Procura nazionale antimafia, il tribunale e le procure di Reggio Calabria e l'associazione Libera. Il "
              "5 novembre 2019 un protocollo triennale ha coinvolto anche i ministeri dell'Istruzione e della "
              "Giustizia e la Conferenza episcopale italiana; il rinnovo successivo ha aggiunto il Ministero "
              "dell'Interno con prefetture, servizio centrale di protezione e questure."),
        ("h", "Partner"),
        ("ul", ["Tribunale per i minorenni e Procura per i minorenni di Reggio Calabria",
                "Direzione distrettuale antimafia e Procura nazionale antimafia", "Libera", "Conferenza episcopale italiana",
                "Dipartimento per le Pari opportunità; ministeri dell'Istruzione, della Giustizia e dell'Interno"]),
        ("h", "Risultati"),
        ("p", "Decine di minori e diverse madri hanno lasciato la Calabria nell'ambito del progetto; alcuni ragazzi hanno "
              "ripreso gli studi o trovato lavoro. Nel 2020 Di Bella è passato alla presidenza del tribunale per i "
              "minorenni di Catania. La vicenda è raccontata in un libro e in un film "
              "televisivo del 2019. Non è stata pubblicata una valutazione sistematica degli esiti."),
    ])

PDF["de/kurve-kriegen-nrw.pdf"] = (
    "Landesnetzwerk Kriminalprävention – Praxisblätter", "Kurve kriegen (NRW)",
    [
        ("title", "„Kurve kriegen“ – frühe Intervention bei strafauffälligen Kindern und Jugendlichen in Nordrhein-Westfalen"),
        ("kv", [("Land", "Deutschland, Nordrhein-Westfalen"), ("Start", "2011, zunächst in acht Modellbehörden"),
                ("Träger", "Ministerium des Innern des Landes NRW"), ("Zielgruppe", "Kinder und Jugendliche mit ersten Gewalt- oder Eigentumsdelikten")]),
        ("h", "I. Ausgangslage"),
        ("p", "Ein kleiner Teil junger Menschen begeht einen großen Teil der Gewalt- und Eigentumsdelikte ihrer "
              "Altersgruppe. Wer schon als Kind mehrfach auffällt, hat ein hohes Risiko, zum Intensivtäter zu werden. "
              "Die Polizei erkennt diese Kinder früh, hatte aber bis dahin kaum Möglichkeiten, ihnen Hilfe anzubieten."),
        ("h", "II. Das Konzept"),
        ("p", "In jeder teilnehmenden Kreispolizeibehörde arbeitet eine Polizeibeamtin oder ein Polizeibeamter mit "
              "pädagogischen Fachkräften freier Träger der Jugendhilfe zusammen, die direkt bei der Polizei angesiedelt "
              "sind. Die Polizei schlägt Kinder und Jugendliche vor; die Teilnahme ist für Familien freiwillig. Die "
              "Fachkräfte erstellen einen Förderplan und vermitteln passende Maßnahmen: Elterntraining, "
              "Anti-Gewalt-Training, Lernförderung, Freizeitangebote, therapeutische Hilfe. Im Durchschnitt sind die "
              "Teilnehmenden beim Einstieg 13 Jahre alt."),
        ("h", "III. Ausbau"),
        ("p", "Aus den acht Modellstandorten wurden bis 2023 über 40 Standorte im ganzen Land. Die Kosten pro Teilnehmer "
              "und Jahr werden in einer Landtagsanfrage mit rund 11.000 Euro angegeben."),
        ("page", None),
        ("h", "IV. Evaluation – was ist bekannt?"),
        ("ul", ["2011–2015: Prozess- und Wirksamkeitsuntersuchung durch die Christian-Albrechts-Universität zu Kiel;",
                "2016: Kosten-Nutzen-Analyse der Prognos AG, die den vermiedenen Folgekosten von Kriminalität die Programmkosten gegenüberstellt;",
                "seit 2017 in der „Grünen Liste Prävention“ des Landespräventionsrats Niedersachsen aufgeführt;",
                "2020: Prozessevaluation an allen Standorten."]),
        ("p", "Bis 2023 sollen Polizei und Fachkräfte nach Angaben des Programms mehr als 1.000 Minderjährige „von der "
              "schiefen Bahn geholt“ haben; an einem Standort spricht ein beteiligter Polizist von einer Erfolgsquote "
              "von rund 50 Prozent. Eine randomisierte Studie gibt es nicht."),
        ("h", "V. Beteiligte"),
        ("ul", ["Ministerium des Innern NRW (Steuerung, Referat Kriminalprävention)", "Kreispolizeibehörden",
                "freie Träger der Kinder- und Jugendhilfe", "Jugendämter und Schulen",
                "Christian-Albrechts-Universität zu Kiel, Prognos AG (Evaluation)"]),
        ("h", "VI. Kontakt"),
        ("p", "www.kurvekriegen.nrw.de"),
    ])

PDF["nl/meldcode-huiselijk-geweld.pdf"] = (
    "Hulpmiddelen voor professionals · Huiselijk geweld", "Meldcode huiselijk geweld en kindermishandeling",
    [
        ("title", "De meldcode huiselijk geweld en kindermishandeling: een stappenplan voor professionals"),
        ("kv", [("Soort", "hulpmiddel / stappenplan"), ("Land", "Nederland"), ("Verplicht sinds", "1 juli 2013"),
                ("Verbeterde versie", "1 januari 2019, met afwegingskader"), ("Taal", "Nederlands")]),
        ("h", "Waarvoor dient het?"),
        ("p", "Een meldcode helpt professionals die vermoeden dat een cliënt, patiënt of leerling te maken heeft met "
              "huiselijk geweld of kindermishandeling om stap voor stap te bepalen wat zij doen. Sinds de Wet "
              "verplichte meldcode huiselijk geweld en kindermishandeling moeten organisaties in onder meer de "
              "gezondheidszorg, het onderwijs, de kinderopvang, de maatschappelijke ondersteuning, de jeugdhulp en "
              "justitie zo'n code hebben en hun medewerkers erin trainen."),
        ("h", "De vijf stappen"),
        ("ul", ["1. Signalen in kaart brengen.", "2. Collegiale consultatie en zo nodig advies vragen aan Veilig Thuis.",
                "3. Gesprek met de betrokkene.", "4. Het geweld of de kindermishandeling wegen, met het afwegingskader van de eigen beroepsgroep.",
                "5. Beslissen: zelf hulp organiseren of bieden, en/of melden bij Veilig Thuis."]),
        ("page", None),
        ("h", "Wat veranderde in 2019?"),
        ("p", "Sinds 2019 moeten professionals bij acute of structurele onveiligheid altijd melden bij Veilig Thuis, ook "
              "als zij zelf hulp kunnen bieden. Beroepsgroepen stelden daarvoor elk een eigen afwegingskader op."),
        ("h", "Voor wie?"),
        ("p", "Artsen, verpleegkundigen, leerkrachten, pedagogisch medewerkers, jeugdhulpverleners, maatschappelijk "
              "werkers, medewerkers van reclassering en andere professionals, en de organisaties die hen in dienst hebben."),
        ("h", "Vorm en beschikbaarheid"),
        ("p", "Het basismodel en de toelichting zijn gratis te downloaden bij de Rijksoverheid; veel beroepsverenigingen "
              "bieden een eigen uitwerking, e-learnings en een app. Gemeenten en Veilig Thuis-organisaties geven "
              "trainingen."),
        ("h", "Link"),
        ("p", "www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode"),
    ])

PDF["pt/bairro-do-aleixo-porto.pdf"] = (
    "Observatório de Políticas Urbanas e Segurança", "Bairro do Aleixo (Porto)",
    [
        ("title", "Demolir para acabar com o tráfico? O caso do Bairro do Aleixo, no Porto"),
        ("kv", [("Cidade", "Porto, Portugal"), ("Período", "2011–2019"), ("Promotor", "Câmara Municipal do Porto"),
                ("Instrumento", "fundo especial de investimento imobiliário criado em 2010")]),
        ("h", "O bairro"),
        ("p", "Inaugurado em abril de 1974 junto à foz do Douro, o bairro municipal do Aleixo tinha cinco torres de treze "
              "andares, onde viviam mais de 300 famílias realojadas da Ribeira. Ao longo das décadas seguintes, a "
              "torre 1 tornou-se conhecida como o maior mercado de droga a céu aberto do país, frequentado por "
              "consumidores de toda a região Norte; o interior labiríntico dificultava a ação policial."),
        ("h", "A decisão"),
        ("p", "A Câmara, então presidida por Rui Rio, aprovou em 2009 a demolição do bairro e o realojamento das famílias "
              "noutros pontos da cidade. Em 2010 foi criado um fundo imobiliário com parceiros privados: os terrenos, "
              "avaliados em cerca de 15 milhões de euros, seriam destinados a habitação, e o fundo construiria em troca "
              "casas para os moradores. A primeira torre foi implodida em 2011 e a segunda em 2013."),
        ("page", None),
        ("h", "Suspensão e conclusão"),
        ("p", "O executivo seguinte, de Rui Moreira, suspendeu as demolições até estarem prontas as casas de "
              "realojamento. Em 2019, depois de uma longa operação policial contra uma rede de tráfico, as últimas "
              "famílias das três torres restantes saíram do bairro; as torres foram depois desmontadas."),
        ("h", "Deslocação do problema"),
        ("p", "Reportagens e moradores descrevem a mudança do tráfico e do consumo para bairros vizinhos, como a "
              "Pasteleira e Pinheiro Torres, a menos de um quilómetro. Moradores realojados queixaram-se de casas mais "
              "pequenas e da falta de apoio na mudança."),
        ("h", "Parceiros"),
        ("ul", ["Câmara Municipal do Porto", "fundo especial de investimento imobiliário e sociedade gestora",
                "Polícia de Segurança Pública", "associação de moradores"]),
        ("h", "Avaliação"),
        ("p", "Não foi feita uma avaliação dos efeitos da demolição sobre o tráfico ou sobre as famílias realojadas."),
    ])


def make_pdf():
    for path, (head, foot, blocks) in PDF.items():
        n = build_pdf(path, head, foot, blocks)
        assert n == 2, (path, n)



# ---------------------------------------------------------------- XLSX sheet

XLSX = {
    "nl/heroine-op-medisch-voorschrift.xlsx": [
        ("Titel", "Het Nederlandse heroïne-experiment: heroïne op medisch voorschrift voor uitbehandelde verslaafden"),
        ("Soort", "praktijkvoorbeeld"),
        ("Land", "Nederland"),
        ("Steden", "Amsterdam en Rotterdam (vanaf mei 1998); Den Haag, Groningen, Heerlen en Utrecht (vanaf 2000)"),
        ("Start", "1 mei 1998"),
        ("Einde experiment", "2002 (presentatie van de resultaten op 4 februari 2002)"),
        ("Opdrachtgever", "minister van Volksgezondheid, Welzijn en Sport"),
        ("Uitvoering", "Centrale Commissie Behandeling Heroïneverslaafden (CCBH); onderzoeksleiding Universiteit van Amsterdam"),
        ("Doelgroep", "langdurig heroïneverslaafden bij wie methadonbehandeling al jaren geen verbetering bracht"),
        ("Aanpak", "Deelnemers kregen naast methadon tot drie keer per dag heroïne, te roken of te injecteren ter plekke onder toezicht; de controlegroep kreeg alleen methadon."),
        ("Aanleiding", "In 1995 adviseerde de Gezondheidsraad een wetenschappelijk onderzoek; een eerste verkennende fase met 50 deelnemers moest nagaan of er problemen voor de openbare orde zouden ontstaan."),
        ("Omvang", "ongeveer 750 deelnemers in zes steden"),
        ("Onderzoeksopzet", "twee gerandomiseerde gecontroleerde onderzoeken: deelnemers werden door loting toegewezen aan heroïne plus methadon of aan alleen methadon; metingen na zes en twaalf maanden van lichamelijke en psychische gezondheid, sociaal functioneren en criminaliteit"),
        ("Resultaten", "Deelnemers met heroïne plus methadon gingen er duidelijk meer op vooruit dan de controlegroep; er werden geen ernstige problemen voor de openbare orde rond de behandellocaties vastgesteld. Meerdere gemeenten zetten de behandeling na afloop voort."),
        ("Vervolg", "De behandeling werd later een reguliere vorm van verslavingszorg."),
        ("Budget", "niet bekend"),
    ],
}


def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    for path, rows in XLSX.items():
        wb = Workbook()
        ws = wb.active
        ws.title = "praktijk"
        ws.append(["veld", "waarde"])
        ws["A1"].font = Font(bold=True)
        ws["B1"].font = Font(bold=True)
        for k, v in rows:
            ws.append([k, v])
        ws.column_dimensions["A"].width = 22
        ws.column_dimensions["B"].width = 120
        wb.save(out(path))


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    print("built", len(DOCX), "docx,", len(PDF), "pdf and", len(XLSX), "xlsx sheets")
