import pytest

from tacitus.coding.scores import derive_scores, known_modes
from tacitus.errors import CodingError
from tacitus.records import CATEGORIES

FAMILIES = {"AGREE": ("0",), "CONSULT": ("04",), "SUPPORT": ("05",), "CONCEDE": ("08",), "COOPERATE": ("06",),
            "AID": ("07",), "RETREAT": ("08",), "REQUEST": ("02",), "ACCUSE": ("11", "09"), "REJECT": ("12",),
            "THREATEN": ("13",), "PROTEST": ("14",), "SANCTION": ("16", "17"), "MOBILIZE": ("15",),
            "COERCE": ("17",), "ASSAULT": ("18", "19", "20")}


def test_every_category_has_a_base_row_with_consistent_codes():
    modes = known_modes()
    assert set(modes) == set(CATEGORIES)
    for category in CATEGORIES:
        for mode in (None, *modes[category]):
            scores = derive_scores(category, mode)
            assert scores.quad_class in (1, 2, 3, 4)
            assert -10 <= scores.score <= 10 and -10 <= scores.goldstein <= 10
            assert (scores.score > 0) == (scores.quad_class in (1, 2))
            assert scores.cameo.isdigit() and 2 <= len(scores.cameo) <= 4
            assert scores.cameo.startswith(FAMILIES[category]), (category, mode, scores.cameo)


def test_quad_classes_follow_plover():
    assert {c: derive_scores(c, None).quad_class for c in ("AGREE", "AID", "ACCUSE", "ASSAULT")} == \
        {"AGREE": 1, "AID": 2, "ACCUSE": 3, "ASSAULT": 4}


def test_an_unknown_mode_falls_back_to_the_category():
    assert derive_scores("CONSULT", "telepathy") == derive_scores("CONSULT", None)


def test_an_unknown_category_is_an_error():
    with pytest.raises(CodingError):
        derive_scores("HUG", None)
