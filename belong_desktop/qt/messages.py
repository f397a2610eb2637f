"""What the windows say when something is refused: an error's code in the counsellor's words.

The core and the services raise ``BelongError``s with a stable code and params; this is
the GUI's table from code to a translatable sentence (context ``Errors``), with ``%1``,
``%2`` … filled from the named params. ``str(error)`` is English for the command line
and the log and is never shown here. A code without a sentence gets a calm general one
that names the code, and a warning in the log, so it can be added.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from belong_desktop.core.errors import BelongError

log = logging.getLogger(__name__)

_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the translation catalogue; it is translated where it is shown."""
    return text


#: code → (Danish source text, the params that fill %1, %2, …).
SENTENCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "bad_group_code": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Holdets kode »%1« kan ikke bruges. Brug 1–32 bogstaver, tal, mellemrum, "
            "punktum, bindestreg eller understreg.",
        ),
        ("group",),
    ),
    "language_missing": (
        QT_TRANSLATE_NOOP("Errors", "Pakken findes ikke på sproget »%1«. Den har: %2."),
        ("language", "languages"),
    ),
    "note_empty": (QT_TRANSLATE_NOOP("Errors", "Skriv noget i noten først."), ()),
    "note_too_long": (
        QT_TRANSLATE_NOOP("Errors", "En note kan højst have %1 tegn; denne har %2."),
        ("limit", "length"),
    ),
    "last_step": (
        QT_TRANSLATE_NOOP("Errors", "Dette er sidste trin. Afslut sessionen med knappen nederst."),
        (),
    ),
    "first_step": (QT_TRANSLATE_NOOP("Errors", "Dette er første trin."), ()),
    "not_running": (
        QT_TRANSLATE_NOOP("Errors", "Sessionen kører ikke længere, så det kan ikke gøres nu."),
        (),
    ),
    "not_created": (QT_TRANSLATE_NOOP("Errors", "Sessionen er allerede startet."), ()),
    "not_ended": (QT_TRANSLATE_NOOP("Errors", "Sessionen er ikke afsluttet endnu."), ()),
    "exported": (
        QT_TRANSLATE_NOOP("Errors", "Sessionen er eksporteret; dens noter kan ikke ændres."),
        (),
    ),
    "pack_invalid": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Indholdspakken i %1 kan ikke bruges (%2 fejl). Kommandoen "
            "»belong-desktop packs validate« viser dem.",
        ),
        ("folder", "count"),
    ),
    # A printed document (services/reports): where it was to be saved, or the fonts.
    "out_is_folder": (
        QT_TRANSLATE_NOOP("Errors", "Der blev valgt en mappe. Skriv et filnavn, og prøv igen."),
        (),
    ),
    "out_folder_missing": (
        QT_TRANSLATE_NOOP("Errors", "Mappen findes ikke. Vælg en anden mappe, og prøv igen."),
        (),
    ),
    "report_write_failed": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Filen %1 kunne ikke skrives (er der plads, og må du skrive der?). Intet halvt "
            "skrevet er efterladt. Vælg et andet sted, og prøv igen.",
        ),
        ("file",),
    ),
    "font_missing": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Skrifttypen %1 mangler, så dokumentet kan ikke laves. Installér belong-desktop igen.",
        ),
        ("file",),
    ),
    "pack_not_found": (
        QT_TRANSLATE_NOOP("Errors", "Indholdspakken »%1« findes ikke."),
        ("pack",),
    ),
    "pack_changed": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Sessionen blev kørt med pakken %1 %2, men %3 indeholder nu en anden udgave, så "
            "den kan ikke genoptages. Afslut den med »belong-desktop session end«.",
        ),
        ("pack", "version", "folder"),
    ),
    "pack_gone": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Pakken %1, som sessionen blev kørt med, kan ikke længere indlæses fra %2, så "
            "sessionen kan ikke genoptages. Afslut den med »belong-desktop session end«.",
        ),
        ("pack", "folder"),
    ),
    "session_not_found": (QT_TRANSLATE_NOOP("Errors", "Sessionen findes ikke længere."), ()),
    "not_a_database": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 er ikke en database fra belong-desktop, så programmet åbner den ikke, og "
            "filen er ikke ændret. Slet den ikke: gem en kopi et sikkert sted (fx %2). Start "
            "derefter med en ny datamappe (--data-dir eller BELONG_DATA_DIR), eller læg en "
            "sikkerhedskopi af databasen tilbage.",
        ),
        ("path", "copy"),
    ),
    "newer_schema": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 er skrevet af en nyere udgave af belong-desktop. Opdatér programmet for at "
            "åbne den; filen er ikke ændret.",
        ),
        ("path",),
    ),
    "cannot_create": (
        QT_TRANSLATE_NOOP("Errors", "Databasen kan ikke oprettes i %1."),
        ("path",),
    ),
    "cannot_migrate": (
        QT_TRANSLATE_NOOP(
            "Errors", "Databasen %1 kan ikke opdateres til denne udgave. Filen er ikke ændret."
        ),
        ("path",),
    ),
    "disk_full": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Disken med databasen (%1) er fuld, så det blev ikke gemt. Slet filer, du ikke "
            "skal bruge, og prøv igen. Alt, der er gemt før, er i orden, og de studerendes "
            "sider beholder deres tekst og prøver igen af sig selv.",
        ),
        ("path",),
    ),
    "write_failed": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Databasen %1 kan ikke skrives lige nu, så det blev ikke gemt. Alt, der er gemt "
            "før, er i orden. Prøv igen; detaljerne står i logfilen.",
        ),
        ("path",),
    ),
    "database_corrupt": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Databasen %1 er beskadiget (%2), så programmet åbner den ikke, og filen er "
            "ikke ændret. Slet den ikke: gem en kopi et sikkert sted (fx %3). Start derefter "
            "med en ny datamappe (--data-dir eller BELONG_DATA_DIR), eller læg en "
            "sikkerhedskopi af databasen tilbage.",
        ),
        ("path", "reason", "copy"),
    ),
    "copy_failed": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Kopien %1 kunne ikke laves (måske er disken fuld, eller filen findes allerede). "
            "Den beskadigede fil er ikke ændret; kopiér den selv et sikkert sted hen.",
        ),
        ("copy",),
    ),
    "port_taken": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Porten (%1) er optaget af et andet program. Vælg en anden port, eller lad den "
            "stå på automatisk.",
        ),
        ("address",),
    ),
    "cannot_listen": (
        QT_TRANSLATE_NOOP(
            "Errors", "Siden kan ikke nås på %1. Vælg et andet netværk eller en anden port."
        ),
        ("address",),
    ),
    "server_failed": (
        QT_TRANSLATE_NOOP("Errors", "Siden kunne ikke startes. Detaljerne står i logfilen."),
        (),
    ),
    "video_backend_unavailable": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Videoerne kan ikke afspilles med %1 på denne computer. Fjern indstillingen "
            "BELONG_VIDEO_BACKEND, så vælger programmet selv, eller installér VLC.",
        ),
        ("backend",),
    ),
    "unknown_video_backend": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "BELONG_VIDEO_BACKEND=%1 kendes ikke; brug vlc eller qt, eller fjern indstillingen.",
        ),
        ("backend",),
    ),
    "bad_speed": (
        QT_TRANSLATE_NOOP("Errors", "Hastigheden skal være over 0 og højst 1.000.000."),
        (),
    ),
    # -- the trial kit (Indstillinger) and the start with a kit ------------------------
    "bad_kit": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Filen kan ikke bruges som kit fra ministeriet. Kittet, der er i brug, er uændret.",
        ),
        (),
    ),
    "kit_not_json": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Filen er ikke et kit fra ministeriet (den er ikke en kit-fil). Kittet, der er i "
            "brug, er uændret.",
        ),
        (),
    ),
    "kit_not_kit": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Filen er ikke et kit til belong-desktop. Kittet, der er i brug, er uændret.",
        ),
        (),
    ),
    "kit_too_new": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Kittet er lavet til en nyere udgave af belong-desktop. Opdatér programmet, og "
            "indlæs kittet igen.",
        ),
        (),
    ),
    "kit_pack_missing": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Kittet bruger en indholdspakke, som ikke findes på denne computer: %1. Tilføj "
            "pakken, og indlæs kittet igen.",
        ),
        ("packs",),
    ),
    "bad_key": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Ministeriets nøgle i kittet kan ikke bruges (en modtagernøgle begynder med "
            "age1). Bed ministeriet om kittet igen.",
        ),
        (),
    ),
    "group_not_in_kit": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Holdet »%1« står ikke i kittet %2. Vælg en pakke, og skriv hvorfor holdet er med.",
        ),
        ("group", "trial"),
    ),
    "override_reason_missing": (
        QT_TRANSLATE_NOOP(
            "Errors", "Skriv en begrundelse på mindst %1 tegn, når du afviger fra kittet."
        ),
        ("minimum",),
    ),
    "pack_required": (QT_TRANSLATE_NOOP("Errors", "Vælg en indholdspakke."), ()),
    "bad_max_devices": (
        QT_TRANSLATE_NOOP("Errors", "Vælg mellem %1 og %2 enheder pr. session."),
        ("min", "max"),
    ),
    "bad_appearance": (
        QT_TRANSLATE_NOOP("Errors", "Det valg findes ikke. Vælg et af dem, siden viser."),
        (),
    ),
    "bad_retention": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Vælg mellem 1 og 3650 dage, eller slå den automatiske sletning fra.",
        ),
        (),
    ),
    "bad_gui_language": (
        QT_TRANSLATE_NOOP("Errors", "Vælg et af sprogene på listen (%1)."),
        ("languages",),
    ),
    "unknown_language": (
        QT_TRANSLATE_NOOP(
            "Errors", "Det sprog findes ikke her: vælg dansk, engelsk, norsk eller nederlandsk."
        ),
        (),
    ),
    # -- review and export -----------------------------------------------------------
    "review_refused": (QT_TRANSLATE_NOOP("Errors", "Beslutningen kunne ikke gemmes."), ()),
    "review_not_ended": (
        QT_TRANSLATE_NOOP("Errors", "Teksterne kan gennemgås, når sessionen er afsluttet."),
        (),
    ),
    "review_no_text": (
        QT_TRANSLATE_NOOP("Errors", "Teksten findes ikke længere i sessionen."),
        (),
    ),
    "review_stale": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Teksten er ændret, siden den blev vist. Den vises igen, som den er nu.",
        ),
        (),
    ),
    "export_refused": (
        QT_TRANSLATE_NOOP("Errors", "Eksporten blev ikke gennemført. Intet er ændret."),
        (),
    ),
    "export_not_ended": (
        QT_TRANSLATE_NOOP("Errors", "Kun en afsluttet session kan eksporteres. Afslut den først."),
        (),
    ),
    "export_no_recipient": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Der er intet kit fra ministeriet på denne computer, så filen kan ikke krypteres "
            "til ministeriet. Indlæs kittet under Indstillinger, og eksportér derefter.",
        ),
        (),
    ),
    "export_unreviewed": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "%1 mulige personoplysninger er ikke gennemgået endnu. Gennemgå dem før eksporten.",
        ),
        ("count",),
    ),
    "export_write_failed": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Filen kunne ikke skrives i mappen %1 (er der plads, og må du skrive der?). Intet "
            "halvt skrevet er efterladt. Vælg en anden mappe, og prøv igen.",
        ),
        ("folder",),
    ),
    "delete_not_exported": (
        QT_TRANSLATE_NOOP("Errors", "Teksterne kan først slettes, når sessionen er eksporteret."),
        (),
    ),
    "report_not_started": (
        QT_TRANSLATE_NOOP(
            "Errors", "Sessionen blev aldrig startet, så der er ikke noget at skrive en rapport om."
        ),
        (),
    ),
    "report_language": (
        QT_TRANSLATE_NOOP("Errors", "Rapporten findes på dansk, engelsk, norsk og nederlandsk."),
        (),
    ),
    "booklet_refused": (QT_TRANSLATE_NOOP("Errors", "Brevhæftet kunne ikke laves."), ()),
    "booklet_no_sessions": (
        QT_TRANSLATE_NOOP("Errors", "Vælg mindst én afsluttet session."),
        (),
    ),
    "booklet_not_ended": (
        QT_TRANSLATE_NOOP("Errors", "Brevene kan først gennemgås, når sessionen er afsluttet."),
        (),
    ),
    "booklet_not_a_letter": (
        QT_TRANSLATE_NOOP("Errors", "Det er ikke et brev, som skribenten har sagt ja til at dele."),
        (),
    ),
    "booklet_bad_span": (
        QT_TRANSLATE_NOOP("Errors", "Markér de ord i brevet, der skal udelades."),
        (),
    ),
    "booklet_nothing_approved": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Intet brev er godkendt endnu, så der er intet at trykke. %1 breve venter på at "
            "blive gennemgået.",
        ),
        ("awaiting",),
    ),
    "booklet_mixed_packs": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Sessionerne er kørt med forskellige pakker. Lav ét brevhæfte for hver pakke.",
        ),
        (),
    ),
}

#: What the class panel says about how the student page was served (JoinInfo.warning_code).
WARNINGS: dict[str, tuple[str, tuple[str, ...]]] = {
    "port_moved": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Port %1 var optaget, så siden kører nu på port %2. Enheder, der allerede "
            "var med, skal scanne QR-koden igen.",
        ),
        ("old_port", "new_port"),
    ),
    "no_network": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Computeren er ikke på noget netværk: kun den selv kan åbne siden. Forbind "
            "til klassens trådløse net, og start sessionen igen.",
        ),
        (),
    ),
}

_GENERAL = QT_TRANSLATE_NOOP(
    "Errors", "Det lykkedes ikke (fejlkode %1). Alt, der er gemt, er i orden."
)
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Errors",
    "Der skete en uventet fejl. Sessionen og alt, hvad der er gemt, er i orden; du kan "
    "fortsætte. Detaljerne står i logfilen.",
)


def describe(error: BaseException) -> str:
    """The sentence the counsellor reads for ``error``."""
    if not isinstance(error, BelongError):
        return QCoreApplication.translate(_CONTEXT, _UNEXPECTED)
    known = SENTENCES.get(error.code)
    if known is None:
        log.warning("no sentence for error code %r", error.code)
        return QCoreApplication.translate(_CONTEXT, _GENERAL).replace("%1", error.code)
    return _fill(known, error.params)


def describe_warning(code: str, params: Mapping[str, object]) -> str:
    """The class panel's sentence for a ``JoinInfo.warning_code`` ("" for none)."""
    known = WARNINGS.get(code)
    if known is None:
        if code:
            log.warning("no sentence for warning code %r", code)
        return ""
    return _fill(known, params)


def _fill(known: tuple[str, tuple[str, ...]], params: Mapping[str, object]) -> str:
    source, names = known
    text = QCoreApplication.translate(_CONTEXT, source)
    # Highest number first, so %1 does not eat the start of %10.
    for number, name in reversed(list(enumerate(names, 1))):
        text = text.replace(f"%{number}", str(params.get(name, "")))
    return text


def unexpected() -> str:
    """For the crash hook: calm, and says where the details are."""
    return QCoreApplication.translate(_CONTEXT, _UNEXPECTED)
