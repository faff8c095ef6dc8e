"""Regressions found by the at-rest canary test: a label belongs to its own field."""
import pytest

from assistant.privacy import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor.build()


def test_phone_after_an_mrn_is_a_phone_not_an_mrn(redactor):
    text = "MRN: 99887766, phone (555) 301-4477, seen today"
    types = {text[e.start:e.end]: e.entity_type for e in redactor.redact(text).entities}
    assert types["99887766"] == "MRN"
    assert types["(555) 301-4477"] == "PHONE"


@pytest.mark.parametrize("label", ["Patient:", "Customer:", "Patient", "Account holder:"])
def test_name_after_a_colon_label(redactor, label):
    text = f"{label} Canary Testpatient, admitted on ward 5B."
    redacted = redactor.redact(text)
    assert "Canary" not in redacted.text and "Testpatient" not in redacted.text
    assert "PERSON" in {e.entity_type for e in redacted.entities}
