"""The error in recognised text: its lines, its codes, a fingerprint, a category.

Works on plain strings (OCR output, pasted logs) in Chinese and English.
The fingerprint (`v1:` + 16 hex digits) is defined in docs/ocr.md: the same
error on another machine, theme or screen scale gives the same fingerprint,
because everything that varies between machines (numbers, paths, ids, IPs,
times, private values) is masked while codes and exception types are kept.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.redact import find_private
from desktop.core.textboxes import despace_cjk

FINGERPRINT_VERSION = "v1"
CATEGORIES: tuple[str, ...] = (
    "account_login",
    "permissions",
    "install_upgrade",
    "import_export",
    "reports_printing",
    "performance",
    "error_bug",
    "other",
)

_ERRNO_NAMES_TEXT = (
    "EPERM ENOENT ESRCH EINTR EIO ENXIO E2BIG ENOEXEC EBADF ECHILD EAGAIN ENOMEM EACCES "
    "EFAULT EBUSY EEXIST EXDEV ENODEV ENOTDIR EISDIR EINVAL ENFILE EMFILE ENOTTY ETXTBSY "
    "EFBIG ENOSPC ESPIPE EROFS EMLINK EPIPE EDOM ERANGE EDEADLK ENAMETOOLONG ENOLCK ENOSYS "
    "ENOTEMPTY ELOOP EWOULDBLOCK ENOTSOCK EADDRINUSE EADDRNOTAVAIL ENETDOWN ENETUNREACH "
    "ECONNABORTED ECONNRESET ENOBUFS EISCONN ENOTCONN ETIMEDOUT ECONNREFUSED EHOSTDOWN "
    "EHOSTUNREACH EALREADY EINPROGRESS ESTALE EDQUOT ECANCELED EPROTO ENOTSUP EOPNOTSUPP"
)
_ERRNO_NAMES = _ERRNO_NAMES_TEXT.split()
_HTTP_REASONS = (
    "Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Request Timeout|Conflict|"
    "Gone|Payload Too Large|Too Many Requests|Internal Server Error|Not Implemented|"
    "Bad Gateway|Service Unavailable|Gateway Timeout"
)
# Each pattern's whole match (or its `code` group) is reported as it appears.
_CODE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<![0-9A-Za-z])0[xX][0-9A-Fa-f]{8}(?![0-9A-Za-z])"),  # HRESULT, NTSTATUS
    re.compile(r"\b(?:" + "|".join(_ERRNO_NAMES) + r")\b"),
    re.compile(r"\[?\b[Ee]rrno\s*[=:]?\s*-?\d+\]?"),
    re.compile(r"\bSQLSTATE\s*(?:\[\s*[0-9A-Z]{5}\s*\]|[=:]?\s*[0-9A-Z]{5}\b)"),
    re.compile(r"\bHTTP(?:/\d(?:\.\d)?)?\s+(?:[Ee]rror\s+)?[1-5]\d\d\b"),
    re.compile(r"(?<!\d)[45]\d\d\s+(?:" + _HTTP_REASONS + r")\b", re.IGNORECASE),
    re.compile(r"\b[Ss]tatus(?:\s+[Cc]ode)?\s*[=:]?\s*[45]\d\d\b"),
    # Exception types, dotted or not: ValueError, java.io.IOException.
    re.compile(r"\b(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Fault)\b"),
    # Vendor codes: ORA-12154, TNS-12541, ABC-1234, E1234.
    re.compile(r"(?<![\w\-])(?!(?:ISO|UTF|GB|CP|WIN|KF|RFC)-)[A-Z]{2,5}-\d{3,6}(?![\w\-])"),
    re.compile(r"(?<![\w\-])[A-Z]\d{3,5}(?![\w\-])"),
    # The value after a label: 错误码：10086, error code: 1603, 代码 E-17.
    re.compile(
        r"(?:错误码|错误代码|错误编号|错误号|代码|[Ee]rror\s+[Cc]ode|[Ee]xit\s+[Cc]ode|[Cc]ode)"
        r"\s*[:：#=]?\s*(?P<code>[A-Za-z0-9][A-Za-z0-9_\-.]*[0-9][A-Za-z0-9]*)"
    ),
    re.compile(r"(?:\b[Ee]rror|错误)\s*[:：#]?\s*(?P<code>\d{3,6})\b"),
)
_ERROR_WORDS = re.compile(
    r"\b(?:error|errors|exception|failed|failure|fails|fatal|cannot|can't|could\s+not|"
    r"unable\s+to|denied|invalid|not\s+found|timed?\s*out|refused|crash(?:ed)?|panic|"
    r"aborted|unexpected|not\s+responding|forbidden|unauthori[sz]ed|traceback|corrupt(?:ed)?|"
    r"missing|unavailable|unreachable|violation)\b"
    r"|错误|失败|异常|无法|不能|拒绝|超时|未找到|找不到|崩溃|出错|报错|无效|不存在|非法|禁止|"
    r"未响应|停止工作|权限不足|断开|不可用|已损坏|缺少|不支持|冲突|溢出",
    re.IGNORECASE,
)
# Stack frames: repeated noise in a traceback, never the error itself.
_FRAME_LINE = re.compile(r'^\s*(?:File\s+".*",\s+line\s+\d+|at\s+[\w$.<>]+\(.*\)\s*$)')


@dataclass(frozen=True)
class ErrorReport:
    error_lines: list[str]
    error_codes: list[str]
    fingerprint: str
    category: str


def _clean(line: str) -> str:
    return despace_cjk(" ".join(line.split()))


def error_codes(text: str) -> list[str]:
    """Error codes in `text` as they appear, first occurrence first, no repeats."""
    hits: list[tuple[int, int, str]] = []
    for pattern in _CODE_PATTERNS:
        for m in pattern.finditer(text):
            group = "code" if "code" in pattern.groupindex else 0
            hits.append((m.start(group), m.end(group), m.group(group)))
    # Where matches overlap the earlier, then longer, one wins (HTTP 404 over 404).
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    codes: list[str] = []
    covered: list[tuple[int, int]] = []
    for start, end, code in hits:
        if any(start < e and s < end for s, e in covered):
            continue
        covered.append((start, end))
        if code not in codes:
            codes.append(code)
    return codes


def is_error_line(line: str) -> bool:
    """A line that states an error (by its words or its codes), not a stack frame."""
    if not line.strip() or _FRAME_LINE.match(line):
        return False
    return bool(_ERROR_WORDS.search(line) or error_codes(line))


def error_lines(lines: Iterable[str]) -> list[str]:
    """The lines that state the error, in reading order, without repeats."""
    out: list[str] = []
    for raw in lines:
        line = _clean(raw)
        if is_error_line(line) and line not in out:
            out.append(line)
    return out


_DATE_TIME = re.compile(
    r"\b\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ T]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
_MASKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b[a-z][a-z0-9+.\-]*://\S+", re.IGNORECASE), "<url>"),
    (re.compile(r"\b[A-Za-z]:[\\/][^\s\"'<>|]*"), "<path>"),
    (re.compile(r"\\\\[^\s\"'<>|]+"), "<path>"),
    (re.compile(r"(?<![\w.])(?:~|\.{1,2})?/(?:[^\s/\"'<>|]+/?)+"), "<path>"),
    (re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I), "<id>"),
    (_DATE_TIME, "<time>"),
    (re.compile(r"\b\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\.\d+)?\s*(?:[AaPp][Mm])?"), "<time>"),
    (re.compile(r"\b[\w\-]+\.(?:[A-Za-z][A-Za-z0-9]{0,4})\b(?![.(])"), "<file>"),
    (re.compile(r"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,}\b", re.IGNORECASE), "<hex>"),
    (re.compile(r"\d+(?:[.,]\d+)*"), "<n>"),
)
_PATH_MASKS = 4  # the URL and path patterns at the start of _MASKS
_KEEP = re.compile(r"[^\w<>]+")


def normalize_for_fingerprint(line: str, codes: Sequence[str] = ()) -> str:
    """The part of an error line that is the same on every machine.

    Codes are cut out first so masking cannot touch them; then private values,
    URLs, paths, ids, times, file names and numbers become placeholders; case,
    width, spacing and punctuation are dropped because OCR varies there.
    """
    text = unicodedata.normalize("NFKC", line)
    for code in sorted(codes, key=len, reverse=True):
        text = text.replace(unicodedata.normalize("NFKC", code), " ")
    # Whole paths and URLs first, so a user name inside one does not split it.
    for pattern, placeholder in _MASKS[:_PATH_MASKS]:
        text = pattern.sub(f" {placeholder} ", text)
    for span in reversed(find_private(text)):
        text = f"{text[: span.start]} <{span.kind}> {text[span.end :]}"
    for pattern, placeholder in _MASKS[_PATH_MASKS:]:
        text = pattern.sub(f" {placeholder} ", text)
    return _KEEP.sub("", text.casefold().replace("_", ""))


def fingerprint(lines: Sequence[str], codes: Sequence[str] | None = None) -> str:
    """`v1:<16 hex>` for an error given its error lines (and codes).

    With no error lines the first five lines stand in, so unrelated screens
    still get different fingerprints.
    """
    chosen = error_lines(lines) or [_clean(line) for line in lines if line.strip()][:5]
    if codes is None:
        codes = error_codes("\n".join(chosen))
    code_keys = sorted({unicodedata.normalize("NFKC", c).upper().replace(" ", "") for c in codes})
    normalized: list[str] = []
    for line in chosen:
        key = normalize_for_fingerprint(line, codes)
        if key and key not in normalized:
            normalized.append(key)
    payload = "\n".join([*code_keys, "--", *normalized])
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
    return f"{FINGERPRINT_VERSION}:{digest}"


_CATEGORY_WORDS: dict[str, re.Pattern[str]] = {
    "account_login": re.compile(
        r"登录|登陆|密码|账号|帐号|账户|用户名|验证码|会话已?过期|认证失败|身份验证|"
        r"\b(?:log\s?in|sign\s?in|password|account|credentials?|authenticat\w*|"
        r"session\s+expired|token\s+expired|401|unauthori[sz]ed)\b",
        re.IGNORECASE,
    ),
    "permissions": re.compile(
        r"权限|拒绝访问|访问被拒绝|无权|没有权限|\b(?:permission|access\s+(?:is\s+)?denied|"
        r"forbidden|403|not\s+permitted|EACCES|EPERM|0x80070005|privilege\w*)\b",
        re.IGNORECASE,
    ),
    "install_upgrade": re.compile(
        r"安装|升级|卸载|更新失败|版本不兼容|缺少.{0,8}(?:组件|运行库|dll)|"
        r"\b(?:install\w*|upgrad\w*|uninstall\w*|setup|msi|1603|\w+\.dll|"
        r"incompatible\s+version|dependency|dependencies)\b",
        re.IGNORECASE,
    ),
    "import_export": re.compile(
        r"导入|导出|模板|\b(?:import\w*|export\w*|csv|xlsx?|template|spreadsheet)\b",
        re.IGNORECASE,
    ),
    "reports_printing": re.compile(
        r"报表|打印|预览|\b(?:report\w*|print\w*|preview|pdf)\b", re.IGNORECASE
    ),
    "performance": re.compile(
        r"超时|卡顿|缓慢|太慢|未响应|内存不足|\b(?:time[sd]?\s?out|slow|not\s+responding|"
        r"hang\w*|out\s+of\s+memory|OutOfMemoryError|ETIMEDOUT|504|high\s+cpu|latency)\b",
        re.IGNORECASE,
    ),
}


def suggest_category(text: str, codes: Sequence[str] = ()) -> str:
    """A category slug from the seeded list for this error text.

    The category whose words occur most wins (ties go to the earlier one in
    CATEGORIES); with no such words an error is `error_bug`, anything else
    `other`.
    """
    haystack = "\n".join([text, *codes])
    scores = {slug: len(p.findall(haystack)) for slug, p in _CATEGORY_WORDS.items()}
    best = max(scores, key=lambda slug: (scores[slug], -CATEGORIES.index(slug)))
    if scores[best]:
        return best
    if codes or any(is_error_line(line) for line in text.splitlines()):
        return "error_bug"
    return "other"


def analyse(lines: Sequence[str]) -> ErrorReport:
    """Error lines, codes, fingerprint and category for recognised lines."""
    found = error_lines(lines)
    codes = error_codes("\n".join(found))
    return ErrorReport(
        error_lines=found,
        error_codes=codes,
        fingerprint=fingerprint(lines, codes),
        category=suggest_category("\n".join(found), codes),
    )
