"""A hamlet's state named in passing is no reason to prefer it to a namesake twenty times its size."""


def test_a_hamlet_of_a_state_named_in_passing_yields_to_its_much_larger_namesake(gazetteer):
    story = ("SAVANNAH, Ga. - Port officials said on Monday that container traffic rose in March. The Georgia Ports "
             "Authority, which also runs the docks at Brunswick, Ga., said ships diverted from Charleston had added to "
             "the load, and Atlanta warehouses were full. A trucking firm based in Knoxville, Tenn., said its drivers "
             "waited longer at the gates.")
    place = gazetteer.resolve("Charleston", context=story)
    assert place.admin1_code != "TN"  # a village of 700 people in Tennessee, the state of one trucking firm


def test_a_hamlet_of_the_story_s_own_state_keeps_it(gazetteer):
    story = ("CLEVELAND, Tenn. - Bradley County commissioners voted on Tuesday to repave the road from Cleveland to "
             "Charleston, Tenn., and the Tennessee transport office will pay half. Charleston's mayor said the work "
             "would start in May.")
    place = gazetteer.resolve("Charleston", context=story)
    assert place.admin1_code == "TN"


def test_a_town_s_own_name_beats_a_namesake_s_other_name_in_a_state_named_in_passing(gazetteer):
    # GeoNames gives an Illinois town "Dearborn" as another name; Michigan's city of 100,000 bears it as its own
    story = ("Illinois lawmakers in Springfield voted on Thursday to extend a tax credit for carmakers. A supplier that "
             "ships most of its brackets to an assembly plant in Dearborn said the credit would keep its workers busy.")
    place = gazetteer.resolve("Dearborn", context=story)
    assert (place.name, place.admin1_code) == ("Dearborn", "MI")


def test_a_surname_the_story_gives_a_person_is_no_cue_of_the_county_bearing_it(gazetteer):
    # "Tompkins" alone is GeoNames' other name of Tompkins County, New York, where a Rome also lies
    story = ("DUBLIN - An Irish charity said on Tuesday that it would fly a sick girl to a clinic in Rome for "
             "treatment. Her mother, Helen Tompkins, thanked donors in Cork and Galway. Tompkins said the family would "
             "leave on Friday, and that doctors in the United States had also offered help.")
    place = gazetteer.resolve("Rome", context=story)
    assert place.country == "ITA"
