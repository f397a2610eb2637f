"""Where devices can reach the laptop: LAN addresses, join links and their QR codes.

Used by both the GUI (interface chooser, join panel) and the headless runner, so it
sits below both. No sockets are opened here.
"""

from __future__ import annotations

import io
import ipaddress
from dataclasses import dataclass

import ifaddr
import segno

#: Interfaces that are never the classroom network (containers, VMs, VPN tunnels), by their
#: names on Linux and macOS and their adapter names on Windows ("vEthernet (WSL)", …).
_VIRTUAL_PREFIXES = (
    "docker",
    "br-",
    "veth",
    "virbr",
    "vmnet",
    "vboxnet",
    "tun",
    "tap",
    "zt",
    "utun",
    "wg",
    "tailscale",
    "zerotier",
    "virtualbox",
    "vmware",
)


@dataclass(frozen=True)
class LanAddress:
    interface: str
    ip: str

    @property
    def likely_classroom(self) -> bool:
        name = self.interface.lower()
        return ipaddress.ip_address(self.ip).is_private and not name.startswith(_VIRTUAL_PREFIXES)


def lan_addresses() -> list[LanAddress]:
    """Every non-loopback IPv4 address, the likely classroom network first."""
    found: list[LanAddress] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if not isinstance(ip.ip, str):
                continue  # IPv6: devices type and scan IPv4 addresses
            address = ipaddress.ip_address(ip.ip)
            if address.is_loopback or address.is_link_local or address.is_unspecified:
                continue
            found.append(LanAddress(adapter.nice_name or adapter.name, ip.ip))
    unique = list(dict.fromkeys(found))
    return sorted(unique, key=lambda a: (not a.likely_classroom, a.interface, a.ip))


def base_url(host: str, port: int) -> str:
    return f"http://{host}:{port}" if port != 80 else f"http://{host}"


def join_url(host: str, port: int, link_token: str) -> str:
    return f"{base_url(host, port)}/j/{link_token}"


def qr_png(url: str, scale: int = 8) -> bytes:
    """A QR code for ``url`` as PNG bytes (dark on white, quiet zone included)."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def qr_text(url: str) -> str:
    """The QR code drawn with block characters, for a terminal."""
    buffer = io.StringIO()
    segno.make(url, error="m", micro=False).terminal(out=buffer, compact=True, border=2)
    return buffer.getvalue()
