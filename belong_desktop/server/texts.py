"""The student page's own words, Danish first, one entry per language.

Content-pack texts (questions, letters, closing words) come from the pack. These are
the page's frame: buttons, labels and status lines. The wording never names a purpose
for the session; ``tests/server/test_texts.py`` runs the framing rule over every entry.
When the Qt Linguist catalogue arrives (assets/translations), these keys move there.
"""

from __future__ import annotations

from collections.abc import Mapping

TEXTS: Mapping[str, Mapping[str, str]] = {
    "page_title": {"da": "Holdsession", "en": "Class session"},
    "join_heading": {"da": "Deltag i sessionen", "en": "Join the session"},
    "join_intro": {
        "da": "Skriv koden, der står på lærredet. Du skal ikke oplyse dit navn.",
        "en": "Type the code shown on the screen. You will not be asked for your name.",
    },
    "join_code_label": {"da": "Kode (6 cifre)", "en": "Code (6 digits)"},
    "join_button": {"da": "Deltag", "en": "Join"},
    "join_link_intro": {
        "da": "Et øjeblik … Tryk »Deltag«, hvis siden ikke skifter af sig selv.",
        "en": "One moment … Press “Join” if the page does not change by itself.",
    },
    "join_by_code": {"da": "Skriv en kode i stedet", "en": "Type a code instead"},
    "join_no_code": {"da": "Skriv koden fra lærredet.", "en": "Type the code from the screen."},
    "join_wrong": {
        "da": "Koden passer ikke. Tjek cifrene på lærredet, og prøv igen.",
        "en": "That code does not match. Check the digits on the screen and try again.",
    },
    "join_rate": {
        "da": "For mange forkerte koder. Vent {seconds} sekunder, og prøv igen.",
        "en": "Too many wrong codes. Wait {seconds} seconds and try again.",
    },
    "join_full": {
        "da": "Der er ikke plads til flere enheder i denne session.",
        "en": "There is no room for more devices in this session.",
    },
    "join_ended": {
        "da": "Denne session er slut. Spørg efter den nye kode på lærredet.",
        "en": "This session has ended. Look for the new code on the screen.",
    },
    "join_unknown": {
        "da": "Linket virker ikke. Skriv koden fra lærredet i stedet.",
        "en": "This link does not work. Type the code from the screen instead.",
    },
    "anonymous_note": {
        "da": "Anonym: der gemmes ikke navne eller oplysninger om din enhed.",
        "en": "Anonymous: no names or details about your device are stored.",
    },
    "waiting": {
        "da": "Sessionen er ikke startet endnu. Siden skifter af sig selv.",
        "en": "The session has not started yet. This page will change by itself.",
    },
    "look": {"da": "Kig op på lærredet", "en": "Look up at the screen"},
    "look_detail": {
        "da": "Siden skifter af sig selv, når der er noget, du skal svare på eller skrive.",
        "en": "This page changes by itself when there is something to answer or write.",
    },
    "poll_heading": {"da": "Svar anonymt", "en": "Answer anonymously"},
    "write_heading": {"da": "Skriv for dig selv", "en": "Write on your own"},
    "letter_heading": {
        "da": "Et brev til næste års studerende",
        "en": "A letter to next year's students",
    },
    "poll_send": {"da": "Send svar", "en": "Send answer"},
    "poll_saved": {
        "da": "Dit svar er modtaget. Du kan ændre det, så længe spørgsmålet er åbent.",
        "en": "Your answer has been received. You can change it while the question is open.",
    },
    "poll_pick": {"da": "Vælg et svar først.", "en": "Choose an answer first."},
    "poll_closed": {
        "da": "Spørgsmålet er lukket, så svaret blev ikke talt med.",
        "en": "The question has closed, so the answer was not counted.",
    },
    "text_label": {"da": "Din tekst", "en": "Your text"},
    "letter_label": {"da": "Dit brev", "en": "Your letter"},
    "send": {"da": "Send", "en": "Send"},
    "send_changes": {"da": "Send ændringer", "en": "Send changes"},
    "counter": {"da": "{n} af {max} tegn", "en": "{n} of {max} characters"},
    "too_long": {
        "da": "Teksten er for lang: højst {max} tegn.",
        "en": "The text is too long: at most {max} characters.",
    },
    "empty": {"da": "Skriv noget, før du sender.", "en": "Write something before you send."},
    "saved_local": {"da": "Gemt på denne enhed", "en": "Saved on this device"},
    "saved_draft": {"da": "Kladde gemt", "en": "Draft saved"},
    "sent": {
        "da": "Sendt. Du kan stadig rette i teksten, så længe trinnet er åbent.",
        "en": "Sent. You can still edit the text while this step is open.",
    },
    "sent_edited": {
        "da": "Du har rettet i teksten efter at have sendt den. Tryk »Send ændringer«.",
        "en": "You have edited the text since you sent it. Press “Send changes”.",
    },
    "closed_draft": {
        "da": "Trinnet er lukket. Din tekst er gemt som kladde – den er ikke sendt.",
        "en": "This step has closed. Your text is kept as a draft – it was not sent.",
    },
    "offline": {
        "da": "Gemt på denne enhed – sendes, når forbindelsen er tilbage.",
        "en": "Saved on this device – it will be sent when the connection is back.",
    },
    "offline_idle": {
        "da": "Ingen forbindelse lige nu. Siden prøver igen af sig selv.",
        "en": "No connection right now. The page keeps trying by itself.",
    },
    "online_again": {"da": "Forbindelsen er tilbage.", "en": "The connection is back."},
    "share_yes": {
        "da": "Ja, mit brev må deles uden navn",
        "en": "Yes, my letter may be shared without my name",
    },
    "share_no": {"da": "Nej, det skal ikke deles", "en": "No, do not share it"},
    "share_pick": {
        "da": "Vælg ja eller nej under brevet, før du sender.",
        "en": "Choose yes or no below the letter before you send.",
    },
    "closing_heading": {"da": "Tak for i dag", "en": "Thank you for today"},
    "next_student": {"da": "Næste studerende", "en": "Next student"},
    "next_student_detail": {
        "da": "Skal en anden bruge denne enhed? Tryk her, så bliver alt, du har skrevet, "
        "fjernet fra enheden.",
        "en": "Is someone else using this device next? Press here and everything you "
        "wrote is removed from the device.",
    },
    "next_student_wait": {
        "da": "Vent et øjeblik – dine tekster er ikke sendt endnu.",
        "en": "Please wait – your texts have not been sent yet.",
    },
    "ended": {"da": "Sessionen er slut. Tak!", "en": "The session has ended. Thank you!"},
    "reset": {
        "da": "Enheden er nulstillet til en ny studerende.",
        "en": "This device has been reset for a new student.",
    },
    "noscript": {
        "da": "Siden skal bruge JavaScript for at gemme det, du skriver.",
        "en": "This page needs JavaScript to keep what you write.",
    },
    "error": {"da": "Noget gik galt: {reason}", "en": "Something went wrong: {reason}"},
}

DEFAULT_LANGUAGE = "da"


def text(key: str, language: str, **values: object) -> str:
    """The entry in ``language`` (Danish when missing), with ``{values}`` filled in."""
    entry = TEXTS[key]
    template = entry.get(language) or entry[DEFAULT_LANGUAGE]
    return template.format(**values) if values else template


def catalogue(language: str) -> dict[str, str]:
    """Every entry in one language, for the page's script."""
    return {key: text(key, language) for key in TEXTS}
