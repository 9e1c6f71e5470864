"""Resolving an actor mention — a noun phrase as the article writes it — to country, sector and entity.

The order of evidence: a known person (by full name, or by surname when the date or the article makes
it unambiguous), then an organisation or group, then a country (name, demonym, capital or seat of
power), and the sector from the phrase's agent word ("troops" → MIL). "X-backed" modifiers are kept
as backers, possessives ("Hifter's forces") take their owner's country.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, replace
from typing import Sequence

from tacitus.datafiles import load_words, packaged
from tacitus.records import Entity
from tacitus.knowledge.named_groups import GROUP_MEMBERS, group_named_by_members
from tacitus.knowledge.normalize import fold, strip_leading
from tacitus.knowledge.regime import names_the_regime, regime_country
from tacitus.knowledge.person_names import PersonNames
from tacitus.knowledge.registry import Person, RegistryData
from tacitus.knowledge.vocabulary import name_words

log = logging.getLogger(__name__)

MAX_MENTION_CHARS = 300
_BACKED = re.compile(r"\b([\w' ]+?)-(led|backed|allied|supported|aligned|sponsored|funded|trained)\b")
# "Ousted President Askar Akayev", "a former Turkish minister": PLOVER/CAMEO code former officials as elites (ELI)
_FORMER = re.compile(r"\b(former|ousted|deposed|exiled|ex|toppled|overthrown|retired)\b")
# Heads that name someone else than their owner: "Israel's militia ally", "Turkey's enemies"
RELATIONS = load_words(packaged("tacitus.knowledge", "relation_words.csv"))
# "thousands", "hundreds": a crowd, counted (found once here: looking the file up cost 0.1 ms a phrase)
CROWD_NUMBERS = load_words(packaged("tacitus.knowledge", "crowd_numbers.csv"))
# "a British-flagged tanker", "an Iranian-owned ship": the thing is its country's
_OWNED = re.compile(r"\b([\w']+)-(?:flagged|registered|owned|operated|based|made)\b")
# Words that end a noun phrase's head and start what is said of it
_AFTER_HEAD = frozenset({"in", "from", "near", "at", "based", "living", "operating", "fleeing", "throughout",
                         "across", "inside", "outside", "who", "which", "that", "loyal", "close", "on"})
# "ethnic Albanians" are a people, not Albania: where they live says their country, not the word
_ETHNIC = re.compile(r"\bethnic\b")
_LOYAL_TO = re.compile(r"\s+loyal\s+to\s+(?=[A-Z])")
# Words for whoever leads or speaks for a group: their sector is the group's ("a militia commander")
LEADING_WORDS = frozenset({"leader", "leaders", "commander", "commanders", "chief", "chiefs", "head", "spokesman",
                           "spokeswoman", "spokesperson", "official", "officials", "representative", "representatives"})
# Words for a body of armed men, whose sector is the one the word before them names ("police unit")
UNIT_WORDS = frozenset({"unit", "units", "battalion", "battalions", "brigade", "brigades", "regiment", "regiments",
                        "platoon", "platoons"})
_LED_WORDS = LEADING_WORDS | UNIT_WORDS
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9.+]{1,5}\b")  # "M23", "G20"


def capitalised_words(text: str) -> set[str]:
    """Folded forms of the words written with a capital: only those can be a surname."""
    return {fold(word) for word in re.findall(r"[\w'-]+", text) if word[:1].isupper()}


def as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@dataclass
class _Found:
    person: Person | None = None
    organisation: str | None = None
    country: str | None = None
    via_capital: bool = False
    sector: str | None = None
    organisation_sector: str | None = None  # what an organisation's phrase says of its members ("NATO troops")
    by_surname: bool = False  # the person was read from a surname alone
    country_first: bool = False  # the phrase opens with the country's name or adjective ("Saudi Crown Prince ...")
    member_of_group: bool = False  # a national who joined a group ("a Canadian Isis fighter"): the country's


def _head_words(tokens: list[str]) -> list[str]:
    """The words of a phrase up to what follows its head ("militia allies" of "militia allies in Syria")."""
    cut = next((i for i, token in enumerate(tokens) if i and token in _AFTER_HEAD), len(tokens))
    return tokens[:cut]


class ActorRegistry:
    """Resolves mentions against the registry data. Build it with ``load_registry``."""

    def __init__(self, data: RegistryData) -> None:
        self.data = data
        self.words = name_words()
        self.names = PersonNames(data, self.words)
        # the longest name decides how long an n-gram the scan looks up ("National Union for the Total
        # Independence of Angola" has eight words)
        self._longest = min(12, max(len(name.split()) for name in (*data.organisation_aliases, *data.person_names,
                                                                   *data.country_names, *data.capitals)))
        # the names, peoples and capitals of the halves of a divided country: "Seoul" says what "the North" is
        codes = {code for pair in data.divided for code in pair[:2]}
        self._halves = {code: re.compile(r"\b(?:" + "|".join(sorted(
            re.escape(name) for names in (data.country_names, data.capitals) for name, named in names.items()
            if named == code)) + r")\b") for code in codes}
        # names of the countries themselves: "Philippines" is no plural of the demonym "Philippine"
        self._country_own_names = frozenset(fold(name) for country in data.countries.values()
                                            for name in (country.name, *country.names))

    def resolve(self, mention: str, *, date: dt.date | str | None = None,
                context: str | None = None) -> Entity | None:
        people = self.names.people_in(context) if context else frozenset()
        return self._resolve(mention, as_date(date), people)

    def for_article(self, text: str, *, date: dt.date | str | None = None, countries: Sequence[str] = (),
                    named: Sequence[str] = ()) -> "ArticleActors":
        """``countries``: those the article names (its dateline's, its places' and peoples'), ``named``: those it
        names by name; where a town a party is said to be in is read."""
        day = as_date(date)
        people = self.names.people_in(text)
        regime = regime_country(text, lambda name: self._resolve(name, day, people),
                                lambda code: code in self.data.countries)
        folded = fold(text)
        halves = tuple(code for code, names in self._halves.items() if names.search(folded))
        return ArticleActors(self, people, day, regime=regime, countries=tuple(countries), named=tuple(named),
                             halves=halves)

    def _resolve(self, mention: str, date: dt.date | None, people: frozenset[str]) -> Entity | None:
        text = (mention or "").replace("’", "'").replace("‘", "'").strip()
        if not text:
            return None
        if len(text) > MAX_MENTION_CHARS:
            log.info("not resolving a mention of %d characters: too long for a name", len(text))
            return None
        backers: list[str] = []
        leaders: list[str] = []
        for match in _BACKED.finditer(text):
            backer = self._resolve(match.group(1), date, people)
            if backer and backer.country:
                (leaders if match.group(2) == "led" else backers).append(backer.country)
        entity = self._resolve_core(text, _BACKED.sub(" ", text), date, people, backers + leaders)
        if entity is not None and entity.country is None and len(set(leaders)) == 1:
            # "Vietnamese-led forces" are Vietnam's; "US-backed rebels" stay rebels of their own
            entity = replace(entity, country=leaders[0], backers=backers,
                             kind="state" if entity.sector in (None, "GOV") else "group")
        if entity is not None and entity.sector == "GOV" and _FORMER.search(fold(text)):
            entity = replace(entity, sector="ELI")
        return entity

    def _resolve_core(self, text: str, core: str, date: dt.date | None, people: frozenset[str],
                      backers: list[str]) -> Entity | None:
        owner, _, head = core.partition("'s ")
        whole = strip_leading(fold(core))
        if head and whole in self.data.organisation_aliases:
            # "the People's Protection Units" is a name, no possession
            return self._entity(text, _Found(organisation=self.data.organisation_aliases[whole]), date, backers)
        if head and RELATIONS.intersection(_head_words(fold(head).split())):
            return self._resolve_core(text, head, date, people, backers)  # "Israel's militia ally" is not Israel's
        if not head:
            head, owner = self._group_of(core)
        if head:
            owner_entity = self._resolve(owner, date, people)
            holder = (self.names.office_holder(head, owner_entity.country, date, people)
                      if owner_entity is not None and owner_entity.kind == "state" and owner_entity.country
                      else None)
            if holder is not None:
                return self._entity(text, _Found(person=holder), date, backers)
            named = self._resolve(head, date, people) if owner_entity is not None and owner_entity.kind == "state" \
                and head[:1].isupper() else None
            if named is not None and owner_entity is not None and named.kind == "person" \
                    and named.country == owner_entity.country:
                # "Russia's Vladimir Putin", "Zimbabwe's Robert Mugabe": the wire's way of naming a leader
                return replace(named, text=text)
            if owner_entity is not None:
                sector = self._sector(fold(head).split()) or ("CVL" if self._is_people(fold(head).split()[-1]) else None)
                # "Putin's troops" are MIL, "Erdogan's supporters" CVL; but a rebel leader's forces are rebels,
                # and "hundreds of soldiers" are soldiers: an unnamed group keeps its own sector
                unnamed_group = owner_entity.kind == "group" and owner_entity.entity_id is None and owner_entity.sector
                if sector and not (owner_entity.sector == "REB" and sector == "MIL") and not unnamed_group:
                    owner_entity.sector = sector
                    if owner_entity.kind == "state" and sector != "GOV":
                        owner_entity.kind = "group"
                owner_entity.text = text
                owner_entity.kind = owner_entity.kind if owner_entity.kind != "person" else "group"
                return owner_entity
        found = self._scan(core, date, people)
        if found.person is None and found.country is not None:
            holder = self.names.office_holder(core, found.country, date, people)
            found.person = holder if holder is None or not self.names.names_another(core, holder) else None
        return self._entity(text, found, date, backers)

    def _scan(self, text: str, date: dt.date | None, people: frozenset[str]) -> _Found:
        found = _Found()
        org_acronym: str | None = None
        for acronym in _ACRONYM.findall(text):
            target = self.data.acronyms.get(acronym.replace(".", ""))
            if target and target.startswith("org:") and found.organisation is None:
                found.organisation = target[4:]
                org_acronym = fold(acronym)
            elif target and target.startswith("country:") and found.country is None:
                found.country = target[8:]
        folded = _OWNED.sub(r"\1", strip_leading(fold(text)))
        data = self.data
        if folded.endswith("'s") and not any(folded in names for names in
                                             (data.capitals, data.country_names, data.organisation_aliases)):
            folded = folded[:-2]  # "Haiti's" with nothing after it: the owner is the party ("Saint John's" is a name)
        tokens = folded.split()
        capitalised = capitalised_words(text)
        written_large = capitalised | {part for word in capitalised for part in re.split(r"[-']", word)}
        named: set[int] = set()  # token positions inside a matched name: "Costa" in "Costa Rica" is no surname
        org_span: set[int] = set()
        country_token: str | None = None
        country_end = -1  # where the country's words end
        bodies = _inside_agent_phrases(tokens, data.sector_words)
        for n in range(min(len(tokens), self._longest), 0, -1):
            for i in range(len(tokens) - n + 1):
                gram = " ".join(tokens[i:i + n])
                if found.person is None and gram in data.person_names \
                        and (n >= 2 or " " not in data.people[data.person_names[gram]].name):
                    # one word is a surname, to be read with the article and the date, unless it is the
                    # whole name of someone known by one ("Suharto" after his presidency too)
                    found.person = data.people[data.person_names[gram]]
                if found.organisation is None and gram in data.organisation_aliases \
                        and (i, i + n) not in bodies \
                        and not (n == 1 and self.names.inside_a_name(tokens, i, capitalised)):
                    found.organisation = data.organisation_aliases[gram]
                    named.update(range(i, i + n))
                    org_span.update(range(i, i + n))
                if gram in data.renamed and date is not None and date >= data.renamed[gram]:
                    continue  # "Salisbury" after 1982 is no longer Zimbabwe's capital
                if n == 1 and self.names.a_persons_name_word(tokens, i, capitalised):
                    continue  # "Santiago Ortiz", "Mohamed Farah Hassan": a person's name, no country's
                if capitalised and not any(token.strip("(\"'") in written_large for token in tokens[i:i + n]):
                    continue  # "the west bank of the river", "a roast turkey": a name in lower case is none
                if found.country is None and gram in data.country_names:
                    found.country = data.country_names[gram]
                    found.country_first = i == 0
                    country_token = gram
                    country_end = i + n
                    named.update(range(i, i + n))
                if found.country is None and gram in data.capitals and not _inside_a_place_name(tokens, i, n, capitalised):
                    found.country = data.capitals[gram]
                    found.via_capital = True
                    found.sector = data.metonym_sectors.get(gram, "GOV")
                    named.update(range(i, i + n))
        if found.person is None and found.organisation is None and "-" in folded:
            # "Jean-Bertrand Aristide" is "Jean Bertrand Aristide" (but the "al-Haq" of a group's name is no one)
            spaced = folded.replace("-", " ").split()
            found.person = next((data.people[data.person_names[g]] for n in range(min(len(spaced), 6), 1, -1)
                                 for i in range(len(spaced) - n + 1)
                                 if (g := " ".join(spaced[i:i + n])) in data.person_names), None)
        # "Houthi rebels" are the group, not its leader Abdul-Malik al-Houthi.
        if found.person is None and found.organisation is None and tokens:
            free = [(token, tokens[i - 1] if i else None, tokens[i + 1] if i + 1 < len(tokens) else None)
                    for i, token in enumerate(tokens) if i not in named]
            found.person = self.names.by_surname(free, capitalised, date, people)
            found.by_surname = found.person is not None
            if found.person is None and found.country is None:
                # "the Bush administration": two Bushes, one country
                found.country, found.sector = self.names.surname_country(free, capitalised, date, people)
        # an agent word inside a matched name is part of the name: the "Union" of "the Soviet Union"
        word = self._sector_word([t for i, t in enumerate(tokens) if i not in named]) if named \
            else self._sector_word(tokens)
        if word is not None and found.organisation is not None:
            word = self._sector_word([t for i, t in enumerate(tokens) if i not in org_span])
            org = data.organisations[found.organisation]
            # "NATO troops" are NATO's soldiers, "European Community foreign ministers" its members'
            # governments; "the UN envoy" is the UN's own
            if org.kind != "organisation" or word is None or word[1] in ("IGO", "NGO", "UNO") \
                    or (word[1] == "GOV" and not word[0].endswith("s")):
                word = None
            found.organisation_sector = word[1] if word else None
        elif word is not None:
            found.sector = word[1]
        if found.country is None and found.person is None and found.organisation is None:
            self._national_title(tokens, found)
        if found.country is None and found.person is None and found.organisation is None \
                and not _ETHNIC.search(folded):
            # "Chechen rebels", "Uighur protesters", "Tibetan monks", "the Chechens": the people of a province are
            # of its country, as conflict coders code them (an "ethnic" people lives anywhere; "a Basque
            # restaurant" is no party)
            province_people = [t for i, t in enumerate(tokens) if i not in named and t in data.province_peoples
                               and t in capitalised and (found.sector is not None or i == len(tokens) - 1)]
            if province_people:
                found.country = data.province_peoples[province_people[0]]
                found.sector = found.sector or "CVL"
        if org_acronym is not None and not org_span and org_acronym in tokens:
            org_span.add(tokens.index(org_acronym))  # "British YPG volunteers": where the acronym stands
        if found.organisation is not None and country_token is not None and org_span:
            found.member_of_group = self._joined_group(tokens, country_token, country_end, org_span,
                                                       data.organisations[found.organisation].kind)
        if country_token is not None and found.person is None and found.organisation is None:
            if _ETHNIC.search(folded):
                found.country = None  # "ethnic Turks" live anywhere
                found.sector = found.sector or "CVL"
            elif word is None and self._is_people(country_token):
                found.sector = "CVL"  # "Algerians": the people, not the state
        return found

    def _joined_group(self, tokens: list[str], country_token: str, country_end: int, org_span: set[int],
                      kind: str) -> bool:
        """ "A Canadian Isis fighter", "British YPG volunteers": a nationality (no country's own name: "Iraq's Isis
        fighters" are the group's) right before an armed group's name, with a word for its members after it."""
        after = max(org_span) + 1
        return (kind == "group" and country_token not in self._country_own_names and country_end == min(org_span)
                and after < len(tokens) and tokens[after] in GROUP_MEMBERS)

    def _national_title(self, tokens: list[str], found: _Found) -> None:
        """ "The home secretary", "Congressman Tom Harwick": a title of one country's politics says the
        country of a phrase that names no other (the longest title first: "shadow home secretary")."""
        for n in (4, 3, 2, 1):
            for i in range(len(tokens) - n + 1):
                title = self.data.national_titles.get(" ".join(tokens[i:i + n]))
                if title is not None:
                    found.country = title[0]
                    found.sector = title[1] or found.sector
                    return

    def _group_of(self, text: str) -> tuple[str, str]:
        """ "supporters of Imran Khan" is "Imran Khan's supporters", "forces loyal to Assad" his forces: (head,
        owner), or ("", "") when the words before "of" are no agent word ("the president of Turkey" is left to
        the title lookup)."""
        loyal = _LOYAL_TO.search(text)
        if loyal is not None:  # "forces loyal to Bashar al-Assad" are his, as "Assad's forces"
            before, sep, after = text[:loyal.start()], loyal.group(0), text[loyal.end():]
        else:
            before, sep, after = text.partition(" of ")
        words = fold(before).split()
        if not sep or not after or not words or len(words) > 3 or words[-1] in self.data.titles:
            return "", ""
        if self.data.sector_words.get(words[-1]) in (None, "GOV") and not self._is_people(words[-1]):
            return "", ""  # "the Albanians of southern Serbia" are Serbia's
        return before, after

    def _is_people(self, word: str) -> bool:
        """A plural demonym: "Algerians" are a people, "Philippines" a country."""
        return word.endswith("s") and word not in self._country_own_names and word[:-1] in self.data.country_names

    def _sector(self, tokens: list[str]) -> str | None:
        """The agent word nearest the end of the phrase (its head) decides the sector."""
        word = self._sector_word(tokens)
        return word[1] if word else None

    def _sector_word(self, tokens: list[str]) -> tuple[str, str] | None:
        """(agent word, sector) of the agent word nearest the end of the phrase's head: a phrase that goes
        on after its head ("a newspaper based in Christian east Beirut", "students throughout Indonesia")
        is read up to the word that starts the rest, then whole."""
        head = _head_words(tokens)
        if len(head) < len(tokens):
            return self._sector_word(head) or self._sector_word(tokens[len(head) + 1:])
        for end in range(len(tokens), 0, -1):
            for n in (3, 2, 1):
                if end - n < 0:
                    continue
                words = " ".join(tokens[end - n:end])
                sector = self.data.sector_words.get(words)
                if sector and n == 1 and end >= 2 and words in _LED_WORDS:
                    # "a militia leader", "student leaders": who they lead says their sector; "a police unit", "a
                    # rebel brigade": so does the body a unit is of (a government's official is the government's)
                    led = self.data.sector_words.get(tokens[end - 2])
                    if led and (words in UNIT_WORDS or led not in ("GOV", "IGO")):
                        return tokens[end - 2], led
                if sector:
                    return words, sector
        if tokens and set(tokens) <= CROWD_NUMBERS and tokens[-1] != "of":
            return tokens[-1], "CVL"  # "thousands rallied": a crowd, counted
        return None

    def sector_of(self, text: str) -> str | None:
        """The sector the agent words of a noun phrase give ("armed men" UAF, "Kenyan farmers" AGR), or
        None: whether an unnamed noun phrase can be a party at all."""
        return self._sector(strip_leading(fold(text)).split())

    def _entity(self, text: str, found: _Found, date: dt.date | None, backers: list[str]) -> Entity | None:
        data = self.data
        if found.person is not None and found.organisation is not None and date is not None \
                and not found.person.active_on(date) and data.organisations[found.organisation].kind == "organisation":
            # "EU commissioner Neven Mimica" in 2019: the office the mention names, not a national one he left
            found.person = None
        if found.person is not None and found.by_surname and found.country is not None and found.country_first \
                and (term := found.person.term_on(date)) is not None and term.country not in (None, found.country):
            # "Saudi Crown Prince Abdullah" in 2000 is not the King Abdullah of Jordan that the surname alone names:
            # the country the phrase names is the one its bearer serves
            found.person = None
        if found.person is not None:
            term = found.person.term_on(date)
            entity_id = f"person:{found.person.id}" + (f"|{found.person.qid}" if found.person.qid else "")
            return Entity(text=text, name=found.person.name, country=term.country if term else None,
                          sector=term.sector if term else None, kind="person", entity_id=entity_id,
                          backers=backers)
        if found.organisation is not None and found.member_of_group and found.country is not None:
            org = data.organisations[found.organisation]
            national = data.country_on(found.country, date)
            known = data.countries.get(national)
            return Entity(text=text, name=known.name if known else national, country=national,
                          sector=found.organisation_sector or org.sector, kind="group", entity_id=f"country:{national}",
                          backers=backers)
        if found.organisation is not None:
            org = data.organisations[found.organisation]
            # (a group CAMEO places only in a region has no country; one of a province that seceded is of the
            # state it fought in until then: the KLA of 1998 is Serbia's)
            country = data.country_on(org.code, date) if org.code else None
            return Entity(text=text, name=org.name, country=country, sector=found.organisation_sector or org.sector,
                          kind=org.kind,
                          entity_id=f"org:{org.id}", backers=backers)
        if found.country is not None:
            country = data.country_on(found.country, date)
            known = data.countries.get(country)
            kind = "state" if found.sector in (None, "GOV") else "group"
            return Entity(text=text, name=known.name if known else country, country=country,
                          sector=found.sector, kind=kind, entity_id=f"country:{country}",
                          backers=backers)
        if found.sector is not None:
            return Entity(text=text, sector=found.sector, kind="group", backers=backers)
        if (group := group_named_by_members(text)) is not None:
            # "MS-13 members": a party, though the registry knows neither its country nor its sector
            return Entity(text=text, name=group, kind="group", backers=backers)
        return None


class ArticleActors:
    """Resolution inside one article: surnames are read against the people the article names in full."""

    def __init__(self, registry: ActorRegistry, people: frozenset[str], date: dt.date | None, *,
                 regime: str | None = None, countries: tuple[str, ...] = (), named: tuple[str, ...] = (),
                 halves: tuple[str, ...] = ()) -> None:
        self.registry = registry
        self.people = people
        self.date = date
        self.regime = regime  # the country the article names as "the regime" (``tacitus.knowledge.regime``)
        self.countries = countries  # the countries the article names: a small town abroad is none of its places
        self.named = named  # ... and those it names by name, not only by a people's word
        self.halves = halves  # the halves of a divided country it names ("Seoul", "North Korean")
        self._cache: dict[str, Entity | None] = {}

    def resolve(self, mention: str) -> Entity | None:
        if mention not in self._cache:
            entity = self.registry._resolve(mention, self.date, self.people)
            self._cache[mention] = self._of_the_regime(mention, entity) if entity is not None \
                else self._half_of_a_divided_country(mention)
        entity = self._cache[mention]
        if entity is None:
            return None
        return replace(entity, text=mention, backers=list(entity.backers))  # a copy the caller may change

    def _of_the_regime(self, mention: str, entity: Entity | None) -> Entity | None:
        """ "The regime", "regime forces": the government the article calls a regime, whoever spoke last."""
        if entity is None or entity.country is not None or self.regime is None or not names_the_regime(mention):
            return entity
        country = self.registry.data.countries.get(self.regime)
        return replace(entity, country=self.regime, name=country.name if country else self.regime,
                       entity_id=f"country:{self.regime}", kind="state" if entity.sector in (None, "GOV") else "group")

    def _half_of_a_divided_country(self, mention: str) -> Entity | None:
        """ "The North", "the South's": in copy naming either Korea (or either Sudan, once both were states), the
        other state is the half the word says."""
        half = _HALF.match(mention.strip())
        if half is None:
            return None
        states = {(north, south)[half.group(1) == "South"] for north, south, since in self.registry.data.divided
                  if (north in self.halves or south in self.halves)
                  and (self.date is None or self.date >= since)}
        if len(states) != 1:
            return None
        country = self.registry.data.countries[states.pop()]
        return self.registry._resolve(country.name, self.date, self.people)

    def sector_of(self, text: str) -> str | None:
        """See ``ActorRegistry.sector_of``."""
        return self.registry.sector_of(text)

    def is_seat_of_power(self, text: str) -> bool:
        """Whether a place's name stands for a government: a capital or a metonym ("Moscow", "the Kremlin")."""
        return strip_leading(fold(text)) in self.registry.data.capitals

    def as_of_the_day(self, entity: Entity) -> Entity:
        """A party placed by the modern map (a town's country in the gazetteer) as the article's day knew it: a
        Kosovo town shelled in 1999 is Serbia's (``RegistryData.country_on``)."""
        country = self.registry.data.country_on(entity.country, self.date) if entity.country else None
        return entity if country == entity.country else replace(entity, country=country)

    def is_state(self, code: str) -> bool:
        """Whether a party's code is a state's: not "IMG" (a militant group abroad), "UNO" or "EUR"."""
        return code in self.registry.data.countries


_HALF = re.compile(r"(?:[Tt]he )?(North|South)(?:'s|’s)?$")

# Words that join the parts of a place's name: "Mocimboa da Praia", "San Jose del Monte", "Kingston upon Thames"
_NAME_JOINERS = frozenset({"da", "de", "do", "dos", "das", "del", "di", "upon"})
_CITY_WORDS = frozenset({"ciudad", "cidade", "city", "ville"})


def _inside_a_place_name(tokens: list[str], i: int, n: int, capitalised: set[str]) -> bool:
    """Whether a capital's name is a part of a longer place's name joined by a particle: Cape Verde's Praia is
    not "Mocimboa da Praia", in Mozambique (but "Ciudad de Panama" is Panama City)."""
    before = i >= 2 and tokens[i - 1] in _NAME_JOINERS and tokens[i - 2].strip("(\"") in capitalised \
        and tokens[i - 2] not in _CITY_WORDS
    after = i + n + 1 < len(tokens) and tokens[i + n] in _NAME_JOINERS and tokens[i + n + 1] in capitalised
    return before or after


def _inside_agent_phrases(tokens: list[str], agent_words: dict[str, str]) -> set[tuple[int, int]]:
    """The (start, end) spans of the phrase's words that lie inside a longer agent phrase: the "security council" of
    "the national security council" is no UN body but a government's, whose country its owner says."""
    spans: set[tuple[int, int]] = set()
    for n in (4, 3):
        for i in range(len(tokens) - n + 1):
            if " ".join(tokens[i:i + n]) in agent_words:
                spans.update((i + s, i + s + m) for m in range(1, n) for s in range(n - m + 1))
    return spans
