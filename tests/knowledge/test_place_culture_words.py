"""A people's word before a word of its culture ("a French class", "Greek food") names a language or a cuisine,
not a place: no cue of the country for the story's other names."""


def test_a_language_class_does_not_make_a_local_storys_town_the_capital_of_its_country(gazetteer):
    story = ("Paris school board members voted on Monday to add French classes next fall, at a cost of $40,000. "
             "Board president Tom Reed said the Paris district would hire a French teacher from Texarkana.")
    place = gazetteer.resolve("Paris", context=story)
    assert place.country == "USA"


def test_a_peoples_word_of_an_army_still_places_its_story(gazetteer):
    story = "French troops left the base near Gao on Sunday, the defence ministry in Paris said."
    assert gazetteer.resolve("Paris", context=story).country == "FRA"
