"""Headers and limits every response and request passes through, as plain ASGI middleware.

The page loads nothing from anywhere but the laptop: the Content-Security-Policy forbids
inline scripts and other origins. Bodies need a Content-Length under the limit, so an
oversized request is refused before any of it is read.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from belong_desktop.server.problems import status_for

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
_BODY_METHODS = {"POST", "PUT", "PATCH"}


class SecurityMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        problem = self._check_body(scope)
        if problem is not None:
            code, detail = problem
            await _send_problem(send, status_for(code), code, detail)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0] != b"server"]
                headers.extend(_HEADERS)
                if not any(name == b"cache-control" for name, _ in headers):
                    path: str = scope.get("path", "")
                    value = b"public, max-age=3600" if path.startswith("/static/") else b"no-store"
                    headers.append((b"cache-control", value))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)

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


async def _send_problem(send: Send, status: int, code: str, detail: str) -> None:
    body = json.dumps({"code": code, "detail": detail}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
        (b"connection", b"close"),
        *_HEADERS,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
