#!/usr/bin/env python3
"""Hand-written evaluation set for MEMBER_ID (health-plan member IDs).

Every member-ID value in a positive text is wrapped in ⟦ ⟧. The script strips
the brackets, records character offsets and writes:
  /work/blind16/member_pos.jsonl  (120 texts with spans)
  /work/blind16/member_neg.jsonl  (60 hard negatives, no spans)

Tags on positives (for counting only, not written out):
  l = typed quickly, lower case, with typos
  n = member ID sits next to other numbers that are NOT member IDs
Texts with two or more IDs are counted from the spans.
All texts written by hand; standard library only.
"""
import json
import os
import re

OUT_DIR = "/work/blind16"
OPEN, CLOSE = "\u27e6", "\u27e7"

POS = [
    ("n", "Member ID: ⟦ZGP884120331⟧. Verified active as of 03/01/2024, specialist copay $40, deductible met $1,250 of $3,000."),
    ("ln", "mbr# ⟦jqu884120331⟧ grp 00412 pt says card is new this yr, old one got thrown out"),
    ("", "Subscriber ID ⟦W218450973⟧ (Aetna Choice POS II). Eligibility returned active coverage, no COB on file."),
    ("l", "ins id ⟦90233418701⟧ pls rerun the 270 its comming back no covrage found"),
    ("", "Policy # ⟦H47719026⟧ — Humana Gold Plus HMO, PCP on file matches the referral."),
    ("n", "Cert no. ⟦U5531908201⟧ on the Cigna card; group 3341207 is the employer plan, not the member."),
    ("", "MBI ⟦1EG4-TE5-MK73⟧ entered on the Medicare tab, Part A and Part B both showing active."),
    ("l", "beneficary number is ⟦2HX7QP3RD58⟧ no dashes, off the red white and blue card"),
    ("", "Her Humana number is ⟦H83301947⟧; she brought the card to check-in and we scanned both sides."),
    ("n", "Front of card reads: BlueCross BlueShield of Illinois | PPO | ⟦XOF 829441076⟧ | Group 0P8821 | RxBIN 004336 | RxPCN ADV"),
    ("", "Caller read the ID out slowly: ⟦J Q U 8 8 4 1 2 0 3 3 1⟧. Repeated it back and she confirmed."),
    ("n", "⟦ZGP884120331⟧|BCBSTX|PPO|2024-01-01|2024-12-31|ACTIVE"),
    ("n", "line,payer,member_id,dos,billed\n1,UHC,⟦981442017⟧,2024-03-14,412.50"),
    ("", "NM1*IL*1*TESTPATIENT*ALPHA****MI*⟦YRP502281944⟧~"),
    ("", "Subject: Elig failure for 3/12 visit\n\nHi team,\nThe 271 for this patient came back with AAA*N**72 (invalid member ID). The ID on the referral is ⟦MCD774011283⟧ but I think the card says MCO at the start. Can someone at the front desk re-scan?\nThanks"),
    ("", "[09:14] kr: anyone know why ⟦W442019385⟧ keeps rejecting\n[09:15] jm: aetna portal was down this morning, try again after 10"),
    ("", "Primary: Aetna, member ID ⟦W310884726⟧. Secondary: Medicare, MBI ⟦5TW2-AN4-KJ19⟧. Bill Aetna first per COB."),
    ("l", "dual elig - mbi ⟦7cf9gh2wx64⟧ and medicaid id ⟦50128833416⟧, crossover shd happen automaticly"),
    ("", "TRICARE Prime. DoD Benefits Number ⟦30418827561⟧ per the ID card; sponsor is active duty."),
    ("l", "dod id on teh card is ⟦1284403395⟧ tricare select, pt is the sponsor herself"),
    ("n", "Subscriber ⟦88213045701⟧ (employee), dependent ⟦88213045702⟧ (child). Group 774100. Both active 01/01/2024 through 12/31/2024."),
    ("ln", "subscrber id ⟦ABX 4410 2298⟧ grp 55012 dos 4/2 billed 275.00 pd 0 - denail co-31"),
    ("", "ID on card: ⟦KPN00492781⟧ (Kaiser), no group listed on the front."),
    ("n", "Claim for $1,842.60 denied; member ID ⟦QRS617203348⟧ doesn't match the payer's records. Provider services line is 1-800-555-0142, call back Monday."),
    ("l", "pt gave ins id over the phone as ⟦mgp 661 204 995⟧, couldnt find them in availty tho"),
    ("", "Texas Medicaid ID ⟦517420986⟧, STAR plan through the MCO."),
    ("", "Medicaid CIN ⟦KT48213Q⟧ shows active with Fidelis as the managed care plan."),
    ("", "Medi-Cal BIC number ⟦93318402G94117⟧ was swiped at registration; share of cost is zero."),
    ("l", "old id ⟦zgp118204773⟧ new id ⟦zgq118204773⟧ - they moved her to the new prefx jan 1, update the reg pls"),
    ("n", "NM1*IL*1*SAMPLE*BETA****MI*⟦W902214487⟧~\nREF*6P*00412~\nDTP*291*D8*20240315~\nEQ*30~"),
    ("", "NM1*IL*1*SAMPLE*GAMMA****MI*⟦88213045700⟧~\nNM1*03*1*SAMPLE*DELTA~\nEQ*30~"),
    ("l", "ok so her mbr is ⟦h 4402 9918⟧ wait no ⟦h44029981⟧ sorry fat fingerd it"),
    ("", "Caller: \"it's ⟦Y-R-P, five oh two, two eight one, nine four four⟧.\" I read it back twice."),
    ("", "Per the card the subscriber number is ⟦884022119304-01⟧, the -01 being the subscriber himself."),
    ("ln", "humana # ⟦h19920374⟧ ok to sched, copay 0 for pcp, 45 spclst"),
    ("n", "UHC member ID ⟦914408271⟧, group 708821, plan Choice Plus. Payer ID 87726 for claims."),
    ("", "The patient's Anthem ID is ⟦YRKW92818740⟧; the prefix YRK routes it to the home plan."),
    ("l", "anthem card says ⟦yrkw 9281 8740⟧ but the elig sytem wants no spaces"),
    ("n", "|⟦W771204938⟧|Aetna|00412|99213|$145.00|\n|⟦W771204939⟧|Aetna|00412|99214|$210.00|"),
    ("", "Mbr# ⟦MOL 3302 8871⟧ Molina Marketplace, group not applicable."),
    ("l", "wellcare id ⟦14402283⟧ ? pt not sure if its the rite card, has 2 in her wallet"),
    ("", "Beneficiary ID (MBI): ⟦3MR6YU8EP02⟧. The old HICN is no longer accepted, so only use the MBI."),
    ("ln", "medcare mbi ⟦9kd3-vt7-hn45⟧ eff 01/2019, no part d on fiel"),
    ("", "Secondary insurance: AARP Medicare Supplement, member # ⟦382209174 11⟧."),
    ("l", "pri bcbs ⟦xof829441076⟧ sec medicare ⟦6pn5rk0ty81⟧ - pt turned 65 but still workng so bcbs primary"),
    ("n", "Auth 24-118830 approved for CPT 72148 x1 under member ⟦JHT 802 114 773⟧, valid through 06/30."),
    ("", "Cigna ID ⟦U33281045 02⟧ — the 02 at the end is the dependent code for the spouse."),
    ("ln", "cigna id ⟦u3328104502⟧ grp 3341207 - ofc visit copay 25, no referal needed"),
    ("n", "Hello,\nAttached is the corrected claim. Please note the member ID was keyed wrong on the original submission: it should be ⟦QKM400218876⟧, not ⟦QKM400218867⟧. Billed amount $980.00, DOS 02/14/2024.\nRegards,\nBilling Office"),
    ("l", "can u look up ⟦y8h 221093847⟧ in navinet? gettin 'subscriber not found'"),
    ("", "Tricare For Life, DBN ⟦20177340218⟧, Medicare MBI ⟦8UE2-JW6-QA07⟧ primary."),
    ("n", "Member: ⟦ZXH004481220⟧ Group: 00412 Plan: PPO Gold 1500 Effective: 01/01/2024"),
    ("ln", "verifed elig for ⟦zxh004481220⟧, actve, ded $1500 met $200"),
    ("", "Reading off the card now — top says Blue Shield of California, right under the plan logo it's ⟦XEA 902341776⟧, then RxGrp BSCA."),
    ("n", "Scanned card, front: 'Humana / ⟦H55120938⟧ / Medicare Advantage PPO / CMS H5216-123'"),
    ("l", "pls add ⟦w558120774⟧ to the aetna batch, he was left off yesterdays 270 fiel"),
    ("", "Member ID ⟦1002837465-01⟧ (subscriber) — Florida Blue."),
    ("", "Member IDs for the family: ⟦1002837465-01⟧ (father), ⟦1002837465-02⟧ (mother), ⟦1002837465-03⟧ (son)."),
    ("l", "id ⟦100283746503⟧ no dash, elig wont take it w/ the dash fsr"),
    ("", "Rep: Can I have the member ID?\nMe: Sure, it's ⟦W 220 418 883⟧.\nRep: Thank you, one moment."),
    ("", "Medicaid number ⟦021884037⟧, Ohio, under CareSource."),
    ("l", "medicad # ⟦0218840370⟧ ? or is it 9 digts, pt cant remember"),
    ("l", "[10:02] ap: whats the mbr id\n[10:02] ls: ⟦ghp 22819 4410⟧\n[10:03] ap: and the spouse?\n[10:03] ls: same but ends 4411 -> ⟦ghp 22819 4411⟧"),
    ("n", "Payer: BCBS MA, Payer ID SB700, Subscriber ID ⟦ZBM553014902⟧, Group 0088432-0001."),
    ("", "NM1*IL*1*PATIENT*TEST****MI*⟦9KD3VT7HN45⟧~"),
    ("n", "SBR*P*18*00412******CI~\nNM1*IL*1*PATIENT*TEST****MI*⟦JQU884120331⟧~\nSBR*S*18*******MB~\nNM1*IL*1*PATIENT*TEST****MI*⟦2JV4XE9CM50⟧~"),
    ("l", "card is faded, best i can make out is ⟦xof 82944107⟧ - missng a digit i think, asked pt to bring a new one"),
    ("", "Recipient ID: ⟦44019278356⟧ (Illinois Medicaid, HFS)."),
    ("", "Subscriber/Policy Number: ⟦M0072158831⟧"),
    ("ln", "2 cards - uhc ⟦918823410⟧ grp 90441 and humana ⟦h60219482⟧ - humana is the dentl plan only"),
    ("", "Vision is through VSP; member ID on that card is ⟦V48821093⟧."),
    ("", "TRICARE card shows DoD ID ⟦1517730284⟧ on the front and DoD Benefits Number ⟦15177302841⟧ on the back."),
    ("l", "tricare dbn ⟦30441877216⟧, pts dad is the sponser"),
    ("n", "member_id,group,dos,cpt,charge\n⟦W401228734⟧,00412,03/04/2024,99203,185.00\n⟦W401228735⟧,00412,03/04/2024,99203,185.00\n⟦ZGP220184756⟧,0P8821,03/05/2024,93000,62.00"),
    ("l", "chek ⟦umr 7720 1183 04⟧ ? pt says umr is the tpa for there employer"),
    ("", "Per our call today, the correct ID for the patient is ⟦HPX441209887⟧. The previous statement went to the wrong plan."),
    ("l", "ssn not needed, use ⟦hpx441209887⟧ for elgibility"),
    ("n", "Please update insurance: Ambetter, member ID ⟦U7004418235⟧, effective 02/01/2024."),
    ("", "Oscar member ID ⟦OSC44019283⟧, Bronze Simple plan."),
    ("l", "memebr id ⟦osc 4401 9283⟧ oscar exhange plan, bronze"),
    ("", "Eligibility inquiry for MBI ⟦4AA1CC2DD33⟧ — response: Part B inactive."),
    ("l", "she has 2 mbis?? ⟦1rt8nm3gf26⟧ on the old card and ⟦1RT8-NM3-GF27⟧ on the new, cms reissued after id theft"),
    ("n", "Paid $312.44 on 04/10 for member ⟦KPN00881230⟧, EFT trace 1000442."),
    ("n", "CLP*PCN001*1*500*312.44**12*CLMREF88~\nNM1*QC*1*PATIENT*TEST****MI*⟦W882034511⟧~"),
    ("l", "pt says her blue cross # is ⟦xoh 77 2041 9938⟧ idk why its spaced like taht on the card"),
    ("n", "Typed from card image: Aetna / ⟦W667104822⟧ / Open Access Managed Choice / Group 0871220-010-00001"),
    ("", "Rep said the ID on their end is ⟦ZGP 884 120 331⟧, which matches what we have."),
    ("ln", "called bcbs 1-800-555-0199 re ⟦zgp884120331⟧, rep said claim 240418 is in reveiw"),
    ("", "The subscriber ID printed on the eligibility letter is ⟦G902184476⟧."),
    ("", "Medicaid managed care: Sunshine Health ID ⟦9920418330⟧, Medicaid ID ⟦1084492077⟧."),
    ("l", "sunshine id ⟦9920418330⟧ use this not the medicaid # for clams"),
    ("", "Insurance ID #: ⟦BCC-55102-3318⟧"),
    ("l", "insurnace id ⟦bcc5510233l8⟧ (thats an L not a 1 on the card?? confirm w pt)"),
    ("", "Certificate no. ⟦774018829A⟧ (Mutual of Omaha Medicare supplement)."),
    ("l", "mut of omaha cert ⟦774018829a⟧ plan g, no copay"),
    ("n", "Re: statement dated 05/02 — the account shows insurance ID ⟦EPQ 4481 0093⟧ but the patient switched plans; new ID ⟦EPR 4481 0093⟧."),
    ("n", "Payer | Member ID | Rel | Eff\nAetna | ⟦W338201774⟧ | Self | 01/01/2024\nAetna | ⟦W338201775⟧ | Spouse | 01/01/2024"),
    ("l", "anyone else getting erors on availity? tried ⟦u4420188301⟧ 3 times"),
    ("", "Humana Medicaid (Kentucky) member ID ⟦H91840022⟧, state Medicaid ID ⟦6012884310⟧."),
    ("n", "ST*270*0001*005010X279A1~\nNM1*IL*1*TEST*PATIENT****MI*⟦3MR6YU8EP02⟧~\nDTP*291*D8*20240501~\nEQ*30~"),
    ("ln", "elegibility ok for ⟦qrs 617 203 348⟧ thru 12/31, next appt 6/4"),
    ("", "Policy number ⟦88210443-02⟧ — Tufts Health Plan, patient is dependent 02."),
    ("l", "ID ⟦88210443 02⟧ tufts, pt is dependant 02 not the subscrber"),
    ("", "Got the beneficiary's MBI from the MSP questionnaire: ⟦6PN5-RK0-TY81⟧."),
    ("l", "card says 'wellmed' up top and ⟦wm 0042 8811 3⟧ under it, then rx info on the bak"),
    ("n", "Group # 00412, Member # ⟦YHP902281177⟧, RxBIN 610014, RxPCN 9999, RxGrp EMPR."),
    ("ln", "rxbin 003858 pcn a4 rxgrp 2fua, mbr ⟦zgp 2201 8475 6⟧ - enterd in the rx tab"),
    ("l", "lmk if u can run both: ⟦W442019385⟧ and ⟦W442019386⟧, twins, same subscirber"),
    ("n", "Her member ID with Priority Health is ⟦772014993000⟧; the last two digits, 00, are the person code."),
    ("ln", "ambetter # ⟦u7004418235⟧ pt owes 45 copay, colected at front"),
    ("n", "Please see below for the outstanding balance:\nDOS 01/22/2024 CPT 99285 Charge $2,410.00 Member ID ⟦KJX552019004⟧ Payer ID 00590\nLet us know if the member ID has changed."),
    ("", "The Medicare Advantage card lists the member as ⟦H88403122 01⟧ and the MBI as ⟦2HX7-QP3-RD58⟧."),
    ("ln", "sec ins tricare dbn ⟦10448227561⟧ prim bcbs ⟦xof829441076⟧ grp 0p8821 - tfl doesnt aply pt under 65"),
    ("", "Caller said: 'it's ⟦Q, R, S, six one seven, two zero three, three four eight⟧' and then asked if we take her plan."),
    ("l", "ins id: ⟦m0072158831⟧ (starts w/ M zero not MO, carful)"),
    ("", "Virginia Medicaid ⟦110822947710⟧, MCO is Anthem HealthKeepers Plus."),
    ("l", "medicaid ⟦110822947710⟧ va, mco is anthem healthkeepers - bill mco not ffs!!"),
    ("n", "Coverage confirmed for ⟦ZGP884120331⟧: in-network deductible $2,000 / OOP max $6,500, coinsurance 20%."),
    ("", "Beneficiary number ⟦8UE2JW6QA07⟧ — Railroad Medicare, so send claims to the RRB contractor."),
    ("ln", "ok found him, mbr ⟦kpn 0049 2781⟧ kaiser. ofc visit 20 copay, lab 0, xray 50"),
]

NEG = [
    "Group 00412 is the employer plan; all employees under it share the same deductible schedule.",
    "Electronic payer ID for Aetna is 60054. Use 87726 for UnitedHealthcare and 62308 for Cigna.",
    "Billed CPT 99214 with ICD-10 E11.9 and I10; modifier 25 added for the same-day procedure 20610.",
    "NDC 0002-8215-01 (insulin lispro) billed with HCPCS J1815, 50 units.",
    "Pharmacy routing: BIN 610014, PCN 9999, RxGroup EMPRX. Claims reject with code 70 if the BIN is wrong.",
    "Plan: Choice Plus PPO 1500. Copay $25 PCP / $50 specialist / $250 ER, waived if admitted.",
    "Prior authorization is required for all advanced imaging (CPT 70551, 72148, 74177) effective July 1.",
    "FAX COVER SHEET — CONFIDENTIAL. This transmission contains protected health information. If you received this in error, please destroy all pages. Pages: 4 including cover.",
    "Form CMS-1500 (02/12): box 11 is the insured's group number and box 1a is the insured's ID number; leave box 11 blank if there is no group.",
    "The 270/271 eligibility transaction returned EB*1*IND*30**PPO~ meaning active coverage for health benefit plan coverage.",
    "835 remits for payer 87726 are posted nightly; CARC 45 and RARC N130 are the most common this month.",
    "837P batches go out at 6 pm; the 999 acknowledgment usually comes back within an hour, and the 277CA by morning.",
    "grp # 0P8821 is teh plan level number not the pt, dont put it in the mbr field",
    "payer id 60054 for aetna, 00590 is bcbs tx, 87726 uhc - pls stop mixing them up",
    "Medicare Part B deductible for 2024 is $240; the Part A inpatient deductible is $1,632 per benefit period.",
    "ICD-10 Z00.00 for routine adult exam without abnormal findings, Z23 for the flu shot, CPT 90686 + 90471.",
    "ABN form CMS-R-131 must be signed before the service if Medicare may deny it as not medically necessary.",
    "HCPCS G0438 is the initial annual wellness visit; G0439 is subsequent. Don't bill either with 99397.",
    "Bin 004336 PCN ADV group RX1234 — that's CVS Caremark routing, not a member number.",
    "X12 loop 2000A is the information source, 2100B is the receiver; REF*6P carries the group number in the subscriber loop.",
    "REF*6P*00412~\nDTP*291*D8*20240301~\nEQ*30~",
    "Copay schedule for the Bronze 7000 plan: $0 preventive, $60 PCP after deductible, 40% coinsurance.",
    "elig came back w/ aaa*y**42 again - payer side is down, try latr",
    "NDC 50090-3472-0 must be reported in the 11-digit 5-4-2 format on the claim: 50090-3472-00.",
    "Prior auth turnaround is 15 calendar days for standard requests and 72 hours for urgent ones.",
    "Timely filing is 90 days from DOS for Aetna, 180 days for Medicaid, and 365 days for Medicare.",
    "The Humana Gold Plus H5216-123 plan uses contract number H5216 and plan benefit package 123.",
    "Tricare East claims go to the regional contractor; Tricare For Life claims cross over from Medicare automatically.",
    "Revenue code 0450 with CPT 99284; condition code 44 if the inpatient order was changed to outpatient.",
    "J9271 (pembrolizumab) is billed per 1 mg, so a 200 mg dose is 200 units.",
    "cpt 99213 25 + 20610 rt, dx m17.11, copay 30 collectd",
    "ICD-10-CM S72.001A: fracture of unspecified part of neck of right femur, initial encounter.",
    "Fax from the payer: reference form AUTH-2024-07 when resubmitting prior authorization requests.",
    "The group number field (loop 2300 REF*6P) should carry 00412 and the plan name field should say Choice Plus.",
    "Enrollment note: Medicare revalidation is due in October; form CMS-855B must be submitted 60 days ahead.",
    "pcn is 9999 bin 610014 rxgrp acuhlth for the optum ones",
    "Standard drug tiers: Tier 1 $10, Tier 2 $35, Tier 3 $70, Tier 4 25% up to $250 per fill.",
    "HIPAA 5010: 270 is 005010X279A1, 837P is 005010X222A1, 837I is 005010X223A2, 835 is 005010X221A1.",
    "Policy: staff must not photograph insurance cards with personal phones. Use the scanner at each registration desk.",
    "BCBS prefixes are three characters and identify the home plan; the BlueCard program routes claims to the local plan.",
    "Medicare Beneficiary Identifiers replaced HICNs on January 1, 2020; MBIs are 11 characters and never use the letters S, L, O, I, B, or Z.",
    "reminder mbi goes in nm109 w/ qualifier mi, group goes in ref 6p. dont put ssn anywere",
    "Claim adjustment: CO-97 on line 2 (CPT 36415) because it is bundled with 80053.",
    "The old HCFA-1500 form is no longer accepted; discard any blank copies and use form CMS-1500 (02/12).",
    "Place of service 11 (office) vs 22 (outpatient hospital) changes the payment for 93000 by about $18.",
    "Employer group 774100 renewed on 01/01 with the same plan design; group 55012 moved to a high-deductible plan.",
    "grp 90441 changed there rx carrier, new bin 003858 pcn a4 rxgrp 2fua starting 7/1",
    "Payer IDs: Humana 61101, Cigna 62308, Anthem varies by state, Medicaid fee-for-service varies by state.",
    "Prior auth policy: MRI lumbar spine (72148) requires 6 weeks of documented conservative therapy.",
    "Coordination of benefits: the plan covering the patient as an employee pays first; the birthday rule applies to dependent children.",
    "Copay $35, coinsurance 20% after deductible, out-of-pocket max $4,500 individual / $9,000 family.",
    "271 response segments: EB*C*IND*30***23*2000~ EB*C*IND*30***29*1500~ (deductible and remaining).",
    "HCPCS A4253 (blood glucose test strips, per 50) billed with NDC 65702-0711-10, quantity 2.",
    "fax cvr: pls send op notes + h&p for auth review, form pa-101 attatched, 3 pages",
    "ICD-10 codes for this encounter: J45.40, R05.9, Z87.891. CPT 94640 x2.",
    "The EDI enrollment form for 835 ERA requires the payer ID (for example 60054) and the practice's banking details.",
    "Medicaid fee schedule update: CPT 99213 now pays $52.18, up from $49.70.",
    "NUBC value code 80 reports covered days; occurrence code 11 is the onset of symptoms.",
    "dont confuse the 5 digit payer id w/ the grp number, 60054 is aetnas payer id not a grp",
    "Plan name: Blue Advantage HMO 2000; network: BlueEssentials; pharmacy: 4-tier; group size 51-100.",
]

PAT = re.compile(OPEN + "(.*?)" + CLOSE, re.S)


def strip(marked):
    text, spans, pos, last = [], [], 0, 0
    for m in PAT.finditer(marked):
        text.append(marked[last:m.start()])
        pos += m.start() - last
        val = m.group(1)
        assert OPEN not in val and CLOSE not in val and val.strip() == val and val
        spans.append({"entity_type": "MEMBER_ID", "value": val,
                      "start": pos, "end": pos + len(val)})
        text.append(val)
        pos += len(val)
        last = m.end()
    text.append(marked[last:])
    out = "".join(text)
    assert OPEN not in out and CLOSE not in out, marked
    for s in spans:
        assert out[s["start"]:s["end"]] == s["value"]
    return out, spans


def main():
    assert len(POS) == 120, len(POS)
    assert len(NEG) == 60, len(NEG)
    os.makedirs(OUT_DIR, exist_ok=True)
    n_spans = n_multi = n_l = n_n = 0
    seen = set()
    with open(os.path.join(OUT_DIR, "member_pos.jsonl"), "w", encoding="utf-8") as f:
        for tags, marked in POS:
            text, spans = strip(marked)
            assert spans, marked
            assert text not in seen, text
            seen.add(text)
            n_spans += len(spans)
            n_multi += len(spans) >= 2
            n_l += "l" in tags
            n_n += "n" in tags
            f.write(json.dumps({"text": text, "spans": spans}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "member_neg.jsonl"), "w", encoding="utf-8") as f:
        for text in NEG:
            assert OPEN not in text and CLOSE not in text
            assert text not in seen, text
            seen.add(text)
            f.write(json.dumps({"text": text, "spans": []}, ensure_ascii=False) + "\n")
    print(f"positives: {len(POS)} texts, {n_spans} spans")
    print(f"  lower-case/typo texts: {n_l}")
    print(f"  texts with 2+ IDs:     {n_multi}")
    print(f"  ID next to other nums: {n_n}")
    print(f"negatives: {len(NEG)} texts, 0 spans")


if __name__ == "__main__":
    main()
