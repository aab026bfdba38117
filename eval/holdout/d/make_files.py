"""Build the docx and pdf sheets of holdout set D.

Run from this folder inside a light venv:
    python3 -m venv .venv && . .venv/bin/activate
    pip install -q python-docx==1.2.0 fpdf2==2.8.9 pyyaml
    python make_files.py
The text of each sheet is written here; the generated files are committed beside it.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
SHEETS = HERE / "sheets"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ---------------------------------------------------------------- docx ----
# Three layouts: "headings" (Word heading styles), "bold" (bold paragraphs as
# headings, no heading styles), "table" (a two-column field/value table).


def docx_headings(path, title, blocks, core_title=None):
    doc = Document()
    doc.core_properties.title = core_title or title
    doc.add_heading(title, level=0)
    for kind, text in blocks:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "li":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)
    doc.save(path)


def docx_bold(path, title, blocks):
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    for kind, text in blocks:
        if kind == "b":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
        elif kind == "li":
            doc.add_paragraph("– " + text)
        else:
            doc.add_paragraph(text)
    doc.save(path)


def docx_table(path, title, intro, rows, outro=None):
    doc = Document()
    doc.add_heading(title, level=1)
    if intro:
        doc.add_paragraph(intro)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for field, value in rows:
        cells = table.add_row().cells
        cells[0].text = field
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value
    if outro:
        doc.add_paragraph(outro)
    doc.save(path)


# ----------------------------------------------------------------- pdf ----


class Sheet(FPDF):
    def __init__(self, header_text, footer_text, page_word):
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_text = footer_text
        self.page_word = page_word
        self.add_font("DejaVu", "", FONT)
        self.add_font("DejaVu", "B", FONT_BOLD)
        self.set_auto_page_break(True, margin=22)
        self.set_margins(28, 24, 28)

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.header_text, align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"{self.footer_text}   ·   {self.page_word} {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def make_pdf(path, header_text, footer_text, page_word, title, blocks):
    pdf = Sheet(header_text, footer_text, page_word)
    pdf.alias_nb_pages()
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, text in blocks:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 12.5)
            pdf.multi_cell(0, 7.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "li":
            pdf.set_font("DejaVu", "", 11.5)
            pdf.set_x(34)
            pdf.multi_cell(0, 7, "• " + text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "meta":
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("DejaVu", "", 11.5)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    pdf.output(str(path))


# ============================================================ sheets ====


def en_checkpoint():
    make_pdf(
        SHEETS / "en" / "checkpoint-durham.pdf",
        "Durham Constabulary · Out-of-court disposals · Practice note",
        "Checkpoint – deferred prosecution scheme",
        "Page",
        "Checkpoint: a deferred prosecution scheme for adults who offend",
        [
            ("meta", "Police force area: County Durham and Darlington (England)   |   Lead: Durham Constabulary"),
            ("h", "Summary"),
            ("p", "Checkpoint offers some adults who have committed a low or medium-level offence an alternative "
                  "to prosecution. Instead of going to court, the person signs a four-month contract with the police "
                  "and works on the problems that lie behind the offending. If they keep to the contract and do not "
                  "reoffend, no prosecution follows; if they break it, the case goes to court in the usual way. The "
                  "scheme was launched by Durham Constabulary in 2015, with strong support from the then Police and "
                  "Crime Commissioner, Ron Hogg."),
            ("h", "Who is eligible"),
            ("p", "Adults who admit the offence and for whom there is enough evidence to charge. Serious offences, "
                  "including those that would attract a prison sentence, are excluded, as are certain categories such "
                  "as sexual offences and most driving offences. A risk assessment is carried out at the start."),
            ("h", "The contract"),
            ("p", "A dedicated member of staff, called a navigator, meets the participant and agrees a plan built "
                  "around the 'critical pathways' out of offending:"),
            ("li", "alcohol and drug misuse;"),
            ("li", "mental and physical health;"),
            ("li", "accommodation, finance and debt;"),
            ("li", "education, training and employment;"),
            ("li", "relationships and family;"),
            ("li", "where there is a victim, an apology or restorative element if the victim wishes it."),
            ("p", "Conditions may include attending treatment, volunteering in the community and not reoffending for "
                  "the length of the contract."),
            ("h", "Use of an algorithm"),
            ("p", "In the early years the force used a machine-learning tool, the Harm Assessment Risk Tool (HART), "
                  "to help decide who was suitable for the scheme. This attracted national attention and debate about "
                  "the use of algorithms in policing decisions."),
            ("h", "Evaluation"),
            ("p", "Checkpoint was tested through a randomised controlled trial run with the University of Cambridge "
                  "Institute of Criminology: between August 2016 and March 2018, 521 eligible cases were randomly "
                  "assigned either to Checkpoint or to the usual criminal justice route, and reoffending in the two "
                  "groups was then compared. The Checkpoint group reoffended less, both in the share of people who "
                  "reoffended and in the risk of reoffending; the results were published in The Police Journal in 2021."),
            ("h", "Partners"),
            ("p", "Durham Constabulary; Office of the Durham Police and Crime Commissioner; Crown Prosecution Service; "
                  "local drug and alcohol services; housing and debt advice providers; University of Cambridge."),
        ],
    )


def en_nottingham():
    docx_table(
        SHEETS / "en" / "misogyny-hate-crime-nottingham.docx",
        "Misogyny recorded as a hate crime",
        "Practice profile prepared for the regional community safety partnership.",
        [
            ("Lead agency", "Nottinghamshire Police"),
            ("Partner", "Nottingham Women's Centre"),
            ("City", "Nottingham"),
            ("Country", "United Kingdom (England)"),
            ("Start", "April 2016"),
            ("What changed", "Nottinghamshire Police became the first police force in the UK to record misogyny as a "
                             "category of hate crime or hate incident. Behaviour aimed at women because they are women – "
                             "for example unwanted sexual advances, groping, verbal abuse in the street or taking "
                             "photographs without consent – can be reported and is recorded and investigated as such."),
            ("Why", "Women's groups in the city had gathered many accounts of street harassment that women did not "
                    "think worth reporting, or did not expect the police to take seriously."),
            ("How", "Officers and call handlers received training; reports can be made by phone, online or through "
                    "third-party reporting; victims are offered support."),
            ("Evaluation", "Commissioned by Nottingham Women's Centre and funded by the Office of the Nottinghamshire "
                           "Police and Crime Commissioner, researchers from Nottingham Trent University and the "
                           "University of Nottingham published an evaluation in July 2018. It drew on a survey, "
                           "interviews and focus groups with 679 people. Most respondents supported the policy and "
                           "wanted it rolled out nationally."),
            ("Influence", "Several other police forces in England and Wales have since adopted a similar approach, and "
                          "the policy fed into a national debate about adding sex or gender to hate crime law."),
            ("Themes", "Gender-based violence; hate crime; street harassment; policing"),
        ],
        "Contact via the force's hate crime team.",
    )


def fr_gardiens():
    docx_bold(
        SHEETS / "fr" / "gardiens-de-la-paix-belgique.docx",
        "Les gardiens de la paix – une présence préventive dans les communes belges",
        [
            ("p", "Fiche d'information à l'intention des services communaux de prévention"),
            ("b", "Cadre légal"),
            ("p", "La fonction de gardien de la paix a été créée par la loi du 15 mai 2007. Elle a donné un statut "
                  "commun aux nombreux agents de prévention que les communes employaient déjà depuis les contrats de "
                  "sécurité des années 1990, sous des noms variés (assistants de prévention et de sécurité, stewards, "
                  "agents de sécurisation)."),
            ("b", "Missions"),
            ("li", "sensibiliser le public à la sécurité et à la prévention de la criminalité ;"),
            ("li", "informer les habitants et les visiteurs, les orienter vers les services compétents ;"),
            ("li", "signaler aux services communaux et à la police les problèmes de sécurité, d'environnement et de voirie ;"),
            ("li", "assurer une présence rassurante aux abords des écoles, dans les parcs, les gares et lors d'événements ;"),
            ("li", "aider les enfants, les personnes âgées et les personnes à mobilité réduite à traverser en sécurité."),
            ("p", "Le gardien de la paix n'est pas un policier : il ne peut ni contrôler l'identité ni utiliser la "
                  "contrainte. Certains gardiens de la paix, dits constatateurs, peuvent toutefois constater des "
                  "infractions passibles de sanctions administratives communales (SAC)."),
            ("p", "La loi du 13 janvier 2014 a ajouté de nouvelles missions : la présence dissuasive pour prévenir les "
                  "conflits entre personnes et l'accompagnement des groupes d'écoliers qui se rendent à l'école à pied "
                  "ou à vélo. En Flandre, la même fonction porte le nom de « gemeenschapswacht »."),
            ("b", "Conditions d'exercice"),
            ("p", "Les gardiens de la paix portent une tenue reconnaissable, suivent une formation obligatoire et sont "
                  "engagés par la commune ou par une asbl qu'elle mandate. La commune doit disposer d'un service de "
                  "gardiens de la paix organisé par règlement."),
            ("b", "Financement"),
            ("p", "Une partie des postes est cofinancée par l'État fédéral (SPF Intérieur) dans le cadre des plans "
                  "stratégiques de sécurité et de prévention, le reste étant à charge des communes ou de programmes "
                  "régionaux."),
            ("b", "Pour aller plus loin"),
            ("p", "Direction Sécurité locale intégrale du SPF Intérieur ; services de prévention communaux."),
        ],
    )


def fr_alerte():
    make_pdf(
        SHEETS / "fr" / "fs-alerte-enlevement.pdf",
        "Fiche thématique · Disparitions et enlèvements d'enfants",
        "Centre de ressources Prévention & Sécurité – édition 2024",
        "Page",
        "Les dispositifs d'alerte en cas d'enlèvement d'enfant",
        [
            ("h", "De quoi parle-t-on ?"),
            ("p", "Lorsqu'un enfant est enlevé, les premières heures sont décisives. Les dispositifs d'alerte "
                  "mobilisent très vite les médias, les opérateurs de transport et le grand public pour diffuser "
                  "la photo et le signalement de l'enfant et, le cas échéant, du suspect et du véhicule."),
            ("h", "L'origine : l'AMBER Alert aux États-Unis"),
            ("p", "Le premier système est né en 1996 dans la région de Dallas–Fort Worth (Texas), à la suite de "
                  "l'enlèvement et du meurtre d'Amber Hagerman, neuf ans, à Arlington. Des radiodiffuseurs et la "
                  "police locale ont convenu de diffuser des messages d'urgence en cas d'enlèvement. Le nom est "
                  "devenu un acronyme (America's Missing: Broadcast Emergency Response) et le dispositif s'est "
                  "étendu à tous les États."),
            ("h", "France : « Alerte Enlèvement »"),
            ("p", "Le dispositif français existe depuis février 2006, sur la base d'une convention entre le "
                  "ministère de la Justice et de nombreux partenaires (chaînes de télévision et radios, sociétés "
                  "d'autoroutes, SNCF, affichage, puis réseaux sociaux). L'alerte est déclenchée par le procureur de "
                  "la République, en accord avec le ministère de la Justice, lorsque quatre conditions sont réunies :"),
            ("li", "il s'agit d'un enlèvement avéré, et non d'une simple disparition ;"),
            ("li", "la victime est mineure ;"),
            ("li", "sa vie ou son intégrité physique est en danger ;"),
            ("li", "des informations permettent de la localiser ou de localiser le suspect."),
            ("p", "L'alerte dure en principe trois heures. Ces critères stricts expliquent que le dispositif ne soit "
                  "déclenché que très rarement, afin de préserver sa force."),
            ("h", "Pays-Bas : AMBER Alert Nederland"),
            ("p", "Aux Pays-Bas, un système national d'alerte enlèvement fonctionne depuis 2008 ; les citoyens "
                  "peuvent s'inscrire pour recevoir les alertes, et les messages sont aussi diffusés sur des "
                  "écrans publics."),
            ("h", "Au niveau européen : le 116 000"),
            ("p", "Depuis une décision de la Commission européenne de 2007, le numéro 116 000 est réservé dans tous "
                  "les États membres aux lignes d'assistance pour enfants disparus, qui accompagnent les familles "
                  "au-delà des seuls enlèvements (fugues, enlèvements parentaux)."),
            ("h", "Points d'attention pour les acteurs locaux"),
            ("li", "les fausses alertes et les rumeurs sur les réseaux sociaux peuvent nuire aux recherches ;"),
            ("li", "les gestionnaires d'écrans et de transports doivent pouvoir relayer un message en quelques minutes ;"),
            ("li", "le respect de la vie privée de l'enfant après l'alerte doit être prévu (retrait des photos)."),
        ],
    )


def es_atenpro():
    docx_headings(
        SHEETS / "es" / "atenpro-teleasistencia.docx",
        "ATENPRO: servicio telefónico de atención y protección para víctimas de violencia de género",
        [
            ("p", "Ámbito territorial: España (municipios adheridos)   ·   Tipo: servicio público de protección"),
            ("h1", "1. Descripción"),
            ("p", "ATENPRO es un servicio de teleasistencia móvil que permite a las mujeres víctimas de violencia de "
                  "género ponerse en contacto en cualquier momento, las 24 horas del día y los 365 días del año, con un "
                  "centro atendido por personal especializado. Con solo pulsar un botón, la usuaria es localizada y el "
                  "centro moviliza, si es necesario, los recursos de emergencia: policía, servicios sanitarios o "
                  "servicios sociales."),
            ("h1", "2. Antecedentes y puesta en marcha"),
            ("p", "El servicio se puso en marcha en 2004, el mismo año de la Ley Orgánica 1/2004 de Medidas de "
                  "Protección Integral contra la Violencia de Género, a partir de un acuerdo entre el entonces "
                  "Ministerio de Trabajo y Asuntos Sociales, a través del IMSERSO, y la Federación Española de "
                  "Municipios y Provincias (FEMP). Hoy depende del Ministerio de Igualdad, a través de la "
                  "Delegación del Gobierno contra la Violencia de Género."),
            ("h1", "3. ¿Quién puede utilizarlo?"),
            ("li", "mujeres víctimas de violencia de género que no convivan con la persona que las ha agredido;"),
            ("li", "que participen en los programas de atención especializada de su territorio;"),
            ("li", "que acepten las normas de funcionamiento del servicio."),
            ("p", "La solicitud se tramita a través de los servicios sociales o de igualdad del ayuntamiento o de la "
                  "diputación provincial adheridos al convenio con la FEMP."),
            ("h1", "4. Funcionamiento"),
            ("h2", "4.1 El terminal"),
            ("p", "Un teléfono móvil o dispositivo con tecla de alarma y localización, que la usuaria lleva consigo."),
            ("h2", "4.2 El centro de atención"),
            ("p", "Además de atender las alarmas, el personal realiza llamadas periódicas de seguimiento para conocer "
                  "cómo se encuentra la usuaria, ofrecer apoyo emocional y recordarle el uso del dispositivo. "
                  "Durante muchos años el servicio ha sido prestado por Cruz Roja Española."),
            ("h1", "5. Coordinación"),
            ("p", "ATENPRO se coordina con las Fuerzas y Cuerpos de Seguridad, con el Sistema VioGén de seguimiento de "
                  "casos y con los recursos autonómicos y municipales de atención a víctimas."),
            ("h1", "6. Financiación"),
            ("p", "El servicio se financia con fondos estatales canalizados a través de la FEMP; las entidades "
                  "locales adheridas tramitan las altas. En noviembre de 2021 el Consejo de Ministros aprobó una "
                  "subvención directa de 32,6 millones de euros a la FEMP para el periodo 2021-2023, con cargo al "
                  "Plan de Recuperación, destinada a renovar los dispositivos, mejorar la cobertura en el medio rural "
                  "y extender el servicio a víctimas de violencia sexual y de trata."),
        ],
    )


def it_dafne():
    make_pdf(
        SHEETS / "it" / "rete-dafne-torino.pdf",
        "Città metropolitana di Torino · Politiche sociali · Vittime di reato",
        "Scheda di buona pratica – Rete Dafne",
        "Pagina",
        "Rete Dafne: sostegno gratuito alle vittime di reato",
        [
            ("h", "In sintesi"),
            ("p", "La Rete Dafne offre ascolto, sostegno psicologico, informazione sui diritti e accompagnamento alle "
                  "persone che hanno subito un reato, di qualsiasi tipo, e ai loro familiari, anche se non hanno "
                  "sporto denuncia. Il servizio è gratuito e riservato."),
            ("h", "Come è nata"),
            ("p", "La rete è nata a Torino nel maggio 2008 su impulso della Procura della Repubblica presso il "
                  "Tribunale di Torino, con l'allora Provincia di Torino (oggi Città metropolitana) come capofila, "
                  "per colmare l'assenza, in Italia, di un servizio generalista di assistenza alle vittime. La "
                  "direttiva 2012/29/UE sui diritti delle vittime di reato ha poi confermato l'importanza di servizi "
                  "di questo tipo. Nel novembre 2015 il progetto è diventato un'associazione e dal 2018 la rete ha "
                  "una dimensione nazionale, con sportelli anche in altre città."),
            ("h", "Che cosa offre"),
            ("li", "primo ascolto e valutazione dei bisogni;"),
            ("li", "sostegno psicologico individuale, anche a breve termine, per elaborare il trauma;"),
            ("li", "informazioni sul procedimento penale e sui diritti della vittima, orientamento legale;"),
            ("li", "accompagnamento ai servizi sociali, sanitari e alle forze dell'ordine;"),
            ("li", "raccordo con i servizi specializzati (centri antiviolenza, servizi per minori)."),
            ("h", "Chi lavora nella rete"),
            ("p", "Psicologi, operatori dell'accoglienza e consulenti legali. I soci sono la Città metropolitana di "
                  "Torino, il Comune di Torino, l'ASL Città di Torino, il Gruppo Abele, l'associazione Ghenos e la "
                  "Fondazione Compagnia di San Paolo; la rete collabora con la Procura e con le forze dell'ordine."),
            ("h", "Monitoraggio"),
            ("p", "Gli operatori registrano per ogni persona accolta il tipo di reato, i servizi attivati e l'esito dei "
                  "percorsi; questi dati sono usati per il monitoraggio interno del servizio e per la relazione "
                  "periodica agli enti aderenti."),
            ("h", "Come contattare il servizio"),
            ("p", "Su appuntamento, presso la sede della rete a Torino, per telefono o per posta elettronica."),
        ],
    )


def it_gate():
    docx_table(
        SHEETS / "it" / "the-gate-porta-palazzo-torino.docx",
        "Progetto «The Gate – Living not leaving»",
        None,
        [
            ("Città", "Torino"),
            ("Quartiere", "Porta Palazzo e Borgo Dora"),
            ("Ente promotore", "Città di Torino"),
            ("Finanziamento", "Unione europea (Progetti Pilota Urbani, azioni innovative del Fondo europeo di sviluppo "
                              "regionale), Città di Torino e Ministero dei Lavori Pubblici"),
            ("Avvio", "1996"),
            ("Contesto", "Porta Palazzo ospita uno dei più grandi mercati all'aperto d'Europa ed è da sempre il primo "
                         "approdo di chi arriva a Torino: prima gli immigrati dal Sud Italia, poi quelli dal Maghreb, "
                         "dall'Africa subsahariana, dalla Cina e dall'Europa dell'Est. Alla metà degli anni Novanta il "
                         "quartiere soffriva di degrado edilizio, spaccio e insicurezza percepita."),
            ("Obiettivi", "Riqualificare gli edifici e gli spazi pubblici, sostenere il commercio e l'artigianato, "
                          "migliorare la convivenza tra residenti vecchi e nuovi, far restare abitanti e attività nel "
                          "quartiere («living not leaving»)."),
            ("Gestione", "Dal gennaio 1998 il Comitato Progetto Porta Palazzo, organismo senza scopo di lucro "
                         "promosso dalla Città con la Camera di commercio, fondazioni bancarie e associazioni di "
                         "categoria, gestisce il programma e cura il dialogo con abitanti e commercianti."),
            ("Sviluppi", "La fase europea si è chiusa il 31 dicembre 2001; dal 2002 il Comitato prosegue come agenzia di "
                         "sviluppo locale della Città nell'ambito dei programmi di rigenerazione delle periferie."),
            ("Azioni", "Contributi per il recupero delle facciate e degli edifici; interventi sulla piazza e sul "
                       "mercato; accompagnamento dei commercianti; mediazione culturale e attività con le "
                       "comunità straniere; iniziative culturali nel Borgo Dora."),
            ("Temi", "Rigenerazione urbana · integrazione · spazi pubblici · governance locale"),
        ],
        "Scheda redatta per la banca dati delle buone pratiche di sicurezza urbana.",
    )


def de_hdjr():
    docx_headings(
        SHEETS / "de" / "haus-des-jugendrechts-stuttgart.docx",
        "Haus des Jugendrechts Stuttgart-Bad Cannstatt",
        [
            ("p", "Ort / Land: Stuttgart (Baden-Württemberg) / Deutschland"),
            ("p", "Handlungsfeld: Jugendkriminalität, Zusammenarbeit der Behörden"),
            ("h1", "Ausgangslage"),
            ("p", "Bei jungen Tatverdächtigen vergeht zwischen Tat, Anklage und Urteil oft viel Zeit. Polizei, "
                  "Staatsanwaltschaft und Jugendhilfe arbeiten an getrennten Orten, Akten wandern hin und her, und "
                  "die Reaktion auf die Tat kommt für den jungen Menschen zu spät, um noch erzieherisch zu wirken. "
                  "Das Jugendgerichtsgesetz verlangt aber gerade eine rasche und am Erziehungsgedanken orientierte "
                  "Antwort."),
            ("h1", "Idee"),
            ("p", "Vorbild waren die Nachbarschaftsgerichte (Community Courts) in New York. Nach einer Planungsphase "
                  "ab Ende 1997 zogen im Juni 1999 im Stadtbezirk Bad Cannstatt die für Jugendsachen zuständigen "
                  "Sachbearbeiterinnen und Sachbearbeiter der Polizei, Jugendstaatsanwälte und die "
                  "Jugendgerichtshilfe des Jugendamts in ein gemeinsames Gebäude – das erste Haus des Jugendrechts in "
                  "Deutschland. Das Jugendgericht ist eingebunden, bleibt aber in eigenen Räumen."),
            ("h1", "Arbeitsweise"),
            ("h2", "Kurze Wege"),
            ("p", "Die Fälle werden nach dem Wohnortprinzip einem festen Team zugeordnet. Polizei, Staatsanwaltschaft "
                  "und Jugendhilfe besprechen Fälle gemeinsam und stimmen die Reaktion ab – von der Einstellung mit "
                  "erzieherischer Maßnahme bis zur schnellen Anklage."),
            ("h2", "Täterorientierung"),
            ("p", "Im Mittelpunkt steht der junge Mensch mit seiner Vorgeschichte, nicht nur das einzelne Delikt. "
                  "Gerade bei Intensivtätern soll so ein abgestimmtes Vorgehen möglich werden."),
            ("h2", "Beteiligte freie Träger"),
            ("p", "Angebote wie Täter-Opfer-Ausgleich, soziale Trainingskurse und Arbeitsauflagen werden von "
                  "freien Trägern der Jugendhilfe durchgeführt und eng mit dem Haus verzahnt."),
            ("h1", "Evaluation"),
            ("p", "Die dreijährige Modellphase (1999–2002) wurde von einer externen Begleitforschung evaluiert. "
                  "Seit Juni 2002 arbeitet das Haus unbefristet weiter."),
            ("h1", "Übertragung"),
            ("p", "Nach dem Stuttgarter Vorbild sind in vielen Städten weitere Häuser des Jugendrechts entstanden, "
                  "bundesweit inzwischen rund 40, zum Beispiel in Mannheim und in Leipzig; die Ausgestaltung unterscheidet sich von Ort zu Ort."),
            ("h1", "Partner"),
            ("li", "Polizeipräsidium Stuttgart"),
            ("li", "Staatsanwaltschaft Stuttgart"),
            ("li", "Jugendamt der Landeshauptstadt Stuttgart (Jugendhilfe im Strafverfahren)"),
            ("li", "freie Träger der Jugendhilfe"),
        ],
    )


def de_heroin():
    make_pdf(
        SHEETS / "de" / "heroingestuetzte-behandlung-modellprojekt.pdf",
        "Fachinformation Drogenpolitik · Behandlung und Schadensminderung",
        "Stand: 2024",
        "Seite",
        "Das bundesdeutsche Modellprojekt zur heroingestützten Behandlung Opiatabhängiger",
        [
            ("h", "WORUM ES GING"),
            ("p", "Ein Teil der Heroinabhängigen profitiert nicht von der Substitution mit Methadon oder wird von ihr "
                  "gar nicht erreicht. Diese schwerstabhängigen Menschen sind gesundheitlich und sozial oft in einer "
                  "besonders schlechten Lage und begehen häufig Beschaffungsdelikte. Das Modellprojekt sollte "
                  "klären, ob die ärztlich kontrollierte Vergabe von pharmazeutisch reinem Heroin (Diamorphin) "
                  "diesen Menschen besser hilft als Methadon."),
            ("h", "WO UND WANN"),
            ("p", "Die Studie begann im Februar 2002 in Bonn; bis Anfang 2003 kamen die übrigen Städte hinzu, "
                  "insgesamt sieben: Bonn, Frankfurt am Main, Hamburg, Hannover, Karlsruhe, Köln und München. In jeder Stadt wurde eine eigene Ambulanz eingerichtet, in der die "
                  "Teilnehmenden das Diamorphin unter Aufsicht injizierten."),
            ("h", "STUDIENDESIGN"),
            ("p", "Es handelte sich um eine randomisierte, kontrollierte Studie mit 1.032 Teilnehmenden. Per "
                  "Zufall wurden sie entweder der Heroin-Gruppe oder einer Kontrollgruppe mit Methadon zugeteilt; "
                  "beide Gruppen erhielten zusätzlich psychosoziale Begleitung. Die Hauptzielkriterien waren eine "
                  "Verbesserung der Gesundheit und ein Rückgang des Konsums von Straßenheroin. Die "
                  "wissenschaftliche Leitung lag beim Zentrum für Interdisziplinäre Suchtforschung (ZIS) der "
                  "Universität Hamburg."),
            ("h", "ERGEBNISSE"),
            ("p", "Bei beiden Hauptkriterien schnitt die Heroin-Gruppe signifikant besser ab als die "
                  "Methadon-Gruppe. Zudem gingen die Beschaffungskriminalität und die Kontakte zur Drogenszene "
                  "zurück. Die Ergebnisse wurden in Fachzeitschriften veröffentlicht, u. a. im British Journal of "
                  "Psychiatry (2007)."),
            ("h", "WAS DARAUS WURDE"),
            ("p", "2009 beschloss der Bundestag, Diamorphin als Substitutionsmittel für schwerstabhängige Menschen "
                  "zuzulassen; seit 2010 zahlen die gesetzlichen Krankenkassen die Behandlung. Die meisten "
                  "Ambulanzen der Modellstädte arbeiten seitdem weiter, weitere sind hinzugekommen."),
            ("h", "FINANZIERUNG"),
            ("p", "Der Bund beteiligte sich über das Bundesministerium für Gesundheit mit 10,5 Mio. € an den "
                  "Kosten; den übrigen Teil trugen die beteiligten Länder und die Städte."),
        ],
    )


def pt_upp():
    make_pdf(
        SHEETS / "pt" / "upp-rio-de-janeiro.pdf",
        "Observatório de Práticas em Segurança Urbana · Ficha de prática",
        "UPP – Rio de Janeiro",
        "Página",
        "Unidades de Polícia Pacificadora (UPP) no Rio de Janeiro",
        [
            ("meta", "Local: Rio de Janeiro (RJ), Brasil  ·  Responsável: Secretaria de Estado de Segurança do Rio de Janeiro"),
            ("h", "1. Contexto"),
            ("p", "Durante décadas, grande parte das favelas cariocas esteve sob o domínio armado de facções do "
                  "tráfico de drogas ou de milícias. A presença do Estado limitava-se a incursões policiais "
                  "violentas, com muitos mortos, após as quais os grupos armados retomavam o controle."),
            ("h", "2. A proposta"),
            ("p", "Em dezembro de 2008 foi inaugurada a primeira Unidade de Polícia Pacificadora, no morro Santa "
                  "Marta, em Botafogo, na gestão do secretário de Segurança José Mariano Beltrame. O modelo tinha "
                  "duas fases: a retomada do território por tropas especiais, sem confronto anunciado, e a "
                  "instalação permanente de uma unidade de policiamento de proximidade, formada sobretudo por "
                  "policiais recém-formados."),
            ("p", "Nos anos seguintes o programa foi estendido a dezenas de comunidades, entre elas a Cidade de Deus, "
                  "o complexo do Alemão e a Rocinha, chegando a 38 unidades. A componente social, conhecida como "
                  "UPP Social, procurava levar serviços públicos aos territórios pacificados."),
            ("h", "3. Avaliação"),
            ("p", "Um estudo do Laboratório de Análise da Violência da Universidade do Estado do Rio de Janeiro "
                  "(Ignacio Cano e colaboradores, 2012), publicado pelo Fórum Brasileiro de Segurança Pública, "
                  "comparou os indicadores criminais das comunidades antes e depois da instalação das UPP. "
                  "Constatou uma queda forte das mortes violentas e das mortes decorrentes de intervenção "
                  "policial, ao mesmo tempo que aumentaram os registros de outros crimes, como lesões e "
                  "violência doméstica, em parte porque os moradores passaram a procurar a polícia."),
            ("h", "4. Crise"),
            ("p", "O desaparecimento do pedreiro Amarildo de Souza, em julho de 2013, depois de ser levado por "
                  "policiais da UPP da Rocinha, abalou a confiança dos moradores. A crise fiscal do estado a partir "
                  "de 2015-2016, a falta de investimento social e a volta dos confrontos enfraqueceram o programa, "
                  "e várias unidades foram extintas ou fundidas nos anos seguintes."),
            ("h", "5. Temas"),
            ("p", "Policiamento de proximidade · crime organizado · favelas · avaliação"),
        ],
    )


def pt_bairros():
    docx_bold(
        SHEETS / "pt" / "bairros-saudaveis.docx",
        "PROGRAMA BAIRROS SAUDÁVEIS",
        [
            ("p", "Programa público de âmbito nacional · Portugal"),
            ("b", "O que é"),
            ("p", "O Bairros Saudáveis é um programa de apoio a projetos locais que melhorem as condições de saúde, "
                  "bem-estar e qualidade de vida em territórios vulneráveis, através da participação das comunidades. "
                  "Foi criado por Resolução do Conselho de Ministros em julho de 2020, no contexto da pandemia de "
                  "COVID-19, que tornou mais visíveis as desigualdades entre bairros. A ideia inspira-se no programa "
                  "BIP/ZIP da Câmara Municipal de Lisboa, que apoia desde há anos projetos locais em bairros de "
                  "intervenção prioritária."),
            ("b", "Quem pode candidatar-se"),
            ("p", "Associações, coletividades, organizações não governamentais, movimentos cívicos e organizações de "
                  "moradores, em parceria com autarquias, juntas de freguesia e serviços de saúde e sociais."),
            ("b", "Que projetos"),
            ("p", "As intervenções podem ser de natureza social, de saúde, económica, ambiental ou urbanística: "
                  "hortas comunitárias, melhoria de espaços públicos, apoio a idosos isolados, ações de prevenção "
                  "com jovens, mediação comunitária, combate à insegurança alimentar, entre outras."),
            ("b", "Orçamento"),
            ("p", "O programa dispõe de uma dotação total de 10 milhões de euros, para executar em 2020 e 2021. Há "
                  "três tipos de apoio: pequenas intervenções (até 5 000 €), serviços à comunidade (até 25 000 €) e "
                  "projetos integrados (até 50 000 €). Ao primeiro concurso, no fim de 2020, concorreram 774 "
                  "candidaturas; 246 foram aprovadas, esgotando praticamente a dotação."),
            ("b", "Coordenação"),
            ("p", "A coordenação nacional foi confiada à arquiteta Helena Roseta, com uma comissão que reúne "
                  "representantes de várias áreas governativas (saúde, habitação, coesão territorial, segurança "
                  "social)."),
            ("b", "Porque interessa à segurança local"),
            ("p", "Ao reforçar laços de vizinhança, cuidar do espaço público e envolver os moradores nas decisões, "
                  "o programa atua sobre fatores que também pesam no sentimento de insegurança dos bairros."),
        ],
    )


def nl_bob():
    docx_table(
        SHEETS / "nl" / "bob-campagne.docx",
        "BOB – wie rijdt, drinkt niet",
        "Fiche uit de databank verkeersveiligheid en uitgaan.",
        [
            ("Land", "België"),
            ("Initiatiefnemer", "Belgisch Instituut voor de Verkeersveiligheid (BIVV), nu Vias institute"),
            ("Gestart", "1995"),
            ("Doel", "Rijden onder invloed na een avond uit, een feest of een familiebijeenkomst terugdringen door "
                     "vooraf af te spreken wie die avond niet drinkt en de anderen veilig naar huis brengt: de BOB."),
            ("Aanpak", "Terugkerende campagnes met affiches, radio- en tv-spots en sociale media, vooral tijdens de "
                       "eindejaarsperiode en in de zomer; horeca en organisatoren van evenementen en fuiven "
                       "promoten de BOB, soms met gratis frisdrank voor de bestuurder."),
            ("Handhaving", "De campagnes vallen samen met versterkte alcoholcontroles door de lokale en de federale "
                           "politie, zodat het preventieve bericht wordt ondersteund door een reële pakkans."),
            ("Navolging", "Het concept werd overgenomen in Nederland, waar de BOB-campagne eveneens jaarlijks loopt, "
                          "en inspireerde campagnes in andere Europese landen."),
            ("Betekenis", "Het woord 'bob' is in de Nederlandse taal een gewoon zelfstandig naamwoord en werkwoord "
                          "geworden ('wie bobt er vanavond?')."),
            ("Thema's", "Uitgaan · alcohol · verkeersveiligheid · politiecontroles"),
        ],
    )


def nl_cannabis():
    make_pdf(
        SHEETS / "nl" / "fs-cannabisregulering-europa.pdf",
        "Factsheet · Cannabisbeleid in Europa",
        "Kennisbank Lokale Veiligheid – 2024",
        "Pagina",
        "Van gedogen naar reguleren? Nieuwe vormen van cannabisbeleid in Europa",
        [
            ("h", "Waarom deze factsheet"),
            ("p", "Lange tijd was Nederland met zijn gedoogde coffeeshops een uitzondering in Europa. Sinds 2021 "
                  "kiezen meerdere landen voor een vorm van regulering van cannabis voor recreatief gebruik. Voor "
                  "gemeenten is dat relevant vanwege overlast, ondermijning, handhaving en preventie."),
            ("h", "Malta"),
            ("p", "In december 2021 werd Malta het eerste land van de Europese Unie dat bezit van een kleine "
                  "hoeveelheid en thuisteelt voor eigen gebruik legaliseerde. Daarnaast mogen non-profitverenigingen "
                  "onder vergunning cannabis telen en aan hun leden verstrekken."),
            ("h", "Luxemburg"),
            ("p", "Sinds juli 2023 mogen volwassenen in Luxemburg thuis maximaal vier planten per huishouden telen; "
                  "gebruik in de openbare ruimte blijft verboden."),
            ("h", "Duitsland"),
            ("p", "Op 1 april 2024 trad het Cannabisgesetz in werking. Volwassenen mogen sindsdien in de openbare "
                  "ruimte maximaal 25 gram bij zich hebben en thuis drie planten telen. Vanaf 1 juli 2024 kunnen "
                  "niet-commerciële teeltverenigingen (Anbauvereinigungen) een vergunning aanvragen. De wet schrijft "
                  "evaluaties voor van onder meer de effecten op jeugd en op de illegale markt; die moeten nog "
                  "verschijnen."),
            ("h", "Zwitserland"),
            ("p", "Een wetswijziging maakt sinds 2021 wetenschappelijke proefprojecten met legale verkoop mogelijk. "
                  "Sinds 2023 lopen zulke proeven onder meer in Basel en Zürich, met deelnemers die al cannabis "
                  "gebruiken."),
            ("h", "Nederland"),
            ("p", "Met het experiment gesloten coffeeshopketen test Nederland legale teelt voor coffeeshops: in "
                  "Breda en Tilburg sinds december 2023, in de andere deelnemende gemeenten sinds april 2025."),
            ("h", "Aandachtspunten voor gemeenten"),
            ("li", "grensoverschrijdend drugstoerisme en de positie van grensgemeenten;"),
            ("li", "toezicht op verenigingen en verkooppunten, samen met politie en OM;"),
            ("li", "preventie voor jongeren en voorlichting over sterkte (THC-gehalte);"),
            ("li", "de vraag of de illegale markt werkelijk krimpt – daarvoor is onafhankelijk onderzoek nodig."),
        ],
    )


def main():
    for build in (en_checkpoint, en_nottingham, fr_gardiens, fr_alerte, es_atenpro, it_dafne, it_gate,
                  de_hdjr, de_heroin, pt_upp, pt_bairros, nl_bob, nl_cannabis):
        build()
    print("docx and pdf sheets written")


if __name__ == "__main__":
    main()
