"""Headers and limits every response and request passes through, as plain ASGI middleware.

The page loads nothing from anywhere but the laptop: the Content-Security-Policy forbids
inline scripts and other origins. Bodies need a Content-Length under the limit, so an
oversized request is refused before any of it is read. Only a Host the laptop itself
answers to is served (an IP address, a loopback name or this computer's own name): a web
page elsewhere that points its own domain name at the laptop (DNS rebinding) gets a 421.
"""

from __future__ import annotations

import ipaddress
import json
import socket
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from belong_desktop.server.problems import status_for

#: Put in the scope when a HEAD runs as GET: a HEAD never makes a pending join a
#: participant (only a page that really loads does; ``context.require_device``).
HEAD_SCOPE_KEY = "belong.head"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
#: On every response, the server's refusals at the connection level included.
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
_BODY_METHODS = {"POST", "PUT", "PATCH"}


def own_host_names() -> frozenset[str]:
    """The names this computer answers to: loopback, its host name and its mDNS name."""
    names = {"localhost"}
    try:
        name = socket.gethostname().strip().rstrip(".").lower()
    except OSError:
        name = ""
    if name:
        short = name.split(".")[0]
        names |= {name, short, f"{short}.local"}
    return frozenset(names)


def host_name(raw: bytes) -> str:
    """The name in a Host header, without its port or the brackets of an IPv6 address."""
    value = raw.decode("latin-1").strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def is_own_host(name: str, names: Iterable[str]) -> bool:
    """An IP address cannot be rebound by DNS: only names are checked against ours."""
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return name.rstrip(".") in names
    return True


class _HeadAnswered(Exception):
    """A HEAD request's head is out: the rest of the GET it ran as is not needed."""


class SecurityMiddleware:
    def __init__(
        self, app: ASGIApp, max_body_bytes: int, host_names: frozenset[str] | None = None
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.host_names = own_host_names() if host_names is None else host_names

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = self._check_host(scope) or self._check_body(scope)
        if problem is not None:
            code, detail = problem
            await _send_problem(send, status_for(code), code, detail)
            return

        head = scope.get("method") == "HEAD"
        if head:  # HEAD is GET without its body, wherever GET works (event stream too)
            scope = {**scope, "method": "GET", HEAD_SCOPE_KEY: True}

        async def send_with_headers(message: Message) -> None:
            if head and message["type"] == "http.response.body":
                await send({"type": "http.response.body", "body": b"", "more_body": False})
                raise _HeadAnswered
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0] != b"server"]
                headers.extend(SECURITY_HEADERS)
                if not any(name == b"cache-control" for name, _ in headers):
                    path: str = scope.get("path", "")
                    value = b"public, max-age=3600" if path.startswith("/static/") else b"no-store"
                    headers.append((b"cache-control", value))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except _HeadAnswered:
            pass
        except BaseExceptionGroup as group:  # a streaming response runs in a task group
            rest = group.subgroup(lambda e: not isinstance(e, _HeadAnswered))
            if rest is not None:
                raise rest from None

    def _check_host(self, scope: Scope) -> tuple[str, str] | None:
        hosts = [v for k, v in scope.get("headers", []) if k == b"host"]
        if not hosts:
            return None  # HTTP/1.0 without a Host: no browser, so no rebinding
        if len(hosts) == 1 and is_own_host(host_name(hosts[0]), self.host_names):
            return None
        return "wrong_host", "this address is not the classroom laptop's: use the link shown"

    def _check_body(self, scope: Scope) -> tuple[str, str] | None:
        if scope.get("method") not in _BODY_METHODS:
            return None
        lengths = [v for k, v in scope.get("headers", []) if k == b"content-length"]
        if not lengths:
            chunked = any(
                k == b"transfer-encoding" and b"chunked" in v.lower()
                for k, v in scope.get("headers", [])
            )
            if chunked:
                return "length_required", "send the body with a Content-Length"
            return None  # no body at all
        try:
            length = int(lengths[0])
        except ValueError:
            return "bad_length", "Content-Length is not a number"
        if length > self.max_body_bytes:
            return (
                "too_large",
                f"the request body has {length} bytes; at most {self.max_body_bytes} are accepted",
            )
        return None


def problem_headers(length: int) -> list[tuple[bytes, bytes]]:
    """The head of a refusal whose JSON body has ``length`` bytes; the connection closes."""
    return [
        (b"content-type", b"application/json"),
        (b"content-length", str(length).encode()),
        (b"cache-control", b"no-store"),
        (b"connection", b"close"),
        *SECURITY_HEADERS,
    ]


async def _send_problem(send: Send, status: int, code: str, detail: str) -> None:
    body = json.dumps({"code": code, "detail": detail}).encode()
    headers = problem_headers(len(body))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
