"""Build the docx and pdf sheets of holdout set C from the texts below.

Run from this folder, in a light venv:
    python3 -m venv .venv && . .venv/bin/activate && pip install -q python-docx==1.2.0 fpdf2==2.8.9 pyyaml
    python make_files.py

The generated files are committed; running the script again gives the same text
(dates in the document metadata are fixed so that rebuilds do not change them).
"""
from __future__ import annotations

import datetime as dt
import os

from docx import Document
from docx.shared import Pt
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))

# ------------------------------------------------------------------------ sheet texts
# Each sheet is a list of (kind, value) items: t = title, sub = subtitle, h1/h2 = headings,
# p = paragraph, l = list, b = bold line used as a heading, table = rows of cells.

# ======================================================================== bracelet_fr
# Content of sheets/fr/bracelet-anti-rapprochement.docx (two-column field/value table layout).
BRACELET_FR_TITLE = "Fiche dispositif – Le bracelet anti-rapprochement (BAR)"
BRACELET_FR_INTRO = ("Fiche rédigée pour le recueil des pratiques de prévention des violences conjugales. "
         "Elle décrit un dispositif national ; les juridictions et les acteurs locaux sont cités à titre d'exemple.")
BRACELET_FR_ROWS = [
    ("Intitulé", "Bracelet anti-rapprochement (dispositif électronique mobile anti-rapprochement)"),
    ("Pays", "France (métropole et outre-mer)"),
    ("Niveau", "National – ministère de la Justice ; suivi des porteurs assuré par l'administration pénitentiaire"),
    ("Base juridique", "Loi n° 2019-1480 du 28 décembre 2019 visant à agir contre les violences au sein de la famille ; "
                       "décret n° 2020-1161 du 23 septembre 2020 relatif à la mise en œuvre d'un dispositif électronique mobile anti-rapprochement"),
    ("Origine", "Le bracelet était l'une des principales annonces du Grenelle des violences conjugales organisé à l'automne 2019. "
                "La loi est issue d'une proposition de loi du député Aurélien Pradié, adoptée en décembre 2019. Le modèle s'inspire de "
                "l'Espagne, où un dispositif comparable est utilisé depuis la fin des années 2000."),
    ("Mise en service", "Le dispositif peut être ordonné à partir du 25 septembre 2020 dans cinq juridictions pilotes : Angoulême, "
                        "Aix-en-Provence, Bobigny, Douai et Pontoise. Il est ensuite étendu aux tribunaux les plus importants de chaque "
                        "cour d'appel, puis généralisé à l'ensemble du territoire à la fin du mois de décembre 2020."),
    ("Public", "Personnes victimes de violences de la part de leur conjoint, concubin ou partenaire de PACS, actuel ou ancien ; "
               "auteurs ou auteurs présumés de ces violences."),
    ("Principe", "L'auteur porte à la cheville un bracelet relié à un boîtier GPS ; la personne protégée garde sur elle un boîtier "
                 "également géolocalisé. Le juge fixe une distance d'alerte, comprise entre 1 et 10 kilomètres ; la zone de pré-alerte "
                 "correspond au double de cette distance."),
    ("Déroulement d'une alerte", "1) Le porteur entre dans la zone de pré-alerte : une plateforme de téléassistance le contacte et lui "
                                 "demande de s'éloigner. 2) Il entre dans la zone d'alerte : la personne protégée est appelée et "
                                 "informée, et les forces de l'ordre peuvent être envoyées sur place. Toute tentative d'arracher ou "
                                 "d'endommager la sangle déclenche aussi une alerte."),
    ("Qui peut l'ordonner ?", "Au pénal : le juge, avant le jugement dans le cadre d'un contrôle judiciaire, ou après, au titre de la "
                              "peine ou de ses modalités d'exécution. Au civil : le juge aux affaires familiales, dans une ordonnance de "
                              "protection ; l'accord de l'auteur est alors nécessaire et, en cas de refus, le juge peut aviser le parquet."),
    ("Partenaires", "Juridictions (parquets, juges aux affaires familiales, juges de l'application des peines) ; administration "
                    "pénitentiaire ; police et gendarmerie ; prestataire privé chargé de la plateforme de surveillance ; associations "
                    "d'aide aux victimes."),
    ("Moyens", "Environ 1 000 bracelets disponibles au lancement. Le garde des Sceaux a ensuite annoncé devant l'Assemblée nationale "
               "une hausse de 50 % du budget consacré aux bracelets, sans qu'un montant global figure dans les documents consultés."),
    ("Chiffres clés", "1 405 personnes ont bénéficié d'un bracelet entre octobre 2020 et octobre 2022 ; au 12 décembre 2022, "
                      "954 dispositifs étaient actifs et 50 en attente de pose."),
    ("Évaluation", "Un rapport parlementaire consacré au traitement judiciaire des violences intrafamiliales, publié le 22 mai 2023, "
                   "a dressé un premier bilan chiffré du dispositif (voir ci-dessus). Dans le même temps, magistrats, associations et "
                   "députés ont signalé de nombreux dysfonctionnements techniques : alertes intempestives, matériel en panne, difficultés "
                   "en zone urbaine dense. Des juges de l'application des peines ont décrit des rapports d'incident si nombreux qu'ils ne "
                   "peuvent plus être lus en temps réel. Le premier contrat avec le prestataire technique a été résilié et un nouveau "
                   "prestataire a été retenu."),
    ("Points de vigilance", "Le bracelet ne remplace ni l'accompagnement de la victime ni l'évaluation du danger ; il suppose une "
                            "chaîne d'alerte fiable, du prestataire jusqu'à la patrouille. Une victime saturée d'alertes injustifiées "
                            "peut renoncer au dispositif."),
    ("Dispositifs voisins", "Téléphone grave danger ; ordonnance de protection ; en Espagne, surveillance électronique des mesures d'éloignement."),
]


# ======================================================================== wohnpartner_de
# Content of sheets/de/wohnpartner-wien.docx (headings are bold paragraphs, no heading styles).
# Each item: ("b", text) = bold line used as heading; ("p", text) = paragraph; ("l", [items]) = list.
WOHNPARTNER_DE_TITLE = "wohnpartner – das Nachbarschaftsservice im Wiener Gemeindebau"
WOHNPARTNER_DE_ITEMS = [
    ("p", "Praxisbeispiel | Stadt Wien, Österreich | Nachbarschaft, Konfliktregelung, sozialer Wohnbau"),
    ("b", "Ausgangslage"),
    ("p", "Wien besitzt einen der größten kommunalen Wohnungsbestände Europas. In rund 2.000 Wohnhausanlagen des "
          "Gemeindebaus lebt etwa eine halbe Million Menschen – in manchen Anlagen wie Am Schöpfwerk wohnen um die "
          "4.000 Personen Tür an Tür. Wo so viele Menschen unterschiedlicher Generationen und Herkunft zusammenleben, "
          "entstehen Reibungen: Lärm im Stiegenhaus, Kinder im Hof, Hunde, Müll, die Nutzung von Grünflächen. Rund die "
          "Hälfte der Anliegen, die an wohnpartner herangetragen werden, betreffen Lärm und Ruhestörung. Für diese Art "
          "von Arbeit hat eine Hausverwaltung keine Ressourcen."),
    ("b", "Entstehung"),
    ("p", "wohnpartner ging aus der früheren Gebietsbetreuung für städtische Wohnhausanlagen hervor. Im Jahr 2010 wurde "
          "das Nachbarschaftsservice als eigenständige Einrichtung der Stadt Wien aufgestellt, getrennt von der "
          "Gebietsbetreuung. Im selben Jahr startete das Begrüßungsprojekt „Willkommen Nachbar!“ für neue Mieterinnen "
          "und Mieter."),
    ("b", "Ziele"),
    ("l", ["gute Nachbarschaft und das Miteinander im Gemeindebau fördern",
           "Konflikte früh erkennen und gemeinsam mit den Beteiligten lösen",
           "Bewohnerinnen und Bewohner dabei unterstützen, eigene Ideen für ihre Anlage umzusetzen",
           "das subjektive Sicherheitsgefühl stärken, weil man seine Nachbarn kennt"]),
    ("b", "Was das Team konkret macht"),
    ("p", "Konfliktarbeit und Mediation: Bei Meinungsverschiedenheiten zwischen Nachbarinnen und Nachbarn vermittelt "
          "wohnpartner und führt kostenlose Mediationen durch. In den Anlaufstellen kann man werktags ohne Termin "
          "vorbeikommen."),
    ("p", "wohnpartner unterwegs: Teams besuchen in den Abend- und Nachtstunden die Höfe, nehmen Anliegen auf und "
          "vermitteln vor Ort – zum Beispiel zwischen dem Wunsch älterer Menschen nach Ruhe und dem Bewegungsdrang von "
          "Kindern und Jugendlichen. Was als Sommeraktion begann, wurde zu einem ganzjährigen Angebot ausgebaut."),
    ("p", "Gemeinwesenarbeit: Hofcafés, Lernbegleitung, Frauentreffs, Flohmärkte, Kreativwerkstätten, die "
          "„Nachbarschaftliche Schachpartie“ oder Zeitzeugenprojekte. Viele Ideen kommen von den Mieterinnen und Mietern "
          "selbst; wohnpartner hilft bei der Umsetzung und übergibt sie später an die Hausgemeinschaft."),
    ("p", "Nachbarschaftszentren: In Bewohnerzentren und Grätzl-Zentren gibt es konsumfreie Räume für Beratung und "
          "Begegnung. Ein Beispiel ist die Bassena Am Schöpfwerk, das älteste Nachbarschaftszentrum Österreichs, das "
          "bis 2015 vom Verein Wiener Jugendzentren geführt wurde und seither von wohnpartner betreut wird."),
    ("p", "Einzugsbegleitung: Bei neuen Gemeindebauten („Gemeindebau NEU“) ist wohnpartner im Auftrag von Wiener "
          "Wohnen schon ab der Bauphase dabei, bietet nach dem Einzug Sprechstunden und Willkommensfeste an und hilft, "
          "Regeln für Gemeinschaftsräume und Freiflächen gemeinsam festzulegen."),
    ("b", "Team"),
    ("p", "Rund 150 Mitarbeiterinnen und Mitarbeiter aus sehr unterschiedlichen Fächern: Sozialpädagogik, Mediation, "
          "Psychologie, Sozialwissenschaften, Rechtswissenschaften, Landschaftsplanung, Kunsttherapie."),
    ("b", "Partner"),
    ("p", "Stadt Wien, Wiener Wohnen (Hausverwaltung des Gemeindebaus), soziale Einrichtungen im Grätzl "
          "und die Polizei – etwa bei der gemeinsamen Tour „Respekt: gemeinsam sicher“ mit Wiener Wohnen und der "
          "Grätzlpolizei, bei der Höfe besucht und Fragen zu Hausordnung, Lärm, Sauberkeit und Sicherheit vor Ort "
          "geklärt werden."),
    ("b", "Kosten für die Bewohnerinnen und Bewohner"),
    ("p", "Keine. Das Angebot wird von der Stadt Wien zur Verfügung gestellt."),
    ("b", "Übertragbarkeit"),
    ("p", "Der Ansatz eignet sich für jede Stadt mit großen Beständen an sozialem oder gemeinnützigem Wohnbau. "
          "Entscheidend ist, dass das Team regelmäßig vor Ort präsent ist und nicht erst kommt, wenn ein Konflikt "
          "eskaliert ist."),
]


# ======================================================================== codice_rosa_it
# Content of sheets/it/codice-rosa-grosseto.docx (real Word heading styles: Title, Heading 1, Heading 2).
# ("t", text) title, ("h1", text), ("h2", text), ("p", text), ("l", [items]), ("table", [rows])
CODICE_ROSA_IT_ITEMS = [
    ("t", "Codice Rosa: un percorso in pronto soccorso per chi subisce violenza"),
    ("p", "Scheda di buona pratica – Azienda sanitaria di Grosseto e Rete regionale Codice Rosa, Regione Toscana"),
    ("table", [["Luogo di origine", "Grosseto (Toscana)"],
               ["Promotori", "Azienda sanitaria di Grosseto e Procura della Repubblica di Grosseto"],
               ["Ambito attuale", "Tutte le aziende sanitarie e ospedaliere della Toscana"],
               ["Destinatari", "Donne vittime di violenza; minori, anziani e persone vulnerabili; vittime di crimini d'odio"],
               ["Settore", "Sanità, giustizia, sicurezza, servizi sociali"]]),

    ("h1", "1. In sintesi"),
    ("p", "Il Codice Rosa è un percorso di accesso al pronto soccorso riservato alle persone che hanno subito violenza. "
          "Accanto alle cure richieste dalle condizioni cliniche, attiva un gruppo di operatori formati che accolgono "
          "la persona in un ambiente riservato, raccolgono e conservano le prove in modo "
          "che possano essere usate in un eventuale processo e mettono la vittima in contatto con i servizi e i centri "
          "antiviolenza del territorio. Il percorso si attiva anche quando la persona non intende sporgere denuncia."),
    ("p", "Nato come progetto pilota a Grosseto, è stato esteso a tutta la Toscana ed è diventato un riferimento per le "
          "linee guida nazionali sull'assistenza alle donne che subiscono violenza."),

    ("h1", "2. Il problema"),
    ("p", "La violenza contro le donne è diffusa e in larga parte sommersa. Secondo l'indagine ISTAT del 2014 sulla "
          "sicurezza delle donne, il 31,5 per cento delle donne tra i 16 e i 70 anni ha subito nel corso della vita una "
          "qualche forma di violenza fisica o sessuale. Solo una piccola parte di questi episodi arriva alle forze "
          "dell'ordine."),
    ("p", "Il pronto soccorso è spesso il primo, e talvolta l'unico, luogo pubblico in cui una donna maltrattata entra "
          "in contatto con un'istituzione. Ma chi arriva con una frattura o un livido raramente dice come se l'è "
          "procurato, soprattutto se il partner violento la accompagna o la aspetta fuori. Un medico che ha pochi minuti "
          "per paziente e nessuna indicazione su cosa fare rischia di curare la ferita e rimandare a casa la persona, "
          "senza riconoscere la violenza e senza documentarla. Le prove si perdono e la volta successiva può essere "
          "troppo tardi."),
    ("p", "Lo stesso vale per bambini maltrattati, anziani vittime di abusi da parte di familiari o badanti, persone "
          "aggredite per il colore della pelle o per l'orientamento sessuale: vittime vulnerabili che entrano nel sistema "
          "sanitario ma non sempre ne escono protette."),

    ("h1", "3. Come è nato"),
    ("p", "L'idea nasce a Grosseto da un'intuizione della dottoressa Vittoria Doretti, medico dell'azienda sanitaria "
          "locale, condivisa con la Procura della Repubblica di Grosseto. L'obiettivo era semplice: mettere intorno alla "
          "vittima, già al momento dell'accesso in pronto soccorso, tutte le competenze necessarie – sanitarie, "
          "investigative, giudiziarie e sociali – invece di lasciarla passare da un ufficio all'altro."),
    ("p", "Il progetto pilota prende avvio nel duemiladieci nell'allora Asl 9 di Grosseto, formalizzato con un protocollo "
          "d'intesa tra l'azienda sanitaria e la Procura e realizzato in collaborazione con i centri antiviolenza della "
          "provincia. Dopo i primi anni di sperimentazione, la Regione Toscana decide di estenderlo: dal 2014 il Codice "
          "Rosa è attivo in tutte le aziende sanitarie e ospedaliere toscane, coordinate da una Rete regionale di cui "
          "Vittoria Doretti è responsabile."),

    ("h1", "4. Come funziona"),
    ("h2", "4.1 L'accesso"),
    ("p", "Quando al triage emerge – da ciò che la persona racconta o da ciò che il personale osserva – il sospetto che "
          "le lesioni siano frutto di violenza, si attiva il percorso Codice Rosa: le cure necessarie restano la "
          "priorità, ma da quel momento la persona è seguita da operatori dedicati, in un ambiente riservato."),
    ("h2", "4.2 La task force"),
    ("p", "Il cuore del modello è un gruppo multidisciplinare, la cosiddetta task force, composto da medici, infermieri, "
          "ostetriche, psicologi e assistenti sociali formati specificamente, che lavora in rete con la magistratura e "
          "con le forze dell'ordine. Nei casi in cui la vittima decide di denunciare, la collaborazione con la Procura "
          "permette di avviare rapidamente le indagini e, se necessario, le misure di protezione."),
    ("h2", "4.3 Cura, prove, protezione"),
    ("l", ["visita e cure mediche, con attenzione ai tempi e alla volontà della persona;",
           "documentazione accurata delle lesioni e raccolta e conservazione dei reperti secondo procedure che li rendono "
           "utilizzabili in sede giudiziaria, anche se la denuncia arriverà più tardi o non arriverà mai;",
           "valutazione del rischio e, se serve, collocazione protetta in accordo con i centri antiviolenza e i servizi sociali;",
           "informazione sui diritti e sui servizi disponibili sul territorio;",
           "presa in carico successiva, con l'invio concordato ai servizi e ai centri antiviolenza."]),
    ("h2", "4.4 I percorsi"),
    ("p", "Il percorso principale è quello dedicato alle donne che subiscono violenza maschile (percorso donna). Accanto a "
          "questo, il Codice Rosa riguarda anche minori, anziani e persone discriminate o vittime di crimini d'odio, cioè tutte le persone vulnerabili che arrivano in ospedale dopo una violenza."),

    ("h1", "5. Attori coinvolti"),
    ("table", [["Chi", "Ruolo"],
               ["Aziende sanitarie e ospedaliere", "Pronto soccorso, task force, formazione del personale, conservazione delle prove"],
               ["Procure della Repubblica", "Protocolli d'intesa, avvio delle indagini quando la vittima denuncia"],
               ["Forze dell'ordine", "Intervento e protezione"],
               ["Centri antiviolenza", "Accoglienza, ascolto, case rifugio, accompagnamento dopo la dimissione"],
               ["Servizi sociali", "Presa in carico di minori e persone fragili"],
               ["Regione Toscana", "Coordinamento della Rete regionale Codice Rosa"]]),

    ("h1", "6. La formazione"),
    ("p", "Il percorso funziona solo se il personale sa riconoscere i segnali della violenza e sa cosa fare. Per questo il "
          "Codice Rosa si accompagna a una formazione continua degli operatori di pronto soccorso e dei reparti coinvolti "
          "– medici, infermieri, ostetriche – che riguarda sia gli aspetti clinici e medico-legali sia il modo di "
          "accogliere e ascoltare. Un codice che nessuno sa attivare resta sulla carta."),

    ("h1", "7. Il quadro nazionale"),
    ("p", "L'esperienza toscana ha anticipato le norme nazionali. La legge di stabilità per il 2016 (legge 28 dicembre "
          "2015, n. 208, commi 790 e 791) ha previsto nelle aziende sanitarie e ospedaliere un «percorso di tutela delle "
          "vittime di violenza», da attuare con gruppi multidisciplinari. Il decreto del Presidente del Consiglio dei "
          "ministri del 24 novembre 2017, pubblicato nella Gazzetta Ufficiale del 30 gennaio 2018, ha poi adottato le "
          "Linee guida nazionali per le aziende sanitarie e ospedaliere in tema di soccorso e assistenza socio-sanitaria "
          "alle donne vittime di violenza, con la denominazione unica di «Percorso per le donne che subiscono violenza». "
          "Le esperienze già consolidate nei territori, come il Codice Rosa, potevano mantenere temporaneamente il proprio "
          "nome, ma dovevano adeguarsi alle raccomandazioni nazionali entro un anno."),
    ("p", "Da non confondere: il cosiddetto «Codice Rosso» (legge 19 luglio 2019, n. 69) è una legge che accelera i "
          "procedimenti penali per i reati di violenza domestica e di genere; il Codice Rosa è invece un percorso "
          "sanitario."),

    ("h1", "8. Risorse"),
    ("p", "Il Codice Rosa non dispone di un finanziamento specifico indicato in questa scheda: si regge sull'organizzazione "
          "dei servizi sanitari regionali e sulla formazione del personale. Le stesse linee guida nazionali prevedono "
          "che siano recepite compatibilmente con le risorse disponibili del Fondo sanitario nazionale."),

    ("h1", "9. Numeri"),
    ("p", "Nel 2017 la stampa locale di Grosseto riferiva di circa 500 accessi all'anno al Codice Rosa. Il dato va letto con prudenza: più accessi non significano necessariamente "
          "più violenza, ma spesso una maggiore capacità dei servizi di riconoscerla."),

    ("h1", "10. Diffusione e riconoscimenti"),
    ("p", "Il modello è stato presentato in numerosi convegni e giornate di studio. Nel 2019 la Regione Toscana ha "
          "dedicato al decennale una giornata dal titolo «A dieci anni dal primo Codice Rosa. Grosseto protagonista di "
          "una sfida», con interventi di amministratori regionali, dirigenti sanitari, dell'Istat e della presidente della "
          "Commissione d'inchiesta del Senato sul femminicidio. L'esperienza è stata portata anche all'estero: nel 2013 Vittoria Doretti ha partecipato, "
          "con la Regione Toscana e Oxfam Italia, a una missione nella Repubblica Dominicana."),

    ("h1", "11. Punti di forza e criticità"),
    ("h2", "Punti di forza"),
    ("l", ["intercetta la violenza nel luogo in cui la vittima arriva comunque, senza chiederle di andare altrove;",
           "separa la cura dalla denuncia: la persona viene protetta anche se non è pronta a denunciare;",
           "mette in rete sanità, giustizia, forze dell'ordine e centri antiviolenza con regole condivise;",
           "le prove raccolte bene all'inizio pesano nel processo."]),
    ("h2", "Criticità"),
    ("l", ["la qualità dipende dalla formazione e dal ricambio del personale di pronto soccorso;",
           "nei presìdi più piccoli può essere difficile garantire sempre la presenza di operatori formati;",
           "la continuità dopo la dimissione richiede servizi territoriali e centri antiviolenza adeguatamente sostenuti."]),

    ("h1", "12. Per saperne di più"),
    ("p", "Rete regionale Codice Rosa – Regione Toscana."),
]


# ======================================================================== drug_checking_en
# Content of sheets/en/fs-drug-checking-services.pdf (long fact sheet, running header/footer, page numbers).
DRUG_CHECKING_EN_HEADER = "Fact sheet | Drug checking services in European cities"
DRUG_CHECKING_EN_FOOTER = "Practice exchange on drugs and nightlife"
DRUG_CHECKING_EN_ITEMS = [
    ("t", "Drug checking services in European cities"),
    ("sub", "Fact sheet - harm reduction for people who use drugs recreationally"),
    ("h1", "Summary"),
    ("p", "Drug checking means that people who use drugs can hand in a small sample of a substance they have bought "
          "and have it chemically analysed, free and anonymously, before they decide whether and how to take it. The "
          "result comes with a conversation about risks, doses and combinations. Services of this kind have existed in "
          "Europe since the early 1990s. They run in very different ways: as mobile laboratories at raves and festivals, "
          "as fixed counselling centres in a city, or as postal services. What they share is the idea that people who "
          "have already decided to use a drug are better protected if they know what it contains - and that the "
          "analyses, pooled over time, tell public health services and police what is circulating on the market."),
    ("p", "This fact sheet describes the main models and six services in the Netherlands, Austria, Switzerland, Spain, "
          "Wales and Germany, and draws out points for cities that are considering such a service."),

    ("h1", "1. Why cities take an interest"),
    ("p", "The illicit market gives buyers no information. An ecstasy tablet may contain far more MDMA than the buyer "
          "expects, a completely different active substance, or a mixture. Cocaine is routinely cut with other "
          "substances. Since the late 2000s new psychoactive substances - products designed to imitate controlled drugs - "
          "have added further uncertainty, and emergency doctors have repeatedly faced patients who could not say what "
          "they had taken."),
    ("p", "Most people who use drugs at weekends or at festivals are not in contact with drug services. Offering to test "
          "their drugs is one of the few ways of reaching them. For a city, drug checking can therefore serve several "
          "goals at once:"),
    ("l", ["preventing poisonings and emergencies, especially at large events;",
           "reaching recreational users with accurate, non-judgmental information;",
           "detecting dangerous batches early and warning the public;",
           "collecting data on the local drug market for health services, police and policy makers;",
           "supporting a night-time economy in which clubs and festivals take responsibility for the health of their guests."]),

    ("h1", "2. Three models"),
    ("h2", "2.1 On-site testing at events"),
    ("p", "A team with a mobile laboratory sets up at a rave, a club night or a festival. Visitors hand in a sample, "
          "usually anonymously, and receive the result within minutes or within an hour, depending on the technique. "
          "This model reaches people at the moment and place of use, but it is expensive per event and depends on the "
          "organisers inviting the team."),
    ("h2", "2.2 Fixed-site services"),
    ("p", "Samples are handed in at a counselling centre during set opening hours and are analysed in a laboratory; "
          "the result is available after a few days. Because the analysis can be more thorough, fixed sites identify a "
          "wider range of substances. They tend to reach people who use drugs in private settings and during the week, "
          "not only at parties."),
    ("h2", "2.3 Postal services"),
    ("p", "People send a sample by post with only a reference code and read the result online. This reaches users "
          "far from any service, but it offers no face-to-face counselling at the point of hand-in."),

    ("h1", "3. Six services"),

    ("h2", "3.1 Netherlands - DIMS, the national network (since 1992)"),
    ("p", "In the Netherlands, local initiatives tested ecstasy pills at parties at the end of the 1980s. In 1992 they "
          "were brought together in one project, the Drugs Informatie en Monitoring Systeem (DIMS), which makes it one of "
          "the oldest drug checking systems in the world. DIMS is commissioned by the Dutch Ministry of Health and "
          "coordinated by the Trimbos Institute in Utrecht. Addiction care organisations across the country run the "
          "testing locations - more than thirty of them - where users hand in samples, which are analysed in a "
          "laboratory."),
    ("p", "DIMS has two tasks: monitoring, to know what is on the market, and surveillance, to spot dangerous "
          "developments early. When a substance poses an immediate threat to public health, a national warning "
          "campaign known as a Red Alert is issued, following a protocol agreed with the Ministry of Health, the health "
          "inspectorate and the participating services. In 2015 almost 14,000 visitors handed in more than 12,000 samples; "
          "six in ten were ecstasy. The data feed into the national drug monitor and into prevention policy."),

    ("h2", "3.2 Vienna - checkit! (since 1997)"),
    ("p", "In the mid-1990s large raves were drawing thousands of young people in Vienna, and doctors at the city's "
          "general hospital were treating poisonings without knowing what had been taken. The city's drug coordinator "
          "at the time supported the idea of analysing drugs on site instead. After legal and practical obstacles had "
          "been overcome, checkit! had its first event in 1997, at raves in the Gasometer."),
    ("p", "checkit! is part of Suchthilfe Wien, the city's addiction services, and is funded by the City of Vienna. A "
          "bus fitted as a mobile laboratory travels to techno events and festivals; chemists analyse the samples with "
          "liquid chromatography and mass spectrometry, while counsellors talk to the people waiting for results. Staff "
          "do not handle the drugs themselves: the user scrapes off the few milligrams needed under supervision. The "
          "project has worked closely with the Medical University of Vienna. The team is present at an event roughly "
          "once a month and analyses up to 230 samples a night; in 2017 it analysed 1,286 samples, the highest number "
          "since it began. According to the service, one event costs between 2,000 and 7,000 euros."),
    ("p", "Over the years the team has seen the market change: where tablets sold as ecstasy once often contained "
          "other substances, the recurrent problem more recently has been very high doses of MDMA."),

    ("h2", "3.3 Zurich - Saferparty and the Drug Information Centre (since 2001)"),
    ("p", "In autumn 2001 the City of Zurich's youth counselling service Streetwork began a pilot with drug checking at "
          "parties, together with an information website. Techno culture had brought a new pattern of use to the city: "
          "socially well-integrated people who took drugs occasionally at parties but risked overdosing. In late "
          "September 2006 the city opened a Drug Information Centre (Drogeninformationszentrum, DIZ) with ARUD, a local "
          "association for lower-risk drug use, where people can have substances tested and receive advice; a medical "
          "clinic at the same address allows direct referral to treatment."),
    ("p", "An early review of the first six months found that the centre reached people who did not go to parties, "
          "who were mostly in work and on average 33 years old, and that the share of women seeking advice was twice as "
          "high as at parties. Today samples can be handed in at two locations in the city, one of them in the middle of "
          "the nightlife district around Langstrasse, and the team also tests on site at large events such as the Street "
          "Parade. In 2019 the service tested about 2,300 samples and informed some 3,700 people about risks. Unlike many "
          "services elsewhere, it is run directly by the city rather than by an NGO."),

    ("h2", "3.4 Spain - Energy Control (since 1997)"),
    ("p", "Energy Control grew out of the experience of social workers at a drug treatment centre in the Sants "
          "district of Barcelona, who in the mid-1990s began seeing young people with problems related to ecstasy and "
          "went to observe the clubs and raves where it was used. The project was created in 1997 within the NGO "
          "Asociación Bienestar y Desarrollo (ABD). It now works across Spain from offices in Catalonia, Madrid, the "
          "Balearic Islands and Andalusia."),
    ("p", "Its teams are present at clubs, festivals and local fiestas with information stands and peer educators, "
          "and it offers substance analysis - first rapid colour tests with reagents, then laboratory techniques. "
          "Energy Control is part of the Spanish early warning system on new substances and has received support from "
          "local councils, regional governments and the national drugs plan."),

    ("h2", "3.5 Wales - WEDINOS (since 2013)"),
    ("p", "WEDINOS - Welsh Emerging Drugs and Identification of Novel Substances - started informally in 2009, when "
          "clinicians in Gwent, faced with patients who had taken unknown substances, arranged for samples to be tested "
          "in a toxicology laboratory. From 2013 Public Health Wales, with the support of the Welsh Government, turned "
          "this into a national service."),
    ("p", "WEDINOS works by post: anyone can send a sample with a form and a reference code, and the result is "
          "published online under that code, so that the substance cannot be traced back to the sender. The laboratory "
          "is in Cardiff. Police forces and health workers also send substances they cannot identify. Reporting at the "
          "launch put the Welsh Government's funding at about 100,000 pounds a year. Although based in Wales, the "
          "service accepts samples from across the United Kingdom."),

    ("h2", "3.6 Berlin - drug checking in three counselling centres (since 2023)"),
    ("p", "Berlin decided to set up drug checking several years before it actually started; the project finally went "
          "into regular operation on 6 June 2023, funded by the Senate's health department. An annual budget of about "
          "200,000 euros had been earmarked for it."),
    ("p", "Berlin chose a decentralised, fixed-site model. Samples are handed in during weekly consultation hours at "
          "three drug services - Fixpunkt in Neukölln, vista in Kreuzberg and Schwulenberatung Berlin in "
          "Charlottenburg - after an intake conversation about the person's use and risks. A courier takes them to the "
          "laboratory of the state institute for forensic and social medicine, and the result can be collected in "
          "person or by phone a few days later, in time for the weekend. Particularly dangerous findings are published "
          "as warnings on the project's website. Between July 2023 and June 2024 about 1,800 samples were analysed and "
          "close to 850 warnings about dangerous or mislabelled substances were issued. Demand has been far higher than "
          "the available slots."),

    ("h1", "4. The services at a glance"),
    ("table", [["Service", "Country", "Since", "Model", "Run by"],
               ["DIMS", "Netherlands", "1992", "fixed sites, national network", "Trimbos Institute with addiction services"],
               ["checkit!", "Austria (Vienna)", "1997", "mobile lab at events + counselling", "Suchthilfe Wien"],
               ["Energy Control", "Spain", "1997", "events + analysis service", "ABD (NGO)"],
               ["Saferparty / DIZ", "Switzerland (Zurich)", "2001 / 2006", "events + fixed site", "City of Zurich"],
               ["WEDINOS", "United Kingdom (Wales)", "2013", "postal", "Public Health Wales"],
               ["Drug-Checking Berlin", "Germany (Berlin)", "2023", "fixed sites, central lab", "three drug services, state lab"]]),

    ("h1", "5. Legal and practical questions"),
    ("p", "Handling illegal substances is itself an offence in most countries, so every service needs a legal basis "
          "or an explicit agreement with the authorities. In Vienna the analysis is carried out as a scientific project; "
          "in Berlin the analysis is done by an authorised laboratory, not by the counselling centres. Rules on who may "
          "touch a sample, how much may be kept and how results may be communicated differ from place to place and "
          "shape the design of the service."),
    ("p", "Services also have to decide how to present results. A 'clean' result can be misread as a guarantee of "
          "safety; most services therefore pair every result with counselling and avoid any language that suggests "
          "approval. Critics have argued that drug checking condones use or could help dealers test their products; "
          "services respond that the people who come have already bought the drug, that many decide not to take it "
          "after a worrying result, and that the information protects others too."),

    ("h1", "6. Points for cities"),
    ("l", ["Decide the goal first. Reaching party-goers on site, monitoring the market and reaching people who use at "
           "home call for different models - or a combination.",
           "Secure the legal basis and the agreement of police and prosecutors before the first sample is taken.",
           "Budget for a laboratory. Rapid colour tests are cheap but limited; reliable identification and dosage need "
           "chromatography or similar methods.",
           "Combine testing with counselling. The conversation while people wait is where most of the prevention happens.",
           "Plan how warnings will reach people quickly: websites, social media, clubs and festival organisers.",
           "Expect demand to exceed capacity when a service opens, as Berlin and Zurich both found.",
           "Share data with other services: early warning works best across borders."]),
    ("p", "None of the six services claims to make drug use safe. They are one element of a wider nightlife and "
          "drugs policy, alongside prevention, treatment and the regulation of venues."),
]


# ======================================================================== demokratie_leben_de
# Content of sheets/de/demokratie-leben-bundesprogramm.pdf (long sheet, running header/footer, page numbers).
DEMOKRATIE_LEBEN_DE_HEADER = "Praxisblatt Extremismusprävention | Bundesprogramm „Demokratie leben!“"
DEMOKRATIE_LEBEN_DE_FOOTER = "Arbeitshilfe für kommunale Präventionsräte"
DEMOKRATIE_LEBEN_DE_ITEMS = [
    ("t", "„Demokratie leben!“ – das Bundesprogramm für Demokratieförderung, Vielfalt und Extremismusprävention"),
    ("sub", "Praxisblatt für Kommunen, freie Träger und Präventionsgremien"),
    ("table", [["Programmträger", "Bundesministerium für Familie, Senioren, Frauen und Jugend (BMFSFJ)"],
               ["Umsetzung", "Regiestelle im Bundesamt für Familie und zivilgesellschaftliche Aufgaben (BAFzA)"],
               ["Ebene", "bundesweit; gefördert werden Vorhaben auf kommunaler, Landes- und Bundesebene"],
               ["Programmstart", "1. Januar 2015"],
               ["Mittel im Startjahr", "40,5 Mio. Euro"],
               ["Förderperioden", "2015–2019, 2020–2024, 2025–2032"]]),

    ("h1", "1. Worum es geht"),
    ("p", "„Demokratie leben!“ ist das größte Förderprogramm des Bundes für Demokratieförderung und "
          "Extremismusprävention. Es unterstützt Initiativen, Vereine, Kommunen und engagierte Bürgerinnen und Bürger, "
          "die sich für ein vielfältiges, gewaltfreies und demokratisches Zusammenleben einsetzen und gegen jede Form von "
          "Menschen- und Demokratiefeindlichkeit arbeiten. Die Ziele werden häufig in drei Stichworten zusammengefasst: "
          "Demokratie fördern, Vielfalt gestalten, Extremismus vorbeugen."),
    ("p", "Für Kommunen ist das Programm vor allem wegen der lokalen „Partnerschaften für Demokratie“ interessant: "
          "Städte, Gemeinden und Landkreise erhalten Mittel, um gemeinsam mit der Zivilgesellschaft eine eigene Strategie "
          "für ihr Gebiet zu entwickeln und kleine Projekte vor Ort zu finanzieren. Dieses Praxisblatt erklärt Aufbau, "
          "Instrumente und Erfahrungen und richtet sich an Präventionsräte, Verwaltungen und Träger, die eine Teilnahme "
          "prüfen."),

    ("h1", "2. Hintergrund"),
    ("p", "Das Bundesfamilienministerium fördert bereits seit 2001 Programme gegen Rechtsextremismus und für "
          "Demokratie. Ende 2014 liefen die Vorgängerprogramme „Toleranz fördern – Kompetenz stärken“ und „Initiative "
          "Demokratie Stärken“ aus. Die Erfahrungen daraus – etwa mit lokalen Aktionsplänen, mobilen Beratungsteams und "
          "Modellprojekten – flossen in das neue Programm ein."),
    ("p", "Den gesellschaftlichen Hintergrund beschreibt die Leitlinie für die Partnerschaften für Demokratie vom "
          "18. September 2014: Angriffe auf Demokratie und Rechtsstaatlichkeit sowie Phänomene gruppenbezogener "
          "Menschenfeindlichkeit wie Rassismus und Antisemitismus seien eine dauerhafte Herausforderung für die ganze "
          "Gesellschaft. Die Aufdeckung der Mordserie des „Nationalsozialistischen Untergrunds“ habe die Gefahren des "
          "Rechtsextremismus und Rechtsterrorismus noch einmal deutlich vor Augen geführt. Hinzu kamen Verunsicherungen "
          "im Zuge von Globalisierung und Migration sowie – in den Folgejahren immer stärker – islamistische "
          "Radikalisierung junger Menschen."),
    ("p", "Bundesfamilienministerin Manuela Schwesig stellte das neue Programm am 1. Juli 2014 vor. Es startete zum "
          "1. Januar 2015; die Auftaktkonferenz fand im Februar 2015 statt."),

    ("h1", "3. Aufbau des Programms in der ersten Förderperiode"),
    ("p", "In der ersten Förderperiode (2015–2019) verband das Programm strukturbezogene Förderung mit thematischen "
          "Modellprojekten. Vereinfacht lassen sich drei Ebenen unterscheiden:"),
    ("table", [["Ebene", "Programmbereich", "Was gefördert wird"],
               ["Kommune", "Partnerschaften für Demokratie", "lokale Bündnisse aus Verwaltung, Politik und Zivilgesellschaft mit eigenem Handlungskonzept und Fonds für Einzelprojekte"],
               ["Land", "Landes-Demokratiezentren", "Koordinierung im Land; Mobile Beratung gegen Rechtsextremismus, Opferberatung für Betroffene rechter Gewalt, Ausstiegs- und Distanzierungsberatung"],
               ["Bund", "Strukturentwicklung bundeszentraler Träger", "nichtstaatliche Organisationen mit bundesweiter Fachkompetenz in einzelnen Themenfeldern"],
               ["Bund", "Modellprojekte", "neue Ansätze gegen gruppenbezogene Menschenfeindlichkeit, zur Demokratiestärkung im ländlichen Raum und zur Radikalisierungsprävention (Rechtsextremismus, islamistische Orientierungen, linke Militanz)"]]),
    ("p", "Zu den Zielgruppen gehören insbesondere Kinder und Jugendliche. In einem Teil der Modellprojekte – etwa gegen "
          "Islamfeindlichkeit, Antiziganismus, Antisemitismus und Homophobie – wurden die Förderquoten 2015 deutlich "
          "erhöht: statt bis zu 50 Prozent konnten nun bis zu 80 Prozent der Projektkosten übernommen werden."),

    ("h1", "4. Die Partnerschaften für Demokratie"),
    ("h2", "4.1 Idee"),
    ("p", "Eine Partnerschaft für Demokratie ist ein auf Dauer angelegtes lokales oder regionales Bündnis. "
          "Verantwortliche aus Kommunalpolitik und Verwaltung arbeiten darin mit Aktiven aus der Zivilgesellschaft "
          "zusammen – mit Vereinen und Verbänden, Kirchen und Religionsgemeinschaften und engagierten "
          "Einzelpersonen. Ausgehend von den Problemen vor Ort entwickeln sie eine gemeinsame Strategie und "
          "setzen sie in Projekten um. Die Kommune ist Zuwendungsempfängerin; Städte, Landkreise und Zusammenschlüsse "
          "von Gebietskörperschaften können teilnehmen."),
    ("h2", "4.2 Bausteine"),
    ("l", ["Federführendes Amt: eine Stelle in der Kommunalverwaltung, die die Partnerschaft verantwortet und die "
           "Mittel verwaltet.",
           "Koordinierungs- und Fachstelle: sie berät, vernetzt die Akteure und kümmert sich um die "
           "Öffentlichkeitsarbeit.",
           "Begleitausschuss: das zentrale Gremium, in dem Verwaltung, Politik und Zivilgesellschaft gemeinsam die "
           "inhaltliche Ausrichtung der Partnerschaft bestimmen.",
           "Jugendforum mit eigenem Jugendfonds: junge Menschen planen und entscheiden selbst über Projekte.",
           "Aktions- und Initiativfonds: daraus werden kleinere Projekte lokaler Vereine und Initiativen gefördert, "
           "etwa Workshops, Begegnungsfeste, Ausstellungen oder Fortbildungen."]),
    ("h2", "4.3 Verbreitung"),
    ("p", "Zum Start konnten bis zu rund 220 Kommunen gefördert werden; gegenüber den lokalen Aktionsplänen der "
          "Vorgängerprogramme, die es in etwa 170 Kommunen gab, war das eine deutliche Ausweitung. Bis 2016 wurden in "
          "drei Interessenbekundungsverfahren 233 Kommunen ausgewählt. Inzwischen gibt es bundesweit mehr als 300 "
          "Partnerschaften für Demokratie in Städten, Gemeinden und Landkreisen."),
    ("h2", "4.4 Beispiel Augsburg"),
    ("p", "Ein Beispiel für die Umsetzung in einer Großstadt ist Augsburg. Dort arbeiten das städtische Büro für "
          "Migration, Interkultur und Vielfalt und ein freier Träger aus der Integrationsarbeit, Tür an Tür – "
          "Integrationsprojekte gGmbH, als lokale Koordinierungsstellen zusammen. Vereine und Initiativen können über "
          "die Partnerschaft Mittel für eigene Vorhaben beantragen."),

    ("h1", "5. Steuerung und Verfahren"),
    ("p", "Für die Umsetzung hat das BAFzA eine Regiestelle eingerichtet. Sie begleitet die Auswahl- und "
          "Förderverfahren und entwickelt und koordiniert kostenfreie Beratungs- und Coachingangebote für die "
          "geförderten Kommunen. Kommunen bewerben sich zunächst in einem "
          "Interessenbekundungsverfahren – das zweite lief zum Beispiel vom 2. Februar bis zum 13. März 2015 – und "
          "stellen nach ihrer Auswahl einen Antrag."),
    ("p", "Seit 2016 ist das Programm in die „Strategie der Bundesregierung zur Extremismusprävention und "
          "Demokratieförderung“ eingebettet. In der dritten Förderperiode ab 2025 ist es Teil der Strategie der "
          "Bundesregierung „Gemeinsam für Demokratie und gegen Extremismus“."),

    ("h1", "6. Finanzen"),
    ("p", "Im Startjahr 2015 standen 40,5 Mio. Euro zur Verfügung. Der Haushaltsansatz wurde in den folgenden Jahren "
          "mehrfach deutlich aufgestockt."),

    ("h1", "7. Evaluation und wissenschaftliche Begleitung"),
    ("p", "Das Programm wird seit 2015 extern evaluiert. Die Gesamtevaluation liegt beim Deutschen Jugendinstitut "
          "(DJI), Außenstelle Halle (Saale). Es untersucht die Umsetzung und die Wirkungen der Programmaktivitäten "
          "insgesamt, ordnet sie fachlich ein und bewertet sie – etwa die Frage, wie die Doppelstrategie aus "
          "Demokratieförderung und Radikalisierungsprävention umgesetzt wird, welche Teilhabemöglichkeiten die "
          "Zielgruppen haben und wie staatliche und nichtstaatliche Akteure zusammenarbeiten. Einzelne Programmbereiche "
          "werden zusätzlich wissenschaftlich begleitet: die Partnerschaften für Demokratie durch das Institut für "
          "Sozialarbeit und Sozialpädagogik (ISS, Frankfurt am Main) und Camino – Werkstatt für Fortbildung, "
          "Praxisbegleitung und Forschung im sozialen Bereich (Berlin). Die Begleitungen orientieren sich an den Standards "
          "der Gesellschaft für Evaluation (DeGEval)."),
    ("p", "Für die zweite Förderperiode legte das DJI 2023 eine Halbzeitbilanz vor; der Abschlussbericht für die Jahre "
          "2020 bis 2024, erarbeitet vom DJI gemeinsam mit ISS, dem Deutschen Zentrum für Integrations- und "
          "Migrationsforschung (DeZIM) und Camino, erschien im September 2025. Er kommt zu dem Ergebnis, dass es trotz "
          "Pandemie und zunehmender Polarisierung gelungen ist, lokale und überregionale Strukturen der "
          "Demokratieförderung zu stabilisieren und weiterzuentwickeln."),

    ("h1", "8. Kritik und offene Fragen"),
    ("l", ["Ziele: Die sehr breit gefassten Ziele wurden in den Medien als zu unpräzise kritisiert; Wirkungen auf "
           "Einstellungen oder gar auf extremistische Gewalt lassen sich kaum messen.",
           "Planungssicherheit: Viele Träger hängen von jährlichen Bewilligungen ab. Der Übergang zwischen den "
           "Förderperioden und Haushaltsdebatten führten immer wieder zu Unsicherheit; auch die zuständige Ministerin "
           "räumte Anfang 2025 ein, dass die Förderpraxis zu wenig verlässlich sei.",
           "Politische Auseinandersetzung: Das Programm ist regelmäßig Gegenstand parlamentarischer Anfragen, in denen "
           "die Verwendung der Mittel und die Neutralität geförderter Träger hinterfragt werden.",
           "Reichweite: Partnerschaften erreichen vor allem bereits Engagierte. Menschen, die sich von demokratischen "
           "Institutionen abgewandt haben, sind schwerer zu gewinnen."]),

    ("h1", "9. Hinweise für Kommunen"),
    ("l", ["Vor der Bewerbung eine kurze Lageanalyse erstellen: Welche Vorfälle, welche Konflikte, welche Akteure gibt "
           "es vor Ort?",
           "Den Begleitausschuss breit besetzen, auch mit Jugendlichen und mit Gruppen, die selbst von Diskriminierung "
           "betroffen sind.",
           "Die Koordinierungsstelle bei einem Träger ansiedeln, der in der Zivilgesellschaft Vertrauen genießt.",
           "Den kriminalpräventiven Rat oder vergleichbare Gremien von Anfang an einbeziehen, damit Prävention und "
           "Demokratieförderung nicht nebeneinanderher laufen.",
           "Kleine Projekte unbürokratisch fördern: Gerade die Aktions- und Jugendfonds machen die Partnerschaft vor Ort "
           "sichtbar."]),

    ("h1", "10. Kontakt"),
    ("p", "Bundesamt für Familie und zivilgesellschaftliche Aufgaben – Regiestelle „Demokratie leben!“; "
          "Bundesministerium für Familie, Senioren, Frauen und Jugend, Berlin. Informationen zu den lokalen "
          "Partnerschaften erteilen die jeweiligen federführenden Ämter der Kommunen."),
]


# ======================================================================== videovigilancia_pt
# Content of sheets/pt/videovigilancia-lisboa.pdf (running header/footer with page numbers).
VIDEOVIGILANCIA_PT_HEADER = "Lisboa · Portugal — Ficha de prática: videovigilância em espaço público"
VIDEOVIGILANCIA_PT_FOOTER = "Rede de prevenção e segurança urbana"
VIDEOVIGILANCIA_PT_ITEMS = [
    ("t", "Videovigilância no espaço público em Lisboa: do Bairro Alto à Baixa"),
    ("sub", "Câmara Municipal de Lisboa e Polícia de Segurança Pública (PSP)"),
    ("h1", "Enquadramento"),
    ("p", "O Bairro Alto, na freguesia da Misericórdia, é um dos principais bairros de diversão noturna da capital: "
          "ruas estreitas, dezenas de bares e restaurantes e, nas noites de fim de semana, milhares de pessoas na rua "
          "até de madrugada. Com a vida noturna vieram também furtos, assaltos e agressões."),
    ("p", "Em Portugal, a instalação de câmaras de vigilância na via pública é decidida pelas câmaras municipais, que "
          "acordam com a força de segurança territorialmente competente a forma de operar o sistema. Segue-se um "
          "pedido de autorização ao Ministério da Administração Interna, sujeito a parecer prévio da Comissão Nacional "
          "de Proteção de Dados (CNPD). As imagens são geridas pela polícia."),
    ("h1", "O sistema do Bairro Alto"),
    ("l", ["Em funcionamento desde maio de 2014.",
           "27 câmaras na instalação inicial.",
           "Visualização de imagens em tempo real entre as 18h00 e as 07h00.",
           "Gestão e acesso às imagens pela PSP; as gravações podem servir como meio de identificação e de prova em "
           "processos-crime.",
           "Na altura da decisão, o município pensou também em alargar a medida à Baixa, aos Restauradores, ao Cais do "
           "Sodré, ao Martim Moniz e ao Intendente, num total de cerca de 50 câmaras, mas esse plano não avançou."]),
    ("h1", "O que dizem os dados"),
    ("p", "Segundo a PSP, nos primeiros quatro anos de funcionamento o sistema do Bairro Alto captou 349 ocorrências em "
          "que foi necessário preservar imagens de crimes. Em 27 desses casos o operador viu o crime no momento em que "
          "acontecia, o que permitiu enviar de imediato uma patrulha. A PSP fez um balanço positivo: as câmaras terão "
          "um efeito dissuasor e têm servido como prova em numerosos inquéritos, permitindo identificar autores e "
          "perceber como atuaram."),
    ("p", "A Junta de Freguesia da Misericórdia e a Associação de Moradores do Bairro Alto também fizeram um balanço "
          "positivo, apontando um maior sentimento de segurança. O presidente da associação de moradores notou, no "
          "entanto, que a diferença não se deve só às câmaras, mas também ao reforço do patrulhamento, e que alguns "
          "moradores continuam descrentes quanto ao funcionamento do sistema."),
    ("p", "Estes resultados vêm da própria PSP e dos parceiros locais; não se conhece um estudo independente com "
          "zonas de comparação."),
    ("h1", "O alargamento"),
    ("p", "A partir de 2017 a Câmara Municipal de Lisboa retomou a ideia de estender a videovigilância a outras zonas "
          "da cidade, a pedido de moradores e comerciantes de várias freguesias. O Ministério da Administração Interna "
          "autorizou um sistema para a Baixa e zonas vizinhas, com 216 câmaras, cuja instalação começou pelo Miradouro "
          "de Santa Catarina, o chamado Adamastor, indicado como prioritário pela PSP."),
    ("p", "No início de 2025 estavam instaladas 33 câmaras – 26 no Bairro Alto e 7 no Miradouro de Santa Catarina. O "
          "município anunciou a instalação de mais 216 câmaras, com um investimento de cerca de 5,3 milhões de euros, "
          "em duas fases:"),
    ("table", [["Fase", "Locais", "Câmaras"],
               ["1.ª fase", "Cais do Sodré (30), Campo das Cebolas (32), Restauradores (17), Ribeira das Naus (20)", "99"],
               ["2.ª fase", "onze locais, entre eles Praça do Comércio, Cais das Colunas, Rossio (Praça D. Pedro IV), "
                            "Praça da Figueira, Rua Augusta, Rua do Ouro, Rua da Prata e Santa Apolónia", "117"],
               ["Total", "", "216"]]),
    ("p", "A zona do Martim Moniz também está incluída. Toda a gestão das imagens continua a cargo da PSP."),
    ("h1", "Outros sistemas no país"),
    ("p", "Durante vários anos, o Bairro Alto foi uma de apenas três áreas do país com autorização para videovigilância "
          "na via pública, ao lado da Amadora (103 câmaras) e do Santuário de Fátima (8 câmaras)."),
    ("h1", "Parceiros"),
    ("p", "Câmara Municipal de Lisboa (vereação com o pelouro da segurança); PSP; Ministério da Administração Interna; "
          "Comissão Nacional de Proteção de Dados; Junta de Freguesia da Misericórdia; Associação de Moradores do "
          "Bairro Alto; associações de comerciantes da Baixa."),
    ("h1", "Questões em aberto"),
    ("l", ["Privacidade: cada nova zona exige nova autorização e parecer da CNPD.",
           "Deslocação: a criminalidade pode passar para ruas sem câmaras.",
           "Capacidade de resposta: uma câmara só é útil se houver operador a ver as imagens e patrulha disponível para intervir.",
           "Centros históricos: em zonas classificadas, a instalação tem de ser articulada com as entidades do património."]),
]


# ------------------------------------------------------------------------ building
FIXED = dt.datetime(2024, 5, 6, 9, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def out(*parts: str) -> str:
    path = os.path.join(HERE, "sheets", *parts)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def fix_core(doc: Document, title: str, author: str) -> None:
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


# ---------------------------------------------------------------- docx, layout 1: field/value table
def build_bracelet() -> None:
    doc = Document()
    fix_core(doc, BRACELET_FR_TITLE, "Recueil des pratiques")
    doc.add_paragraph(BRACELET_FR_TITLE, style="Title")
    doc.add_paragraph(BRACELET_FR_INTRO)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for field, value in BRACELET_FR_ROWS:
        cells = table.add_row().cells
        run = cells[0].paragraphs[0].add_run(field)
        run.bold = True
        cells[1].paragraphs[0].add_run(value)
    doc.add_paragraph("")
    doc.add_paragraph("Fiche mise à jour en 2024 à partir de sources publiques (textes officiels, presse, débats parlementaires).")
    doc.save(out("fr", "bracelet-anti-rapprochement.docx"))


# ---------------------------------------------------------------- docx, layout 2: bold paragraphs as headings
def build_wohnpartner() -> None:
    doc = Document()
    fix_core(doc, WOHNPARTNER_DE_TITLE, "Praxisdatenbank")
    p = doc.add_paragraph()
    r = p.add_run(WOHNPARTNER_DE_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    for kind, value in WOHNPARTNER_DE_ITEMS:
        if kind == "b":
            para = doc.add_paragraph()
            para.add_run(value).bold = True
        elif kind == "p":
            doc.add_paragraph(value)
        elif kind == "l":
            for item in value:
                doc.add_paragraph("– " + item)
        else:
            raise ValueError(kind)
    doc.save(out("de", "wohnpartner-wien.docx"))


# ---------------------------------------------------------------- docx, layout 3: Word heading styles
def build_codice_rosa() -> None:
    doc = Document()
    fix_core(doc, "Codice Rosa", "Banca dati buone pratiche")
    for kind, value in CODICE_ROSA_IT_ITEMS:
        if kind == "t":
            doc.add_paragraph(value, style="Title")
        elif kind == "h1":
            doc.add_heading(value, level=1)
        elif kind == "h2":
            doc.add_heading(value, level=2)
        elif kind == "p":
            doc.add_paragraph(value)
        elif kind == "l":
            for item in value:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            table = doc.add_table(rows=0, cols=len(value[0]))
            table.style = "Table Grid"
            for row in value:
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    cell.paragraphs[0].add_run(text)
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.save(out("it", "codice-rosa-grosseto.docx"))


# ---------------------------------------------------------------- pdf with running header, footer and page numbers
class SheetPDF(FPDF):
    def __init__(self, header_text: str, footer_text: str, page_word: str, of_word: str):
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_text = footer_text
        self.page_word = page_word
        self.of_word = of_word
        self.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(FIXED)

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.set_y(10)
        self.cell(0, 5, self.header_text, align="L")
        self.ln(6)
        self.set_draw_color(180, 180, 180)
        self.line(22, 16, 188, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(110, 5, self.footer_text, align="L")
        self.cell(0, 5, f"{self.page_word} {self.page_no()} {self.of_word} {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def render_pdf(items, header_text, footer_text, page_word, of_word, path, title, author, widths=None):
    pdf = SheetPDF(header_text, footer_text, page_word, of_word)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.add_page()
    for kind, value in items:
        if kind == "t":
            pdf.set_font("DejaVu", "B", 17)
            pdf.multi_cell(0, 8, value, align="L")
            pdf.ln(2)
        elif kind == "sub":
            pdf.set_font("DejaVu", "I", 10.5)
            pdf.multi_cell(0, 6, value, align="L")
            pdf.ln(4)
        elif kind == "h1":
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 13)
            pdf.multi_cell(0, 7, value, align="L")
            pdf.ln(1.5)
        elif kind == "h2":
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, value, align="L")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 5.6, value)
            pdf.ln(2.5)
        elif kind == "l":
            pdf.set_font("DejaVu", "", 10.5)
            for item in value:
                pdf.set_x(26)
                pdf.multi_cell(0, 5.6, "•  " + item)
                pdf.ln(1)
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9)
            ncol = len(value[0])
            col_widths = (widths or {}).get(ncol)
            with pdf.table(col_widths=col_widths, line_height=5, text_align="LEFT",
                           headings_style=FontFace(emphasis="BOLD"),
                           first_row_as_headings=ncol > 2) as table:
                for row in value:
                    r = table.row()
                    for text in row:
                        r.cell(text)
            pdf.ln(4)
        else:
            raise ValueError(kind)
    pdf.output(path)


def build_pdfs() -> None:
    render_pdf(DRUG_CHECKING_EN_ITEMS, DRUG_CHECKING_EN_HEADER, DRUG_CHECKING_EN_FOOTER, "Page", "of",
               out("en", "fs-drug-checking-services.pdf"), "Drug checking services in European cities",
               "Practice exchange on drugs and nightlife", widths={5: (22, 22, 14, 34, 34)})
    render_pdf(DEMOKRATIE_LEBEN_DE_ITEMS, DEMOKRATIE_LEBEN_DE_HEADER, DEMOKRATIE_LEBEN_DE_FOOTER, "Seite", "von",
               out("de", "demokratie-leben-bundesprogramm.pdf"), "Demokratie leben!",
               "Arbeitshilfe für kommunale Präventionsräte", widths={2: (30, 70), 3: (14, 28, 58)})
    render_pdf(VIDEOVIGILANCIA_PT_ITEMS, VIDEOVIGILANCIA_PT_HEADER, VIDEOVIGILANCIA_PT_FOOTER, "Página", "de",
               out("pt", "videovigilancia-lisboa.pdf"), "Videovigilância no espaço público em Lisboa",
               "Rede de prevenção e segurança urbana", widths={3: (14, 72, 14)})


def main() -> None:
    build_bracelet()
    build_wohnpartner()
    build_codice_rosa()
    build_pdfs()
    print("built 3 docx and 3 pdf sheets")


if __name__ == "__main__":
    main()
