"""Write the Word and PDF sheets of the fifth development set.

    python eval/extraction_dev5/make_formats.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from eval.extraction_dev.make_formats import Parts, write_docx, write_pdf  # noqa: E402

STREET_TRIAGE: Parts = [
    ("h1", "Street triage: mental health nurses in police cars"),
    ("row", "Area|Sheffield, South Yorkshire"),
    ("row", "Partners|South Yorkshire Police, Sheffield Health and Social Care NHS Trust"),
    ("p", "A mental health nurse rides with a police officer on evening shifts, so that people "
          "in crisis are assessed on the spot instead of being taken to a cell or to A&E."),
    ("h2", "Background"),
    ("p", "The Mental Health Act 1983 lets officers remove a person to a place of safety. "
          "After a national pilot of nine forces, Sheffield's street triage team went on the "
          "road in March 2014."),
    ("h2", "Has it been evaluated?"),
    ("p", "Only informally: the trust counts how many detentions were avoided each month. "
          "There has been no independent evaluation."),
]
PREVENTION_LUXEMBOURG: Parts = [
    ("h1", "Les médiateurs scolaires de la Ville d'Esch-sur-Alzette"),
    ("p", "Pays : Luxembourg — Porteur : Service jeunesse de la Ville d'Esch-sur-Alzette"),
    ("p", "Deux médiateurs interviennent dans les lycées de la ville lorsqu'un conflit oppose "
          "des élèves ou des élèves et des enseignants, et animent des ateliers de gestion des "
          "conflits."),
    ("h2", "Historique"),
    ("p", "Inspiré du programme québécois de médiation par les pairs lancé à Montréal en 1990, "
          "le service a démarré à la rentrée 2012."),
    ("h2", "Évaluation"),
    ("p", "L'Université du Luxembourg a mené en 2016 une enquête par questionnaire auprès de "
          "400 élèves, sans groupe de comparaison."),
]
VIGILANCIA_CADIZ: Parts = [
    ("h1", "Playas seguras en Cádiz"),
    ("row", "Municipio|Cádiz"),
    ("row", "Comunidad|Andalucía"),
    ("p", "Durante julio y agosto, agentes de la Policía Local en bicicleta y voluntarios de "
          "Protección Civil vigilan las playas de La Victoria y Santa María del Mar contra los "
          "hurtos y atienden a menores perdidos."),
    ("h2", "Inicio"),
    ("p", "El dispositivo funciona desde el verano de 2018."),
    ("h2", "Evaluación"),
    ("p", "El Ayuntamiento hace balance al final de cada temporada con el número de hurtos "
          "denunciados; no hay evaluación independiente."),
]
BOLZANO: Parts = [
    ("h1", "Streetwork a Bolzano"),
    ("p", "Città: Bolzano/Bozen — Provincia autonoma di Bolzano"),
    ("p", "Gli operatori di strada incontrano nei parchi del quartiere Don Bosco e alla "
          "stazione giovani e adulti che consumano sostanze, distribuiscono materiale sterile e "
          "accompagnano ai servizi per le dipendenze."),
    ("h2", "Storia"),
    ("p", "Il servizio è attivo dal 2001, gestito da una cooperativa sociale su incarico "
          "dell'Azienda sanitaria."),
    ("h2", "Valutazione"),
    ("p", "Nel 2019 la Libera Università di Bolzano ha valutato il servizio confrontando i "
          "contatti e gli invii ai servizi prima e dopo l'apertura di un secondo punto di "
          "contatto."),
]
ST_POELTEN: Parts = [
    ("h1", "Sicherheitspartnerschaft St. Pölten"),
    ("row", "Stadt|St. Pölten"),
    ("row", "Land|Österreich"),
    ("p", "Polizei, Magistrat und Bürgerinnen treffen sich vierteljährlich in jedem Stadtteil, "
          "um Probleme wie dunkle Wege, Vandalismus oder Lärm zu besprechen; Sicherheitsbürger "
          "melden Beobachtungen direkt an die Polizeiinspektion."),
    ("h2", "Beginn"),
    ("p", "Die Initiative GEMEINSAM.SICHER des Innenministeriums startete 2016 österreichweit; "
          "in St. Pölten gibt es die Sicherheitspartnerschaft seit 2017."),
    ("h2", "Evaluation"),
    ("p", "Das Innenministerium hat die Initiative 2019 durch das Institut für Höhere Studien "
          "extern evaluieren lassen."),
]
GUIMARAES: Parts = [
    ("h1", "Mediadores municipais em Guimarães"),
    ("p", "Concelho: Guimarães · Distrito: Braga · País: Portugal"),
    ("p", "Uma equipa de mediadores municipais e interculturais acompanha famílias em bairros "
          "de habitação social, mediando conflitos de vizinhança e a relação com a escola e os "
          "serviços."),
    ("h2", "Origem"),
    ("p", "O projeto teve início em 2010, integrado no programa nacional de mediadores "
          "municipais do Alto Comissariado para as Migrações, criado em 2009."),
    ("h2", "Avaliação"),
    ("p", "A avaliação foi feita pela própria equipa, com base em relatórios semestrais."),
]
ARNHEM: Parts = [
    ("h1", "Wijkteams veiligheid in Arnhem"),
    ("row", "Gemeente|Arnhem"),
    ("row", "Provincie|Gelderland"),
    ("p", "In elke wijk werken een wijkagent, een handhaver en een wijkregisseur samen in een "
          "vast team dat meldingen over overlast, verloedering en woninginbraak oppakt."),
    ("h2", "Start"),
    ("p", "De gemeente voerde de wijkteams in 2014 in, na een proef in Presikhaaf."),
    ("h2", "Evaluatie"),
    ("p", "Onderzoekers van de Radboud Universiteit Nijmegen hebben de aanpak in 2018 "
          "geëvalueerd met interviews en een bewonersenquête."),
]


def main() -> None:
    write_docx(HERE / "en-street-triage-sheffield.docx", STREET_TRIAGE)
    write_pdf(HERE / "fr-mediateurs-esch.pdf", PREVENTION_LUXEMBOURG,
              "Fiches prévention – Luxembourg")
    write_docx(HERE / "es-playas-cadiz.docx", VIGILANCIA_CADIZ)
    write_pdf(HERE / "it-streetwork-bolzano.pdf", BOLZANO, "Banca dati buone pratiche – Trento")
    write_docx(HERE / "de-sicherheitspartnerschaft-st-poelten.docx", ST_POELTEN)
    write_pdf(HERE / "pt-mediadores-guimaraes.pdf", GUIMARAES, "Boas práticas – Lisboa")
    write_docx(HERE / "nl-wijkteams-arnhem.docx", ARNHEM)


if __name__ == "__main__":
    main()
