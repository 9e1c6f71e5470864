from pathlib import Path

import pytest

from tacitus.coding.scores import known_modes
from tacitus.coding.words import LISTS, mode_cues, words
from tacitus.datafiles import Column, load_table, one_of
from tacitus.errors import ConfigError


def test_every_word_list_is_known_and_holds_words():
    for name in LISTS:
        assert words(name), name
        assert all(word == word.strip() and word for word in words(name)), name


def test_the_lists_say_what_the_coder_relies_on():
    assert {"hold", "impose", "launch"} <= words("light_verb")
    assert {"expect", "schedule"} <= words("planning") and {"pledge", "vow"} <= words("intending")
    assert {"gunmen", "bomb"} <= words("anonymous_attacker")
    assert words("commitment") <= words("intending")


def test_mode_cues_keep_their_order_and_name_known_modes():
    cues = mode_cues()
    assert cues["ASSAULT"][:2] == (("suicide", "suicide"), ("drone", "drone"))  # a suicide bomber is no "bomber"
    modes = known_modes()
    assert all(mode in modes[category] for category, pairs in cues.items() for _, mode in pairs)


def test_an_unknown_list_name_is_a_one_line_error(tmp_path: Path):
    path = tmp_path / "words.tsv"
    path.write_text("list\tword\nlight_verb\thold\nheavy_verb\tlift\n")
    with pytest.raises(ConfigError, match=r"words.tsv:3"):
        load_table(path, (Column("list", one_of(*LISTS)), Column("word")))
