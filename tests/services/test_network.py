"""network: which addresses devices can use, in which order, and the join link's QR code.

The first address is the one the projector shows, so its order is the promise: the
classroom Wi-Fi before containers, virtual machines and VPN tunnels, private addresses
before public ones, and never loopback, link-local, IPv6 or the same address twice. The
machine's own adapters vary, so ``ifaddr.get_adapters`` (a third-party query of the OS,
not our code) is replaced by real ``ifaddr.Adapter``/``ifaddr.IP`` values of a laptop
with everything plugged in. The QR code is decoded back with zxing-cpp.
"""

from __future__ import annotations

import random

import ifaddr
import pytest
import zxingcpp
from PySide6.QtGui import QImage

from belong_desktop.services import network
from belong_desktop.services.network import LanAddress

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def adapter(name: str, *ips: str | tuple[str, int, int], nice_name: str = "") -> ifaddr.Adapter:
    return ifaddr.Adapter(
        name,
        nice_name or name,
        [ifaddr.IP(ip, 64 if isinstance(ip, tuple) else 24, nice_name or name) for ip in ips],
    )


# A Linux laptop in a classroom, with a container runtime, a VM and a VPN running.
LAPTOP = [
    adapter("lo", "127.0.0.1", ("::1", 0, 0)),
    adapter("docker0", "172.17.0.1"),
    adapter("veth3f2a1b", "172.18.0.1"),
    adapter("wlp2s0", "192.168.1.20", ("fe80::1c2b:3aff:fe4d:5e6f", 0, 3), "169.254.7.9"),
    adapter("virbr0", "192.168.122.1"),
    adapter("tun0", "10.8.0.6"),
    adapter("tailscale0", "100.101.102.103"),
    adapter("wwan0", "5.103.128.7"),  # a phone modem: a public address
    adapter("wlp2s0", "192.168.1.20"),  # listed twice, as some systems do
    adapter("unplugged", "0.0.0.0"),
]


@pytest.fixture
def adapters(monkeypatch: pytest.MonkeyPatch) -> list[ifaddr.Adapter]:
    """The adapters ``lan_addresses`` will see; a test fills the list."""
    seen: list[ifaddr.Adapter] = []
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: list(seen))
    return seen


def test_the_classroom_wifi_comes_first_then_virtual_and_public_addresses(
    adapters: list[ifaddr.Adapter],
) -> None:
    adapters.extend(LAPTOP)
    found = network.lan_addresses()
    assert found[0] == LanAddress("wlp2s0", "192.168.1.20")
    assert [a.ip for a in found if a.likely_classroom] == ["192.168.1.20"]
    assert found == [
        LanAddress("wlp2s0", "192.168.1.20"),
        LanAddress("docker0", "172.17.0.1"),
        LanAddress("tailscale0", "100.101.102.103"),
        LanAddress("tun0", "10.8.0.6"),
        LanAddress("veth3f2a1b", "172.18.0.1"),
        LanAddress("virbr0", "192.168.122.1"),
        LanAddress("wwan0", "5.103.128.7"),
    ]


def test_the_order_does_not_depend_on_the_order_the_system_lists_adapters(
    adapters: list[ifaddr.Adapter],
) -> None:
    adapters.extend(LAPTOP)
    expected = network.lan_addresses()
    for seed in range(5):
        adapters[:] = random.Random(seed).sample(LAPTOP, len(LAPTOP))
        assert network.lan_addresses() == expected


def test_loopback_link_local_unspecified_and_ipv6_are_never_offered(
    adapters: list[ifaddr.Adapter],
) -> None:
    adapters.extend(
        [
            adapter("lo", "127.0.0.1", "127.0.1.1", ("::1", 0, 0)),
            adapter("eth0", "169.254.10.20", ("2001:db8::5", 0, 0), ("fe80::5", 0, 2)),
            adapter("down", "0.0.0.0"),
        ]
    )
    assert network.lan_addresses() == []


def test_two_real_networks_are_both_offered_private_first(
    adapters: list[ifaddr.Adapter],
) -> None:
    adapters.extend(
        [
            adapter("wlan0", "5.103.128.7"),  # a public address on Wi-Fi
            adapter("eth0", "10.20.30.40"),
            adapter("wlan1", "172.20.1.5"),
        ]
    )
    assert [a.ip for a in network.lan_addresses()] == ["10.20.30.40", "172.20.1.5", "5.103.128.7"]


def test_windows_and_macos_virtual_adapters_come_after_the_classroom_wifi(
    adapters: list[ifaddr.Adapter],
) -> None:
    """Windows names adapters by their description: VirtualBox's sorts before "Wi-Fi"."""
    adapters.extend(
        [
            adapter("{A1}", "192.168.56.1", nice_name="VirtualBox Host-Only Ethernet Adapter"),
            adapter("{B2}", "172.29.160.1", nice_name="vEthernet (WSL)"),
            adapter("{C3}", "192.168.80.1", nice_name="VMware Network Adapter VMnet8"),
            adapter("{D4}", "10.147.17.3", nice_name="ZeroTier One [8056c2e21c000001]"),
            adapter("utun3", "10.0.8.2"),  # a macOS VPN
            adapter("wg0", "10.66.0.2"),  # WireGuard
            adapter("{E5}", "192.168.0.105", nice_name="Wi-Fi"),
        ]
    )
    found = network.lan_addresses()
    assert found[0] == LanAddress("Wi-Fi", "192.168.0.105")
    assert [a.likely_classroom for a in found] == [True] + [False] * 6


def test_an_adapter_without_a_nice_name_is_named_by_its_system_name(
    adapters: list[ifaddr.Adapter],
) -> None:
    adapters.append(ifaddr.Adapter("eth0", "", [ifaddr.IP("10.1.2.3", 8, "eth0")]))
    assert network.lan_addresses() == [LanAddress("eth0", "10.1.2.3")]


# -- links and QR codes --------------------------------------------------------------


def test_base_url_and_join_url() -> None:
    assert network.base_url("192.168.1.20", 8470) == "http://192.168.1.20:8470"
    assert network.base_url("192.168.1.20", 80) == "http://192.168.1.20"  # nothing to type
    assert network.base_url("10.0.0.5", 8080) == "http://10.0.0.5:8080"
    assert network.join_url("192.168.1.20", 8470, "Zm9v-bar_") == (
        "http://192.168.1.20:8470/j/Zm9v-bar_"
    )
    assert network.join_url("192.168.1.20", 80, "tok") == "http://192.168.1.20/j/tok"


def decode(png: bytes) -> str | None:
    image = QImage.fromData(png)
    assert not image.isNull()
    found = zxingcpp.read_barcode(image.convertToFormat(QImage.Format.Format_Grayscale8))
    return None if found is None else str(found.text)


@pytest.mark.parametrize(
    "url",
    [
        "http://192.168.1.20:8470/j/Zm9vYmFyLWxpbmstdG9rZW4",
        "http://10.0.0.5/j/" + "x" * 24,
        "http://172.16.254.254:65535/j/a-b_c",
    ],
)
def test_the_qr_png_decodes_back_to_the_url(url: str) -> None:
    png = network.qr_png(url)
    assert png.startswith(PNG_SIGNATURE)
    assert decode(png) == url


def test_the_qr_png_scales_and_differs_per_url() -> None:
    url = "http://192.168.1.20:8470/j/Zm9vYmFyLWxpbmstdG9rZW4"
    small, large = (
        QImage.fromData(network.qr_png(url, scale=4)),
        QImage.fromData(network.qr_png(url)),
    )
    assert large.width() == large.height() == 2 * small.width()
    assert decode(network.qr_png(url, scale=4)) == url
    other = network.qr_png(url.replace("Zm9v", "Zm9w"))
    assert other != network.qr_png(url)
    assert decode(other) == url.replace("Zm9v", "Zm9w")


def test_qr_text_draws_the_code_with_block_characters() -> None:
    url = "http://192.168.1.20:8470/j/Zm9vYmFyLWxpbmstdG9rZW4"
    drawn = network.qr_text(url)
    lines = drawn.splitlines()
    assert len(lines) > 10
    assert len({len(line) for line in lines}) == 1  # a square block of equal lines
    assert set(drawn) <= {"█", "▀", "▄", " ", "\n"}
    assert network.qr_text(url) == drawn  # the same link, the same picture
    assert network.qr_text(url + "x") != drawn
