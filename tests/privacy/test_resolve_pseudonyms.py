import pytest

from assistant.privacy import Pseudonyms
from assistant.privacy.resolve import Span, resolve


def test_specific_beats_generic_and_inner_number_dropped():
    text = "card 4111 1111 1111 1111"
    spans = [Span("CARD", 5, 24, 1.0), Span("DATE", 5, 14, 0.85), Span("PHONE", 10, 24, 0.8)]
    assert resolve(text, spans) == [Span("CARD", 5, 24, 1.0)]


def test_address_wins_over_date_on_a_street():
    text = "lives at 42 Elm Street, Springfield"
    spans = [Span("DATE", 9, 11, 0.85), Span("ADDRESS", 9, 35, 0.85), Span("LOCATION", 24, 35, 0.85)]
    assert [s.entity_type for s in resolve(text, spans)] == ["ADDRESS"]


def test_longer_wins_within_a_rank_and_overhang_is_kept():
    text = "seen at St. Joseph Hospital in Chicago"
    # Two readings of one rank that overlap: the first kept whole, the second's overhang kept.
    spans = [Span("LOCATION", 8, 27, 0.7), Span("PERSON", 19, 38, 0.6), Span("PERSON", 12, 18, 0.85)]
    out = resolve(text, spans)
    assert [text[s.start:s.end] for s in out] == ["St. Joseph Hospital", "in Chicago"]
    covered = {i for s in out for i in range(s.start, s.end)}
    assert all(i in covered for i in range(8, 38) if text[i] != " ")
    assert all(a.end <= b.start for a, b in zip(out, out[1:]))


def test_what_sticks_out_too_short_to_stand_goes_to_the_span_it_sticks_out_of():
    # "H94065783" passes the DEA checksum by chance; the member ID is the whole token.
    text = "Humana ID H94065783-01; cost?"
    spans = [Span("DEA", 10, 19, 0.85), Span("MEMBER_ID", 10, 22, 0.85)]
    assert resolve(text, spans) == [Span("MEMBER_ID", 10, 22, 0.85)]
    # A short overhang of a span that does not hold the kept one whole keeps the kept type.
    text = "SSN 123-45-6789A1 on file"
    spans = [Span("SSN", 4, 15, 1.0), Span("MEMBER_ID", 8, 17, 0.6)]
    assert resolve(text, spans) == [Span("SSN", 4, 17, 1.0)]
    # Punctuation alone sticking out is not grown over.
    text = "card 4111 1111 1111 1111, due"
    assert resolve(text, [Span("CARD", 5, 24, 1.0), Span("DATE", 10, 25, 0.85)]) == [Span("CARD", 5, 24, 1.0)]


@pytest.mark.parametrize("text,pieces,expected", [
    ("Patient: BROWN, SHIRLEY  ID", [("PERSON", "BROWN"), ("PERSON", "SHIRLEY")], [("PERSON", "BROWN, SHIRLEY")]),
    ("Pt Achebe, Amara T. presented", [("PERSON", "Achebe"), ("LOCATION", "Amara T.")], [("PERSON", "Achebe, Amara T.")]),
    ("Subscriber: O'Brien, Yesenia", [("PERSON", "O'Brien"), ("LOCATION", "Yesenia")], [("PERSON", "O'Brien, Yesenia")]),
    # Not two people's full names, nor a person and a place that is no given name.
    ("Dr. Kim, Dr. Lee", [("PERSON", "Dr. Kim"), ("PERSON", "Dr. Lee")], [("PERSON", "Dr. Kim"), ("PERSON", "Dr. Lee")]),
    ("Smith, Boston office", [("PERSON", "Smith"), ("LOCATION", "Boston")], [("PERSON", "Smith"), ("LOCATION", "Boston")]),
])
def test_a_name_written_surname_first_is_one_name(text, pieces, expected):
    spans = [Span(kind, text.index(value), text.index(value) + len(value), 0.8) for kind, value in pieces]
    assert [(s.entity_type, text[s.start:s.end]) for s in resolve(text, spans)] == expected


@pytest.mark.parametrize("text,pieces,expected", [
    # A credential after a name is part of it; "IV" is left ("gave Mr. Smith IV fluids").
    ("correct it to Dr. Roland Pena DDS?", [("PERSON", "Dr. Roland Pena")], [("PERSON", "Dr. Roland Pena DDS")]),
    ("gave Mr. Smith IV fluids", [("PERSON", "Mr. Smith")], [("PERSON", "Mr. Smith")]),
    # Particles and the given name before a surname, a piece there taken in.
    ("add Frits van den Heuvel as", [("PERSON", "Heuvel")], [("PERSON", "Frits van den Heuvel")]),
    ("to Roxy van der Torre - sadly", [("LOCATION", "Roxy van"), ("PERSON", "Torre")], [("PERSON", "Roxy van der Torre")]),
    ("to Ries van den Nieuwenhuizen", [("LOCATION", "Ries"), ("LOCATION", "Nieuwenhuizen")],
     [("LOCATION", "Ries van den Nieuwenhuizen")]),
    # A middle initial joins the pieces of a name on either side of it.
    ("a Racław D Piotrowski concert", [("PERSON", "Racław"), ("PERSON", "Piotrowski")], [("PERSON", "Racław D Piotrowski")]),
    ("to Pryor O. Benoit -", [("LOCATION", "Pryor"), ("PERSON", "Benoit")], [("PERSON", "Pryor O. Benoit")]),
    ("Boston MA Smith", [("LOCATION", "Boston"), ("PERSON", "Smith")], [("LOCATION", "Boston"), ("PERSON", "Smith")]),
    # Two pieces of one name found apart are one person, one placeholder; not across a line.
    ("for Siobh\u00e1n McCarthy's knee", [("PERSON", "Siobh\u00e1n"), ("PERSON", "McCarthy")],
     [("PERSON", "Siobh\u00e1n McCarthy")]),
    ("RN: Hope\nYoung", [("PERSON", "Hope"), ("PERSON", "Young")], [("PERSON", "Hope"), ("PERSON", "Young")]),
    # After "de" a place is more often an organisation's: no growing.
    ("a loan from Banco de Portugal", [("LOCATION", "Portugal")], [("LOCATION", "Portugal")]),
])
def test_names_take_their_particles_and_credentials(text, pieces, expected):
    spans = [Span(kind, text.index(v), text.index(v) + len(v), 0.7) for kind, v in pieces]
    assert [(s.entity_type, text[s.start:s.end]) for s in resolve(text, spans)] == expected


def test_overlapping_spans_of_one_type_are_joined():
    # "New York, NY" sticks out of the facility by ", NY": too short to stand alone, kept by joining.
    text = "seen at St. Mary's Hospital in New York, NY"
    spans = [Span("LOCATION", 8, 39, 0.7), Span("LOCATION", 31, 43, 0.75)]
    assert resolve(text, spans) == [Span("LOCATION", 8, 43, 0.75)]
    # Different types are not joined.
    assert len(resolve(text, [Span("LOCATION", 8, 39, 0.7), Span("DATE", 31, 43, 0.75)])) == 1


def test_an_address_and_its_place_pieces_are_one_address():
    text = "send it to 42 Elm Street, Ashby\nKent, and call Ann"
    spans = [Span("ADDRESS", 11, 24, 0.8), Span("PERSON", 26, 31, 0.55), Span("LOCATION", 32, 36, 0.7),
             Span("PERSON", 47, 50, 0.85)]
    out = resolve(text, spans)
    # The town read as a name and the county on the next line join the street; "Ann" does not.
    assert [(s.entity_type, text[s.start:s.end]) for s in out] == [
        ("ADDRESS", "42 Elm Street, Ashby\nKent"), ("PERSON", "Ann")]
    # A place before the street joins it; a name before it does not; nor across a sentence.
    text = "Ashby, 42 Elm Street. Kent"
    out = resolve(text, [Span("LOCATION", 0, 5, 0.7), Span("ADDRESS", 7, 20, 0.8), Span("LOCATION", 22, 26, 0.7)])
    assert [text[s.start:s.end] for s in out] == ["Ashby, 42 Elm Street", "Kent"]
    out = resolve(text, [Span("PERSON", 0, 5, 0.7), Span("ADDRESS", 7, 20, 0.8)])
    assert [s.entity_type for s in out] == ["PERSON", "ADDRESS"]


def test_existing_placeholders_are_never_redacted_again():
    text = "ask <PERSON_1> about it"
    assert resolve(text, [Span("PERSON", 5, 13, 0.85)]) == []


def test_pseudonyms_consistent_and_restored():
    p = Pseudonyms()
    a = p.placeholder("PERSON", "John Smith")
    assert a == "<PERSON_1>"
    assert p.placeholder("PERSON", "john  smith") == a          # same person, other spelling
    assert p.placeholder("PERSON", "Jo\u00adhn Smith") == a     # ... or a soft hyphen in it
    assert p.placeholder("PERSON", "Jane Roe") == "<PERSON_2>"
    assert p.placeholder("MRN", "00123456") == "<MRN_1>"
    assert p.restore("<PERSON_2> and <PERSON_1>, <MRN_1>, <MRN_9>") == \
        "Jane Roe and John Smith, 00123456, <MRN_9>"
    assert p.mapping() == {"<PERSON_1>": "John Smith", "<PERSON_2>": "Jane Roe", "<MRN_1>": "00123456"}


def test_overlap_search_matches_a_full_scan():
    # resolve looks up the taken pieces a span overlaps by bisection; it must find exactly
    # the ones a scan of all of them finds.
    import bisect
    import random

    from assistant.privacy.resolve import _overlapping

    rng = random.Random(0)
    for _ in range(200):
        taken: list[tuple[int, int]] = []
        for _ in range(rng.randrange(30)):
            a = rng.randrange(500)
            b = a + rng.randrange(1, 20)
            if all(b <= x or y <= a for x, y in taken):
                bisect.insort(taken, (a, b))
        start = rng.randrange(500)
        end = start + rng.randrange(1, 60)
        assert sorted(_overlapping(taken, start, end)) == [(a, b) for a, b in taken if a < end and start < b]


def test_an_address_and_a_place_that_overlap_are_one_address():
    # The whole run read as a place, a part of it as a street: neither edge is lost.
    text = "at провулок Чорноморський 6-й, буд. 11"
    out = resolve(text, [Span("LOCATION", 3, len(text), 0.6), Span("ADDRESS", 12, 27, 0.6)])
    assert [(s.entity_type, text[s.start:s.end]) for s in out] == [("ADDRESS", text[3:])]


def test_a_name_or_place_without_letters_is_dropped():
    # spaCy tags the signs of "0.01 ≥ P ≥ .0001" as people and "880" as a place.
    text = "0.01 ≥ P ≥ .0001 in 880 patients"
    spans = [Span("PERSON", 5, 6, 0.85), Span("LOCATION", 20, 23, 0.85), Span("ADDRESS", 20, 23, 0.6)]
    assert [(s.entity_type, text[s.start:s.end]) for s in resolve(text, spans)] == [("ADDRESS", "880")]
