import pytest

from tacitus.knowledge import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_idlib_is_in_syria(gazetteer):
    place = gazetteer.resolve("Idlib")
    assert place.country == "SYR"
    assert place.lat == pytest.approx(35.9, abs=0.2) and place.lon == pytest.approx(36.6, abs=0.2)


def test_zhukovsky_is_in_russia(gazetteer):
    assert gazetteer.resolve("Zhukovsky").country == "RUS"


def test_tripoli_follows_the_story(gazetteer):
    assert gazetteer.resolve("Tripoli", context="Hifter's forces advanced on the Libyan capital").country == "LBY"
    assert gazetteer.resolve("Tripoli", context="Protests spread in northern Lebanon").country == "LBN"


def test_countries_and_regions_have_a_point(gazetteer):
    syria = gazetteer.resolve("Syria")
    assert syria.precision == "country" and syria.lat is not None
    sea = gazetteer.resolve("the eastern Mediterranean")
    assert sea.precision == "region" and sea.country is None
    valley = gazetteer.resolve("the Galwan valley")
    assert valley.precision == "region" and valley.country is None and 34 < valley.lat < 36


def test_an_unknown_name_says_why(gazetteer):
    place, reason = gazetteer.explain("Qwertyuiopville")
    assert place is None and "not in the gazetteer" in reason


@pytest.mark.parametrize("name", ["", "x" * 10_000, "\u0000"])
def test_odd_names_resolve_to_nothing(gazetteer, name):
    assert gazetteer.resolve(name) is None


def test_a_corrupt_cache_is_rebuilt(tmp_path):
    from tacitus.config import Settings
    from tacitus.knowledge.gazetteer import _cached_gazetteer, _sources_checksum

    (tmp_path / f"places-{_sources_checksum()}.cache").write_bytes(b"garbage")
    gazetteer = _cached_gazetteer(str(tmp_path), None)
    assert gazetteer.resolve("Idlib").country == "SYR"
    assert Settings(cache_dir=str(tmp_path)).cache_dir == str(tmp_path)


def test_a_common_word_alone_is_no_place(gazetteer):
    assert gazetteer.resolve("Coast") is None and gazetteer.resolve("the Border") is None
    assert gazetteer.resolve("the Red Sea").precision == "region"  # a longer name with the word still resolves
    assert gazetteer.resolve("the Ivory Coast").country == "CIV"
