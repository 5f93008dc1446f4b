"""The hub's administration calls (docs/api.md): people, groups, categories,
SLA settings and canned replies, plus an agent's own availability. Typed with
pydantic; every failure is a HubError from `HubClient.request`."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

from desktop.core.hubclient import HubClient, parse_list, parse_one, unexpected_answer
from desktop.core.models import PRIORITIES

M = TypeVar("M", bound=BaseModel)

PLACEHOLDERS: tuple[str, ...] = (
    "{customer_name}",
    "{ticket_number}",
    "{ticket_title}",
    "{agent_name}",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Account(_Model):
    """A user as an admin sees them (more than `desktop.core.models.User`)."""

    id: int
    email: str
    display_name: str
    role: str
    organization: str | None = None
    vip: bool = False
    locale: str | None = None
    active: bool = True
    available: bool = True
    senior: bool = False


class NewAccount(_Model):
    user: Account
    temporary_password: str | None = None


class SkillGroup(_Model):
    id: int
    name: str
    description: str | None = None
    member_ids: list[int] = []


class RoutedCategory(_Model):
    id: int
    slug: str
    name: str
    name_zh: str = ""
    group_id: int | None = None
    active: bool = True  # hidden ones are listed for admins too, to bring them back


class SlaPolicy(_Model):
    priority: str
    first_response_minutes: int
    resolution_minutes: int


class BusinessCalendar(_Model):
    enabled: bool = False
    timezone: str = "Asia/Shanghai"
    weekdays: str = "12345"  # ISO weekdays, 1 = Monday
    start_minute: int = 540
    end_minute: int = 1080
    holidays: list[date] = []


class SlaSettings(_Model):
    policies: list[SlaPolicy]
    calendar: BusinessCalendar

    def policy(self, priority: str) -> SlaPolicy | None:
        return next((p for p in self.policies if p.priority == priority), None)


class CannedReply(_Model):
    id: int
    title: str
    body: str


# -- me -------------------------------------------------------------------------------


def me(client: HubClient) -> Account:
    return parse_one(Account, client.request("GET", "/me"))


def set_available(client: HubClient, available: bool) -> Account:
    """Agents: whether routing gives me new tickets now."""
    return parse_one(Account, client.request("PATCH", "/me", json={"available": available}))


# -- people -----------------------------------------------------------------------------


def list_accounts(client: HubClient) -> list[Account]:
    """Every active account (the hub does not list deactivated ones)."""
    # Deactivated accounts too, so an admin can bring one back after a restart.
    return parse_list(Account, client.request("GET", "/users", params={"include_inactive": "true"}))


def create_account(
    client: HubClient,
    *,
    email: str,
    display_name: str,
    role: str,
    organization: str | None = None,
    vip: bool = False,
    senior: bool = False,
) -> NewAccount:
    """A new account with a temporary password the hub returns once."""
    body: dict[str, Any] = {
        "email": email,
        "display_name": display_name,
        "role": role,
        "vip": vip,
        "senior": senior,
    }
    if organization:
        body["organization"] = organization
    return parse_one(NewAccount, client.request("POST", "/users", json=body))


def update_account(client: HubClient, user_id: int, changes: dict[str, Any]) -> Account:
    """Any of display_name, role, organization, active, vip, senior."""
    return parse_one(Account, client.request("PATCH", f"/users/{user_id}", json=changes))


def reset_password(client: HubClient, user_id: int) -> str:
    """A new temporary password; the hub signs the user out everywhere."""
    response = client.request("POST", f"/users/{user_id}/password")
    try:
        return str(response.json()["temporary_password"])
    except (ValueError, KeyError, TypeError) as exc:
        raise unexpected_answer(response, exc) from exc


# -- groups and categories ------------------------------------------------------------------


def list_groups(client: HubClient) -> list[SkillGroup]:
    return parse_list(SkillGroup, client.request("GET", "/groups"))


def save_group(
    client: HubClient,
    group_id: int | None,
    *,
    name: str,
    description: str | None,
    member_ids: list[int] | None,
) -> SkillGroup:
    """Create (no id) or replace a group; members become exactly `member_ids`
    (None leaves them as they are)."""
    body: dict[str, Any] = {"name": name, "description": description or None}
    if member_ids is not None:
        body["member_ids"] = member_ids
    if group_id is None:
        return parse_one(SkillGroup, client.request("POST", "/groups", json=body))
    return parse_one(SkillGroup, client.request("PUT", f"/groups/{group_id}", json=body))


def list_categories(client: HubClient) -> list[RoutedCategory]:
    return parse_list(
        RoutedCategory,
        client.request("GET", "/categories", params={"include_inactive": "true"}),
    )


def create_category(
    client: HubClient, *, slug: str, name: str, name_zh: str, group_id: int | None
) -> RoutedCategory:
    body = {"slug": slug, "name": name, "name_zh": name_zh, "group_id": group_id}
    return parse_one(RoutedCategory, client.request("POST", "/categories", json=body))


def update_category(
    client: HubClient,
    category_id: int,
    *,
    name: str,
    name_zh: str,
    group_id: int | None,
    active: bool,
) -> RoutedCategory:
    body = {"name": name, "name_zh": name_zh, "group_id": group_id, "active": active}
    response = client.request("PATCH", f"/categories/{category_id}", json=body)
    # The hub's answer has no `active`; it is what we just asked for.
    return parse_one(RoutedCategory, response).model_copy(update={"active": active})


# -- SLA --------------------------------------------------------------------------------


def read_sla(client: HubClient) -> SlaSettings:
    return parse_one(SlaSettings, client.request("GET", "/sla"))


def write_sla(client: HubClient, settings: SlaSettings) -> SlaSettings:
    """Targets per priority and the business calendar; new due times follow them."""
    body = settings.model_dump(mode="json")
    body["policies"] = [p for p in body["policies"] if p["priority"] in PRIORITIES]
    return parse_one(SlaSettings, client.request("PUT", "/sla", json=body))


# -- canned replies -------------------------------------------------------------------------


def list_canned(client: HubClient) -> list[CannedReply]:
    return parse_list(CannedReply, client.request("GET", "/canned"))


def save_canned(client: HubClient, reply_id: int | None, *, title: str, body: str) -> CannedReply:
    data = {"title": title, "body": body}
    if reply_id is None:
        return parse_one(CannedReply, client.request("POST", "/canned", json=data))
    return parse_one(CannedReply, client.request("PUT", f"/canned/{reply_id}", json=data))


def delete_canned(client: HubClient, reply_id: int) -> None:
    client.request("DELETE", f"/canned/{reply_id}")
