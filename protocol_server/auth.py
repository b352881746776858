"""REST authentication: a bearer API key with a role, checked by one FastAPI dependency.

GET needs `read`, POST/PUT/PATCH `write`, DELETE (erasure) `admin`. Keys come from settings (`api_keys`,
`api_keys_file`); a server bound to loopback without any configured key generates an admin key into
`local_api_key_file` (0600) for the local app and CLI, and a server bound beyond loopback without keys refuses
to start.
"""

from __future__ import annotations

import ipaddress
import logging
from typing import Annotated

from fastapi import Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from protocol_server.errors import ApiError
from workbench.apikeys import KeyEntryError, KeyRing, Role, hash_key, new_key, read_key_file, write_private
from workbench.settings import Settings

log = logging.getLogger(__name__)

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ApiKey",
    description="`Authorization: Bearer <API key>`; roles read (GET), write (POST), admin (DELETE).",
)
METHOD_ROLES = {"GET": Role.READ, "HEAD": Role.READ, "DELETE": Role.ADMIN}


class StartupRefused(RuntimeError):
    """The server must not start with these settings; the message says why and what to do."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def configured_entries(settings: Settings) -> list[str]:
    entries = list(settings.api_keys)
    if settings.api_keys_file is not None:
        try:
            entries += read_key_file(settings.api_keys_file)
        except OSError as exc:
            raise StartupRefused(f"cannot read the API keys file {settings.api_keys_file}: {exc}") from None
        except KeyEntryError as exc:
            raise StartupRefused(str(exc)) from None
    return entries


def local_admin_key(settings: Settings) -> str:
    """The loopback server's own admin key: read from its 0600 file, or generated there on first run."""
    path = settings.local_api_key_file
    if path.exists():
        key = path.read_text(encoding="utf-8").strip()
        if key:
            return key
    key = new_key()
    try:
        write_private(path, key + "\n")
    except OSError as exc:
        raise StartupRefused(f"cannot write the local admin key {path}: {exc.strerror or exc}") from None
    log.warning("no API keys configured: generated a local admin key in %s (0600)", path)
    return key


def keyring_for_serving(settings: Settings) -> KeyRing:
    """The keys a server started with `settings` accepts; refuses an open server beyond loopback."""
    entries = configured_entries(settings)
    if not entries:
        if not is_loopback(settings.host):
            raise StartupRefused(
                f"refusing to serve on {settings.host} without API keys: anyone who can reach the port could "
                "read every resume and transcript. Set OPENHIRE_API_KEYS (e.g. `admin:<key>`) or "
                "OPENHIRE_API_KEYS_FILE (see `openhire new-key`), or bind to 127.0.0.1."
            )
        entries = [f"admin:{hash_key(local_admin_key(settings))}"]
    return KeyRing(entries)


def required_role(method: str) -> Role:
    return METHOD_ROLES.get(method.upper(), Role.WRITE)


async def require_api_key(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
) -> Role:
    """The caller's role; 401 without a valid key, 403 when the role is below what the method needs."""
    keyring: KeyRing = request.app.state.keyring
    if credentials is None or not credentials.credentials:
        raise ApiError(401, "API key required", "Send `Authorization: Bearer <API key>`.", "Unauthorized")
    role = keyring.role_of(credentials.credentials)
    if role is None:
        raise ApiError(401, "Invalid API key", "The key is not known to this server.", "Unauthorized")
    needed = required_role(request.method)
    if role < needed:
        raise ApiError(
            403,
            "Forbidden",
            f"This request needs the {needed.name.lower()} role; the key has {role.name.lower()}.",
            "Forbidden",
        )
    return role


ApiRole = Annotated[Role, Security(require_api_key)]
