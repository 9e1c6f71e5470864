"""Reading people's names in a mention: who a surname is, who holds a title, whether a word is a first name.

The registry knows people by full name and by surname; a surname alone is read with the date and with the
people the article names in full ("Abbott" after "Diane Abbott" is not Australia's Tony Abbott), and a title
("the Turkish foreign minister") with who held the office on the date.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from tacitus.knowledge.normalize import first_words, fold, names_in
from tacitus.knowledge.registry import Person, RegistryData
from tacitus.knowledge.vocabulary import NameWords

log = logging.getLogger(__name__)

# Marks, among the ids of the people an article names, a surname it gives to someone the registry does not know
STRANGER = "~"
_TWO_NAMES = re.compile(r"\b([A-Z][a-z]+) ([A-Z][\w'-]+)")
# Particles a surname may begin with in lower case ("al-Sisi", "bin Salman")
NAME_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-")
_INTRODUCED = re.compile(r", (\d{1,3},|an? |the |who )")


class PersonNames:
    """The registry's people, read by name, surname and title."""

    def __init__(self, data: RegistryData, words: NameWords) -> None:
        self.data = data
        self.words = words
        self._first_name_words = first_words(data.person_names)
        # the initials a person's names start with: "Jeremy Fleming" is not Melissa Fleming
        self._initials: dict[str, set[str]] = {}
        self._given: dict[str, set[str]] = {}  # the first words of a person's names
        for name, person_id in data.person_names.items():
            self._initials.setdefault(person_id, set()).add(name[:1])
            self._given.setdefault(person_id, set()).add(name.split()[0])
        self._titles = [(re.compile(rf"\b{re.escape(title)}\b"), office) for title, office in data.titles.items()]
        self.title_words = frozenset(title.split()[-1] for title in data.titles)  # "minister", "president"

    def people_in(self, text: str) -> frozenset[str]:
        """Ids of the people named in full in ``text``: they disambiguate later surnames. With them, as
        ``STRANGER + surname``, the surnames the text gives to someone the registry does not know ("Diane
        Abbott"): a later "Abbott" is her, not Australia's Tony Abbott."""
        named = names_in(fold(text).split(), self.data.person_names, self._first_name_words, (2, 3, 4))
        strangers = set()
        for match in _TWO_NAMES.finditer(text):
            if (not text[:match.start()].rstrip()[-1:] or text[:match.start()].rstrip()[-1:] in ".!?\"“‘'") \
                    and not _INTRODUCED.match(text, match.end()):
                # a sentence's first word is capitalised whatever it is ("Later Abbott said"), but a name
                # introduced with an age or a description ("Joe Robinson, 25, ...") is a full name
                continue
            first, surname = fold(match.group(1)), fold(match.group(2))
            if surname in self.data.surnames and self.is_first_name(first) \
                    and f"{first} {surname}" not in self.data.person_names \
                    and not any(self.may_be_named(first, p) for p in self.data.surnames[surname]):
                strangers.add(STRANGER + surname)
        return frozenset(named | strangers)

    def names_another(self, text: str, holder: Person) -> bool:
        """Whether the mention ends with the name of someone other than the office's holder: "Labour leader
        Tom Harwick" is not the prime minister, "Senate majority leader Ann Pryce" not the president."""
        words = text.split()
        if len(words) < 3 or not all(w[:1].isupper() and self.is_first_name(fold(w)) for w in words[-2:]):
            return False
        return fold(holder.name.split()[-1]) not in fold(text).split()

    def a_persons_name_word(self, tokens: list[str], i: int, capitalised: set[str]) -> bool:
        """Whether a place's name is a word of a person's name: between two words of one, or the first name
        of a mention of two capitalised words, a city and a word the registry does not know ("Santiago Ortiz")."""
        if self.inside_a_name(tokens, i, capitalised):
            return True
        data = self.data
        if i != 0 or len(tokens) != 2 or tokens[0] not in self._first_name_words or tokens[0] in data.country_names:
            return False  # (a country first is a party's name far more often: "Syria Campaign", "Sudan Tribune")
        surname = tokens[1]
        return surname in capitalised and surname not in self.words.place_words and surname not in data.country_names \
            and surname not in data.capitals and surname not in data.organisation_aliases \
            and surname not in data.sector_words and surname not in self.title_words

    def inside_a_name(self, tokens: list[str], i: int, capitalised: set[str]) -> bool:
        """Whether a word stands between two words of a person's name: the "Fatah" of "Abdel Fatah al-Sisi" is
        no group (but "Palestinian Fatah leaders" and "Syria Hamas Talks" name one)."""
        if i == 0 or i + 1 >= len(tokens):
            return False
        before, after = tokens[i - 1], tokens[i + 1]
        data = self.data
        after_a_name = after in capitalised or after.startswith(NAME_PARTICLES) or after in ("bin", "ibn")  # "al-Sisi"
        return before in capitalised and after_a_name and self.is_first_name(before) \
            and before not in data.organisation_aliases and after not in data.sector_words \
            and after not in data.country_names and after not in data.organisation_aliases

    def surname_country(self, tokens: list[tuple[str, str | None, str | None]], capitalised: set[str],
                         date: dt.date | None, people: frozenset[str]) -> tuple[str | None, str | None]:
        """The country and sector every holder of a capitalised surname shares, when the surname alone
        cannot say which person it is."""
        for token, before, after in tokens:
            candidates = self.data.surnames.get(token)
            if before is not None and after is not None and {before, after} <= capitalised \
                    and before in self.words.given_names and self.is_first_name(after):
                continue  # "Muhammad Nour Matar": a given name before it, a name after: no surname here
            titled = before is not None and before in capitalised and not self.is_first_name(before)
            if not candidates or token not in capitalised or token in self.words.common_surnames \
                    or token in self.words.given_names or (token in self._first_name_words and not titled) \
                    or STRANGER + token in people:
                # "John" begins too many names to say a country; a name some listed person is first called
                # by is a surname after a title ("President Clinton": Bill or Hillary, both American)
                continue
            if after is not None and after in capitalised and after not in self.data.sector_words \
                    and after not in self.title_words:
                continue  # a word another name goes on after is no surname: "Lower Shabelle" is no Mr Lower
            if before is not None and before in capitalised and self.is_first_name(before):
                # "Diane Abbott" is someone we do not know, not Australia's Tony Abbott: only the holders
                # whose first name it is (or, for an initial, could be) say her country
                candidates = {p for p in candidates if (before in self._given.get(p, ()) if len(before.rstrip(".")) > 1
                                                        else before[:1] in self._initials.get(p, ()))}
                if not candidates:
                    continue
            holders = [self.data.people[p] for p in candidates]
            active = [p for p in holders if p.active_on(date)] or holders
            terms = {(t.country, t.sector) for t in (p.term_on(date) for p in active) if t is not None}
            if len(terms) == 1:
                return next(iter(terms))
        return None, None

    def may_be_named(self, first: str, person_id: str) -> bool:
        """Whether a first name (or an initial) before a surname may be this person's: "Juan Ortega" is not José
        Daniel Ortega, "J. Ortega" may be."""
        if len(first.rstrip(".")) > 1:
            return first in self._given.get(person_id, ())
        return first[:1] in self._initials.get(person_id, ())

    def by_surname(self, tokens: list[tuple[str, str | None, str | None]], capitalised: set[str],
                    date: dt.date | None, people: frozenset[str]) -> Person | None:
        """``tokens``: each free word with the words around it, which may be the rest of a name."""
        for token, before, after in reversed(tokens):
            candidates = self.data.surnames.get(token)
            if not candidates or token not in capitalised:
                continue
            first_name = before is not None and before in capitalised and self.is_first_name(before)
            if first_name:
                # "Ilham Ahmed", "Jeremy Fleming": a full name we do not know is someone else's
                candidates = {p for p in candidates if self.may_be_named(before or "", p)}
            if after and after in capitalised and self.is_first_name(after):
                # "Zeid Ra'ad al-Hussein": a word that a name goes on after is a first name (but "Xi Jinping")
                candidates = {p for p in candidates if self.data.people[p].family_name_first}
            if not candidates:
                continue
            named = [p for p in candidates if p in people]
            if len(named) == 1:
                return self.data.people[named[0]]
            if STRANGER + token in people and not first_name:
                continue  # the article gave this surname to someone we do not know
            titled = before is not None and before in capitalised and not first_name
            if token in self.words.common_surnames or (token in self.words.given_names and not titled):
                continue  # "Ahmed", "Hussein" alone: only someone the article names in full ("King Abdullah")
            active = [p for p in candidates if self.data.people[p].active_on(date)]
            if len(active) == 1:
                return self.data.people[active[0]]
            if len(candidates) == 1 and date is None:
                return self.data.people[next(iter(candidates))]
            log.info("surname %r is ambiguous on %s: %s", token, date, sorted(candidates))
        return None

    def is_first_name(self, word: str) -> bool:
        """A capitalised word before a surname that is no title ("President", "Gen.", "Sheikh")."""
        return word.rstrip(".") not in self.words.not_first_names and word not in self.data.sector_words \
            and word not in self.data.country_names \
            and word not in self.title_words

    def office_holder(self, text: str, country: str, date: dt.date | None,
                       people: frozenset[str]) -> Person | None:
        """"The Turkish leader", "Russia's foreign minister": the one person who held that office then.

        A holder the article names in full wins; "leader" (head of state or of government) resolves
        only through the article or when one of the two offices is known on that date.
        """
        folded = fold(text)
        if self.words.not_the_holder.search(folded):  # "the former president", "a deputy prime minister"
            return None
        office = next((o for title, o in self._titles if title.search(folded)), None)
        if office is None or date is None:
            return None
        offices = ("head_of_state", "head_of_government") if office == "leader" else (office,)
        holders = {pid for o in offices for pid, term in self.data.office_holders.get((country, o), [])
                   if term.covers(date)}
        named = holders & people
        if len(named) == 1:
            return self.data.people[next(iter(named))]
        if len(holders) == 1:
            return self.data.people[next(iter(holders))]
        return None
