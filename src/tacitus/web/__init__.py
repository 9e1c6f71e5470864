"""The web face of the store: a JSON API (``/api/v1``) and an offline analyst dashboard, served together by
``tacitus serve``. Start with ``create_app(settings)`` in ``tacitus.web.app``.

Every asset ships inside the wheel or the Python packages it depends on: the pages work with no network.
"""
