"""Convert the PETRARCH2/Phoenix actor and agent dictionaries (MIT) into the registry's data files.

    python -m tacitus.knowledge.build_petrarch [--source ../shared/dev/petrarch2-dictionaries]

Reads the four dictionaries PETRARCH2 codes with (countries with their dated office holders,
international organisations, non-state armed groups, agents) and writes ``knowledge/data/petrarch/``:
``names.csv`` (names of countries and their institutions), ``organisations.csv``, ``people.csv``
(dated terms, in PETRARCH's order of precedence), ``sectors.csv`` (agent words with their plurals)
and ``LICENSE``. The raw files never enter the repository.

What is left out, and why (counted in the printed summary):
- every name the curated registry already knows: our own entries win;
- single words that are everyday English words ("Total", "Shell", "Rice"), given names, and names
  made only of everyday words ("Islamic Group", "Popular Resistance", "National Security Council"):
  a big dictionary matched against news would otherwise turn common words into actors;
- codes with no country we can name (CAMEO regions such as MEA or WEU, unknown roots): a group keeps
  its sector with no country, a person or a name without a country is dropped.

Needs the English word list of Debian's ``wamerican`` package (``/usr/share/dict/words``) to tell
everyday words from names: lower-case entries there are words, capitalised ones names.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from tacitus.knowledge.normalize import fold
from tacitus.knowledge.registry import build_registry_data
from tacitus.knowledge.vocabulary import name_words

SOURCE = Path("../shared/dev/petrarch2-dictionaries")
OUT = Path(__file__).parent / "data" / "petrarch"
WORDS = Path("/usr/share/dict/words")
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
AGENT_FILE = "Phoenix.agents.txt"

# CAMEO country roots that are not ISO 3166-1 today, mapped to the state news of the period names.
OLD_CODES = {"ANG": "AGO", "KSV": "XKX", "USR": "RUS", "SUN": "RUS", "YUG": "SRB", "SCG": "SRB", "FRY": "SRB",
             "CSK": "CZE", "DDR": "DEU"}
# CAMEO role blocks and the registry sector each becomes; religions become REL.
ROLES = {"GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "COP": "COP", "JUD": "JUD", "LEG": "LEG",
         "MED": "MED", "BUS": "BUS", "EDU": "EDU", "HLH": "HLH", "LAB": "LAB", "REF": "REF", "CVL": "CVL",
         "AGR": "AGR", "CRM": "CRM", "UAF": "UAF", "SPY": "SPY", "ELI": "ELI", "PTY": "PTY", "ENV": "ENV",
         "HRI": "HRI", "DEV": "DEV", "REL": "REL", "NGO": "NGO", "IGO": "IGO", "PPL": "CVL", "RAD": "REB",
         "MNC": "BUS"}
RELIGIONS = frozenset({"MUS", "CHR", "JEW", "BUD", "HIN", "CTH", "PRO", "ORT", "SHI", "SUN", "SFI", "JAN",
                       "SIK", "TAO", "ZRO", "BAH", "CON", "MOS", "ALE", "DRZ", "ITH", "MRM", "ATH", "MAR",
                       "RAD"})
# Words of the clergy: a religion's agent word with one of these is REL, other believers are civilians (CVL).
CLERGY = frozenset("""clergy cleric clerics clergyman clergymen priest priests monk monks nun nuns imam imams mullah
mullahs ayatollah ayatollahs rabbi rabbis bishop bishops archbishop archbishops cardinal cardinals pope pastor
pastors missionary missionaries preacher preachers lama lamas mufti muftis sheikh sheikhs church churches
mosque mosques temple temples monastery monasteries monastary seminary vatican diocese archdiocese patriarch
""".split())
# Words that make a name an institution's rather than a person's.
INSTITUTION_WORDS = frozenset("""ministry ministries council court courts army forces force guard guards police
party department office agency service services assembly parliament government administration commission
committee union front movement bank corps rifles brigade brigades house senate congress cabinet authority
authorities board bureau organization organisation institute association federation league group council
tribunal coalition alliance navy command regiment division battalion unit units company corporation
fund foundation society network center centre trust forum program programme initiative campaign project
watch international mission club church school university college academy hospital inc corp ltd press
news times radio television
""".split())
RELIGIOUS_ADJECTIVES = frozenset({"islamic", "muslim", "moslem", "christian", "jewish", "catholic", "hindu",
                                  "buddhist", "sunni", "shia", "shiite", "arab", "orthodox", "protestant"})
STOPWORDS = frozenset({"of", "the", "for", "and", "in", "on", "to", "a", "an", "de", "la", "el", "al", "'s"})
# Date restrictions: [CODE <d], [CODE >d], [CODE d1-d2]; PETRARCH reads YY 00-30 as 20YY.
_CODE = re.compile(r"\[([^\]]*)\]")
_RANGE = re.compile(r"^(\d{6}|\d{8})-(\d{6}|\d{8})$")


@dataclass
class Code:
    country: str | None
    sector: str | None
    start: dt.date | None = None
    end: dt.date | None = None  # inclusive


@dataclass
class Entry:
    source: str
    line: int
    names: list[str] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)
    raw_codes: int = 0


@dataclass
class Summary:
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n


ISO3 = frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def read_date(text: str) -> dt.date:
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        return dt.date(year, int(text[2:4]), int(text[4:6]))
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def read_code(text: str) -> Code | None:
    """One bracketed code, or None when it is empty, '---' or malformed."""
    parts = text.split()
    if not parts or parts[0].startswith("-") or not parts[0].isalnum():
        return None
    country, sector = code_parts(parts[0].upper())
    code = Code(country, sector)
    if len(parts) == 1:
        return code
    restriction = "".join(parts[1:])
    try:
        if restriction.startswith("<"):
            code.end = read_date(restriction[1:]) - dt.timedelta(days=1)
        elif restriction.startswith(">"):
            code.start = read_date(restriction[1:])
        elif (match := _RANGE.match(restriction)) is not None:
            code.start = read_date(match.group(1))
            code.end = read_date(match.group(2)) - dt.timedelta(days=1)
        else:
            return None
    except ValueError:
        return None
    if code.start and code.end and code.end < code.start:
        return None
    return code


def code_parts(code: str) -> tuple[str | None, str | None]:
    """A CAMEO actor code as (country or non-state code, sector): 'RUSGOV' -> ('RUS', 'GOV')."""
    blocks = [code[i:i + 3] for i in range(0, len(code), 3)]
    root, rest = blocks[0], blocks[1:]
    country: str | None
    if root == "IGO":
        country = "UNO" if rest[:1] == ["UNO"] else "EUR" if rest[:1] == ["EUR"] else "IGO"
        return country, "IGO"
    if root in ("NGO", "MNC", "IMG"):
        return root, {"NGO": "NGO", "MNC": "BUS", "IMG": "REB"}[root]
    if root in ISO3 or root in OLD_CODES:
        country = OLD_CODES.get(root, root)
        if rest and rest[0] in ISO3 and rest[0] not in ROLES:  # a territory: USAASM is American Samoa
            country, rest = rest[0], rest[1:]
    elif root in ROLES or root in RELIGIONS:
        country, rest = None, blocks
    else:
        country = None  # a CAMEO region (MEA, WEU, SAS...) or an unknown root
    sector = next((ROLES[b] for b in rest if b in ROLES), None)
    if sector is None and any(b in RELIGIONS for b in rest):
        sector = "REL"
    return country, sector


def read_actor_file(path: Path, summary: Summary) -> list[Entry]:
    """Entries of a TABARI actor file: a phrase, its '+' synonyms and the codes that follow.

    Phrases with no code of their own share the codes of the block that follows without a blank line
    ("IVO_JOSIPOVIC_ / PRESIDENT_JOSIPOVIC_ / [HRVGOV ...]")."""
    entries: list[Entry] = []
    current: Entry | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            if current.codes:
                entries.append(current)
            elif current.raw_codes == 0:
                summary.add("entries without a code")
        current = None

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        body = raw.split("#", 1)[0].replace("\x1a", "")
        if not body.strip():
            if not raw.strip():
                close()
            continue
        codes = [read_code(c) for c in _CODE.findall(body)]
        phrase = _CODE.sub(" ", body).strip()
        if body[0] in " \t":
            if current is not None:
                current.raw_codes += len(codes)
                current.codes.extend(c for c in codes if c is not None)
            continue
        if phrase.startswith("+"):
            if current is not None:
                current.names.append(phrase[1:])
                current.raw_codes += len(codes)
                current.codes.extend(c for c in codes if c is not None)
            continue
        if current is None or current.codes:
            close()
            current = Entry(path.name, number)
        current.names.append(phrase)
        current.raw_codes += len(codes)
        current.codes.extend(c for c in codes if c is not None)
    close()
    return entries


def readable(phrase: str) -> str:
    """'KURDISTAN_WORKERS'_PARTY_' -> "Kurdistan Workers' Party" (the casing is ours: the source is upper case).

    Words without a vowel, and one-word names of three letters or fewer, stay in capitals as acronyms
    ("ETA", "NSC"): the registry matches those only when a text writes them in capitals."""
    words = phrase.replace("_", " ").split()
    out: list[str] = []
    for word in words:
        lowered = word.lower()
        if lowered in STOPWORDS and out:
            out.append(lowered)
        elif word.isalpha() and (len(words) == 1 and len(word) <= 3 or not any(v in word for v in "AEIOUY")) \
                or "." in word:
            out.append(word)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(out)


_PARENTHESIS = re.compile(r"\(([^)]*)\)")


def names_of(entry: Entry) -> list[str]:
    """The readable names of an entry; "ANIMAL_LIBERATION_FRONT_(ALF)_" is "Animal Liberation Front" and "ALF"."""
    names: list[str] = []
    for raw in entry.names:
        for inner in _PARENTHESIS.findall(raw):
            if inner.isalpha() and inner.isupper() and 3 <= len(inner) <= 6:
                names.append(inner)  # an acronym; "(COLOMBIA)" is a qualifier, left out
        base = readable(_PARENTHESIS.sub(" ", raw).replace(",", " "))
        if base:
            names.append(base)
    return list(dict.fromkeys(names))


class Vocabulary:
    """Everyday English words, from a dictionary that writes names with a capital."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            sys.exit(f"error: {path} not found; install Debian's wamerican package (apt-get install wamerican)")
        self.words = frozenset(w for w in path.read_text(encoding="utf-8").split() if w.islower() and "'" not in w)

    def everyday(self, word: str) -> bool:
        word = word.strip("'-")
        return word in self.words or (word.endswith("s") and word[:-1] in self.words)

    def generic(self, folded: str, qualifiers: frozenset[str] = frozenset()) -> bool:
        """A name made only of everyday words (and ``qualifiers``): 'popular resistance', 'islamic group'."""
        content = [w for w in folded.replace("-", " ").split() if w not in STOPWORDS]
        return all(self.everyday(w) or w in qualifiers for w in content)


@dataclass
class Output:
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded -> (country, sector)
    name_text: dict[str, str] = field(default_factory=dict)
    organisations: list[dict[str, str]] = field(default_factory=list)
    people: list[dict[str, str]] = field(default_factory=list)
    sectors: dict[str, str] = field(default_factory=dict)


class Converter:
    def __init__(self, vocabulary: Vocabulary, summary: Summary) -> None:
        self.vocabulary = vocabulary
        self.summary = summary
        known = build_registry_data(None, converted=False)
        self.known = (set(known.country_names) | set(known.capitals) | set(known.organisation_aliases)
                      | set(known.person_names) | set(known.sector_words) | set(known.titles)
                      | {a.lower() for a in known.acronyms})
        self.known_surnames = set(known.surnames)
        # words that say whose a body is, not which: "Islamic Group" and "Arab Front" name no one body
        self.qualifiers = frozenset(n for n in known.country_names if " " not in n) | RELIGIOUS_ADJECTIVES
        self.out = Output()
        self.taken: set[str] = set()
        self.ids: set[str] = set()
        self.given_names: frozenset[str] = name_words().given_names

    # -- filters -----------------------------------------------------------------------------------
    def keep_name(self, text: str, *, strict: bool) -> str | None:
        """The folded name, or None when it is ours already, an everyday word, or too generic.

        ``strict``: an institution named without its country ("Supreme Court") is generic however
        many words it has; other names need three everyday content words to stand for one body."""
        folded = fold(text)
        reason = self._unfit(text, folded, strict)
        if reason is None:
            return folded
        self.summary.add(f"dropped name: {reason}")
        return None

    def _unfit(self, text: str, folded: str, strict: bool) -> str | None:
        """Why a name is left out, or None."""
        words = folded.split()
        if sum(ch.isalpha() for ch in folded) < 3 or not words:
            return "too short or no letters"
        if folded in self.known:
            return "already in the curated registry"
        if folded in self.taken:
            return "duplicate"
        if len(words) == 1:
            if text.isupper() and text.isalpha():
                return None  # an acronym ("MILF") matches only in capitals, never as the word
            if self.vocabulary.everyday(folded) or folded in name_words().given_names:
                return "single everyday word or given name"
            return None
        content = [w for w in words if w not in STOPWORDS]
        if self.vocabulary.generic(folded, self.qualifiers) and (strict or len(content) <= 2):
            return "made of everyday words only"
        if all(w in name_words().given_names or w in ("abu", "ibn", "bin", "al", "el") for w in content):
            return "given names only"
        return None

    # -- entries -----------------------------------------------------------------------------------
    def convert(self, entry: Entry) -> None:
        dated = any(c.start or c.end for c in entry.codes)
        first = entry.codes[0]
        if first.country == "MNC":
            self.summary.add("entries dropped: companies (MNC)")
        elif entry.source.startswith("Phoenix.Countries") and all(c.sector is None for c in entry.codes):
            self.country_names(entry, entry.codes[-1])  # the last code is the state today: MKD, not YUG
        elif dated or self.is_person(entry):
            self.person(entry)
        elif entry.source.startswith("Phoenix.Countries") and first.country:
            self.institution(entry, first)
        else:
            self.organisation(entry, first)

    def is_person(self, entry: Entry) -> bool:
        names = names_of(entry)
        if not names or len(names[0].split()) < 2:
            return False
        return not any(w in INSTITUTION_WORDS for w in fold(" ".join(names)).split())

    def country_names(self, entry: Entry, code: Code) -> None:
        """Other names of a country: spellings, old names, and the cities and provinces news uses for it."""
        if code.country is None:
            return
        for name in names_of(entry):
            if name.isupper() and self.vocabulary.everyday(name.lower()):
                # "GEORGIA_(NATION)", "KOREA_(SOUTH)": a qualifier in brackets, no name of the country, and a
                # country's names match in any case
                self.summary.add("dropped name: an everyday word in capitals")
                continue
            folded = self.keep_name(name, strict=False)
            if folded:
                self._name(folded, name, code.country, "")

    def institution(self, entry: Entry, code: Code) -> None:
        """'White House', 'Afghan National Security Forces': a country's organ, with its sector."""
        assert code.country is not None
        for name in names_of(entry):
            folded = self.keep_name(name, strict=True)
            if folded:
                self._name(folded, name, code.country, code.sector or "")

    def _name(self, folded: str, name: str, country: str, sector: str) -> None:
        self.taken.add(folded)
        self.out.names[folded] = (country, sector)
        self.out.name_text[folded] = name
        self.summary.add("names of countries and institutions")

    def organisation(self, entry: Entry, code: Code) -> None:
        texts = [n for n in names_of(entry) if self.keep_name(n, strict=False)]
        if not texts:
            self.summary.add("entries dropped: no name left")
            return
        self.taken.update(fold(t) for t in texts)
        kind = "organisation" if code.country in ("IGO", "UNO", "EUR", "NGO", "MNC") else "group"
        self.out.organisations.append({
            "id": self._id("pet", texts[0]), "name": texts[0], "aliases": "|".join(texts[1:]),
            "code": code.country or "", "sector": code.sector or ("IGO" if kind == "organisation" else "REB"),
            "kind": kind})
        self.summary.add(f"organisations ({kind})")

    def person(self, entry: Entry) -> None:
        texts = names_of(entry)
        folded = [fold(t) for t in texts]
        if any(f in self.known for f in folded if len(f.split()) >= 2):
            self.summary.add("people dropped: in the curated registry")
            return
        surnames = {f.split()[-1] for f in folded if len(f.split()) >= 2}
        names: list[str] = []
        for text, f in zip(texts, folded):
            if len(f.split()) == 1:
                # a one-word name stands alone only when it is the surname of the person's full name, and
                # no given name of anyone ("John"), and no curated person's surname (ours win)
                if f not in surnames or f in self.given_names or f in self.known_surnames \
                        or self.keep_name(text, strict=False) is None:
                    continue
            elif self.keep_name(text, strict=False) is None:
                continue
            names.append(text)
            self.taken.add(f)
        full = [n for n in names if len(n.split()) >= 2]
        terms = [c for c in entry.codes if c.country is not None]
        if not full or not terms:
            self.summary.add("people dropped: no full name or no country")
            return
        person_id = self._id("pet", full[0])
        aliases = "|".join(dict.fromkeys(fold(n) for n in names))  # folded: the registry loads them as they are
        for term in terms:
            self.out.people.append({
                "person_id": person_id, "name": full[0], "aliases": aliases, "qid": "",
                "country": term.country or "", "office": "official", "sector": term.sector or "GOV",
                "start": term.start.isoformat() if term.start else "",
                "end": term.end.isoformat() if term.end else "", "organisation": ""})
        self.summary.add("people")
        self.summary.add("people's terms", len(terms))

    def _id(self, prefix: str, name: str) -> str:
        base = f"{prefix}-" + re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
        candidate, n = base, 2
        while candidate in self.ids:
            candidate, n = f"{base}-{n}", n + 1
        self.ids.add(candidate)
        return candidate

    # -- agents ------------------------------------------------------------------------------------
    def agents(self, path: Path) -> None:
        """Agent words ('FARMER [~AGR]') with their plurals, as sector words."""
        substitutions: dict[str, list[str]] = {}
        for raw in path.read_text(encoding="utf-8").splitlines():
            body = raw.split("#", 1)[0].strip()
            if not body:
                continue
            if body.startswith("!") and "=" in body:
                marker, _, listed = body.partition("=")
                substitutions[marker.strip()] = [v.strip() for v in listed.split(",")]
                continue
            codes = _CODE.findall(body)
            if not codes:
                continue
            role = codes[0].replace("~", "")
            sector = next((ROLES[b] for b in (role[i:i + 3] for i in range(0, len(role), 3)) if b in ROLES), None)
            if sector is None and role[:3] in RELIGIONS:
                words_of = set(fold(body.replace("_", " ")).split())
                sector = "REL" if words_of & CLERGY else "CVL"
            if sector is None:
                self.summary.add("agents dropped: no sector")
                continue
            phrase = _CODE.sub(" ", body)
            plural_spec = re.search(r"\{([^}]*)\}", phrase)
            phrase = re.sub(r"\{[^}]*\}", " ", phrase).strip()
            forms = [phrase]
            for marker, values in substitutions.items():
                if marker in phrase:
                    forms = [phrase.replace(marker, v) for v in values]
            spellings: list[str] = []
            for form in forms:
                spellings.append(form)
                if plural_spec is not None:
                    spellings.extend(p for p in plural_spec.group(1).split(",") if p.strip())
                elif not any(form.endswith(s) for s in ("MEN", "PERSON")) and form == phrase:
                    spellings.append(plural(form))
            for word in spellings:
                folded = fold(word.replace("_", " "))
                if not folded or len(folded.split()) > 3:
                    continue
                if folded in self.known or folded in self.out.sectors:
                    self.summary.add("agent words dropped: ours or a duplicate")
                    continue
                self.out.sectors[folded] = sector
        self.summary.add("agent words (with plurals)", len(self.out.sectors))


def given_names(entries: list[Entry]) -> frozenset[str]:
    """Words that begin the full names of two or more people: given names, never a surname alone."""
    firsts: Counter[str] = Counter()
    for entry in entries:
        if any(c.start or c.end for c in entry.codes) or entry.source.startswith("Phoenix.Countries"):
            firsts.update({fold(n).split()[0] for n in names_of(entry) if len(n.split()) >= 2})
    return frozenset(word for word, count in firsts.items() if count >= 2) | name_words().given_names


def plural(phrase: str) -> str:
    """PETRARCH's regular plurals: -S, -IES after a consonant, -ES after a hissing sound."""
    phrase = phrase.rstrip("_")
    if phrase.endswith("S"):
        return phrase  # "MARINES", "ARMED_FORCES": already plural
    if phrase.endswith("Y") and phrase[-2:-1] not in "AEIOU":
        return phrase[:-1] + "IES"
    if phrase.endswith(("S", "SH", "CH", "X", "Z")):
        return phrase + "ES"
    if phrase.endswith("MAN"):
        return phrase[:-3] + "MEN"
    return phrase + "S"


HEADER = """# Converted from the PETRARCH2/Phoenix dictionaries ({files}) by
# `python -m tacitus.knowledge.build_petrarch`: do not edit, re-run the script. Our curated files win
# over these rows: names they already know were left out here and lose to them at load time.
# The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance (see LICENSE beside this file).
# {what}
"""


def write(out: Output, summary: Summary, source: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "LICENSE").write_text(
        "The data files in this folder were converted from the PETRARCH2 dictionaries\n"
        "(openeventdata/petrarch2, petrarch2/data/dictionaries/, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf),\n"
        "which carry this licence:\n\n" + (source / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    files = [
        ("names.csv", ["name", "iso3", "sector"], ", ".join(ACTOR_FILES[:1]),
         "Other names of countries (spellings, old names, cities and provinces news uses for them) and of "
         "their institutions.\n# Columns: name, iso3, sector (empty for the country itself)",
         [{"name": out.name_text[k], "iso3": c, "sector": s} for k, (c, s) in sorted(out.names.items())]),
        ("organisations.csv", ["id", "name", "aliases", "code", "sector", "kind"], ", ".join(ACTOR_FILES[1:]),
         "International organisations, NGOs, companies and non-state groups; columns as in ../organisations.csv;\n"
         "# an empty code: CAMEO places the group in a region, not a country.",
         sorted(out.organisations, key=lambda r: r["id"])),
        ("people.csv", ["person_id", "name", "aliases", "qid", "country", "office", "sector", "start", "end",
                        "organisation"], ", ".join(ACTOR_FILES),
         "Dated codes of people, one row per code, in PETRARCH's order of precedence: on a date the first row\n"
         "# that covers it wins. Columns as in ../people/base.csv, but aliases are every name of the person\n"
         "# already folded (lower case, as the registry matches them; one-word aliases are surnames); an empty\n"
         "# start means 'since always'; office is always 'official' (the source does not name offices).",
         out.people),
        ("sectors.csv", ["word", "sector"], AGENT_FILE,
         "Agent words with their plurals; columns as in ../sectors.csv. Sectors are CAMEO's: AGR agriculture,\n"
         "# CRM criminals, UAF unidentified armed forces, SPY intelligence, ELI elites, PTY parties, ENV environment,\n"
         "# HRI human rights, DEV development; a religion's clergy are REL, its believers CVL.",
         [{"word": w, "sector": s} for w, s in sorted(out.sectors.items())]),
    ]
    for name, columns, sources, what, rows in files:
        with (OUT / name).open("w", encoding="utf-8", newline="") as handle:
            handle.write(HEADER.format(files=sources, what=what))
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        summary.add(f"rows in {name}", len(rows))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="folder of the PETRARCH2 dictionaries")
    parser.add_argument("--words", type=Path, default=WORDS, help="English word list (wamerican)")
    args = parser.parse_args(argv)
    if not (args.source / AGENT_FILE).exists():
        sys.exit(f"error: {args.source} holds no PETRARCH2 dictionaries")
    summary = Summary()
    converter = Converter(Vocabulary(args.words), summary)
    entries = [entry for name in ACTOR_FILES for entry in read_actor_file(args.source / name, summary)]
    converter.given_names = given_names(entries)
    for entry in entries:
        converter.convert(entry)
    converter.agents(args.source / AGENT_FILE)
    write(converter.out, summary, args.source)
    for key, value in sorted(summary.counts.items()):
        print(f"{value:7d}  {key}", file=sys.stderr)


if __name__ == "__main__":
    main()
