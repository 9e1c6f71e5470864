from tacitus.knowledge.theatres import fights_in


def test_a_group_fights_in_the_countries_listed_for_it():
    assert fights_in("org:JNIM", "BFA")
    assert not fights_in("org:JNIM", "KEN")


def test_a_group_or_party_with_no_theatres_fights_nowhere_abroad():
    assert not fights_in("org:HAMAS", "EGY")
    assert not fights_in(None, "MLI")
