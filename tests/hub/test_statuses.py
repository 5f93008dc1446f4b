"""The status transition table."""

from __future__ import annotations

import itertools

from hub.statuses import TRANSITIONS, Status, allowed_targets, can_move


def test_design_path_is_open_to_agents() -> None:
    path = [
        "new",
        "open",
        "in_progress",
        "waiting_on_customer",
        "in_progress",
        "resolved",
        "closed",
    ]
    for a, b in itertools.pairwise(path):
        assert can_move(a, b, "agent"), (a, b)


def test_customers_only_confirm_or_reopen() -> None:
    moves = {(a.value, b.value) for a in Status for b in Status if can_move(a, b, "customer")}
    assert moves == {("resolved", "closed"), ("resolved", "open"), ("closed", "open")}


def test_no_status_moves_to_itself_or_back_to_new() -> None:
    for frm, to in TRANSITIONS:
        assert frm != to
        assert to != Status.NEW


def test_unknown_statuses_never_move() -> None:
    assert not can_move("new", "deleted", "admin")
    assert not can_move("bogus", "open", "admin")


def test_allowed_targets_follow_the_table() -> None:
    assert allowed_targets("resolved", "customer") == ["closed", "open"]
    assert allowed_targets("closed", "agent") == ["open"]
    assert allowed_targets("new", "customer") == []
