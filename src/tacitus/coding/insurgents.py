"""Rebels of the story's war: "the rebels", "rebel fighters", "opposition factions" that no word of their own
places are of the country the story is about, where they rise against their state.

A story about one country's war names its rebels with no country, sentence after sentence: "Rebel fighters are
trying to negotiate with Moscow", "the rebels asked the UN for safe passage". Read by their sentence alone they
are of no country, or of the only one it names, which is the foreign power they deal with or strike ("rebel
fighters [RUS]"). The story's own country says whose rebels they are, when the article is about one country
(neither the venue of a meeting abroad, "met Russia in Ankara", nor the only country a short report names, "Russia
said rebels shelled the city", says it). Not when the sentence places something in another country ("rebels in
Mali"), nor rebels named by a people ("Kurdish", "foreign") or by a backer ("Turkish-backed rebels"); and a
country the rebels already have is kept unless it is only their counterpart's, another side of the same event.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from tacitus.coding.context import ArticleContext
from tacitus.coding.located import of_a_stateless_people
from tacitus.coding.placing import places_named, rises_at_home
from tacitus.records import Entity

# The words a phrase of generic rebels may open with, capitalised at the head of a sentence (any other capital is a
# name or a people's word: "Tuareg rebels")
PLAIN_OPENERS = frozenset({"the", "rebel", "rebels", "opposition", "insurgent", "insurgents", "armed", "some",
                           "other", "local", "moderate", "anti-government", "anti-regime", "many", "several"})


def rebels_of_the_war(actors: list[Entity], recipients: list[Entity], span: Span,
                      context: ArticleContext) -> tuple[list[Entity], list[Entity]]:
    """The sides with their generic rebels placed in the country of the story's war, the article's own."""
    rebels = [e for e in actors + recipients if _generic_rebels(e)]
    if not rebels:
        return actors, recipients
    home = context.main_country
    if home is None or places_named(span, context, capitals=True) - {home}:
        return actors, recipients
    counterparts = {e.country for e in actors + recipients if e.country and e not in rebels}
    moved = [e for e in rebels if e.country is None or e.country != home and e.country in counterparts]
    return ([replace(e, country=home) if e in moved else e for e in actors],
            [replace(e, country=home) if e in moved else e for e in recipients])


def _generic_rebels(entity: Entity) -> bool:
    """ "The rebels", "rebel fighters", "opposition factions": a common noun phrase of insurgents, no name, no
    people's or country's word, no backer."""
    words = entity.text.split()
    return entity.kind == "group" and entity.entity_id is None and not entity.backers and rises_at_home(entity) \
        and not of_a_stateless_people(entity.text) and bool(words) and all(w.islower() for w in words[1:]) \
        and (words[0].islower() or words[0].lower() in PLAIN_OPENERS)
