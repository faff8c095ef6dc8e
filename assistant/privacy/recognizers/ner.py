"""Names, places and dates from spaCy's NER, cleaned of its known mistakes.

The small English model labels "DOB" and "SSN" as ORG, eponyms ("Horner's
syndrome") and drugs as PERSON, ages and bare years as DATE, and hospitals as
ORG. Each rule below removes or re-types one of those; the raw labels reach us
unmapped (see ``NER_LABELS`` in the redactor).
"""
from __future__ import annotations

import functools
import re
import unicodedata

import regex

from . import register
from .base import CASE_SENSITIVE, CodeRecognizer, ContextPatternRecognizer, result, sector_words, word_list
from .dates import MONTH
from .locations import QUOTE, STREET_LINE
from .terms import MEDICAL_WORD, a_term, is_drug, is_health_plan

LABELS = {"ssn", "dob", "mrn", "npi", "dea", "ein", "itin", "iban", "swift", "bic", "aba", "dos",
          "hpi", "pt", "patient", "dr", "name", "email", "e-mail", "phone", "fax", "tel", "acct",
          "account", "id", "ins", "hicn", "mbi", "emr", "ehr", "icu", "ed", "er", "pcp", "cusip",
          "isin", "tin", "routing", "zip", "address", "dl", "vin", "ip", "url", "hx", "dx", "tx",
          "rx", "sx", "s/p", "w/", "f/u", "npo", "prn", "bid", "tid", "qid", "htn", "dm", "cad",
          "copd", "chf", "ckd", "mi", "uti", "gerd", "t2dm", "a1c", "ct", "mri", "ecg", "ekg",
          "mgmt", "tx'd", "pts", "atm", "pls", "recs"}
DATE_LIKE = re.compile(rf"\b{MONTH}(?![a-z])|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|"
                       r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
TITLE_BEFORE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s$")
INITIAL_AFTER = re.compile(r"\s[A-Z]\.(?![A-Za-z])")
PLACE_BEFORE = re.compile(r"(?:\bat|\bto|\bfrom|\bin|\bnear)\s(?:the\s)?$")
# A place spaCy found, followed by the kind of care site it names: "our Seattle clinic",
# "Cedars-Sinai clinic". The noun is part of the name of the site.
SITE_AFTER = re.compile(r"[ \t]+(?:clinic|hospital|medical cent(?:er|re)|health cent(?:er|re)|urgent care|"
                        r"infirmary|hospice|ER)\b", re.IGNORECASE)
FACILITY_WORD = re.compile(r"Hospital|Clinic|Medical|Health|Cent(?:er|re)|Institute|Infirmary|"
                           r"Hospice|Nursing|Memorial|Children|Presbyterian|Care|Surgery")
# A site's own word, as against words a department's name also holds ("Health Information
# Management", "Medical Records"): a function word and none of these make it a department.
SITE_WORD = re.compile(r"Hospital|Clinic|Cent(?:er|re)|Institute|Infirmary|Hospice|Memorial|Nursing Home")
DEPARTMENT_WORD = re.compile(r"\b(?:Management|Information|Department|Committee|Office|Board|Records|"
                             r"Services|Unit|Team|Compliance|Billing)\b")

NER_ENTITIES = ("PERSON", "LOCATION", "DATE", "ORGANIZATION")
LETTERS = re.compile(r"[^\W\d_]+")


@functools.cache
def common_words() -> frozenset[str]:
    """English words that are no names, and the sectors' words (``base.sector_words``)."""
    return word_list("common_words.txt") | sector_words()


def only_common_words(value: str) -> bool:
    """Every word an English word that is neither a given name nor a common surname
    (``common_words.txt``): "Familial", "Consolidated Financial Statements" are not
    names, whatever spaCy labelled them; "Brown", "Grace", "Maria" may be."""
    words = LETTERS.findall(value.replace("'s", "").replace("’s", ""))
    return bool(words) and all(w.lower() in common_words() for w in words)


# Where a sentence ends: after its closing mark and the space after it, a blank line, or a
# line that ends in a figure (a table's row). Not at other line breaks: a hard-wrapped
# sentence goes on ("the United\nStates").
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n[ \t]*\n\s*|(?<=[\d%)])[ \t]*\n\s*")
# Each piece takes three words of the text around it along: spaCy tags a sentence's
# names differently without the words before it ("...on this list? Klug and Roman
# were precision engineers": both missed when the question was cut off). With them,
# four fresh samples of Presidio's own sentences score as the whole text does.
CONTEXT_BEFORE = re.compile(r"(?:\S+\s+){1,3}$")
CONTEXT_AFTER = re.compile(r"(?:\s*\S+){1,3}")
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def ner_pieces(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` worth spaCy's NER: its sentences that hold a capital a
    name or place could bear (not only a first word that is an English word: "The",
    "Patients") or a date, with three words of context each side, neighbours joined.
    Where the writer capitalises, ``SpacyNerRecognizer`` keeps only entities with a
    capital in them, so the other sentences give it nothing; on the ingest passages they
    are a third of the text, and of spaCy's time. A text without any capital is read whole."""
    if not any(c.isupper() for c in text):
        return [(0, len(text))] if text.strip() else []
    pieces: list[tuple[int, int]] = []
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    for start, end in zip([0] + ends, ends + [len(text)]):
        sentence = text[start:end]
        words = WORD.findall(sentence)
        if not (DATE_LIKE.search(sentence) or any(_may_name(w, i == 0) for i, w in enumerate(words))):
            continue
        before = CONTEXT_BEFORE.search(text, max(0, start - 120), start)
        after = CONTEXT_AFTER.match(text, end, end + 120)
        start, end = before.start() if before else start, after.end() if after else end
        if pieces and pieces[-1][1] >= start:
            pieces[-1] = (pieces[-1][0], max(end, pieces[-1][1]))
        elif start < end:
            pieces.append((start, end))
    return pieces


def _may_name(word: str, first: bool) -> bool:
    """A capital in it, other than a sentence's first English word's own ("The")."""
    if word == word.lower():
        return False
    return not (first and word[1:] == word[1:].lower() and word.lower() in common_words())


class SpacyNerRecognizer(CodeRecognizer):
    """Turns spaCy's raw entities into PERSON, LOCATION, DATE and ORGANIZATION.
    The spaCy model itself is loaded once, by the NLP engine."""

    ENTITIES = NER_ENTITIES
    SCORE = 0.85

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None:
            return []
        results = []
        capitalised = not text.islower()  # once per text, not once per entity
        for ent in nlp_artifacts.entities:
            found = self.classify(text, ent.label_, ent.start_char, ent.end_char, capitalised)
            if found and found[0] in entities:
                kind, start, end = found
                results.append(result(self, kind, start, end, self.SCORE))
        return results

    def classify(self, text: str, label: str, start: int, end: int,
                 capitalised: bool = True) -> tuple[str, int, int] | None:
        """``capitalised``: the text has a capital letter somewhere (its writer uses them)."""
        value = text[start:end]
        if value.strip(" .:#").lower() in LABELS or re.fullmatch(r"[A-Z]{2,5}", value) and \
                text[end:end + 1] in (":", "#"):
            return None
        if a_term(text, start, end) or (" " not in value and is_drug(value)):
            return None  # "Kawasaki disease", "Wells score", "Losartan", "Tetralogy of Fallot"
        if label != "PERSON" and is_health_plan(value):
            return "ORGANIZATION", start, end
        if value.islower() and capitalised:
            return None  # "general anesthesia", "atresia": where the writer capitalises, names have capitals
        before = text[max(0, start - 24):start]
        if label == "PERSON":
            return self._person(text, value, before, start, end)
        acronym = value.isupper() and " " not in value
        site = SITE_AFTER.match(text, end) if label in ("GPE", "LOC", "FAC", "ORG") and not acronym else None
        if site:
            return "LOCATION", start, site.end()
        if label in ("GPE", "LOC", "FAC"):
            return None if _not_a_town(text, value) else ("LOCATION", start, end)
        if label == "ORG":
            # An all-capitals single word is an acronym (a trial, an agency), not a care site.
            department = DEPARTMENT_WORD.search(value) and not SITE_WORD.search(value)
            at_place = not acronym and not department and (PLACE_BEFORE.search(before)
                                                           or FACILITY_WORD.search(value))
            return ("LOCATION" if at_place else "ORGANIZATION"), start, end
        if label == "DATE" and DATE_LIKE.search(value):
            return "DATE", start, end
        return None

    def _person(self, text, value, before, start, end):
        if value.endswith(("'s", "’s")):
            end -= 2
        title = TITLE_BEFORE.search(before)
        if not title and (only_common_words(value) or is_health_plan(value) or _not_a_name(text, value)):
            return None  # "Familial", "Diluted", "Narrow", "Medicare": not a name ("Dr. Bland" is one)
        if title:
            start -= len(title.group(0))
        initial = INITIAL_AFTER.match(text, end)
        if initial:
            end = initial.end()
        kind = "LOCATION" if PLACE_BEFORE.search(before) and not title else "PERSON"
        return kind, start, end


# Towns written short: these stay places.
CITY_SHORT = {"NYC", "SF", "LA", "L.A.", "DC", "D.C.", "NOLA", "ATL", "PHX", "SLC", "STL", "OKC", "KC"}


def _inverted_name(value: str) -> bool:
    """Capitals that read as a name, not as a list of labels or English words ("ASSESSMENT,
    PLAN", "ACE, ARB", "MRN, DOB"): every word a word no dictionary holds, with a vowel,
    one of them four letters long at least."""
    words = LETTERS.findall(value.replace("'", "").replace("’", ""))
    if any(ROMAN_STAGE.fullmatch(w) for w in words):
        return False  # "stage IIB, ABVD cycle 3": a stage, not a surname
    return (all(len(w) >= 2 and w.lower() not in common_words() and w.lower() not in LABELS and not MEDICAL_WORD.search(w)
                and any(c in "AEIOUY" for c in unicodedata.normalize("NFD", w.upper())) for w in words if len(w) > 1)
            and any(len(w) >= 4 for w in words))


ROMAN_STAGE = re.compile(r"[IVX]{1,4}[A-C]?")
TITLE_WORD_AFTER = regex.compile(r"[ \t]+\p{Lu}\p{Ll}")
LIST_BEFORE = regex.compile(r"[\w)]+,[ \t]*(?:(?:and|or)[ \t]+)?$")
LIST_AFTER = regex.compile(r",?[ \t]*(?:(?:and|or)[ \t]+|(\p{Lu}[\p{Lu}\d-]*)\b)")


def _in_a_list(text: str, start: int, end: int) -> bool:
    """Capitals in a list of codes or genes: "the AMELX, ENAM, and MMP20 genes", "USC,
    UCLA, UCSD". A name's record goes on to a label ("ABU-GHAZALEH, BILAL, MRN 8929...")."""
    after = LIST_AFTER.match(text, end)
    return bool(LIST_BEFORE.search(text, max(0, start - 40), start)
                or after and (after[1] is None or after[1].lower() not in LABELS))


def _not_a_town(text: str, value: str) -> bool:
    """A gene or a code ("HER2", "CAV3"), or a short acronym ("US", "U.K.", "PRC", "stage IA",
    "MS") where the writer uses small letters: a country, a state or an abbreviation, none
    of them a place smaller than a state. Postal towns in capitals are longer ("ASKER",
    "LAPPEENRANTA") and stay."""
    if " " in value or text.isupper() or value in CITY_SHORT:
        return False
    return any(c.isdigit() for c in value) or (len(value.replace(".", "")) <= 4 and value.isupper())


def _not_a_name(text: str, value: str) -> bool:
    """A figure ("Plt 412"), or an acronym where the writer uses small letters ("the HEDIS
    threshold"): the view has already recased shouted names, so one left in capitals
    that no list knows as a name is an abbreviation."""
    if any(c.isdigit() for c in value):
        return True
    return (" " not in value and value.isupper() and not text.isupper()
            and value.capitalize() not in word_list("given_names.txt")
            and value.lower() not in word_list("name_words.txt"))


register("spacy_ner")(SpacyNerRecognizer)

# A surname's prefix before its inner capital: "McKenzie", "MacLeod", "DeLuca"; no other
# inner capital ("GeneReview", "HomePod", "SoftBank" are products).
NAME_PREFIX = r"(?:Mc|Mac|De|Di|Du|La|Le|Van|Fitz|O['’]|D['’])"  # "O'Callaghan", "D'Souza"
NAME = rf"{NAME_PREFIX}?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
# "Wisława", "Ásgeirsdóttir", and Korean given names joined in lower case: "Min-jun", "Seo-yeon".
UNAME = rf"{NAME_PREFIX}?\p{{Lu}}[\p{{Ll}}'’]+(?:-\p{{Lu}}[\p{{Ll}}'’]+|-(?!(?:like|type|van|von|der|den|ten|ter|la|le|du|da|de|di|del|born|led|free|wide|fold|less|ish)\b)\p{{Ll}}{{2,4}}(?![\p{{L}}-]))?"
# Words after which a capitalised word is someone's name in ordinary prose.
NAME_CUES = (r"[Mm]y name is|[Nn]ame is|[Cc]all me|[Cc]alled|[Nn]amed|[Nn]ame:|[Dd]irected [Bb]y:?|"
             r"[Ww]ritten by|[Ss]tarring|[Ff]ollow(?:ed)? up with|[Ss]peak (?:to|with)|[Tt]alk (?:to|with)|"
             r"(?:[Nn]amed|[Cc]alled) (?:him|her|them)|[Dd]ear|[Aa]ccount holder:?|[Gg]uardian:?|[Ss]pouse:?|"
             r"[Nn]ext of kin:?|[Ss]aid|[Ss]ays|[Pp]ayable to|[Cc]laiming to be|"
             r"(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir) (?:kid|son|daughter|child|wife|husband|partner|brother|"
             r"sister|mother|father|mom|dad|friend|colleague|boss|neighbou?r)")
NOT_PRONOUN = (r"(?!(?:I|You|He|She|We|They|It|God|This|That|There|Who|Everyone|Everybody|Someone|"
               r"Somebody|Nobody|No one|One|The|A|An|My|Our|Your|His|Her|Their)\b)")
PARTICLE = r"(?:de|da|del|van|von|ten|ter|der|den|di|le|la|du|dos|bin|ibn)"
PARTICLE_WORD = re.compile(PARTICLE)
NAME_IS = r"(?:my|his|her|their|your|maiden|first|last|full|middle|given|family) name is"
# Words that follow "my name is" without being a name: "my name is not on the list".
NOT_STOP = (r"(?!(?:not|on|in|at|the|a|an|and|or|but|is|was|also|still|spelled|spelt|listed|missing|"
            r"wrong|correct|same|different|unknown|there|here|what|that|this|it|mine|now|just)\b)")
ROLES = (r"(?:guardian|beneficiary|executor|executrix|trustee|co-?signer|emergency contact|next of kin|"
         r"authori[sz]ed (?:user|signer|representative)|joint (?:account )?holder|power of attorney|proxy|"
         r"caregiver|caretaker|health care agent|surrogate)")
CAPS_WORD = r"\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)?"
# The parties a record names: a capitalised full name after one is a person's ("borrower
# Huong Pham", "Beneficiary: Søren Haugen", "guarantor Arnel Dela Cruz").
PARTY = (r"[Pp]atient|[Pp]t|[Nn]ame|named|[Cc]ustomer|[Cc]lient|[Mm]ember|[Aa]ccount holder|[Bb]eneficiary|"
         r"[Bb]orrower|[Cc]o-?borrower|[Cc]o-?signer|[Gg]uarantor|[Ee]mployee|[Vv]endor|[Pp]ayee|[Oo]riginator|"
         r"[Oo]wner|[Cc]ardholder|[Aa]pplicant|[Dd]ebtor|[Tt]enant|[Ss]ignatory|[Ss]ubscriber|[Ii]nsured|"
         r"[Gg]uardian|[Ss]pouse|[Rr]esident|[Tt]itular|[Ii]mporter|[Ee]xporter|[Ss]ender|[Rr]ecipient|"
         r"[Cc]laimant|[Dd]ecedent|[Ss]igner(?:[ \t]\d)?|[Ee]mergency contact|"
         # a case note's actor: "disputed by Camila dos Santos", "posed as Rafael Almeida"
         r"(?:requested|disputed|initiated|authori[sz]ed|referred|submitted) by|posed as|impersonating|"
         # a compliance file's subject: "KYC: Chiamaka Okonkwo / ...", "SAR narrative for ..."
         r"KYC|EDD|CDD|CIP|SAR(?: narrative)? (?:for|on)|filed on")
AMOUNT = r"(?:(?:USD|EUR|GBP|CAD|[$€£])[ \t]?)?\d[\d,.]*(?:[ \t]?(?:USD|EUR|GBP|CAD|[kKmM]))?"
# A person's identifier named right after a name (its label, then a value).
ID_LABELS = r"(?i:dob|d\.o\.b\.?|mrn|mr#|ssn|dl|acct|mbi|itin|date of birth|chart|med rec)"
ID_LABEL_AFTER = (rf"[?!]*[ \t]*[,(/|-]?[ \t]*{ID_LABELS}(?:[ \t]*(?:no\.?|#))?"
                  r"(?![\w])[ \t]*[:#-]?[ \t]*\(?[A-Za-z]{0,3}\d")
# Verbs whose subject is a person: "Dexter lives on...", "Zak shouted at...".
PERSON_VERBS = (r"lives|lived|shouted|whispered|says|said|told|had given|gave|began writing|wrote|"
                r"listed (?:his|her)|will be talking|is from|was born|"
                # what a bank's customer does in a case note: "Adaeze Balogun deposited checks"
                r"deposited|appoints|wants|claims|owes|is relocating|called (?:in|from|about)|"
                r"on line \d|opened (?:an? |the )?(?:account|card|loan)")


@register("names")
class NamePatternRecognizer(ContextPatternRecognizer):
    """Names spaCy's small model misses: "Dr. Emily Clark", "Jane D.", "patient Jane Roe",
    "my name is Rubija", and the addressee lines above a postal address block."""

    ENTITY = "PERSON"
    PATTERNS = (
        ("titled", rf"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s{NAME}(?:\s[A-Z]\.)?(?:\s{NAME})?", 0.85),
        ("initial", rf"(?<=(?:,|named|[Pp]atient|[Pp]t|for|of|[Nn]ame:?)\s){NAME}\s[A-Z]\.(?![A-Za-z])", 0.7),
        # ... and the surname after it, "Dimitrios L. Weiss"; not a sentence's first word ("Fragile X. People").
        ("initial_surname", rf"(?<=(?:,|named|[Pp]atient|[Pp]t|for|of|[Nn]ame:?)\s){NAME}\s[A-Z]\.\s{NOT_PRONOUN}{NAME}(?![\w'’-])", 0.7),
        # "pt is John D seen at...": the initial without its full stop, after a patient label.
        ("pt_initial", rf"(?<=\b(?:[Pp]atient|[Pp]t)(?:\s(?:is|was|named))?:?\s){NAME}\s[A-Z](?![\w'’.-])", 0.7),
        ("labelled", rf"(?<=\b(?:{PARTY})(?:(?::|\s-)?\s|=)){UNAME}(?:[ \t](?:{PARTICLE}[ \t])?{UNAME}){{1,2}}", 0.6),
        ("cued", rf"(?<=\b(?:{NAME_CUES})[ \t]+){UNAME}(?:[ \t](?:[A-Z]\.?(?=[ \t]\p{{Lu}})|{UNAME})){{0,2}}", 0.7),
        # A greeting before a comma: "Hi Timur, I'm contacting you".
        ("greeting", rf"(?<=\b(?:Hi|Hello|Hey|Dear|Thanks|Thank you),?[ \t]+){NOT_PRONOUN}{UNAME}"
                     rf"(?:[ \t]{UNAME})?(?=[ \t]*[,!])", 0.6),
        # The answer to a question about a name: "What's your last name? McCaskill",
        # "What's the name on the account? User: Savannah Beet".
        ("answer", rf"(?<=\b(?i:name)\b[^?\n.]{{0,24}}\?[ \t\n]*(?:\p{{L}}+:[ \t]*)?){NOT_PRONOUN}{UNAME}"
                   rf"(?:[ \t](?:[A-Z]\.?(?=[ \t]\p{{Lu}})|{UNAME})){{0,2}}(?![\w'’-])", 0.6),
        ("subject", rf"(?<![\w.-] ?){NOT_PRONOUN}{UNAME}(?:[ \t](?:[A-Z]\.?|{PARTICLE}(?=[ \t]\p{{Lu}})|{UNAME})){{0,3}}(?=[ \t]+(?:{PERSON_VERBS})\b)", 0.6),
        # Lower-case text after an unmistakable cue: "her maiden name is nyberg".
        ("cued_lower", rf"(?<=\b(?i:{NAME_IS})[ \t]+){NOT_STOP}\p{{Ll}}[\p{{Ll}}'’-]+(?:[ \t]{NOT_STOP}\p{{Ll}}[\p{{Ll}}'’-]+){{0,2}}(?![\w'’-])", 0.7),
        # A role after the name: "add Ryan P Costa as guardian".
        ("role_after", rf"{NOT_PRONOUN}{UNAME}(?:[ \t](?:[A-Z]\.?|{UNAME})){{1,2}}(?=[ \t]+as[ \t]+(?:(?:an?|the|my|our|his|her)[ \t]+)?{ROLES}\b)", 0.7),
        # A record's name in capitals, surname first: "ABU-GHAZALEH, BILAL", "OCHOA VEGA, LUCÍA M".
        # ... or with no blank after the comma ("RAHMAN,RUMANA"), or the given name in small
        # letters ("KHOURY, Layla", "O'DONNELL, Siobhan").
        ("inverted", rf"(?<![\w'’-])(?:{CAPS_WORD}[ \t])?{CAPS_WORD},[ \t]*(?:{CAPS_WORD}|{UNAME})(?:[ \t]\p{{Lu}}\.?)?(?![\w'’-])", 0.7),
        # A name right before a person's identifier: "RE: Ebony Boykins, DOB ...", "Ananya
        # Banerjee (SSN ...)", and typed in small letters: "for vlad kowalczyk mrn P576...".
        ("before_id", rf"{NOT_PRONOUN}{UNAME}(?:,?[ \t](?:{PARTICLE}[ \t])?{UNAME}){{1,2}}(?={ID_LABEL_AFTER})", 0.6),
        ("before_id_lower", rf"(?<![^\s:;])(?=\p{{Ll}})(?<=(?:^|[\n:;]|\b(?i:for|re|pt|of|to|by))[ \t]*)\p{{Ll}}[\p{{Ll}}'’]+(?:[ \t-]\p{{Ll}}[\p{{Ll}}'’]+){{1,2}}"
                            rf"(?={ID_LABEL_AFTER})", 0.6),
        # Who money went to: "wired $46,000 to Dang Quoc Bao" (not a firm: ``ORG_WORD``).
        ("paid_to", rf"(?<=\b(?:wired|sent|transferred|remitted|zelled)[ \t]+{AMOUNT}[ \t]+to[ \t]+)"
                    rf"{UNAME}(?:[ \t](?:{PARTICLE}[ \t])?{UNAME}){{1,2}}(?![\w'’-])", 0.6),
        # A signature after a dash at a message's end: "... called from 210... -Rogelio"
        # (the last line only: a list's items open with dashes too).
        ("signoff", rf"(?m)(?:(?<=[.!?][ \t])|^[ \t]*)[-–—~][ \t]?\K{UNAME}(?:[ \t]{UNAME})?(?=\s*\Z)", 0.6),
        ("addressee", rf"(?m)^[ \t]*{QUOTE}\K{UNAME}(?:[ \t]+(?:[A-Z]\.?|{UNAME})){{1,3}}[ \t]*"
                      rf"(?=\n(?:[^\n]*\n){{0,2}}[ \t]*{QUOTE}{STREET_LINE})", 0.7),
    )
    PATTERN_NEEDS = {"before_id": rf"\b{ID_LABELS}", "before_id_lower": rf"\b{ID_LABELS}",
                     "paid_to": r"\b(?i:wired|sent|transferred|remitted|zelled)\b"}
    # A capitalised word, "name is" for cued_lower, or a name in capitals surname first.
    PREFILTER = r"[A-Z][a-z]|[Nn][Aa][Mm][Ee] [Ii][Ss]|[A-Z]{2},[ \t]*[A-Z]|(?i:dob|mrn|mr#|ssn|dl|acct|mbi|itin)"
    FLAGS = CASE_SENSITIVE

    def rescore(self, text, start, end, pattern, score):
        if pattern != "titled" and (a_term(text, start, end) or is_drug(text[start:end])):
            return None  # "a condition called Marfan syndrome", "named Losartan"; not "Did Dr. Liu sign"
        if pattern in ("greeting", "answer", "signoff") and only_common_words(text[start:end]):
            return None  # "Hello World!", "Hi Team,", "name? Yes"
        if pattern == "paid_to" and (ORG_WORD.search(text[start:end]) or ORG_WORD.match(text, end + 1)):
            return None  # "to Kowalski Nowak LLC": a firm's name and its legal form
        if pattern in ("labelled", "before_id", "before_id_lower", "paid_to") and \
                any(len(w) > 1 and w.lower() in common_words() and not PARTICLE_WORD.fullmatch(w)
                    for w in LETTERS.findall(text[start:end])):
            return None  # "Employee Stock Purchase Plan": a name's words are names or unknown
        if pattern == "initial_surname" and text[start:end].rsplit(None, 1)[-1].lower() in common_words():
            return None
        if pattern == "inverted" and (not _inverted_name(text[start:end]) or _in_a_list(text, start, end)):
            return None
        if pattern == "inverted" and not text[start:end].isupper() and TITLE_WORD_AFTER.match(text, end):
            return None  # "AVHF, Crimean-Congo Hemorrhagic fever": a record's name ends at a label or a stop
        return super().rescore(text, start, end, pattern, score)


ORG_WORD = re.compile(
    r"\b(?:Inc|LLC|Ltd|Corp|Corporation|Co|Company|Group|Partners|Associates|Bank|Capital|"
    r"Investments?|Technolog(?:y|ies)|Systems|Software|Services|Solutions|Agency|Orchestra|"
    r"Universit(?:y|ies)|College|School|Institute|Foundation|Association|Society|Council|"
    r"Committee|Board|Department|Ministry|Trust|Fund|Clinic|Hospital|Health|Medical|Cent(?:er|re)|"
    r"Weekly|TV|News|Media|Records|Labs?|Pharma|Force|Lines|Incorporated|Industries|Holdings|"
    r"Ratings|Schools|Club|Guidelines?|Trial|Study|Network|Care|Insurance|Data|National|Federal|"
    r"International|Global|Limited|Reserve|Treasury)\b\.?")
# Words around an ORG that say it is one: org_names then leaves it an organisation.
ORG_BEFORE = re.compile(
    r"(?:\b(?:work(?:s|ed|ing)?|employed|intern(?:ed|ing)?|job|position|role|career)\s+(?:for|at|with|by)|"
    r"\b(?:joined|join|joining|hired by|acquired by|acquired|acquire|merged with|spun off from|"
    r"shares? (?:of|in)|stock (?:of|in)|stake in|invest(?:ed|ing|s)? in|customers? of|clients? of|"
    r"partner(?:ed|ing|s)? with|(?:office|offices|headquarters|address|ceo|cfo|cto|founder|co-founder|"
    r"president|chairman|chair|director|head|employees?|staff|board|spokes(?:man|woman|person)|"
    r"analysts?|engineers?|shareholders?|investors?) (?:of|at)|support(?:ing|ed|s)?|the company))\s+"
    r"(?:the\s+)?$", re.IGNORECASE)
ORG_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:office|offices|headquarters|hq|quarterly|annual|fiscal|report|reports|filing|10-[KQ]|"
    r"shares|stock|earnings|revenue|revenues|sales|profit|profits|net (?:sales|income|revenue|loss)|"
    r"ceo|cfo|cto|board|employees|staff|workforce|subsidiary|subsidiaries|products?|platform|software|"
    r"chips?|processors?|customers|shareholders|investors|announced|reported|invested|acquired|"
    r"is an? (?:[\w-]+ ){0,3}(?:company|firm|corporation|multinational|bank|startup|business|provider|"
    r"manufacturer|maker|retailer|brand|organi[sz]ation|agency|group|conglomerate|chain|insurer))\b",
    re.IGNORECASE)
PERSON_SHAPE = regex.compile(rf"(?:{UNAME}|[A-Z]\.?)(?:[ \t](?:{UNAME}|[A-Z]\.?|de|da|del|van|von|ten|ter|der|di|le|la)){{0,3}}")


@register("org_names")
class OrgShapedNameRecognizer(CodeRecognizer):
    """spaCy's ORG entities that are shaped like a personal name, as PERSON.

    The small model calls unfamiliar names organisations ("Rubija", "Zoe Young");
    Presidio's default catches them only by redacting every organisation. Here an
    ORG of one to four capitalised name words, none of them an organisation word,
    and not all of them plain English words ("Familial", "Chromosome"), is taken
    as a name. A pack whose documents are about companies (finance)
    leaves this out: "Deloitte" would be redacted like a person.
    """

    ENTITIES = ("PERSON",)
    SCORE = 0.6

    @staticmethod
    def said_to_be_organisation(text: str, start: int, end: int) -> bool:
        """The words around it make it a company: "work for Deloitte", "Intel quarterly report",
        "the Legistorm office", "Panjiva's CEO", "shares of Intel"."""
        return bool(ORG_BEFORE.search(text, max(0, start - 40), start) or ORG_AFTER.match(text, end))

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None or "PERSON" not in entities:
            return []
        results = []
        for ent in nlp_artifacts.entities:
            if ent.label_ != "ORG":
                continue
            start, end = ent.start_char, ent.end_char
            if text[end - 2:end] in ("'s", "’s"):
                end -= 2
            value = text[start:end]
            if not PERSON_SHAPE.fullmatch(value) or ORG_WORD.search(value) or MEDICAL_WORD.search(value) or \
                    value.lower() in LABELS or a_term(text, start, end) or only_common_words(value) or \
                    is_health_plan(value) or \
                    (" " not in value and is_drug(value)) or self.said_to_be_organisation(text, start, end):
                continue
            results.append(result(self, "PERSON", start, end, self.SCORE))
        return results


LIST_SEP = r"(?:,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
# Capitalised words that are not names: discourse words, and English derivations.
NOT_LISTED = (r"(?!(?:However|Therefore|Thus|Also|Moreover|Furthermore|Additionally|Meanwhile|Finally|"
              r"First|Second|Third|Then|Yes|No|Please|Thanks|Hello|Hi|Dear|Both|Either|Neither|Other|"
              r"Others|All|Some|Many|Most|Each|Every|Such|New|Old)\b)")
ENGLISH_ENDING = re.compile(r"(?:ive|ous|ness|ment|tion|sion|ity|ium|ism|ular|etal|ated|ial)$")
_LIST_NAME = rf"{NOT_PRONOUN}{NOT_LISTED}{UNAME}(?:[ \t]{UNAME})?"
NEXT_IN_LIST = regex.compile(rf"{LIST_SEP}({_LIST_NAME})(?![\w'’-])")
PREV_IN_LIST = regex.compile(rf"(?<![\w'’-])({_LIST_NAME}){LIST_SEP}$")


@register("name_list")
class NameListRecognizer(CodeRecognizer):
    """Capitalised names listed with a name spaCy found: "Eklund, Michael and Hodge",
    "Usamov and Bowers". A listed word that is an organisation, a disease, a drug,
    a label or a month is not taken."""

    ENTITIES = ("PERSON",)
    SCORE = 0.6

    def analyze(self, text, entities, nlp_artifacts=None):
        if nlp_artifacts is None or "PERSON" not in entities:
            return []
        seeds = [(e.start_char, e.end_char) for e in nlp_artifacts.entities if e.label_ == "PERSON"
                 and self.listable(text, e.start_char, e.end_char)]  # an eponym or a drug seeds nothing
        found: dict[tuple[int, int], None] = {}
        for start, end in seeds:
            pos = end - 2 if text[end - 2:end] in ("'s", "’s") else end
            for _ in range(8):  # forward along the list
                m = NEXT_IN_LIST.match(text, pos)
                if not m or not self.listable(text, *m.span(1)):
                    break
                found[m.span(1)] = None
                pos = m.end(1)
            pos = start
            for _ in range(8):  # and backward
                m = PREV_IN_LIST.search(text, max(0, pos - 60), pos)
                if not m or not self.listable(text, *m.span(1)) or SENTENCE_START.search(text, 0, m.start(1)):
                    break
                found[m.span(1)] = None
                pos = m.start(1)
        return [result(self, "PERSON", a, b, self.SCORE) for a, b in found]

    @staticmethod
    def listable(text: str, start: int, end: int) -> bool:
        value = text[start:end]
        return not (ORG_WORD.search(value) or MEDICAL_WORD.search(value) or is_drug(value) or is_health_plan(value)
                    or value.lower() in LABELS or DATE_LIKE.search(value) or a_term(text, start, end)
                    or FACILITY_WORD.search(value) or DEPARTMENT.search(value)
                    or any(ENGLISH_ENDING.search(w) for w in value.split()))


SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")  # a first word is capitalised anyway


DEPARTMENT = re.compile(r"(?:ology|ologie|iatrics|iatry|surgery|medicine|nursing|pharmacy|therapy|care)$", re.IGNORECASE)
