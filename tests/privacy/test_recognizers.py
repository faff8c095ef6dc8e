"""Each recognizer alone, without spaCy: pattern, checksum and context decide."""
import pytest

from assistant.errors import PrivacyError
from assistant.privacy import recognizers


def found(name: str, text: str) -> list[tuple[str, str]]:
    rec = recognizers.build([name])[0]
    return [(r.entity_type, text[r.start:r.end]) for r in rec.analyze(text, rec.supported_entities)
            if r.score >= 0.5]


@pytest.mark.parametrize("name,text,value", [
    ("iban", "pay to GB82 WEST 1234 5698 7654 32 today", "GB82 WEST 1234 5698 7654 32"),
    ("iban", "la cuenta ES47 1642 5187 0770 0771 9771 a su nombre", "ES47 1642 5187 0770 0771 9771"),  # not "... a"
    ("swift", "SWIFT: DEUTDEFF500", "DEUTDEFF500"),
    ("swift", "Intermediary bank PNCCUS33, for further credit", "PNCCUS33"),
    ("iban", "IBAN CH59 1302 54F2 5705 7836 N SWIFT UBSWCHZH80A", "CH59 1302 54F2 5705 7836 N"),  # a one-letter tail
    ("aba", "is 015294526 a valid routing number? customer says", "015294526"),  # the label after it
    ("swift", "credited to IT61M880626127227959539E399 (BPMOIT22) in favour of", "BPMOIT22"),
    ("ssn", "W-9 received for Kenji Watanabe, TIN 527 27 2164, address", "527 27 2164"),
    ("aba", "routing number 011000015", "011000015"),
    ("date", "Pt presented on 30/03/2019 with dizziness; transferred here 4/18.", "4/18"),  # no cue word
    ("date", "| Tuilagi, Losa | 8810021 | 7/7/1937 | 7/9 | 7/14 | CHF |", "7/14"),
    ("account", "Account Number: 9876543210", "9876543210"),
    ("account", "new payment due 2024-01-15; loan 0619 3136 84.", "0619 3136 84"),  # printed in groups
    ("account", "subpoena covers accounts 247-349186 and 2526-5445.", "2526-5445"),  # a list's second
    ("account", "Auto loan #AL-4291261 past due 90 days", "#AL-4291261"),
    ("account", "Deposits into 48917499754 on 2022-07-23", "48917499754"),
    ("account", "Pr\u00e9stamo AL-6465633: titular Elif Demir", "AL-6465633"),
    ("card", "card 4111 1111 1111 1111", "4111 1111 1111 1111"),
    ("card", "Visa 4111111111111111", "4111111111111111"),
    ("cusip", "CUSIP 037833100", "037833100"),
    ("isin", "the bond US0378331005 matures", "US0378331005"),
    ("ssn", "SSN 536-22-1234", "536-22-1234"),
    ("ssn", "ssn: 123-45-6789", "123-45-6789"),
    ("ssn", "social security number 536221234", "536221234"),
    ("itin", "ITIN 912-70-1234", "912-70-1234"),
    ("ein", "EIN 12-3456789", "12-3456789"),
    ("mrn", "MRN: B123-456", "B123-456"),
    ("mrn", "medical record number 00123456", "00123456"),
    ("npi", "NPI 1234567893", "1234567893"),
    ("dea", "DEA AB1234563", "AB1234563"),
    ("member_id", "insurance ID: DEF-654321", "DEF-654321"),
    ("member_id", "issues with HMO-234567", "HMO-234567"),
    ("member_id", "Insurance Policy HX-884213: Renewal Notice", "HX-884213"),
    ("member_id", "his plan includes policy #11223344.", "#11223344"),
    ("member_id", "Aetna W123456789 was denied", "W123456789"),  # the payer names the ID
    ("member_id", "her BCBS ID XYZ123456789", "XYZ123456789"),
    ("member_id", "Member ID W 1234 5678 on the card", "W 1234 5678"),  # printed in groups
    ("member_id", "his plan's member ID, MH-556677.", "MH-556677"),  # a comma right after the label
    ("member_id", "(insurance # - 55-8899-001)?", "55-8899-001"),  # ... or a dash
    ("member_id", "his member ID HPB 552211, seen", "HPB 552211"),  # the plan's letters, a space
    ("member_id", "his Kaiser ID of U1234567 01, seen", "U1234567 01"),  # a two-digit suffix
    ("member_id", "policy number of MED/44521.", "MED/44521"),  # the plan's prefix and a slash
    ("member_id", "health plan ID of KP.223344)", "KP.223344"),  # ... or a dot
    ("member_id", "his Medi-Cal ID is W123 456 789, seen", "W123 456 789"),
    ("member_id", "Pt's group ID is A1B2C3D4", "A1B2C3D4"),
    ("member_id", "Insurance: Aetna PPO, ID W998877665", "W998877665"),  # a bare "ID" goes on the field before
    ("member_id", "98765432 (insurance) was denied", "98765432"),  # the label in brackets after it
    ("member_id", "QW-112233 is her insurance ID, seen", "QW-112233"),  # ... or in words after it
    ("member_id", "the number 55667788 on her insurance card", "55667788"),
    ("member_id", "Her insurance, BlueShield 778899001, denied", "778899001"),  # a payer from the list
    ("member_id", "Patient has CareFirst, ID 7788990011, needs auth", "7788990011"),
    ("member_id", "insured through Molina, ID no. 77665544.", "77665544"),  # "ID no." as a bare label
    ("member_id", "coverage: Oxford, #OX556677.", "#OX556677"),  # a "#" opens the value
    ("member_id", "Covered by Kaiser, mbr# 11223344, seen", "11223344"),
    ("member_id", "Is this MCO ID MC-334455 still active?", "MC-334455"),
    ("member_id", "Sub ID: 776655-02, dependent", "776655-02"),
    ("member_id", "Workers comp claim # WC-2023-4455 for", "WC-2023-4455"),
    ("member_id", "Check her plan, id#: 5566.7788.99, at", "5566.7788.99"),  # groups split by dots
    ("member_id", "Pt (HPBN 445566-01) seen at", "445566-01"),  # "health plan beneficiary number"
    ("member_id", "Payor ID 887766554 for the 55yo", "887766554"),
    ("member_id", "Health benefits ID 55443322 for pt", "55443322"),
    ("member_id", "insurance ID: XYZW 123 456, seen", "XYZW 123 456"),  # four letters, groups
    ("member_id", "member # 12 34 56 78 90 on file", "12 34 56 78 90"),  # five groups
    ("member_id", "Medicaid ID MA 123-45-678 for her", "MA 123-45-678"),  # letters, a space, dashes
    ("member_id", "policy HP/123/456 covers it", "HP/123/456"),  # the prefix and two slashes
    # a bare ID noun before the value: the kind of ID anywhere earlier in the sentence
    ("member_id", "His insurance through the state exchange is number 55667788.", "55667788"),
    ("member_id", "Health insurance: yes (through work), number 778899.", "778899"),
    ("member_id", "MassHealth ID 100012345678 for the pt", "100012345678"),  # a state's Medicaid
    ("member_id", "Her BCBSTX ID XYZ998877 was denied.", "XYZ998877"),
    ("member_id", "Policyholder ID 55443322, dependent spouse", "55443322"),
    ("member_id", "Pt has CHIP ID 44556677, seen", "44556677"),
    ("member_id", "any issues with HPN-123456?", "HPN-123456"),  # a plan's prefix, no label
    # a label in full (context word + ID noun) vouches for looser shapes
    ("member_id", "insurance ID: AB12.", "AB12"),
    ("member_id", "policy number HMO_12345 on file", "HMO_12345"),
    ("member_id", "Concerns about insurance policy #AB12.", "#AB12"),  # the "#" is the noun
    ("member_id", "(Health Plan ID: HP:123456)?", "HP:123456"),
    ("member_id", "his member ID is 123456/01.", "123456/01"),
    # a value shaped like an ID: the context word anywhere earlier in its sentence
    ("member_id", "her insurance changed in January and the new one is 55443322", "55443322"),
    ("member_id", "primary insurance ID 990011223, secondary 334455667", "334455667"),  # a list's second
    ("member_id", "insurance card was lost; old number was 88776655", "88776655"),  # across a semicolon
    ("member_id", "We have his insurance info now: Blue Shield, W332211009", "W332211009"),
    # a person's two-digit suffix after a number, by a space, a star or a dash
    ("member_id", "the subscriber (507489555 02); she is the dependent", "507489555 02"),
    ("member_id", "Subscriber no. 570888438*01, dependent son", "570888438*01"),
    ("member_id", "plz check elig for U21725701-02 dos Jan 1", "U21725701-02"),
    ("member_id", "member ID H88691735- copay for specialist?", "H88691735"),  # a stray dash after it
    # labels as analysts type them: slips of the keys, run together, abbreviated
    ("member_id", "memebr id 771889180 is pt covered", "771889180"),
    ("member_id", "insurnace id W928171761 deductible met yet?", "W928171761"),
    ("member_id", "polcy no PL2209735691 is it primary", "PL2209735691"),
    ("member_id", "pt memberid 70895280404 needs PA", "70895280404"),
    ("member_id", "mem 0839892511 no show 3x", "0839892511"),
    ("member_id", "cin YD69636Z pt moved counties", "YD69636Z"),  # NY Medicaid's client ID number
    ("member_id", "sponsor DoD ID 3851093260 and spouse", "3851093260"),  # TRICARE
    # a list after a plural label; a label's own noun is no label of another kind
    ("member_id", "Members to recheck: W85463446901, W 629211062, and U7607370801.", "W 629211062"),
    ("member_id", "The insured's ID number (box 1a on the CMS-1500) for this patient is 68015250753",
     "68015250753"),
    # a value that opens with letters: the context word later in its sentence
    ("member_id", "W17639073401 - Aetna member, asking for coverage criteria", "W17639073401"),
    ("member_id", 'Claim for U7522377201 rejected: "subscriber not found".', "U7522377201"),
    ("member_id", "Pt: Ngozi Adeyemi-Brown  HCN 0393-233-854-GX  DOB 1952-07-07", "0393-233-854-GX"),
    ("member_id", "Re: Shirley Banks, OHIP 7697-091-902-BA", "7697-091-902-BA"),
    ("county", "ambulating with walker. Minnehaha County APS notified.", "Minnehaha County"),
    ("facility", "a referral to Dr. Villanueva at St. Anne's Regional for", "St. Anne's Regional"),
    ("facility", "brought in from Mount Vernon Rehabilitation and Nursing with cough",
     "Mount Vernon Rehabilitation and Nursing"),
    ("mbi", "HICN 183-55-9171A corrected to MBI 8RW0-QK5-FK39", "183-55-9171A"),  # the older Medicare number
    ("mbi", "The HICN (220057666B1) came back invalid", "220057666B1"),
    ("city_state", "filed from Arlington, VA 222091903 by", "Arlington, VA 222091903"),  # ZIP+4 without its dash
    ("mrn", "see 4455667 (MRN) for the notes", "4455667"),
    ("mrn", "Patient: BROWN, SHIRLEY  ID: 27-53-435  Ordering: Dr. Kim", "27-53-435"),  # a form's bare ID field
    ("mrn", "mrnE233775536 aoife gallagher bday 3/11/1997", "E233775536"),  # label and value run together
    ("mbi", "MBI 1EG4-TE5-MK73", "1EG4-TE5-MK73"),
    ("dob", "DOB 03/14/1962", "03/14/1962"),
    ("dob", "born on March 4, 1950", "March 4, 1950"),
    ("age", "a 92-year-old woman with CHF", "92"),  # HIPAA: ages over 89, the number alone
    ("age", "She is 94 years old", "94"),
    ("age", "97 yo F, 101 y/o M", "101"),
    ("age", "Age: 96", "96"),
    ("age", "HPI: Mr. Horvat is a 93 y.o. male", "93"),  # "y.o." then a space
    ("age", "Pt Milena Wisniewski, 91F, fell at home", "91"),  # age and sex, as notes write them
    ("age", "KHOURY-BAPTISTE, BILAL (92M) - cellulitis", "92"),
    ("age", "Siobhan Byrne-Smith (92) no-showed", "92"),  # in brackets after a name
    ("age", "Is Youssef E. Bakr, 92, from Toledo a candidate?", "92"),  # between commas after one
    ("names", "Loan AL-2531877 - borrower Huong Pham, co-borrower Hye-jin Park, property", "Hye-jin Park"),
    ("names", "Beneficiary: S\u00f8ren Haugen\nBeneficiary address", "S\u00f8ren Haugen"),
    ("names", "K 6.8 for ABU-GHAZALEH, BILAL, MRN 89291759. Read back.", "ABU-GHAZALEH, BILAL"),  # a record's name
    ("names", "Check kiting suspected: Adaeze Balogun deposited checks drawn on", "Adaeze Balogun"),
    ("names", "Thank you, Callum, for updating your contact details", "Callum"),
    ("names", "a call from 9378021555 claiming to be Mar\u00eda Castillo, asking", "Mar\u00eda Castillo"),
    ("names", "ED triage - WATANABE, XIAOLING H, 94F, from home", "WATANABE, XIAOLING H"),
    ("date", "seen on January 15th, 2024", "January 15th, 2024"),
    ("date", "visit 2023-04-25 at noon", "2023-04-25"),
    ("date", "born 14-Mar-1962, seen 03/MAR/62", "14-Mar-1962"),  # as clinical systems print it
    ("date", "Consent witnessed on 16DEC2021; discharged 3Oct2020", "16DEC2021"),  # as records join them
    ("date", "DNR confirmed with pt on 12/7.", "12/7"),  # a sentence's full stop after it
    ("address_intl", "Re: Shirley Banks\n3432 Portage Ave, Surrey, BC V3T 2L5\nTel 903.555.0171\nPlease",
     "3432 Portage Ave, Surrey, BC V3T 2L5"),  # not the contact line below
    ("date", "visit on Tuesday, 3/5 at noon", "Tuesday, 3/5"),  # no year: after a weekday (with it) ...
    ("date", "seen on 3/5 for follow-up", "3/5"),  # ... or "on"
    ("phone", "call (617) 555-7890", "(617) 555-7890"),
    ("phone", "Phone: 555 123 45 67", "555 123 45 67"),
    ("phone", "She can be reached on 07700 900458.", "07700 900458"),  # a UK mobile, "reached"
    ("phone", "brother on the way 4194128652", "4194128652"),  # a US number in one run, no word
    ("device", "Implant: Accolade pacemaker, LOT VUB008929P, SN UH194014.", "VUB008929P"),  # an implant's lot
    ("device", "the implant lot for her knee? The op note lists lot 0429315.", "0429315"),
    ("fax", "fax: 617-555-7890", "617-555-7890"),
    ("email", "mail jane.e@example.com now", "jane.e@example.com"),
    ("ip", "from 192.168.1.1", "192.168.1.1"),
    ("url", "see https://www.example.org/x", "https://www.example.org/x"),
    ("vehicle", "VIN 1HGCM82633A004352", "1HGCM82633A004352"),
    ("vehicle", "VIN WVW3CVX7VLLJHJGYP from the garage", "WVW3CVX7VLLJHJGYP"),  # no check digit: European
    ("dea", "Label says Dr. Haruto Watanabe, DEA AP3381911.", "AP3381911"),  # labelled, checksum or not
    ("license", "driver's license D1234567", "D1234567"),
    ("address", "lives at 42 Elm Street, Springfield", "42 Elm Street, Springfield"),
    ("city_state", "lives in Atlanta, GA.", "Atlanta, GA"),
    ("facility", "admitted to Elmwood Clinic on", "Elmwood Clinic"),
    ("facility", "seen at Mercy Health in Boston", "Mercy Health in Boston"),
    ("facility", "Riverside General Hospital, Health Information Management", "Riverside General Hospital"),
    ("names", "seen by Dr. Emily Clark today", "Dr. Emily Clark"),
    ("names", "female, Jane D., seen", "Jane D."),
    ("names", "restarting Plavix for Dimitrios L. Weiss after the bleed", "Dimitrios L. Weiss"),
    ("names", "Did Dr. Liu sign the consent?", "Dr. Liu"),  # a title outweighs an eponym's noun
    ("date", "DOS: 12/09/2021-12/28/2021", "12/09/2021"),  # a range joined by a dash is two dates
    ("date", "DOS: 12/09/2021-12/28/2021", "12/28/2021"),
    ("date", "need all notes between 12/29 and 1/3", "1/3"),  # a range's second day
    ("date", "was discharged 5/13 to Lakeview", "5/13"),  # a word of the calendar before a day
    ("date", "Next appt the 28th at Sacred Heart", "the 28th"),
    ("age", "Harpreet states she is 93 and not going anywhere", "93"),  # said of a person
    ("age", "Name - Ebony Battle ; Age - 96 ; Address", "96"),
    ("age", "she will be 102 next month", "102"),
    ("names", "RECIPIENT: RAHMAN,RUMANA\nMBI: 5VG3RA3QR69", "RAHMAN,RUMANA"),  # no blank after the comma
    ("names", "Payroll file line: KHOURY, Layla,311792337", "KHOURY, Layla"),  # the given name in small letters
    ("names", "RE: Ebony Boykins, DOB 02/21/2007", "Ebony Boykins"),  # right before a person's identifier
    ("names", "plz pull inr trend for vlad kowalczyk mrn P5769469", "vlad kowalczyk"),
    ("names", "Guarantor: Saoirse O'Callaghan | Acct #: 8876604231", "Saoirse O'Callaghan"),
    ("names", "Zelle payment disputed by Camila dos Santos; recipient", "Camila dos Santos"),
    ("names", "Signer 1: Olena Shevchenko / Signer 2: Rahul Iyer", "Olena Shevchenko"),
    ("names", "Her sister called from 2107153047. -Rogelio", "Rogelio"),  # a signature at the end
    ("email_names", "Sun Lihua <sun.lihua@aol.com> wrote: pls close", "Sun Lihua"),
    ("email_names", "I think it's Hope Hunter-Moreno, email hhuntermoreno42@icloud.com", "Hope Hunter-Moreno"),
    ("email_names", "Review for Mehmet Ayd\u0131n: instagram.com/mehmet.aydin4 shows", "Mehmet Ayd\u0131n"),
    ("license", "posed as him using DL 076 360 066 at branch", "076 360 066"),  # in groups
    ("account", "Domestic wire: RTN 097070506 / DDA 907284649 / beneficiary", "907284649"),
    ("account", "Stop payment on check 2219 drawn on 00234948837 at request", "00234948837"),
    ("account", "selin aydin ACCT-4418-878824 dupe record", "ACCT-4418-878824"),  # the label glued on
    ("aba", "is 637720627 a fed-member bank? cust wants same-day ach", "637720627"),
    ("swift", "to BR70 2337 1801 0210 8200 6786 934C 1 (BRASBRRJ).", "BRASBRRJ"),  # after a spaced IBAN
    ("swift", "the wire to BFTVVNVX got returned", "BFTVVNVX"),
    ("device", "the requisition reads (01)00832764666218(21)ZH6272497.", "(01)00832764666218(21)ZH6272497"),
    ("device", "OR record: femoral stem lot L4R8-6422-82, cemented", "L4R8-6422-82"),
    ("address", "wire to 4109 N Kedzie Ave, 2nd Fl, Chicago IL 60618", "4109 N Kedzie Ave, 2nd Fl, Chicago IL 60618"),
    ("address", "updated adress to 4109 n kedzie ave, 2nd fl, chicago il 60618", "4109 n kedzie ave, 2nd fl, chicago il 60618"),
    ("address", "pt transported from 3256 Sycamore Bend by county van", "3256 Sycamore Bend"),
    ("address", "DOB 2004-10-29  3115 Dundas St W, Mississauga", "3115 Dundas St"),  # not from the date's day
    ("member_id", "can someone check ZXB448201937 pls, keeps bouncing", "ZXB448201937"),  # a card's shape alone
    ("member_id", "mbr id# jzq771029384-01 wrong suffix, shld be jzq771029384-02", "jzq771029384-02"),
    ("member_id", "denial worklist:\nmbr_id,cpt,status\nJQP2039485,99396,paid\n7788990011,90686,denied",
     "7788990011"),  # named by its column's header
    ("mrn", "| MRN | Name | Age |\n|---|---|---|\n| 12345678 | Jo | 97 |", "12345678"),  # a Markdown table
    ("mbi", "they want the full 11 char MBI, pt gave 7PJ9 YD4 CM21", "7PJ9 YD4 CM21"),  # in groups
    ("date", "cancelled appt Tues 5/14, rebook", "Tues 5/14"),  # the weekday goes with the day
    ("date", "get me vanco troughs 3/12-3/15 for bed 14", "3/12-3/15"),  # a range of days
    ("date", "Labs drawn 6/3 0600: Na 129", "6/3"),  # a day before a clock time
    ("date", "20240802 1130 POC GLU 42 L", "20240802"),  # as a lab system stamps it
    ("date", "Row 14: Visit 2024/06/05", "2024/06/05"),  # year first with slashes
    ("date", "admitted on 2 avril 2024 and discharged 9 avril", "9 avril"),  # a month in French
    ("date", "she had surgery may 20th", "may 20th"),  # small letters, a day's suffix
    ("date", "need a list of pts on 6E as of 14/10", "14/10"),  # day first where only that is a date
    ("mrn", "for hiroshi tanaka hosp # H0038812 esp EF", "H0038812"),
    ("mrn", "pt Nguyen Thi Lan [MR-1093382] cancelled", "MR-1093382"),  # the label glued on
    ("mrn", "Interim note: Ms. Tesfaye (56964959) seen with daughter", "56964959"),  # in brackets after a name
    ("mrn", "LAB_RESULT pid=800213377 name=WASHINGTON^DENISE", "800213377"),
    ("license", "Dutch passport NX4R7K2P1 and BSN on file", "NX4R7K2P1"),  # letters and digits mixed
    ("license", "the Michigan licence P 412 557 893 210 matches", "P 412 557 893 210"),
    ("license", "holds UAE Emirates ID 784-1985-4172634-9; source of wealth", "784-1985-4172634-9"),
    ("aba", "which routing number should be used for the domestic wires: 071000013 or 081000016.", "081000016"),
    ("member_id", "cert # 771045829, dependent 771045829-03 is the child", "771045829-03"),  # a dependant's
    ("member_id", "Medicaid IVR: Recipient 44019283746 active", "44019283746"),  # Medicaid's word
    ("names", "list the care team for Rakhimova, Dinara (chart no. 708984818)", "Rakhimova, Dinara"),
    ("names", "Elder fraud referral: wired $46,000 to Dang Quoc Bao after a call", "Dang Quoc Bao"),  # who money went to
    ("names", "KYC: Chiamaka Okonkwo / Hackensack / DOB 26.10.1970", "Chiamaka Okonkwo"),
])
def test_finds(name, text, value):
    assert value in [v for _, v in found(name, text)]


@pytest.mark.parametrize("name,text", [
    ("iban", "GB82 WEST 1234 5698 7654 33"),          # mod-97 fails
    ("swift", "DEUTDEFF500"),                           # no context word
    ("swift", "SWIFT: DEUTXXFF"),                       # no such country
    ("aba", "routing number 011000016"),                # checksum fails
    ("aba", "011000015"),                               # checksum alone is one in ten
    ("date", "Scoliosis 7/18 Dystonia 5/18 Chorea 4/18"),  # counts of one cohort: one denominator
    ("date", "37% (7/19) were triploid; round the clock 24/7"),
    ("date", "hydrocortisone 15/5 mg, BiPAP 12/6, GCS 3/15"),
    ("member_id", "anyone know if Aetna still requires auth for 72148"),  # a CPT code: five characters
    ("member_id", "does medicare cover G0439 the same year"),            # a HCPCS code
    ("member_id", "Plan-level note: group 0712345 is the county employee plan"),  # an employer's group
    ("member_id", "Insurance: UnitedHealthcare, grp 16362M888"),
    ("member_id", "Payer ID 60054 is Aetna"),                            # the payer's own electronic ID
    ("account", "9876543210"),                          # digits without "account"
    ("card", "card 4111 1111 1111 1112"),               # Luhn fails
    ("cusip", "CUSIP 037833101"),
    ("cusip", "037833100"),
    ("isin", "US0378331006"),
    ("ssn", "666-22-1234"),
    ("ssn", "123-45-6789"),                             # the famous sample, unlabelled
    ("ssn", "536221234"),                               # bare digits need the label
    ("itin", "912-40-1234"),
    ("ein", "07-3456789"),
    ("mrn", "00123456"),
    ("mrn", "chart notes from 2021"),
    ("npi", "NPI 1234567890"),
    ("npi", "1234567893"),
    ("dea", "ref AB1234564 on file"),  # checksum fails and no DEA word
    ("member_id", "the plan is 2021"),
    ("member_id", "a member since 2019 12 months ago"),  # a year and a count in groups
    ("member_id", "# Policy HIM-204: Amendment of Medical Records"),  # a document's number
    ("member_id", "- Policy HIM-201, Patient Access to Health Information"),
    ("member_id", "the insurance plan covers 3.5 visits and 12.50 copays"),  # decimals, no prefix
    ("member_id", "Table 3 lists 2,450 claims (insurance) by state"),  # the bracket follows another word
    ("member_id", "the plan's rate was 12.50.75 or 3.25.1"),  # dotted groups too short
    ("member_id", "2450 is the number of insurance claims"),  # words after it that are no label
    ("member_id", "a claim of 3100 dollars was paid"),  # "claim" alone is no label ("claim #" is)
    ("member_id", "Started EPO 4000 units three times weekly"),  # a dose, not a plan's prefix
    ("member_id", "eligibility criteria were met by 120 patients"),  # not "eligibility #"
    ("member_id", "the chip has 512 cores"),  # not "CHIP ID"
    ("member_id", "The HP-1234 printer"),  # "HP" alone is no plan's prefix
    ("city_state", "insured through Molina, ID no. 77665544"),  # an ID's label, not Idaho
    ("city_state", "her union's Local Health Fund, ID 887766"),
    ("member_id", "her insurance office's phone number 555-3014"),  # another noun leads to it
    ("member_id", "The insurance lapsed. The chart number is 445566."),  # another sentence
    ("member_id", "Plan: CT 12/03, then AB12 panel"),  # a note's heading, not "plan ID"
    ("member_id", "any insurance issues with AB12?"),  # a loose shape needs the label in full
    ("member_id", "Medicaid covers 72000000 people in the state"),  # a count
    ("member_id", "She has Medicaid and takes metformin 500 mg daily"),  # a dose
    ("member_id", "The policy limit is $1000000 per occurrence"),  # a sum
    ("member_id", "Does insurance cover CPT 1234567 for this?"),  # a code system's value
    ("member_id", "Call Medicare at 1-800-633-4227 or 1800MEDICARE"),  # a service's line
    # sentence-wide only: another kind of label between, an amount, a round figure, a date
    ("member_id", "Her insurance is Aetna and her phone number is 6175551234"),
    ("member_id", "Insurance verified; her ticket number 7788990 was logged"),
    ("member_id", "Insurance claims increased 12% to 4500000 in the quarter"),
    ("member_id", "coverage ratio was 1.25 and the loan is 5500000"),
    ("member_id", "Her plan covered the visit and the next one is 03152025"),
    ("member_id", "Around 5-10% of family members develop it"),  # a range of percent
    ("member_id", "The measure looks at members aged 50-74 with a mammogram"),  # a range of ages
    ("member_id", "a survey of members with a 15q11.2 microdeletion"),  # a chromosome band
    ("member_id", "the police report 55667788 was filed"),  # "police" is a word, not a slip of "policy"
    ("member_id", "Paid 4455667788 to providers under the plan"),  # a bare number before a later context word
    ("mbi", "a part number 123456789A in the catalogue"),  # nine digits and a letter, no Medicare word
    ("account", "Accounts payable   (485)   1,095"),  # a statement's line, not a customer's account
    ("account", "Loan hardship: borrower at +48 577 248 494 or +1-804-555-8747."),  # phones abroad
    ("account", "loan balances since 2019 12 months ago"),  # a year and a count
    ("mrn", "ClinicalTrials.gov ID: NCT01234567; Order ID: 55667788"),  # another noun names the ID
    ("dob", "seen 03/14/1962"),                         # a date, but not a birth date
    ("date", "a 34-year-old seen in 2021 for 3 weeks"),  # ages, years, durations
    ("date", "strength 3/5 in the left arm"),  # a grade: no weekday or "on" before it
    ("address_cue", "Pt fell at home on July 26, 2020; CT head negative"),  # a date, not a street
    ("date", "done on 3/5 patients, improved on 3/5 of the days"),  # fractions after "on"
    ("age", "an 89-year-old seen in 1992"),  # 89 and under are not identifiers
    ("age", "people aged 90 and older, age 90+, aged 90-99"),  # the aggregate Safe Harbor allows
    ("age", "over the past 100 years; aged 95% CI"),  # a span of time, a confidence level
    ("age", "revenue of $92M; Table (92) shows; seen in (95) cases; 95% CI (92)"),  # a sum, a table, a count
    ("age", "high fever (up to 104F); temperature below 95 F; T 101F"),  # degrees Fahrenheit
    ("names", "the Employee Stock Purchase Plan and the Vendor Management Office"),  # English words
    ("names", "mutations in the AMELX, ENAM, and MMP20 genes; stages IIIA, IIIB, and IIIC"),  # lists of codes
    ("names", "ASSESSMENT, PLAN; ACE, ARB; MRN, DOB; OSTEOPETROSIS, AUTOSOMAL RECESSIVE"),  # words, labels
    ("phone", "SSN 123-45-6789"),
    ("date", "between 2/3 and 3/4 of patients"),  # fractions
    ("date", "the 3rd dose on the 2nd floor"),  # ordinals of a count
    ("age", "he is 92 kg; who is 90 and older"),  # a weight; the aggregate
    ("names", "shares owned by Goldman Sachs; requested by Compliance Department"),  # firms, English words
    ("names", "- Bullet point\n- Hematochezia\n- Done"),  # a list's items: only the last line signs off
    ("email_names", "contact customer service at customerservice@bank.com"),  # English words
    ("license", "held a driver license since 2019 12 months ago"),  # a year and a count
    ("swift", "sent via FEDWIRE and CHIPS"),  # no bank code
    ("member_id", "see trials NCT00004992 and NCT00038727"),  # a trial's number
    ("member_id", "codes,counts,notes\nABC,12345678,ok\nDEF,23456789,ok"),  # a column no label names
    ("names", "similarities between AVHF, Crimean-Congo Hemorrhagic fever"),  # an acronym in a list
    ("email_names", "the company's page facebook.com/nvidia and NVIDIA's blog"),  # the handle is the word
    ("names", "wired $1,000,000 to Kowalski Nowak LLC"),  # a firm: its legal form after the name
    ("names", "Hodgkin lymphoma stage IIB, ABVD cycle 3 of 6"),  # a stage and a regimen
    ("member_id", "Anthem denied under CO-197 for missing precertification"),  # a claim adjustment code
    ("account", "the max LTV for an FHA loan with a 580 credit score"),  # a score
    ("account", "GL account 1450-000 should net to zero"),  # the bank's own books
    ("ip", "system upgraded to release 10.4.2.19 today"),  # a software version
    ("date", "she may 2020 be seen; pain 6/10, BiPAP 12/6, 2/6 murmur, BCx 2/2"),  # a verb, scores, settings
    ("date", "strength 4/5 bilaterally; take 1/2 tab; HPV 16/18 vaccine"),
    ("mrn", "Mr. Smith 123456 was seen; the Kawasaki (1967) paper; Table (123456)"),  # a title, a citation
    ("license", "a passport office in Boston and the DL 2019 12 months ago"),  # a year and a count
    ("phone", "CIK 0000320193 and file 1234567890"),  # no US area code opens with 0 or 1
    ("phone", "revenue of 5000000000 and 2345678901.5"),  # "000" where the exchange goes; a decimal
    ("device", "Flu vaccine lot EL9261 given; batch 12345 of the kit"),  # a drug's lot is a product code
    ("fax", "call 617-555-7890"),
    ("vehicle", "the code 1HGCM82634A004352 on the form"),  # check digit fails, no vehicle word
    ("address", "a 42 year history"),
    ("facility", "The Clinic guidelines"),
    ("facility", "the Midwest Regional Banking segment"),
    ("county", "The County board approved it; each County Clerk"),
    ("facility", 'form HIM-204A, "Request to Amend Health Information"'),  # a records phrase
])
def test_rejects(name, text):
    assert found(name, text) == []


def test_unknown_recognizer_is_an_error():
    with pytest.raises(PrivacyError, match="unknown recognizer"):
        recognizers.build(["iban", "no_such"])


def test_registry_names_are_unique_and_buildable():
    built = recognizers.build()
    assert len(built) == len(recognizers.names()) >= 25


def test_a_comma_after_a_value_still_ends_its_field():
    assert ("MRN", "301-4477") not in found("mrn", "MRN: 123, 301-4477")
    assert ("MRN", "301-4477") in found("mrn", "medical record number, 301-4477")  # ... one after the label does not


@pytest.mark.parametrize("fragment,text", [
    ("united ?healthcare", "healthcare"), ("mo[ -]?healthnet", "healthnet"), ("mr#", "mr#"),
    (r"benefits? (?:id|number|no|#)", "benefit"), ("bcbs[a-z]{2}", "bcbs"), ("ab{2,3}", "a"),
    ("a|b", ""), (r"\bfoo", "foo"),
])
def test_the_text_every_match_of_a_context_word_holds(fragment, text):
    from assistant.privacy.recognizers.base import _required_text

    assert _required_text(fragment) == text


def test_the_context_prefilter_passes_every_text_a_context_word_is_in():
    import re

    rec = recognizers.build(["member_id"])[0]
    for text in ["Her MO HealthNet card", "insured by united-healthcare", "bcbsTX 123", "her HP# 1"]:
        assert re.search("|".join(rec.CONTEXT), text, re.IGNORECASE) and rec._may_have_context(text)
    assert not rec._may_have_context("nothing to see in this sentence")


def test_a_slip_of_the_keys_is_one_letter_dropped_swapped_or_doubled_and_no_english_word():
    from assistant.privacy.recognizers.base import slips

    found_slips = slips("policy")
    assert {"polcy", "plicy", "poilcy", "pollicy"} <= found_slips
    assert "police" not in found_slips and "policy" not in found_slips  # a word of its own; itself
    assert "ember" not in slips("member")  # an English word


def test_the_context_prefilter_passes_a_text_whose_only_label_is_a_slip():
    rec = recognizers.build(["member_id"])[0]
    assert rec._may_have_context("the polcy 123456789")  # no exact word holds "polcy"
    assert not rec._may_have_context("a quiet sentence 123456789")
