import pytest

from assistant.privacy.recognizers import checksums as cs

CASES = [  # (function, valid example, same shape with a wrong check digit)
    (cs.luhn_ok, "4111 1111 1111 1111", "4111 1111 1111 1112"),
    (cs.card_ok, "378282246310005", "378282246310006"),
    (cs.iban_ok, "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33"),
    (cs.iban_ok, "DE89370400440532013000", "DE89370400440532013001"),
    (cs.aba_ok, "011000015", "011000016"),
    (cs.cusip_ok, "037833100", "037833101"),
    (cs.isin_ok, "US0378331005", "US0378331006"),
    (cs.npi_ok, "1234567893", "1234567890"),
    (cs.dea_ok, "AB1234563", "AB1234564"),
    (cs.ssn_ok, "536-22-1234", "666-22-1234"),
    (cs.itin_ok, "912-70-1234", "912-40-1234"),
    (cs.ein_ok, "12-3456789", "07-3456789"),
    (cs.swift_ok, "DEUTDEFF500", "DEUTXXFF500"),
    (cs.vin_ok, "1HGCM82633A004352", "1HGCM82634A004352"),
]


@pytest.mark.parametrize("check,valid,invalid", CASES)
def test_check_digit(check, valid, invalid):
    assert check(valid)
    assert not check(invalid)


def test_ssn_rejects_unissued_ranges_and_famous_samples():
    for bad in ("000-12-3456", "912-12-3456", "123-00-4567", "123-45-0000", "123-45-6789"):
        assert not cs.ssn_ok(bad)


def test_aba_rejects_unassigned_prefix():
    assert not cs.aba_ok("991000018")
