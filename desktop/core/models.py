"""Typed results of the hub API (docs/api.md). Unknown fields are ignored."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Role(StrEnum):
    CUSTOMER = "customer"
    AGENT = "agent"
    ADMIN = "admin"


class Status(StrEnum):
    NEW = "new"
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    WAITING_ON_CUSTOMER = "waiting_on_customer"
    RESOLVED = "resolved"
    CLOSED = "closed"


PRIORITIES: tuple[str, ...] = ("P1", "P2", "P3", "P4")

# The transition table of docs/api.md, so the UI offers only moves the hub allows.
AGENT_MOVES: dict[Status, tuple[Status, ...]] = {
    Status.NEW: (
        Status.OPEN,
        Status.IN_PROGRESS,
        Status.WAITING_ON_CUSTOMER,
        Status.RESOLVED,
        Status.CLOSED,
    ),
    Status.OPEN: (
        Status.IN_PROGRESS,
        Status.WAITING_ON_CUSTOMER,
        Status.RESOLVED,
        Status.CLOSED,
    ),
    Status.IN_PROGRESS: (
        Status.OPEN,
        Status.WAITING_ON_CUSTOMER,
        Status.RESOLVED,
        Status.CLOSED,
    ),
    Status.WAITING_ON_CUSTOMER: (Status.IN_PROGRESS, Status.RESOLVED, Status.CLOSED),
    Status.RESOLVED: (Status.CLOSED, Status.OPEN),
    Status.CLOSED: (Status.OPEN,),
}


class User(_Model):
    id: int
    email: str
    display_name: str
    role: Role
    organization: str | None = None
    locale: str | None = None

    @property
    def is_agent(self) -> bool:
        return self.role in (Role.AGENT, Role.ADMIN)


class UserRef(_Model):
    id: int
    display_name: str


class Customer(_Model):
    id: int
    display_name: str
    email: str | None = None
    organization: str | None = None
    vip: bool = False


class Author(_Model):
    id: int
    display_name: str
    role: Role


class SignIn(_Model):
    token: str
    expires_at: datetime | None = None
    user: User


class Category(_Model):
    id: int
    slug: str
    name: str
    name_zh: str | None = None
    group_id: int | None = None


class Group(_Model):
    id: int
    name: str


class Blob(_Model):
    sha256: str
    size: int
    mime: str
    width: int | None = None
    height: int | None = None


class Attachment(_Model):
    id: int
    ticket_id: int
    comment_id: int | None = None
    name: str
    mime: str
    size: int
    width: int | None = None
    height: int | None = None
    sha256: str
    ocr_text: str | None = None
    created_at: datetime

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


class Comment(_Model):
    id: int
    ticket_id: int
    author: Author
    body: str
    internal: bool = False
    created_at: datetime
    attachments: list[Attachment] = []


class Ticket(_Model):
    id: int
    number: str
    title: str
    body: str = ""
    status: Status
    priority: str
    channel: str | None = None
    fingerprint: str | None = None
    category_id: int | None = None
    group_id: int | None = None
    customer: Customer
    assignee: UserRef | None = None
    created_at: datetime
    updated_at: datetime
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    first_response_due: datetime | None = None
    resolution_due: datetime | None = None
    comment_count: int = 0
    last_public_activity_at: datetime | None = None


class TicketDetail(Ticket):
    comments: list[Comment] = []
    attachments: list[Attachment] = []
    rating: int | None = None  # the customer's 1–5, once they confirmed the resolution
    rating_comment: str | None = None


class TicketPage(_Model):
    items: list[Ticket]
    next_cursor: str | None = None
