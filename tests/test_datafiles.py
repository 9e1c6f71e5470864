"""The data-file loader: declared columns, every row validated, a bad one named by file and line."""

from pathlib import Path

import pytest

from tacitus.datafiles import Column, integer, listed, load_table, load_words, one_of, packaged, read_table
from tacitus.errors import ConfigError

SRC = Path(__file__).resolve().parents[1] / "src" / "tacitus"
COLUMNS = (Column("word"), Column("kind", one_of("honorific", "suffix")),
           Column("rank", integer, required=False, optional=True, default=0),
           Column("aliases", listed, required=False, optional=True, default=()),
           Column("note", required=False, optional=True))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_are_parsed_by_their_columns_and_keep_their_line(tmp_path):
    path = write(tmp_path, "words.csv", "# Words.\n# Sources: ours.\nword,kind,rank,aliases\n"
                                        "king,honorific,2,King|HM\n\n# suffixes\njr,suffix,,\n")
    king, jr = load_table(path, COLUMNS)
    assert dict(king) == {"word": "king", "kind": "honorific", "rank": 2, "aliases": ("King", "HM"), "note": None}
    assert (king.line, jr.line) == (4, 7)
    assert jr["rank"] == 0 and jr["aliases"] == ()
    assert jr.error("no such suffix").args[0] == f"{path}:7: no such suffix"


def test_a_tsv_file_is_read_with_tabs(tmp_path):
    path = write(tmp_path, "words.tsv", "# Words.\nword\tkind\tnote\nsheikh\thonorific\ta title, not a name\n")
    (row,) = load_table(path, COLUMNS)
    assert row["note"] == "a title, not a name" and row["rank"] == 0


@pytest.mark.parametrize("body, message", [
    ("word,rank\nking,1\n", ":2: missing column 'kind'"),
    ("word,kind,colour\nking,honorific,red\n", ":2: unknown column 'colour'"),
    ("word,kind\nking\n", ":3: 1 fields where the header has 2"),
    ("word,kind\n,honorific\n", ":3: no value in column 'word'"),
    ("word,kind\nking,title\n", ":3: column 'kind': 'title' is not one of honorific, suffix"),
    ("word,kind,rank\nking,honorific,first\n", ":3: column 'rank': 'first' is not a whole number"),
    ("# only a comment\n", "no header row"),
])
def test_a_bad_file_is_one_error_naming_file_and_line(tmp_path, body, message):
    path = write(tmp_path, "bad.csv", "# A bad file.\n" + body)
    with pytest.raises(ConfigError) as error:
        load_table(path, COLUMNS)
    assert str(error.value).startswith(str(path))
    assert message in str(error.value)


def test_an_unreadable_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="no such data file"):
        load_table(tmp_path / "missing.csv", COLUMNS)
    (tmp_path / "latin1.csv").write_bytes(b"word,kind\nk\xf6nig,honorific\n")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_table(tmp_path / "latin1.csv", COLUMNS)


def test_a_table_is_read_once(tmp_path):
    path = write(tmp_path, "words.csv", "word,kind\nking,honorific\n")
    first = load_table(path, COLUMNS)
    path.write_text("word,kind\nqueen,honorific\n", encoding="utf-8")
    assert load_table(path, COLUMNS) is first


def test_a_word_list_may_carry_notes(tmp_path):
    path = write(tmp_path, "names.tsv",
                 "# Given names.\nword\tnote\nali\t\nwilliam\tTaiwanese leaders' English names\n")
    assert load_words(path) == {"ali", "william"}


def test_without_declared_columns_the_header_decides():
    rows = list(read_table(["a,b", "1,"], None, source="x.csv"))
    assert dict(rows[0]) == {"a": "1", "b": ""}


def test_every_packaged_data_table_starts_with_a_header_saying_what_it_holds():
    tables = [p for p in SRC.rglob("data/**/*") if p.suffix in (".csv", ".tsv")]
    assert tables
    for path in tables:
        assert path.read_text(encoding="utf-8").startswith("#"), f"{path}: no '#' header"


def test_packaged_names_a_file_in_the_package_data_folder():
    assert packaged("tacitus.knowledge", "titles.csv").is_file()
