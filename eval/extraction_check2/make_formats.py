"""Write the Word and PDF sheets of the second check set (the others are by hand).

    python eval/extraction_check2/make_formats.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from eval.extraction_dev.make_formats import Parts, write_docx, write_pdf  # noqa: E402

SAFER_NIGHTS: Parts = [
    ("h1", "Safer Nights Partnership in Newcastle upon Tyne"),
    ("row", "Where|Newcastle upon Tyne, England"),
    ("row", "Who|Newcastle City Council, Northumbria Police, NE1 business improvement district"),
    ("row", "Annual cost|£150,000"),
    ("p", "Every Friday and Saturday night a partnership of the council, the police, the "
          "ambulance service and the city-centre businesses runs a late-night hub in the "
          "Bigg Market: a safe haven where people who are hurt, drunk or stranded can wait "
          "for help, taxi marshals at the busiest ranks, and licensing visits to venues "
          "that serve people who are already drunk."),
    ("h2", "Background"),
    ("p", "The partnership was established in the autumn of 2011, after the city centre "
          "recorded the highest number of violent incidents at night in the region."),
    ("h2", "Evaluation"),
    ("p", "Partial. The council's own monitoring shows fewer ambulance call-outs from the "
          "Bigg Market since the hub opened; there has been no independent study."),
]

MEDIATION_TOULOUSE: Parts = [
    ("h1", "Médiation sociale dans les quartiers du Mirail à Toulouse"),
    ("p", "Ville : Toulouse — Pays : France — Opérateur : association de médiation sociale"),
    ("p", "Une quarantaine de médiateurs sociaux interviennent le jour et en soirée dans les "
          "quartiers du Mirail : ils règlent les petits conflits, orientent les habitants "
          "vers les services, accompagnent les jeunes vers l'emploi et signalent les "
          "problèmes d'éclairage ou de propreté."),
    ("h2", "Historique"),
    ("p", "Le service a été créé en 2004 à l'initiative de la mairie et des bailleurs "
          "sociaux, avec des emplois aidés, puis pérennisé."),
    ("h2", "Financement"),
    ("p", "Budget annuel d'environ 1,8 M€, partagé entre la métropole, l'État et les "
          "bailleurs."),
    ("h2", "Évaluation"),
    ("p", "Le dispositif a été évalué en 2016 par un bureau d'études mandaté par la "
          "métropole : les habitants connaissent bien les médiateurs et les jugent utiles, "
          "mais l'effet sur la délinquance n'a pas pu être mesuré."),
]

MEDIATORI_PRATO: Parts = [
    ("h1", "Mediatori linguistico-culturali negli uffici comunali di Prato"),
    ("row", "Città|Prato"),
    ("row", "Paese|Italia"),
    ("row", "Promotore|Comune di Prato"),
    ("p", "A partire dal 2009 il Comune di Prato impiega mediatori di lingua cinese, araba "
          "e urdu negli sportelli dell'anagrafe, dei servizi sociali e della Polizia "
          "Municipale, per facilitare i rapporti con i residenti stranieri e prevenire i "
          "conflitti nelle zone a forte presenza di laboratori tessili."),
    ("h2", "Attività"),
    ("li", "affiancamento agli agenti durante i controlli nei laboratori"),
    ("li", "traduzione di avvisi e ordinanze"),
    ("li", "incontri con le associazioni delle comunità"),
    ("h2", "Risultati"),
    ("p", "Nel 2014 l'IRPET, l'istituto regionale di programmazione economica, ha "
          "pubblicato uno studio sugli effetti del servizio: i tempi delle pratiche si "
          "sono ridotti e i conflitti agli sportelli sono diminuiti."),
]


def main() -> None:
    write_docx(HERE / "en-safer-nights-newcastle.docx", SAFER_NIGHTS)
    write_pdf(HERE / "fr-mediation-toulouse.pdf", MEDIATION_TOULOUSE, "Fiches pratiques")
    write_docx(HERE / "it-mediatori-prato.docx", MEDIATORI_PRATO)


if __name__ == "__main__":
    main()
