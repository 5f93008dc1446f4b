"""Users and their tokens: registration, sign-in, token checks, revocation."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from hub.errors import ApiError
from hub.models import Token, User
from hub.ratelimit import SlidingWindow
from hub.security import hash_password, new_token, token_digest, verify_password
from hub.timeutil import utcnow

ROLES = ("customer", "agent", "admin")
# Renewing a sliding expiry on every request would turn reads into writes.
RENEW_EVERY = timedelta(hours=1)


def normalize_email(email: str) -> str:
    return email.strip().lower()


def create_user(
    session: Session,
    *,
    email: str,
    password: str,
    display_name: str,
    role: str = "customer",
    organization: str | None = None,
    vip: bool = False,
    locale: str | None = None,
) -> User:
    if role not in ROLES:
        raise ApiError(422, "validation_failed", f"Role must be one of {', '.join(ROLES)}.")
    email = normalize_email(email)
    if session.scalar(select(User.id).where(User.email == email)) is not None:
        raise ApiError(
            409, "email_taken", "An account with this e-mail exists already; sign in instead."
        )
    user = User(
        email=email,
        password_hash=hash_password(password),
        display_name=display_name,
        role=role,
        organization=organization,
        vip=vip,
        locale=locale,
    )
    session.add(user)
    session.flush()
    return user


def issue_token(
    session: Session, user: User, *, days: int, device_name: str | None = None
) -> tuple[str, Token]:
    raw = new_token()
    now = utcnow()
    token = Token(
        user_id=user.id,
        token_hash=token_digest(raw),
        device_name=device_name,
        created_at=now,
        last_used_at=now,
        expires_at=now + timedelta(days=days),
    )
    session.add(token)
    session.flush()
    return raw, token


def authenticate(session: Session, email: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.email == normalize_email(email)))
    ok = verify_password(user.password_hash if user else None, password)
    if user is None or not ok or not user.active:
        return None
    return user


def token_owner(session: Session, raw: str) -> tuple[User, Token] | None:
    """The user behind a raw token, if it is known, unexpired and not revoked."""
    token = session.scalar(select(Token).where(Token.token_hash == token_digest(raw)))
    if token is None or token.revoked_at is not None or token.expires_at <= utcnow():
        return None
    if not token.user.active:
        return None
    return token.user, token


def renew_due(token: Token) -> bool:
    return utcnow() - token.last_used_at >= RENEW_EVERY


def renew(session: Session, token_id: int, *, days: int) -> None:
    """Slide the expiry forward: tokens in use stay valid."""
    token = session.get(Token, token_id)
    if token is not None and token.revoked_at is None:
        now = utcnow()
        token.last_used_at = now
        token.expires_at = now + timedelta(days=days)
        session.commit()


def revoke_all(session: Session, user_id: int) -> None:
    session.execute(
        update(Token)
        .where(Token.user_id == user_id, Token.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


def revoke(session: Session, token: Token) -> None:
    token.revoked_at = utcnow()


class LoginLimiter:
    """Counts failed sign-ins per e-mail; too many in the window → 429."""

    def __init__(self, max_failures: int, window_seconds: int) -> None:
        self._window = SlidingWindow(max_failures, window_seconds)

    def check(self, email: str) -> None:
        if self._window.full(normalize_email(email)):
            raise ApiError(
                429,
                "too_many_attempts",
                "Too many failed sign-ins for this e-mail. Wait a few minutes and try again.",
            )

    def failed(self, email: str) -> None:
        self._window.hit(normalize_email(email))

    def succeeded(self, email: str) -> None:
        self._window.clear(normalize_email(email))


class RegistrationLimiter:
    """New accounts per client address; too many in the window → 429."""

    def __init__(self, max_per_window: int, window_seconds: int) -> None:
        self._window = SlidingWindow(max_per_window, window_seconds)

    def admit(self, address: str) -> None:
        if self._window.full(address):
            raise ApiError(
                429,
                "too_many_registrations",
                "Too many new accounts from this network just now. Try again in an hour, "
                "or ask your support desk to create the account for you.",
            )
        self._window.hit(address)
