"""Pieces of an address made one (addresses.assemble, through resolve): edges grown over
house numbers and postcodes, pieces joined across commas, numbers and a place's particles."""
import pytest

from assistant.privacy.resolve import Span, resolve


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
    # A number between two address pieces is the address's (one digit: no postcode takes it).
    ("Calzada Sur 73 5 Nueva Albania", [("ADDRESS", "Calzada Sur 73"), ("LOCATION", "Nueva Albania")],
     [("ADDRESS", "Calzada Sur 73 5 Nueva Albania")]),
    # Joining and growing take turns: the town joined in the second round takes its postcode.
    ("Puebla 943 686\nSan Israel\n, VER\n Panamá 60744-8023",
     [("ADDRESS", "Puebla 943"), ("PERSON", "Israel"), ("PERSON", "VER\n Panamá")],
     [("ADDRESS", "Puebla 943 686\nSan Israel\n, VER\n Panamá 60744-8023")]),
    # No joining across a word that is no particle of a place's name.
    ("Lyon and Marie", [("LOCATION", "Lyon"), ("PERSON", "Marie")], [("LOCATION", "Lyon"), ("PERSON", "Marie")]),
    ("Rohrbach in Oberösterreich", [("LOCATION", "Rohrbach"), ("LOCATION", "Oberösterreich")],
     [("LOCATION", "Rohrbach in Oberösterreich")]),
    ("Boston in Mary's car", [("LOCATION", "Boston"), ("PERSON", "Mary")], [("LOCATION", "Boston"), ("PERSON", "Mary")]),
    ("Dobrovo v Brdih", [("LOCATION", "Dobrovo"), ("PERSON", "Brdih")], [("LOCATION", "Dobrovo v Brdih")]),
])
def test_place_pieces_join_and_towns_take_their_tails(text, pieces, expected):
    spans = [Span(kind, text.index(v), text.index(v) + len(v), 0.7) for kind, v in pieces]
    assert [(s.entity_type, text[s.start:s.end]) for s in resolve(text, spans)] == expected

