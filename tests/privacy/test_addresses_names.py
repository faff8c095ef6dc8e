"""Address blocks, cued addresses, travel places, cued names, ORG-shaped names, prefilters.

Each recognizer alone, without spaCy (spaCy's entities are faked where one reads them).
"""
from types import SimpleNamespace

import pytest

from assistant.privacy import recognizers
from assistant.privacy.recognizers.base import ContextPatternRecognizer


def found(name: str, text: str) -> list[str]:
    rec = recognizers.build([name])[0]
    return [text[r.start:r.end] for r in rec.analyze(text, rec.supported_entities) if r.score >= 0.5]


BLOCK = "William Hughes\n\n20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488"
QUOTED = "> Esat Jeknić\n> Marshall, Hernandez and Simpson\n> 3378 217 Lovers Lane\n> Suite 680\n> New Zealand 15896"
SIGNATURE = "Selina Eldarkhanov\n30102 Kaevu 94\nNicosia\n, NI\n 61089\n28-64-66-98 office\n930.167.3943 fax"


@pytest.mark.parametrize("text,value", [
    (BLOCK, "20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488"),
    (QUOTED, "3378 217 Lovers Lane\n> Suite 680\n> New Zealand 15896"),
    (SIGNATURE, "30102 Kaevu 94\nNicosia\n, NI\n 61089"),  # the phone lines end the block
])
def test_address_block_takes_the_lines_below_the_street(text, value):
    assert found("address_block", text) == [value]


@pytest.mark.parametrize("text", [
    "Take 500 mg daily\nWith food",
    "1. Metformin 500 mg\n2. Lisinopril 10 mg",
    "BP 120/80 today\nHR 72",
    "A 45 year old man\npresents with chest pain",
])
def test_address_block_leaves_clinical_lists_alone(text):
    assert found("address_block", text) == []


@pytest.mark.parametrize("text,value", [
    ("Daniela C Capon lives at 92597 Jahu 80, Liiva", "92597 Jahu 80, Liiva"),
    ("please send a new one to 99449 18 McPherson Road Suite 019 CHARLEROI Victoria? I am in",
     "99449 18 McPherson Road Suite 019 CHARLEROI Victoria"),
    ("Please return to 6639 Canónigo Valiño 70\n Apt. 758\n Almussafes\n Spain 97197 in case of an issue.",
     "6639 Canónigo Valiño 70\n Apt. 758\n Almussafes\n Spain 97197"),
    ("Dexter lives on Ziegelgasse 19 street.", "Ziegelgasse 19"),
    ("What is your address? it is the corner of Dalbraut 99 and Frederikke Coves",
     "the corner of Dalbraut 99 and Frederikke Coves"),
])
def test_cued_address(text, value):
    assert value in found("address_cue", text)


@pytest.mark.parametrize("text", [
    "Started 2 Tylenol 500 mg for the pain",       # a number-led capitalised run, no address cue
    "Recheck in 3 Months with labs",
    "Cardiology follow-up: Room 4 West at 10 AM",
])
def test_cued_address_needs_its_cue(text):
    assert found("address_cue", text) == []


def test_four_digit_postcode_only_when_labelled():
    assert found("zip", "ZIP: 3520") == ["3520"]
    assert found("zip", "My zip code is 90010-170") == ["90010-170"]
    assert found("zip", "gave 3520 units of heparin") == []


def test_uk_and_canadian_postcodes():
    assert found("zip", "Flat 2, Marsden Station, SM20 5EA") == ["SM20 5EA"]
    assert found("zip", "Longmouth, SK N3E5P6.") == ["N3E5P6"]
    assert found("zip", "Kendraburgh, MB V9E 7N6") == ["V9E 7N6"]
    # No inward code with C, I, K, M, O or V; no UK code without its space; Canada has no "D".
    assert found("zip", "CD4 4KM count, SW1A1AA, D1A 2B3 and COVID 19") == []


@pytest.mark.parametrize("text,value", [
    ("Mr. Rangel flew to HORTEN on Monday morning.", "HORTEN"),
    ("I'm Naomi Ryan, originally from ΕΓΚΩΜΗ, and i'm 31 y/o.", "ΕΓΚΩΜΗ"),
    ("The Princess Royal arrived at Khandallah this morning", "Khandallah"),
    # The words town_shapes reads before a short town in capitals are the same list.
    ("on the last Sunday before Labor Day we returned to Feliciano by helicopter", "Feliciano"),
    ("Rogers Corporation is a design agency based in Tobel.", "Tobel"),
])
def test_place_after_travel_words(text, value):
    assert value in found("city_state", text)


def test_no_place_without_travel_words():
    assert found("city_state", "Risk of stroke in AFIB and in HORTEN trial arms") == []
    assert found("city_state", "the baby returned to NICU overnight") == []  # a care unit


@pytest.mark.parametrize("text,value", [
    ("My name is Rubija", "Rubija"),
    ("Sometimes people call me Csanád", "Csanád"),
    ("I would like to remove my kid Lukas from the will.", "Lukas"),
    ("Directed By: Leena O Sasi", "Leena O Sasi"),
    ("Dexter lives on Ziegelgasse 19 street.", "Dexter"),
    ("Zak shouted at Scott", "Zak"),
    (QUOTED, "Esat Jeknić"),  # the addressee line above a postal block
])
def test_cued_names(text, value):
    assert value in found("names", text)


@pytest.mark.parametrize("text", [
    "a condition called Marfan syndrome",   # eponym
    "She was born in the spring",           # pronoun subject
    "They said the dose was fine",
    "a drug named Losartan",                # drug suffix
    "a drug called Xarelto",                # a listed brand
])
def test_cued_names_skip_eponyms_pronouns_drugs(text):
    assert found("names", text) == []


def ents(text, *values, label="ORG"):
    spans = [SimpleNamespace(label_=label, start_char=text.index(v), end_char=text.index(v) + len(v))
             for v in values]
    return SimpleNamespace(entities=spans)


def test_spacy_people_that_are_drug_brands_are_dropped():
    rec = recognizers.build(["spacy_ner"])[0]
    text = "the effectiveness of Xarelto vs. Coumadin, asked by Mary Jones"
    out = rec.analyze(text, ["PERSON"], ents(text, "Xarelto", "Coumadin", "Mary Jones", label="PERSON"))
    assert [text[r.start:r.end] for r in out] == ["Mary Jones"]


def test_spacy_entities_in_lower_case_count_only_in_text_without_capitals():
    # Where the writer capitalises, a lower-case "place" is a word ("general anesthesia");
    # text with no capital at all is read through the casing view instead.
    rec = recognizers.build(["spacy_ner"])[0]
    text = "What are the risks of general anesthesia in Mary Jones?"
    out = rec.analyze(text, ["LOCATION", "PERSON"], ents(text, "anesthesia", label="GPE"))
    assert out == []
    text = "risks of anesthesia in uppsala"
    out = rec.analyze(text, ["LOCATION"], ents(text, "uppsala", label="GPE"))
    assert [text[r.start:r.end] for r in out] == ["uppsala"]


def test_org_shaped_names_become_person():
    rec = recognizers.build(["org_names"])[0]
    text = "Zoe Young from Flightaware Inc is the keynote speaker; ask Wisława Szczepańska's team"
    out = rec.analyze(text, ["PERSON"], ents(text, "Zoe Young", "Flightaware Inc", "Wisława Szczepańska's"))
    assert [text[r.start:r.end] for r in out] == ["Zoe Young", "Wisława Szczepańska"]


@pytest.mark.parametrize("text,value", [
    ("guidance from the ACC/AHA panel", "ACC/AHA"),          # acronyms
    ("MRN: 1234", "MRN"),                                    # labels
    ("Primary Sclerosing Cholangitis workup", "Primary Sclerosing Cholangitis"),
    ("Kroll Bond Ratings Agency said", "Kroll Bond Ratings Agency"),
])
def test_org_shaped_names_skip_acronyms_labels_diseases_companies(text, value):
    rec = recognizers.build(["org_names"])[0]
    assert rec.analyze(text, ["PERSON"], ents(text, value)) == []
    assert rec.analyze(text, ["PERSON"], ents(text, value, label="GPE")) == []


def test_prefilter_skips_texts_without_the_needed_character():
    class Digits(ContextPatternRecognizer):
        ENTITY = "X"
        PATTERNS = (("any", r"\w+", 0.9),)

    assert Digits().analyze("no digits here", ["X"]) == []
    assert len(Digits().analyze("room 12", ["X"])) == 2

    for name in ("email", "url", "ip"):
        rec = recognizers.build([name])[0]
        assert rec.analyze("nothing to see here", rec.supported_entities) == []
    assert found("email", "write to jane.roe@example.com") == ["jane.roe@example.com"]
    assert found("ip", "host 10.0.0.12 is down") == ["10.0.0.12"]


@pytest.mark.parametrize("value,kind", [
    ("The Health Information Management", "ORGANIZATION"),  # a department: in the sample policy
    ("Medical Records", "ORGANIZATION"),
    ("Mercy Health", "LOCATION"),  # a care site's name
    ("St. Mary's Medical Center Billing Office", "LOCATION"),  # a department of a named site
    ("Mayo Clinic", "LOCATION"),
])
def test_an_org_with_a_health_word_is_a_site_unless_it_names_a_department(value, kind):
    from assistant.privacy.recognizers.ner import SpacyNerRecognizer

    text = f"Ask {value} about it."
    start = text.index(value)
    assert SpacyNerRecognizer().classify(text, "ORG", start, start + len(value))[0] == kind


@pytest.mark.parametrize("text,value", [
    ("emidio p lombardo\nunit 1009 box 0219\ndpo ap 51065\n781 1704 office", "unit 1009 box 0219\ndpo ap 51065"),
    ("sent to uscgc aslakhanov\nfpo ae 44941?", "uscgc aslakhanov\nfpo ae 44941"),
    ("PSC 1234, Box 5678\nAPO AE 09001", "PSC 1234, Box 5678\nAPO AE 09001"),
    ("USS Theodore Roosevelt FPO AP 96661", "USS Theodore Roosevelt FPO AP 96661"),
])
def test_us_military_mail_in_any_case(text, value):
    assert value in found("address", text), found("address", text)


def test_military_mail_needs_its_apo_fpo_dpo_ending():
    assert not [v for v in found("address", "Unit 5 of the plan, box 3: apo 12345") if "box" in v.lower()]


@pytest.mark.parametrize("text,value", [
    ("follow up with jonas at 42 elm street, springfield", "42 elm street"),
    ("she lives at 1200 north oak avenue apt 4, denver", "1200 north oak avenue apt 4"),
    ("3747 3911 fourth avenue suite 112 calgary", "3747 3911 fourth avenue suite 112"),
])
def test_a_street_typed_in_lower_case(text, value):
    assert value in found("address", text), found("address", text)


@pytest.mark.parametrize("text", [
    "take 2 pills on the street",        # a small word between
    "in 1 way or another",               # a street type English puts after a number
    "after 2 court hearings",
])
def test_lower_case_phrases_that_end_in_a_street_word_are_not_streets(text):
    assert found("address", text) == []
