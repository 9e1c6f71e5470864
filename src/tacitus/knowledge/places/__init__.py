"""Places as GeoNames features: the packaged features (``build``), the name index (``index``), what an
article says about where it is (``context``), the forms of a mention (``names``) and the choice
(``resolver``). ``tacitus.knowledge.gazetteer`` is the interface the coder uses."""
