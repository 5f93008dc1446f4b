"""Sign-up, sign-in, sign-out and who am I."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from hub import accounts
from hub.deps import CurrentUser, ReadSession, State, WriteSession
from hub.errors import ApiError
from hub.models import Token
from hub.schemas import LoginIn, RegisterIn, TokenOut, UserOut

router = APIRouter(tags=["auth"])


@router.post("/auth/register", status_code=201, response_model=TokenOut)
def register(data: RegisterIn, request: Request, session: WriteSession, state: State) -> TokenOut:
    """Create a customer account and sign it in."""
    state.register_limiter.admit(request.client.host if request.client else "unknown")
    user = accounts.create_user(
        session,
        email=str(data.email),
        password=data.password,
        display_name=data.display_name,
        organization=data.organization,
        locale=data.locale,
    )
    raw, token = accounts.issue_token(session, user, days=state.settings.token_days)
    session.commit()
    return TokenOut(token=raw, expires_at=token.expires_at, user=UserOut.model_validate(user))


@router.post("/auth/login", response_model=TokenOut)
def login(data: LoginIn, session: WriteSession, state: State) -> TokenOut:
    limiter = state.login_limiter
    limiter.check(data.email)
    user = accounts.authenticate(session, data.email, data.password)
    if user is None:
        limiter.failed(data.email)
        raise ApiError(401, "invalid_credentials", "The e-mail or password is not right.")
    limiter.succeeded(data.email)
    raw, token = accounts.issue_token(
        session, user, days=state.settings.token_days, device_name=data.device_name
    )
    session.commit()
    return TokenOut(token=raw, expires_at=token.expires_at, user=UserOut.model_validate(user))


@router.post("/auth/logout", status_code=204)
def logout(principal: CurrentUser, session: WriteSession) -> Response:
    """Revoke the token this request was made with."""
    token = session.get(Token, principal.token.id)
    if token is not None:
        accounts.revoke(session, token)
        session.commit()
    return Response(status_code=204)


@router.post("/auth/logout-all", status_code=204)
def logout_everywhere(principal: CurrentUser, session: WriteSession) -> Response:
    """Revoke every token of this user: sign out on all devices (e.g. a lost laptop)."""
    accounts.revoke_all(session, principal.user.id)
    session.commit()
    return Response(status_code=204)


@router.get("/me", response_model=UserOut)
def me(principal: CurrentUser, session: ReadSession) -> UserOut:
    return UserOut.model_validate(principal.user)
