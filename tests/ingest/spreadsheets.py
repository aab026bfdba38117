"""Real-looking spreadsheets and exports, made in code: the bytes a partner would send.

Each maker returns a file's bytes. The headers are those of real inventories in their
language; rows repeat titles, leave blank lines and carry columns we do not know, as
real exports do. `python -m tests.ingest.spreadsheets` rewrites the small committed
copies in tests/fixtures/tables (the fuzz seeds); the 5,000-row file is only ever made
in a test.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "tables"

FR_HEADERS = ["Intitulé", "Description", "Pays", "Ville", "Date de début", "Porteur",
              "Type de structure", "Site web", "Thématique", "Sous-secteur"]
FR_ROWS = [
    ["Médiateurs de nuit", "Des médiateurs parcourent le Vieux-Lyon la nuit pour apaiser "
     "les conflits entre bars et riverains.", "France", "Lyon", "2019-03", "Ville de Lyon",
     "Collectivité territoriale", "https://www.lyon.fr/mediation", "Vie nocturne",
     "Médiation"],
    ["Résumé", "Une cellule d'écoute accueille les victimes de violences conjugales à "
     "Rennes, avec un suivi juridique.", "France", "Rennes", "2017", "Association SOS "
     "Victimes", "Association", "www.sos-victimes35.fr", "Victimes", "Écoute"],
    ["", "", "", "", "", "", "", "", "", ""],
    ["Résumé", "À Lille, des éducateurs de rue accompagnent les jeunes du quartier de "
     "Moulins vers l'emploi.", "France", "Lille", "2020", "Métropole européenne de Lille",
     "Intercommunalité", "", "Jeunesse", "Insertion"],
]

EN_HEADERS = ["name", "description", "country_code", "municipality", "start_date",
              "lead_organisation", "organisation_type", "url", "sector", "subsector",
              "technology"]
EN_ROWS = [
    ["Symmetric Ciphers", "A training course that supports municipal IT staff in Tampere "
     "to encrypt the city's case records; the course supports the data protection office.",
     "FI", "Tampere", "2020-09", "City of Tampere", "Municipality",
     "https://www.tampere.fi/ciphers", "Cybersecurity", "Encryption", "AES"],
    ["Seamless Flow", "Traffic wardens and the transport operator keep crowds moving safely "
     "at Dublin's central station during events; the scheme supports stewards with radios.",
     "IE", "Dublin", "2018", "Dublin City Council", "Local authority", "", "Public spaces",
     "Crowd management", "Radio"],
    ["Summary", "Street pastors patrol Cardiff's night-time economy and help vulnerable "
     "people get home.", "GB", "Cardiff", "2012", "Cardiff Street Pastors", "Charity",
     "https://streetpastors.org/cardiff", "Nightlife", "Outreach", ""],
    ["Summary", "A hate crime reporting centre in Bristol takes reports from victims and "
     "refers them to support.", "GB", "Bristol", "2016", "Avon and Somerset Police",
     "Police", "", "Discrimination", "Reporting", "Web form"],
]

ES_HEADERS = ["Título", "Resumen", "País", "Municipio", "Año", "Entidad", "Tipo de entidad",
              "Enlace", "Ámbito"]
ES_ROWS = [
    ["Puntos lila en fiestas", "En Cádiz, puntos de información atienden a víctimas de "
     "agresiones sexistas durante el carnaval.", "España", "Cádiz", "2018",
     "Ayuntamiento de Cádiz", "Ayuntamiento", "https://www.cadiz.es/puntos-lila",
     "Violencia de género"],
    ["Mediación vecinal", "Un servicio municipal de mediación resuelve conflictos de "
     "convivencia en los barrios de Córdoba.", "España", "Córdoba", "2015",
     "Ayuntamiento de Córdoba", "Administración local", "", "Mediación"],
]

DE_HEADERS = ["Titel", "Kurzbeschreibung", "Land", "Stadt", "Startjahr", "Träger",
              "Organisationstyp", "Webseite", "Budget"]
DE_ROWS = [
    ["Fair-Play-Team", "Teams der Sozialarbeit begleiten Nutzerinnen und Nutzer öffentlicher "
     "Parks in Wien und vermitteln bei Konflikten.", "Österreich", "Wien", 2010,
     "Stadt Wien", "Stadtverwaltung", "https://www.wien.gv.at/fairplay", 120000],
    ["Schulwegbegleitung", "Ehrenamtliche begleiten Kinder in Leipzig auf dem Schulweg.",
     "Deutschland", "Leipzig", 2016, "Leipziger Bürgerverein e.V.", "Verein", "", 30000],
]
IT_HEADERS = ["Titolo", "Descrizione", "Paese", "Città", "Anno di inizio", "Ente",
              "Tipo di ente", "Sito web", "Costo"]
IT_ROWS = [
    ["Vigili di quartiere", "A Torino i vigili di prossimità presidiano i mercati rionali e "
     "ascoltano i commercianti.", "Italia", "Torino", 2014, "Polizia Municipale di Torino",
     "Polizia locale", "https://www.comune.torino.it/vigili", 80000],
    ["Scuole sicure", "A Napoli un progetto con le scuole previene lo spaccio davanti agli "
     "istituti.", "Italia", "Napoli", 2019, "Comune di Napoli", "Comune", "", 50000],
]

PT_RECORDS = [
    {"título": "Apoio 65", "resumo": "A polícia de Lisboa visita idosos que vivem sozinhos "
     "e previne burlas.", "país": "Portugal", "cidade": "Lisboa", "ano": 2014,
     "entidade": "PSP Lisboa", "tipo de entidade": "Polícia",
     "url": "https://www.psp.pt/apoio65", "temas": ["Idosos", "Polícia"]},
    {"título": "Escola Escudo", "resumo": "No Porto, mediadores escolares previnem o "
     "bullying nas escolas básicas.", "país": "Portugal", "cidade": "Porto", "ano": 2021,
     "entidade": "Câmara Municipal do Porto", "tipo de entidade": "Município",
     "temas": "Escolas"},
    "not a record",
]
NL_RECORDS = [
    {"naam": "Buurtbemiddeling", "beschrijving": "Vrijwilligers in Utrecht helpen buren hun "
     "conflicten zelf op te lossen.", "land": "Nederland", "gemeente": "Utrecht",
     "startjaar": 2008, "organisatie": "Stichting Buurtbemiddeling Utrecht",
     "type organisatie": "Stichting", "website": "https://www.buurtbemiddeling-utrecht.nl"},
    {"naam": "Straatcoaches", "beschrijving": "In Den Haag spreken straatcoaches jongeren "
     "aan die overlast veroorzaken.", "land": "Nederland", "gemeente": "Den Haag",
     "startjaar": 2011, "organisatie": "Gemeente Den Haag", "type organisatie": "Gemeente"},
]


# (header row or None, pairs): each a practice described field by field in its language
FIELD_VALUE_SHEETS = {
    "en": (["Field", "Value"], [
        ("Title", "Street pastors in the city centre"), ("City", "Leeds"),
        ("Country", "United Kingdom"), ("Started", "2008"),
        ("Background", "Weekend nights brought fights and injuries around the bars."),
        ("Evaluation", "No formal evaluation has been published.")]),
    "fr": (["Rubrique", "Contenu"], [
        ("Titre", "Correspondants de nuit"), ("Ville", "Rennes"), ("Pays", "France"),
        ("Date de début", "2004"),
        ("Contexte", "Les habitants des quartiers nord se plaignaient du bruit la nuit."),
        ("Actions", "Des agents de médiation circulent de 17 h à 1 h du matin.")]),
    "es": (None, [
        ("Título", "Agentes tutores en los colegios"), ("Ciudad", "Madrid"),
        ("País", "España"), ("Año de inicio", "2007"),
        ("Contexto", "El acoso escolar preocupaba a las familias del distrito."),
        ("Objetivos", "Prevenir el absentismo y el acoso escolar.")]),
    "it": (["Campo", "Valore"], [
        ("Titolo", "Vigili di quartiere"), ("Comune", "Bologna"), ("Paese", "Italia"),
        ("Anno di avvio", "2011"),
        ("Contesto", "I residenti chiedevano una presenza stabile nelle strade."),
        ("Attività", "Pattuglie a piedi e ricevimento dei cittadini in sede.")]),
    "de": (["Feld", "Inhalt"], [
        ("Titel", "Sicherheitspartnerschaft im Bahnhofsviertel"), ("Stadt", "Frankfurt"),
        ("Land", "Deutschland"), ("Beginn", "2016"),
        ("Ausgangslage", "Drogenhandel und Belästigungen rund um den Bahnhof."),
        ("Maßnahmen", "Gemeinsame Streifen von Stadtpolizei und Landespolizei.")]),
    "pt": (["Campo", "Valor"], [
        ("Título", "Policiamento de proximidade nas escolas"), ("Cidade", "Porto"),
        ("País", "Portugal"), ("Ano de início", "2006"),
        ("Contexto", "Pequenos furtos e intimidação à porta das escolas."),
        ("Atividades", "Agentes dedicados visitam as escolas todas as semanas.")]),
    "nl": (["Veld", "Waarde"], [
        ("Titel", "Buurtvaders in de wijk"), ("Gemeente", "Utrecht"),
        ("Land", "Nederland"), ("Startjaar", "2009"),
        ("Aanleiding", "Jongeren veroorzaakten overlast op pleinen in de avond."),
        ("Activiteiten", "Vaders uit de wijk lopen 's avonds rondes en spreken jongeren aan.")]),
}


def field_value_xlsx(header: list[str] | None, pairs: list[tuple[str, str]], *, sheet: str = "Sheet"
          ) -> bytes:
    """One practice described field by field down a worksheet (a header row if given)."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    if header:
        ws.append(header)
    for pair in pairs:
        ws.append(list(pair))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_bytes(headers: list[str], rows: list[list[object]], delimiter: str = ",",
              encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def french_csv() -> bytes:
    """`;`-separated, UTF-8 with a BOM: what a French Excel saves as "CSV UTF-8"."""
    return csv_bytes(FR_HEADERS, FR_ROWS, ";", "utf-8-sig")


def english_csv() -> bytes:
    """`,`-separated UTF-8 without a BOM, database column names, repeated titles."""
    return csv_bytes(EN_HEADERS, EN_ROWS, ",", "utf-8")


def spanish_latin1_csv() -> bytes:
    """`;`-separated Latin-1 (Windows-1252): what an older Spanish Excel saves."""
    return csv_bytes(ES_HEADERS, ES_ROWS, ";", "cp1252")


def workbook() -> bytes:
    """Two worksheets (German, Italian); the German budget of row 3 is a formula with its
    saved value, the Italian cost of row 3 a formula saved without one."""
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = "Projekte"
    first.append(DE_HEADERS)
    for row in DE_ROWS:
        first.append(row)
    first["I3"] = "=I2/4"
    first.append([])
    second = book.create_sheet("Progetti")
    second.append(IT_HEADERS)
    for row in IT_ROWS:
        second.append(row)
    second["I3"] = "=I2*2"
    book.create_sheet("Note")  # an empty sheet, as workbooks often have
    buffer = io.BytesIO()
    book.save(buffer)
    return _with_saved_value(buffer.getvalue(), "xl/worksheets/sheet1.xml", "I2/4", "30000")


def _with_saved_value(data: bytes, part: str, formula: str, value: str) -> bytes:
    """The workbook with a formula's saved value, as a spreadsheet program writes it
    (openpyxl writes formulas without one)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == part:
                content = re.sub(rf"<f>{re.escape(formula)}</f><v\s*/?>(?:</v>)?",
                                 f"<f>{formula}</f><v>{value}</v>", content.decode()).encode()
            target.writestr(item, content)
    return out.getvalue()


def portuguese_json() -> bytes:
    """A JSON array of records with Portuguese keys; its last element is not a record."""
    return json.dumps(PT_RECORDS, ensure_ascii=False, indent=1).encode()


def dutch_jsonl() -> bytes:
    """JSON Lines with Dutch keys, a blank line and a broken line."""
    lines = [json.dumps(NL_RECORDS[0], ensure_ascii=False), "",
             '{"naam": "Kapot", "beschrijving": ', json.dumps(NL_RECORDS[1], ensure_ascii=False)]
    return ("\n".join(lines) + "\n").encode()


CITIES = [("Lyon", "France"), ("Porto", "Portugal"), ("Gent", "Belgium"), ("Torino", "Italy"),
          ("Leipzig", "Germany"), ("Utrecht", "Netherlands"), ("Sevilla", "Spain"),
          ("Bristol", "United Kingdom")]
TOPICS = ["night mediation in bars", "school mediation against bullying",
          "street lighting in parks", "support for victims of burglary",
          "youth outreach on estates", "drug prevention at festivals",
          "neighbourhood watch with the police", "a helpline for older people"]


def big_csv(rows: int) -> bytes:
    """A partner inventory of `rows` practices, `;`-separated, with repeated titles."""
    body = []
    for n in range(rows):
        city, country = CITIES[n % len(CITIES)]
        topic = TOPICS[(n // len(CITIES)) % len(TOPICS)]
        body.append([f"INV-{n + 1:05d}", f"Practice {n % 1000}",
                     f"The city of {city} runs {topic}; round {n}.", country, city,
                     str(2005 + n % 19), f"{city} council", "Municipality"])
    return csv_bytes(["Ref", "Name", "Description", "Country", "City", "Year",
                      "Organisation", "Organisation type"], body, ";", "utf-8")


FIXTURE_FILES = {"inventaire-2024-05.csv": french_csv, "cases-export.csv": english_csv,
                 "inventario_latin1.csv": spanish_latin1_csv, "projekte-v2.xlsx": workbook,
                 "projetos.json": portuguese_json, "buurt.jsonl": dutch_jsonl}


if __name__ == "__main__":
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for file_name, make in FIXTURE_FILES.items():
        (FIXTURES / file_name).write_bytes(make())
        print(FIXTURES / file_name)
