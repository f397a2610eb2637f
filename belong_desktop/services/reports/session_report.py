"""The session report: how one session went, for the counsellor and the institution.

What was planned against what happened: the pack, group, date and times; the time per
step as a chart (plan and actual, in minutes) and as a table with the same figures (a
chart is a picture to a screen reader); devices joined; per writing step the texts sent
and the drafts left unsent at close; poll results only from the pack's minimum number of
answers (the projector's rule); whether each video played to the end; the counsellor's
deviation notes; the export state. The figures come from the session's bundle tables
(``ExportService.tables``) through core/session_summary, so the report and the export
always agree; no student text is read into it (the responses' text column is blanked
before anything is summed). Runs on the calling thread: the CLI's main thread, or the
GUI's task runner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from belong_desktop.catalogue import LANGUAGES
from belong_desktop.core import typography
from belong_desktop.core.bundle import TABLES_BY_NAME
from belong_desktop.core.bundle_rows import SessionTables
from belong_desktop.core.packs import Pack, StepKind
from belong_desktop.core.records import ExportReceipt, SessionRecord
from belong_desktop.core.session import SessionState
from belong_desktop.core.session_summary import PollSpec, SessionSummary, StepFigures, summarize
from belong_desktop.core.timefmt import mmss
from belong_desktop.services.export import ExportService
from belong_desktop.services.reports import charts, pdf
from belong_desktop.services.reports.texts import (
    DEFAULT_LANGUAGE,
    QT_TRANSLATE_NOOP,
    Words,
    common,
    pick,
)
from belong_desktop.services.sessions import SessionService

#: The languages the report's own words are written in.
MINUS = "\u2212"

TEXTS = Words(
    "SessionReport",
    {
        "title": QT_TRANSLATE_NOOP("SessionReport", "Sessionsrapport"),
        "subject": QT_TRANSLATE_NOOP(
            "SessionReport",
            "Plan og forløb for én session. Rapporten indeholder ingen elevtekster.",
        ),
        "no_student_text": QT_TRANSLATE_NOOP(
            "SessionReport",
            "Rapporten indeholder ingen tekster, som elever har skrevet.",
        ),
        "pack": QT_TRANSLATE_NOOP("SessionReport", "Pakke"),
        "version": QT_TRANSLATE_NOOP("SessionReport", "version {version}"),
        "group": QT_TRANSLATE_NOOP("SessionReport", "Hold"),
        "date": QT_TRANSLATE_NOOP("SessionReport", "Dato"),
        "time": QT_TRANSLATE_NOOP("SessionReport", "Start og slut"),
        "language": QT_TRANSLATE_NOOP("SessionReport", "Sprog"),
        "devices": QT_TRANSLATE_NOOP("SessionReport", "Enheder med"),
        "date_format": QT_TRANSLATE_NOOP("SessionReport", "%d.%m.%Y"),
        "lang_da": QT_TRANSLATE_NOOP("SessionReport", "dansk"),
        "lang_en": QT_TRANSLATE_NOOP("SessionReport", "engelsk"),
        "lang_nb": QT_TRANSLATE_NOOP("SessionReport", "norsk"),
        "lang_nl": QT_TRANSLATE_NOOP("SessionReport", "nederlandsk"),
        "still_running": QT_TRANSLATE_NOOP(
            "SessionReport",
            "Sessionen er ikke afsluttet; tiderne gælder indtil nu.",
        ),
        "ended_early": QT_TRANSLATE_NOOP(
            "SessionReport",
            "Sessionen blev afsluttet før sidste trin: {count} trin blev ikke nået.",
        ),
        "not_yet": QT_TRANSLATE_NOOP("SessionReport", "{count} trin er ikke nået endnu."),
        "all_reached": QT_TRANSLATE_NOOP("SessionReport", "Alle trin blev vist."),
        "h_time": QT_TRANSLATE_NOOP("SessionReport", "Tid pr. trin: plan og faktisk"),
        "chart_note": QT_TRANSLATE_NOOP(
            "SessionReport",
            "Minutter pr. trin. Samme tal står i tabellen nedenfor.",
        ),
        "plan": QT_TRANSLATE_NOOP("SessionReport", "Plan"),
        "actual": QT_TRANSLATE_NOOP("SessionReport", "Faktisk"),
        "step": QT_TRANSLATE_NOOP("SessionReport", "Trin"),
        "kind": QT_TRANSLATE_NOOP("SessionReport", "Type"),
        "planned_min": QT_TRANSLATE_NOOP("SessionReport", "Plan (min)"),
        "actual_min": QT_TRANSLATE_NOOP("SessionReport", "Faktisk (min)"),
        "difference_min": QT_TRANSLATE_NOOP("SessionReport", "Forskel (min)"),
        "not_reached": QT_TRANSLATE_NOOP("SessionReport", "ikke nået"),
        "total": QT_TRANSLATE_NOOP("SessionReport", "I alt"),
        "total_note": QT_TRANSLATE_NOOP(
            "SessionReport",
            "Faktisk i alt er tiden fra start til slut; trinenes tider kan give lidt "
            "mindre (skift mellem trin) eller mere (trin vist flere gange).",
        ),
        "h_participation": QT_TRANSLATE_NOOP("SessionReport", "Deltagelse"),
        "devices_line": QT_TRANSLATE_NOOP(
            "SessionReport",
            "{devices} enheder var med (en enhed, hvis elevside blev åbnet).",
        ),
        "texts_sent": QT_TRANSLATE_NOOP("SessionReport", "Tekster sendt"),
        "drafts_at_close": QT_TRANSLATE_NOOP("SessionReport", "Kladder ved lukning"),
        "drafts_open": QT_TRANSLATE_NOOP("SessionReport", "Ikke sendt, trin åbent"),
        "no_writing": QT_TRANSLATE_NOOP("SessionReport", "Pakken har ingen skrivetrin."),
        "h_polls": QT_TRANSLATE_NOOP("SessionReport", "Afstemninger"),
        "option": QT_TRANSLATE_NOOP("SessionReport", "Svarmulighed"),
        "answers": QT_TRANSLATE_NOOP("SessionReport", "Svar"),
        "share": QT_TRANSLATE_NOOP("SessionReport", "Andel"),
        "poll_total": QT_TRANSLATE_NOOP("SessionReport", "{count} svar i alt."),
        "poll_rule": QT_TRANSLATE_NOOP(
            "SessionReport",
            "Resultater vises kun fra {minimum} svar, som på projektoren.",
        ),
        "h_videos": QT_TRANSLATE_NOOP("SessionReport", "Videoer"),
        "to_the_end": QT_TRANSLATE_NOOP("SessionReport", "Vist til ende"),
        "furthest": QT_TRANSLATE_NOOP("SessionReport", "Længst til"),
        "plays": QT_TRANSLATE_NOOP("SessionReport", "Visninger"),
        "yes": QT_TRANSLATE_NOOP("SessionReport", "ja"),
        "no": QT_TRANSLATE_NOOP("SessionReport", "nej"),
        "no_video_log": QT_TRANSLATE_NOOP("SessionReport", "ikke logget"),
        "no_videos": QT_TRANSLATE_NOOP("SessionReport", "Pakken har ingen videoer."),
        "h_notes": QT_TRANSLATE_NOOP("SessionReport", "Noter om afvigelser"),
        "no_notes": QT_TRANSLATE_NOOP("SessionReport", "Der er ingen noter."),
        "note_counsellor": QT_TRANSLATE_NOOP("SessionReport", "afvigelse"),
        "note_override": QT_TRANSLATE_NOOP("SessionReport", "valg af pakke eller hold"),
        "note_system": QT_TRANSLATE_NOOP("SessionReport", "skrevet af programmet"),
        "before_start": QT_TRANSLATE_NOOP("SessionReport", "før start"),
        "at_step": QT_TRANSLATE_NOOP("SessionReport", "trin {number}"),
        "h_export": QT_TRANSLATE_NOOP("SessionReport", "Eksport"),
        "not_exported": QT_TRANSLATE_NOOP(
            "SessionReport",
            "Sessionen er ikke eksporteret til ministeriet endnu.",
        ),
        "exported": QT_TRANSLATE_NOOP(
            "SessionReport",
            "Eksporteret til ministeriet {count} gang(e), senest {when}.",
        ),
        "texts_deleted": QT_TRANSLATE_NOOP(
            "SessionReport",
            "Elevernes tekster blev slettet fra computeren {when}.",
        ),
        "kind_message": QT_TRANSLATE_NOOP("SessionReport", "Besked"),
        "kind_video": QT_TRANSLATE_NOOP("SessionReport", "Video"),
        "kind_poll": QT_TRANSLATE_NOOP("SessionReport", "Afstemning"),
        "kind_reflection": QT_TRANSLATE_NOOP("SessionReport", "Refleksion"),
        "kind_letter": QT_TRANSLATE_NOOP("SessionReport", "Brev"),
        "kind_closing": QT_TRANSLATE_NOOP("SessionReport", "Afslutning"),
    },
)


@dataclass(frozen=True)
class ReportInput:
    """Everything the document shows, gathered before any layout."""

    record: SessionRecord
    pack: Pack
    summary: SessionSummary
    receipts: Sequence[ExportReceipt]


class SessionReports:
    """Gathers a session's figures from the services and writes its report."""

    def __init__(self, sessions: SessionService, exports: ExportService) -> None:
        self._sessions = sessions
        self._exports = exports

    def gather(self, session_id: str) -> ReportInput:
        """The figures of a session that has started; ``SessionNotFound`` for an unknown
        id, ``ReportError`` (``report_not_started``) for one that never started."""
        record = self._sessions.record(session_id)
        if record.started_at is None:
            raise pdf.ReportError(
                f"session {session_id} never started: there is nothing to report",
                code="report_not_started",
                session=session_id,
            )
        pack = self._sessions.flow(session_id).pack
        tables = without_texts(self._exports.tables(session_id))
        polls = {
            i: PollSpec(len(step.poll.options), step.poll.min_answers)
            for i, step in enumerate(pack.steps)
            if step.poll is not None
        }
        return ReportInput(
            record, pack, summarize(tables, polls), self._exports.receipts(session_id)
        )

    def write(self, session_id: str, out: Path, language: str = DEFAULT_LANGUAGE) -> Path:
        """Write the report of ``session_id`` to ``out`` (whole or not at all)."""
        return pdf.save(render(self.gather(session_id), language), out)


def without_texts(built: SessionTables) -> dict[str, list[list[object]]]:
    """The tables with every response's text blanked: nothing a student wrote can reach
    the report, whatever its layout code does."""
    column = TABLES_BY_NAME["responses"].header.index("text")
    tables = dict(built.tables)
    tables["responses"] = [
        [("" if i == column else v) for i, v in enumerate(row)] for row in built.tables["responses"]
    ]
    return tables


def check_language(language: str) -> str:
    base = language.split("-", 1)[0].lower()
    if base not in LANGUAGES:
        raise pdf.ReportError(
            f"the report is written in {' or '.join(LANGUAGES)}, not {language!r}",
            code="report_language",
            language=language,
        )
    return base


def render(data: ReportInput, language: str = DEFAULT_LANGUAGE) -> bytes:
    """The report's PDF, in memory."""
    lang = check_language(language)
    return pdf.render(_Layout(data, lang).story(), document_info(data, lang))


def document_info(data: ReportInput, lang: str) -> pdf.DocumentInfo:
    title = pick(TEXTS, "title", lang)
    started = data.summary.started_at or data.record.started_at
    day = started.astimezone().strftime(pick(TEXTS, "date_format", lang)) if started else ""
    return pdf.DocumentInfo(
        title=f"{title} – {data.record.group_code} – {day}",
        language=lang,
        subject=pick(TEXTS, "subject", lang),
        page_label=common("page_of", lang, page="{page}", pages="{pages}"),
    )


class _Layout:
    """The story of one report, in one language."""

    def __init__(self, data: ReportInput, lang: str) -> None:
        self.data = data
        self.lang = lang
        self.style = pdf.styles(pdf.SANS)
        self.width = pdf.PAGE[0] - 2 * pdf.MARGIN

    def t(self, key: str, **values: object) -> str:
        return pick(TEXTS, key, self.lang, **values)

    def n(self, value: float, digits: int = 0) -> str:
        return typography.number(value, self.lang, digits)

    def minutes(self, seconds: float | None) -> str:
        return typography.NO_VALUE if seconds is None else self.n(seconds / 60, 1)

    def difference(self, actual_s: float | None, planned_s: float) -> str:
        """Actual minus planned, from the minutes as printed, so the row adds up."""
        if actual_s is None:
            return typography.NO_VALUE
        shown = round(actual_s / 60, 1) - round(planned_s / 60, 1)
        figure = self.n(abs(shown), 1)
        if figure == self.n(0, 1):
            return figure
        return ("+" if shown > 0 else MINUS) + figure

    def when(self, moment: datetime | None, fmt: str = "%H:%M") -> str:
        return moment.astimezone().strftime(fmt) if moment else typography.NO_VALUE

    def step_name(self, index: int) -> str:
        steps = self.data.pack.steps
        headline = steps[index].headline(self.lang) if index < len(steps) else ""
        return f"{index + 1}. {headline}".strip()

    def kind(self, kind: str) -> str:
        try:
            return self.t(f"kind_{StepKind(kind).value}")
        except (ValueError, KeyError):
            return kind

    # -- the story ---------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        s = self.style
        story: list[Flowable] = [pdf.para(self.t("title"), s["title"])]
        story += self.facts()
        story.append(pdf.para(self.t("no_student_text"), s["muted"]))
        story += self.timing()
        story += self.participation()
        story += self.polls()
        story += self.videos()
        story += self.notes()
        story += self.export_state()
        return story

    def facts(self) -> list[Flowable]:
        record, summary, pack = self.data.record, self.data.summary, self.data.pack
        started = summary.started_at or record.started_at
        ended = summary.ended_at or record.ended_at
        title = pack.title.get(self.lang)
        rows = [
            (self.t("pack"), f"{title} ({pack.id}, {self.t('version', version=pack.version)})"),
            (self.t("group"), record.group_code),
            (self.t("date"), self.when(started, self.t("date_format"))),
            (self.t("time"), f"{self.when(started)}{typography.EN_DASH}{self.when(ended)}"),
            (self.t("language"), self.language_name(record.language)),
            (self.t("devices"), self.n(summary.devices)),
        ]
        return [self.table(rows, [45 * mm, self.width - 45 * mm], header=False)]

    def language_name(self, code: str) -> str:
        key = f"lang_{code.split('-', 1)[0].lower()}"
        return self.t(key) if key in TEXTS else code

    def timing(self) -> list[Flowable]:
        s, summary = self.style, self.data.summary
        out: list[Flowable] = [pdf.para(self.t("h_time"), s["h2"])]
        missing = summary.not_reached
        if self.data.record.state is SessionState.RUNNING:
            out.append(pdf.para(self.t("still_running"), s["body"]))
            if missing:
                out.append(pdf.para(self.t("not_yet", count=self.n(len(missing))), s["body"]))
        elif summary.ended_early or missing:
            out.append(pdf.para(self.t("ended_early", count=self.n(len(missing))), s["body"]))
        else:
            out.append(pdf.para(self.t("all_reached"), s["body"]))
        labels = [self.step_name(step.index) for step in summary.steps]
        drawings = charts.bars(
            labels,
            [
                charts.Series(self.t("plan"), [step.planned_s / 60 for step in summary.steps]),
                charts.Series(
                    self.t("actual"),
                    [
                        None if step.actual_s is None else step.actual_s / 60
                        for step in summary.steps
                    ],
                ),
            ],
            width=self.width,
            value_text=lambda v: self.n(v, 1),
        )
        for drawing in drawings:  # reportlab's drawings start in Helvetica (not embedded)
            drawing.initialFontName = pdf.SANS  # type: ignore[attr-defined]  # not in the stubs
        out += drawings
        out.append(pdf.para(self.t("chart_note"), s["small"]))
        header = (
            self.t("step"),
            self.t("kind"),
            self.t("planned_min"),
            self.t("actual_min"),
            self.t("difference_min"),
        )
        rows = [header] + [self.step_row(step) for step in summary.steps]
        rows.append(
            (
                self.t("total"),
                "",
                self.minutes(summary.planned_s),
                self.minutes(summary.actual_s),
                self.difference(summary.actual_s, summary.planned_s),
            )
        )
        widths = [70 * mm, 28 * mm, 24 * mm, 24 * mm, self.width - 146 * mm]
        out.append(self.table(rows, widths, numeric_from=2, total=True))
        out.append(pdf.para(self.t("total_note"), s["small"]))
        return out

    def step_row(self, step: StepFigures) -> tuple[str, ...]:
        if not step.shown:
            actual = difference = self.t("not_reached")
        else:
            actual = self.minutes(step.actual_s)
            difference = self.difference(step.actual_s, step.planned_s)
        return (
            self.step_name(step.index),
            self.kind(step.kind),
            self.minutes(step.planned_s),
            actual,
            difference,
        )

    def participation(self) -> list[Flowable]:
        s, summary = self.style, self.data.summary
        out: list[Flowable] = [pdf.para(self.t("h_participation"), s["h2"])]
        out.append(pdf.para(self.t("devices_line", devices=self.n(summary.devices)), s["body"]))
        if not summary.writing:
            out.append(pdf.para(self.t("no_writing"), s["body"]))
            return out
        rows: list[Sequence[str]] = [
            (self.t("step"), self.t("kind"), self.t("texts_sent"), self.t("drafts_at_close"))
        ]
        open_drafts = any(w.drafts_open for w in summary.writing)
        if open_drafts:
            rows[0] = (*rows[0], self.t("drafts_open"))
        for w in summary.writing:
            row = (
                self.step_name(w.index),
                self.kind(w.kind),
                self.n(w.sent),
                self.n(w.drafts_at_close),
            )
            rows.append((*row, self.n(w.drafts_open)) if open_drafts else row)
        if open_drafts:
            widths = [62 * mm, 26 * mm, 26 * mm, 28 * mm, self.width - 142 * mm]
        else:
            widths = [70 * mm, 30 * mm, 32 * mm, self.width - 132 * mm]
        out.append(self.table(rows, widths, numeric_from=2))
        return out

    def polls(self) -> list[Flowable]:
        s, summary = self.style, self.data.summary
        if not summary.polls:
            return []
        out: list[Flowable] = [pdf.para(self.t("h_polls"), s["h2"])]
        for poll in summary.polls:
            step = self.data.pack.steps[poll.index]
            block: list[Flowable] = [pdf.para(self.step_name(poll.index), s["h3"])]
            minimum = self.n(poll.tally.min_answers)
            if not poll.shown:
                block.append(pdf.para(common("kept_back", self.lang, minimum=minimum), s["body"]))
            else:
                options = step.poll.options if step.poll else ()
                rows: list[Sequence[str]] = [(self.t("option"), self.t("answers"), self.t("share"))]
                shares = poll.tally.counts
                total = poll.tally.total
                for i, count in enumerate(shares):
                    label = options[i].get(self.lang) if i < len(options) else str(i + 1)
                    rows.append(
                        (label, self.n(count), typography.percent(count / total, self.lang))
                    )
                widths = [self.width - 60 * mm, 30 * mm, 30 * mm]
                block.append(self.table(rows, widths, numeric_from=1))
                block.append(pdf.para(self.t("poll_total", count=self.n(total)), s["small"]))
            block.append(pdf.para(self.t("poll_rule", minimum=minimum), s["small"]))
            out.append(KeepTogether(block))
        return out

    def videos(self) -> list[Flowable]:
        s, summary = self.style, self.data.summary
        out: list[Flowable] = [pdf.para(self.t("h_videos"), s["h2"])]
        if not summary.videos:
            out.append(pdf.para(self.t("no_videos"), s["body"]))
            return out
        rows: list[Sequence[str]] = [
            (self.t("step"), self.t("to_the_end"), self.t("furthest"), self.t("plays"))
        ]
        for video in summary.videos:
            if video.plays == 0:
                shown = self.t("no_video_log")
            else:
                shown = self.t("yes") if video.to_the_end else self.t("no")
            furthest = (
                mmss(video.furthest_s) if video.furthest_s is not None else typography.NO_VALUE
            )
            rows.append((self.step_name(video.index), shown, furthest, self.n(video.plays)))
        widths = [80 * mm, 32 * mm, 30 * mm, self.width - 142 * mm]
        out.append(self.table(rows, widths, numeric_from=2))
        return out

    def notes(self) -> list[Flowable]:
        s, summary = self.style, self.data.summary
        out: list[Flowable] = [pdf.para(self.t("h_notes"), s["h2"])]
        if not summary.notes:
            out.append(pdf.para(self.t("no_notes"), s["body"]))
            return out
        # a note's heading never stays behind at the foot of a page
        heading_style = ParagraphStyle("note_heading", s["muted"], keepWithNext=True)
        for note in summary.notes:
            where = (
                self.t("before_start")
                if note.step_index is None
                else self.t("at_step", number=self.n(note.step_index + 1))
            )
            kind_key = f"note_{note.kind}"
            kind = self.t(kind_key) if kind_key in TEXTS else note.kind
            heading = f"{self.when(note.at)} · {where} · {kind}"
            out.append(pdf.para(heading, heading_style))
            out.append(pdf.para(note.text, s["body"]))
        return out

    def export_state(self) -> list[Flowable]:
        s, record, receipts = self.style, self.data.record, self.data.receipts
        out: list[Flowable] = [pdf.para(self.t("h_export"), s["h2"])]
        stamp = "%d.%m.%Y %H:%M" if self.lang == "da" else "%Y-%m-%d %H:%M"
        if receipts:
            last = max(receipts, key=lambda r: r.exported_at)
            out.append(
                pdf.para(
                    self.t(
                        "exported",
                        count=self.n(len(receipts)),
                        when=self.when(last.exported_at, stamp),
                    ),
                    s["body"],
                )
            )
        else:
            out.append(pdf.para(self.t("not_exported"), s["body"]))
        if record.texts_deleted_at is not None:
            out.append(
                pdf.para(
                    self.t("texts_deleted", when=self.when(record.texts_deleted_at, stamp)),
                    s["body"],
                )
            )
        return out

    # -- tables ------------------------------------------------------------------------

    def table(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        header: bool = True,
        numeric_from: int | None = None,
        total: bool = False,
    ) -> Table:
        """Every cell a paragraph (escaped, wrapped); the header repeats on a new page."""
        plain = self.style["cell"]
        bold = ParagraphStyle("cell_bold", plain, fontName=f"{pdf.SANS}-Bold")
        data = []
        for r, row in enumerate(rows):
            strong = (header and r == 0) or (total and r == len(rows) - 1)
            line = []
            for c, text in enumerate(row):
                style = bold if strong else plain
                if numeric_from is not None and c >= numeric_from:
                    style = ParagraphStyle(f"{style.name}_right", style, alignment=TA_RIGHT)
                line.append(pdf.para(text, style))
            data.append(line)
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d0d7de")),
        ]
        if header:
            commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, pdf.INK))
        if total:
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, pdf.INK))
        return pdf.grid(
            data, commands, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT"
        )
