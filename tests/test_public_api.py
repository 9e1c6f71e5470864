"""The public API is what `__all__` says, no more; `import tacitus` stays light; the vocabularies are defined once."""

import json
import subprocess
import sys
from importlib import resources

import tacitus
from tacitus.records import PRECISIONS

PUBLIC = {
    # coding
    "extract", "code_documents", "DocumentInput", "CodedDocument",
    # the store
    "open_store", "Store", "EventFilter",
    # records and their vocabularies
    "Article", "Event", "Entity", "Place", "ResolvedDate", "Category", "Status", "Precision", "PlacePrecision",
    "QuadClass", "CATEGORIES", "STATUSES", "QUAD_CLASSES",
    # settings and errors
    "Settings", "load_settings", "TacitusError", "InputError", "ConfigError", "StoreError", "CodingError",
    # extending
    "register_exporter", "register_reader",
    "__version__",
}


def test_all_is_exactly_the_public_api():
    assert set(tacitus.__all__) == PUBLIC
    assert len(tacitus.__all__) == len(PUBLIC)


def test_every_public_name_resolves():
    for name in tacitus.__all__:
        assert getattr(tacitus, name) is not None, name


def test_the_public_names_are_the_library_objects():
    from tacitus.coding.extract import code_documents, extract
    from tacitus.store import open_store
    from tacitus.store.filters import EventFilter

    assert (tacitus.extract, tacitus.code_documents) == (extract, code_documents)
    assert (tacitus.open_store, tacitus.EventFilter) == (open_store, EventFilter)


def test_import_tacitus_loads_neither_the_coder_nor_the_store():
    probe = ("import sys, tacitus\n"
             "print(sorted(m for m in ('spacy', 'torch', 'sqlalchemy', 'tacitus.coding.extract') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_an_unknown_name_is_an_attribute_error():
    try:
        tacitus.no_such_thing  # noqa: B018
    except AttributeError as error:
        assert "no_such_thing" in str(error)
    else:
        raise AssertionError("tacitus.no_such_thing resolved")


def test_the_event_schema_repeats_the_vocabularies_of_the_records():
    schema = json.loads(resources.files("tacitus").joinpath("data", "event.schema.json").read_text(encoding="utf-8"))
    properties = schema["properties"]
    assert tuple(properties["event"]["enum"]) == tacitus.CATEGORIES
    assert tuple(properties["status"]["enum"]) == tacitus.STATUSES
    assert tuple(properties["date_precision"]["enum"]) == PRECISIONS


def test_promised_cooperation_is_agree_for_plover():
    from tacitus.records import plover_category

    assert plover_category("CONSULT", "planned") == "AGREE"
    assert plover_category("AID", "intended") == "AGREE"
    assert plover_category("CONSULT", "asserted") == "CONSULT"
    assert plover_category("ASSAULT", "planned") == "ASSAULT"
