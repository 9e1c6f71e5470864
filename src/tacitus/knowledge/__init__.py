"""Knowledge: the actor registry (data, resolution, name words) and the gazetteer the coder resolves mentions
against."""

from __future__ import annotations

from functools import lru_cache

from tacitus.config import Settings
from tacitus.knowledge.actors import ActorRegistry, ArticleActors
from tacitus.knowledge.gazetteer import Gazetteer, load_gazetteer
from tacitus.knowledge.registry import cached_registry_data


def load_registry(settings: Settings | None = None) -> ActorRegistry:
    """The registry of the packaged data plus the user's ``TACITUS_ACTORS`` file, loaded once."""
    return _registry((settings or Settings()).actors_file)


@lru_cache(maxsize=4)
def _registry(actors_file: str | None) -> ActorRegistry:
    return ActorRegistry(cached_registry_data(actors_file))


__all__ = ["ActorRegistry", "ArticleActors", "Gazetteer", "load_gazetteer", "load_registry"]
