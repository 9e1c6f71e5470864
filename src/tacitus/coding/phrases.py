"""Noun phrases of the parse as the registry wants them: "Deputy Foreign Minister Sedat Onal", not "Onal"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tacitus.coding.words import words
from tacitus.knowledge.normalize import is_acronym

ATTEMPT_NOUNS = words("attempt_noun")
_LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case", "npadvmod", "advmod"}
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "both", "who", "which", "that"}
# Determiners that point back at what the story told: "the strike", "this attack", "those talks"
POINTING_BACK = frozenset({"the", "this", "that", "these", "those"})


def phrase_tokens(token: Token) -> list[Token]:
    """The head with its left modifiers, its named-entity span, and an "of" complement."""
    keep = {token.i}
    for child in token.lefts:
        if child.dep_ in _LEFT_DEPS and not _resultative(child, token) \
                and not (child.dep_ == "compound" and child.ent_type_ in ("DATE", "TIME")):  # "Wednesday Donald Trump"
            keep.update(t.i for t in child.subtree)
    if token.ent_iob_ in ("B", "I"):
        sent = token.sent
        start = token.i
        while start > sent.start and token.doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < sent.end and token.doc[end].ent_iob_ == "I":
            end += 1
        keep.update(range(start, end))
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "from" and token.pos_ == "NOUN" \
                and any(o.dep_ == "pobj" and o.ent_type_ == "ORG" for o in child.children):
            keep.update(t.i for t in child.subtree)  # "fighters from the Free Syrian Army" are the group's
        if child.dep_ == "prep" and child.lower_ == "of" and opens_a_deed(child):
            continue  # "accused the rebels of attacking a convoy": what they are accused of, not who they are
        if child.dep_ == "prep" and child.lower_ == "of":
            # "the US troops who have been advising rebels": the clause says what they do, not who they are
            clauses = {t.i for c in child.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
            keep.update(t.i for t in child.subtree if t.i not in clauses)
    doc = token.doc
    lo, hi = min(keep), max(keep)
    phrase = [doc[i] for i in range(lo, hi + 1)]  # (each token made once: it is asked for every party)
    return [t for t in phrase if not (t.dep_ == "punct" and t.i in (lo, hi))]


def opens_a_deed(preposition: Token) -> bool:
    """An "of" that opens a gerund clause, as the small parser hangs an accusation's content on the accused
    ("accused the militia of looting shops"; not "members of the ruling party")."""
    following = preposition.doc[preposition.i + 1] if preposition.i + 1 < len(preposition.doc) else None
    return following is not None and following.tag_ == "VBG" and following.dep_ != "amod" \
        or any(o.dep_ == "pcomp" for o in preposition.children)


def _resultative(child: Token, token: Token) -> bool:
    """The "dead" of "shot dead two protesters" says what the shooting did, not who the protesters are."""
    return child.lower_ == "dead" and child.i > 0 and child.doc[child.i - 1] == token.head and token.head.pos_ == "VERB"


def phrase_text(token: Token) -> str:
    return "".join(t.text_with_ws for t in phrase_tokens(token)).strip()


def conjuncts(token: Token) -> list[Token]:
    """The token and those coordinated with it ("Russia and Turkey")."""
    # "Kenya, the DRC, Uganda and Rwanda": the parser may take the second state of a list for an apposition
    # of the first, the rest coordinated with it; a state is no other state's apposition
    joined = [token, *[t for t in token.conjuncts if t.i > token.i]]
    if token.ent_type_ != "GPE":
        return joined
    listed = [c for c in token.children if c.dep_ == "appos" and c.ent_type_ in ("GPE", "ORG")
              and any(g.dep_ == "conj" and g.ent_type_ == "GPE" for g in c.children)]
    return joined + [t for c in listed for t in (c, *c.conjuncts)]


def split_coordinated_modifiers(token: Token) -> list[str] | None:
    """ "the Russian and Turkish leaders" -> ["Russian leaders", "Turkish leaders"]; "South Korean and North
    Korean officials" -> ["South Korean officials", "North Korean officials"]."""
    for child in token.lefts:
        if (child.dep_ in ("amod", "compound") or child.dep_ == "nmod"  # ("US and Philippine troops")
                and any(m.ent_type_ in ("GPE", "NORP") for m in (child, *child.conjuncts))) \
                and any(c.dep_ == "conj" for c in child.children):
            modifiers = [*_listed_before(child, token), child, *[c for c in child.conjuncts]]
            # "British, US, Japanese and Russian hostages": the parser may cut one list into two coordinations
            modifiers += [m for later in token.lefts if later.i > max(m.i for m in modifiers)
                          and later.dep_ in ("amod", "compound", "nmod") and later.ent_type_ in ("GPE", "NORP")
                          and later.doc[later.i - 1].lower_ == "," for m in (later, *later.conjuncts)]
            modifiers = list(dict.fromkeys(modifiers))
            return [" ".join([*(t.text for t in m.lefts if t.dep_ in ("amod", "compound")), m.text, token.text])
                    for m in modifiers]
        joint = next((c for c in child.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        if child.dep_ == "amod" and child.ent_type_ == "NORP" and joint is not None and joint.i + 1 < token.i:
            # "Colombian and American anti-drug officials": the parser may hang the second people's word on
            # the head, beside the first, instead of on it
            second = token.doc[joint.i + 1]
            if second.head == token and second.dep_ == "amod" and second.ent_type_ == "NORP":
                rest = token.doc[second.i + 1:token.i + 1].text
                return [f"{child.text} {rest}", f"{second.text} {rest}"]
    return None


def _listed_before(coordinated: Token, head: Token) -> list[Token]:
    """ "Russian, Syrian and Iranian forces": the parser hangs the peoples' words listed with commas before a
    coordination on the head, beside it, not in it; each is a side as much as those coordinated."""
    listed: list[Token] = []
    position = coordinated.i - 1
    while position >= 1 and head.doc[position].lower_ == ",":
        word = head.doc[position - 1]
        if word.head != head or word.dep_ not in ("amod", "compound", "nmod") or word.ent_type_ not in ("NORP", "GPE"):
            break
        listed.insert(0, word)
        position = word.i - 1
    return listed


def split_coordinated_names(token: Token) -> list[str] | None:
    """ "Donald Trump and Theresa May", parsed as one name whose modifier holds the coordination ->
    ["Donald Trump", "Theresa May"]."""
    if token.pos_ != "PROPN":
        return None
    for child in token.lefts:
        if child.dep_ in ("nmod", "compound") and child.pos_ == "PROPN":
            joints = [c for c in child.children if c.dep_ == "cc" and c.lower_ in ("and", "&")]
            # (people's names, not an organisation's: "the Foreign and Commonwealth Office")
            people = [c for c in (child, *child.children) if c.ent_type_ == "PERSON"]
            if joints and people and not any(t.ent_type_ in ("ORG", "FAC", "GPE") for t in child.subtree) \
                    and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in child.children):
                doc = token.doc
                start = min(t.i for t in child.subtree)
                return [doc[start:joints[0].i].text, doc[joints[0].i + 1:token.i + 1].text]
    return None


# A state's bodies, which a state's name after "in" says whose they are: "courts in Austria and Norway"
STATE_BODIES = frozenset({"police", "court", "prosecutor", "authority", "official", "judge", "minister", "government",
                          "parliament", "investigator", "regulator"})


def split_of_conjuncts(token: Token) -> list[str] | None:
    """ "the foreign ministers of South Korea and China", "officials from Armenia and Azerbaijan", "police in
    France and Belgium" -> one phrase per country."""
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from", "in"):
            continue
        if prep.lower_ == "in" and token.lemma_.lower() not in STATE_BODIES:
            continue  # ("protests in France and Belgium" are no bodies of either state)
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if objects and objects[0].ent_type_ and objects[0].ent_iob_ == "I" and token.ent_iob_ in ("B", "I") \
                and all(t.ent_iob_ == "I" for t in token.doc[token.i + 1:objects[0].i + 1]):
            return None  # "the Ministry of Foreign Affairs and Trade" is one name, not two ministries
        if objects and objects[0].conjuncts:
            head = "".join(t.text_with_ws for t in token.doc[phrase_tokens(token)[0].i:prep.i + 1])
            return [head + phrase_text(o) for o in conjuncts(objects[0])]
    return None


def is_pronoun(token: Token) -> bool:
    return not is_acronym(token.text) and (token.pos_ == "PRON" or token.lower_ in PRONOUNS)  # not "US", "WHO"


def participial_adjunct(node: Token) -> bool:
    """An -ing clause hung on a verb with no marker of purpose or condition (", accusing Moscow of ...")."""
    return node.dep_ == "advcl" and node.tag_ == "VBG" and not any(c.dep_ in ("mark", "aux") for c in node.children)


def verbless_subject(token: Token) -> Token | None:
    """ "A roadside device went off beside an army truck", "Nurses from a Danish charity handed out ...": the
    small parser reads the sentence as a noun phrase with a participle; with no verb to hang on,
    the participle is the sentence's predicate and the phrase's head its subject."""
    root = token.head
    for _ in range(3):  # up through "from ... groups" to the phrase's head
        if root.dep_ == "ROOT" or root.dep_ not in ("pobj", "prep"):
            break
        root = root.head
    own = {t.i for t in token.conjuncts} | {token.i}
    if root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") and root.i < token.i \
            and not any(t.pos_ in ("VERB", "AUX") and t.i not in own
                        and (t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ == "ROOT") for t in token.sent):
        return root
    return None


def is_attempt(verb: Token) -> bool:
    """ "an attempt to assassinate the governor": the act was made, whoever made it and however it ended."""
    return verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.lemma_.lower() in ATTEMPT_NOUNS


def for_infinitives(verb: Token) -> list[Token]:
    """ "called for Ankara to withdraw": the clauses "for X to ..." after a verb, which the small parser hangs on
    it with "for" as their mark (their subject is the one asked)."""
    return [c for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def prep_objects(token: Token, preps: set[str]) -> list[tuple[str, Token]]:
    """The (preposition, object) pairs of the token's phrases of ``preps``, one a conjunct: "talks with Iran and
    Iraq" gives ("with", Iran), ("with", Iraq)."""
    found: list[tuple[str, Token]] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    found.extend((child.lower_, t) for t in conjuncts(grandchild))
    return found


def participle_subjects(verb: Token) -> list[Token]:
    """ "dispersed protesters marching in Lima": the small parser makes the verb's object the subject of the
    participle that follows it; that subject, when it stands right before the participle."""
    return [s for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.tag_ == "VBG"
            and not any(a.dep_ in ("aux", "mark") for a in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.i == c.i - 1]


def objects_of(token: Token, prepositions: set[str]) -> list[Token]:
    """The objects of the token's prepositional phrases of ``prepositions`` ("withdrew from Syria": Syria)."""
    return [obj for _, obj in prep_objects(token, prepositions)]


def continued_infinitive(verb: Token) -> Token | None:
    """ "defends the state's right to register migrants, ban protests and close borders": the small parser hangs
    the later bare verbs of a list of infinitives on the finite verb before them; the infinitive they continue
    (the "to"-infinitive between that verb and them), or None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VB" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    if head.tag_ == "VB" and head.i != verb.i:
        return continued_infinitive(head)  # "..., arrest the plotters and close the embassy"
    if head.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    return next((t for t in verb.doc[head.i + 1:verb.i] if t.tag_ == "VB" and t.dep_ in ("acl", "xcomp")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)), None)


def sums_up_a_clause(noun: Token) -> bool:
    """ "claimed Syrian forces used nerve gas in the town, an attack that led to air strikes": a noun after a comma
    that ends the verb's that-clause names that clause's deed; the small parser makes it the verb's object."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == "," and any(
        c.dep_ == "ccomp" and c.i < start for c in noun.head.children)


def describes_a_named_one(verb: Token) -> bool:
    """ "Aung San Suu Kyi, the opposition leader now detained in Rangoon": a participle with no auxiliary after a noun
    set beside a name describes the one named; the small parser makes the noun its subject (unless it dates its
    deed: "Ingrid Betancourt, the politician kidnapped in 2002")."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            or any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return False
    return any(s.dep_ == "nsubj" and s.pos_ == "NOUN" and s.i < verb.i and s.left_edge.i > 1
               and verb.doc[s.left_edge.i - 1].text == "," and verb.doc[s.left_edge.i - 2].pos_ == "PROPN"
               for s in verb.children)


def points_back(noun: Token) -> bool:
    """Whether a noun's determiner points back at something told: "the raid", "these talks" (not "a raid")."""
    return any(c.dep_ == "det" and c.lower_ in POINTING_BACK for c in noun.children)


def sentences_before(sentence: Span, count: int) -> list[Span]:
    """The ``count`` sentences before ``sentence`` (fewer at the start of the text), nearest first."""
    found: list[Span] = []
    while len(found) < count and sentence.start > 0:
        sentence = sentence.doc[sentence.start - 1].sent
        found.append(sentence)
    return found
