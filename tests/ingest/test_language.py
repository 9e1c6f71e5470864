"""Which articles the coder reads: English ones, however many foreign names a short report holds."""

from tacitus.ingest.language import detect_language, is_coded_language


def test_a_short_english_report_full_of_foreign_names_is_english():
    # an English creole scores within a hair of English on such a sentence
    assert detect_language("Boko Haram fighters abducted 20 girls from a school in Borno state.") == "en"
    assert detect_language("Gunmen killed three villagers in Zamfara state on Sunday night.") == "en"
    assert detect_language("Tunde Bello, the ECOWAS envoy for Niger, met Tiani in Niamey.") == "en"
    assert detect_language("Uomini armati hanno ucciso tre persone a Kano domenica.") != "en"


def test_other_languages_are_not_english():
    assert detect_language("Des hommes armés ont tué trois personnes à Kano dimanche soir.") == "fr"
    assert detect_language("Hombres armados mataron a tres personas en Kano el domingo.") == "es"
    assert detect_language("Der Minister traf gestern Abend seinen Amtskollegen in Berlin.") == "de"
    assert not is_coded_language("fr")


def test_too_little_text_to_tell_is_given_the_benefit():
    assert detect_language("Kano, Sunday") is None and is_coded_language(None)
