"""Tolls that recall an attack the story told: "killed in the blast" is by whoever the story said set it off
(passages we wrote, in the register of long-form news)."""

import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def _toll(text: str, sentence: int) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    events = [e for e in code(text) if e.sentence_index == sentence and e.event == "ASSAULT"]
    assert len(events) == 1, [(e.sentence_index, e.event, e.trigger) for e in code(text)]
    return [(a.text, a.country) for a in events[0].actor], [(r.text, r.country) for r in events[0].recipient]


def test_a_toll_killed_in_the_blast_is_by_the_bomber_the_story_named():
    text = ("Islamic State claimed a car bombing outside a police station in Qamishli on Monday. The bomber drove a "
            "truck into the gate. At least nine people were killed in the blast, the deadliest in the city this year.")
    actors, victims = _toll(text, 2)
    assert actors == [("Islamic State", "IMG")]
    assert victims == [("At least nine people", "SYR")]


def test_the_attacker_told_again_as_the_bomber_does_not_hide_who_sent_him():
    text = ("A car bombing claimed by Islamic State killed three Kurdish police officers in Hasakah province. The "
            "bomber rammed the gate of a compound in Qamishli on Monday. At least 11 people died in the blast, the "
            "worst toll in Syria this month.")
    actors, _ = _toll(text, 2)
    assert [country for _, country in actors] == ["IMG"]


def test_victims_of_a_recalled_shelling_are_of_the_country_where_it_fell():
    text = ("Taliban fighters stormed a checkpoint in Ghazni province on Tuesday. The assault lasted four hours. "
            "Eleven police officers were killed in the attack, officials said.")
    actors, victims = _toll(text, 2)
    assert [country for _, country in actors] == ["AFG"] and victims == [("Eleven police officers", "AFG")]


def test_a_toll_recalls_only_an_attack_no_other_was_told_after():
    recalled = ("Russian jets bombed a market in Idlib on Monday. It was the third raid this month. Rescuers said "
                "23 civilians were killed in the strikes in Syria.")
    assert [country for _, country in _toll(recalled, 2)[0]] == ["RUS"]
    another = ("Russian jets bombed a market in Idlib on Monday. Unknown attackers threw a grenade into a cafe in "
               "Syria. Rescuers said 23 civilians were killed in the attack in Syria.")
    assert _toll(another, 2)[0] == []


def test_a_toll_of_an_attack_of_its_own_or_told_long_before_takes_no_earlier_attacker():
    recalled = ("Islamic State fighters attacked an army post near Deir ez-Zor on Monday. The post was overrun. "
                "Four soldiers were killed during the assault in Syria.")
    assert [country for _, country in _toll(recalled, 2)[0]] == ["IMG"]
    separate = ("Islamic State fighters attacked an army post near Deir ez-Zor on Monday. The post was overrun. "
                "Later that day, four civilians were killed in a separate attack in Raqqa.")
    # (no earlier attacker; an attack told with no one named for it has at most the generic side of its town)
    assert [text for text, _ in _toll(separate, 2)[0]] in ([], ["unidentified attackers"])
    far = ("Islamic State claimed a bombing in Tabqa in January. The town has since been quiet. Schools reopened "
           "in March. Shops reopened in April. Five soldiers were killed in the attack on Friday, officials said.")
    assert _toll(far, 4)[0] == []


def test_the_bomber_told_again_is_the_attacker_the_story_named():
    text = ("Islamic State claimed a car bombing that killed three police officers in Syria. The bomber attacked "
            "a checkpoint in Qamishli on Monday.")
    actors, _ = _toll(text, 1)
    assert [country for _, country in actors] == ["IMG"]
    unnamed = "Gunmen killed three traders in Faskari on Friday. The gunmen then attacked a police post in Faskari."
    assert [text for text, _ in _toll(unnamed, 1)[0]] == ["The gunmen"]
