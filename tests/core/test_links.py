"""kefu:// links: the documented forms are read, everything else is refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import links
from desktop.core.links import Link, LinkError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "kefu://join?hub=https://kefu.example.com&code=123456789",
            Link("join", hub="https://kefu.example.com", code="123456789"),
        ),
        (
            "KEFU://JOIN?code=123%20456789&hub=https://Kefu.Example.COM:443/",
            Link("join", hub="https://kefu.example.com", code="123456789"),
        ),
        ("kefu://join/123-456-789", Link("join", code="123456789")),
        (
            "kefu://ticket/KF-1001?hub=https://desk.example.cn/kefu/",
            Link("ticket", hub="https://desk.example.cn/kefu", number="KF-1001"),
        ),
        ("kefu://ticket/kf-01042", Link("ticket", number="KF-1042")),
        ("kefu://open", Link("open")),
        (
            "kefu://join?code=123456789&hub=http://127.0.0.1:8123",
            Link("join", hub="http://127.0.0.1:8123", code="123456789"),
        ),
        (
            "kefu://join?code=123456789&hub=https://[2001:db8::1]:8443",
            Link("join", hub="https://[2001:db8::1]:8443", code="123456789"),
        ),
    ],
)
def test_documented_links_are_read(text: str, expected: Link) -> None:
    assert links.parse(text) == expected


def test_a_ticket_link_names_the_ticket_id() -> None:
    assert links.parse("kefu://ticket/KF-1001").ticket_id == 1
    assert links.parse("kefu://ticket/KF-2042").ticket_id == 1042


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("https://kefu.example.com/join?code=123456789", "not a kefu"),
        ("kefu:join?code=123456789", "not a kefu"),
        ("kefu://join?code=12345678", "nine digits"),
        ("kefu://join?code=1234567890", "nine digits"),
        ("kefu://join?code=12345678x", "nine digits"),
        ("kefu://join", "needs a code"),
        ("kefu://join?code=123456789&code=987654321", "twice"),
        ("kefu://join?code=123456789&hub=https://a.example&hub=https://b.example", "twice"),
        ("kefu://join?code=123456789&token=abc", "unexpected parameter"),
        ("kefu://join?code=123456789#frag", "fragment"),
        ("kefu://join?code=123456789&hub=http://evil.example", "https"),
        ("kefu://join?code=123456789&hub=javascript:alert(1)", "https"),
        ("kefu://join?code=123456789&hub=file:///etc/passwd", "https"),
        ("kefu://join?code=123456789&hub=https://user:pw@kefu.example.com", "user name"),
        ("kefu://join?code=123456789&hub=https://kefu.example.com@evil.example", "user name"),
        ("kefu://join?code=123456789&hub=https://evil.example%2F@good.example", "unexpected"),
        ("kefu://join?code=123456789&hub=https://good.example/%2e%2e/x", "unexpected"),
        ("kefu://join?code=123456789&hub=https://good.example/?a=1", "query"),
        ("kefu://join?code=123456789&hub=https://bad_host.example", "host"),
        ("kefu://join?code=123456789&hub=https://good.example:99999", "not valid"),
        ("kefu://join?code=123456789&hub=https://", "host"),
        ("kefu://join?code=123456789&hub=https://%0aevil.example", "control"),
        ("kefu://join?code=123 456789", "spaces"),
        ("kefu://join?code=１２３４５６７８９", "non-ASCII"),
        ("kefu://join?code=123456789\x00", "control"),
        ("kefu://ticket/KF-1", "not a ticket number"),
        ("kefu://ticket/KF-1001/comments", "one ticket"),
        ("kefu://ticket/../KF-1001", "one ticket"),
        ("kefu://ticket/1001", "one ticket"),
        ("kefu://ticket/KF-1001?number=KF-1002", "unexpected parameter"),
        ("kefu://open/settings", "no path"),
        ("kefu://settings?hub=https://evil.example", "does not know"),
        ("kefu://join?code=123456789&hub=" + "a" * 3000, "too long"),
    ],
)
def test_hostile_or_malformed_links_are_refused(text: str, reason: str) -> None:
    with pytest.raises(LinkError, match=reason):
        links.parse(text)


_URLISH = "abcdefhijknoprstuwxyzKF0123456789:/?&=#[]@%.-_ "


@settings(max_examples=300)
@given(
    st.sampled_from(["kefu://", "kefu://join?", "kefu://ticket/", "kefu://join?code=123456789&"]),
    st.text(max_size=300) | st.text(alphabet=_URLISH, max_size=120),
)
def test_any_text_is_read_or_refused_cleanly(prefix: str, text: str) -> None:
    try:
        link = links.parse(prefix + text)
    except LinkError:
        return
    assert link.action in ("join", "ticket", "open")
    if link.hub is not None:
        assert links.normalize_hub(link.hub) == link.hub  # normalized, and safe to show
    if link.code is not None:
        assert link.code.isdigit() and len(link.code) == 9


def test_hub_spellings_compare_equal() -> None:
    assert links.same_hub("https://Kefu.Example.com:443/", "https://kefu.example.com")
    assert links.same_hub("http://127.0.0.1:8000/", "http://127.0.0.1:8000")
    assert not links.same_hub("https://kefu.example.com", "https://kefu.example.com:8443")
    assert not links.same_hub("https://kefu.example.com", "https://kefu.example.com.evil.example")
    assert not links.same_hub("https://kefu.example.com/a", "https://kefu.example.com/b")
    assert not links.same_hub(None, "https://kefu.example.com")
    assert not links.same_hub("not a url", "not a url")  # unknown is never "the same"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("kefu://join?code=1234", "code"),
        ("kefu://ticket/KF-7", "ticket"),
        ("kefu://join?code=123456789&hub=https://a@b.example", "hub"),
        ("kefu://join?code=123456789&hub=http://kefu.example.com", "insecure"),
        ("kefu://wipe", "unknown"),
        ("kefu://join?code=123456789&x=1", "malformed"),
    ],
)
def test_a_refusal_says_which_part_was_wrong(text: str, kind: str) -> None:
    with pytest.raises(LinkError) as caught:
        links.parse(text)
    assert caught.value.kind == kind  # the UI words it in the user's language


def test_the_command_line_takes_the_link_out_before_argparse() -> None:
    from desktop.cli import split_link

    assert split_link(["--profile", "work", "kefu://open"]) == (
        ["--profile", "work"],
        "kefu://open",
    )
    assert split_link(["KEFU://join/123456789"]) == ([], "KEFU://join/123456789")
    assert split_link(["ocr", "kefu.png"]) == (["ocr", "kefu.png"], None)


@pytest.mark.parametrize("text", ["kefu://[", "kefu://join?code=123456789&hub=https://[::1"])
def test_brackets_that_do_not_close_are_refused(text: str) -> None:
    with pytest.raises(LinkError):
        links.parse(text)
