"""Identifiers in HL7 v2 and X12 segments, found by the field that holds them.

Billing and clinical staff paste what interfaces and clearinghouses print:
"PID|1||4471902^^^MRN||GARCIA^LUIS^ALBERTO||19520817|M", "NM1*IL*1*HUGHES*AROHA****
MI*1699906941~", "DMG*D8*19780702*M~". The standards say what each field holds
(HL7 v2.5 PID-3 the patient's identifiers, PID-5 the name; X12 005010 NM1-09 the
ID its qualifier names: MI a member, XX an NPI, 34 an SSN), so a value is taken
by its place, with no label or shape around it; so are the key=value fields of logs
and exports ("name=WASHINGTON^DENISE", "pid=800213377"). Organisations' names (NM1 of
type 2) and plan-level numbers (group numbers, payer IDs, claim numbers) are not
identifiers of a person and are left alone.
"""
from __future__ import annotations

import regex

from . import register
from .base import CodeRecognizer, result

# HL7 v2 fields that identify a person, by segment and field number. Names in XCN fields
# (a doctor: ID^family^given...) start at the second component.
HL7_FIELDS = {
    "PID": {2: "MRN", 3: "MRN", 4: "MRN", 5: "PERSON", 6: "PERSON", 7: "DOB", 9: "PERSON", 11: "LOCATION",
            13: "PHONE", 14: "PHONE", 18: "ACCOUNT", 19: "SSN", 20: "LICENSE"},
    "NK1": {2: "PERSON", 4: "LOCATION", 5: "PHONE", 6: "PHONE"},
    "GT1": {3: "PERSON", 5: "LOCATION", 6: "PHONE", 7: "PHONE", 8: "DOB", 12: "SSN"},
    "IN1": {16: "PERSON", 18: "DOB", 19: "LOCATION", 36: "MEMBER_ID", 49: "MEMBER_ID"},
    "IN2": {1: "MEMBER_ID", 2: "SSN"},
    "PV1": {7: "DOCTOR", 8: "DOCTOR", 9: "DOCTOR", 17: "DOCTOR", 19: "ACCOUNT"},
    "ORC": {12: "DOCTOR"},
    "OBR": {16: "DOCTOR"},
}
HL7_SEGMENT = regex.compile(r"(?:^|(?<=[\r\n ]))(?P<id>PID|NK1|GT1|IN1|IN2|PV1|ORC|OBR)\|[^\r\n]*")
# The ID qualifier in NM1-08 names what NM1-09 holds.
X12_ID = {"MI": "MEMBER_ID", "II": "MEMBER_ID", "XX": "LICENSE", "34": "SSN"}
X12_REF = {"SY": "SSN", "1W": "MEMBER_ID", "IG": "MEMBER_ID", "EA": "MRN", "0B": "LICENSE", "1G": "LICENSE",
           "HPI": "LICENSE"}
X12_SEGMENT = regex.compile(r"(?:^|(?<=[~\r\n ]))(?P<id>NM1|N3|N4|DMG|REF|CLM|CLP|DTP|PER)\*[^~\r\n]*")
# A log's or an export's key=value fields: "name=WASHINGTON^DENISE", "PT=HERNANDEZ ORTIZ,
# MARIA JOSE DISPO=SNF", "pid=800213377". The value runs to the next key or separator.
KEY_KIND = {"name": "PERSON", "pt": "PERSON", "patient": "PERSON", "ptname": "PERSON", "patientname": "PERSON",
            "membername": "PERSON", "customer": "PERSON", "customername": "PERSON", "custname": "PERSON",
            "borrower": "PERSON", "payee": "PERSON", "pid": "MRN", "mrn": "MRN", "dob": "DOB"}
KEY_VALUE = regex.compile(r"(?<![\w.-])(?P<key>[A-Za-z_]{2,14})=(?P<value>[^\s=|;&,][^=|;&\n]*?)"
                          r"(?=[ \t]+[A-Za-z_]{2,14}=|[ \t]*[|;&\n]|[ \t]*$|,[ \t]*[A-Za-z_]{2,14}=)")


def _pieces(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """The (start, end) of each piece of text[start:end] between ``sep``."""
    out, at = [], start
    for part in text[start:end].split(sep):
        out.append((at, at + len(part)))
        at += len(part) + 1
    return out


def _filled(text: str, start: int, end: int, first: int = 0, last: int = 3) -> tuple[int, int] | None:
    """The span from the first to the last non-empty "^" component among ``first..last``
    of a field (the family, given and middle names of a name; the street to the ZIP of
    an address is ``0..4``)."""
    parts = [p for p in _pieces(text, start, end, "^")[first:last + 1] if p[1] > p[0]]
    return (parts[0][0], parts[-1][1]) if parts else None


@register("segments")
class SegmentRecognizer(CodeRecognizer):
    ENTITIES = ("PERSON", "MRN", "DOB", "LOCATION", "PHONE", "ACCOUNT", "SSN", "LICENSE", "MEMBER_ID", "DATE")
    SCORE = 0.9

    def analyze(self, text, entities, nlp_artifacts=None):
        if "|" not in text and "*" not in text and "=" not in text:
            return []
        found = self._hl7(text) + self._x12(text) + self._key_values(text)
        return [result(self, kind, a, b, self.SCORE) for kind, a, b in found if kind in entities and a < b]

    @staticmethod
    def _hl7(text: str) -> list[tuple[str, int, int]]:
        found = []
        for seg in HL7_SEGMENT.finditer(text):
            kinds = HL7_FIELDS[seg["id"]]
            for number, (a, b) in enumerate(_pieces(text, *seg.span(), "|")):
                kind = kinds.get(number)
                if kind is None or a == b:
                    continue
                if kind == "DOCTOR":  # ID^family^given^middle: the ID is the doctor's NPI
                    ident = _filled(text, a, b, 0, 0)
                    if ident and text[ident[0]:ident[1]].isdigit():
                        found.append(("LICENSE", *ident))
                    span, kind = _filled(text, a, b, 1, 3), "PERSON"
                elif kind in ("PERSON", "MRN", "DOB", "PHONE", "MEMBER_ID", "SSN", "ACCOUNT", "LICENSE"):
                    span = _filled(text, a, b, 0, 2 if kind == "PERSON" else 0)
                else:  # an address: street to ZIP
                    span = _filled(text, a, b, 0, 4)
                if span:
                    found.append((kind, *span))
        return found

    @staticmethod
    def _key_values(text: str) -> list[tuple[str, int, int]]:
        found = []
        for m in KEY_VALUE.finditer(text):
            kind = KEY_KIND.get(m["key"].lower().replace("_", ""))
            value = m["value"].rstrip()
            if kind == "PERSON" and not any(c.isalpha() for c in value) or kind is None:
                continue
            found.append((kind, m.start("value"), m.start("value") + len(value)))
        return found

    @staticmethod
    def _x12(text: str) -> list[tuple[str, int, int]]:
        found, person = [], False
        for seg in X12_SEGMENT.finditer(text):
            el = _pieces(text, *seg.span(), "*")
            value = [text[a:b] for a, b in el]
            kind = seg["id"]
            if kind == "NM1":
                person = len(el) > 3 and value[2] == "1"
                names = [p for p in el[3:6] if p[1] > p[0]]
                if person and names:
                    found.append(("PERSON", names[0][0], names[-1][1]))
                if len(el) > 9 and value[8] in X12_ID and (person or value[8] != "XX"):
                    found.append((X12_ID[value[8]], *el[9]))
            elif kind == "N3" and person:
                found += [("LOCATION", a, b) for a, b in el[1:3]]
            elif kind == "N4" and person:
                found += [("LOCATION", a, b) for a, b in el[1:2] + el[3:4]]
            elif kind == "DMG" and len(el) > 2:
                found.append(("DOB", *el[2]))
            elif kind == "REF" and len(el) > 2 and value[1] in X12_REF:
                found.append((X12_REF[value[1]], *el[2]))
            elif kind in ("CLM", "CLP") and len(el) > 1:
                found.append(("ACCOUNT", *el[1]))  # the patient control number: the provider's account
            elif kind == "DTP" and len(el) > 3:
                found.append(("DATE", *el[3]))
            elif kind == "PER":
                found += [("PHONE", *el[i + 1]) for i in range(3, len(el) - 1, 2) if value[i] in ("TE", "FX", "CP")]
        return found
