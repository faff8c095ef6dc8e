"""Finance identifiers: IBAN, SWIFT/BIC, ABA routing, accounts, cards, CUSIP, ISIN, SSN/ITIN, EIN.

Scores: a passed checksum on a distinctive shape stands alone (>= 0.85);
a checksum that random digits pass one time in ten (ABA, CUSIP, NPI) needs a
context word as well; a bare run of digits needs a context word always.
"""
from __future__ import annotations

import re

from . import checksums as cs
from . import register
from .base import CASE_SENSITIVE, ContextPatternRecognizer, IdentifierInContext

# A token with at least three digits, optionally prefixed by letters: ACC-12345, 00123456.
ID_TOKEN = (r"(?<![\w-])#?(?=[A-Z0-9-]{0,24}\d[A-Z0-9-]{0,24}\d[A-Z0-9-]{0,24}\d)"
            r"[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){2,24}(?!\w|-\w)")  # not "12-34-": "ID 123456- copay" ends at 6


@register("iban")
class IbanCodeRecognizer(ContextPatternRecognizer):
    ENTITY = "IBAN"
    # With and without a short last group, each checked: "CH59 1302 54F2 5705 7836 N" needs
    # its "N", "ES47 1642 ... 9771 a su nombre" must end at 9771.
    PATTERNS = (("iban", r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}\b", 0.5),
                ("iban_tail", r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}[ ]?[A-Z0-9]{1,3}\b", 0.5))
    CONTEXT = ("iban", "international bank account")

    def check(self, value):
        return cs.iban_ok(value)


@register("swift")
class SwiftRecognizer(ContextPatternRecognizer):
    ENTITY = "SWIFT"
    PATTERNS = (("bic", r"\b[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b", 0.3),)
    # Or the bank in a payment's chain, or an IBAN right before it: "IT61...E399 (BPMOIT22)".
    CONTEXT = ("swift", "bic", "bank identifier code", "swift code", "intermediary", "correspondent",
               "beneficiary bank", r"[a-z]{2}\d{2}[a-z0-9]{11,30}", r"[a-z]{2}\d{2}(?: [a-z0-9]{1,4}){3,8}",
               "wired? to", "via")
    CONTEXT_REQUIRED = True  # eight capitals are also ordinary shouted words
    PREFILTER = r"[A-Z]{6}"  # a bank code is letters only
    FLAGS = CASE_SENSITIVE

    def check(self, value):
        return cs.swift_ok(value)


@register("aba")
class RoutingNumberRecognizer(ContextPatternRecognizer):
    ENTITY = "ABA"
    PATTERNS = (("aba", r"\b\d{9}\b", 0.3), ("aba_dashed", r"\b\d{4}-\d{4}-\d\b", 0.3))
    # Or the payment it routes: "is 637720627 a fed-member bank? ... same-day ach".
    CONTEXT = ("aba", "routing", "rtn", "transit", "routing number", "abarouting", "ach", "fed(?:wire)?",
               "fed-member")
    CONTEXT_REQUIRED = True
    # The checksum and the Fed's prefixes pass one nine-digit run in twenty: a routing word
    # further back in the sentence is enough ("which routing number ...: 071000013 or 081000016").
    WINDOW_BEFORE = 80
    WINDOW_AFTER = 24  # "is 015294526 a valid routing number?"

    def check(self, value):
        return cs.aba_ok(value)


@register("account")
class BankAccountRecognizer(IdentifierInContext):
    ENTITY = "ACCOUNT"
    # Also as a statement prints it, in groups: "loan 0619 3136 84".
    PATTERNS = (("account", ID_TOKEN, 0.3),
                ("grouped", r"(?<![\w.-])\d{2,6}(?:[ ]\d{2,6}){1,4}(?![\w-]|[.,]\d)", 0.3))
    # Loans and brokerage accounts are a customer's accounts too; "cuenta", "compte", "Konto"
    # as letters from abroad write them.
    CONTEXT = (r"accounts?(?![ \t]+(?:payable|receivable))", "acct", "acc", "a/c", "account number", "account no", "checking",
               "savings", "deposits? (?:to|into)", "bank account", "loans?", "mortgage", "heloc",
               "brokerage", "ira", "ach", "posted to", "préstamo", "prestamo", "cuenta", "compte", "konto",
               # demand deposits, cheques drawn on one, statements and overdrafts of one
               "dda", "drawn on", "overdraft", "statement (?:for|on)", "bank statement", "online banking",
               "originator", "ordering customer",
               # a hospital's accounts of a stay: Epic's CSN and HAR, Cerner's FIN, a UB-04's
               # patient control number, an encounter or visit number
               "csn", "har", r"fin(?=[ \t]*[:#]?[ \t]*\d{6})", "encounter", "enc", r"pat\.? cntl", "patient control", "visit (?:no|#|number)")
    CONTEXT_REQUIRED = True
    CONTEXT_IN_VALUE = True  # "ACCT-4418-878824": the label glued to the number
    CONTEXT_SCORE = 0.8
    WINDOW_BEFORE = 28
    # Six digits or more, after at most a few letters, a dash or a space inside: a list's
    # second account ("accounts 007538485 and 609-207820"). Not a date in eight digits.
    SENTENCE_SHAPE = re.compile(r"#?(?:[A-Z]{1,4}-?)?(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b)"
                                r"(?=(?:\d[ -]?){6,20}$)\d[\d -]*\d")


@register("card")
class PaymentCardRecognizer(ContextPatternRecognizer):
    ENTITY = "CARD"
    # Not after "+": "+447700677662" is a phone number in international form, whatever Luhn says.
    PATTERNS = (("card", r"(?<![\d+-])(?:\d[ -]?){11,18}\d(?![\d-])", 0.3),)
    CONTEXT = ("card", "visa", "mastercard", "amex", "american express", "discover", "credit",
               "debit", "cc", "pan")

    def check(self, value):
        return cs.card_ok(value)


@register("cusip")
class CusipRecognizer(ContextPatternRecognizer):
    ENTITY = "CUSIP"
    PATTERNS = (("cusip", r"\b[0-9]{3}[0-9A-Z]{5}[0-9]\b", 0.1),)
    CONTEXT = ("cusip",)
    VALID_SCORE = 0.4  # one random 9-digit number in ten passes: the word must be there too
    CONTEXT_SCORE = 0.95
    FLAGS = CASE_SENSITIVE

    def check(self, value):
        return cs.cusip_ok(value)


@register("isin")
class IsinRecognizer(ContextPatternRecognizer):
    ENTITY = "ISIN"
    PATTERNS = (("isin", r"\b[A-Z]{2}[A-Z0-9]{9}[0-9]\b", 0.2),)
    CONTEXT = ("isin", "security", "securities", "bond", "shares")
    VALID_SCORE = 0.85
    FLAGS = CASE_SENSITIVE

    def check(self, value):
        return cs.isin_ok(value) and (value[:2] in cs.COUNTRIES or value[:2] in ("XS", "EU"))


SSN_CONTEXT = ("ssn", "ss#", "ss #", "ss no", "social security", "social sec", "soc sec",
               "tin", "taxpayer id(?:entification)?")  # a W-9's TIN in an SSN's shape is one


@register("ssn")
class SsnRecognizer(ContextPatternRecognizer):
    ENTITY = "SSN"
    PATTERNS = (("dashed", r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", 0.5),
                ("spaced", r"(?<![\d-])\d{3} \d{2} \d{4}(?![\d-])", 0.3),
                ("bare", r"(?<![\d-])\d{9}(?![\d-])", 0.1))
    CONTEXT = SSN_CONTEXT
    NEEDS_CONTEXT = frozenset({"spaced", "bare"})
    VALID_SCORE = 0.85
    CONTEXT_SCORE = 0.95
    # "SSN: 123-45-6789" is an SSN to redact even though SSA never issued it.
    CONTEXT_OVERRIDES_CHECK = True

    def check(self, value):
        return cs.ssn_ok(value)


@register("itin")
class ItinRecognizer(ContextPatternRecognizer):
    ENTITY = "ITIN"
    PATTERNS = (("dashed", r"(?<![\d-])9\d{2}-\d{2}-\d{4}(?![\d-])", 0.5),
                ("bare", r"(?<![\d-])9\d{8}(?![\d-])", 0.1))
    CONTEXT = ("itin", "taxpayer identification", "individual taxpayer", "tax id", "tin")
    NEEDS_CONTEXT = frozenset({"bare"})
    VALID_SCORE = 0.85

    def check(self, value):
        return cs.itin_ok(value)


@register("ein")
class EinRecognizer(ContextPatternRecognizer):
    ENTITY = "EIN"
    PATTERNS = (("dashed", r"(?<![\d-])\d{2}-\d{7}(?![\d-])", 0.4),
                ("bare", r"(?<![\d-])\d{9}(?![\d-])", 0.1))
    CONTEXT = ("ein", "fein", "employer identification", "employer id", "tax id", "tax identification",
               "tin", "federal tax")
    NEEDS_CONTEXT = frozenset({"bare"})
    VALID_SCORE = 0.6
    CONTEXT_SCORE = 0.95

    def check(self, value):
        return cs.ein_ok(value)
