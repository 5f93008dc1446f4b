"""The metrics dashboard (issue #9) on a hub of the test's own, seeded through
its API; every expected number is worked out by hand below as well."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox

from desktop.core.embedded import EmbeddedHub
from desktop.core.hubclient import HubClient
from desktop.core.metrics_api import Interval, MetricsQuery, utc_today
from desktop.core.settings import HubMode, Settings
from desktop.ui import i18n
from desktop.ui.messages import Level, Message
from desktop.ui.metrics import MetricsSection
from desktop.ui.metrics import format as fmt
from tests.ui.support import Hub, MakeClient, sign_in

pytestmark = pytest.mark.e2e

F1 = "v1:" + "a1" * 16
_keys = itertools.count(1)


def post(client: HubClient, path: str, body: dict[str, Any]) -> dict[str, Any]:
    headers = {"Idempotency-Key": f"metrics-{next(_keys)}"}
    result: dict[str, Any] = client.request("POST", path, json=body, headers=headers).json()
    return result


def patch(client: HubClient, ticket_id: int, **changes: Any) -> None:
    client.request("PATCH", f"/tickets/{ticket_id}", json=changes)


@dataclass
class Desk:
    hub: Hub
    agent_email: str
    ada: HubClient
    bo: HubClient
    ada_id: int
    bo_id: int
    tickets: list[int]


def seed(hub: Hub) -> Desk:
    """Four tickets today: T1 and T2 Ada's (same error), T3 Bo's (reopened once),
    T4 nobody's and new; ratings 5, 4, 2; one deflection and one article used."""
    agent_email = hub.agent("Ada Metrics")
    ada = hub.client(agent_email)
    bo = hub.client(hub.agent("Bo Metrics"))
    ada_id, bo_id = ada.me().id, bo.me().id
    customer = hub.client(hub.customer("Chen Rating"))
    t1 = post(customer, "/tickets", {"title": "Export fails", "fingerprint": F1})["id"]
    t2 = post(customer, "/tickets", {"title": "Export fails again", "fingerprint": F1})["id"]
    t3 = post(customer, "/tickets", {"title": "Cannot sign in"})["id"]
    t4 = post(customer, "/tickets", {"title": "How to print"})["id"]
    patch(ada, t1, assignee_id=ada_id)
    patch(ada, t2, assignee_id=ada_id)
    patch(bo, t3, assignee_id=bo_id)
    patch(ada, t4, assignee_id=None)
    post(ada, f"/tickets/{t1}/comments", {"body": "Fixed in the export settings."})
    for text in ("Which version?", "Fixed by the update."):
        post(ada, f"/tickets/{t2}/comments", {"body": text})
    post(bo, f"/tickets/{t3}/comments", {"body": "Password reset sent."})
    for ticket_id, agent in ((t1, ada), (t2, ada), (t3, bo)):
        patch(agent, ticket_id, status="resolved")
    post(customer, f"/tickets/{t3}/resolution", {"solved": False, "comment": "Still locked."})
    patch(bo, t3, status="resolved")
    for ticket_id, rating in ((t1, 5), (t2, 4), (t3, 2)):
        post(customer, f"/tickets/{ticket_id}/resolution", {"solved": True, "rating": rating})
    article = post(
        ada, "/kb/articles", {"title": "Export settings", "body": "…", "status": "published"}
    )
    post(customer, "/kb/deflections", {"article_id": article["id"], "query": "export"})
    post(ada, f"/kb/articles/{article['id']}/used", {"ticket_id": t1})
    return Desk(hub, agent_email, ada, bo, ada_id, bo_id, [t1, t2, t3, t4])


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """One seeded hub for the module (seeding costs three argon2 accounts); the
    tests that change it (a new ticket, a stopped hub) run last."""
    root = tmp_path_factory.mktemp("metrics-hub")
    process = EmbeddedHub(root / "data", root / "port")
    url = process.start()
    try:
        yield seed(Hub(url, root / "data", process))
    finally:
        process.stop()


def open_dashboard(qtbot: Any, make_client: MakeClient, desk: Desk) -> MetricsSection:
    settings = Settings(hub_mode=HubMode.REMOTE, hub_url=desk.hub.url)
    client = make_client("agent", settings=settings)
    sign_in(qtbot, client, desk.agent_email)
    view = client.window.mode_view
    assert view is not None
    section = view.section("metrics")
    assert isinstance(section, MetricsSection)
    view.show_section("metrics")
    qtbot.waitUntil(lambda: section.metrics is not None, timeout=20000)
    return section


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def wait_reloaded(qtbot: Any, section: MetricsSection, check: Any) -> None:
    qtbot.waitUntil(
        lambda: section.shown_query is not None and check(section.shown_query), timeout=20000
    )


def test_tiles_show_the_hubs_numbers_and_ours(
    qtbot: Any, make_client: MakeClient, desk: Desk
) -> None:
    section = open_dashboard(qtbot, make_client, desk)
    m = section.metrics
    assert m is not None
    today = utc_today()
    assert section.shown_query == MetricsQuery(today - timedelta(days=29), today, Interval.DAY)
    # By hand: 4 filed, 3 resolved; ratings 5, 4, 2; only T1 resolved at first contact
    # (T2 took two replies, T3 was reopened); T3 the one reopen of 3 resolved; T2
    # repeats T1's error (1 of 2 with a fingerprint); T4 waits, new; KB used on T1.
    assert (m.created, m.resolved) == (4, 3)
    assert m.csat.average == round((5 + 4 + 2) / 3, 2) == 3.67
    assert m.csat.counts() == [0, 1, 0, 1, 1]
    assert m.first_contact_resolution_rate == round(1 / 3, 4)
    assert m.reopen_rate == round(1 / 3, 4)
    assert m.duplicate_rate == 0.5
    assert m.backlog.total == 1 and m.backlog.by_status == {"new": 1}
    assert m.sla_attainment.first_response == 1.0 and m.sla_attainment.resolution == 1.0
    assert (m.knowledge_base.deflections, m.knowledge_base.articles_used) == (1, 1)
    assert m.knowledge_base.adoption_rate == round(1 / 3, 4)

    tiles = section.tiles.tiles
    assert tiles["csat"].value.text() == "3.67 / 5"
    assert "5★ 1 · 4★ 1 · 3★ 0 · 2★ 1 · 1★ 0" in tiles["csat"].detail.text()
    assert tiles["fcr"].value.text() == "33.3 %"
    assert tiles["reopen"].value.text() == "33.3 %"
    assert tiles["duplicates"].value.text() == "50 %"
    assert tiles["sla"].value.text() == "100 %"
    assert tiles["kb"].value.text() == "1 deflected"
    assert "adoption 33.3 %" in tiles["kb"].detail.text()
    fr = m.first_response_minutes
    assert fr.count == 4 - 1  # T4 never answered
    assert tiles["first_response"].value.text() == fmt.duration(fr.mean)
    assert tiles["first_response"].value.text().endswith("min")
    assert "tickets: 3" in tiles["first_response"].detail.text()

    # Charts: 30 days of created/resolved, times only where there is a median (today),
    # five rating bars, one backlog status, four age buckets.
    volume = section.volume.chart
    assert volume is not None and section.volume.showing_chart
    lines = [s for s in volume.series() if isinstance(s, QLineSeries)]
    assert [s.name() for s in lines] == ["Created", "Resolved"]
    assert [s.count() for s in lines] == [30, 30]
    assert sum(p.y() for p in lines[0].points()) == 4
    times = section.times.chart
    assert times is not None and [s.count() for s in times.series()] == [1, 1]  # type: ignore[attr-defined]
    csat = section.csat.chart
    assert csat is not None
    bars = csat.series()[0]
    assert isinstance(bars, QBarSeries)
    assert [bars.barSets()[0].at(n) for n in range(5)] == [0, 1, 0, 1, 1]
    status = section.by_status.chart
    assert status is not None
    assert status.series()[0].barSets()[0].count() == 1  # type: ignore[attr-defined]
    # Per agent, by hand: Ada resolved T1 and T2 (rated 5 and 4), Bo T3 (rated 2).
    agents = section.by_agent.model
    rows = {agents.index(r, 0).data(): r for r in range(agents.rowCount())}
    assert set(rows) == {"Ada Metrics", "Bo Metrics"}
    ada, bo = rows["Ada Metrics"], rows["Bo Metrics"]
    assert [agents.index(ada, c).data() for c in (1, 4, 5)] == ["2", "4.50 / 5", "0"]
    assert [agents.index(bo, c).data() for c in (1, 4, 5)] == ["1", "2.00 / 5", "0"]
    assert section.by_agent.proxy.index(0, 0).data() == "Ada Metrics"  # most resolved first
    assert section.by_group.model.rowCount() == len(m.by_group)
    age = section.by_age.chart
    assert age is not None
    assert [age.series()[0].barSets()[0].at(n) for n in range(4)] == [1, 0, 0, 0]  # type: ignore[attr-defined]


def test_filters_change_the_request_and_the_numbers(
    qtbot: Any, make_client: MakeClient, desk: Desk
) -> None:
    section = open_dashboard(qtbot, make_client, desk)
    bar = section.toolbar
    qtbot.waitUntil(lambda: bar.agent_combo.findData(desk.ada_id) >= 0, timeout=10000)
    choose(bar.agent_combo, desk.ada_id)
    wait_reloaded(qtbot, section, lambda q: q.agent_id == desk.ada_id)
    m = section.metrics
    assert m is not None
    # Ada's: T1 and T2, rated 5 and 4, nothing waiting.
    assert (m.resolved, m.csat.average, m.backlog.total) == (2, 4.5, 0)
    assert section.tiles.tiles["csat"].value.text() == "4.50 / 5"
    assert not section.by_status.showing_chart  # an empty state, not empty axes
    assert "Nothing is waiting" in section.by_status.empty.text()

    choose(bar.interval_combo, Interval.WEEK)
    wait_reloaded(qtbot, section, lambda q: q.interval is Interval.WEEK)
    today = utc_today()
    days = [today - timedelta(days=n) for n in range(30)]
    mondays = {d - timedelta(days=d.weekday()) for d in days}
    assert section.metrics is not None and len(section.metrics.series) == len(mondays)
    volume = section.volume.chart
    assert volume is not None and volume.series()[0].count() == len(mondays)  # type: ignore[attr-defined]

    # Bo, long ago: nothing at all, and the page says so.
    choose(bar.agent_combo, desk.bo_id)
    bar.choose_period(today.replace(year=today.year - 1), today.replace(year=today.year - 1))
    wait_reloaded(qtbot, section, lambda q: q.agent_id == desk.bo_id and q.start.year < today.year)
    assert section.metrics is not None and section.metrics.empty
    assert "No tickets in this period" in section.status.text()
    assert not any(card.showing_chart for card in section.cards)
    assert section.tiles.tiles["csat"].value.text() == fmt.NONE

    # A start after the end is named on the page, and nothing is asked.
    shown = section.shown_query
    bar.from_edit.setDate(QDate(today.year, today.month, today.day))
    bar.to_edit.setDate(QDate(today.year - 1, 1, 1))
    assert section.problem.isVisible() and "starts after it ends" in section.problem.text()
    assert section.shown_query == shown


def test_export_saves_the_hubs_csv(
    qtbot: Any, make_client: MakeClient, desk: Desk, tmp_path: Path, messages_seen: list[Message]
) -> None:
    section = open_dashboard(qtbot, make_client, desk)
    choose(section.toolbar.interval_combo, Interval.WEEK)
    target = tmp_path / "out" / "desk.csv"
    target.parent.mkdir()
    section.export_to(target)
    qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    query = section.toolbar.query()
    expected = desk.ada.request("GET", "/metrics.csv", params=query.params()).content
    assert target.read_bytes() == expected
    assert expected.decode().splitlines()[0].startswith("period,created,resolved")
    qtbot.waitUntil(lambda: any(m.level is Level.INFO for m in messages_seen), timeout=10000)
    assert str(target) in messages_seen[-1].text

    # A folder that does not exist: a clear message, no traceback, no file.
    missing = tmp_path / "nowhere" / "desk.csv"
    section.export_to(missing)
    qtbot.waitUntil(lambda: any(m.level is Level.ERROR for m in messages_seen), timeout=20000)
    assert "Could not save the file" in messages_seen[-1].text and not missing.exists()


def test_the_dashboard_reads_in_chinese(qtbot: Any, make_client: MakeClient, desk: Desk) -> None:
    english = open_dashboard(qtbot, make_client, desk)
    i18n.install_translators("zh_CN")
    try:
        section = MetricsSection(english.session)
        qtbot.addWidget(section)
        section.reload()
        qtbot.waitUntil(lambda: section.metrics is not None, timeout=20000)
        tiles = section.tiles.tiles
        assert tiles["csat"].title.text() == "满意度（CSAT）"
        assert tiles["csat"].value.text() == "3.67 / 5"
        assert tiles["fcr"].value.text() == "33.3%"
        assert tiles["first_response"].value.text().endswith("分钟")
        assert tiles["kb"].value.text() == "自助解决 1 次"
        assert section.toolbar.preset_combo.currentText() == "最近 30 天"
        chart = section.volume.chart
        assert chart is not None
        assert [s.name() for s in chart.series()] == ["新建", "已解决"]
    finally:
        i18n.install_translators("en")


def test_live_ticket_events_refresh_the_numbers(
    qtbot: Any, make_client: MakeClient, desk: Desk
) -> None:
    section = open_dashboard(qtbot, make_client, desk)
    assert section.metrics is not None and section.metrics.created == 4
    # Runs after the tests that read the seeded numbers: it files a fifth ticket.
    customer = desk.hub.client(desk.hub.customer("Late Filer"))
    post(customer, "/tickets", {"title": "One more"})
    qtbot.waitUntil(
        lambda: section.metrics is not None and section.metrics.created == 5, timeout=20000
    )
    assert section.tiles.tiles["duplicates"].detail.text() == "tickets filed: 5"


def test_a_failed_load_keeps_the_last_numbers(
    qtbot: Any, make_client: MakeClient, desk: Desk
) -> None:
    section = open_dashboard(qtbot, make_client, desk)
    before = section.tiles.tiles["csat"].value.text()
    assert before == "3.67 / 5"
    desk.hub.process.stop()  # the module's last test: nothing needs the hub after this
    section.toolbar.refresh_button.click()
    qtbot.waitUntil(lambda: section.banner.isVisible(), timeout=20000)
    assert "Could not load the metrics" in section.banner.label.text()
    assert "last successful load" in section.banner.label.text()
    assert section.banner.action.text() == "Try again"
    assert section.tiles.tiles["csat"].value.text() == before
    assert section.volume.showing_chart
