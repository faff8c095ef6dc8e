"""address_clause: the clause an address cue opens, when it looks like an address."""
import pytest

from test_intl_addresses_lists import found


@pytest.mark.parametrize("text,value", [
    ("I moved last month, my new address is Strada Popa, Fetesti-Gara, can you update it?", "Strada Popa, Fetesti-Gara"),
    ("Please send the records to 82, chemin Jean Blanchet.", "82, chemin Jean Blanchet"),
    ("Her home address: R. Miguel Magalhães, 199, Torres Vedras", "R. Miguel Magalhães, 199, Torres Vedras"),
    ("Mail the bill to H.No. 171, Prakash Nagar, Silchar please", "H.No. 171, Prakash Nagar, Silchar"),
    ("Address:\nLadeira de Sousa, 45\nMonte São José\n05878477 Das Neves / RN\n\nDiagnosis: flu",
     "Ladeira de Sousa, 45\nMonte São José\n05878477 Das Neves / RN"),
    ("The office is located at One Apple Park Way, Cupertino, California 95014. Call us",
     "One Apple Park Way, Cupertino, California 95014"),
    ("She lives at Rotonda Zola, 7 Appartamento 5 and we visit", "Rotonda Zola, 7 Appartamento 5"),
    ("The patient lives at бул. 30 лет Победы, д. 5/7.", "бул. 30 лет Победы, д. 5/7"),  # lower-case Cyrillic
])
def test_the_clause_after_an_address_cue(text, value):
    assert found("address_clause", text) == [value]


@pytest.mark.parametrize("text", [
    "She lives at home with her husband.",          # no digit, comma or street word
    "Please send him to Dr. Patel for a review.",   # a person
    "The forms were sent to the SEC on March 3, 2023.",
    "Symptoms returned to 72 hours after the dose.",
    "Refer to Cardiology, Oncology and Surgery.",   # no cue
    "Send the invoice to Accounts, 2nd floor" + " x" * 100,  # no end within reach
])
def test_not_an_address(text):
    assert found("address_clause", text) == []
