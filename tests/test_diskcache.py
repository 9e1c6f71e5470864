import gc
from pathlib import Path

from tacitus.diskcache import cache_file, cached, collector_paused


def test_a_value_is_built_once_and_then_read_from_disk(tmp_path: Path) -> None:
    source = tmp_path / "table.csv"
    source.write_text("a,b\n", encoding="utf-8")
    path = cache_file(str(tmp_path / "cache"), "table", [source])
    built: list[int] = []
    assert cached(path, lambda: built.append(1) or {"rows": 1}) == {"rows": 1}
    assert cached(path, lambda: built.append(1) or {"rows": 2}) == {"rows": 1}
    assert built == [1]


def test_a_changed_source_is_a_new_cache_file(tmp_path: Path) -> None:
    source = tmp_path / "table.csv"
    source.write_text("a,b\n", encoding="utf-8")
    before = cache_file(str(tmp_path), "table", [source])
    source.write_text("a,c\n", encoding="utf-8")
    assert cache_file(str(tmp_path), "table", [source]) != before


def test_the_collector_runs_again_after_a_load() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
