"""Towns from the GeoNames gazetteer and names from the Census given names: each is
taken only where the text shows it is used as a place or a name. Each recognizer
alone, without spaCy (its entities are faked where one reads them)."""
import pytest

from assistant.privacy.recognizers.given_names import given_names
from assistant.privacy.recognizers.places import fold, gazetteer
from test_intl_addresses_lists import ents, found


@pytest.mark.parametrize("text,value", [
    ("We moved here from ESPOO", "ESPOO"),
    ("Celebrating its 10th year in STAVANGER, Betterlesson invites", "STAVANGER"),
    ("Maha Cazares\n\nChiclana de la Frontera\nSpain", "Chiclana de la Frontera"),
    ("Fuglie 41\n Suite 860\n UPPLANDS VÄSBY\n Sweden 56687", "UPPLANDS VÄSBY"),
    ("Uruguay leader gives order", "Uruguay"),
    ("Newcastle upon Tyne is where she was treated", "Newcastle upon Tyne"),
    ("Box 12\n Marke\n Belgium", "Marke"),
    ("Ghent 9000\nBelgium", "Ghent"),
])
def test_a_listed_place_where_the_text_says_it_is_one(text, value):
    assert value in found("places", text), found("places", text)


@pytest.mark.parametrize("text", [
    "Sale of assets and Split the dose.",     # towns (Sale, Split) that are English words
    "   TABLE OF CONTENTS\n\n   Page\n   Part I",  # a town's name alone on a line, no address
    "based on data from the RENO Diet-Heart Study",  # an acronym
    "the response to the APT with house dust mites",
    "an increase in Wells score",             # an eponym
    "Where: Kuncsorba Country Club.",         # "Country Club, FL": two capitalised words are not enough
    "Chad reported the results",              # a country that is also a first name
])
def test_a_listed_name_used_otherwise_is_not_a_place(text):
    assert found("places", text) == []


def test_accents_and_case_are_folded():
    assert fold("Ostrov nad Ohří") == fold("OSTROV NAD OHRÍ") == "ostrov nad ohri"
    countries, towns, longest = gazetteer()
    assert "espoo" in towns and "sweden" in countries and longest["chiclana"] >= 4


@pytest.mark.parametrize("text,value", [
    ("have you heard Tamara T Stanković speak yet?", "Tamara T Stanković"),
    ("Ella: What a wife.\nDestiny: Remember me?", "Ella"),
    ('Gabriel: "Who are you?"\nSara:"I\'m here".', "Sara"),
    ('Mehrudin shouted at Todd: "What are you doing here?"', "Todd"),
    ("my name is Tamara", "Tamara"),
    ("Vinka: What a wife.\nLisa: Remember me?", "Vinka"),  # a dialogue's other speaker
])
def test_a_given_name_used_as_a_name(text, value):
    assert value in found("given_names", text), found("given_names", text)


@pytest.mark.parametrize("text", [
    "Grace Period and Will Smith",            # given names that are English words are not listed
    "Kelly Services reported",                # an organisation's word
    "signs of Jung Wolff Back Stahl syndrome",  # an eponym
    "Plan: follow up in May.",                # a label, a month
])
def test_a_given_name_used_otherwise_is_not_taken(text):
    assert found("given_names", text) == []


def test_a_dialogue_labelled_with_plain_words_keeps_only_its_named_speaker():
    assert found("given_names", "Sara: how are you?\nPatient: Better.\nNote: stable") == ["Sara"]


def test_spacy_reading_an_organisation_wins():
    text = "Morgan Stanley and Charles Schwab reported results."
    assert "Morgan Stanley" in found("given_names", text)
    assert "Morgan Stanley" not in found("given_names", text, ents(text, "Morgan Stanley"))


def test_the_list_holds_census_names_not_english_words():
    names = given_names()
    assert {"Tamara", "Todd", "Sara"} <= names
    assert not {"Will", "Grace", "Mark", "May", "Page"} & names


def test_a_run_of_plain_english_words_is_not_a_name():
    from assistant.privacy.recognizers.ner import only_common_words

    assert only_common_words("Consolidated Financial Statements") and only_common_words("Familial")
    # given names, common surnames and unknown words may be names
    assert not any(only_common_words(v) for v in ("Maria", "Grace", "Brown", "King", "Zoe Young", "Rubija"))


@pytest.mark.parametrize("name,label", [("org_names", "ORG"), ("spacy_ner", "PERSON")])
def test_spacy_names_made_of_plain_words_are_dropped(name, label):
    text = "Familial hypercholesterolemia is inherited; Zoe Young and Dr. Bland agreed."
    spans = ["Familial", "Zoe Young"] if label == "ORG" else ["Familial", "Zoe Young", "Bland"]
    kept = found(name, text, ents(text, *spans, label=label))
    assert "Familial" not in kept and "Zoe Young" in kept
    if label == "PERSON":
        assert "Dr. Bland" in kept  # a title makes even a plain word a name


@pytest.mark.parametrize("text,value", [
    ("She was born in North Russell.", "North Russell"),
    ("Town: Lake Kenneth", "Lake Kenneth"),
    ("We transferred her from a clinic in Meyer-sur-Béguelin.", "Meyer-sur-Béguelin"),
    ("He grew up in Thành phố Huế and studied nursing.", "Thành phố Huế"),
    ("Town: Thành phố Hà Nội", "Thành phố Hà Nội"),  # the name goes on over capitalised words
    ("eva kleist lives at 255 hersnapvej 18, københavn k", "københavn k"),  # a Danish postal district
])
def test_towns_by_their_shape(text, value):
    assert found("town_shapes", text) == [value]


@pytest.mark.parametrize("text", [
    "mutations in new gene variants",         # a known word after the prefix
    "common in East Asian populations",       # a people's adjective
    "the North Russell ward",                 # no place word before
    "seen in New Patients clinic",
])
def test_town_shapes_need_a_place_word_and_a_name(text):
    assert found("town_shapes", text) == []


@pytest.mark.parametrize("text,value", [
    ("Back home in Ravne na Koroškem we had snow.", "Ravne na Koroškem"),   # a Slavic joiner
    ("Montemor-o-Novo was super fun to visit!", "Montemor-o-Novo"),         # three hyphened parts
])
def test_listed_towns_with_joiners_and_hyphens(text, value):
    assert value in found("places", text), found("places", text)


def test_unlisted_names_go_on_over_german_particles():
    text = "Waidhofen an der Ybbs was super fun"
    assert found("unlisted_names", text) == ["Waidhofen an der Ybbs"]
