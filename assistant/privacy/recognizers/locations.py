"""Geographic units smaller than a state: street addresses, ZIP codes, care sites.

spaCy's small model finds cities and countries but not "42 Elm Street", which
it tends to call a DATE, nor hospital names, which it calls ORG.
"""
from __future__ import annotations

import regex

from . import register
from .base import CASE_SENSITIVE, UNIT_AFTER, ContextPatternRecognizer, any_case, word_list
from .dates import MONTH

CAP = r"[A-Z][\w'’.-]*"
ORDINAL = r"\d{1,3}(?:st|nd|rd|th)\b"  # "1600 5th Avenue", "6603 85th Road"
# Street types: USPS Publication 28 appendix C1 and Australia's AS 4590, less the ones an
# English phrase puts after a number and a capitalised word ("2 Chest Wall", "3 Key Points",
# "5 Real Estate", "2 Gastric Bypass", "2 Data Centers", "Carpal Tunnel", "Femoral Neck").
STREET_TYPE = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way"
               r"|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl"
               r"|Crescent|Close|Row|Alley|Plaza|Walk|Gardens|Grove|Hill|Park|Mews|Loop|Pike"
               r"|Brooks?|Burgs?|Camp|Canyon|Cape|Causeway|Center|Circles|Cliffs?|Club|Corners?|Coves?"
               r"|Creek|Crest|Crossing|Crossroad|Dale|Dam|Divide|Expressway|Ferry|Flats?|Fords?|Forest"
               r"|Forges?|Forks?|Fort|Freeway|Garden|Glens?|Greens?|Groves|Harbou?rs?|Haven|Heights|Hills"
               r"|Hollow|Bend|Bluffs?|Inlet|Islands?|Isle|Junctions?|Keys?|Knolls?|Lakes?|Landing|Locks?|Lodge|Mall"
               r"|Manors?|Meadows?|Mills?|Mission|Motorway|Mountains?|Orchard|Oval|Parks|Parkways|Path"
               r"|Pines?|Plains?|Point|Prairie|Ramp|Ranch|Rapids?|Ridges?|River|Shoals?|Shores?|Skyway"
               r"|Springs?|Spur|Station|Stravenue|Streets|Summit|Throughway|Track|Trafficway|Turnpike"
               r"|Underpass|Overpass|Valleys?|Viaduct|Views?|Villages?|Ville|Vista|Walks"
               r"|Esplanade|Parade|Glade|Promenade|Quay|Rise|Chase|Grange|Wynd|Vale|Brae|Riverway"
               r"|Alleyway|Amble|Arcade|Boardwalk|Broadway|Byway|Centre|Centreway|Circlet|Circus|Colonnade"
               r"|Concourse|Copse|Corso|Courtyard|Crossway|Cruiseway|Cul-de-sac|Driveway|Estates|Fairway"
               r"|Firetrail|Footway|Foreshore|Frontage|Gully|Highroad|Laneway|Meander|Parklands|Piazza|Quays"
               r"|Ramble|Ridgeway|Riviera|Roadway|Ronde|Rosebowl|Tarn|Thoroughfare|Tollway|Villas|Walkway"
               r"|Umgwaqo|Indlela|Isitaladi|Ithafa|Indawo"  # isiZulu
               r"|Nagar|Chowk|Ganj|Marg|Bagh|Vihar|Puram)\b\.?")  # the last: India's localities and roads
UNIT = (r"(?:(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl|Bldg|Building|#)\.?\s?#?\s?[A-Z0-9-]{1,6}\b"
        r"|\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Floor|Fl)\b\.?)")  # "2nd Fl"
# "-ring" not after a vowel, p or b: "Hafenring 12" is a street, "During 2019", "Spring 2020"
# and "Offering 2021" are not.
EURO_SUFFIX = (r"[A-ZÄÖÜÅ][\w'’-]*(?:katu|tie|gatan|vägen|väg|straße|strasse|str\.|weg|laan|straat"
               r"|gade|vej|veien|gata|platz|(?<![aeiouyäöüpb])ring|allee|kuja|polku|vägen|plein|kade)")
EURO_PREFIX = r"(?:Rue|Via|Viale|Calle|Avenida|Av\.|Rua|Piazza|Plaza|Carrer|Ulica|ul\.)\s(?:[\w'’.-]+\s){0,3}"
# A post-office box, in English and as the Nordic countries and Germany write it ("Postboks 296").
PO_BOX = r"(?:P\.?[ \t]?O\.?[ \t]?Box|Post(?:box|boks|fach))"
# US military mail (USPS Publication 28): "Unit 2050 Box 4190 / APO AP 96278", "PSC 1234,
# Box 5678 / APO AE 09001", "USS Ship Name / FPO AP 96661", in any case and on one or two
# lines. The APO/FPO/DPO + AA/AE/AP + ZIP ending is what makes it safe to match.
MILITARY = (r"\b(?i:(?:unit|psc|cmr)[ \t]+\d{1,5},?[ \t]+box[ \t]+\d{1,5}|(?:usns|usnv|uss|uscgc)[ \t]+\p{L}[\p{L}'’ -]{0,30}?)"
            r"[ \t]*,?[ \t]*\n?[ \t]*(?i:[adf]po[ \t]+a[aep])[ \t]+\d{5}(?:-\d{4})?\b")
# The same street typed in lower case ("42 elm street", "1200 north oak avenue apt 4"), with
# only the street types no English phrase puts after a number and a word ("1 way", "2 court
# hearings" stay), and no small word between ("2 pills on the street" stays).
_NOT_SMALL = r"(?!(?:the|a|an|of|on|in|at|to|for|and|or|with|from|by|per|my|your|his|her|their|our|this|that)\b)"
STREET_LOWER = (rf"(?<![-/.:])\b(?:\d{{1,6}}[ \t]+)?\d{{1,6}}[a-z]?[ \t]+(?:{_NOT_SMALL}[A-Za-z][\w'’-]*[ \t]+){{1,3}}"
                r"(?i:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|terrace|parkway|pkwy|highway|hwy"
                r"|concourse|circus|crescent|esplanade)\b\.?"  # in any case: the casing view may have recased it
                r"(?i:,?[ \t]+(?:(?:apt|apartment|suite|ste|unit)\.?[ \t]?#?[a-z0-9-]{1,6}\b|\d{1,3}(?:st|nd|rd|th)[ \t]+(?:floor|fl)\b\.?))?"
                # ... and its town, state and ZIP: "..., chicago il 60618"
                r"(?i:,?[ \t]+[a-z]+(?:[ \t][a-z]+)?,?[ \t]+[a-z]{2}[ \t]+\d{5}(?:-\d{4})?\b)?")
CITY_TAIL = r"(?:,?\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?:,?\s?[A-Z]{2}\b)?(?:\s+\d{5}(?:-\d{4})?)?"


@register("address")
class StreetAddressRecognizer(ContextPatternRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS = (
        ("street", rf"\b\d{{1,6}}(?:-?[A-Z])?[ \t]+(?:(?:{CAP}|{ORDINAL})[ \t]+){{0,4}}{STREET_TYPE}(?:,?\s+{UNIT})?{CITY_TAIL}", 0.85),
        ("euro_suffix", rf"\b{EURO_SUFFIX}\s+\d{{1,5}}[A-Za-z]?\b(?:,?\s+{UNIT})?", 0.75),
        ("euro_prefix", rf"\b{EURO_PREFIX}\d{{1,5}}\b", 0.6),
        ("unit", r"\b(?:Apt|Apartment|Suite|Ste|Unit)\.?\s?#?\d{1,5}[A-Z]?\b", 0.6),
        ("po_box", rf"\b(?:{PO_BOX}|PSC\s\d{{1,5}},?\s?Box|Box)\s\d{{1,6}}\b(?:\s+[AF]PO\s[A-Z]{{2}}\s\d{{5}})?", 0.7),
        ("military", MILITARY, 0.8),
        ("street_lower", STREET_LOWER, 0.75),
        # Any street type in lower case when a unit follows: "91597 sergejev circles suite 819".
        ("lower_unit", rf"\b\d{{1,6}}[a-z]?[ \t]+(?:{_NOT_SMALL}[A-Za-z][\w'’-]*[ \t]+){{1,3}}(?i:{STREET_TYPE})"
                       r",?[ \t]+(?:apt|apartment|suite|ste|unit)\.?[ \t]?#?[a-z0-9-]{1,6}\b", 0.75),
    )
    FLAGS = CASE_SENSITIVE


# Royal Mail's postcode ("NR43 0PG", "M4 9ZT": the inward code never uses C, I, K, M, O, V)
# and Canada Post's ("V9E 7N6", "N3E5P6": no D, F, I, O, Q, U). Both only in capitals, the UK's
# only with its space: without, "SW1A1AA" looks like too many other codes.
UK_POSTCODE = r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ \t]\d[ABD-HJLNP-UW-Z]{2}\b"
CA_POSTCODE = r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d\b"


@register("zip")
class ZipRecognizer(ContextPatternRecognizer):
    ENTITY = "ADDRESS"
    PATTERNS = (("after_state", r"(?<=\b[A-Z]{2},?\s)\d{5}(?:-\d{4})?\b", 0.6),
                # Four digits too: most European postcodes ("ZIP: 3520"), only when labelled.
                ("zip", r"(?<![\d-])\d{4,5}(?:-\d{3,4})?(?![\d-])", 0.1),
                ("uk", UK_POSTCODE, 0.6), ("canada", CA_POSTCODE, 0.55),
                # Right after its label any code is one, of three digits too (a ZIP's first
                # three, which Safe Harbor counts): "ZIP: 190", "my zip code is 40-748".
                ("labelled", r"(?<=\b(?i:zip|zip\s?code|post\s?code|postal\s?code)(?:\s?:|\s(?:is|was))?\s)"
                             r"(?:\d{4}[ \t]?[A-Z]{2}|\d{3,5}(?:[ -]\d{2,4})?|\d{2}-\d{3})(?![\w-])", 0.8))
    CONTEXT = ("zip", "zip code", "postal", "postcode", "post code", "zipcode")
    NEEDS_CONTEXT = frozenset({"zip"})
    CONTEXT_SCORE = 0.8
    FLAGS = CASE_SENSITIVE


STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
          "|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY")


# Cyprus Post's own town list writes Greek capital delta as U+2206 INCREMENT ("ΠΟΛΕΜΙ∆ΙΑ"),
# a maths sign, and addresses copied from it keep it.
_TOWN_CHAR = r"[\p{L}∆'’.-]"


# Words that put someone in a place: after them a capitalised name is a town ("flew to
# HORTEN", "originally from ΕΓΚΩΜΗ"), and a town in capitals may be short ("returned to
# OSLO"; `places`, `town_shapes`). After a bare "in" or "from" such a name is an acronym as
# often ("in NHANES", "from ICU").
SETTLING = (r"(?i:(?:moved|moving|relocated|returned|returning|travell?ed|flew|flying|drove|came|emigrated"
            r"|immigrated)(?:[ \t]+(?:here|back|home|there))?[ \t]+(?:to|from)"
            r"|(?:arrived|landed)[ \t]+(?:at|in)|(?:originally|comes?)[ \t]+from|I'?m[ \t]+in|I[ \t]+am[ \t]+in"
            r"|(?:grew[ \t]+up|born|raised|lives|lived|living|resides|residing|based|located|headquartered"
            r"|settled)[ \t]+(?:in|at)|home[ \t]+(?:city|town))")
SETTLED_BEFORE = regex.compile(rf"\b{SETTLING}[ \t]+$")
# Care units are where patients move to and from: "returned to NICU", "transferred from PACU".
CARE_UNITS = {"icu", "nicu", "picu", "sicu", "micu", "cicu", "ccu", "pacu", "cvicu", "hdu", "ed", "er", "or"}


def after_settling_word(text: str, start: int) -> bool:
    """A word that puts someone in a place ends where ``start`` is."""
    return SETTLED_BEFORE.search(text, max(0, start - 32), start) is not None


ID_NOT_IDAHO = regex.compile(r"[ \t]*(?:[Nn]o\b|[Nn]umber\b|#|:|\d{6}|[A-Z]{1,4}-?\d)")  # an ID's label, then its value


@register("city_state")
class CityStateRecognizer(ContextPatternRecognizer):
    """"Atlanta, GA": the city is the identifier; spaCy often tags only half of it. And a
    town named after "flew to", "originally from": spaCy misses ones in capitals or Greek."""

    ENTITY = "LOCATION"
    PATTERNS = (("city_state", rf"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},\s(?:{STATES})\b"
                               rf"(?:\s\d{{5}}(?:-?\d{{4}})?(?!\d))?", 0.75),
                # Not the sentence's full stop ("based in Tobel."); an initial's stays ("the U.S.").
                ("travel", rf"(?<=\b{SETTLING}[ \t]+)\p{{Lu}}{_TOWN_CHAR}+(?:[ -]\p{{Lu}}{_TOWN_CHAR}+){{0,2}}"
                           r"(?<![\p{L}∆]{2}\.)", 0.7))
    PREFILTER = r"[A-Z]|[^\x00-\x7f]"
    FLAGS = CASE_SENSITIVE

    def rescore(self, text, start, end, pattern, score):
        if pattern == "travel" and text[start:end].lower() in CARE_UNITS:
            return None  # "returned to NICU"
        if text.endswith(", ID", start, end) and ID_NOT_IDAHO.match(text, end):
            return None  # "insured through Molina, ID no. 77665544", "Health Fund, ID 887766"
        return super().rescore(text, start, end, pattern, score)


FACILITY_NOUN = (r"(?:Hospital|Hosp\.?|Med\sCtr|Ctr|Clinic|Medical\sCent(?:er|re)|Health\sCent(?:er|re)|Health\sSystem"
                 r"|Healthcare|Health|Infirmary|Institute|Nursing\sHome|Hospice|Urgent\sCare"
                 r"|Cent(?:er|re)|Practice|Presbyterian|Pharmacy|Rehab(?:ilitation)?(?:\sand\sNursing)?|Medical\sGroup"
                 r"|Manor|Regional(?!\s(?:Bank|Banking|Director|Manager|Office|Sales|Vice|Pain|Anesthesia|Anaesthesia|Lymph|Court))"  # "St. Anne's Regional"
                 r"|Memorial|Children'?s|General|Sanatorium|Care\sHome|Surgical|Specialists"
                 r"|(?:Country|Golf|Yacht)\sClub)\b")  # a venue named by its town: "Mem Martins Country Club"
NOT_NAME = r"(?!(?:The|A|An|Our|This|That|Your|Their|His|Her|What|Which|How|In|At|For)\b)"
CARE_VERB = (r"(?:seen|admitted|treated|evaluated|visited|presented|hospitalized|transferred|discharged|"
             r"referred|followed|visit|appointment|consulted|reviewed|examined|operated\son|delivered|"
             r"scanned|imaged|tested|seen\sin|care)")
# With "at" a little after them ("diagnosed on March 2nd, 2023, at MD Anderson"), these too;
# not with "in" or "from" ("lifted the stay in September", "surgery from July 1").
CARE_EVENT = rf"(?:{CARE_VERB}|surgery|replacement|procedure|biopsy|admission|diagnosed)"
# The clinic or office of a practice named by its town: "our Seattle office", "the Chicago clinic".
SITE_NOUN = r"(?:clinic|office|practice|hospital|branch|campus|facility)\b"  # not "site": "NLM Web site"


# "Request to Amend Health Information", "Riverside General Hospital, Health Information
# Management": a department or a records phrase is not a site, nor the town after one.
_NOT_RECORDS = r"(?![ \t](?:Information|Management|Records|Insurance|Plan|Policy|Portability)\b)"
_NOT_DEPARTMENT = r"(?!(?:Health|Information|Management|Records|Department|Services|Office|Unit)\b)"


def _site_name(joiner: str) -> str:
    """Capitalised words, up to five, ``joiner`` allowed between them."""
    return rf"(?:(?:St|Saint|Mount|Mt)\.?\s)?{NOT_NAME}{CAP}(?:\s(?:{joiner})?{NOT_NAME}{CAP}){{0,4}}"


@register("facility")
class CareSiteRecognizer(ContextPatternRecognizer):
    """Hospitals and clinics by name, and any capitalised place after "seen at", "admitted to"."""

    ENTITY = "LOCATION"
    # "Baylor Scott & White" is one name; so is "Brigham and Women's" before "Hospital".
    _NAME = _site_name(r"of\s|&\s")
    _FACILITY_NAME = _site_name(r"of\s|and\s|&\s")
    PATTERNS = (
        ("facility", rf"\b{_FACILITY_NAME}\s{FACILITY_NOUN}{_NOT_RECORDS}(?:(?:,\s|\s(?:in|of)\s){_NOT_DEPARTMENT}"
                     r"[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?)?", 0.7),
        ("care_site", rf"(?<=\b{CARE_VERB}\s(?:at|to|from|in)\s(?:the\s)?)" + _NAME, 0.6),
        # Up to four words between the verb and "at": "seen last week at Baylor Scott & White",
        # "seen by Dr. Emily S. at Children's Hospital Boston", "diagnosed on March 2nd, 2023, at".
        ("care_site_later", rf"(?<=\b{CARE_EVENT}(?:\s[\w'’.,]+){{0,4}}\sat\s(?:the\s)?)(?!{MONTH}(?!\w))" + _NAME, 0.6),
        ("town_site", rf"(?<=\b(?:our|the|your|their|his|her|at)\s){_NAME}\s{SITE_NOUN}", 0.6),
    )
    PREFILTER = rf"{FACILITY_NOUN}|{CARE_EVENT}|{SITE_NOUN}"  # every match holds one or follows one
    FLAGS = CASE_SENSITIVE

    def rescore(self, text, start, end, pattern, score):
        # "the Compliance office", "our Main clinic": a department or a word, not a town.
        if pattern == "town_site" and all(
                w.lower() in word_list("common_words.txt") or w.lower() in word_list("name_words.txt")
                for w in regex.findall(r"\p{L}+", text[start:end])[:-1]):  # the name, not "office"
            return None
        return super().rescore(text, start, end, pattern, score)


@register("county")
class CountyRecognizer(ContextPatternRecognizer):
    """A county, parish or borough by name ("Minnehaha County", "Orleans Parish"): HIPAA Safe
    Harbor counts every geographic unit smaller than a state."""

    ENTITY = "LOCATION"
    PATTERNS = (("county", rf"\b{NOT_NAME}(?:(?:St|Saint)\.?\s)?{CAP}(?:\s{NOT_NAME}{CAP}){{0,2}}\s(?:County|Parish|Borough)\b", 0.7),)
    PREFILTER = r"County|Parish|Borough"
    FLAGS = CASE_SENSITIVE


# Multi-line and international addresses. Letters are Unicode (\p{Lu}, \p{L}): the
# patterns run under the `regex` module, and street names are often not English.
QUOTE = r"(?:[>?]+[ \t]*)?"  # quoted mail ("> ") and mangled bullets ("??? ") before a line
_WORD = r"\p{Lu}[\p{L}'’.-]*"
STREET_LINE = (rf"(?:\d{{1,6}}[A-Za-z]?[ \t]+(?:\d{{1,5}}[ \t]+)?{_WORD}(?:[ \t]+[\p{{L}}\d'’.,()/-]+){{0,7}}"
                r"|" + PO_BOX + r"[ \t]\d{1,6}|(?:Unit|PSC)[ \t]\d{1,6},?[ \t]Box[ \t]\d{1,6})")
# Postcodes as Europe writes them: "63870", "1386", "3497-542", "57-849", "090 50".
POSTCODE = r"(?:(?:[A-Z]{1,2}-)?\d{4,6}(?:-\d{3,4})?|\d{8}|\d{2}-\d{3}|\d{3}[ \t]\d{2})(?![\w-])"
# A line below the street: unit, town, region, country, postcode; a phone, label or
# sentence line ends the block (digits only as a trailing postcode or after a unit word).
_CONNECT = r"(?:de|del|dei|da|do|dos|das|di|du|la|le|van|von|der|den|ten|y|u\.|út|utca|str\.?|Apt\.?|Suite)"
# Town names with small words inside: "Chomutice u Horic v Podkrkonoší", "Caxias do Sul".
_TAIL_CONNECT = rf"(?:{_CONNECT}|nad|pod|na|u|v|am|an|im|bei|sur|sous|en|e|och|og|lui|pri|und|&)(?!\p{{L}})"
# A flat, suite, lot... and its number, the unit word in any case: "Apt. 5", "piso 2", "H.No. 171".
UNIT_ANY = ("(?:" + any_case("apt apartment suite ste unit floor fl box flat studio piso puerta depto dpto interior "
                             "edif edificio appartamento piano scala interno bl sc ap block blk lot room rm")
            + r"|[Hh]\.[ \t]?[Nn]o)\.?[ \t]?#?\d{1,5}[A-Za-z]?\b")
# A region code typed in lower case counts only before its postcode: "delmas, mp 35739".
_REGION = r"(?:nan|[A-Z]{1,3}|(?<=,[ \t]*)\d{1,3}|(?<=,[ \t]*)(?i:[a-z]{2})(?=[ \t]+\d{5}\b))"
_TOWN = rf"{_WORD}(?:[ \t]+(?:{_TAIL_CONNECT}[ \t]+){{0,2}}\(?\p{{Lu}}[\p{{L}}'’.()-]*){{0,3}}"
# "63870 Bersenbrück", "Medan, Sumatera Utara 92203", "North Kenneth, QLD, 8916", "Kendraburgh, MB V9E 7N6".
_PLACE_LINE = (rf"(?:(?:{POSTCODE}[ \t]+(?=\p{{Lu}}))?{_TOWN}(?:,[ \t]*{_TOWN}){{0,2}})?(?:(?:,|[ \t]+/)?[ \t]*{_REGION}\b)?"
               rf"(?:,?[ \t]*(?:\d{{3,6}}(?:-\d{{4}})?|{UK_POSTCODE}|{CA_POSTCODE}))?")
# A line ends at the line break, or where the sentence resumes: "...Cyprus 36903? I am in".
MONTH_DAY = regex.compile(rf"{MONTH}\.?[ \t]+\d{{1,2}}\b")
# The line after an address that starts a contact's field is not part of it: "Tel 903.555.0171".
CONTACT_LINE = r"(?:Tel|Phone|Ph|Fax|Email|E-mail|Mobile|Cell)\b"
_NEXT_LINE = (rf"[ \t]*\n(?:[ \t]*\n)?[ \t]*{QUOTE}(?:,[ \t]*)?(?!{CONTACT_LINE})(?=[\p{{L}}\d])(?:{UNIT_ANY}(?:[ \t]+{UNIT_ANY})*|{_PLACE_LINE})"
              r"(?=[ \t]*(?:\n|$|[?!.,;]|[ \t]\p{Ll}))")
_RUN = (rf"\d{{1,6}}[A-Za-z]?(?:[ \t]+\d{{1,5}})?(?=[ \t]+\p{{Lu}})"
        rf"(?:,?[ \t]+(?:{_WORD}|{_CONNECT}|\d{{1,5}}[A-Za-z]?\.?)){{1,10}}")


@register("address_block")
class AddressBlockRecognizer(ContextPatternRecognizer):
    """A postal address set out over lines: a street line and the town/country/postcode below.

    The block is what identifies; its lines alone ("Estonia 62488") often do not
    look like an address at all.
    """

    ENTITY = "ADDRESS"
    PATTERNS = (("block", rf"(?m)^[ \t]*{QUOTE}\K{STREET_LINE}(?:{_NEXT_LINE}){{1,5}}", 0.8),)
    FLAGS = CASE_SENSITIVE


@register("address_cue")
class CuedAddressRecognizer(ContextPatternRecognizer):
    """A number-led run of capitalised words after "lives at", "address:", "sent to"...

    International street lines ("92597 Jahu 80, Liiva") carry no street-type word,
    so they are taken only where the sentence says an address follows.
    """

    ENTITY = "ADDRESS"
    PATTERNS = (("run", rf"(?<![\w-]){_RUN}(?:{_NEXT_LINE}){{0,5}}", 0.3),
                # Name first, house number after: "lives on Ziegelgasse 19", "is on Pod Floriánem 1677".
                ("named_run", rf"(?<![\w-]){_WORD}(?:[ \t]+(?:{_WORD}|{_CONNECT})){{0,4}}[ \t]+\d{{1,5}}[A-Za-z]?\b"
                              rf"(?:{_NEXT_LINE}){{0,5}}", 0.3),
                # "the corner of C/ Canarias 66 and de Vaan Cape St.", up to where a sentence ends
                # ("... and Peoples Walks. I now live"), not at an abbreviation ("St. John").
                ("corner", rf"\b(?:the[ \t]+)?corner[ \t]+of[ \t]+[\p{{L}}\d][\p{{L}}\d'’./ \t-]{{1,60}}?"
                           rf"[ \t]+and[ \t]+(?:{_CONNECT}[ \t]+)?{_WORD}"
                           rf"(?:(?<!\p{{Ll}}{{3}}\.)[ \t]+(?:{_WORD}|\d{{1,5}}))*", 0.8))
    CONTEXT = ("address(?:es)?", "(?:live[sd]?|living|stay(?:ing|ed)?) (?:at|on|in)", "located at", "sent to", "send",
               "mail(?:ed)? to", "ship(?:ped)? to", "deliver(?:ed)? to", "moved to", "meet (?:me|you) at",
               "drops? (?:you|me) off at", "return(?:ed)? to", "stop at", "(?:office|house|home|restaurant|"
               "shop|store|station) (?:is )?(?:at|on)", "reside[sd]? at")
    NEEDS_CONTEXT = frozenset({"run", "named_run"})
    CONTEXT_SCORE = 0.8
    WINDOW_BEFORE = 48
    FLAGS = CASE_SENSITIVE
    PREFILTER = r"\d|corner"  # house numbers; "the corner of A and B"

    def rescore(self, text, start, end, pattern, score):
        if MONTH_DAY.match(text, start, end):
            return None  # "at home on July 26, 2020": a date, not a street and its number
        return super().rescore(text, start, end, pattern, score)


# International street lines. The street itself is the anchor: a name with a street
# suffix ("Skogstien 106", "Kiannonkatu 98"), a street word first ("Rua Igreja 25",
# "ul. Narewska 94"), or an English street type ("1436 Redbud Drive"); around it the
# building number before, units, and the town / region / country / postcode after, on
# the same line or the lines below. Without an anchor a number-word-number run is
# taken only where an address cue says so (``address_cue``).
# Endings of compound street names. "-gate", "-tee", "-park", "-berg", "-anger" are left out,
# and "-ring" is taken only after a consonant other than p or b: too many English words and
# surnames end so ("Aggregate 12", "Committee 3", "Goldberg 5", "Danger 2", "During 2019").
STREET_SUFFIX = (r"(?:katu|tie|kuja|polku|gatan|gata|vägen|väg|vegen|veien|vei|vej|stræde|"
                 r"straße|strasse|str\.|gasse|weg|laan|straat|dreef|gracht|plein|platz|allee|"
                 r"stien|bakken|torget|torv|vegur|braut|gränd|utca|tér|iela|mäe|põik|centret|"
                 r"alléen|berget|bråten|engen|flata|gjerdet|grenda|gropa|hagen|haugen|havna|holtet|høgda|"
                 r"jordet|kollen|kroken|lunden|lyngen|løkka|marka|myra|plassen|skogen|skrenten|spranget|"
                 r"stranda|stubben|stykket|svingen|tjernet|toppen|tunet|"  # Norway
                 r"vænget|parken|haven|højen|toften|marken|torvet|vangen|skoven|dalen|løkken|gyden|mosen|"
                 r"brinken|sletten|vejen|"  # Denmark
                 r"stigen|backen|platsen|allén|slingan|leden|stråket|gången|"  # Sweden
                 r"bulevardi|ranta|kaari|rinne|mäki|niemi|piha|aukio|tori|väylä|puisto|raitti|kallio|harju|"
                 r"laakso|"  # Finland
                 r"stræti|straeti|stígur|hlíð|hraun|vellir|gerði|hagi|mýri|"  # Iceland
                 r"damm|ufer|steig|stieg|pfad|chaussee|markt|graben|kamp|zeile|gässli|steg|twiete|"  # German
                 r"baan|hof|lei|pad|singel|steeg|boulevard|dijk|kade|plantsoen|kanaal|"  # the Low Countries
                 r"ská|ský|ška|čka|ní|ého|ová|(?<=\p{L}{3})ova|"  # Czech, Slovak, Croatian adjectives: "Tylova 285"
                 r"(?<![aeiouyäöüpb])ring)")  # "Hafenring", not "During" or "Spring"
# The same as words of their own, after the name: "Passauer Strasse 33", "Király u. 15".
STREET_NOUN = (r"(?:(?i:straße|strasse|gasse|weg|allee|allé|platz|plass|ring|vej|gade|gata|gate|vei|veg|"
               r"terrasse|laan|straat|kade|plein|utca|út|tér|ulica|cesta|trg|sokak|sokağı|caddesi|cadde|"
               r"bulvarı|iela|gatvė|prospektas|náměstí|nábřeží|třída|köz|körút|rakpart|fasor|sugárút|útja|kapu|"
               r"sétány|küçəsi|prospekti|bulevardi|väljak|puiestee|tänav|maantee|põik|tee)\b"
               r"|Str\.|u\.|g\.|krt\.|rkp\.)")
# Words that open a street's name, in the languages of Europe, Latin America and Indonesia.
# Street words of Europe, Latin America and Vietnam that no English sentence uses before a
# capitalised word: they name a street even without a house number ("Strada Petre Tudor").
NAMING_WORDS = (
    "rue rua rúa calle carrer avenida avinguda piazza piazzetta praça travessa paseo passeig chemin "
    "allée strada ulica ul. aleja ulitsa viale vicolo callejón calzada prolongación rodovia ladeira "
    "bulevardul aleea calea intrarea splaiul șoseaua soseaua drumul jalan jl. rambla lago vila viela "
    "jardim recanto cours trg avda. ctra. c/")
STREET_WORD = ("(?:" + any_case(NAMING_WORDS + (
    " via camino av. avenue route plaza largo estrada ronda boulevard bd. impasse quai corso al. odos οδός "
    "stretto incrocio borgo contrada pasadizo vial continuación circunvalación cañada privada andador "
    "cerrada retorno alameda vereda quadra plac pl. gang gg. distrito trecho favela núcleo esplanada "
    "estação praia fazenda área chácara setor conjunto residencial loteamento sítio morro passarela "
    "pátio colônia condomínio parque viaduto lagoa rotonda canale đường ngõ hẻm phố"))
    # Mexico's, capitalised only: "a diagonal cut", "the pedestrian corridor" are no streets.
    + r"|(?:Diagonal|Peatonal|Ampliación|Periférico|Circuito|Corredor|Pasaje|Av)(?=[ \t]\p{Lu})"
    # Portugal's "R" for Rua, with no dot, only before a name and its house number: "R Luís Camões 81".
    + r"|R\.(?=[ \t]\p{Lu})|R(?=(?:[ \t]\p{Lu}[\p{L}'’-]+){1,4}[ \t](?!(?:19|20)\d\d)\d{1,4}\b))")
_LOWORD = r"[\p{L}'’.-]+"
# Street nouns after a name whose later words may be typed in lower case ("Dózsa györgy
# utca", "Petőfi sándor tér"): those no English phrase ends with.
LOWER_NAMED_NOUN = r"(?:(?i:utca|út|útja|tér|köz|körút|rakpart|fasor|sugárút|sétány|cesta|ulica|trg)\b|u\.)"
HUNGARIAN_NUMBER = r"(?i:út|útja|utca|u\.|tér|körút|krt\.|rakpart|rkp\.|fasor|sugárút|kapu)[ \t]+\d{1,5}"
# "33", "9c", "5/7" and "11-66" (a building and its entrance or flat), "No. 257", "nr. 105".
HOUSE_NUMBER = r"(?:(?:(?i:no|nr|n[º°])\.?[ \t]?)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?|(?i:s/n))(?![\w%/-])"
_STREET_CORE = (
    rf"(?:(?:(?:{_WORD}[ \t]+){{0,2}}\p{{Lu}}[\p{{L}}'’-]*?(?:{STREET_SUFFIX}|(?<=-)(?i:{STREET_SUFFIX}))"   # Skogstien, Kiannonkatu
    rf"|(?:{_WORD}[ \t]+){{1,3}}{STREET_NOUN}"                              # Passauer Strasse
    rf"|{_WORD}(?:[ \t]+\p{{Ll}}[\p{{L}}'’-]*){{1,2}}[ \t]+{LOWER_NAMED_NOUN}"  # Dózsa györgy utca
    rf"|{STREET_WORD}(?:[ \t]+{_LOWORD}){{1,6}}?)"                          # Rua Vinte e Cinco de Setembro
    rf",?[ \t]+{HOUSE_NUMBER}"
    rf"(?:(?<={HUNGARIAN_NUMBER})\.)?"  # Hungarian: "Király u. 15."
    rf"|(?<=\d,?[ \t]+){STREET_WORD}(?:[ \t]+(?!(?:and|or|in|on|at|to|for|with|is|was|the)\b){_LOWORD}){{1,4}}"  # 31 Rue tachkent St.
    r"|" + PO_BOX + r"[ \t]\d{1,6})")
_US_CORE = rf"\d{{1,6}}(?:/\d{{1,5}})?(?:-?[A-Za-z])?,?[ \t]+(?:(?:{_WORD}|{ORDINAL})[ \t]+){{1,4}}{STREET_TYPE}"
_SENTENCE_WORD = (r"(?!(?:The|A|An|I|We|You|He|She|It|They|This|That|Our|My|Your|Please|Call|"
                  r"Thanks|Thank|Is|Are|Was|If|Then|And|But|Or|So|On|At|In|To|For|From|What|When|"
                  r"Where|Who|Why|How|Which|Meet|See|Send)\b)")
# An Eircode: routing key and unique identifier, "H60 AXFN", "D6W 1234".
EIRCODE = r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}\b"
# Codes first: "H60 AXFN" is one code, not the word "H" and a number.
_TAIL_ITEM = (rf"(?:{UNIT_ANY}|{POSTCODE}|{UK_POSTCODE}|{CA_POSTCODE}|{EIRCODE}"
              rf"|(?i:kraj|oblast|rayonu|county|province|prefecture|district)\b"
              # Vietnam's units and the name after them, whatever its first word: "xã An Phú", "TP. Huế".
              rf"|(?i:xã|tỉnh|huyện|phường|quận|thị[ \t]trấn|thành[ \t]phố|tp\.)(?:[ \t]+\p{{Lu}}[\p{{L}}'’-]*){{0,4}}"
              rf"|{_SENTENCE_WORD}{_WORD}(?:[ \t]+\(\p{{Lu}}\p{{L}}*\))?|{_TAIL_CONNECT}|nan\b"
              r"|\p{Ll}\p{Lu}\p{Ll}+(?!\p{L})|[Kk]wa\p{Lu}[\p{L}-]+)")  # isiZulu locatives: "iKapa", "eThekwini", "KwaMashu"
ADDRESS_TAIL = rf"(?:(?:[ \t]*,[ \t]*|[ \t]+){_TAIL_ITEM}){{0,12}}"
LINES_BELOW = rf"(?:(?<!(?<!{HUNGARIAN_NUMBER})\.)(?:{_NEXT_LINE}){{1,5}})?"  # the lines below, unless the sentence ended
# UNIT_ANY, ADDRESS_TAIL and LINES_BELOW also extend `unlisted_streets`.


@register("address_intl")
class InternationalAddressRecognizer(ContextPatternRecognizer):
    """A street anchored by its own shape, with its building number, units and town lines.

    "6343 Skogstien 106\\nASKER nan 1386", "760 Passauer Strasse 33, Cite Guedouala,
    Tunisia", "370 3911 Fourth Avenue Suite 697 Apt. 397, Mora de Rubielos, Spain 16200".
    """

    ENTITY = "ADDRESS"
    PATTERNS = (
        ("intl_street", rf"(?<![\w-])(?:\d{{1,6}}[A-Za-z]?[ \t]+){{0,2}}{_STREET_CORE}{ADDRESS_TAIL}{LINES_BELOW}", 0.7),
        ("us_street", rf"(?<![\w-])(?:\d{{1,6}}[ \t]+)?{_US_CORE}{ADDRESS_TAIL}{LINES_BELOW}", 0.75),
        # India: "H.No. 171, Prakash Nagar, Silchar", "House No. 12\nGandhi Marg".
        # Hungary, number first: "118. Arany jános tér Apt. 692", "155. József attila utca".
        ("hu_street", rf"(?<![\w.-])\d{{1,4}}\.[ \t]+{_WORD}(?:[ \t]+[\p{{L}}'’-]+){{0,2}}[ \t]+{LOWER_NAMED_NOUN}"
                      rf"{ADDRESS_TAIL}{LINES_BELOW}", 0.7),
        ("house_no", rf"\b(?:H\.[ \t]?No\.?|House[ \t]No\.?)[ \t]?\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}})?{ADDRESS_TAIL}{LINES_BELOW}", 0.75),
    )
    PREFILTER = r"\d|[Ss]/[Nn]"  # a house number, or "s/n" where there is none
    FLAGS = CASE_SENSITIVE

    def rescore(self, text, start, end, pattern, score):
        if UNIT_AFTER.match(text, end):  # "Take 2 Tylenol Extra 500 mg"
            return None
        return super().rescore(text, start, end, pattern, score)


@register("address_unit")
class UnitAddressRecognizer(InternationalAddressRecognizer):
    """The same streets with a flat, suite or lot: before the street ("Suite 541 6343
    Skogstien 106"), as its number ("Block 09 Lot 84 Camachile Street"), or after a name
    with no street word ("15 Makedonská Apt. 715 Karviná"). A recognizer of its own so
    that the unit words are searched for once per text, not tried at every word."""

    PATTERNS = (
        ("intl_street", rf"(?<![\w-])(?:{UNIT_ANY}[ \t]+){{1,2}}(?:\d{{1,6}}[A-Za-z]?[ \t]+){{0,2}}{_STREET_CORE}{ADDRESS_TAIL}{LINES_BELOW}", 0.7),
        ("us_street", rf"(?<![\w-])(?:{UNIT_ANY}[ \t]+){{1,2}}(?:\d{{1,6}}[ \t]+)?{_US_CORE}{ADDRESS_TAIL}{LINES_BELOW}", 0.75),
        ("unit_after", rf"(?<![\w-])\d{{1,6}}[A-Za-z]?\.?[ \t]+(?:(?:{_WORD}|{STREET_NOUN}|{_TAIL_CONNECT})[ \t]+){{1,4}}{UNIT_ANY}{ADDRESS_TAIL}{LINES_BELOW}", 0.7),
        ("unit_street", rf"(?<![\w-])(?:{UNIT_ANY},?[ \t]+){{1,2}}(?:{_WORD}[ \t]+){{1,4}}{STREET_TYPE}{ADDRESS_TAIL}{LINES_BELOW}", 0.7),
    )
    PREFILTER = r"(?<![^\W\d_])" + UNIT_ANY  # a whole word: not the "rm 10" of "Form 10-Q"


# The street words that no English sentence uses before a capitalised word ("via Email",
# "Plaza Hotel", "an impasse Monday" do; "Strada Petre Tudor" is a street).
NAMING_STREET_WORD = "(?:" + any_case(NAMING_WORDS) + ")"


@register("street_name")
class StreetNameRecognizer(ContextPatternRecognizer):
    """A street named by its word, with no house number: "Strada Petre Tudor, Falticeni",
    "rue de la Paix", "Intrarea Ioniță\nMiercurea-Ciuc, 957769". The street word says it
    is a street; the capitalised name after it says which."""

    ENTITY = "ADDRESS"
    PATTERNS = (("named", rf"(?<![\w-]){NAMING_STREET_WORD}(?:[ \t]+{_TAIL_CONNECT}){{0,3}}[ \t]+{_SENTENCE_WORD}{_WORD}"
                          rf"(?:[ \t]+(?:{_TAIL_CONNECT}[ \t]+){{0,2}}{_SENTENCE_WORD}{_WORD}){{0,3}}{ADDRESS_TAIL}{LINES_BELOW}", 0.6),)
    FLAGS = CASE_SENSITIVE
    PREFILTER = r"(?<![^\W\d_])" + NAMING_STREET_WORD + r"[ \t]"  # a whole word: not "called", "trued"

