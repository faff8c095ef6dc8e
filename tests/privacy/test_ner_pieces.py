"""Which stretches of a text spaCy's NER reads (``ner.ner_pieces``), and that reading only
them finds the same names and places as reading the whole."""
import pytest

from assistant.privacy.recognizers.ner import ner_pieces
from assistant.privacy.redactor import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor.build(workers=1)


def pieces(text):
    return [text[a:b] for a, b in ner_pieces(text)]


def test_sentences_without_a_capital_a_name_could_bear_are_skipped_but_lend_three_words():
    text = ("We met. Then we left. It rained all day long. Maria Lopez came back later that "
            "night. We were all glad about it.")
    assert pieces(text) == ["all day long. Maria Lopez came back later that night. We were all"]


def test_a_first_word_counts_unless_it_is_an_english_word():
    text = "It rained all day long. The iPhone app was fine. It rained over the whole town. Will it work?"
    assert pieces(text) == ["all day long. The iPhone app was fine. It rained over",
                            "the whole town. Will it work?"]  # "Will" is also a name


def test_a_date_keeps_its_sentence():
    text = "It rained all day long. The visit was on 12/03/2021. Nothing else was said."
    assert pieces(text) == ["all day long. The visit was on 12/03/2021. Nothing else was"]


def test_a_hard_wrapped_sentence_stays_whole_and_table_rows_are_their_own():
    text = ("It rained all day long.\nRevenue grew in the United\nStates and abroad.\n"
            "Total net sales   82,959\nTotal net sales   83,123\nTotal net sales   84,000\n")
    assert pieces(text) == ["all day long.\nRevenue grew in the United\nStates and abroad.\n"
                            "Total net sales"]


@pytest.mark.parametrize("text", ["follow up with jonas weber in uppsala", "x\n\n"])
def test_a_text_without_capitals_is_read_whole(text):
    assert pieces(text) == [text]


def test_nothing_to_read():
    assert pieces("") == [] and pieces("The end. All done.") == []


def test_pieces_find_what_the_whole_text_finds(redactor):
    text = ("the report was filed late. Maria Lopez was seen at Mercy Hospital in Boston on "
            "March 3.\nall values are in thousands. no names here.\n\nJohn Smith, MRN 445566.")
    found = {(s.entity_type, text[s.start:s.end]) for s in redactor.find(text)}
    assert {("PERSON", "Maria Lopez"), ("PERSON", "John Smith")} <= found
    assert any(kind == "LOCATION" and "Boston" in value for kind, value in found)


@pytest.mark.parametrize("text,names", [
    ("Is there a better crafted pop song on this list? Klug and Roman were precision engineers.",
     ["Klug", "Roman"]),
    ("Is there a better crafted pop song on this list? O'Brian and Pena were precision engineers.",
     ["O'Brian", "Pena"]),
])
def test_names_after_a_skipped_sentence_keep_their_context(redactor, text, names):
    # The question holds no capital a name could bear and is not read; without three of
    # its words before them spaCy tagged neither name (Presidio's generator, seed 2001-2004).
    found = [text[s.start:s.end] for s in redactor.find(text)]
    assert all(name in found for name in names)
