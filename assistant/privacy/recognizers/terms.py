"""What is not a person's name or a place, whatever its capitals.

Eponyms and the nouns after them ("Kawasaki disease", "Ottawa ankle rules"), instruments
("... Stroke Scale"), organisms ("Candida auris"), drugs by stem or brand, health plans
and programmes ("Medicare Advantage"), and medical words in title case. Every name rule
(spaCy's entities, the org-shaped, listed and unlisted names, the name patterns) asks
these; places ask ``EPONYM_NEXT``.
"""
from __future__ import annotations

import re

import regex

from .base import word_list

EPONYM_NEXT = re.compile(
    r"(?:['’]s?)?[ \t]+(?:syndrome|disease|reflex|sign|test|score|criteria|classification|scale|"
    r"procedure|maneuver|manoeuvre|phenomenon|sarcoma|lymphoma|palsy|ulcer|node|triad|law|"
    r"equation|formula|method|index|operation|fracture|cyst|tumou?r|bod(?:y|ies)|disorder|"
    r"anomaly|trial|protocol|rule|staging|thyroiditis|encephalopathy|dystrophy|block|repair|"
    r"inhibitors?|regimen|esophagus|risk|criterion|nodes?|aneurysm|cells?|red|"  # "Congo red"
    r"pattern|crisis|contracture|virus|circulation|shunt|lesion|fundoplication|cardiomyopathy|lamp|"
    r"spotted|class|stage|balloon|catheter|staining|treadmill|signs?|rules?|fever|"
    r"rings?|point|depth|level|breathing|respirations?|murmur|draining|act|amendment|"
    r"surgery|insertion|removal|placement|grade|drain|angina)\b"
    r"|(?:[ \t]+[a-z]+)?[ \t]+(?:rules?|shunt|score|scale|criteria|sign)\b", re.IGNORECASE)  # "Ottawa ankle rules"
DRUG_SUFFIX = re.compile(
    r"(?:pril|sartan|statin|olol|mab|nib|cillin|mycin|micin|vir|azole|prazole|formin|gliptin|dipine|"
    r"oxacin|tide|zepam|zolam|parin|xaban|gatran|lukast|tidine|setron|triptan|"
    r"profen|coxib|semide|thiazide|caine|barbital|phylline|sone|olone|asone|umab|ximab|zumab|"
    r"azine|oxetine|farin)$", re.IGNORECASE)
# More capitalised words, then "syndrome": "Jung Wolff Back Stahl syndrome" is an eponym.
EPONYM_CHAIN = regex.compile(rf"(?:[ \t]+\p{{Lu}}[\p{{Ll}}'’-]+){{1,4}}(?=(?i:{EPONYM_NEXT.pattern}))")


# The species after a genus ("Candida auris", "Neisseria gonorrhoeae"): a lower-case Latin
# word, not "-ous" English ("Smith anxious").
SPECIES_NEXT = re.compile(r"[ \t]+[a-z]{2,}(?:[^o\W]us|um|ae|ii|is|ensis|oides|ella|ium|genes)\b")
# An eponym's noun before it: "Tetralogy of Fallot".
EPONYM_BEFORE = re.compile(r"\b(?:[Tt]etralogy|[Pp]entalogy|[Tt]riad|[Tt]etrad|[Ss]yndrome|[Dd]isease|[Ll]aw) of[ \t]+$")
# A name that ends in an instrument's word is the instrument: "Cincinnati Prehospital Stroke Scale".
INSTRUMENT_END = re.compile(r"\b(?:Scale|Score|Criteria|Rules?|Index|Classification|Questionnaire|Inventory|Test)"
                            r"(?:[ \t]+\d{1,3})?$")  # "Clinical Frailty Scale 6": with its reading
# A plan's product words after its name: "Medicare Advantage", "Humana Gold Plus", "Aetna PPO".
PLAN_TAIL = re.compile(r"(?:[ \t]+(?:Advantage|Part[ \t][A-D]|Supplement|Plans?|HMO|PPO|EPO|Select|Prime|"
                       r"Gold|Silver|Bronze|Plus|Choice|Complete|Dental|Vision|For[ \t]Life|East|West))+$")


def is_health_plan(value: str) -> bool:
    """A health insurer or public programme by its name (``payers.txt``: "Medicare",
    "Blue Cross", "Aetna's", "Medicare Advantage"): an organisation, not a person or a place,
    whatever spaCy's small model labelled it."""
    name = PLAN_TAIL.sub("", value.removesuffix("'s").removesuffix("’s"))
    return name.lower() in word_list("payers.txt")


# Laws named for their sponsors, as finance and health texts cite them: "Dodd-Frank",
# "Sarbanes-Oxley 404", "Kennedy-Kassebaum" (HIPAA).
LAW = re.compile(r"\b(?:Dodd-Frank|Sarbanes-Oxley|Gramm-Leach-Bliley|Glass-Steagall|Hart-Scott-Rodino|"
                 r"Taft-Hartley|McCarran-Ferguson|Kennedy-Kassebaum|Hill-Burton|Volcker|Durbin|"
                 r"Reg(?:ulation)?\.?[ \t][A-Z]{1,2})\b")  # the Fed's lettered rules: "Reg E", "Regulation O"


def a_term(text: str, start: int, end: int) -> bool:
    """The capitalised words at ``start:end`` name a disease, a sign, an instrument or an
    organism by the words around them: "Kawasaki disease", "Ottawa ankle rules", "Tetralogy
    of Fallot", "Cincinnati Prehospital Stroke Scale", "Candida auris"."""
    value = text[start:end]
    if any(law.start() < end and start < law.end() for law in LAW.finditer(text, max(0, start - 20), end + 20)):
        return True
    return bool(EPONYM_NEXT.match(text, end) or INSTRUMENT_END.search(value)
                or EPONYM_BEFORE.search(text, max(0, start - 16), start)
                or " " not in value and SPECIES_NEXT.match(text, end))


def is_drug(value: str) -> bool:
    """A generic name by its stem's ending ("Losartan") or a listed brand ("Xarelto")."""
    return bool(DRUG_SUFFIX.search(value)) or value.lower() in word_list("drug_brands.txt")


# Diseases and procedures in title case ("Primary Sclerosing Cholangitis") are not names.
MEDICAL_WORD = re.compile(r"(?:itis|osis|emia|oma|pathy|plasia|trophy|algia|ectomy|otomy|scopy|uria|"
                          r"penia|cytosis|syndrome|disease|mellitus|insipidus|"
                          r"ology|iatry|iatrics)\b", re.IGNORECASE)  # a service: "Nephrology", "Psychiatry"
