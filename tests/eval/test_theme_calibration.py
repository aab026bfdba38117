"""Per-theme floor factors: fitted for recall at the precision target, on sheets."""

from __future__ import annotations

from eval.theme_calibration import Sheet, fit_factors, score

PARAMS = {"min_score": 2.0, "relative": 0.1, "limit": 4}


def _sheet(scores: dict[str, float], truth: set[str]) -> Sheet:
    return Sheet("s", scores, [], None, frozenset(truth), 400)


def test_a_theme_its_sheets_name_weakly_gets_a_lower_floor() -> None:
    data = [_sheet({"policing": 5.0, "mediation": 1.5}, {"policing", "mediation"})
            for _ in range(4)]
    assert score(data, PARAMS) == (1.0, 0.5)
    factors = fit_factors(data, PARAMS, 0.8)
    assert factors["mediation"] < 1.0
    assert score(data, PARAMS, factors) == (1.0, 1.0)


def test_a_theme_named_in_passing_gets_a_higher_floor() -> None:
    data = [_sheet({"youth": 6.0, "policing": 2.2}, {"youth"}) for _ in range(3)]
    assert score(data, PARAMS)[0] == 0.5
    factors = fit_factors(data, PARAMS, 0.8)
    assert factors["policing"] > 1.0
    assert score(data, PARAMS, factors) == (1.0, 1.0)
