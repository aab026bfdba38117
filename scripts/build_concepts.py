"""Build repository/vocabulary/concepts.tsv from the EuroVoc descriptor labels.

Selects the EuroVoc descriptors that concern urban security and crime prevention
(the SELECTION table below, by descriptor id, so the output is reproducible),
adds a hand-written Dutch label to each (EuroVoc's file has no Dutch) and maps each
to zero or more theme keys of repository/vocabulary/themes.yaml.

Usage:
    python scripts/build_concepts.py [--eurovoc PATH] [--out PATH]

Source: EuroVoc, © European Union, Publications Office of the EU, CC BY 4.0.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EUROVOC = ROOT.parent / "shared" / "data" / "eurovoc" / "eurovoc_descriptors_6lang.tsv"
VOCABULARY_DIR = ROOT / "repository" / "vocabulary"
LANGS = ("en", "fr", "es", "it", "de", "pt")
COLUMNS = ("eurovoc_id", "themes", "en", "fr", "es", "it", "de", "pt", "nl")

# eurovoc_id: (theme keys, space-separated or "", Dutch label written by hand)
SELECTION: dict[str, tuple[str, str]] = {
    # crime and prevention in general (a concept without theme still links languages)
    "374": ("", "delinquentie"),
    "3347": ("", "criminaliteitspreventie"),
    "3348": ("", "misdaad"),
    "1708": ("", "misdaadbestrijding"),
    "1432": ("", "strafbaar feit"),
    "3943": ("victims", "misdrijf tegen personen"),
    "4728": ("", "geweld"),
    "573": ("", "strafrecht"),
    "5415": ("", "strafprocedure"),
    "3878": ("", "straf"),
    "4045": ("", "openbare veiligheid"),
    # property crime
    "3944": ("property_crime", "vermogensdelict"),
    "4742": ("property_crime", "diefstal"),
    "6743": ("property_crime", "vandalisme"),
    "c_7546272f": ("property_crime technology", "identiteitsfraude"),
    "1092": ("", "fraude"),
    # organised crime
    "5560": ("organised_crime", "georganiseerde misdaad"),
    "5168": ("organised_crime", "maffia"),
    "5465": ("organised_crime", "witwassen van geld"),
    "245": ("organised_crime", "corruptie"),
    "7": ("organised_crime", "wapenhandel"),
    "3434": ("organised_crime", "vuurwapens en munitie"),
    "3355": ("drugs organised_crime", "drugshandel"),
    # drugs and addiction
    "4475": ("drugs", "drugsverslaving"),
    "4306": ("drugs", "verdovend middel"),
    "5914": ("drugs", "psychotrope stof"),
    "1162": ("drugs", "alcoholisme"),
    "c_1bedfedb": ("drugs nightlife", "alcoholgebruik"),
    "1134": ("nightlife", "alcohol"),
    "5018": ("nightlife", "alcoholische drank"),
    "442958": ("drugs", "gokverslaving"),
    "5325": ("drugs sport", "doping"),
    "3885": ("", "volksgezondheid"),
    "5878": ("", "geestelijke gezondheid"),
    "1760": ("", "psychische ziekte"),
    # terrorism, radicalisation, extremism
    "4452": ("terrorism", "terrorisme"),
    "c_9d09fbc3": ("terrorism organised_crime", "financiering van terrorisme"),
    "3993": ("terrorism", "bedreiging van de nationale veiligheid"),
    "945": ("terrorism", "explosief"),
    "c_57f3c49f": ("terrorism crisis_management", "beveiliging van kritieke infrastructuur"),
    "c_3a9ccfe3": ("radicalisation", "radicalisering"),
    "5634": ("radicalisation", "extremisme"),
    "954": ("radicalisation", "extreemrechts"),
    "955": ("radicalisation", "extreemlinks"),
    "6560": ("radicalisation", "religieus fundamentalisme"),
    "4730": ("radicalisation", "politiek geweld"),
    "7385": ("radicalisation", "politieke propaganda"),
    "6770": ("radicalisation technology", "desinformatie"),
    "6627": ("radicalisation mediation", "religieus conflict"),
    # hate and discrimination
    "c_96af33df": ("discrimination radicalisation", "haatzaaiende uitlatingen"),
    "2881": ("discrimination", "racisme"),
    "3912": ("discrimination", "vreemdelingenhaat"),
    "2051": ("discrimination", "antisemitisme"),
    "458": ("discrimination", "rassendiscriminatie"),
    "3910": ("discrimination", "etnische discriminatie"),
    "459": ("discrimination", "discriminatie op grond van godsdienst"),
    "454": ("discrimination", "discriminatie op grond van geslacht"),
    "6231": ("discrimination", "discriminatie op grond van seksuele gerichtheid"),
    "6230": ("discrimination seniors", "leeftijdsdiscriminatie"),
    "6254": ("discrimination", "discriminatie op grond van handicap"),
    "5592": ("discrimination", "discriminatie op grond van nationaliteit"),
    "3908": ("discrimination", "maatregel tegen discriminatie"),
    "2000": ("discrimination", "antiracistische beweging"),
    "688": ("discrimination", "gelijke behandeling"),
    "1942": ("discrimination", "seksuele minderheid"),
    "c_558c1e00": ("discrimination", "genderidentiteit"),
    "553": ("discrimination", "rechten van minderheden"),
    "1941": ("discrimination", "nationale minderheid"),
    "1202": ("discrimination", "etnische groep"),
    "5653": ("discrimination migration", "Roma"),
    "5528": ("discrimination mediation", "etnisch conflict"),
    "584": ("", "mensenrechten"),
    # gender-based and sexual violence
    "c_e0543dcb": ("gender_violence", "gendergerelateerd geweld"),
    "6557": ("gender_violence victims", "huiselijk geweld"),
    "4727": ("gender_violence", "seksueel geweld"),
    "5572": ("gender_violence", "zedendelict"),
    "5659": ("gender_violence", "seksuele intimidatie"),
    "8448": ("gender_violence", "gedwongen huwelijk"),
    "3353": ("gender_violence", "genitale verminking"),
    "585": ("gender_violence", "rechten van de vrouw"),
    "3913": ("gender_violence discrimination", "gelijkheid van vrouwen en mannen"),
    "6132": ("victims", "pedofilie"),
    "6553": ("victims technology", "kinderpornografie"),
    # prostitution and trafficking
    "2823": ("trafficking", "prostitutie"),
    "5933": ("trafficking", "mensenhandel"),
    "6616": ("trafficking", "sekstoerisme"),
    "857": ("trafficking", "slavernij"),
    "1915": ("migration trafficking", "illegale migratie"),
    # victims
    "4695": ("victims", "slachtoffer"),
    "6727": ("victims", "slachtofferhulp"),
    "3076": ("victims crisis_management", "hulp aan slachtoffers van rampen"),
    "8443": ("mediation victims reintegration", "herstelrecht"),
    # youth
    "375": ("youth", "jeugdcriminaliteit"),
    "6555": ("youth", "jeugdgeweld"),
    "1528": ("youth", "jongere"),
    "1764": ("youth", "onbehagen bij jongeren"),
    "6215": ("youth", "jeugdbeleid"),
    "2004": ("youth", "jeugdbeweging"),
    "3529": ("youth reintegration", "jeugdwerkgelegenheid"),
    "5978": ("youth", "jeugdwerkloosheid"),
    "758": ("youth", "kind"),
    "6738": ("youth", "straatkinderen"),
    "c_63446d6e": ("migration youth", "niet-begeleide minderjarige"),
    "760": ("migration youth", "migrantenkind"),
    "3919": ("youth victims", "kinderbescherming"),
    "3916": ("youth", "rechten van het kind"),
    "6615": ("youth", "strafrechtelijke verantwoordelijkheid van minderjarigen"),
    "1546": ("youth", "jeugdrechtbank"),
    "6728": ("youth reintegration", "jeugdinrichting"),
    "5603": ("youth reintegration", "heropvoeding van jeugdige delinquenten"),
    "3312": ("youth", "ouderlijk gezag"),
    "3316": ("youth", "ouderlijke verantwoordelijkheid"),
    "676": ("youth training", "niet-formeel onderwijs"),
    "851": ("youth", "sociaal-culturele voorziening"),
    "6535": ("youth seniors mediation", "generatieconflict"),
    # schools
    "668": ("schools", "onderwijs"),
    "6556": ("schools", "geweld op school"),
    "c_6926daf8": ("schools technology youth", "cyberpesten"),
    "1927": ("schools", "schoolomgeving"),
    "1098": ("schools", "schoolbezoek"),
    "6905": ("schools youth", "voortijdig schoolverlaten"),
    "3615": ("schools", "onderwijsachterstand"),
    "3177": ("schools reintegration", "herintreding in het onderwijs"),
    "4705": ("schools", "schoolleven"),
    "6037": ("schools", "aanpassing aan de school"),
    "3968": ("schools", "scholing"),
    "799": ("schools", "voortgezet onderwijs"),
    "793": ("schools", "basisonderwijs"),
    "873": ("schools", "onderwijsinstelling"),
    "777": ("schools", "leraar"),
    "789": ("schools", "leerplicht"),
    "2196": ("schools", "studiebegeleiding"),
    "681": ("schools gender_violence", "seksuele voorlichting"),
    "680": ("schools", "gezondheidsvoorlichting"),
    "678": ("schools sport", "lichamelijke opvoeding"),
    # policing
    "2440": ("policing", "politie"),
    "7223": ("policing", "wijkpolitie"),
    "7381": ("policing local_governance", "gemeentepolitie"),
    "7380": ("policing", "regionale politie"),
    "3055": ("policing", "politiecontrole"),
    "2441": ("policing", "recherche"),
    "5551": ("policing", "politiesamenwerking"),
    "5888": ("policing", "bewaking en beveiliging"),
    "2162": ("policing public_spaces", "openbare orde"),
    "3389": ("policing", "repressie"),
    "5144": ("technology policing", "toezicht"),
    "6777": ("technology public_spaces", "cameratoezicht"),
    "7410": ("technology", "biometrie"),
    "8453": ("technology policing", "digitaal bewijs"),
    # reintegration, prison, social exclusion
    "3179": ("reintegration", "maatschappelijke re-integratie"),
    "3516": ("reintegration", "re-integratie in het arbeidsproces"),
    "4700": ("reintegration", "inschakeling in het arbeidsproces"),
    "6754": ("reintegration", "re-integratiebedrijf"),
    "3955": ("reintegration", "gedetineerde"),
    "3953": ("reintegration", "gevangenisstraf"),
    "877": ("reintegration", "penitentiaire inrichting"),
    "3962": ("reintegration", "gevangeniswezen"),
    "3957": ("reintegration", "alternatieve straf"),
    "4114": ("reintegration", "voorwaardelijke invrijheidstelling"),
    "4349": ("reintegration", "uitstel van tenuitvoerlegging"),
    "6925": ("reintegration", "gevangenisarbeid"),
    "5271": ("reintegration", "strafblad"),
    "1817": ("reintegration", "marginalisering"),
    "1469": ("reintegration", "sociale integratie"),
    "3352": ("reintegration public_spaces", "dakloosheid"),
    "3515": ("reintegration", "langdurige werkloosheid"),
    "2281": ("", "armoede"),
    "1420": ("", "sociale ongelijkheid"),
    "3360": ("", "maatschappelijk werk"),
    "4564": ("", "maatschappelijk werker"),
    "6784": ("public_spaces", "bedelarij"),
    # migration
    "1909": ("migration", "migratie"),
    "1302": ("migration", "immigratie"),
    "3320": ("migration", "migrant"),
    "1462": ("migration", "integratie van migranten"),
    "2986": ("migration", "vluchteling"),
    "c_ff638149": ("migration", "asielzoeker"),
    "5597": ("migration", "asielrecht"),
    "2867": ("migration", "politiek asiel"),
    "185": ("migration", "migratiecontrole"),
    "2509": ("migration", "migratiebeleid"),
    "4562": ("migration", "migrerende werknemer"),
    "977": ("migration", "migrantenvrouw"),
    "3075": ("migration", "hulp aan vluchtelingen"),
    "c_a2a3268e": ("migration", "opvangvoorziening voor vluchtelingen"),
    "c_2c8a75b1": ("migration", "gezinshereniging"),
    "1913": ("migration", "gedwongen migratie"),
    "675": ("migration", "onderwijs aan buitenlanders"),
    "4097": ("migration", "culturele verscheidenheid"),
    "439": ("migration", "cultuurverschil"),
    "c_af37e15d": ("crisis_management migration", "humanitaire crisis"),
    # seniors
    "2333": ("seniors", "oudere"),
    "6233": ("seniors", "ouderenzorg"),
    "6542": ("seniors", "zorgafhankelijkheid van ouderen"),
    "3324": ("seniors", "vergrijzing"),
    "3623": ("seniors", "gepensioneerde"),
    "3369": ("seniors", "thuiszorg"),
    "7939": ("technology seniors", "digitale kloof"),
    # sport
    "4245": ("sport", "sport"),
    "853": ("sport", "sportaccommodatie"),
    "5723": ("sport", "sportevenement"),
    "6739": ("sport", "hooliganisme"),
    # nightlife and nuisance
    "1780": ("nightlife", "cultureel evenement"),
    "2526": ("nightlife", "geluidshinder"),
    "5048": ("nightlife", "lawaai"),
    # crisis management
    "c_5b447e3a": ("crisis_management", "crisisbeheersing"),
    "886": ("crisis_management", "noodtoestand"),
    "881": ("crisis_management", "noodhulp"),
    "413": ("crisis_management", "natuurramp"),
    "412": ("crisis_management", "door de mens veroorzaakte ramp"),
    "c_ef31184b": ("crisis_management", "rampenrisicovermindering"),
    "1706": ("crisis_management", "brandbeveiliging"),
    "1335": ("crisis_management", "brand"),
    "1440": ("crisis_management", "overstroming"),
    "837": ("crisis_management", "epidemie"),
    "5810": ("crisis_management", "ongevallenpreventie"),
    "6741": ("crisis_management", "spoedeisende medische hulp"),
    # mediation and conflict
    "1860": ("mediation", "bemiddelaar"),
    "3112": ("mediation", "geschillenbeslechting"),
    "6375": ("mediation", "conflictpreventie"),
    "2073": ("mediation", "geweldloosheid"),
    "101": ("mediation", "sociaal conflict"),
    # local governance and participation
    "5501": ("local_governance", "lokale overheid"),
    "6034": ("local_governance", "regionale en lokale overheden"),
    "68": ("local_governance", "lokaal bestuur"),
    "340": ("local_governance", "decentralisatie"),
    "5852": ("local_governance", "betrekkingen tussen burger en overheid"),
    "8423": ("local_governance", "participatieve democratie"),
    "2270": ("local_governance", "maatschappelijke participatie"),
    "8418": ("local_governance", "openbare raadpleging"),
    "8428": ("local_governance", "maatschappelijk middenveld"),
    "2191": ("local_governance", "niet-gouvernementele organisatie"),
    "3331": ("local_governance", "vrijwilligersorganisatie"),
    "3330": ("local_governance", "vrijwilligerswerk"),
    "4199": ("local_governance", "partnerschap"),
    "7934": ("local_governance", "publiek-private samenwerking"),
    "27": ("", "gemeente"),
    # evaluation and research
    "918": ("evaluation", "projectevaluatie"),
    "6263": ("evaluation", "evaluatiemethode"),
    "3085": ("evaluation", "effectbeoordeling"),
    "7131": ("evaluation", "maatschappelijke gevolgen"),
    "6064": ("evaluation", "audit"),
    "4887": ("evaluation", "sociale audit"),
    "894": ("evaluation", "haalbaarheidsstudie"),
    "307": ("evaluation", "criminologie"),
    "6305": ("evaluation", "veldonderzoek"),
    "6306": ("evaluation", "onderzoeksresultaten"),
    "c_61b6fae1": ("evaluation urban_design", "stedelijke statistiek"),
    "4256": ("", "statistiek"),
    "2914": ("", "onderzoek"),
    # training
    "1074": ("training reintegration", "beroepsopleiding"),
    "1073": ("training", "bijscholing"),
    "677": ("training", "permanente educatie"),
    "1071": ("training schools", "lerarenopleiding"),
    "c_f40562e9": ("training", "capaciteitsopbouw"),
    "5891": ("", "bewustmakingscampagne"),
    # technology
    "3636": ("technology", "nieuwe technologie"),
    "3030": ("technology", "kunstmatige intelligentie"),
    "6088": ("technology", "internet"),
    "7219": ("technology", "digitale technologie"),
    "5181": ("technology", "gegevensbescherming"),
    "5595": ("technology", "persoonsgegevens"),
    "5188": ("technology", "informatietechnologie"),
    "1439": ("technology", "innovatie"),
    "c_d59e7560": ("technology urban_design", "slimme stad"),
    "7218": ("technology", "geografisch informatiesysteem"),
    "c_5ea6e5c4": ("technology", "open data"),
    "6191": ("technology", "digitalisering"),
    "3027": ("technology", "computercriminaliteit"),
    "c_04ae3ba8": ("technology", "informatiebeveiliging"),
    # urban design, housing, public space
    "4809": ("urban_design", "stedelijk gebied"),
    "6740": ("urban_design", "achterstandswijk"),
    "2691": ("urban_design", "stedelijk probleem"),
    "3281": ("urban_design", "stadsvernieuwing"),
    "4619": ("urban_design", "stedenbouw"),
    "5433": ("urban_design", "ruimtelijke ordening"),
    "3377": ("urban_design", "stedelijke infrastructuur"),
    "3376": ("urban_design", "stedelijke bebouwing"),
    "1223": ("urban_design", "stedelijke woonomgeving"),
    "4618": ("urban_design", "verstedelijking"),
    "2471": ("urban_design", "architectuur"),
    "626": ("urban_design", "verlichting"),
    "1690": ("urban_design", "huisvesting"),
    "1695": ("urban_design", "sociale woningbouw"),
    "4874": ("urban_design", "sloppenwijk"),
    "2870": ("urban_design", "levenskwaliteit"),
    "847": ("urban_design public_spaces", "gemeenschapsvoorziening"),
    "6849": ("urban_design", "stadsverkeer"),
    "4047": ("urban_design", "verkeersveiligheid"),
    "c_f831f088": ("public_spaces", "openbare ruimte"),
    "515": ("public_spaces urban_design", "stadscentrum"),
    "4799": ("public_spaces urban_design", "voetgangersgebied"),
    "4512": ("public_spaces", "openbaar vervoer"),
    "4541": ("public_spaces", "stadsvervoer"),
}


def theme_keys(themes_yaml: Path) -> set[str]:
    """The theme keys declared in themes.yaml."""
    with themes_yaml.open(encoding="utf-8") as f:
        return set(yaml.safe_load(f))


def build(eurovoc: Path, known_themes: set[str]) -> list[dict[str, str]]:
    """The selected descriptors as output rows, in SELECTION order."""
    with eurovoc.open(encoding="utf-8", newline="") as f:
        rows = {r["eurovoc_id"]: r for r in csv.DictReader(f, delimiter="\t")}
    out: list[dict[str, str]] = []
    for eid, (themes, nl) in SELECTION.items():
        if eid not in rows:
            raise SystemExit(f"Error: EuroVoc id {eid} not found in {eurovoc}")
        keys = themes.split()
        unknown = set(keys) - known_themes
        if unknown:
            raise SystemExit(f"Error: EuroVoc id {eid} maps to unknown themes {sorted(unknown)}")
        row = {"eurovoc_id": eid, "themes": ",".join(keys), "nl": nl}
        row.update({lang: rows[eid][lang].strip() for lang in LANGS})
        out.append(row)
    return out


def write(rows: list[dict[str, str]], path: Path) -> None:
    """Write the concepts table (tab-separated, header row, UTF-8)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eurovoc", type=Path, default=DEFAULT_EUROVOC)
    parser.add_argument("--out", type=Path, default=VOCABULARY_DIR / "concepts.tsv")
    args = parser.parse_args(argv)
    rows = build(args.eurovoc, theme_keys(VOCABULARY_DIR / "themes.yaml"))
    write(rows, args.out)
    print(f"{len(rows)} concepts written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
