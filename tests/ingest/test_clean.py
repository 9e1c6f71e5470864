from tacitus.ingest.clean import clean_text, is_boilerplate

ARTICLE = """Ankara and Moscow agree on patrols

newswire Turkish and Russian officers inspect a convoy near Kobani, Syria, Nov. 1, 2019. Photo by Jane Roe/Agency via REUTERS.

Nov 2, 2019

Turkish and Russian troops held their first joint patrol on Friday.

Continue reading this story by registering at no cost and get unlimited access to:
  • Our archives
  • The weekly review
"""


def test_title_is_the_first_line():
    assert clean_text(ARTICLE).title == "Ankara and Moscow agree on patrols"


def test_a_lede_standing_alone_on_the_first_line_is_no_title():
    dateline = "NAIROBI, May 3 (Wire) - Kenya and Uganda signed a deal on Monday to extend their oil pipeline.\n\nMore.\n"
    sentence = "Kenya and Uganda signed a deal on Monday to extend their oil pipeline.\n\nOfficials said more.\n"
    assert clean_text(dateline).title is None
    assert clean_text(sentence).title is None
    assert "signed a deal" in clean_text(sentence).body


def test_caption_is_kept_apart_and_names_the_publisher():
    cleaned = clean_text(ARTICLE)
    assert cleaned.captions and cleaned.captions[0].startswith("Turkish and Russian officers inspect")
    assert "Photo by" not in cleaned.body
    assert cleaned.publisher == "Newswire"


def test_dateline_is_read_and_registration_wall_dropped():
    cleaned = clean_text(ARTICLE)
    assert cleaned.dateline == "Nov 2, 2019"
    assert cleaned.body == "Turkish and Russian troops held their first joint patrol on Friday."


def test_agency_dateline_names_the_agency():
    cleaned = clean_text("Headline\n\nMOSCOW (Reuters) - Russia said on Monday it would send more troops.")
    assert cleaned.publisher == "Reuters" and cleaned.body.startswith("Russia said")


def test_boilerplate_lines():
    assert is_boilerplate("Continue reading the main story")
    assert is_boilerplate("Share this article")
    assert not is_boilerplate("Turkey shelled Kurdish positions on Monday, officials said.")


def test_wire_datelines_are_kept_out_of_the_first_sentence():
    cleaned = clean_text("Headline\n\nMOSCOW, March 5 — Putin and Erdogan agreed a ceasefire on Thursday.")
    assert cleaned.body.startswith("Putin and Erdogan agreed")
    assert cleaned.dateline_place == "Moscow"
    plain = clean_text("Headline\n\nNATO allies met in Brussels - and agreed nothing.")
    assert plain.body.startswith("NATO allies met")


def test_an_article_keeps_the_place_of_its_wire_dateline(tmp_path):
    from tacitus.ingest.sources import read_sources

    path = tmp_path / "wire.txt"
    path.write_text("Strike in Kampala\n\nKAMPALA (Reuters) - Teachers went on strike on Monday.\n", encoding="utf-8")
    [article] = list(read_sources([str(path)]))
    assert article.dateline_place == "Kampala" and article.body.startswith("Teachers went on strike")
