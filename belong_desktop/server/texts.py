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
    "join_busy": {
        "da": "Mange deltager lige nu. Siden prøver igen om {seconds} sekunder.",
        "en": "Many are joining right now. The page tries again in {seconds} seconds.",
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
        "da": "Tak, dit svar er modtaget. Du kan ændre det, så længe spørgsmålet er åbent.",
        "en": "Thank you, your answer has been received. You can change it while the "
        "question is open.",
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
    # Where the text is, in the status line under the field (see ``disclosure_*``).
    "saved_local": {"da": "Gemt på denne enhed", "en": "Saved on this device"},
    "saved_draft": {
        "da": "Gemt på studievejlederens computer – ikke sendt",
        "en": "Saved on the student counsellor's computer – not sent",
    },
    "saved_device_only": {
        "da": "Gemt kun på denne enhed – sendes, når du trykker Send",
        "en": "Saved only on this device – it is sent when you press Send",
    },
    "sent": {
        "da": "Sendt. Du kan stadig rette i teksten, så længe trinnet er åbent.",
        "en": "Sent. You can still edit the text while this step is open.",
    },
    "sent_edited_local": {
        "da": "Sendt – men dine rettelser er kun gemt på denne enhed. "
        "Tryk »Send ændringer« for at sende dem.",
        "en": "Sent – but your changes are only saved on this device. "
        "Press “Send changes” to send them.",
    },
    "sent_edited": {
        "da": "Sendt – dine rettelser er gemt på studievejlederens computer, men ikke sendt. "
        "Tryk »Send ændringer« for at sende dem.",
        "en": "Sent – your changes are saved on the student counsellor's computer, but not "
        "sent. Press “Send changes” to send them.",
    },
    "closed_draft": {
        "da": "Trinnet var lukket, da teksten nåede frem. Den er gemt på studievejlederens "
        "computer, men markeret som ikke sendt.",
        "en": "This step had closed when the text arrived. It is kept on the student "
        "counsellor's computer, but marked as not sent.",
    },
    # Said above every writing field, before anything is typed: where the text goes.
    "disclosure_keep": {
        "da": "Det, du skriver her, gemmes anonymt på studievejlederens computer, mens du "
        "skriver – også før du trykker Send. Når du trykker Send, er teksten dit svar. "
        "Tekst, du ikke sender, gemmes som kladde og markeres som ikke sendt.",
        "en": "What you write here is saved anonymously on the student counsellor's "
        "computer as you write – also before you press Send. When you press Send, the text "
        "is your answer. Text you do not send is kept as a draft, marked as not sent.",
    },
    "disclosure_device_only": {
        "da": "Det, du skriver her, gemmes kun på denne enhed, indtil du trykker Send. Først "
        "når du trykker Send, sendes teksten anonymt til studievejlederens computer. Tekst, "
        "du ikke sender, forlader ikke enheden.",
        "en": "What you write here is kept only on this device until you press Send. Only "
        "when you press Send is the text sent, anonymously, to the student counsellor's "
        "computer. Text you do not send does not leave the device.",
    },
    "disclosure_letter": {
        "da": "Dit brev kan kun blive delt, hvis du sender det og svarer ja under brevet.",
        "en": "Your letter can only be shared if you send it and answer yes below it.",
    },
    "drafts_off": {
        "da": "Denne session gemmer ikke kladder: teksten bliver på denne enhed, indtil du "
        "trykker Send.",
        "en": "This session keeps no drafts: the text stays on this device until you press Send.",
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
    # The laptop could not store (its disk is full): a refusal's words, and the page's state.
    "not_saved": {
        "da": "Studievejlederens computer kan ikke gemme lige nu. Prøv igen om lidt.",
        "en": "The student counsellor's computer cannot save right now. Try again in a moment.",
    },
    "not_saved_keep_open": {
        "da": "Ikke gemt endnu – lad siden være åben. Det, du har skrevet eller valgt, er her "
        "på enheden, og siden prøver igen af sig selv.",
        "en": "Not saved yet – keep this page open. What you wrote or chose is here on the "
        "device, and the page keeps trying by itself.",
    },
    "share_yes": {
        "da": "Ja, mit brev må deles uden navn",
        "en": "Yes, my letter may be shared without my name",
    },
    "share_no": {"da": "Nej, det skal ikke deles", "en": "No, do not share it"},
    "share_pick": {
        "da": "Vælg ja eller nej under brevet, før du sender.",
        "en": "Choose yes or no below the letter before you send.",
    },
    # A new step: shown under its heading, and announced to screen readers.
    "step_notice": {"da": "Nyt spørgsmål", "en": "New question"},
    "step_notice_moved": {
        "da": "Det, du skrev før, hører til det forrige spørgsmål og er ikke flyttet med hertil.",
        "en": "What you wrote before belongs to the previous question and has not moved here.",
    },
    "announce": {"da": "Siden har skiftet: {heading}", "en": "The page has changed: {heading}"},
    "place": {"da": "Hold {group}", "en": "Group {group}"},
    "closing_heading": {"da": "Tak for i dag", "en": "Thank you for today"},
    "letter_unsent": {"da": "Dit brev blev ikke sendt", "en": "Your letter was not sent"},
    "letter_unsent_keep": {
        "da": "Du trykkede ikke Send. Det, du skrev, er gemt som kladde på studievejlederens "
        "computer og markeret som ikke sendt, og det bliver ikke delt med næste års "
        "studerende.",
        "en": "You did not press Send. What you wrote is kept as a draft on the student "
        "counsellor's computer, marked as not sent, and it will not be shared with next "
        "year's students.",
    },
    "letter_unsent_device_only": {
        "da": "Du trykkede ikke Send, så brevet er ikke nået frem til studievejlederen og "
        "bliver ikke delt. Det var kun gemt på denne enhed.",
        "en": "You did not press Send, so the letter did not reach the student counsellor "
        "and will not be shared. It was only kept on this device.",
    },
    "letter_edits_unsent": {
        "da": "Dine sidste rettelser til brevet blev ikke sendt. Det er den version, du "
        "sendte, der gælder.",
        "en": "Your last changes to the letter were not sent. The version you sent is the "
        "one that counts.",
    },
    "next_student": {"da": "Næste studerende", "en": "Next student"},
    "next_student_detail": {
        "da": "Skal en anden bruge denne enhed? Tryk her, så bliver alt, du har skrevet, "
        "fjernet fra enheden.",
        "en": "Is someone else using this device next? Press here and everything you "
        "wrote is removed from the device.",
    },
    "next_student_confirm": {
        "da": "Skal enheden gøres klar til en ny studerende? Alt, du har skrevet, bliver "
        "fjernet fra denne enhed.",
        "en": "Make this device ready for a new student? Everything you wrote is removed "
        "from this device.",
    },
    "next_student_yes": {"da": "Ja, gør klar", "en": "Yes, make it ready"},
    "next_student_cancel": {"da": "Fortryd", "en": "Cancel"},
    "next_student_working": {
        "da": "Gør enheden klar til en ny studerende …",
        "en": "Making the device ready for a new student …",
    },
    "next_student_done": {
        "da": "Enheden er klar til en ny studerende. Det, den forrige skrev, er fjernet herfra.",
        "en": "This device is ready for a new student. What the previous one wrote has "
        "been removed from it.",
    },
    "next_student_wait": {
        "da": "Vent et øjeblik – dine tekster er ikke sendt endnu.",
        "en": "Please wait – your texts have not been sent yet.",
    },
    "ended": {"da": "Sessionen er slut. Tak!", "en": "The session has ended. Thank you!"},
    "ended_cleared": {
        "da": "Denne enhed er ryddet: intet af det, du skrev, er gemt på den.",
        "en": "This device has been cleared: nothing you wrote is kept on it.",
    },
    "ended_unsent": {
        "da": "Noget af det, du skrev, er ikke nået frem til studievejlederens computer. Det "
        "er gemt på denne enhed og sendes, når forbindelsen er tilbage. Luk ikke siden, og "
        "sig det til studievejlederen.",
        "en": "Some of what you wrote has not reached the student counsellor's computer. It "
        "is kept on this device and will be sent when the connection is back. Do not close "
        "the page, and tell the student counsellor.",
    },
    "reset": {
        "da": "Enheden er nulstillet til en ny studerende.",
        "en": "This device has been reset for a new student.",
    },
    "noscript": {
        "da": "Siden skal bruge JavaScript for at gemme det, du skriver.",
        "en": "This page needs JavaScript to keep what you write.",
    },
    "error": {"da": "Noget gik galt: {reason}", "en": "Something went wrong: {reason}"},
    # The language picker (each language is offered under its own name, see languages.py).
    "language_label": {"da": "Sprog", "en": "Language"},
    "language_failed": {
        "da": "Sproget kunne ikke skiftes lige nu. Prøv igen om lidt.",
        "en": "The language could not be changed right now. Try again in a moment.",
    },
    "unknown_language": {
        "da": "Det sprog findes ikke på denne side.",
        "en": "That language is not offered on this page.",
    },
    # A language's name inside a sentence of this language ("… vises på {shown}").
    "language_name_da": {"da": "dansk", "en": "Danish"},
    "language_name_en": {"da": "engelsk", "en": "English"},
    "language_name_nb": {"da": "norsk (bokmål)", "en": "Norwegian (Bokmål)"},
    "language_name_nl": {"da": "nederlandsk", "en": "Dutch"},
    # The pack has no texts in the language the student chose: said in that language.
    "content_missing": {
        "da": "Spørgsmål og tekster i denne session findes ikke på dansk, så de vises på {shown}.",
        "en": "The questions and texts of this session are not available in English, so "
        "they are shown in {shown}.",
    },
    # A video step: what is said in the video, for students who cannot hear the room.
    "transcript_show": {"da": "Vis hvad der bliver sagt", "en": "Show transcript"},
    "transcript_heading": {"da": "Det bliver sagt i videoen", "en": "What is said in the video"},
}

DEFAULT_LANGUAGE = "da"
#: The languages the page's own words are written in: a student may choose any of them.
LANGUAGES: tuple[str, ...] = ("da", "en")


def text(key: str, language: str, **values: object) -> str:
    """The entry in ``language`` (Danish when missing), with ``{values}`` filled in."""
    entry = TEXTS[key]
    template = entry.get(language) or entry[DEFAULT_LANGUAGE]
    return template.format(**values) if values else template


def catalogue(language: str) -> dict[str, str]:
    """Every entry in one language, for the page's script."""
    return {key: text(key, language) for key in TEXTS}
