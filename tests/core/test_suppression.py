"""The small-cell rule: which figures are kept back, and that no hidden one can be worked
out from the totals printed next to it."""

from __future__ import annotations

import itertools
import random

import pytest

from belong_desktop.core.suppression import MIN_CELL, Cell, Protected, primary, protect_table


def test_primary_hides_one_to_four_and_shows_nothing_and_enough() -> None:
    assert MIN_CELL == 5
    assert [primary(n) for n in range(7)] == [
        Cell.SHOWN,
        Cell.SMALL,
        Cell.SMALL,
        Cell.SMALL,
        Cell.SMALL,
        Cell.SHOWN,
        Cell.SHOWN,
    ]
    assert primary(9, minimum=10) is Cell.SMALL


def lines(p: Protected) -> list[list[Cell]]:
    """Every row and column with its total, the totals' row and column too."""
    rows = [[*cells, total] for cells, total in zip(p.cells, p.row_totals, strict=True)]
    rows.append([*p.column_totals, p.grand_total])
    columns = [list(column) for column in zip(*rows, strict=True)]
    return rows + columns


def hidden(line: list[Cell]) -> int:
    return sum(not c.shown for c in line)


def test_one_small_cell_in_a_row_with_a_total_takes_a_complement() -> None:
    # institution A: 3 treatment, 20 control; B: 12 and 11
    p = protect_table([[3, 20], [12, 11]])
    assert p.cells[0][0] is Cell.SMALL
    assert p.cells[0][1] is Cell.COMPLEMENT  # else 23 - 20 = 3
    assert p.cells[1][0] is Cell.COMPLEMENT  # else the treatment column gives it away
    assert p.cells[1][1] is Cell.COMPLEMENT
    assert p.row_totals == (Cell.SHOWN, Cell.SHOWN)
    assert p.grand_total is Cell.SHOWN
    assert all(hidden(line) != 1 for line in lines(p))


def test_nothing_small_hides_nothing() -> None:
    p = protect_table([[5, 6], [7, 0]])
    assert all(c is Cell.SHOWN for line in lines(p) for c in line)


def test_the_complement_is_the_smallest_non_zero_cell() -> None:
    p = protect_table([[2, 0, 9, 40]])
    assert p.cells[0] == (Cell.SMALL, Cell.SHOWN, Cell.COMPLEMENT, Cell.SHOWN)


def test_a_single_small_row_hides_its_total_too() -> None:
    p = protect_table([[0, 2], [30, 40]])
    assert p.cells[0] == (Cell.SHOWN, Cell.SMALL)
    assert p.row_totals[0] is Cell.SMALL
    assert p.cells[1][1] is Cell.COMPLEMENT  # the control column
    assert all(hidden(line) != 1 for line in lines(p))


def test_an_empty_table() -> None:
    p = protect_table([])
    assert p == Protected((), (), (), Cell.SHOWN)


@pytest.mark.parametrize("seed", range(200))
def test_no_line_ever_hides_exactly_one(seed: int) -> None:
    rng = random.Random(seed)
    rows, columns = rng.randint(1, 7), rng.randint(1, 4)
    counts = [[rng.choice([0, 1, 2, 3, 4, 5, 8, 20]) for _ in range(columns)] for _ in range(rows)]
    p = protect_table(counts)
    assert all(hidden(line) != 1 for line in lines(p)), counts
    for r, c in itertools.product(range(rows), range(columns)):
        if 0 < counts[r][c] < MIN_CELL:
            assert p.cells[r][c] is Cell.SMALL


def test_a_public_grand_total_is_never_hidden_nor_a_complement() -> None:
    p = protect_table([[2, 1]], grand_total_public=True)
    assert p.cells == ((Cell.SMALL, Cell.SMALL),)
    assert p.row_totals == (Cell.SMALL,) and p.grand_total is Cell.SHOWN
    p = protect_table([[3, 9], [8, 8]], grand_total_public=True)
    assert p.grand_total is Cell.SHOWN
    every = lines(p)  # rows, the totals' row (index 2), columns, the totals' column (last)
    assert all(hidden(line) != 1 for i, line in enumerate(every) if i not in (2, len(every) - 1))
    p = protect_table([[3], [9]], grand_total_public=True)  # one arm: 12 is public
    assert p.cells == ((Cell.SMALL,), (Cell.COMPLEMENT,)) and p.grand_total is Cell.SHOWN
