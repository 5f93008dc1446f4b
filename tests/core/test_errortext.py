"""Error lines, codes, fingerprints and categories from text (Chinese and English)."""

from __future__ import annotations

import re

import pytest

from desktop.core import errortext


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ("Error 0x80070005: Access is denied.", ["0x80070005"]),
        ("open failed: ENOENT (No such file or directory)", ["ENOENT"]),
        ("[Errno 13] Permission denied: 'out.csv'", ["[Errno 13]"]),
        ("ORA-12154: TNS:could not resolve the connect identifier", ["ORA-12154"]),
        ("TNS-12541: TNS:no listener", ["TNS-12541"]),
        ("SQLSTATE[23000]: Integrity constraint violation", ["SQLSTATE[23000]"]),
        ("Request failed: HTTP 502", ["HTTP 502"]),
        ("GET /api returned 404 Not Found", ["404 Not Found"]),
        ("ZeroDivisionError: division by zero", ["ZeroDivisionError"]),
        ("Caused by: java.io.FileNotFoundException: a.txt", ["java.io.FileNotFoundException"]),
        ("Vendor failure ABC-1234 then E1234", ["ABC-1234", "E1234"]),
        ("导入失败，错误码：10086", ["10086"]),
        ("操作失败（错误代码：0x1F4A）", ["0x1F4A"]),
        ("同步中断，错误编号 PRN-2051", ["PRN-2051"]),
        ("Installer stopped with error code 1603", ["1603"]),
        ("UTF-8 ISO-8859 Windows 11 version 2024", []),
    ],
)
def test_error_codes_as_they_appear(line: str, codes: list[str]) -> None:
    assert errortext.error_codes(line) == codes


def test_error_lines_skip_stack_frames_and_ordinary_text() -> None:
    lines = [
        "数据同步",
        "Traceback (most recent call last):",
        '  File "/opt/app/sync.py", line 88, in run',
        "    at com.acme.Sync.run(Sync.java:42)",
        "ConnectionError: host unreachable",
        "Please click OK to continue",
        "无法连接到服务器，请稍后重试",
    ]
    assert errortext.error_lines(lines) == [
        "Traceback (most recent call last):",
        "ConnectionError: host unreachable",
        "无法连接到服务器，请稍后重试",
    ]


def test_error_lines_remove_spaces_between_chinese_characters() -> None:
    assert errortext.error_lines(["导 入 失 败 ， 请 重 试"]) == ["导入失败，请重试"]


SAME_ERROR = [
    ["Cannot open C:\\Users\\li\\Documents\\q3.xlsx at 2024-05-01 10:22:33 (id 42)", "ORA-12154"],
    [
        "Cannot open C:\\Users\\wang\\Desktop\\report.xlsx at 2023-11-20 08:01:02 (id 7)",
        "ORA-12154",
    ],
    ["cannot  open /home/zhang/tmp/x.xlsx at 2022/1/3 9:05 ( id 1234 )", "ORA-12154"],
]


def test_fingerprint_masks_what_varies_between_machines() -> None:
    prints = {errortext.fingerprint(lines) for lines in SAME_ERROR}
    assert len(prints) == 1
    assert re.fullmatch(r"v1:[0-9a-f]{16}", prints.pop())


def test_fingerprint_masks_ips_emails_and_ids() -> None:
    a = errortext.fingerprint(["连接 10.0.0.1 失败，用户 a@b.cn，请求 7f3a9c2e1b 超时"])
    b = errortext.fingerprint(
        ["连接 192.168.8.15 失败，用户 wang.wei@corp.com，请求 00c1d2e3f4 超时"]
    )
    assert a == b


def test_fingerprint_keeps_codes_and_exception_types() -> None:
    base = errortext.fingerprint(["Error 0x80070005: access denied"])
    assert base != errortext.fingerprint(["Error 0x80070002: access denied"])
    assert errortext.fingerprint(["KeyError: 'user'"]) != errortext.fingerprint(
        ["ValueError: 'user'"]
    )


def test_fingerprint_differs_across_different_errors() -> None:
    prints = {
        errortext.fingerprint([line])
        for line in ["登录失败：密码错误", "导入失败：模板错误", "打印失败：打印机未响应"]
    }
    assert len(prints) == 3


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("登录失败：用户名或密码错误", "account_login"),
        ("Access is denied. 0x80070005", "permissions"),
        ("安装失败：缺少运行库 msvcp140.dll", "install_upgrade"),
        ("导入失败，请检查 Excel 模板", "import_export"),
        ("报表打印失败，打印机未响应", "reports_printing"),
        ("Request timed out after 30 seconds", "performance"),
        ("NullPointerException in TaskService", "error_bug"),
        ("Welcome to the project board", "other"),
    ],
)
def test_category_suggestion(text: str, category: str) -> None:
    assert errortext.suggest_category(text, errortext.error_codes(text)) == category
    assert category in errortext.CATEGORIES


def test_analyse_puts_it_together() -> None:
    report = errortext.analyse(["系统提示", "导入失败，错误代码：E1043", "请检查模板后重新导入。"])
    assert report.error_lines == ["导入失败，错误代码：E1043"]
    assert report.error_codes == ["E1043"]
    assert report.category == "import_export"
    assert report.fingerprint == errortext.fingerprint(["导入失败，错误代码：E1043"])
