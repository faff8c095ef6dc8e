"""PII redaction: Presidio with our recognizers, and per-session pseudonyms.

    red = Redactor.for_domain(domain.privacy)
    pseudo = Pseudonyms()
    red.redact("Patient John Smith, MRN 00123456", pseudo).text
    # 'Patient <PERSON_1>, MRN <MRN_1>'
"""
from .pseudonyms import Pseudonyms
from .redactor import Redactor

__all__ = ["Pseudonyms", "Redactor"]
