"""Request and response bodies (pydantic): *In for what clients send, *Out for
what the hub returns."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from hub.statuses import Status

Priority = Literal["P1", "P2", "P3", "P4"]
Role = Literal["customer", "agent", "admin"]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
LongText = Annotated[str, StringConstraints(max_length=100_000)]
DbId = Annotated[int, Field(ge=1, le=2**63 - 1)]
# Deliberately loose: intranet addresses such as zhang@corp.local are normal at
# the desks Kefu serves, and the hub sends no mail to check them anyway.
Email = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=254, pattern=r"^[^@\s]+@[^@\s.][^@\s]*$"),
]

MAX_ATTACHMENTS = 50  # per ticket or comment
_FINGERPRINT = re.compile(r"^v\d+:[0-9a-f]{8,64}$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- users and auth ---------------------------------------------------------


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    display_name: str
    role: Role
    organization: str | None
    vip: bool
    locale: str | None
    active: bool
    available: bool
    senior: bool


class UserBrief(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    display_name: str


class CustomerBrief(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    display_name: str
    email: str
    organization: str | None
    vip: bool


class AuthorBrief(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    display_name: str
    role: Role


class RegisterIn(Strict):
    email: Email
    password: Annotated[str, StringConstraints(min_length=8, max_length=256)]
    display_name: Annotated[
        str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)
    ]
    organization: (
        Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None
    ) = None
    locale: Annotated[str, StringConstraints(max_length=16)] | None = None


class LoginIn(Strict):
    email: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=254)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=256)]
    device_name: Annotated[str, StringConstraints(max_length=120)] | None = None


class TokenOut(BaseModel):
    token: str
    expires_at: datetime
    user: UserOut


class GroupOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    description: str | None
    member_ids: list[int] = []


class CategoryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    slug: str
    name: str
    name_zh: str
    group_id: int | None
    active: bool = True


# --- blobs and attachments ---------------------------------------------------


class BlobOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    sha256: str
    size: int
    mime: str
    width: int | None
    height: int | None


class AttachmentIn(Strict):
    sha256: Sha256
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=255)]
    ocr_text: Annotated[str, StringConstraints(max_length=100_000)] | None = None


class AttachmentOut(BaseModel):
    id: int
    ticket_id: int
    comment_id: int | None
    name: str
    mime: str
    size: int
    width: int | None
    height: int | None
    sha256: str
    ocr_text: str | None
    created_at: datetime


# --- tickets and comments ------------------------------------------------------


class TicketIn(Strict):
    title: Title
    body: LongText = ""
    category_id: DbId | None = None
    priority: Priority | None = None
    channel: Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,32}$")] = "desktop"
    fingerprint: str | None = None
    attachments: Annotated[list[AttachmentIn], Field(max_length=MAX_ATTACHMENTS)] = []

    @field_validator("fingerprint")
    @classmethod
    def _fingerprint(cls, value: str | None) -> str | None:
        if value is not None and not _FINGERPRINT.match(value):
            raise ValueError("must look like 'v1:<hex>'")
        return value


class TicketPatch(Strict):
    status: Status | None = None
    priority: Priority | None = None
    assignee_id: DbId | None = None
    category_id: DbId | None = None
    group_id: DbId | None = None


class CommentIn(Strict):
    body: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100_000)]
    internal: bool = False
    attachments: Annotated[list[AttachmentIn], Field(max_length=MAX_ATTACHMENTS)] = []


class CommentOut(BaseModel):
    id: int
    ticket_id: int
    author: AuthorBrief
    body: str
    internal: bool
    created_at: datetime
    attachments: list[AttachmentOut]


class TicketOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str
    title: str
    body: str
    status: Status
    priority: Priority
    channel: str
    fingerprint: str | None
    category_id: int | None
    group_id: int | None
    customer: CustomerBrief
    assignee: UserBrief | None
    created_at: datetime
    updated_at: datetime
    last_public_activity_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    first_response_due: datetime | None
    resolution_due: datetime | None
    comment_count: int


class TicketDetail(TicketOut):
    comments: list[CommentOut]
    attachments: list[AttachmentOut]
    allowed_statuses: list[str]
    rating: int | None = None  # the customer's 1–5 when they confirmed the resolution
    rating_comment: str | None = None


class TicketPage(BaseModel):
    items: list[TicketOut]
    next_cursor: str | None


class AuditOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    action: str
    actor: UserBrief | None
    ticket_id: int | None = None
    detail: dict[str, object]
    created_at: datetime


class DeletedOut(BaseModel):
    tickets: int
    attachments: int


class HealthOut(BaseModel):
    status: str
    version: str
    max_blob_bytes: int
    max_attachments: int


# --- remote sessions ---------------------------------------------------------


class SessionRequestIn(Strict):
    scope: Literal["view"] = "view"
    reason: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] | None = None


class SessionJoinIn(Strict):
    code: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=32)]


class SessionConsentIn(Strict):
    accept: bool
    monitor: Annotated[int, Field(ge=0, le=64)] | None = None


class SessionAgent(BaseModel):
    id: int
    display_name: str
    organization: str | None


class SessionOut(BaseModel):
    id: int
    ticket_id: int
    ticket_number: str
    ticket_title: str
    agent: SessionAgent
    customer_id: int
    status: Literal["requested", "active", "declined", "ended", "expired", "locked"]
    scope: str
    reason: str | None
    monitor: int | None
    requested_at: datetime
    code_expires_at: datetime
    accepted_at: datetime | None
    ended_at: datetime | None
    ended_by: str | None
    end_reason: str | None


class SessionCreated(SessionOut):
    code: str


class SimilarOut(BaseModel):
    ticket: TicketOut
    reason: Literal["fingerprint", "text"]
    score: float


# --- administration and the desk -----------------------------------------------

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]


class UserCreateIn(Strict):
    email: Email
    display_name: Name
    role: Role = "agent"
    password: Annotated[str, StringConstraints(min_length=8, max_length=256)] | None = None
    organization: Annotated[str, StringConstraints(max_length=200)] | None = None
    vip: bool = False
    senior: bool = False


class UserPatch(Strict):
    display_name: Name | None = None
    role: Role | None = None
    organization: Annotated[str, StringConstraints(max_length=200)] | None = None
    active: bool | None = None
    vip: bool | None = None
    senior: bool | None = None


class MePatch(Strict):
    display_name: Name | None = None
    locale: Annotated[str, StringConstraints(max_length=16)] | None = None
    available: bool | None = None


class UserCreated(BaseModel):
    user: UserOut
    temporary_password: str | None


class PasswordReset(BaseModel):
    temporary_password: str


class GroupIn(Strict):
    name: Name
    description: Annotated[str, StringConstraints(max_length=1000)] | None = None
    member_ids: list[DbId] | None = None


class CategoryIn(Strict):
    slug: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,63}$")]
    name: Name
    name_zh: Name
    group_id: DbId | None = None


class CategoryPatch(Strict):
    name: Name | None = None
    name_zh: Name | None = None
    group_id: DbId | None = None
    active: bool | None = None


class SlaPolicyIO(Strict):
    priority: Priority
    first_response_minutes: Annotated[int, Field(ge=1, le=60 * 24 * 365)]
    resolution_minutes: Annotated[int, Field(ge=1, le=60 * 24 * 365)]


class CalendarIO(Strict):
    enabled: bool
    timezone: Annotated[str, StringConstraints(max_length=64)] = "Asia/Shanghai"
    weekdays: Annotated[str, StringConstraints(pattern=r"^[1-7]{0,7}$")] = "12345"
    start_minute: Annotated[int, Field(ge=0, le=1440)] = 540
    end_minute: Annotated[int, Field(ge=0, le=1440)] = 1080
    holidays: list[date] = []


class SlaIO(Strict):
    policies: list[SlaPolicyIO]
    calendar: CalendarIO


class ResolutionIn(Strict):
    solved: bool
    rating: Annotated[int, Field(ge=1, le=5)] | None = None
    comment: Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000)] | None = None


class MergeIn(Strict):
    into_id: DbId


class PresenceIn(Strict):
    state: Literal["viewing", "replying", "left"]


class PresenceOut(BaseModel):
    agent: UserBrief
    state: Literal["viewing", "replying"]
    since: datetime


class CannedIn(Strict):
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    body: Annotated[str, StringConstraints(min_length=1, max_length=20_000)]


class CannedOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    body: str


class RenderedOut(BaseModel):
    text: str


# --- knowledge base ------------------------------------------------------------

Language = Literal["zh_CN", "en"]


class ArticleIn(Strict):
    title: Title
    body: Annotated[str, StringConstraints(max_length=200_000)] = ""
    tags: Annotated[
        list[Annotated[str, StringConstraints(max_length=40)]], Field(max_length=20)
    ] = []
    category_id: DbId | None = None
    language: Language = "zh_CN"
    status: Literal["draft", "published"] = "draft"
    fingerprints: Annotated[list[str], Field(max_length=20)] = []


class ArticleOut(BaseModel):
    id: int
    title: str
    body: str
    tags: list[str]
    category_id: int | None
    language: str
    status: str
    author: UserBrief | None
    fingerprints: list[str]
    source_ticket_id: int | None
    created_at: datetime
    updated_at: datetime


class ArticleHit(BaseModel):
    article: ArticleOut
    score: float
    matched: list[str]


class DeflectionIn(Strict):
    article_id: DbId
    query: Annotated[str, StringConstraints(max_length=5000)] | None = None


class UsedIn(Strict):
    ticket_id: DbId
