"""Private data: every kind found (checksums respected), masked in text, filled in pixels."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from PIL import Image

from desktop.core import ocr, redact
from desktop.core.textboxes import Box, Line, Word

VALID_ID = "11010519491231002X"
VALID_CARD = "6222 0202 0000 0000 006"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in redact.find_private(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("请联系 zhang.san@example.com 处理", [("email", "zhang.san@example.com")]),
        ("手机 13812345678", [("phone", "13812345678")]),
        ("电话：+86 138-1234-5678", [("phone", "+86 138-1234-5678")]),
        ("座机 010-62345678", [("phone", "010-62345678")]),
        ("call +1 415 555 0132", [("phone", "+1 415 555 0132")]),
        (f"身份证号 {VALID_ID}", [("cn_id", VALID_ID)]),
        ("card 4111 1111 1111 1111 ok", [("bank_card", "4111 1111 1111 1111")]),
        ("server 192.168.1.20 down", [("ip", "192.168.1.20")]),
        ("via fe80::1ff:fe23:4567:890a", [("ip", "fe80::1ff:fe23:4567:890a")]),
        ("password: Hunter2pass", [("token", "Hunter2pass")]),
        ("Authorization: Bearer abc123DEF456ghi789JKL0", [("token", "abc123DEF456ghi789JKL0")]),
        ("key ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9", [("token", "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9")]),
        ("C:\\Users\\wangwei\\AppData\\Local", [("user_path", "wangwei")]),
        ("/home/lisi/.config/kefu", [("user_path", "lisi")]),
    ],
)
def test_each_kind_is_found(text: str, found: list[tuple[str, str]]) -> None:
    assert kinds(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "ID 110105194912310021",  # wrong check digit
        "ID 110105194913310028",  # month 13
        "card 4111 1111 1111 1112",  # fails Luhn
        "order 20240501123456789",
        "version 10.0.19045 at 10:22:33",
        "ORA-12154 HRESULT 0x80070005",
        "C:\\Program Files\\Acme\\bin",
        "address 999.1.1.1",
    ],
)
def test_not_private(text: str) -> None:
    assert redact.find_private(text) == []


def test_checksums() -> None:
    assert redact.cn_id_valid(VALID_ID)
    assert not redact.cn_id_valid(VALID_ID[:-1] + "1")
    assert redact.luhn_valid("4111111111111111")
    assert not redact.luhn_valid("4111111111111112")


def test_mask_text_keeps_length_and_hides_only_the_values() -> None:
    text = "用户 a.b@corp.cn 从 10.0.0.8 登录"
    masked = redact.mask_text(text, redact.find_private(text))
    assert len(masked) == len(text)
    assert "a.b@corp.cn" not in masked and "10.0.0.8" not in masked
    assert masked.startswith("用户 ") and masked.endswith(" 登录")
    assert masked.count(redact.MASK_CHAR) == len("a.b@corp.cn") + len("10.0.0.8")


def test_partial_word_boxes_take_their_share_of_the_word() -> None:
    line = Line.from_words((Word("邮箱:a@b.cn", Box(100, 10, 90, 20), 90.0),))
    (found,) = redact.private_boxes([line])
    assert found.kind == "email"
    assert found.box == Box(100 + 90 * 3 // 9, 10, 90 - 90 * 3 // 9, 20)


def test_fill_changes_exactly_the_marked_pixels() -> None:
    rng = np.random.default_rng(1)
    image = Image.fromarray(rng.integers(1, 255, (120, 200, 3), dtype=np.uint8))
    boxes = [Box(10, 10, 30, 20), Box(150, 90, 60, 60)]  # the second runs off the edge
    filled = redact.fill_boxes(image, boxes)
    before, after = np.asarray(image), np.asarray(filled)
    expected = np.zeros((120, 200), dtype=bool)
    expected[10:30, 10:40] = True
    expected[90:120, 150:200] = True
    changed = (before != after).any(axis=2)
    assert (changed == expected).all()
    assert (after[expected] == 0).all()
    assert np.asarray(image).sum() == before.sum()  # the original is untouched


LABELS = {
    "email": "Contact",
    "phone": "Mobile",
    "cn_id": "ID",
    "bank_card": "Card",
    "ip": "Server",
    "token": "token",
    "user_path": "Path",
}


def test_every_kind_found_and_filled_on_a_real_ocr_image(render: Callable[..., Any]) -> None:
    lines = [
        "Contact: li.lei@example.com",
        "Mobile: 13812345678",
        f"ID: {VALID_ID}",
        f"Card: {VALID_CARD}",
        "Server: 192.168.10.24",
        "token=AbC9xYz7QrT5uVw3PlM1nB8k",
        "Path: C:\\Users\\wangwei\\report.txt",
        "Nothing private here",
    ]
    rendered = render(lines, font_px=16)
    result = ocr.read_image(rendered.image, lang="eng")
    boxes = redact.private_boxes(result.lines)
    assert sorted(b.kind for b in boxes) == sorted(redact.PRIVATE_KINDS)
    for found in boxes:
        # Each box sits on the rendered line that holds its value, right of the label.
        index = lines.index(next(t for t in lines if t.startswith(LABELS[found.kind])))
        x, y, w, h = rendered.line_boxes[index]
        assert y - 6 <= found.box.y and found.box.bottom <= y + h + 6
        assert x + 20 <= found.box.x and found.box.right <= x + w + 6
    filled = redact.fill_boxes(rendered.image, [b.box for b in boxes])
    diff = (np.asarray(filled) != np.asarray(rendered.image)).any(axis=2)
    mask = np.zeros(diff.shape, dtype=bool)
    for found in boxes:
        mask[found.box.y : found.box.bottom, found.box.x : found.box.right] = True
    assert not (diff & ~mask).any()  # nothing outside the boxes changed
    # The values themselves are gone: OCR of the filled image finds no private data.
    again = ocr.read_image(filled, lang="eng")
    assert redact.private_boxes(again.lines) == []
    assert "Nothing private here" in again.text
