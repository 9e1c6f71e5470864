"""How much of an article is parsed, and in what pieces: bounded whatever the text."""

import random

from tacitus.nlp.pipeline import CHUNK_CHARS, FALLBACK_WINDOW_CHARS, split_into_chunks

WORDS = ("troops shelled positions near the border town while officials in the capital called for talks "
         "and aid convoys waited at the crossing as fighters withdrew from villages under pressure").split()


def prose_without_full_stops(characters: int) -> str:
    rng = random.Random(7)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < characters:
        words.append(rng.choice(WORDS) + str(rng.randint(0, 99)))
    return " ".join(words)


def chunks(text, **limits):
    skipped: list[str] = []
    return list(split_into_chunks(text, skipped, **limits)), skipped


def test_a_short_article_is_one_chunk():
    assert chunks("Troops withdrew. Talks began.") == ([(0, "Troops withdrew. Talks began.")], [])


def test_an_article_is_parsed_up_to_the_character_limit_and_says_so():
    text = "Turkish troops shelled Kurdish positions near Afrin on Monday. " * 5_000  # 315,000 characters, one line
    pieces, skipped = chunks(text, max_chars=100_000)
    assert sum(len(piece) for _, piece in pieces) <= 100_000
    assert all(len(piece) <= CHUNK_CHARS for _, piece in pieces)
    assert len(skipped) == 1 and "TACITUS_MAX_ARTICLE_CHARS" in skipped[0]


def test_a_line_without_sentence_ends_is_cut_into_windows_at_spaces():
    text = prose_without_full_stops(30_000)
    pieces, skipped = chunks(text)
    assert skipped == [] and len(pieces) >= 30
    assert all(len(piece) <= FALLBACK_WINDOW_CHARS for _, piece in pieces)
    assert "".join(piece for _, piece in pieces) == text  # nothing lost, no word cut in two
    assert all(piece.endswith(" ") for _, piece in pieces[:-1])


def test_a_word_repeated_a_million_times_is_not_parsed():
    pieces, skipped = chunks("word " * 200_000 + "\n\nTurkish troops shelled Kurdish positions on Monday.")
    assert [piece for _, piece in pieces] == ["Turkish troops shelled Kurdish positions on Monday."]
    assert "not prose" in skipped[0]
