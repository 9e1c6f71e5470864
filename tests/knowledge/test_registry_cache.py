"""The registry's disk cache gives back what building it gives."""

from tacitus.knowledge import registry


def test_the_cached_registry_is_the_registry_built_from_its_files(tmp_path, monkeypatch):
    monkeypatch.setenv("TACITUS_CACHE_DIR", str(tmp_path))
    built = registry.cached_registry_data.__wrapped__(None)
    assert list(tmp_path.glob("registry-*.pickle"))
    again = registry.cached_registry_data.__wrapped__(None)
    assert again.country_names == built.country_names and again.person_names.keys() == built.person_names.keys()
