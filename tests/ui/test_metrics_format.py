"""How the dashboard writes durations, rates and scores (desktop/ui/metrics/format.py)."""

from __future__ import annotations

import pytest

from desktop.ui import i18n
from desktop.ui.metrics import format as fmt


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (None, "—"),
        (0, "0 min"),
        (0.4, "< 1 min"),
        (45, "45 min"),
        (59.6, "1 h 0 min"),
        (125, "2 h 5 min"),
        (3 * 1440 + 4 * 60 + 10, "3 d 4 h"),
    ],
)
def test_durations_carry_their_units(look: None, minutes: float | None, text: str) -> None:
    assert fmt.duration(minutes) == text


def test_rates_scores_and_hours(look: None) -> None:
    assert fmt.percent(None) == "—"
    assert fmt.percent(1 / 3) == "33.3 %"
    assert fmt.percent(0.5) == "50 %"
    assert fmt.percent(1.0) == "100 %"
    assert fmt.score(3.67) == "3.67 / 5"
    assert fmt.score(None) == "—"
    assert fmt.hours(90) == 1.5 and fmt.hours(None) is None


def test_units_in_chinese(look: None) -> None:
    i18n.install_translators("zh_CN")
    try:
        assert fmt.duration(125) == "2 小时 5 分钟"
        assert fmt.duration(3 * 1440 + 4 * 60) == "3 天 4 小时"
        assert fmt.percent(1 / 3) == "33.3%"
    finally:
        i18n.install_translators("en")
