"""The view of a text the recognizers read: plain marks, and capitals for text typed without (no models: word lists only)."""
import pytest

from assistant.privacy.spans import Span
from assistant.privacy.view import case_view, view_of
from assistant.typography import plain


@pytest.mark.parametrize("text, view", [
    # names and places are not English words: capitalised
    ("follow up with jonas weber in uppsala.", "follow up with Jonas Weber in Uppsala."),
    # English words stay, even those that are names too ("bill", "call"), and contractions
    ("please call bill about the refund; we weren't told.", "please call bill about the refund; we weren't told."),
    # a possessive is read on its stem
    ("the verses from eric samoylova's tales", "the verses from Eric Samoylova's tales"),
    # months and weekdays are proper nouns; "may" only before a number
    ("seen on march 3 and may 5; you may want it by friday.",
     "seen on March 3 and May 5; you may want it by Friday."),
    # letters glued to a figure are its suffix or unit, not a word: "2nd", "110kg"
    ("to 4109 n kedzie ave, 2nd fl; 110kg", "to 4109 n Kedzie Ave, 2nd fl; 110kg"),
])
def test_lower_case_text_gets_capitals_where_a_proper_noun_would_have_them(text, view):
    assert case_view(text) == view


def test_text_with_any_capital_is_left_alone():
    text = "Patient seen by dr. weber in uppsala"
    assert case_view(text) is text


def test_the_view_keeps_every_offset():
    # "ß" upper-cases to two letters: such a word is left as it is, so spans still line up
    for text in ("ßtrasse and jönköping", "ǆemal hodžić, 12 ulica", "", "   ", "42 123-45"):
        view = case_view(text)
        assert len(view) == len(text)
        assert view.lower() == text.lower()


def test_joining_dashes_and_hard_spaces_read_as_their_plain_twins():
    text = "call 617\u2013555\u20137890, DOB 03\u201014\u20101962, 42\u00a0Elm St \u2014 as said"
    assert view_of(text).text == "call 617-555-7890, DOB 03-14-1962, 42 Elm St \u2014 as said"  # not the em dash
    assert len(view_of(text).text) == len(text)


def test_spans_found_past_layout_marks_cover_them_in_the_text():
    text = "Je\ufb00rey Jen\u00adnifer 123-45-\u200b6789"
    view = view_of(text)
    assert view.text == "Jeffrey Jennifer 123-45-6789"
    for value in ("Je\ufb00rey", "Jen\u00adnifer", "123-45-\u200b6789"):
        found = view.text.index(plain(value))
        placed = view.place(Span("X", found, found + len(plain(value)), 1.0))
        assert text[placed.start:placed.end] == value


def test_text_without_layout_marks_is_read_in_place():
    assert view_of("John Smith, 617\u2013555\u20137890").origin is None


@pytest.mark.parametrize("text, view", [
    ("PATIENT NAME: JOHN SMITH", "patient name: John Smith"),  # English words that are names, side by side
    ("REFERRED BY KATHARINA OBERHOLZER, MD", "referred BY Katharina Oberholzer, MD"),
    ("PT: ANN LEE, MRN 1234567 IN ICU", "PT: Ann Lee, MRN 1234567 IN ICU"),  # labels of two or three letters stay
    ("Name: HOLLIS, JENNIFER A.", "Name: Hollis, Jennifer A."),
    ("BILL PAYMENT DUE", "bill payment due"),  # a name-word alone is a word
    ("REFERRING: DR. OKONKWO ADEBAYO", "referring: DR. Okonkwo Adebayo"),  # a title, no known given name
    ("/s/ SATYA NADELLA", "/s/ Satya Nadella"),  # a signature
    ("/s/ DELOITTE & TOUCHE LLP", "/s/ DELOITTE & TOUCHE LLP"),  # ... but a firm's
    ("ENDED APRIL 30, 2023 AND MAY 1, 2022; YOU MAY SEE", "ended April 30, 2023 and May 1, 2022; you may see"),
    ("Smith, John (MRN 1234567)", "Smith, John (MRN 1234567)"),  # one shouted word is no run
    ("ΜΟΝΗ ΑΓΙΩΝ ΑΝΑΡΓΥΡΩΝ", "ΜΟΝΗ ΑΓΙΩΝ ΑΝΑΡΓΥΡΩΝ"),  # Latin script only: other_script reads these
    ("Seen: <PERSON_1> AND <PERSON_2> TODAY", "Seen: <PERSON_1> AND <PERSON_2> TODAY"),  # placeholders end runs
])
def test_shouted_runs_are_read_like_text_typed_without_capitals(text, view):
    assert case_view(text) == view


def test_a_recased_text_is_read_as_written_too():
    # Postal towns are written in capitals; the place rules read them so.
    assert view_of("Suite 828\nBASHALL TOWN\nUnited Kingdom").as_written == "Suite 828\nBASHALL TOWN\nUnited Kingdom"
    assert view_of("Suite 828\nBASHALL TOWN").readings == ("Suite 828\nBASHALL town", "Suite 828\nBASHALL TOWN")
    assert view_of("follow up with jonas").as_written is None  # no capitals: nothing written to keep
    assert view_of("Seen by Dr. Smith").readings == ("Seen by Dr. Smith",)


def test_a_word_broken_at_a_line_end_is_read_whole_and_placed_back_over_the_break():
    text = "Patient Jen-\nnifer Hollis, Smith-\nJones, follow-\n up"
    view = view_of(text)
    assert view.text == "Patient Jennifer Hollis, Smith-Jones, followup"  # a capital's hyphen stays
    found = view.text.index("Jennifer Hollis")
    placed = view.place(Span("PERSON", found, found + len("Jennifer Hollis"), 1.0))
    assert text[placed.start:placed.end] == "Jen-\nnifer Hollis"


@pytest.mark.parametrize("text,expected", [
    # Small letters with acronyms and codes among them: still typed without case.
    ("need PA for ozempic pt carmen pena memberid W995866509", "need PA for Ozempic pt Carmen Pena"),
    # A text that opens with a capital uses case, whatever follows.
    ("EGFR exon 19 deletion per NCCN?", "EGFR exon 19 deletion per NCCN?"),
    ("A thyroglossal duct cyst is a neck mass", "A thyroglossal duct cyst is a neck mass"),
])
def test_a_text_in_small_letters_with_acronyms_is_read_as_typed_without_case(text, expected):
    assert case_view(text).startswith(expected)
