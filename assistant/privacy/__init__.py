"""PII redaction: Presidio with our recognizers, and per-session pseudonyms.

    red = Redactor.for_domain(domain.privacy)
    pseudo = Pseudonyms()
    red.redact("Patient John Smith, MRN 00123456", pseudo).text
    # 'Patient <PERSON_1>, MRN <MRN_1>'

Names resolve lazily: importing the package (e.g. for the CLI's ``--help``)
must not pull in Presidio and spaCy, which take seconds.
"""
from __future__ import annotations

__all__ = ["Pseudonyms", "Redactor"]


def __getattr__(name: str):
    if name == "Redactor":
        from ..imports import PRESIDIO_OPTIONAL, kept_out

        with kept_out(*PRESIDIO_OPTIONAL):  # Presidio's Hugging Face recognizers: unused, ~2 s
            from .redactor import Redactor
        return Redactor
    if name == "Pseudonyms":
        from .pseudonyms import Pseudonyms

        return Pseudonyms
    raise AttributeError(name)
