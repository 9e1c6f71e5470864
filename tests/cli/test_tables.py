"""`--format table` fits the terminal: long cells wrap at spaces, paths are cut short, optional columns go."""

from tacitus.cli.common import emit_table
from tacitus.cli.tables import render_table

HEADER = ["doc_id", "event", "actors", "date", "status", "confidence"]
PATH = "/home/analyst/projects/middle-east/2019/december/al-monitor-2019-12-23-turkey-russia.txt"
ROWS = [[PATH, "CONSULT", "Turkish President Recep Tayyip Erdogan", "2019-12-23", "planned", "0.9"],
        [PATH, "ASSAULT", "Russian-backed Syrian forces", "2019-12-22", "asserted", "0.85"]]


def test_a_table_that_fits_is_printed_as_it_is():
    lines = render_table(HEADER, ROWS, width=200)
    assert lines[0].split() == HEADER and PATH in lines[2] and len(lines) == 4


def test_printed_to_a_pipe_a_row_is_one_line():
    assert len(render_table(HEADER, ROWS, width=None)) == 4


def test_at_80_columns_the_path_is_cut_and_the_names_wrap_at_spaces():
    lines = render_table(HEADER, ROWS, width=80, squeeze=["doc_id"])
    assert max(len(line) for line in lines) <= 80
    assert "/home/analyst" not in "".join(lines) and "…" in lines[2] and "russia.txt" in lines[2]
    assert "CONSULT" in lines[2] and "2019-12-23" in lines[2] and "planned" in lines[2]
    words = " ".join(lines).split()
    assert {"Recep", "Tayyip", "Erdogan", "Russian-backed"} <= set(words)  # wrapped between words, not inside
    assert len(lines) > 4


def test_when_still_too_narrow_the_optional_columns_go_in_order():
    lines = render_table(HEADER, ROWS, width=60, squeeze=["doc_id"], optional=["confidence", "status"])
    assert max(len(line) for line in lines) <= 60
    assert "confidence" not in lines[0] and "event" in lines[0]


def test_emit_table_fits_the_columns_variable(monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "80")
    rows = [dict(zip(HEADER, row)) for row in ROWS]
    assert emit_table(rows, HEADER, squeeze=["doc_id"]) == 2
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) <= 80
