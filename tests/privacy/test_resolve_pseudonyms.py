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


@pytest.mark.parametrize("text,address,expected", [
    ("3, rue Marthe Rossi", "rue Marthe Rossi", "3, rue Marthe Rossi"),  # the house number before the street word
    ("Nr. 325 Bulevardul Alberta", "Bulevardul Alberta", "Nr. 325 Bulevardul Alberta"),
    ("4/92/859 Phố số 58", "859 Phố số 58", "4/92/859 Phố số 58"),  # flat / building / house
    ("Nr. 325 Bulevardul Alberta", "325 Bulevardul Alberta", "Nr. 325 Bulevardul Alberta"),
    ("unit 95 0 stuart concourse", "95 0 stuart concourse", "unit 95 0 stuart concourse"),
    ("Số 5/75/838 Phố Nguyễn", "838 Phố Nguyễn", "Số 5/75/838 Phố Nguyễn"),
    ("Ackermannring 22-66", "Ackermannring 22", "Ackermannring 22-66"),  # the rest of the house number
    ("Pod Průsekem 443, Guyana 585 30", "Pod Průsekem 443, Guyana 585", "Pod Průsekem 443, Guyana 585 30"),
    ("Vicolo Baresi 572, 33029 Raveo (UD)", "Vicolo Baresi 572, 33029 Raveo", "Vicolo Baresi 572, 33029 Raveo (UD)"),
    ("Kimalaiskuja 240, Pedersören kunta", "Kimalaiskuja 240, Pedersören", "Kimalaiskuja 240, Pedersören kunta"),
    ("7574 Jessica Freeway, Acostaland 58395", "7574 Jessica Freeway, Acostaland", "7574 Jessica Freeway, Acostaland 58395"),
    ("31 Toolis Street\n W63AN74", "31 Toolis Street", "31 Toolis Street\n W63AN74"),  # an Eircode
    ("3351 Lapis Lazuli Drive, Magnolia Estates Phase 1", "3351 Lapis Lazuli Drive, Magnolia Estates Phase",
     "3351 Lapis Lazuli Drive, Magnolia Estates Phase 1"),
    ("ul. Wiślana 589\nAugustów\n, XY\n 24-173", "ul. Wiślana 589\nAugustów\n, XY", "ul. Wiślana 589\nAugustów\n, XY\n 24-173"),
    ("Maryamhof 425, Ghana 2108 NT", "Maryamhof 425, Ghana", "Maryamhof 425, Ghana 2108 NT"),
    ("Av. Brás 249, Espanha 3798-213", "Av. Brás 249, Espanha", "Av. Brás 249, Espanha 3798-213"),
    ("Peterson Homes Phase 2, Ramirez Road", "2, Ramirez Road", "Phase 2, Ramirez Road"),
    ("Na Laurové 846", "Laurové 846", "Na Laurové 846"),  # a preposition opening the street's name
    ("Flat 92\n95 Mason Beach Road", "95 Mason Beach Road", "Flat 92\n95 Mason Beach Road"),  # the unit's line
    ("12 Oak Street, Tulsa 74103-1234", "12 Oak Street, Tulsa", "12 Oak Street, Tulsa 74103-1234"),  # ZIP+4
    # Not grown: a number before a number-led street, a column of figures, a date after it.
    ("page 3, 12 Oak Street", "12 Oak Street", "12 Oak Street"),
    ("Mobileye   123   148", "Mobileye   123", "Mobileye   123"),
    ("12 Oak Street 2024-01-05", "12 Oak Street", "12 Oak Street"),
])
def test_an_address_takes_in_its_house_number_and_postcode(text, address, expected):
    start = text.index(address)
    out = resolve(text, [Span("ADDRESS", start, start + len(address), 0.8)])
    assert [text[s.start:s.end] for s in out] == [expected]


def test_a_grown_address_joins_the_piece_it_now_touches():
    text = "Số 1/27/213 Phố Nguyễn Huệ"
    out = resolve(text, [Span("ADDRESS", 0, 4, 0.6), Span("ADDRESS", 8, len(text), 0.7)])
    assert [text[s.start:s.end] for s in out] == [text]


def test_an_address_does_not_grow_into_its_neighbour():
    text = "Ann 12, rue Haute"
    out = resolve(text, [Span("PERSON", 0, 6, 0.8), Span("ADDRESS", 8, 17, 0.7)])
    assert [text[s.start:s.end] for s in out] == ["Ann 12", "rue Haute"]


@pytest.mark.parametrize("text,pieces,expected", [
    ("Duarte do Campo", [("LOCATION", "Duarte"), ("PERSON", "Campo")], [("LOCATION", "Duarte do Campo")]),
    ("7 prouse street\neast smithgate", [("ADDRESS", "7 prouse street"), ("ADDRESS", "smithgate")],
     [("ADDRESS", "7 prouse street\neast smithgate")]),
    ("San Miguel los Altos", [("LOCATION", "San Miguel")], [("LOCATION", "San Miguel los Altos")]),
    ("Menthonnex (AR)", [("LOCATION", "Menthonnex")], [("LOCATION", "Menthonnex (AR)")]),
    # A number between two address pieces is the address's: "Calzada Sur 736 985 992 462, Nueva Albania".
    ("Calzada Sur 736 985 992 462, Nueva Albania", [("ADDRESS", "Calzada Sur 736 985"), ("ADDRESS", "462, Nueva Albania")],
     [("ADDRESS", "Calzada Sur 736 985 992 462, Nueva Albania")]),
    # Joining and growing take turns: the town joined in the second round takes its postcode.
    ("Puebla 943 686\nSan Israel\n, VER\n Panamá 60744-8023",
     [("ADDRESS", "Puebla 943"), ("PERSON", "Israel"), ("PERSON", "VER\n Panamá")],
     [("ADDRESS", "Puebla 943 686\nSan Israel\n, VER\n Panamá 60744-8023")]),
    # No joining across a word that is no particle of a place's name.
    ("Lyon and Marie", [("LOCATION", "Lyon"), ("PERSON", "Marie")], [("LOCATION", "Lyon"), ("PERSON", "Marie")]),
    ("Rohrbach in Oberösterreich", [("LOCATION", "Rohrbach"), ("LOCATION", "Oberösterreich")],
     [("LOCATION", "Rohrbach in Oberösterreich")]),
    ("Boston in Mary's car", [("LOCATION", "Boston"), ("PERSON", "Mary")], [("LOCATION", "Boston"), ("PERSON", "Mary")]),
])
def test_place_pieces_join_and_towns_take_their_tails(text, pieces, expected):
    spans = [Span(kind, text.index(v), text.index(v) + len(v), 0.7) for kind, v in pieces]
    assert [(s.entity_type, text[s.start:s.end]) for s in resolve(text, spans)] == expected

