"""Write the Word and PDF sheets of the second extraction dev set (the others are by hand).

    python eval/extraction_dev2/make_formats.py

The writers are those of the first dev set; texts live here so the binary files can be
regenerated (their creation dates differ from run to run).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from eval.extraction_dev.make_formats import Parts, write_docx, write_pdf  # noqa: E402

ALLEY_GATES: Parts = [
    ("h1", "Alley-gating in Liverpool's terraced streets"),
    ("p", "Liverpool City Council · Merseyside Police · Location: Liverpool, England"),
    ("p", "Lockable gates close the narrow alleys that run behind rows of terraced houses, "
          "so that burglars can no longer reach back yards and rear windows unseen. Residents "
          "get a key; the council fits and maintains the gates."),
    ("h2", "Timeline"),
    ("p", "Work on the first gates got under way in 2004 in Anfield and Everton, where "
          "burglary rates were among the highest in the country; by 2010 more than 3,000 "
          "gates had been fitted across the city."),
    ("h2", "Cost"),
    ("p", "About £1.2 million over the first four years, from the council's housing "
          "renewal budget and the Home Office."),
    ("h2", "Evaluation"),
    ("p", "Researchers from Liverpool John Moores University compared burglary rates "
          "before and after the gates were fitted with similar streets without gates: "
          "burglary fell by 37 % in gated streets, with no sign of displacement to nearby "
          "areas."),
]

AGENTS_LIEGE: Parts = [
    ("h1", "Des agents de prévention aux abords des écoles liégeoises"),
    ("row", "Ville|Liège"),
    ("row", "Pays|Belgique"),
    ("row", "Lancement|septembre 2017"),
    ("row", "Porteur|Ville de Liège, service Prévention"),
    ("p", "Des agents de prévention en uniforme sont présents aux entrées et sorties de "
          "seize écoles secondaires. Ils connaissent les élèves, désamorcent les bagarres, "
          "repèrent les situations de harcèlement et orientent les jeunes vers les "
          "éducateurs de rue ou les services d'aide à la jeunesse."),
    ("h2", "Actions"),
    ("li", "présence quotidienne aux abords des écoles"),
    ("li", "animations en classe sur le harcèlement et les réseaux sociaux"),
    ("li", "liaison avec la police de proximité"),
    ("h2", "Évaluation"),
    ("p", "Une évaluation externe réalisée par l'Université de Liège en 2020 a montré une "
          "baisse des incidents signalés aux abords des écoles et une meilleure confiance "
          "des élèves."),
]

EDUCATIVA_PALERMO: Parts = [
    ("h1", "Educativa di strada allo Zen di Palermo"),
    ("p", "Città: Palermo · Paese: Italia · Ente: cooperativa sociale con il Comune di "
          "Palermo"),
    ("p", "Un'équipe di educatori incontra ogni pomeriggio ragazze e ragazzi del quartiere "
          "Zen nei cortili, nei campetti e davanti ai bar, per offrire ascolto, attività "
          "sportive e laboratori, e per allontanarli dallo spaccio di droga nel quartiere."),
    ("h2", "Avvio"),
    ("p", "Il servizio ha preso il via nell'autunno del 2011 con due educatori; oggi ne "
          "conta sei."),
    ("h2", "Attività"),
    ("li", "calcio di strada e tornei di quartiere"),
    ("li", "sostegno scolastico"),
    ("li", "accompagnamento ai servizi per le dipendenze"),
    ("h2", "Valutazione"),
    ("p", "Il progetto non è mai stato valutato; gli educatori tengono un diario delle "
          "attività."),
]

JUGENDRECHT_STUTTGART: Parts = [
    ("h1", "Haus des Jugendrechts Stuttgart-Bad Cannstatt"),
    ("row", "Stadt|Stuttgart"),
    ("row", "Land|Deutschland"),
    ("row", "Beteiligte|Polizei, Staatsanwaltschaft, Jugendhilfe im Strafverfahren"),
    ("p", "Polizei, Staatsanwaltschaft und Jugendgerichtshilfe arbeiten unter einem Dach, "
          "damit Verfahren gegen junge Tatverdächtige schneller und abgestimmt bearbeitet "
          "werden und die Reaktion auf eine Straftat zeitnah erfolgt."),
    ("h2", "Geschichte"),
    ("p", "Seit der Eröffnung im Jahr 1999 ist das Modell von mehr als dreißig Städten in "
          "Deutschland übernommen worden."),
    ("h2", "Arbeitsweise"),
    ("p", "Fallkonferenzen zu Intensivtätern, kurze Wege zwischen den Büros, gemeinsame "
          "Sprechzeiten für Eltern."),
    ("h2", "Evaluation"),
    ("p", "Das Kriminologische Institut der Universität Tübingen hat das Modell 2002 "
          "evaluiert und eine deutliche Verkürzung der Verfahrensdauer festgestellt."),
]

VIDEO_PORTO: Parts = [
    ("h1", "Videovigilância na Baixa do Porto"),
    ("p", "Local: Porto, Portugal · Entidades: Câmara Municipal do Porto e PSP"),
    ("p", "Uma rede de 79 câmaras cobre as ruas da Baixa e da zona de bares da Galeria de "
          "Paris. As imagens são vistas em tempo real por agentes da PSP, que enviam "
          "patrulhas quando detetam agressões, furtos ou situações de risco."),
    ("h2", "Instalação"),
    ("p", "O sistema foi instalado em 2019, após autorização do Ministério da Administração "
          "Interna e parecer da Comissão Nacional de Proteção de Dados."),
    ("h2", "Custo"),
    ("p", "Investimento de 1,5 milhões de euros, suportado pela Câmara."),
    ("h2", "Avaliação"),
    ("p", "Um estudo da Universidade do Porto comparou a criminalidade antes e depois da "
          "instalação, e com zonas semelhantes sem câmaras: os furtos diminuíram na zona "
          "vigiada, sem deslocação para as ruas vizinhas."),
]

INBRAAK_ROTTERDAM: Parts = [
    ("h1", "Wijkaanpak woninginbraak in Rotterdam"),
    ("row", "Gemeente|Rotterdam"),
    ("row", "Land|Nederland"),
    ("row", "Partners|Politie Rotterdam, woningcorporaties, bewonersorganisaties"),
    ("p", "In wijken met veel inbraken krijgen bewoners gratis advies over hang- en "
          "sluitwerk, worden slechte sloten vervangen en lopen buurtpreventieteams 's avonds "
          "rondes. Na elke inbraak krijgen de buren binnen een dag een waarschuwing."),
    ("h2", "Aanpak"),
    ("p", "De aanpak werd in 2013 uitgerold in twaalf wijken en later uitgebreid naar de "
          "hele stad."),
    ("h2", "Evaluatie"),
    ("p", "Het WODC deed een effectonderzoek met controlewijken: het aantal inbraken daalde "
          "in de aanpakwijken met een kwart meer dan in de controlewijken."),
]


def main() -> None:
    write_pdf(HERE / "en-alley-gating-liverpool.pdf", ALLEY_GATES, "Safer Streets casebook")
    write_docx(HERE / "fr-agents-prevention-liege.docx", AGENTS_LIEGE)
    write_pdf(HERE / "it-educativa-strada-palermo.pdf", EDUCATIVA_PALERMO,
              "Schede di buone pratiche")
    write_docx(HERE / "de-haus-jugendrecht-stuttgart.docx", JUGENDRECHT_STUTTGART)
    write_pdf(HERE / "pt-videovigilancia-porto.pdf", VIDEO_PORTO, "Boas práticas locais")
    write_docx(HERE / "nl-woninginbraak-rotterdam.docx", INBRAAK_ROTTERDAM)


if __name__ == "__main__":
    main()
