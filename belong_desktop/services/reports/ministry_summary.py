"""The ministry summary: one PDF across the institutions and arms of a merged trial.

Reads the folder ``ministry merge`` wrote (``services/merged_folder.py``), computes the
figures in ``core/ministry_summary.py`` (which also decides which cells are kept back,
``core/suppression.py``) and lays them out: an overview (trial, period, bundles,
sessions, app and format versions), how to read it, then sessions per institution and
arm, fidelity, participation and answer lengths, each as a chart with the same figures in
a table next to it (a chart is a picture to a screen reader). No student text is ever
printed, only counts, shares and lengths. Words in ``TEXTS`` (Danish first), numbers
through ``core/typography.py``. Runs on the calling thread (the CLI's main thread).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus import Table as GridTable

from belong_desktop import __version__
from belong_desktop.catalogue import LANGUAGES
from belong_desktop.core import typography
from belong_desktop.core.bundle import FORMAT, FORMAT_VERSION
from belong_desktop.core.errors import BelongError
from belong_desktop.core.ministry_summary import (
    USES,
    WRITING_KINDS,
    Fidelity,
    Summary,
    Table,
    summarise,
)
from belong_desktop.core.suppression import MIN_CELL, Cell
from belong_desktop.services import merged_folder
from belong_desktop.services.reports import charts, pdf
from belong_desktop.services.reports.texts import QT_TRANSLATE_NOOP, Words, common, pick

TEXTS = Words(
    "MinistrySummary",
    {
        "title": QT_TRANSLATE_NOOP("MinistrySummary", "Samlet opgørelse til ministeriet"),
        "subject": QT_TRANSLATE_NOOP(
            "MinistrySummary",
            "Sessioner, gennemførelse, deltagelse og svarlængder på tværs af institutioner og arme",
        ),
        "overview": QT_TRANSLATE_NOOP("MinistrySummary", "Overblik"),
        "trial": QT_TRANSLATE_NOOP("MinistrySummary", "Forsøg"),
        "period": QT_TRANSLATE_NOOP("MinistrySummary", "Periode (UTC)"),
        "bundles": QT_TRANSLATE_NOOP("MinistrySummary", "Sessionsfiler flettet"),
        "sessions": QT_TRANSLATE_NOOP("MinistrySummary", "Sessioner"),
        "institutions": QT_TRANSLATE_NOOP("MinistrySummary", "Institutioner"),
        "app_versions": QT_TRANSLATE_NOOP("MinistrySummary", "App-versioner"),
        "format": QT_TRANSLATE_NOOP("MinistrySummary", "Filformat"),
        "format_value": QT_TRANSLATE_NOOP(
            "MinistrySummary",
            "{format} version {version} (den eneste, fletningen læser)",
        ),
        "merged": QT_TRANSLATE_NOOP("MinistrySummary", "Flettet"),
        "merged_value": QT_TRANSLATE_NOOP("MinistrySummary", "{when} med belong-desktop {version}"),
        "minimum": QT_TRANSLATE_NOOP("MinistrySummary", "Mindste antal bag et tal"),
        "how_heading": QT_TRANSLATE_NOOP("MinistrySummary", "Sådan læses opgørelsen"),
        "how": QT_TRANSLATE_NOOP(
            "MinistrySummary",
            "Hver session er én klassetime med én studiegruppe; armen er den pakke, "
            "der blev kørt (indsats eller kontrol). Tallene kommer fra de flettede "
            "tabeller: sessioner og trin fra session- og steps-tabellerne, deltagelse "
            "fra eksportens egne tal (bundles-tabellen), svarlængder fra de sendte "
            "tekster. Medianen er den midterste værdi; kvartilerne afgrænser den "
            "midterste halvdel. Andele er af alle sessioner eller planlagte trin i "
            "cellen. Et tal, der bygger på færre end {minimum} sessioner (eller "
            "tekster), vises ikke; hvor tabellen har totaler, skjules også en anden "
            "celle i samme række eller kolonne, så det skjulte tal ikke kan regnes ud, "
            "og de samme celler skjules i alle tabeller. I diagrammerne står – for et "
            "tal, der ikke vises eller ikke findes. Ingen elevtekst er gengivet.",
        ),
        "complement": QT_TRANSLATE_NOOP("MinistrySummary", "vises ikke (beskytter en lille celle)"),
        "treatment": QT_TRANSLATE_NOOP("MinistrySummary", "Indsats"),
        "control": QT_TRANSLATE_NOOP("MinistrySummary", "Kontrol"),
        "arm": QT_TRANSLATE_NOOP("MinistrySummary", "Arm"),
        "institution": QT_TRANSLATE_NOOP("MinistrySummary", "Institution"),
        "total": QT_TRANSLATE_NOOP("MinistrySummary", "I alt"),
        "no_institution": QT_TRANSLATE_NOOP("MinistrySummary", "(ingen institution)"),
        "all_institutions": QT_TRANSLATE_NOOP("MinistrySummary", "Alle institutioner"),
        "s_sessions": QT_TRANSLATE_NOOP("MinistrySummary", "1. Sessioner pr. institution og arm"),
        "s_sessions_about": QT_TRANSLATE_NOOP(
            "MinistrySummary",
            "Antal gennemførte og eksporterede sessioner.",
        ),
        "sessions_chart": QT_TRANSLATE_NOOP("MinistrySummary", "Sessioner pr. institution"),
        "s_fidelity": QT_TRANSLATE_NOOP("MinistrySummary", "2. Gennemførelse (fidelitet)"),
        "s_fidelity_about": QT_TRANSLATE_NOOP(
            "MinistrySummary",
            "Varighed: minutter fra start til slut, og medianen af varighed delt med "
            "planens minutter. Trin vist: trin vist mindst én gang af planlagte trin. "
            "Videoer til ende: planlagte videotrin, hvis sidste visning kørte til "
            "ende. Med note om afvigelse: sessioner med mindst én note fra "
            "studievejlederen. Sluttet før tid: sessioner afsluttet før sidste trin.",
        ),
        "fidelity_chart": QT_TRANSLATE_NOOP("MinistrySummary", "Gennemførelse pr. arm"),
        "duration_chart": QT_TRANSLATE_NOOP(
            "MinistrySummary",
            "Varighed i forhold til planen pr. institution (median)",
        ),
        "f_minutes": QT_TRANSLATE_NOOP("MinistrySummary", "Minutter (median)"),
        "f_planned": QT_TRANSLATE_NOOP("MinistrySummary", "Planlagt (min.)"),
        "f_of_plan": QT_TRANSLATE_NOOP("MinistrySummary", "Varighed af plan"),
        "f_steps": QT_TRANSLATE_NOOP("MinistrySummary", "Trin vist"),
        "f_videos": QT_TRANSLATE_NOOP("MinistrySummary", "Videoer til ende"),
        "f_notes": QT_TRANSLATE_NOOP("MinistrySummary", "Med note om afvigelse"),
        "f_early": QT_TRANSLATE_NOOP("MinistrySummary", "Sluttet før tid"),
        "s_participation": QT_TRANSLATE_NOOP("MinistrySummary", "3. Deltagelse"),
        "s_participation_about": QT_TRANSLATE_NOOP(
            "MinistrySummary",
            "Enheder, der deltog, tekster sendt og kladder, der aldrig blev sendt, men "
            "var gemt, da trinnet lukkede: i alt og medianen pr. session.",
        ),
        "participation_chart": QT_TRANSLATE_NOOP("MinistrySummary", "Median pr. session"),
        "p_devices": QT_TRANSLATE_NOOP("MinistrySummary", "Enheder"),
        "p_texts_sent": QT_TRANSLATE_NOOP("MinistrySummary", "Tekster sendt"),
        "p_drafts_at_close": QT_TRANSLATE_NOOP("MinistrySummary", "Kladder ved lukning"),
        "p_total": QT_TRANSLATE_NOOP("MinistrySummary", "{what}, i alt"),
        "p_median": QT_TRANSLATE_NOOP("MinistrySummary", "{what}, median"),
        "s_lengths": QT_TRANSLATE_NOOP("MinistrySummary", "4. Svarlængder"),
        "s_lengths_about": QT_TRANSLATE_NOOP(
            "MinistrySummary",
            "Længden i tegn af de sendte refleksioner og breve (kun sendte tekster er "
            "svar; kladder tæller ikke). Fjernede personoplysninger tæller som deres "
            "pladsholder, fx [navn].",
        ),
        "lengths_deleted": QT_TRANSLATE_NOOP(
            "MinistrySummary",
            "{count} sessioner er udeladt her, fordi deres tekster var slettet før eksporten.",
        ),
        "lengths_chart": QT_TRANSLATE_NOOP("MinistrySummary", "Median i tegn"),
        "l_kind": QT_TRANSLATE_NOOP("MinistrySummary", "Skrivetrin"),
        "l_texts": QT_TRANSLATE_NOOP("MinistrySummary", "Tekster"),
        "l_q1": QT_TRANSLATE_NOOP("MinistrySummary", "Nedre kvartil"),
        "l_median": QT_TRANSLATE_NOOP("MinistrySummary", "Median"),
        "l_q3": QT_TRANSLATE_NOOP("MinistrySummary", "Øvre kvartil"),
        "reflection": QT_TRANSLATE_NOOP("MinistrySummary", "Refleksion"),
        "letter": QT_TRANSLATE_NOOP("MinistrySummary", "Brev"),
        "footer": QT_TRANSLATE_NOOP("MinistrySummary", "Samlet opgørelse · {trial}"),
    },
)


class SummaryError(BelongError):
    """The merged folder holds nothing to summarise."""

    default_code = "summary_refused"


def read_summary(merged_dir: Path) -> Summary:
    """The figures of the merged folder; ``MergedFolderError`` or ``SummaryError`` when
    it cannot be summarised (nothing is written then)."""
    tables = merged_folder.read_tables(merged_dir, USES)
    plain = {name: Table(t.header, t.rows) for name, t in tables.items()}
    if not plain["session"].rows:
        raise SummaryError(
            f"{merged_dir} holds no sessions: there is nothing to summarise",
            code="summary_no_sessions",
        )
    return summarise(plain, minimum=MIN_CELL)


def write_summary(merged_dir: Path, out: Path, *, language: str = "da") -> Path:
    """Read, compute, lay out and save the summary as ``out``."""
    if language not in LANGUAGES:
        raise SummaryError(
            f"the summary is written in {' or '.join(LANGUAGES)}, not {language!r}",
            code="summary_language",
        )
    summary = read_summary(merged_dir)
    log = merged_folder.read_log(merged_dir)
    return pdf.save(render(summary, language, log), out)


def render(summary: Summary, language: str, log: dict[str, Any] | None = None) -> bytes:
    layout = _Layout(summary, language, log or {})
    trial = ", ".join(summary.trials)
    info = pdf.DocumentInfo(
        title=f"{layout.t('title')} – {trial}",
        language=language,
        subject=layout.t("subject"),
        page_label=common("page_of", language, page="{page}", pages="{pages}"),
        footer=layout.t("footer", trial=trial),
    )
    return pdf.render(layout.story(), info)


# -- layout -----------------------------------------------------------------------------

WIDTH = pdf.PAGE[0] - 2 * pdf.MARGIN
LINE = colors.HexColor("#d0d7de")
HEAD = colors.HexColor("#f3f4f6")


class _Layout:
    def __init__(self, summary: Summary, language: str, log: dict[str, Any]) -> None:
        self.s = summary
        self.lang = language
        self.log = log
        self.st = pdf.styles(pdf.SANS, size=9.5)
        self.cell = self.st["cell"]
        self.right = ParagraphStyle("right", self.cell, alignment=2)
        self.head = ParagraphStyle(
            "head", self.cell, fontName=f"{pdf.SANS}-Bold", fontSize=7.5, leading=9.5
        )
        self.head_right = ParagraphStyle("head_right", self.head, alignment=2)
        # A chart's caption: bold like h3, but not a heading of the outline.
        self.caption = ParagraphStyle("caption", self.st["h3"], fontSize=9, leading=12)
        self.hidden = ParagraphStyle("hidden", self.cell, textColor=pdf.MUTED, alignment=2)

    # words and numbers
    def t(self, key: str, **values: object) -> str:
        return pick(TEXTS, key, self.lang, **values)

    def n(self, value: float, digits: int = 0) -> str:
        return typography.number(value, self.lang, digits)

    def pct(self, share: float) -> str:
        return typography.percent(share, self.lang)

    def arm(self, arm: str) -> str:
        return self.t(arm) if arm in TEXTS else arm

    def place(self, institution: str) -> str:
        """An institution's name; sessions run without a kit may have none."""
        return institution or self.t("no_institution")

    @property
    def places(self) -> list[str]:
        return [self.place(i) for i in self.s.institutions]

    def day(self, when: datetime | None) -> str:
        if when is None:
            return typography.NO_VALUE
        return when.strftime("%d.%m.%Y") if self.lang == "da" else when.strftime("%Y-%m-%d")

    def hidden_text(self, state: Cell) -> str:
        if state is Cell.SMALL:
            return common("kept_back", self.lang, minimum=self.s.minimum)
        return self.t("complement")

    # flowables
    def story(self) -> list[Flowable]:
        s = self.st
        story: list[Flowable] = [
            pdf.para(self.t("title"), s["title"]),
            *self.overview(),
            pdf.para(self.t("how_heading"), s["h2"]),
            pdf.para(self.t("how", minimum=self.s.minimum), s["body"]),
            *self.sessions(),
            *self.fidelity(),
            *self.participation(),
            *self.lengths(),
            Spacer(1, 4 * mm),
            pdf.para(common("made_by", self.lang, version=__version__), s["muted"]),
        ]
        return story

    def grid(
        self,
        rows: Sequence[Sequence[str | Paragraph]],
        widths: Sequence[float],
        *,
        spans: Sequence[tuple[int, int, int]] = (),
        bold_last: bool = False,
        labels: int = 1,
    ) -> GridTable:
        """A table of paragraphs: the first row is the header (repeated on a new page);
        the first ``labels`` columns left-aligned, the others right-aligned numbers."""
        cells: list[list[Flowable]] = []
        for r, row in enumerate(rows):
            line: list[Flowable] = []
            for c, value in enumerate(row):
                if isinstance(value, Paragraph):
                    line.append(value)
                    continue
                left = c < labels
                if r == 0 or (bold_last and r == len(rows) - 1):
                    style = self.head if left else self.head_right
                else:
                    style = self.cell if left else self.right
                line.append(pdf.para(value, style))
            cells.append(line)
        commands: list[Any] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        commands += [("SPAN", (c0, r), (c1, r)) for r, c0, c1 in spans]
        return pdf.grid(cells, commands, colWidths=list(widths), repeatRows=1, hAlign="LEFT")

    def hidden_para(self, state: Cell, *, left: bool = False) -> Paragraph:
        style = ParagraphStyle("hidden_left", self.hidden, alignment=0) if left else self.hidden
        return pdf.para(self.hidden_text(state), style)

    def chart(
        self,
        title: str,
        labels: Sequence[str],
        series: Sequence[charts.Series],
        text: Callable[[float], str],
        *,
        lead: Sequence[Flowable] = (),
    ) -> list[Flowable]:
        """The chart under its caption, kept on one page with ``lead`` (a section's
        heading and introduction, so a heading never ends a page)."""
        drawings = charts.bars(
            labels, series, width=WIDTH, value_text=text, empty_text=typography.NO_VALUE
        )
        first: list[Flowable] = [*lead, pdf.para(title, self.caption), drawings[0]]
        return [KeepTogether(first), *drawings[1:], Spacer(1, 3 * mm)]

    def section(self, heading: str, about: str) -> list[Flowable]:
        return [pdf.para(self.t(heading), self.st["h2"]), pdf.para(self.t(about), self.st["body"])]

    # sections
    def overview(self) -> list[Flowable]:
        s = self.s
        period = (
            f"{self.day(s.first_start)}{typography.EN_DASH}{self.day(s.last_end)}"
            if s.first_start
            else typography.NO_VALUE
        )
        rows: list[list[str]] = [
            [self.t("trial"), ", ".join(s.trials)],
            [self.t("period"), period],
            [self.t("bundles"), self.n(s.bundles)],
            [self.t("sessions"), self.n(s.sessions)],
            [self.t("institutions"), self.n(len(s.institutions))],
            [self.t("app_versions"), ", ".join(s.app_versions) or typography.NO_VALUE],
            [self.t("format"), self.t("format_value", format=FORMAT, version=FORMAT_VERSION)],
        ]
        merged_at, version = self.log.get("merged_at"), self.log.get("app_version")
        if isinstance(merged_at, str) and isinstance(version, str):
            when = merged_at.replace("T", " ").removesuffix("Z") + " UTC"
            rows.append([self.t("merged"), self.t("merged_value", when=when, version=version)])
        rows.append([self.t("minimum"), self.n(s.minimum)])
        key = ParagraphStyle("key", self.cell, fontName=f"{pdf.SANS}-Bold")
        cells = [[pdf.para(k, key), pdf.para(v, self.cell)] for k, v in rows]
        table = pdf.grid(
            cells,
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ],
            colWidths=[50 * mm, WIDTH - 50 * mm],
            hAlign="LEFT",
        )
        return [pdf.para(self.t("overview"), self.st["h2"]), table]

    def sessions(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = []
        lead = self.section("s_sessions", "s_sessions_about")
        series = [
            charts.Series(
                self.arm(arm),
                [
                    float(s.counts[i][a]) if s.protected.cells[i][a].shown else None
                    for i in range(len(s.institutions))
                ],
            )
            for a, arm in enumerate(s.arms)
        ]
        story += self.chart(self.t("sessions_chart"), self.places, series, self.n, lead=lead)
        width = (WIDTH - 60 * mm) / (len(s.arms) + 1)
        header: list[str | Paragraph] = [
            self.t("institution"),
            *map(self.arm, s.arms),
            self.t("total"),
        ]
        rows = [header]
        for i, name in enumerate(s.institutions):
            states = [*s.protected.cells[i], s.protected.row_totals[i]]
            values = [*s.counts[i], sum(s.counts[i])]
            rows.append([self.place(name), *self.counts(values, states)])
        totals = [
            sum(s.counts[i][a] for i in range(len(s.institutions))) for a in range(len(s.arms))
        ]
        states = [*s.protected.column_totals, s.protected.grand_total]
        rows.append([self.t("all_institutions"), *self.counts([*totals, s.sessions], states)])
        story.append(self.grid(rows, [60 * mm] + [width] * (len(s.arms) + 1), bold_last=True))
        return story

    def counts(self, values: Sequence[int], states: Sequence[Cell]) -> list[str | Paragraph]:
        return [
            self.n(v) if state.shown else self.hidden_para(state)
            for v, state in zip(values, states, strict=True)
        ]

    def fidelity(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = []
        lead = self.section("s_fidelity", "s_fidelity_about")
        measures = ("f_of_plan", "f_steps", "f_videos", "f_notes", "f_early")
        series = []
        for arm in s.arms:
            f = s.fidelity[None, arm]
            series.append(
                charts.Series(
                    self.arm(arm),
                    [_pct_value(v) for v in _measures(f)] if f.state.shown else [None] * 5,
                )
            )
        labels = [self.t(m) for m in measures]
        story += self.chart(self.t("fidelity_chart"), labels, series, self._pct_text, lead=lead)
        duration = [
            charts.Series(
                self.arm(arm),
                [_pct_value(_duration(s.fidelity.get((i, arm)))) for i in s.institutions],
            )
            for arm in s.arms
        ]
        story += self.chart(self.t("duration_chart"), self.places, duration, self._pct_text)
        for arm in s.arms:
            story.append(pdf.para(self.arm(arm), self.st["h3"]))
            story.append(self.fidelity_table(arm))
        return story

    def _pct_text(self, value: float) -> str:
        return self.pct(value / 100)

    def fidelity_table(self, arm: str) -> GridTable:
        s = self.s
        keys = (
            "sessions",
            "f_minutes",
            "f_planned",
            "f_of_plan",
            "f_steps",
            "f_videos",
            "f_notes",
            "f_early",
        )
        rows: list[list[str | Paragraph]] = [[self.t("institution"), *map(self.t, keys)]]
        spans = []
        cells: list[tuple[str | None, Fidelity | None]] = [
            (i, s.fidelity.get((i, arm))) for i in s.institutions
        ]
        cells.append((None, s.fidelity.get((None, arm))))
        for name, f in cells:
            label = self.place(name) if name is not None else self.t("all_institutions")
            if f is None:
                rows.append([label, self.n(0), *[typography.NO_VALUE] * 7])
            elif not f.state.shown:
                spans.append((len(rows), 1, 8))
                rows.append([label, self.hidden_para(f.state, left=True), *[""] * 7])
            else:
                rows.append([label, self.n(f.sessions), *self.fidelity_cells(f)])
        first = 34 * mm
        return self.grid(rows, [first] + [(WIDTH - first) / 8] * 8, spans=spans, bold_last=True)

    def fidelity_cells(self, f: Fidelity) -> list[str | Paragraph]:
        def num(v: float | None) -> str:
            return typography.NO_VALUE if v is None else self.n(v, 1)

        def share(v: float | None) -> str:
            return typography.NO_VALUE if v is None else self.pct(v)

        return [
            num(f.median_minutes),
            num(f.median_planned_minutes),
            *(share(v) for v in _measures(f)),
        ]

    def participation(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = []
        lead = self.section("s_participation", "s_participation_about")
        keys = ("devices", "texts_sent", "drafts_at_close")
        labels = [self.t(f"p_{k}") for k in keys]
        series = []
        for arm in s.arms:
            p = s.participation[arm]
            series.append(
                charts.Series(
                    self.arm(arm), [p.medians.get(k) if p.state.shown else None for k in keys]
                )
            )
        story += self.chart(
            self.t("participation_chart"), labels, series, lambda v: self.n(v, 1), lead=lead
        )
        header: list[str | Paragraph] = [self.t("arm"), self.t("sessions")]
        for label in labels:
            header += [self.t("p_total", what=label), self.t("p_median", what=label)]
        rows = [header]
        spans = []
        for arm in s.arms:
            p = s.participation[arm]
            if not p.state.shown:
                spans.append((len(rows), 1, 7))
                rows.append([self.arm(arm), self.hidden_para(p.state, left=True), *[""] * 6])
                continue
            line: list[str | Paragraph] = [self.arm(arm), self.n(p.sessions)]
            for k in keys:
                median = p.medians.get(k)
                line += [
                    self.n(p.totals.get(k, 0)),
                    typography.NO_VALUE if median is None else self.n(median, 1),
                ]
            rows.append(line)
        first = 26 * mm
        story.append(self.grid(rows, [first] + [(WIDTH - first) / 7] * 7, spans=spans))
        return story

    def lengths(self) -> list[Flowable]:
        s = self.s
        story: list[Flowable] = []
        lead = self.section("s_lengths", "s_lengths_about")
        if s.texts_deleted_sessions:
            count = self.n(s.texts_deleted_sessions)
            lead.append(pdf.para(self.t("lengths_deleted", count=count), self.st["body"]))
        labels = [self.t(k) for k in WRITING_KINDS]
        series = [
            charts.Series(self.arm(arm), [s.lengths[arm, k].median for k in WRITING_KINDS])
            for arm in s.arms
        ]
        story += self.chart(self.t("lengths_chart"), labels, series, self.n, lead=lead)
        rows: list[list[str | Paragraph]] = [
            [
                self.t("arm"),
                self.t("l_kind"),
                self.t("l_texts"),
                self.t("l_q1"),
                self.t("l_median"),
                self.t("l_q3"),
            ]
        ]
        spans = []
        for arm in s.arms:
            for k in WRITING_KINDS:
                one = s.lengths[arm, k]
                if not one.state.shown:
                    spans.append((len(rows), 2, 5))
                    rows.append(
                        [
                            self.arm(arm),
                            self.t(k),
                            self.hidden_para(one.state, left=True),
                            "",
                            "",
                            "",
                        ]
                    )
                    continue
                values = (one.q1, one.median, one.q3)
                rows.append(
                    [
                        self.arm(arm),
                        self.t(k),
                        self.n(one.texts),
                        *(typography.NO_VALUE if v is None else self.n(v) for v in values),
                    ]
                )
        widths = [30 * mm, 30 * mm] + [(WIDTH - 60 * mm) / 4] * 4
        story.append(self.grid(rows, widths, spans=spans, labels=2))
        return story


def _measures(f: Fidelity) -> tuple[float | None, ...]:
    return (
        f.duration_of_plan,
        f.steps_shown,
        f.videos_to_end,
        f.with_deviation_notes,
        f.ended_early,
    )


def _duration(f: Fidelity | None) -> float | None:
    return None if f is None else f.duration_of_plan


def _pct_value(share: float | None) -> float | None:
    return None if share is None else share * 100
