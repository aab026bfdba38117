"""An evaluation section that gives figures from another body's report (a parliament's,
an audit office's, an ombudsman's) is that body's account of the practice: external, not
the promoters' own (7 languages). The promoters' own figures stay internal."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.evaluation import find_evaluation

OTHERS = [
    ("A parliamentary report published in May 2023 drew up a first account in figures: 1,200 "
     "alerts and 300 arrests in the first two years of the scheme.", "en"),
    ("Un rapport parlementaire publié en mai 2023 a dressé un premier bilan chiffré du "
     "dispositif : 1 200 alertes et 300 interpellations en deux ans.", "fr"),
    ("Un informe del Defensor del Pueblo de mayo de 2023 recoge las cifras del programa: "
     "1.200 avisos y 300 detenciones en dos años de funcionamiento.", "es"),
    ("Una relazione parlamentare del maggio 2023 riporta i numeri del servizio: 1.200 "
     "segnalazioni e 300 arresti nei primi due anni di attività.", "it"),
    ("Der Bericht des Rechnungshofs vom Mai 2023 nennt die Zahlen des Projekts: 1.200 "
     "Meldungen und 300 Festnahmen in den ersten zwei Jahren der Laufzeit.", "de"),
    ("Um relatório parlamentar de maio de 2023 apresenta os números do programa: 1.200 "
     "alertas e 300 detenções nos primeiros dois anos de funcionamento.", "pt"),
    ("Een verslag van de Nationale Ombudsman uit mei 2023 geeft de cijfers van de aanpak: "
     "1.200 meldingen en 300 aanhoudingen in de eerste twee jaar van het project.", "nl"),
]
OWN = [
    ("The team counted 1,200 calls and 300 home visits in the first two years of the "
     "scheme, and wrote them up in its yearly activity sheet.", "en"),
    ("L'équipe a compté 1 200 appels et 300 visites à domicile pendant les deux premières "
     "années du dispositif, notées dans sa fiche annuelle.", "fr"),
]


@pytest.mark.parametrize(("text", "language"), OTHERS)
def test_another_bodys_report_under_the_evaluation_heading_is_external(
        text: str, language: str) -> None:
    finding = find_evaluation([("evaluation", text)], language)
    assert finding is not None and finding.kind == "external"


@pytest.mark.parametrize(("text", "language"), OWN)
def test_the_promoters_own_figures_stay_internal(text: str, language: str) -> None:
    finding = find_evaluation([("evaluation", text)], language)
    assert finding is not None and finding.kind == "internal"


# an evaluation section that says the evidence is lacking, then tells what people saw
LACKING = [
    ("There is little hard evidence on the effects of such trainings in general; experience "
     "shows, however, that children tell of situations in them that stayed hidden.", "en"),
    ("Il existe peu de preuves sur les effets de ces formations en général ; l'expérience "
     "montre pourtant que les enfants y racontent des situations restées cachées.", "fr"),
    ("Hay poca evidencia sobre los efectos de estos talleres en general; la experiencia "
     "muestra, sin embargo, que los niños cuentan en ellos situaciones ocultas.", "es"),
    ("Ci sono poche prove sugli effetti di questi corsi in generale; l'esperienza mostra "
     "però che i bambini vi raccontano situazioni rimaste nascoste per anni.", "it"),
    ("Es gibt wenig harte Belege für die Wirkung solcher Trainings im Allgemeinen; die "
     "Erfahrung zeigt aber, dass Kinder dort von verborgenen Situationen erzählen.", "de"),
    ("Há pouca evidência sobre os efeitos destas formações em geral; a experiência mostra, "
     "no entanto, que as crianças contam nelas situações que ficaram escondidas.", "pt"),
    ("Over de effecten van weerbaarheidstrainingen is in het algemeen weinig hard bewijs; "
     "wel laten ervaringen zien dat kinderen situaties vertellen die verborgen bleven.", "nl"),
]


@pytest.mark.parametrize(("text", "language"), LACKING)
def test_evidence_said_to_be_lacking_is_no_own_account(text: str, language: str) -> None:
    finding = find_evaluation([("evaluation", text)], language)
    assert finding is None or finding.kind == "none"
