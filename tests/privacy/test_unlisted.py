"""Names by elimination: a capitalised word no word list knows, unless it is a term."""
import pytest

from test_intl_addresses_lists import found


@pytest.mark.parametrize("text,value", [
    ("Is there a better pop song? Usamov and Bowers were precision engineers.", "Usamov"),
    ("Why is Natasja so impulsive?", "Natasja"),
    ('"Moving in that direction," says Hauta-aho.', "Hauta-aho"),
    ("This song by ex-Zombie Ogasahara is a perfect example.", "Ogasahara"),
    ("Unlike the Roeterdink novel, it's not about that.", "Roeterdink"),
    ("the verses from Edi Živković's Cautionary Tales", "Živković"),  # the possessive stays out
])
def test_an_unknown_capitalised_word_is_a_name(text, value):
    assert value in found("unlisted_names", text), found("unlisted_names", text)


@pytest.mark.parametrize("text", [
    "Guidelines for a 70-year-old African American male",   # SCOWL's capitalised words
    "Contraindications for prescribing Zoloft to a patient",  # a plural; a brand SCOWL knows
    "a case of Ogasahara Roeterdink syndrome",               # an eponym, one word or a chain
    "Unreimbursed Copayments and Intercompany Balances",     # known only after a prefix or inflection
    "Meningoencephalocele and Cystoid changes",              # term endings no Census name has
    "Rec. tx for pt w/ hx of HTN",                           # abbreviations: under five letters
    "Staphylococcus aureus was cultured",                    # known_words.txt
    "Lentigo noted; Prescriber informed",                    # SCOWL's larger list
    "shares of Mobileye rose",                               # said to be a company
])
def test_words_and_terms_are_not_names(text):
    assert found("unlisted_names", text) == []


def test_prefixes_and_inflections_reach_a_known_word_only_through_the_rule():
    from assistant.privacy.recognizers.unlisted import is_known, known_words

    for word in ("unreimbursed", "copayments", "intercompany"):
        assert not any(word in words for words in known_words()) and is_known(word)
    assert not is_known("roeterdink") and not is_known("unroeterdinks")


@pytest.mark.parametrize("text,value", [
    ("here they are: 7878 Rahu 37 Apt. 405 Sindi PR", "7878 Rahu 37 Apt. 405 Sindi PR"),
    ("4596 Tylova 285\n Suite 578\n Ostrov", "4596 Tylova 285\n Suite 578\n Ostrov"),
    ("Please return to Leon and Eyrarodda 66 in case of an issue.", "Eyrarodda 66"),
])
def test_a_street_no_list_knows_with_its_house_number(text, value):
    assert found("unlisted_streets", text) == [value]


@pytest.mark.parametrize("text", [
    "Meropenem 500 mg twice daily",   # a dose
    "Rivian 2023 results",            # a year
    "as of September 30, 2022",       # a date
    "Table 3 and Section 12",         # English words
])
def test_a_number_after_a_drug_a_date_or_a_word_is_not_a_street(text):
    assert found("unlisted_streets", text) == []
