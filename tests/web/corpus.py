"""A small store for the web tests: hand-made reports across countries, places, dates and quad classes, an
undated one, and an article whose title, sentence and URL carry script and event-handler payloads."""

from __future__ import annotations

import itertools

from sqlalchemy import create_engine, text

from tacitus.records import Place
from tacitus.store import Store, open_store
from tests.store.factories import article, report

PLACES = {
    "Istanbul": Place(text="Istanbul", name="Istanbul", country="TUR", lat=41.01, lon=28.97, precision="city"),
    "Damascus": Place(text="Damascus", name="Damascus", country="SYR", lat=33.51, lon=36.29, precision="city"),
    "Moscow": Place(text="Moscow", name="Moscow", country="RUS", lat=55.75, lon=37.62, precision="city"),
    "Tripoli": Place(text="Tripoli", name="Tripoli", country="LBY", lat=32.89, lon=13.19, precision="city"),
    "Tehran": Place(text="Tehran", name="Tehran", country="IRN", lat=35.69, lon=51.39, precision="city"),
}
# (category, quad, actor, recipient, place, date, sentence, trigger, actor's words, recipient's words)
REPORTS = [
    ("CONSULT", 1, "TUR", "RUS", "Moscow", "2020-01-10", "Erdogan met Putin in Moscow.", "met", "Erdogan", "Putin"),
    ("ASSAULT", 4, "SYR", "TUR", "Damascus", "2020-01-12", "Syrian forces shelled Turkish posts near Damascus.",
     "shelled", "Syrian forces", "Turkish posts"),
    ("ASSAULT", 4, "TUR", "SYR", "Damascus", "2020-01-13", "Turkish drones struck Syrian troops outside Damascus.",
     "struck", "Turkish drones", "Syrian troops"),
    ("AGREE", 1, "RUS", "TUR", "Moscow", "2020-01-20", "Russia agreed with Turkey on a ceasefire in Moscow.",
     "agreed", "Russia", "Turkey"),
    ("AID", 2, "TUR", "LBY", "Tripoli", "2020-02-02", "Turkey sent aid to Libya through Tripoli.", "sent aid",
     "Turkey", "Libya"),
    ("THREATEN", 3, "USA", "IRN", "Tehran", "2020-02-05", "The United States threatened Iran over Tehran's plans.",
     "threatened", "The United States", "Iran"),
    ("ACCUSE", 3, "IRN", "USA", "Tehran", "2020-02-06", "Iran accused the United States from Tehran.", "accused",
     "Iran", "the United States"),
    ("COERCE", 4, "RUS", "SYR", "Damascus", "2020-02-15", "Russia pressed Syria in Damascus.", "pressed", "Russia",
     "Syria"),
    ("CONSULT", 1, "LBY", "TUR", "Istanbul", "2020-03-01", "Libya's premier visited Turkey in Istanbul.", "visited",
     "Libya's premier", "Turkey"),
    ("SUPPORT", 1, "RUS", "LBY", None, None, "Russia backed Libya's eastern forces, officials said.", "backed",
     "Russia", "Libya's eastern forces"),
]
XSS_TITLE = '<script>window.__xss = 1</script>Raid <img src=x onerror="window.__xss = 2">'
XSS_SENTENCE = ('Turkish troops attacked <img src=x onerror="window.__xss = 3"> Syrian posts '
                '<script>window.__xss=4</script>.')
XSS_URL = "javascript:window.__xss = 5"


def fill(store: Store) -> None:
    numbers = itertools.count(1)
    for category, quad, actor, recipient, place, date, sentence, trigger, actor_words, recipient_words in REPORTS:
        key = f"art{next(numbers):02d}"
        coded = report(1, article_id=key, category=category, quad=quad, actors=(actor,), recipients=(recipient,),
                       place=PLACES[place] if place else None, date=date, sentence=sentence, mode=None)
        coded.trigger, coded.actor[0].text, coded.recipient[0].text = trigger, actor_words, recipient_words
        store.save_article(article(key, url=f"https://news.example/{key}", published=date or "2020-03-10"),
                           events=[coded])
    xss = article("xss", url=XSS_URL, published="2020-02-20")
    xss.title = XSS_TITLE
    store.save_article(xss, events=[report(1, article_id="xss", category="ASSAULT", quad=4, actors=("TUR",),
                                           recipients=("SYR",), place=PLACES["Damascus"], date="2020-02-20",
                                           sentence=XSS_SENTENCE, mode=None)])


def event_count() -> int:
    return len(REPORTS) + 1


def fresh_postgres(base: str, name: str) -> str:
    """A new empty database on the session's PostgreSQL server, so web tests never share tables."""
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return base.rsplit("/", 1)[0] + "/" + name


def filled_store(url: str) -> str:
    with open_store(url) as store:
        fill(store)
    return url
