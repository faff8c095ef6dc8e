"""Routing and account numbers as payment files and cheques write them, without a label.

An analyst pastes what the bank's systems print: a NACHA entry detail record
("6" + transaction code + routing number + account + amount + ID + name, in fixed
columns), a cheque's MICR line ("⑆021000021⑆ 4400123987⑈ 1047", or with "T" and
"O" for the symbols when an OCR tool reads it), a Fedwire code in a SWIFT message
("//FW021000021"), or a CSV row of a payroll or ACH batch ("Minh Vo,329702568,
078937755,2016.21,PPD"). None of them says "routing" next to the number, and
each one names the number by its place in the format.

A routing number is taken only where its ABA checksum and Federal Reserve prefix
pass (one nine-digit run in twenty does); the account beside it is taken with it.
"""
from __future__ import annotations

import regex

from . import checksums as cs
from . import register
from .base import CodeRecognizer, result

NINE_DIGITS = regex.compile(r"\d{9}")
# NACHA entry detail record (record type 6), columns 1-79: the transaction code, the
# receiving bank's routing number (eight digits and a check digit), the account (17),
# the amount in cents (10), an identification number (15) and the receiver's name (22).
ACH_ENTRY = regex.compile(r"(?m)^[ \t]*6(?:2[1-9]|3[1-9]|4[1-9]|5[1-5])(?P<aba>\d{9})(?P<account>[0-9A-Za-z -]{17})"
                          r"(?P<amount>\d{10})(?P<id>.{15})(?P<name>[^\n]{1,22})")
# A cheque's MICR line: transit symbol, routing number, transit symbol, then the account
# before the on-us symbol. OCR writes the symbols "T" and "O" (or "U", "C", "A").
MICR = regex.compile(r"(?<![\w])[⑆T](?P<aba>\d{9})[⑆T][ \t]*(?P<account>\d[\d -]{2,16}\d)[ \t]*[⑈OUC]")
# A Fedwire routing code in a SWIFT field: "57A: //FW021000021".
FEDWIRE = regex.compile(r"//FW(?P<aba>\d{9})(?!\d)")
# A row of a delimited file with a routing number and the account after it in the next
# field: "329702568,078937755", "044872896|6062650594", "326118841/5763917272".
PAIR = regex.compile(r"(?<![\w.-])(?P<aba>\d{9})[ \t]*(?P<sep>[,|;/\t])[ \t]*\"?(?P<account>\d{4,17})(?![\w.-]|,\d{3}\b)")


@register("payment_formats")
class PaymentFormatRecognizer(CodeRecognizer):
    ENTITIES = ("ABA", "ACCOUNT", "PERSON")
    SCORE = 0.85

    def analyze(self, text, entities, nlp_artifacts=None):
        if not NINE_DIGITS.search(text):
            return []
        found = []
        for m in ACH_ENTRY.finditer(text):
            if cs.aba_ok(m["aba"]):
                found += [("ABA", m.span("aba")), ("ACCOUNT", _stripped(m, "account"))]
                if m["name"].strip():
                    found.append(("PERSON", _stripped(m, "name")))
        for pattern in (MICR, FEDWIRE, PAIR):
            for m in pattern.finditer(text):
                if cs.aba_ok(m["aba"]):
                    found.append(("ABA", m.span("aba")))
                    if "account" in m.groupdict():
                        found.append(("ACCOUNT", m.span("account")))
        return [result(self, kind, a, b, self.SCORE) for kind, (a, b) in found if kind in entities and a < b]


def _stripped(m: regex.Match, group: str) -> tuple[int, int]:
    """The span of a fixed-width field without its padding."""
    start, end = m.span(group)
    value = m[group]
    return start + len(value) - len(value.lstrip()), end - (len(value) - len(value.rstrip()))
