"""Which country a party the registry could not place is of, from what its sentence names.

"Rebels", "the union", "Lt. Gen. Prosper Avril" are of the one country their sentence names, unless what
names it says otherwise: a reporter ("Russia said rebels shelled the city"), a critic named aside, a backer
("Turkish-backed rebels"), the country a party accuses, threatens or sends troops to by name, or, for people
a foreign attacker struck, the attacker's own country.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tacitus.coding.antecedents import names_a_person
from tacitus.coding.context import ArticleContext, countries_named
from tacitus.coding.journeys import journey_ends
from tacitus.coding.located import STATELESS_PEOPLES, may_live_in, of_a_stateless_people
from tacitus.coding.lexicon import Entry, load_lexicon
from tacitus.coding.phrases import PRONOUNS, phrase_text
from tacitus.coding.words import words
from tacitus.records import Entity, Place

# Acts that, when they name no target and stay within the actor's country, fall on that country
DOMESTIC = {"PROTEST", "COERCE", "CONCEDE", "ACCUSE", "REQUEST", "REJECT", "THREATEN", "MOBILIZE", "ASSAULT"}
# ... but only when nothing says the act may be aimed abroad: statements, threats and violence with no
# target and no place, in an article about other countries too, are as likely aimed at those ("the
# ambassador demanded proof", "Tehran denies the charge", "troops encircled the city")
AIMED_ABROAD_IN_FOREIGN_NEWS = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "MOBILIZE", "ASSAULT"}
STATEMENTS = {"ACCUSE", "REQUEST", "REJECT", "THREATEN"}
HARMS = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# Prepositions that say where someone is, goes or comes from
WHERE = frozenset({"in", "at", "to", "into", "from", "near", "inside", "across", "throughout", "within", "towards"})
ARMED_SECTORS = {"MIL", "REB", "UAF", "INS", "SPY"}
# The state's own, and those who rise against it at home
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
INSURGENT_SECTORS = frozenset({"REB", "OPP", "INS"})
# Words that name a government as such ("the Philippine government", "the Burmese junta"), not a leader or a state
GOVERNMENT_WORDS = frozenset({"government", "authorities", "regime", "junta", "administration", "cabinet"})
# Words that name a people of a region, not of one state: "Arab prisoners", "African migrants"
PEOPLES_OF_REGIONS = frozenset({"arab", "arabs", "african", "africans", "european", "europeans", "asian", "asians",
                                "latin", "caribbean", "balkan", "baltic", "nordic"})
# ... and with these, words that make a party one of a region's or of several states: "West African leaders",
# "Arab mediators"
REGIONAL_WORDS = PEOPLES_OF_REGIONS | {"gulf", "western", "regional", "international", "foreign", "neighbouring",
                                       "neighboring"}
# People who are of some other state than where they are, which no sentence names: "three foreigners"
FOREIGNERS = frozenset({"foreigner", "foreigners", "expatriate", "expatriates", "expats"})
# Parties no sentence makes a country's
STATELESS_SECTORS = ("IGO", "NGO", "IMG")
# ... nor a group of states, which the one country its sentence names is at most one of ("western countries,
# including Italy"; "Arab nations" in a story about Iraq)
STATE_GROUPS = frozenset({"countries", "nations", "states", "powers"})
# Words that make a party one of several states: "western hostages", "foreign fighters" (not "foreign ministers")
OF_SEVERAL_STATES = frozenset({"western", "foreign"})
PEOPLE_OF_SEVERAL_STATES = frozenset({"fighters", "hostages", "jihadists", "militants", "nationals", "journalists",
                                      "workers", "volunteers", "mercenaries", "troops", "forces", "captives"})
SPEAKING_VERBS = words("reporting_verb") | {"speak", "talk", "give"}
POSSESSIVE_WORDS = frozenset({"its", "their", "his", "her", "our"})
UNPLACED_ATTACKERS = words("anonymous_attacker") | words("unplaced_attacker")
# Those harmed where they live: civilians, residents, families, workers, doctors, teachers (not refugees, who
# have left their country, nor fighters, who may have come from anywhere)
VICTIM_SECTORS = frozenset({"CVL", "EDU", "HLH", "MED", "LAB", "REL", "AGR", "BUS"})
# Words that name those who rise against their own state: rebels and an opposition are of the country they
# fight in (not "fighters", "militants" or "jihadists", who may have come from abroad)
RISING_WORDS = ("rebel", "opposition", "insurgent")
SCENE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around"})
PLACE_NOUNS = words("place_noun")
ENVOYS = words("envoy_noun")
# Participles that tell what a party is charged with or held for
CHARGING_VERBS = frozenset({"convict", "accuse", "suspect", "charge", "sentence", "allege", "find", "jail", "arrest",
                            "detain", "hold"})
# How many sentences back the places named say where a story is
SCENE_SENTENCES = 3


def is_a_group_of_states(entity: Entity) -> bool:
    words = entity.text.lower().split()
    # (states by the head of the phrase: "the states of the region" are, "a coalition of African states" is one party)
    head = entity.text.lower().split(" of ")[0].split() or words
    return bool(words) and (head[-1] in STATE_GROUPS or words[-1] in FOREIGNERS
                            or len(words) > 1 and words[-2] in OF_SEVERAL_STATES and words[-1] in PEOPLE_OF_SEVERAL_STATES)


def may_be_aimed_abroad(entry: Entry, country: str, place: Place | None, context: ArticleContext) -> bool:
    return entry.category in AIMED_ABROAD_IN_FOREIGN_NEWS and (place is None or place.country is None) \
        and any(other != country for other in context.article_countries)


def sentence_countries(span: Span, context: ArticleContext, place: Place | None,
                       skipped: frozenset[int] = frozenset()) -> set[str]:
    """The countries a sentence names: its places and peoples ("in Abidjan", "Algerian", "Haiti's"), but
    not at the ``skipped`` token positions."""
    found = {place.country} if place is not None and place.country and place.precision != "region" else set()
    return found | set(countries_named(context.entities.within(span), context.actors, context.gazetteer,
                                       context.article_countries, skipped))


def _reporters(token: Token) -> frozenset[int]:
    """Positions of whoever reports the clause ``token`` is in: "Russia said that rebels shelled the city"
    names Russia as the one who says so, which makes no party of what it reports Russian."""
    found: set[int] = set()
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            break
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in SPEAKING_VERBS:
            found |= {t.i for c in node.head.children if c.dep_ == "nsubj" for t in c.subtree}
        node = node.head
    return frozenset(found)


def _critics(token: Token, span: Span) -> frozenset[int]:
    """Positions of the clauses that say who disapproves of a party or an act ("troops, criticised by Kenya,",
    "the strikes, which Iran condemned,"), unless the event is that disapproval."""
    clauses = [t for t in span if t.dep_ in ("acl", "relcl") and t.i != token.i
               and any(e.category == "ACCUSE" and e.source == "tacitus" for e in load_lexicon().get((t.lemma_.lower(), "VERB"), ()))]
    return frozenset(t.i for clause in clauses if token not in clause.subtree for t in clause.subtree)


def _charges(token: Token, span: Span) -> frozenset[int]:
    """Positions of the clauses that say what a party is charged with ("executed two men convicted of spying for
    Israel", "a woman suspected of working for Kyiv"): whom they served is no country of theirs."""
    clauses = [t for t in span if t.dep_ in ("acl", "relcl") and t.lemma_.lower() in CHARGING_VERBS and t.i != token.i]
    return frozenset(t.i for clause in clauses if token not in clause.subtree for t in clause.subtree)


def _inside(span: Span, parties: list[Entity]) -> frozenset[int]:
    """Positions of the words of a sentence that stand inside the text of one of ``parties``."""
    found: set[int] = set()
    for party in parties:
        words = party.text.split()
        for start in range(len(span) - len(words) + 1):
            if [t.text for t in span[start:start + len(words)]] == words:
                found.update(t.i for t in span[start:start + len(words)])
    return frozenset(found)


def _named_not_as_place(span: Span, context: ArticleContext) -> set[str]:
    """The countries a sentence names other than as where something is or goes ("Haiti's", "Algerian"; not
    "was detained in Syria", "in a drone strike in Raqqa")."""
    entities = context.entities.within(span)
    where = frozenset(e.root.i for e in entities if e.root.dep_ == "pobj" and e.root.head.lower_ in WHERE)
    return set(countries_named(entities, context.actors, skipped=where))


def _peoples_named(span: Span, context: ArticleContext) -> set[str]:
    """The countries whose people a sentence names ("Turkish jets", "the Turkish province of Kilis")."""
    named = (context.actors.resolve(entity.text) for entity in context.entities.within(span)
             if entity.label_ == "NORP")
    return {entity.country for entity in named if entity is not None and entity.country}


def place_by_sentence(entry: Entry, token: Token, actors: list[Entity], recipients: list[Entity],
                      place: Place | None, span: Span, context: ArticleContext) -> tuple[list[Entity], list[Entity]]:
    """The parties the registry could not place, placed by what their sentence names (``_by_sentence``);
    the people harmed and the parties of a people of several states it still leaves with no country, by the
    scene of the story (``_by_scene``)."""
    actors, recipients = _by_sentence(entry, token, actors, recipients, place, span, context)
    return _by_scene(entry, actors, recipients, place, span, context)


def _by_sentence(entry: Entry, token: Token, actors: list[Entity], recipients: list[Entity],
                 place: Place | None, span: Span, context: ArticleContext) -> tuple[list[Entity], list[Entity]]:
    """A party the registry could not place ("Lt. Gen. Prosper Avril", "rebels", "the union") is of the one
    country its sentence names ("... resigned to allow Haiti's first elections"); with none or several,
    its country stays unknown. Not the actor's own country for the target of an act that goes abroad: the
    civilians "French helicopters evacuated" are not French."""
    unplaced = [e for e in actors + recipients if e.country is None and e.sector not in STATELESS_SECTORS
                and not (e in actors and names_an_unplaced_attacker(e))
                and not is_a_group_of_states(e)]
    if not unplaced:
        return actors, recipients
    governments = {a.country for a in actors if a.country and a.sector == "GOV" and context.actors.is_state(a.country)
                   and GOVERNMENT_WORDS & set(a.text.lower().split())}
    if "reciprocal" in entry.roles and len(governments) == 1:
        # rebels or an opposition a government named as such deals with rise against it, wherever the talks are:
        # "the Philippine government agreed to hold talks with Muslim rebels in Malaysia", "the Angolan
        # government and the rebels signed a protocol in Zambia"
        home = next(iter(governments))
        rising = [e for e in unplaced if e.sector in INSURGENT_SECTORS]
        actors, recipients = ([replace(e, country=home) if e in rising else e for e in side] for side in (actors, recipients))
        unplaced = [e for e in unplaced if e not in rising]
    # "Turkish-backed rebels attacked a village in northern Syria": a backer's country is no side's, but
    # where they fight is ("rebels, backed by Turkey, attacked a village": neither side is Turkish)
    backing = {b for e in actors + recipients for b in e.backers}
    # (nor does a critic the sentence names aside: "troops, criticised by Kenya, shelled the town")
    critics = _critics(token, span) | _charges(token, span)
    if any(names_a_person(e) for e in unplaced):
        critics |= journey_ends(span)  # (where a person went is not whose they are: "was proud of travelling to Iraq")
    if all(e in actors for e in unplaced):
        # a state's envoys are abroad: whoever "ordered the French ambassador to leave" or "summoned the
        # Chinese envoy" is not told French or Chinese by them
        critics |= _inside(span, [r for r in recipients if r.country and ENVOYS & set(r.text.lower().split())])
    countries = sentence_countries(span, context, place, critics) - backing
    if len(countries) == 1 and not all(POSSESSIVE_WORDS & set(e.text.lower().split()) for e in unplaced):
        # whoever reports a clause gives its parties no country ("Russia said rebels shelled the city"), unless
        # they are its own ("Turkish officials said two of its soldiers were killed")
        countries = sentence_countries(span, context, place, _reporters(token) | critics) - backing
    named = bool(countries)
    if not countries and context.main_country is not None:
        # a sentence that names no country tells of the country the article is about: "regime forces",
        # "hospitals", "the opposition" of a story about Syria are Syria's (not a stranger named: who they are
        # is not told by where the story is)
        unplaced = [e for e in unplaced if e.kind == "group" and e.text.lower() not in PRONOUNS]
        countries = {context.main_country}
    if not countries:
        # nor a story's country, but its named actors are all of one: "Rebel leader Foday Sankoh threatened to
        # resume the war unless the government released ...", "Tamil rebels attacked a base, killing 40
        # sailors, the Sri Lankan ministry said": the government and the sailors are of that country too (not
        # the actor by its target: who "captured" a British jihadist is not British)
        # (but not the leaders or mediators of a region: "West African leaders urged the RUF to ...")
        unplaced = [e for e in unplaced if not (STATELESS_PEOPLES | REGIONAL_WORDS) & set(e.text.lower().split())]
        countries = {a.country for a in actors if a.country and context.actors.is_state(a.country)}
        if countries:
            unplaced = [e for e in unplaced if e in recipients]
        else:
            # ... or the state whose own insurgents or opposition are the target: the president who "conceded to
            # demands from UNITA" is Angola's
            countries = {r.country for r in recipients if r.country and r.kind == "group"
                         and r.sector in INSURGENT_SECTORS and context.actors.is_state(r.country)}
            unplaced = [e for e in unplaced if e in actors and e.sector in STATE_SECTORS]
    if len(countries) > 1 and entry.category in HARMS:
        # (whoever reports the attack or speaks of it names no victim's country: "France said the regime's
        # attack killed 50", "the French government has proof that ...")
        speakers = {e.country for e in (context.actors.resolve(phrase_text(t)) for t in span
                                         if t.dep_ == "nsubj" and t.head.i != token.i) if e is not None and e.country}
        # (and only by a place's name, or a people's on the victim itself, "a Chinese-crewed ship": a common word
        # the gazetteer knows as a town, "the canton's", says nothing, nor does a people's adjective on another
        # thing, "closing in on a Turkish observation post")
        victims = [e.text for e in recipients if e in unplaced]
        by_name = {place.country} if place is not None and place.country and place.precision != "region" else set()
        by_name |= set(countries_named([e for e in context.entities.within(span) if e.text[:1].isupper() and (
            e.label_ in ("GPE", "LOC") or any(e.text in victim for victim in victims))],
            context.actors, context.gazetteer, context.article_countries))
        # (rebels struck are of the story's country when the sentence names it and places the blow nowhere else)
        story_home = context.main_country if context.main_country in countries \
            and by_name <= {context.main_country} else None
        return actors, _victims_placed(actors, recipients, unplaced, (countries - speakers) & by_name, story_home)
    if len(countries) != 1:
        return actors, recipients
    country = next(iter(countries))
    if place is None or place.country != country:
        # a party named by its people's region is of no one state for the state the sentence names beside it:
        # "Israel freed 400 Arab prisoners", "Italy turned back African migrants" (but Arabs in Haifa are Israel's)
        # (a coalition "of African states led by Nigeria" is the leader's)
        unplaced = [e for e in unplaced if not PEOPLES_OF_REGIONS & set(e.text.lower().split())
                    or STATE_GROUPS & set(e.text.lower().split())]
    if (entry.category not in DOMESTIC or may_be_aimed_abroad(entry, country, place, context)) \
            and any(a.country == country for a in actors):
        unplaced = [e for e in unplaced if e not in recipients]
    if entry.category in HARMS and place is not None and place.country and place.country != country \
            and any(a.country == country for a in actors):
        # people a foreign attacker harmed where the event is placed are of that place's country, though the place
        # is a district the gazetteer knows only as a region: "Russian jets bombed the outskirts of Maarat
        # al-Numan, killing 12 civilians" (not Russian civilians)
        struck = [e for e in unplaced if e in recipients and e.kind == "group" and e.sector in VICTIM_SECTORS]
        actors, recipients = _placed_in(place.country, struck, actors, recipients)
        unplaced = [e for e in unplaced if e not in struck]
    if entry.category == "ASSAULT" and (place is None or place.country != country) \
            and any(a.country == country and names_an_unplaced_attacker(a) for a in actors):
        # a state's strike, jets or drones are no sign that whom they hit is of that state: "a US strike killed
        # 12 fighters", "Israeli jets killed two men" (but Syrian planes that bomb Ghouta hit Syrians)
        unplaced = [e for e in unplaced if e not in recipients]
    if entry.category == "ASSAULT" and named and (place is None or place.country != country) \
            and context.main_country not in (None, country) \
            and any(a.country == country and a.sector in ARMED_SECTORS for a in actors):
        # forces of a country the story is not about strike abroad as often as at home: "Russian-led forces
        # attacked the town" in a story about Syria does not make the town Russian
        unplaced = [e for e in unplaced if e not in recipients]
    if named and (place is None or place.country != country) and country in _peoples_named(span, context):
        # a party of a people spread over several states is of where it is, not of the other people the
        # sentence names: "Turkish jets struck Kurdish fighters" (but "Kurdish fighters in the east of Syria",
        # and in a sentence naming no country, those of the story's)
        unplaced = [e for e in unplaced if not STATELESS_PEOPLES & set(e.text.lower().split())]
    if any(a.country == country for a in actors):
        # refugees a country lets in or turns away are not its own ("Lebanon will reopen its border to refugees")
        unplaced = [e for e in unplaced if not (e.sector == "REF" and e in recipients)]
    # (whom a party met is its meeting's recipient, a side still)
    sides = actors + recipients if entry.category == "CONSULT" else actors
    if "reciprocal" in entry.roles and len(sides) > 1:
        # the sides of a meeting or a deal are as often strangers as compatriots: "Prime Minister Abe and
        # President Moon held talks in Tokyo" says that one of them is Japanese, not which
        unplaced = [e for e in unplaced if not (e in sides and names_a_person(e))]
        # (and a side the registry could not place is not of a state another side already is by name: "rebel
        # officials held meetings with Russia"; but "the government and the rebels signed a truce in Juba" are
        # both of where they signed it, and rebels or an opposition that deal with a government named as such
        # rise against it: "the Burundian government and the rebels signed a ceasefire")
        governed = any(a.country == country and a.sector in ("GOV", "MIL", "COP") for a in sides)
        unplaced = [e for e in unplaced if not (e in sides and any(a.country == country and a.kind in ("state", "person")
                                                                   for a in sides)
                                                and not (governed and e.sector in INSURGENT_SECTORS))]
    if entry.mode == "visit":
        # a visitor is not of the country visited: "officials visited him at a jail in Gaziantep"
        unplaced = [e for e in unplaced if e not in actors]
    if "reciprocal" not in entry.roles and any(names_the_state(r, country) for r in recipients):
        # whoever accuses, threatens or sends troops to a country by name is not of it for that: "a district
        # official accused Rwanda of ...", "Cabinet approved the deployment of police to Haiti" (its own
        # opposition names "the government", not the country)
        unplaced = [e for e in unplaced if e not in actors]
    if entry.category in STATEMENTS and may_be_aimed_abroad(entry, country, place, context):
        # nor is whoever speaks of that country, in an article about others too, its own: "Labour leader
        # Jeremy Corbyn condemned Trump's rhetoric on Syria", "Kurdish authorities called on their partners,
        # including the UK, to ..."
        unplaced = [e for e in unplaced if e not in actors]
    if entry.category in HARMS and any(e.kind == "person" and e in recipients for e in unplaced) \
            and country not in _named_not_as_place(span, context):
        # a person harmed is not of the country he was held or killed in ("Emwazi was killed in Raqqa", a
        # foreign fighter), only of one the sentence names otherwise ("Haiti's"); one who acts may be
        # ("Colonel Tanko resigned to allow elections in Ghana")
        unplaced = [e for e in unplaced if not (e.kind == "person" and e in recipients)]
    return _placed_in(country, unplaced, actors, recipients)


def _placed_in(country: str, unplaced: list[Entity], actors: list[Entity],
               recipients: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """The sides with the unplaced parties given the country (a people of several states only one of its
    homelands: Kurds in a story about Afghanistan are not Afghan)."""
    placed = [e for e in unplaced if may_live_in(e.text, country)]
    return ([replace(e, country=country) if e in placed else e for e in actors],
            [replace(e, country=country) if e in placed else e for e in recipients])


def _by_scene(entry: Entry, actors: list[Entity], recipients: list[Entity], place: Place | None, span: Span,
              context: ArticleContext) -> tuple[list[Entity], list[Entity]]:
    """ "At least ten civilians were killed", "a boy whose father died in an air strike", "Kurdish forces
    captured her": people harmed and parties of a people of several states whom no word of the sentence places
    are of where the story is at that point, the one country the places of the sentence, else of the last
    sentences that name places, are in (or the article's own country); not of the other side's country,
    unless that is the article's own (a government's forces kill at home), nor of a backer's."""
    victims = [r for r in recipients if entry.category in HARMS and r.sector in VICTIM_SECTORS]
    unplaced = [e for e in actors + recipients if e.country is None and e.kind == "group" and not is_a_group_of_states(e)
                and e.text.lower() not in PRONOUNS and (e in victims or of_a_stateless_people(e.text))]
    if not unplaced:
        return actors, recipients
    country = _scene(place, span, context)
    others = {e.country for e in actors + recipients if e.country and e not in unplaced}
    if country is None or (country != context.main_country and country in others) \
            or any(country in e.backers for e in actors + recipients):
        return actors, recipients  # (nor of a backer's: "rebels, backed by Turkey, attacked the village")
    return _placed_in(country, unplaced, actors, recipients)


def _scene(place: Place | None, span: Span, context: ArticleContext) -> str | None:
    """The country a sentence's event happens in: its place's; else the one its places name; else, when it
    names none, that of the sentences before it, up to ``SCENE_SENTENCES`` back; else the article's own (or
    the only one it names)."""
    if place is not None and place.country and place.precision != "region":
        return place.country
    sentence: Span | None = span
    for _ in range(SCENE_SENTENCES + 1):
        if sentence is None:
            break
        # (a capital named before is more often where something was said than where people were harmed: "at
        # a conference in Washington")
        countries = places_named(sentence, context, capitals=sentence is span)
        if countries:
            return next(iter(countries)) if len(countries) == 1 else None
        sentence = sentence.doc[sentence.start - 1].sent if sentence.start > 0 else None
    sole = context.article_countries[0] if len(context.article_countries) == 1 else None
    return context.main_country or sole


def places_named(span: Span, context: ArticleContext, *, capitals: bool) -> set[str]:
    """The countries of the places a sentence says something is in ("in Afrin", "near the town of Hajin"): not
    a country it names as a party ("negotiated with Russia", "the US president")."""
    places = [e for e in context.entities.within(span) if e.label_ in ("GPE", "LOC") and e.root.dep_ == "pobj"
              and (e.root.head.lower_ in SCENE_PREPS
                   or e.root.head.lower_ == "of" and e.root.head.head.lemma_.lower() in PLACE_NOUNS)
              and (capitals or not context.actors.is_seat_of_power(e.text))]
    return set(countries_named(places, context.actors, context.gazetteer, context.article_countries))


def _victims_placed(actors: list[Entity], recipients: list[Entity], unplaced: list[Entity],
                    countries: set[str], home: str | None) -> list[Entity]:
    """ "Russian jets bombed southern Idlib, killing four people": the people struck by a foreign attacker
    are of the one other country the sentence names, where it happens or the story is about (not the
    attacker's; not a person, who may be a foreigner there, nor fighters, who may have come from anywhere).
    Rebels or an opposition struck are of ``home``, the country the story is about, when the sentence names it
    and no other place: "Yemeni and Saudi jets bombed rebel-held positions" in a story about Yemen's war."""
    others = countries - {a.country for a in actors if a.country}
    country = next(iter(others)) if len(others) == 1 and any(a.country for a in actors) else None
    return [replace(e, country=home) if home and e in unplaced and e.kind == "group" and rises_at_home(e)
            else replace(e, country=country) if country and e in unplaced and e.kind == "group"
            and e.sector not in ARMED_SECTORS and e.text.lower() not in PRONOUNS
            else e for e in recipients]


def rises_at_home(entity: Entity) -> bool:
    """ "Rebel-held positions", "opposition fighters": a party named as rising against its own state."""
    text = entity.text.lower()
    return entity.sector in INSURGENT_SECTORS and any(word in text for word in RISING_WORDS) \
        and not OF_SEVERAL_STATES & set(text.split())


def names_the_state(entity: Entity, country: str) -> bool:
    """ "Rwanda", "the United Kingdom", "Moscow": a country named as such, not a place or a thing of it
    ("Manchester airport", "the Turkish province of Kilis")."""
    return entity.entity_id == f"country:{country}" and entity.sector is None \
        and all(word[:1].isupper() for word in entity.text.split() if word.lower() not in ("the", "of"))


def names_an_unplaced_attacker(entity: Entity) -> bool:
    """ "Coalition jets bombed Raqqa", "two men from Cardiff were killed by drones", "gunmen attacked Paris":
    where the blow fell does not say who struck it."""
    words_ = entity.text.lower().split()
    if not words_:
        return False
    head = words_[-1]
    singular = {head, head.removesuffix("s"), head.removesuffix("men") + "man" if head.endswith("men") else head}
    return bool(singular & UNPLACED_ATTACKERS)
