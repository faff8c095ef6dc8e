"""Identifiers found by their place in a format (NACHA, MICR, HL7 v2, X12) and names
found by how they are built (world given names, Korean and Vietnamese syllables).
Each recognizer alone, without spaCy."""
import pytest

from assistant.privacy.recognizers.base import fold_letters, word_list
from assistant.privacy.recognizers.given_names import is_given_name
from test_recognizers import found

NACHA = "6222658214930028253853       0000315057               RAMIREZ SOLIS LUCIA   0021000020000001"


def test_a_nacha_entry_record_gives_its_routing_number_account_and_name():
    assert found("payment_formats", NACHA) == [
        ("ABA", "265821493"), ("ACCOUNT", "0028253853"), ("PERSON", "RAMIREZ SOLIS LUCIA")]


def test_a_nacha_record_whose_routing_number_fails_its_checksum_is_left_alone():
    assert found("payment_formats", NACHA.replace("2658214930", "2658214940")) == []


@pytest.mark.parametrize("text,aba,account", [
    ("MICR read 'T068209380T 493052104730O 34853' for payee", "068209380", "493052104730"),
    ("Check image MICR: ⑆254033658⑆ 5521962067⑈ 51278 - maker", "254033658", "5521962067"),
    ("Minh Vo,329702568,078937755,2016.21,PPD", "329702568", "078937755"),
    ("044872896|6062650594|ANNIKA SCHNEIDER|2025-01-26|1217.74", "044872896", "6062650594"),
    ("ach debit from 326118841/5763917272 for", "326118841", "5763917272"),
])
def test_a_routing_number_and_its_account_as_files_and_cheques_write_them(text, aba, account):
    assert found("payment_formats", text) == [("ABA", aba), ("ACCOUNT", account)]


@pytest.mark.parametrize("text", [
    "Minh Vo,329702567,078937755,2016.21,PPD",  # the checksum fails
    "Revenue 2023,123456789,987654321",          # nine digits whose checksum fails, in a table
    "routing 021000021, 1234,567.89 paid",       # the field after it is a figure's thousands
])
def test_nine_digits_in_a_row_that_are_no_routing_number(text):
    assert found("payment_formats", text) == []


def test_a_fedwire_code_in_a_swift_field():
    assert found("payment_formats", "MT103 field 57A: //FW627507326\nfield 59:") == [("ABA", "627507326")]


PID = ("PID|1||4471902^^^MRN||GARCIA^LUIS^ALBERTO||19520817|M|||221 ELM ST^^SPRINGFIELD^MA^01103||"
       "(413)555-0187||||||283-50-1947")


def test_an_hl7_pid_segment_by_its_fields():
    assert found("segments", PID) == [
        ("MRN", "4471902"), ("PERSON", "GARCIA^LUIS^ALBERTO"), ("DOB", "19520817"),
        ("LOCATION", "221 ELM ST^^SPRINGFIELD^MA^01103"), ("PHONE", "(413)555-0187"), ("SSN", "283-50-1947")]


def test_a_doctor_in_pv1_is_a_name_and_an_npi():
    text = "PV1|1|I|5N^512^A||||1234567893^KESSLER^ANNA^^^DR|||MED"
    assert found("segments", text) == [("LICENSE", "1234567893"), ("PERSON", "KESSLER^ANNA")]


def test_x12_names_ids_and_dates_of_a_person_not_of_an_organisation():
    text = ("NM1*85*2*VALLEY CLINIC*****XX*1234567893~NM1*IL*1*HUGHES*AROHA****MI*1699906941~"
            "N3*23388 HOSPITAL DR~N4*TOLEDO*OH*43613~DMG*D8*19780702*M~CLM*PT4471*500***11:B:1~")
    assert found("segments", text) == [
        ("PERSON", "HUGHES*AROHA"), ("MEMBER_ID", "1699906941"), ("LOCATION", "23388 HOSPITAL DR"),
        ("LOCATION", "TOLEDO"), ("LOCATION", "43613"), ("DOB", "19780702"), ("ACCOUNT", "PT4471")]


def test_a_table_with_a_pid_column_is_no_segment():
    assert found("segments", "|PID|4471902|GARCIA, LUIS|\n| Mar 4 | 07:00 | Cr 2.4 |") == []


@pytest.mark.parametrize("word", ["Elif", "Manpreet", "Oluwaseun", "Ayşe", "elif", "Søren"])
def test_the_worlds_given_names_are_listed(word):
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["Grace", "Candida", "Boston", "Espoo", "insulin"])
def test_words_towns_and_medical_terms_are_not_among_the_worlds_given_names(word):
    assert fold_letters(word) not in word_list("world_names.txt")


@pytest.mark.parametrize("text,value", [
    ("dob 02/11/1943, is that right for Elif?", "Elif"),                 # alone, known to no word list
    ("W-7 approved, ITIN assigned to elif arslan, pls update cif", "elif arslan"),  # small letters in a cased text
    ("credit Antoine Chevalier at ABA 051065573", "Antoine Chevalier"),
    ("pls run glucose trend for MRN 5001872, pt is kowalczyk, agnieszka", "kowalczyk, agnieszka"),  # surname first
    ("micro: BCx 2/2 GPC -- obrien, patrick -- 447120", "obrien, patrick"),
])
def test_a_world_given_name_used_as_a_name(text, value):
    assert value in [v for _, v in found("given_names", text)]


@pytest.mark.parametrize("text", [
    "Kelly Services reported",                      # a capitalised word beside it
    "Candida auris screen of axilla/groin pending",  # a germ
    "follow the Wilson disease protocol",           # an eponym
    "what does R03 mean on an ach return",          # a sector's term
    "Credit card charge-off rate was 3.62%",        # a word that is a surname, then an English compound
    "if the gene isn't working the child won't grow",  # English words that are names, contractions
    "CHF exacerbation: fever, chills, grace period",
])
def test_a_given_name_alone_that_is_something_else(text):
    assert found("given_names", text) == []


@pytest.mark.parametrize("text,value", [
    ("Refill request: Eliquis for Ji-woo Park, DOB", "Ji-woo Park"),
    ('"7730012","Kim, Sung-min","04/30/1975"', "Kim, Sung-min"),
    ("hey can you find the path report for ji-woo park mrn 6610348", "ji-woo park"),
    ("Prescriber: Dr. Ji-woo Tran, NPI on file", "Ji-woo Tran"),
    ("opened 03.01.2022 by Oğuz Karaca and Nguyễn Thị Hồng", "Nguyễn Thị Hồng"),
    ("ROW 14: borrower=tran thi lan, loan#=285-2310870-693", "tran thi lan"),
    ("1/31/25 ZELLE TO DUC NGUYEN $5,507.71", "DUC NGUYEN"),
])
def test_korean_and_vietnamese_names_from_their_syllables(text, value):
    assert value in [v for _, v in found("syllable_names", text)]


@pytest.mark.parametrize("text", [
    "a so-so result, we will do an mri",  # English words, a word doubled
    "Long-term care in the Ho-Ho-Kus office",
    "the follow-up is in-house",
])
def test_words_made_of_the_same_syllables_that_are_no_name(text):
    assert found("syllable_names", text) == []


def _row_ids(text: str, name: str) -> list[str]:
    from assistant.privacy.rows import ids_beside_names
    from assistant.privacy.spans import Span

    at = text.index(name)
    spans = ids_beside_names(text, [Span("PERSON", at, at + len(name), 0.9)], "MRN")
    return [text[s.start:s.end] for s in spans if s.entity_type == "MRN"]


@pytest.mark.parametrize("text,name,number", [
    ("| 3392015 | Ólafsdóttir, Guðrún | 02/12/1931 | 93 | 4W |", "Ólafsdóttir, Guðrún", "3392015"),
    ("abena boateng 79296805 4/29/69 need last echo report", "abena boateng", "79296805"),
    ("omar abu-ghazaleh 9/5 080-739-065 - cxr read yet??", "omar abu-ghazaleh", "080-739-065"),
    ('"Haddad, Rania",00458821,1944-02-29,SNF', '"Haddad, Rania"', "00458821"),  # a CSV field
    ("callback list:\nNguyen Van Minh 07242 283233\n", "Nguyen Van Minh", "07242 283233"),  # in groups
])
def test_an_unlabelled_number_on_a_named_persons_line_is_their_record(text, name, number):
    assert _row_ids(text, name) == [number]


@pytest.mark.parametrize("text,name", [
    ("Tamura, Ken 20240802 glucose 42", "Tamura, Ken"),              # a date in eight digits
    ("Tamura, Ken got 1000000 units of vitamin D", "Tamura, Ken"),   # a figure with its unit
    ("Tamura, Ken\nRow 3392015 of the export", "Tamura, Ken"),       # another line
    ("Tamura, Ken owes 1,234,567.00", "Tamura, Ken"),                # an amount
    ("Tamura, Ken's average RSUs from 2017-2019?", "Tamura, Ken"),   # a span of years
    ("Tamura, Ken 12 05 1958 follow up", "Tamura, Ken"),             # a date in groups
])
def test_numbers_beside_a_name_that_are_no_record(text, name):
    assert _row_ids(text, name) == []


def test_no_name_no_record():
    from assistant.privacy.rows import ids_beside_names

    assert ids_beside_names("| 3392015 | 02/12/1931 | 4W |", [], "MRN") == []


@pytest.mark.parametrize("text,expected", [
    ("LAB_RESULT pid=800213377 name=WASHINGTON^DENISE test=K val=5.9 flag=H",
     [("MRN", "800213377"), ("PERSON", "WASHINGTON^DENISE")]),
    ("[ADT^A03] MRN=7710023 PT=HERNANDEZ ORTIZ, MARIA JOSE DISPO=SNF",
     [("MRN", "7710023"), ("PERSON", "HERNANDEZ ORTIZ, MARIA JOSE")]),
    ("units=mmol/L flag=H name= x=1", []),  # keys that name no person; an empty name
])
def test_key_value_fields_of_a_log_or_an_export(text, expected):
    assert found("segments", text) == expected
