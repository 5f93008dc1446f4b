"""The hub's priority suggestion: from the words of the report and who sent it.

Agents override; the client's own proposal may raise the suggestion by at most
one level (a customer cannot send everything to the top of the queue)."""

from __future__ import annotations

# Lowercase phrases, Chinese and English, most urgent first.
SIGNALS: list[tuple[str, tuple[str, ...]]] = [
    (
        "P1",
        (
            "系统瘫痪",
            "瘫痪",
            "宕机",
            "全部用户",
            "所有用户",
            "都无法使用",
            "数据丢失",
            "system down",
            "all users",
            "everyone",
            "outage",
            "data loss",
            "production down",
        ),
    ),
    (
        "P2",
        (
            "无法登录",
            "不能登录",
            "登录失败",
            "无法保存",
            "不能保存",
            "保存失败",
            "崩溃",
            "闪退",
            "cannot log in",
            "can't log in",
            "cannot login",
            "login failed",
            "cannot save",
            "can't save",
            "crash",
        ),
    ),
    (
        "P4",
        (
            "咨询",
            "建议",
            "如何",
            "怎么",
            "请问",
            "how to",
            "how do i",
            "feature request",
            "suggestion",
            "question",
        ),
    ),
]
ORDER = ["P1", "P2", "P3", "P4"]


def _raise(priority: str, levels: int = 1) -> str:
    return ORDER[max(0, ORDER.index(priority) - levels)]


def suggest(text: str) -> tuple[str, str]:
    """(priority, why) from the text alone."""
    lowered = text.lower()
    for priority, phrases in SIGNALS:
        for phrase in phrases:
            if phrase in lowered:
                return priority, f"text mentions '{phrase}' → {priority}"
    return "P3", "no urgency words → P3"


def decide(text: str, proposed: str | None, vip: bool) -> tuple[str, str]:
    priority, why = suggest(text)
    if proposed and ORDER.index(proposed) < ORDER.index(priority):
        allowed = _raise(priority)
        if ORDER.index(proposed) < ORDER.index(allowed):
            why += f"; customer proposed {proposed}, raised to {allowed} at most"
            priority = allowed
        else:
            why += f"; customer proposed {proposed}"
            priority = proposed
    elif proposed and proposed != priority:
        why += f"; customer proposed {proposed}"
        priority = proposed
    if vip and priority != "P1":
        priority = _raise(priority)
        why += f"; VIP customer → {priority}"
    return priority, why
