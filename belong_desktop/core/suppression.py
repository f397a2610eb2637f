"""Small cells: the one rule for which printed figures are kept back, and why.

A figure computed from fewer than ``MIN_CELL`` units (sessions, or texts) could point to a
handful of people, so it is never printed: its cell says it is kept back. That alone is
not enough where a table prints totals: with a row's total and all but one of its cells
shown, the hidden one is a subtraction away. ``protect_table`` therefore also hides
*complementary* cells, until no row or column (totals included) has exactly one hidden
member: a hidden cell is then always one of at least two unknowns whose sum is all a
reader can work out. Which cell is hidden as the complement: the one with the smallest
count above zero in that line (then a zero, then the line's total), so the fewest
figures are lost. Documents that print a total next to hidden cells use this; documents
without totals only need ``primary``. Pure Python; runs on whichever thread calls it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

#: The smallest number of units a printed figure may be computed from.
MIN_CELL = 5


class Cell(Enum):
    """What a document prints in a cell."""

    SHOWN = "shown"
    #: Computed from fewer than the minimum: printed as "fewer than 5 - not shown".
    SMALL = "small"
    #: Large enough itself, but hidden so that a small cell cannot be worked out.
    COMPLEMENT = "complement"

    @property
    def shown(self) -> bool:
        return self is Cell.SHOWN


def primary(count: int, minimum: int = MIN_CELL) -> Cell:
    """``SMALL`` for 1 to ``minimum - 1`` units; nothing (0) and enough are shown."""
    return Cell.SMALL if 0 < count < minimum else Cell.SHOWN


@dataclass(frozen=True)
class Protected:
    """The state of every cell of a table with row totals, column totals and a grand
    total (``cells[row][column]``)."""

    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...]
    column_totals: tuple[Cell, ...]
    grand_total: Cell


def protect_table(
    counts: Sequence[Sequence[int]], minimum: int = MIN_CELL, *, grand_total_public: bool = False
) -> Protected:
    """Primary suppression of every cell and total, then complementary suppression until
    every row and column (with its total) hides no member or at least two.

    ``grand_total_public``: the grand total is printed elsewhere anyway (a summary's
    number of sessions merged), so it is never hidden and never a complement; a line in
    which it is the only other member cannot be protected by hiding and is left as is
    (its hidden cell then equals a public figure minus shown ones: the caller accepts
    that for the whole trial's count, which the merge log states too)."""
    rows = len(counts)
    columns = len(counts[0]) if rows else 0
    row_totals = [sum(r) for r in counts]
    column_totals = [sum(counts[r][c] for r in range(rows)) for c in range(columns)]
    grand = sum(row_totals)
    # Every figure of the table by position: (r, c) a cell, (r, -1) a row total,
    # (-1, c) a column total, (-1, -1) the grand total.
    value: dict[tuple[int, int], int] = {(-1, -1): grand}
    for r in range(rows):
        value[r, -1] = row_totals[r]
        for c in range(columns):
            value[r, c] = counts[r][c]
    for c in range(columns):
        value[-1, c] = column_totals[c]
    public = {(-1, -1)} if grand_total_public else set()
    hidden = {
        k: Cell.SMALL
        for k, v in value.items()
        if primary(v, minimum) is Cell.SMALL and k not in public
    }
    # Each line: its members (the total last); a line's total is the sum of the others.
    lines = [[*((r, c) for c in range(columns)), (r, -1)] for r in range(-1, rows)]
    lines += [[*((r, c) for r in range(rows)), (-1, c)] for c in range(-1, columns)]
    changed = True
    while changed:
        changed = False
        for line in lines:
            if len(line) < 2 or sum(k in hidden for k in line) != 1:
                continue
            candidates = [k for k in line if k not in hidden and k not in public]
            if not candidates:
                continue
            pick = _complement(candidates, value)
            hidden[pick] = Cell.COMPLEMENT
            changed = True

    def state(key: tuple[int, int]) -> Cell:
        return hidden.get(key, Cell.SHOWN)

    return Protected(
        tuple(tuple(state((r, c)) for c in range(columns)) for r in range(rows)),
        tuple(state((r, -1)) for r in range(rows)),
        tuple(state((-1, c)) for c in range(columns)),
        state((-1, -1)),
    )


def _complement(
    candidates: list[tuple[int, int]], value: dict[tuple[int, int], int]
) -> tuple[int, int]:
    """The smallest non-zero inner cell, then a zero cell, then the total."""

    def rank(key: tuple[int, int]) -> tuple[int, int, int, tuple[int, int]]:
        is_total = -1 in key
        return (is_total, value[key] == 0, value[key], key)

    return min(candidates, key=rank)
