import pytest

from tests.coding.helpers import code

pytestmark = pytest.mark.slow


def test_two_coordinated_dates_give_two_events():
    events = code("On Dec. 11 and Dec. 17, Erdogan and Putin had two phone conversations.", "2019-12-23")
    assert sorted(e.date for e in events) == ["2019-12-11", "2019-12-17"]
    assert all(e.mode == "phone" and e.recipient == [] for e in events)


def test_a_date_of_another_clause_is_not_the_events_date():
    events = code("Two British men were killed fighting Isis in Syria after they arrived in 2014.", "2018-03-30")
    assert [e.date for e in events if e.event == "ASSAULT"] == ["2018-03-30"]
    assert [e.date_precision for e in events if e.event == "ASSAULT"] == ["unknown"]


def test_an_undated_plan_after_a_dated_plan_shares_its_date():
    text = "Modi is expected to visit Nepal Jan. 8. The two leaders will discuss trade and water."
    events = code(text, "2019-12-23")
    assert [e.date for e in events] == ["2020-01-08", "2020-01-08"]


def test_an_undated_plan_on_its_own_stays_undated():
    events = code("The Russian and Turkish leaders will discuss Syria.", "2019-12-23")
    assert [(e.date, e.status) for e in events] == [(None, "planned")]


def test_a_date_in_a_clause_of_what_was_going_on_is_the_events_date():
    events = code("Former Japanese Prime Minister Shinzo Abe was shot dead while giving a campaign speech in Nara "
                  "on Friday.", published="2022-07-09")
    assert [e.date for e in events] == ["2022-07-08"]



@pytest.mark.parametrize("text", [
    "Opposition supporters have protested outside the parliament in Belgrade every Friday.",
    "Russian forces shelled Avdiivka for three weeks.",
    "Houthi rebels attack ships in the Red Sea daily.",
])
def test_a_recurrence_or_a_length_of_time_never_dates_an_event(text):
    events = code(text, "2024-03-15")
    assert events
    assert all((e.date, e.date_precision) == ("2024-03-15", "unknown") for e in events)


def test_a_purpose_infinitive_shares_the_date_of_its_verb():
    events = code("Ankara backed the militia until Tehran sent its drones to shield the governor in March 2016.",
                  "2019-05-20")
    assert [(e.date, e.date_precision) for e in events if e.trigger == "sent"] == [("2016-03", "month")]


def test_a_coming_day_of_a_relative_clause_does_not_date_a_past_event():
    events = code("Norway welcomed the inspection by the IAEA, which is due to start tomorrow.", "2021-06-09")
    assert [(e.date, e.date_precision) for e in events if e.event == "SUPPORT"] == [("2021-06-09", "unknown")]


def test_an_event_a_week_after_an_undated_day_stays_undated():
    text = "Her brother joined the militia in the hills. He was shot dead by soldiers a week later."
    events = [e for e in code(text, "2020-02-11") if e.trigger == "shot"]
    assert [(e.date, e.date_precision) for e in events] == [(None, "unknown")]


def test_an_age_that_describes_a_thing_dates_no_event():
    events = code("Activists denounced 21st-century slavery in Libya.", "2017-11-20")
    assert [(e.date, e.date_precision) for e in events] == [("2017-11-20", "unknown")]


def test_a_pronoun_after_an_undated_event_does_not_take_an_older_day():
    text = ("Chile's interior minister Andrés Chadwick met police chiefs on Monday. Protesters blocked a motorway "
            "in Santiago. He condemned the blockade.")
    events = [e for e in code(text, "2019-10-24") if e.trigger == "condemned"]
    assert [(e.date, e.date_precision) for e in events] == [("2019-10-24", "unknown")]


def test_a_date_inside_a_noun_of_an_infinitive_is_that_nouns():
    events = code("Peru condemned plans to send troops in response to the riots at the weekend, the ministry said.",
                  "2022-12-14")
    assert [(e.date, e.date_precision) for e in events if e.trigger == "condemned"] == [("2022-12-14", "unknown")]


def test_the_day_a_state_began_is_not_the_date_of_its_event():
    events = code("Kenyan troops have shelled al-Shabaab camps in Somalia since March.", "2019-06-03")
    assert [(e.date, e.date_precision) for e in events] == [("2019-06-03", "unknown")]


def test_an_event_told_inside_a_since_phrase_takes_its_date():
    events = code("Since last April's raid on Kidal, when 40 people were killed, inspectors have visited twice.",
                  "2018-04-12")
    assert [(e.date, e.date_precision) for e in events if e.trigger == "killed"] == [("2017-04", "month")]


def test_the_past_perfect_in_the_writers_voice_is_background_and_undated():
    events = code("Hanoi had expelled two Chinese diplomats.", "2014-05-20")
    assert [(e.date, e.date_precision) for e in events] == [(None, "unknown")]


@pytest.mark.parametrize("text", [
    "The Malian army said it had recaptured the town of Kidal.",
    "Malian soldiers had recaptured the town of Kidal, officials said.",
    "Mali's president had earlier rejected calls for a ceasefire.",  # earlier in the day, as the wire says
])
def test_the_past_perfect_of_a_report_is_news_of_the_day(text):
    events = code(text, "2014-05-20")
    assert [(e.date, e.date_precision) for e in events] == [("2014-05-20", "unknown")]


def test_a_simple_past_right_after_a_year_long_gone_goes_on_telling_that_time():
    text = "In 1978 Pol Pot's regime raided villages in Vietnam. Vietnamese troops attacked Cambodian border posts."
    events = [e for e in code(text, "2016-05-02") if e.trigger == "attacked"]
    assert [(e.date, e.date_precision) for e in events] == [(None, "unknown")]


@pytest.mark.parametrize("first", [
    "In 2009, some 40,000 people were displaced by the floods.",  # no party: no event, but a time
    "The valley was the scene of a landslide in March that buried two hamlets.",  # the main clause's date
])
def test_a_sentence_without_an_event_that_tells_a_time_long_gone_sets_the_time_of_the_next(first):
    text = first + " Brazil sent rescue teams to Bolivia."
    events = [e for e in code(text, "2016-11-02") if e.trigger == "sent"]
    assert events and [(e.date, e.date_precision) for e in events] == [(None, "unknown")]


@pytest.mark.parametrize("first", [
    "The floods, which began in 2009, have displaced 40,000 people.",  # the date of a clause of its own
    "Since 2009, some 40,000 people have been displaced by the floods.",  # a limit, not a time
])
def test_a_date_of_a_clause_of_its_own_or_a_limit_sets_no_time_for_the_next_sentence(first):
    text = first + " Brazil sent rescue teams to Bolivia."
    events = [e for e in code(text, "2016-05-02") if e.trigger == "sent"]
    assert events and all(e.date == "2016-05-02" for e in events)


@pytest.mark.parametrize("second, trigger", [
    ("On Monday, Hun Sen accused Hanoi of meddling.", "accused"),  # dated again: back to the news
    ("Hun Sen said Vietnamese troops shelled the border.", "shelled"),  # a report is the story's news
])
def test_a_sentence_dated_again_or_a_report_is_news_after_a_year_long_gone(second, trigger):
    text = "In 1978 Pol Pot's regime raided villages in Vietnam. " + second
    events = [e for e in code(text, "2016-05-04") if e.trigger == trigger]
    assert events and all(e.date in ("2016-05-02", "2016-05-04") for e in events)


@pytest.mark.parametrize("text", [
    "Maduro denounced the accord signed last year.",
    "Maduro denounced the accord that Colombia signed last year.",
])
def test_the_date_of_a_thing_described_is_not_the_date_of_the_event(text):
    events = code(text, "2019-03-01")
    assert [(e.date, e.date_precision) for e in events] == [("2019-03-01", "unknown")]


def test_the_date_of_the_first_of_two_clauses_is_not_the_seconds():
    events = code("Kenya closed the border in January, and Somalia has condemned the closure.", "2019-03-01")
    assert {e.trigger: (e.date, e.date_precision) for e in events}["condemned"] == ("2019-03-01", "unknown")


def test_a_fronted_date_stands_over_both_clauses():
    events = code("On Monday, Kenyan troops entered the town and Somalia condemned the incursion.", "2019-03-01")
    assert {e.trigger: e.date for e in events}["condemned"] == "2019-02-25"


def test_a_simple_past_after_a_dated_one_goes_on_in_its_time():
    events = code("He flew back to Oslo in May 2016 and police detained him at the airport.", "2019-03-01")
    assert [(e.date, e.date_precision) for e in events if e.trigger == "detained"] == [("2016-05", "month")]


def test_an_event_inside_a_dated_operation_takes_its_date():
    events = code("Kenyan troops captured the port in an offensive that was launched in March 2012.", "2019-03-01")
    assert [(e.date, e.date_precision) for e in events if e.trigger == "captured"] == [("2012-03", "month")]


def test_an_event_told_as_done_takes_no_day_to_come():
    events = code("A draft UN resolution from Britain, due to be discussed on Monday, calls on Kenya to withdraw its "
                  "troops from Somalia.", "2018-04-14")
    assert [(e.date, e.date_precision) for e in events if e.event == "REQUEST"] == [("2018-04-14", "unknown")]


def test_the_date_of_a_main_clause_is_not_that_of_a_relative_clause_inside_it():
    text = "Nairobi, which has demanded reforms, blamed Mogadishu for Saturday's bombing in Garissa."
    events = [e for e in code(text, "2018-04-11") if e.trigger == "demanded"]
    assert all(e.date != "2018-04-07" for e in events)


@pytest.mark.parametrize("text, trigger, day", [
    ("The Somali president called Ruto on Friday, when he agreed to withdraw the troops.", "agreed", "2018-04-06"),
])
def test_a_relative_clause_of_the_dated_time_keeps_its_date(text, trigger, day):
    assert {e.trigger: e.date for e in code(text, "2018-04-11")}[trigger] == day


@pytest.mark.parametrize("text", [
    "Turkey launched a ground offensive spearheaded by allied Syrian rebels on Saturday to drive Kurdish fighters "
    "from the border town.",
    "The rebels launched a counter-offensive against the army, supported by foreign fighters, on Saturday.",
])
def test_a_date_in_a_participle_of_how_the_deed_was_done_dates_the_event(text):
    events = code(text, "2018-01-25")
    assert [e.date for e in events if e.event == "ASSAULT"] == ["2018-01-20"]


def test_the_date_of_what_a_bound_waits_for_is_not_the_events_date():
    # the remand is of the publication day; the trial it waits for is the coming 2 April, not last year's
    for text in ("Police detained the smuggler until his trial on 2 April.",
                 "The army closed the border crossing until the election on 2 April."):
        assert [(e.date, e.date_precision) for e in code(text, "2018-03-20")] == [("2018-03-20", "unknown")], text


def test_a_sentence_told_before_a_year_long_gone_sets_the_story_in_that_past():
    events = code("Both empires raced to build airships before 1914. The German navy bombed the port of Hull.",
                  "2018-06-02")
    assert [(e.event, e.date) for e in events if e.trigger == "bombed"] == [("ASSAULT", None)]


def test_a_start_that_runs_on_does_not_set_the_story_in_the_past():
    events = code("Rebels have held the valley since 2012. The army shelled the valley.", "2018-06-02")
    assert [e.date for e in events if e.trigger == "shelled"] == ["2018-06-02"]


@pytest.mark.parametrize("text,trigger,expected", [
    ("The city fell to the militants in 2015; the militants destroyed a monastery and kidnapped dozens of "
     "Christians.", "kidnapped", None),
    ("The town fell to the rebels in 2016 when jihadists stormed the nearby airbase; the rebels looted the bank and "
     "arrested the mayor.", "arrested", None),
    # a date of a thing or of a party described leaves the simple past on the publication day
    ("The minister accused Brussels of breaking a deal signed in 2016.", "accused", "2018-03-15"),
    ("The mayor said the rebels, who seized the town in 2014, shelled the market.", "shelled", "2018-03-15"),
])
def test_a_simple_past_beside_a_clause_set_years_before_goes_on_telling_that_time(text, trigger, expected):
    [event] = [e for e in code(text, "2018-03-15") if e.trigger == trigger]
    assert event.date == expected


@pytest.mark.parametrize("text,expected", [
    ("The envoy said Moscow had repeatedly vetoed resolutions on the war.", None),
    ("Officials said Ankara had often accused the militia of plotting attacks.", None),
    ("The army said it had captured the town.", "2018-03-15"),  # reported, the news of the day
])
def test_a_reported_past_perfect_put_long_before_by_its_adverb_is_background(text, expected):
    assert [e.date for e in code(text, "2018-03-15")] == [expected]


def test_an_undated_event_of_a_review_of_the_year_is_of_its_month_heading():
    text = ("January The new cabinet was sworn in. Rebels attacked an army base near the border. "
            "March Floods swept through the delta. April Police arrested dozens of protesters in the capital. "
            "June The Iraqi president met the Iranian foreign minister in Baghdad.")
    dates = {e.trigger: (e.date, e.date_precision) for e in code(text, "2018-12-27")}
    assert dates["attacked"] == ("2018-01", "month")
    assert dates["arrested"] == ("2018-04", "month")
    assert dates["met"] == ("2018-06", "month")


@pytest.mark.parametrize("text,trigger,expected", [
    ("Ankara deployed soldiers across the frontier in 2016 to block the Kurdish militia. Ankara said it would soon "
     "launch an offensive against Manbij.", "offensive", "2018-01-15"),
    ("Ankara deployed soldiers across the frontier in 2016 to block the Kurdish militia. It has also backed rival "
     "rebel factions and independently fought the jihadists in the north.", "fought", "2018-01-15"),
    # told in the past, it goes on in the time its antecedent named
    ("Ankara deployed soldiers across the frontier in 2016 to block the Kurdish militia. It also armed rival rebel "
     "factions.", "armed", "2016"),
])
def test_a_time_long_gone_passes_to_an_anaphor_only_when_told_in_the_past(text, trigger, expected):
    [event] = [e for e in code(text, "2018-01-15") if e.trigger == trigger]
    assert event.date == expected


@pytest.mark.parametrize("text,trigger,expected", [
    ("The crown prince recently visited Washington, where the president received him.", "visited", None),
    ("The foreign minister previously met rebel commanders in Doha.", "met", None),
    ("Government artillery has in the past shelled the camp, aid workers say.", "shelled", None),
    ("In recent years Russian jets bombed dozens of clinics in the province.", "bombed", None),
    ("The army retook the village in March, but the militants recently attacked its outskirts.", "attacked", None),
    # "earlier" is the wire's earlier that day; a date inside the event's own phrase stays its date
    ("Police earlier arrested two protesters outside the embassy.", "arrested", "2019-05-14"),
    ("Moscow has made similar threats against Washington in the past, including last September.", "threats",
     "2018-09"),
])
def test_an_event_an_adverb_puts_before_the_day_of_the_news_is_undated(text, trigger, expected):
    events = [e for e in code(text, "2019-05-14") if e.trigger == trigger]
    assert [e.date for e in events] == [expected]


@pytest.mark.parametrize("text,trigger,expected", [
    ("He told investigators he had been detained for six months in a prison near Damascus.", "detained", None),
    ("Aid workers who were kidnapped by the group over the past four years remain missing.", "kidnapped", None),
    ("The regime detained the activist for two years without trial.", "detained", None),
    ("For years, Moscow blocked every resolution on the war at the security council.", "blocked", None),
    # a short length, one still going on and a term imposed keep the publication day
    ("Protesters blocked the main road for three hours, police said.", "blocked", "2019-05-14"),
    ("Regime forces have been shelling the enclave for months, residents said.", "shelling", "2019-05-14"),
    ("A court in Ankara jailed the British volunteer for seven years.", "jailed", "2019-05-14"),
])
def test_an_event_told_as_lasting_months_or_years_is_not_of_the_publication_day(text, trigger, expected):
    events = [e for e in code(text, "2019-05-14") if e.trigger == trigger]
    assert [e.date for e in events] == [expected]


def test_a_day_told_in_the_when_clause_of_a_toll_is_the_attacks_day():
    events = code("Five villagers were killed when shells hit a school in Donetsk on 12 June.", published="2015-06-20")
    assert [(e.event, e.date) for e in events if e.trigger == "killed"] == [("ASSAULT", "2015-06-12")]


@pytest.mark.parametrize("text,trigger,expected", [
    ("Since the sarin attack on the town in April 2017, monitors have recorded a dozen raids in which government "
     "helicopters attacked civilians with chlorine.", "attacked", None),
    ("Since the siege began in 2013, activists have documented dozens of raids in which jets bombed hospitals.",
     "bombed", None),
    # what the perfect itself tells goes on to the day of the news
    ("Since last spring, American jets have struck the town several times.", "struck", "2018-05-16"),
])
def test_an_event_told_under_a_perfect_since_long_ago_is_not_of_the_publication_day(text, trigger, expected):
    events = [e for e in code(text, "2018-05-16") if e.trigger == trigger]
    assert [e.date for e in events] == [expected]


@pytest.mark.parametrize("text,trigger,expected", [
    ("Since the bombing of the market on 10 May, police have detained dozens of men.", "detained", "2018-05-16"),
    ("Police have detained dozens of men since the bombing of the market on 10 May.", "detained", "2018-05-16"),
])
def test_a_day_in_a_since_phrase_starts_a_stretch_and_dates_no_event_outside_it(text, trigger, expected):
    events = [e for e in code(text, "2018-05-16") if e.trigger == trigger]
    assert [e.date for e in events] == [expected]


@pytest.mark.parametrize("text,trigger,expected", [
    ("Her brother, whom the militants abducted, is still missing.", "abducted", None),
    ("The villagers, whom the army expelled, now live in tents near the border.", "expelled", None),
    ("The two men, who were kidnapped by gunmen, are still missing.", "kidnapped", None),
    ("The drones, which were supplied by Iran, are the group's main weapon.", "supplied", None),
    # a relative clause under a past or a report keeps the news of the day
    ("The two men, who were kidnapped by gunmen, were freed.", "kidnapped", "2018-05-16"),
    ("Aid workers say the villagers, whom the army expelled, now live in tents near the border.", "expelled",
     "2018-05-16"),
])
def test_a_simple_past_describing_a_party_of_a_sentence_in_the_present_is_its_past(text, trigger, expected):
    events = [e for e in code(text, "2018-05-16") if e.trigger == trigger]
    assert [e.date for e in events] == [expected]


@pytest.mark.parametrize("text,trigger,expected", [
    ("The Red Army was accused of using nerve agents in Chechnya after 1995.", "accused", None),
    ("The regime banned the party's rallies after 2016, rights groups say.", "banned", None),
    # an event told inside the bound keeps its date; a day after "after" dates what follows it
    ("Exports have fallen since 2015, when the government banned the party.", "banned", "2015"),
    ("Police arrested two men after the raid on Friday.", "arrested", "2018-05-11"),
])
def test_a_month_or_year_after_after_bounds_the_event_and_dates_nothing(text, trigger, expected):
    events = [e for e in code(text, "2018-05-16") if e.trigger == trigger]
    assert [e.date for e in events] == [expected]


@pytest.mark.parametrize("text,trigger,expected", [
    ("Ankara has repeatedly threatened to send troops against the Kurdish militia.", "threatened", None),
    ("Israel has struck Iranian targets in Syria many times.", "struck", None),
    # a simple past told as repeated is of its own day; so is a perfect with a day of its own
    ("Police repeatedly fired tear gas at protesters in Algiers.", "fired", "2019-01-05"),
    ("Turkey has repeatedly shelled Kurdish positions near Afrin on Friday.", "shelled", "2019-01-04"),
    ("Erdogan has repeatedly accused Washington of arming terrorists in recent days.", "accused", "2019-01-05"),
])
def test_a_present_perfect_told_as_done_again_and_again_is_not_of_the_publication_day(text, trigger, expected):
    events = [e for e in code(text, "2019-01-05") if e.trigger == trigger]
    assert [e.date for e in events] == [expected]


@pytest.mark.parametrize("text,trigger,expected", [
    ("Tom Hale, a British man, was seized by the Kurdish militia in June. He has since been charged with joining Isis.",
     "charged",
     None),
    ("The rebels have since withdrawn from the town.", "withdrawn", None),
    # "ever since" tells what goes on to the day of the news
    ("Ankara has shelled the enclave ever since.", "shelled", "2017-11-08"),
])
def test_a_deed_told_as_done_since_a_time_told_before_has_no_day_of_its_own(text, trigger, expected):
    events = [e for e in code(text, "2017-11-08") if e.trigger == trigger]
    assert [e.date for e in events] == [expected]


@pytest.mark.parametrize("text,published,trigger,expected", [
    ("When Washington cut off aid to the guerrillas in April 1980, their commander fled to Baghdad and met Iraqi "
     "officers there.", "2019-01-10", "met", "1980-04"),
    ("When the army retook the town in May 2016, soldiers detained the mayor and burned his house.", "2019-01-10",
     "burned", "2016-05"),
])
def test_verbs_that_share_a_subject_share_the_time_of_its_when_clause(text, published, trigger, expected):
    assert [e.date for e in code(text, published) if e.trigger == trigger] == [expected]


@pytest.mark.parametrize("text,published,trigger,expected", [
    ("A Beirut newspaper said on Thursday that the bomb-maker was killed by an Israeli air strike outside Sidon in "
     "March.", "2019-01-10", "killed", "2018-03"),
    ("Officials said on Monday that rebels kidnapped the two engineers near the dam in early May.", "2015-06-09",
     "kidnapped", "2015-05"),
])
def test_a_date_of_the_reported_deeds_own_clause_wins_over_the_day_of_the_report(text, published, trigger,
                                                                                 expected):
    assert [e.date for e in code(text, published) if e.trigger == trigger] == [expected]


@pytest.mark.parametrize("text,published,trigger,expected", [
    ("Police have been raiding opposition offices across the capital, while the army shelled border villages in "
     "March.", "2019-01-10", "raiding", "2019-01-10"),
    ("The minister was shot dead while he was giving a speech on Friday.", "2018-03-01", "shot", "2018-02-23"),
])
def test_a_while_clause_told_in_another_tense_is_a_contrast_not_the_events_time(text, published, trigger, expected):
    assert [e.date for e in code(text, published) if e.trigger == trigger] == [expected]


@pytest.mark.parametrize("text,trigger,expected", [
    ("Ankara had relented, allowing UN inspectors into the detention camp.", "allowing", None),
    ("The army said the militia had withdrawn from the ridge, leaving the villages to the army.", "withdrawn",
     "2018-03-19"),
])
def test_a_participle_of_a_past_perfect_deed_is_as_far_back_as_the_deed(text, trigger, expected):
    assert [e.date for e in code(text, "2018-03-19") if e.trigger == trigger] == [expected]


@pytest.mark.parametrize("text,published,trigger,expected", [
    ("A day after the summit in Sochi on Friday, Russian jets bombed the town of Jisr al-Shughur.", "2018-09-09",
     "bombed", "2018-09-08"),
    ("On the eve of the vote on Sunday, police arrested dozens of opposition activists.", "2018-09-10",
     "arrested", "2018-09-08"),
    ("Two days after the raid at Deir Hafer on Tuesday, the army shelled the villages.", "2018-09-09",
     "shelled", "2018-09-06"),
])
def test_the_day_after_the_noun_a_phrase_counts_from_is_the_nouns_not_the_events(text, published, trigger,
                                                                                  expected):
    assert [e.date for e in code(text, published) if e.trigger == trigger] == [expected]
