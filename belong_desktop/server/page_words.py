"""The student page's own words: Danish source text, read from the one catalogue.

Content-pack texts (questions, letters, closing words) come from the pack. These are the
page's frame: buttons, labels and status lines, keyed by name for the page's script. Each
is Danish source text marked for ``make translations`` (context ``StudentPage``) and read
in the device's language through ``belong_desktop.catalogue``, which is safe from the
server's thread. The wording never names a purpose for the session:
``tests/server/test_page_words.py`` runs the framing rule over every language.
"""

from __future__ import annotations

from collections.abc import Mapping

from belong_desktop.catalogue import DEFAULT_LANGUAGE, LANGUAGES, QT_TRANSLATE_NOOP, shared

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "SOURCES", "catalogue", "text"]

_CONTEXT = "StudentPage"  # written out in each mark below: lupdate reads literals

# key → Danish source text (``{name}`` placeholders are filled by ``text``).
SOURCES: Mapping[str, str] = {
    "page_title": QT_TRANSLATE_NOOP("StudentPage", "Holdsession"),
    "join_heading": QT_TRANSLATE_NOOP("StudentPage", "Deltag i sessionen"),
    "join_intro": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Skriv koden, der står på lærredet. Du skal ikke oplyse dit navn.",
    ),
    "join_code_label": QT_TRANSLATE_NOOP("StudentPage", "Kode (6 cifre)"),
    "join_button": QT_TRANSLATE_NOOP("StudentPage", "Deltag"),
    "join_link_intro": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Et øjeblik … Tryk »Deltag«, hvis siden ikke skifter af sig selv.",
    ),
    "join_by_code": QT_TRANSLATE_NOOP("StudentPage", "Skriv en kode i stedet"),
    "join_no_code": QT_TRANSLATE_NOOP("StudentPage", "Skriv koden fra lærredet."),
    "join_wrong": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Koden passer ikke. Tjek cifrene på lærredet, og prøv igen.",
    ),
    "join_rate": QT_TRANSLATE_NOOP(
        "StudentPage",
        "For mange forkerte koder. Vent {seconds} sekunder, og prøv igen.",
    ),
    "join_busy": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Mange deltager lige nu. Siden prøver igen om {seconds} sekunder.",
    ),
    "join_full": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Der er ikke plads til flere enheder i denne session.",
    ),
    "join_ended": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Denne session er slut. Spørg efter den nye kode på lærredet.",
    ),
    "join_unknown": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Linket virker ikke. Skriv koden fra lærredet i stedet.",
    ),
    "anonymous_note": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Anonym: der gemmes ikke navne eller oplysninger om din enhed.",
    ),
    "waiting": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Sessionen er ikke startet endnu. Siden skifter af sig selv.",
    ),
    "look": QT_TRANSLATE_NOOP("StudentPage", "Kig op på lærredet"),
    "look_detail": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Siden skifter af sig selv, når der er noget, du skal svare på eller skrive.",
    ),
    "poll_heading": QT_TRANSLATE_NOOP("StudentPage", "Svar anonymt"),
    "write_heading": QT_TRANSLATE_NOOP("StudentPage", "Skriv for dig selv"),
    "letter_heading": QT_TRANSLATE_NOOP("StudentPage", "Et brev til næste års studerende"),
    "poll_send": QT_TRANSLATE_NOOP("StudentPage", "Send svar"),
    "poll_saved": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Tak, dit svar er modtaget. Du kan ændre det, så længe spørgsmålet er åbent.",
    ),
    "poll_pick": QT_TRANSLATE_NOOP("StudentPage", "Vælg et svar først."),
    "poll_closed": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Spørgsmålet er lukket, så svaret blev ikke talt med.",
    ),
    "text_label": QT_TRANSLATE_NOOP("StudentPage", "Din tekst"),
    "letter_label": QT_TRANSLATE_NOOP("StudentPage", "Dit brev"),
    "send": QT_TRANSLATE_NOOP("StudentPage", "Send"),
    "send_changes": QT_TRANSLATE_NOOP("StudentPage", "Send ændringer"),
    "counter": QT_TRANSLATE_NOOP("StudentPage", "{n} af {max} tegn"),
    "too_long": QT_TRANSLATE_NOOP("StudentPage", "Teksten er for lang: højst {max} tegn."),
    "empty": QT_TRANSLATE_NOOP("StudentPage", "Skriv noget, før du sender."),
    "saved_local": QT_TRANSLATE_NOOP("StudentPage", "Gemt på denne enhed"),
    "saved_draft": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Gemt på studievejlederens computer – ikke sendt",
    ),
    "saved_device_only": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Gemt kun på denne enhed – sendes, når du trykker Send",
    ),
    "sent": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Sendt. Du kan stadig rette i teksten, så længe trinnet er åbent.",
    ),
    "sent_edited_local": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Sendt – men dine rettelser er kun gemt på denne enhed. Tryk »Send ændringer« "
        "for at sende dem.",
    ),
    "sent_edited": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Sendt – dine rettelser er gemt på studievejlederens computer, men ikke sendt. "
        "Tryk »Send ændringer« for at sende dem.",
    ),
    "closed_draft": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Trinnet var lukket, da teksten nåede frem. Den er gemt på studievejlederens "
        "computer, men markeret som ikke sendt.",
    ),
    "disclosure_keep": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Det, du skriver her, gemmes anonymt på studievejlederens computer, mens du "
        "skriver – også før du trykker Send. Når du trykker Send, er teksten dit svar. "
        "Tekst, du ikke sender, gemmes som kladde og markeres som ikke sendt.",
    ),
    "disclosure_device_only": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Det, du skriver her, gemmes kun på denne enhed, indtil du trykker Send. Først "
        "når du trykker Send, sendes teksten anonymt til studievejlederens computer. "
        "Tekst, du ikke sender, forlader ikke enheden.",
    ),
    "disclosure_letter": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Dit brev kan kun blive delt, hvis du sender det og svarer ja under brevet.",
    ),
    "drafts_off": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Denne session gemmer ikke kladder: teksten bliver på denne enhed, indtil du trykker Send.",
    ),
    "offline": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Gemt på denne enhed – sendes, når forbindelsen er tilbage.",
    ),
    "offline_idle": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Ingen forbindelse lige nu. Siden prøver igen af sig selv.",
    ),
    "online_again": QT_TRANSLATE_NOOP("StudentPage", "Forbindelsen er tilbage."),
    "not_saved": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Studievejlederens computer kan ikke gemme lige nu. Prøv igen om lidt.",
    ),
    "not_saved_keep_open": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Ikke gemt endnu – lad siden være åben. Det, du har skrevet eller valgt, er "
        "her på enheden, og siden prøver igen af sig selv.",
    ),
    "share_yes": QT_TRANSLATE_NOOP("StudentPage", "Ja, mit brev må deles uden navn"),
    "share_no": QT_TRANSLATE_NOOP("StudentPage", "Nej, det skal ikke deles"),
    "share_pick": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Vælg ja eller nej under brevet, før du sender.",
    ),
    "step_notice": QT_TRANSLATE_NOOP("StudentPage", "Nyt spørgsmål"),
    "step_notice_moved": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Det, du skrev før, hører til det forrige spørgsmål og er ikke flyttet med hertil.",
    ),
    "announce": QT_TRANSLATE_NOOP("StudentPage", "Siden har skiftet: {heading}"),
    "place": QT_TRANSLATE_NOOP("StudentPage", "Hold {group}"),
    "closing_heading": QT_TRANSLATE_NOOP("StudentPage", "Tak for i dag"),
    "letter_unsent": QT_TRANSLATE_NOOP("StudentPage", "Dit brev blev ikke sendt"),
    "letter_unsent_keep": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Du trykkede ikke Send. Det, du skrev, er gemt som kladde på studievejlederens "
        "computer og markeret som ikke sendt, og det bliver ikke delt med næste års "
        "studerende.",
    ),
    "letter_unsent_device_only": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Du trykkede ikke Send, så brevet er ikke nået frem til studievejlederen og "
        "bliver ikke delt. Det var kun gemt på denne enhed.",
    ),
    "letter_edits_unsent": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Dine sidste rettelser til brevet blev ikke sendt. Det er den version, du "
        "sendte, der gælder.",
    ),
    "next_student": QT_TRANSLATE_NOOP("StudentPage", "Næste studerende"),
    "next_student_detail": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Skal en anden bruge denne enhed? Tryk her, så bliver alt, du har skrevet, "
        "fjernet fra enheden.",
    ),
    "next_student_confirm": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Skal enheden gøres klar til en ny studerende? Alt, du har skrevet, bliver "
        "fjernet fra denne enhed.",
    ),
    "next_student_yes": QT_TRANSLATE_NOOP("StudentPage", "Ja, gør klar"),
    "next_student_cancel": QT_TRANSLATE_NOOP("StudentPage", "Fortryd"),
    "next_student_working": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Gør enheden klar til en ny studerende …",
    ),
    "next_student_done": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Enheden er klar til en ny studerende. Det, den forrige skrev, er fjernet herfra.",
    ),
    "next_student_wait": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Vent et øjeblik – dine tekster er ikke sendt endnu.",
    ),
    "ended": QT_TRANSLATE_NOOP("StudentPage", "Sessionen er slut. Tak!"),
    "ended_cleared": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Denne enhed er ryddet: intet af det, du skrev, er gemt på den.",
    ),
    "ended_unsent": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Noget af det, du skrev, er ikke nået frem til studievejlederens computer. Det "
        "er gemt på denne enhed og sendes, når forbindelsen er tilbage. Luk ikke "
        "siden, og sig det til studievejlederen.",
    ),
    "reset": QT_TRANSLATE_NOOP("StudentPage", "Enheden er nulstillet til en ny studerende."),
    "noscript": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Siden skal bruge JavaScript for at gemme det, du skriver.",
    ),
    "error": QT_TRANSLATE_NOOP("StudentPage", "Noget gik galt: {reason}"),
    # The language picker and a pack without the device's language (content_missing is
    # said in the device's language; {shown} names the language the texts are shown in).
    "language_label": QT_TRANSLATE_NOOP("StudentPage", "Sprog"),
    "language_failed": QT_TRANSLATE_NOOP(
        "StudentPage", "Sproget kunne ikke skiftes lige nu. Prøv igen om lidt."
    ),
    "unknown_language": QT_TRANSLATE_NOOP("StudentPage", "Det sprog findes ikke på denne side."),
    "language_name_da": QT_TRANSLATE_NOOP("StudentPage", "dansk"),
    "language_name_en": QT_TRANSLATE_NOOP("StudentPage", "engelsk"),
    "language_name_nb": QT_TRANSLATE_NOOP("StudentPage", "norsk (bokmål)"),
    "language_name_nl": QT_TRANSLATE_NOOP("StudentPage", "nederlandsk"),
    "content_missing": QT_TRANSLATE_NOOP(
        "StudentPage",
        "Spørgsmål og tekster i denne session findes ikke på dansk, så de vises på {shown}.",
    ),
    "transcript_show": QT_TRANSLATE_NOOP("StudentPage", "Vis hvad der bliver sagt"),
    "transcript_heading": QT_TRANSLATE_NOOP("StudentPage", "Det bliver sagt i videoen"),
}


def text(key: str, language: str, **values: object) -> str:
    """The page's words for ``key`` in ``language`` (Danish when not translated), with
    ``{values}`` filled in."""
    template = shared().translate(_CONTEXT, SOURCES[key], language)
    return template.format(**values) if values else template


def catalogue(language: str) -> dict[str, str]:
    """Every entry in one language, for the page's script."""
    return {key: text(key, language) for key in SOURCES}
