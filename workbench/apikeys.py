"""API keys: roles, hashing and the `role:sha256:<hex>` entries that settings and key files hold.

Keys are random 256-bit tokens, so one SHA-256 is enough to store them safely (a slow password hash protects
low-entropy secrets; these have none to guess). Only hashes are kept: a plain `role:key` entry is hashed as
soon as settings read it, and comparisons run in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from enum import IntEnum
from pathlib import Path

HASH_PREFIX = "sha256:"
_HEX = frozenset("0123456789abcdef")


class Role(IntEnum):
    """Ordered: a role may do everything the roles below it may."""

    READ = 1
    WRITE = 2
    ADMIN = 3

    @classmethod
    def parse(cls, name: str) -> Role:
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown role {name!r}: expected read, write or admin") from None


class KeyEntryError(ValueError):
    """A malformed `role:key` entry; the message never contains the key itself."""


def hash_key(key: str) -> str:
    return HASH_PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()


def _is_hash(value: str) -> bool:
    digest = value.removeprefix(HASH_PREFIX)
    return value.startswith(HASH_PREFIX) and len(digest) == 64 and set(digest) <= _HEX


def normalise_entry(entry: str) -> str:
    """`role:key` or `role:sha256:<hex>` → `role:sha256:<hex>` (lower-case role)."""
    role_name, sep, secret = entry.strip().partition(":")
    if not sep or not secret:
        raise KeyEntryError("an API key entry must look like `role:key` or `role:sha256:<hex>`")
    try:
        role = Role.parse(role_name)
    except ValueError as exc:
        raise KeyEntryError(str(exc)) from None
    digest = secret.lower() if _is_hash(secret.lower()) else hash_key(secret)
    return f"{role.name.lower()}:{digest}"


def read_key_file(path: Path) -> list[str]:
    """Entries of a key file: one `role:sha256:<hex>` (or `role:key`) a line; `#` starts a comment."""
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        try:
            entries.append(normalise_entry(text))
        except KeyEntryError as exc:
            raise KeyEntryError(f"{path}:{number}: {exc}") from None
    return entries


class KeyRing:
    """The hashed keys a server accepts, with their roles."""

    def __init__(self, entries: list[str]) -> None:
        self._hashes: list[tuple[str, Role]] = []
        for entry in entries:
            role_name, _, digest = normalise_entry(entry).partition(":")
            self._hashes.append((digest, Role.parse(role_name)))

    def __len__(self) -> int:
        return len(self._hashes)

    def role_of(self, key: str) -> Role | None:
        """The role of `key`, comparing against every hash in constant time (no early exit)."""
        candidate = hash_key(key)
        found: Role | None = None
        for digest, role in self._hashes:
            if hmac.compare_digest(candidate, digest) and (found is None or role > found):
                found = role
        return found


def new_key() -> str:
    return "oh_" + secrets.token_urlsafe(32)


def write_private(path: Path, text: str, *, append: bool = False) -> None:
    """Write a file only its owner can read (0600), creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
    fd = os.open(path, flags, 0o600)
    os.chmod(path, 0o600)
    with os.fdopen(fd, "a" if append else "w", encoding="utf-8") as handle:
        handle.write(text)


def read_client_key(configured: str, local_key_file: Path) -> str:
    """The key a client sends: the configured one, else the local key a loopback server generated."""
    if configured:
        return configured
    try:
        return local_key_file.read_text(encoding="utf-8").strip()
    except OSError:
        return ""
