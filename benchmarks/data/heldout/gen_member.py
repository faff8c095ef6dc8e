#!/usr/bin/env python3
"""Hand-written evaluation set for health-plan member IDs (MEMBER_ID).

Positive texts mark each member-ID value with the brackets ⟦ ⟧; the script
strips the brackets and records character offsets. All values are invented.
"""
import json
import re

OUT_POS = "/work/heldout/member_pos.jsonl"
OUT_NEG = "/work/heldout/member_neg.jsonl"

POS = [
    # --- short labelled ---
    "Member ID: ⟦XQA884120317⟧ per the scanned card.",
    "mbr # ⟦W284019377⟧ - pt says card was reissued last month, pls re-verify elig before sched.",
    "Subscriber no. ⟦902448173-02⟧ (spouse) - coverage active, specialist copay $30.",
    "MBI ⟦2HW7-RK3-AN51⟧ on the claim was rejected as invalid; the 271 came back with ⟦5TC9-YP2-DG84⟧, rebill with that one.",
    "Medicaid # ⟦AB34721K⟧, straight fee-for-service, no MCO assigned.",
    "her Aetna card says ⟦W193847562⟧ but the portal shows something different",
    "Policy number ⟦BCX 448 120 917⟧ - BCBS PPO, out-of-network deductible applies.",
    "Insurance ID ⟦U48210937 01⟧ (Cigna). Deductible met for the year.",
    "ID on the card: ⟦ZGP902117480⟧ - the ZGP prefix routes it to the home plan through BlueCard.",
    "Beneficiary number ⟦7KD3-WN8-FC26⟧, Part A and Part B both active.",
    "cert # ⟦771045829⟧, dependent ⟦771045829-03⟧ is the child on the claim.",
    "Please update the member's ID to ⟦JQH550193728⟧; the old one termed at the end of the plan year.",
    "Called UHC, rep confirmed member ID ⟦948271036⟧ is active, PCP copay $25, ER $250.",
    "Tricare DBN ⟦30418872655⟧ on the eligibility response, sponsor coverage confirmed.",
    "HICN ⟦413829071A⟧ is no longer accepted for dates of service after the transition, need the MBI.",
    "Medi-Cal BIC ID ⟦93847210A75012⟧ scanned from the front desk copy.",
    "TX Medicaid ⟦517839204⟧ - STAR Kids, prior auth needed for 97110 past 12 visits.",
    "sub id ⟦kmb440918362⟧ was typed in lower case on the intake form and the payer rejected it",
    "Recipient ID ⟦3309187245⟧ (FL Medicaid) returned active with no other coverage.",
    "Enrollee ID ⟦M00493817⟧, Medicare Advantage HMO, referral required for 99204.",
    # --- no label, context only ---
    "her Humana card reads ⟦H38291047⟧",
    "Kaiser member number on the front is ⟦0001738290⟧, pt not sure if that's the right one.",
    "Aetna ⟦W774019283⟧ - dependent coverage only, subscriber is the parent.",
    "He read off ⟦YRH883012746⟧ from his Anthem card, prefix YRH.",
    "New card for the Medicare Advantage plan: ⟦A81920374⟧, old Medicare card: ⟦3EJ6XM4PA17⟧.",
    "BCBS of Texas ⟦ZGD 772 019 384 01⟧ - the 01 is the subscriber, spouse will be 02.",
    "Humana Gold Plus, ⟦H60718293⟧, copay $0 for preventive.",
    "pt handed us a Tricare Prime card with ⟦1284097356⟧ on it",
    "Oscar card shows ⟦OSC48290175-00⟧ on the front",
    "The red white and blue card has ⟦9RY2-HT7-QW40⟧ on it.",
    # --- typos / lower case ---
    "memebr id ⟦xqa 8841 2031 7⟧ pls fix spacing",
    "subscirber # ⟦60028417301⟧ not found, try w/o last 2 digits: ⟦600284173⟧",
    "polcy no ⟦PLH-4471-90362⟧ cant find in system",
    "mbi ⟦1ex5-tn2-wq88⟧ per pt, checking cms",
    "ct medicaid id ⟦00438 2917⟧? or maybe it was ⟦004382971⟧, pt unsure",
    "benificiary # ⟦6MF4-J93-XE12⟧ pls verify",
    "mbr id# ⟦jzq771029384-01⟧ wrong suffix on claim, shld be ⟦jzq771029384-02⟧",
    "insurnace id ⟦U7720193801⟧ (cigna) - active",
    "ID# ⟦W 552 019 837⟧ aetna ppo",
    "sub no ⟦4417-20938-00⟧ entered twice, dup claim",
    # --- e-mail style ---
    "Hi team - the member # on the attached EOB is ⟦XKM509123847⟧, not the one we billed. Can someone correct and resubmit? Thanks!",
    "Subject: wrong ID on 837P\nThe subscriber ID should read ⟦882019374-01⟧. We sent it without the suffix and it denied CO-31.",
    "Hello, following up on our call: the correct NY Medicaid ID is ⟦AT49281K⟧ and the plan is fee-for-service. Please rebill at your earliest convenience.",
    "FYI the MBI we have on file (⟦4GP1-DU6-RM38⟧) is the new one; please stop using the HICN.",
    "Good morning, can you run elig on member ⟦QMF300482917⟧ and ⟦QMF300482917-02⟧? Both came back inactive on our end.",
    "Per my last email, policy # ⟦70391824⟧ was termed, the new policy # is ⟦70391824A⟧ effective with the new plan year.",
    "Re: refund request - overpayment was applied to the wrong member. Correct member ID ⟦BHA610294837⟧.",
    "Team, reminder that Tricare IDs go in as the DoD ID now. Example in queue: ⟦1093847261⟧.",
    "Please note the beneficiary's MBI changed after the card was reported stolen. Old: ⟦8QM2W31JX06⟧ New: ⟦2VC5-KA0-HN73⟧.",
    "Hi - the subscriber number printed on the card is ⟦00923-8841-77⟧, but the 271 shows it without dashes.",
    # --- chat style ---
    "agent: can u read me the id on the front of the card?\ncaller: ⟦NXA 2039 1847⟧\nagent: thx",
    "[10:42] rep: member id?\n[10:42] me: ⟦W402918375⟧\n[10:43] rep: active, ded $1500",
    "chat w/ payer: they want the full 11 char MBI, pt gave ⟦7PJ9 YD4 CM21⟧",
    "me: whats the medicaid # again\nfront desk: ⟦RZ49201M⟧ - it's on the paper card",
    "supervisor: use ⟦903817264-00⟧ for the subscriber and ⟦903817264-01⟧ for the kid",
    "ok so the cert number is ⟦C004829173⟧ right? yes that's what's on the card",
    "bot: please enter your member ID. user: ⟦JQH 550 193 728⟧",
    "lol the id was ⟦3AK0RT6GF59⟧ the whole time, someone swapped O for 0",
    "can someone check ⟦ZXB448201937⟧ pls, keeps bouncing",
    "dm: is ⟦5WD2-EH1-PY64⟧ a valid mbi format? yes, 11 chars",
    # --- call-centre notes ---
    "Call note: pt called re: bill. Verified insurance ID ⟦YHP019283746⟧, advised claim was reprocessed, balance $0.",
    "CSR note - caller stated the member ID on the new card is ⟦KNA774019283⟧. Updated demographics, resubmitted.",
    "Spoke w/ Medicaid IVR, option 2 for eligibility. Recipient ⟦44019283746⟧ active, no spend-down.",
    "Payer rep said ID ⟦902837461⟧ is the subscriber; the patient is dependent ⟦902837461 03⟧.",
    "Outbound call to BCBS. Rep confirmed subscriber ID ⟦XOF338201947⟧, coinsurance 20% after deductible.",
    "Inbound: member wanted to know why 99214 denied. Member ID ⟦H72019384⟧. Explained CO-97 bundling.",
    "Verified MBI ⟦9CN3-MX8-TA07⟧ with caller, QMB status confirmed, do not bill patient for cost share.",
    "Note: caller could not find card. Located member no. ⟦0038472910⟧ via the eligibility portal.",
    "Left VM for pt to bring new card, current ID ⟦RXB209384756⟧ shows termed.",
    "Caller gave policy ⟦A-7739-018-24⟧, rep said it's a supplement, primary is Medicare.",
    "Rep stated subscriber number ⟦601928374⟧ with dependent code 01 is terminated; active is ⟦601928374-02⟧.",
    "Called Ambetter, member ID ⟦U80192837⟧ active, no referral needed.",
    "Called Medicare contractor line re: MBI ⟦6HR8-UP5-KE41⟧, entitlement confirmed.",
    "IVR read back beneficiary number ⟦1NA8CV2UK95⟧ as active for Part B.",
    "Per Molina rep, Medicaid ID ⟦100293847⟧ is under the ACO plan, submit to Molina not the state.",
    # --- denial / correspondence ---
    "We have denied this claim because the member identification number ⟦WKP330192847⟧ submitted does not match our records.",
    "Your claim was rejected: subscriber ID ⟦81920374501⟧ not found. Please verify and resubmit within 90 days.",
    "This letter is regarding member ID ⟦JWH920183746⟧. The service billed under CPT 97530 exceeds the plan limit of 20 visits.",
    "Denial reason CO-31: Patient cannot be identified as our insured. Member # submitted: ⟦AEX 4482 0193⟧.",
    "Notice of adverse determination for beneficiary ⟦4GP1DU6RM38⟧: the requested DME (E0601) is not medically necessary.",
    "Explanation of Benefits - Member ID ⟦U92018374 02⟧ - Amount billed $420.00, allowed $188.12, you owe $37.62.",
    "Remark MA61: Missing/incomplete/invalid HICN or MBI. Submitted: ⟦3EJ6-XM4-PA17X⟧.",
    "The policy number ⟦PN-00482917⟧ listed on the claim is not an active policy under this plan.",
    "Appeal letter: We are requesting reconsideration for member ⟦XQA884120317-01⟧. The service was medically necessary.",
    "Your Medicaid eligibility has been renewed. Medicaid ID: ⟦00492837⟧. Keep this letter for your records.",
    # --- 270/271 / EDI ---
    "271 response for the subscriber: NM1*IL*1*****MI*⟦W928374651⟧~ EB*1*IND*30**PPO~ (active, PPO).",
    "270 sent with NM1*IL*1*****MI*⟦2HW7RK3AN51⟧~, AAA*Y**72*C returned (invalid member ID).",
    "Elig check 271: subscriber ⟦881920374⟧, dependent loop 2100D present, EB*6 inactive for the spouse.",
    "REF*SY is not used here; member ID sent in NM109: ⟦BCA902837164⟧.",
    "271 AAA*N**75*C - subscriber not found for ⟦XKZ 8830 1920⟧; retried without spaces, ⟦XKZ88301920⟧ returned active.",
    "Batch 270 results: ⟦W100293847⟧ active, ⟦W100293856⟧ inactive, ⟦W100293865⟧ AAA*72.",
    "NM1*IL*1*****MI*⟦60192837401⟧~ REF*6P*GROUP~ (group number withheld)",
    "271 EB*1**30*MC~ for MBI ⟦5TC9YP2DG84⟧, Part B active.",
    "Elig says: member ⟦HPN0019283⟧ active, plan TX CHIP, copay $5.",
    "270/271 for Medicaid recipient ⟦07719283⟧: EB*R (other payer) present, bill primary first.",
    # --- lists / table rows ---
    "IDs to recheck: ⟦XQB100293847⟧, ⟦XQB100293855⟧, ⟦XQB100293862⟧",
    "| ⟦YHN774019203⟧ | 99213 | $145.00 | CO-45 |",
    "Member ID | CPT | Billed\n⟦W384756102⟧ | 97110 | $95.00\n⟦W384756119⟧ | 97140 | $80.00",
    "- ⟦5WD2EH1PY64⟧ (Part B)\n- ⟦9RY2HT7QW40⟧ (Part A only)",
    "1. ⟦U20193847 01⟧ - active\n2. ⟦U20193847 02⟧ - termed\n3. ⟦U20193847 03⟧ - active",
    "export from the denial worklist:\nmbr_id,cpt,status\n⟦JQP203948571⟧,99396,paid\n⟦JQP203948588⟧,90686,denied",
    "Medicaid IDs w/ no response: ⟦AB10293K⟧; ⟦CD40219M⟧; ⟦EF77301Q⟧.",
    "row 14: sub# ⟦119283746⟧ | rev 0450 | $1,240.00",
    "Worklist - Subscriber: ⟦KHA550192837⟧ - Payer: Anthem - Reason: CO-16",
    "Policy ⟦L-88192-03⟧ | Plan: Medicare Supplement G | Status: active",
    # --- group + member / suffix shapes ---
    "Group/member number on the card reads ⟦004512-88314902⟧; the payer wants the whole thing.",
    "cert # ⟦044812-00937155-01⟧ (group-cert-suffix format used by this TPA)",
    "ID ⟦G4471M0093826⟧ - the first five characters are the group, the rest identify the member.",
    "subscriber no. ⟦7730815 01⟧, spouse ⟦7730815 02⟧, child ⟦7730815 03⟧",
    "Member number ⟦00293847-00⟧ - suffix 00 means subscriber on this plan.",
    "Please use the full cert # ⟦338201-0092837⟧ including the employer portion.",
    "Tricare: sponsor DoD ID ⟦1293847560⟧, dependent DBN ⟦12938475602⟧.",
    "Member ⟦XEP 301928374 02⟧ - dependent suffix 02 was dropped on the 837.",
    "Insurance ID ⟦ZZT019283746⟧ - BCBS FEP, standard option.",
    "Policyholder ID ⟦R09283741⟧, the pt is covered as a dependent under it.",
    # --- longer notes ---
    "Pt came in for f/u, states she switched from the marketplace plan to her spouse's employer coverage. New member ID ⟦ZPA601928374⟧, old ID ⟦U38291047⟧ should be termed. Front desk scanned both sides of the new card. Copay $40 collected, specialist visit 99214, no referral required per the plan summary.",
    "Eligibility note: ran 270 for the subscriber using ⟦881029374⟧ and got AAA*75. Re-ran with the dependent suffix (⟦881029374-01⟧) and received an active EB*1 for medical, EB*6 for vision. Deductible remaining $850, out-of-pocket remaining $3,200. Will update registration and release the held claims.",
    "Billing analyst review: 14 claims denied CO-31 for the same member because the registration had a transposed ID. Card shows ⟦QXR190283745⟧, we keyed ⟦QXR190283754⟧. Corrected, rebilling all 14 with CPT 90837 and the original modifiers. Also flagged the registration template so the ID field shows the prefix separately, which should cut down on keying errors; will report the rework hours and the recovered $2,940 in the monthly denial summary for the revenue cycle committee.",
    "Medicare secondary payer questionnaire completed. Beneficiary ⟦1NA8-CV2-UK95⟧ has employer group coverage through spouse with more than 20 employees, so the group plan is primary. Group plan member ID is ⟦GHP4029183⟧. Medicare will be billed as secondary after the EOB posts.",
    "Dual eligible: Medicare MBI ⟦6HR8UP5KE41⟧, Medicaid # ⟦A00938471⟧. Bill Medicare first, crossover should go automatically to Medicaid. If no crossover in 30 days, submit the 835 with the Medicaid claim.",
    "Reviewed the 835 for batch 12. All line items for member ⟦YRA330192847⟧ paid at 80% after deductible, except 36415 which denied CO-97 (included in the E/M). No action needed beyond posting.",
    "The patient's daughter brought the new card. Plan: Wellcare Medicare Advantage PPO. Member ID: ⟦W1029384756⟧. The old Original Medicare MBI ⟦3AK0-RT6-GF59⟧ should stay on file as reference but claims go to Wellcare.",
    "Audit finding: 3 of 25 sampled accounts had the subscriber ID entered in the patient ID field. Example accounts used ⟦KXN992018374⟧ and ⟦KXN992018374-01⟧ interchangeably. Recommend staff re-training on dependent suffix entry.",
    "Workers' comp was denied, sending to health plan instead. Health plan insurance ID ⟦U57382910 00⟧, Cigna OAP. Prior auth not required for 72148 under this plan.",
    "Transfer note: patient has two plans. Primary: Aetna, member ID ⟦W661029384⟧. Secondary: Medicaid, ID ⟦QR39201T⟧. COB on file updated, next claims will go primary then secondary.",
    # --- misc shapes / contexts ---
    "Member ID ⟦MCD-0192-8374-55⟧ printed on the Medicaid managed care card.",
    "ins id ⟦ahx 300 192 847⟧ from the intake sheet",
    "card # ⟦84920173610⟧ is the member number, not the RxBIN",
    "Use ⟦C938472015⟧ as the member ID for the state plan.",
    "Please verify beneficiary no. ⟦8QM2-W31-JX06⟧ with the MAC portal.",
    "MBI: ⟦7KD3WN8FC26⟧ | Part A eff | Part B eff",
    "Subscriber ID field had ⟦XQA-884-120-317⟧ with dashes; payer accepts either.",
    "IL Medicaid # ⟦302918374⟧ - ICP plan assignment pending.",
    "Cert no. ⟦0092837461⟧ under the union health fund.",
    "ID no. ⟦VGA9901283746⟧ appears on the vision plan card as well.",
    "Policy # ⟦POL 8839201⟧ - Medicare Supplement Plan N, secondary to Original Medicare.",
    "Member ID ⟦R20938471⟧ (Medicare Advantage) billed; PR-1 deductible $257.",
    "The member number on the dental card, ⟦D0192837401⟧, is the same as medical minus the D.",
    "beneficiary ID ⟦2VC5KA0HN73⟧ verified via HETS",
    "KP member ⟦10293847⟧ - visit was out of area, bill as emergency.",
    "Mbr #: ⟦U2930184702⟧ - UHC Community Plan",
    "The Medicaid card shows ⟦999384726A⟧ and the MCO card shows ⟦MOL203948576⟧; bill the MCO.",
    "Subscriber ID ⟦TRP00192837⟧ - Tricare For Life, Medicare primary.",
    "Sub ID ⟦883019274 01⟧, rev code 0636, NDC billed per payer rules.",
    "Medicaid ID number ⟦5501928374⟧ (Nebraska) active for the month.",
    "her BCBS card: ⟦XOD 991 028 374⟧, group plan, no referral",
    "new member ID issued: ⟦N019283746⟧",
    "Beneficiary number is ⟦9CN3MX8TA07⟧, please add to the Part B claim.",
    "Secure message from member: my insurance ID is ⟦YLS402918376⟧, why was my claim for 99203 denied?",
    "Spreadsheet note: the Medicaid # column had ⟦8830192746⟧ and ⟦8830192753⟧ swapped between rows 4 and 5.",
]

NEG = [
    "Medicare Part B covers 80% of the approved amount after the annual deductible.",
    "Claim denied CO-45: charge exceeds fee schedule/maximum allowable.",
    "Billed 99213 and 36415; the lab draw was bundled.",
    "Copay for urgent care is $50 under the Aetna Open Access plan.",
    "Revenue code 0450 is used for emergency room services on the UB-04.",
    "Please use the CMS-1500 for professional claims and the UB-04 for facility claims.",
    "ICD-10 E11.9 with Z79.4 supports the insulin claim.",
    "The drug was billed with NDC 0002-8215-01 and HCPCS J1815.",
    "Deductible $1,500 individual / $3,000 family, out-of-pocket max $6,000.",
    "Press 2 for eligibility, press 3 for claim status, press 0 for a representative.",
    "The 2025 plan year runs January 1 through December 31.",
    "Kaiser requires a referral for most specialty visits in the HMO.",
    "BCBS BlueCard claims are routed to the home plan based on the prefix.",
    "Tricare Prime requires a primary care manager; Tricare Select does not.",
    "PR-1 is the deductible amount, PR-2 is coinsurance, PR-3 is copay.",
    "Adjust off the CO-97 amount; it is not patient responsibility.",
    "12 claims pending, 4 denied, 31 paid this week.",
    "Medicaid is always the payer of last resort.",
    "Group policy terms: coverage ends on the last day of the month of termination.",
    "Modifier 25 was appended to 99214 because a separate procedure was performed.",
    "The allowed amount for 97110 is $32.18 per unit in this locality.",
    "Coinsurance is 20% in network and 40% out of network.",
    "Timely filing for this payer is 90 days from the date of service.",
    "HCPCS G0439 is the subsequent annual wellness visit.",
    "The UB-04 form locator 42 holds the revenue code.",
    "CARC 16 with RARC N290 means missing rendering provider info.",
    "ICD-10 code M54.50 replaced M54.5 for low back pain.",
    "Medicare Part D coverage gap ended in 2025; the out-of-pocket cap is $2,000.",
    "CO-4: procedure code inconsistent with modifier used.",
    "Revenue code 0636 requires an NDC on most Medicaid claims.",
    "Submit the corrected claim with frequency code 7.",
    "The premium increased by 6.5% for the 2025 plan year.",
    "Aetna, Cigna, and UnitedHealthcare all accept electronic attachments now.",
    "Bill J3490 with the NDC and the unit of measure ML.",
    "Out-of-network ER visits are covered at the in-network level for emergencies.",
    "Medicare Advantage plans may require prior authorization for MRI (70553).",
    "A 271 response with AAA*72 means the ID was invalid or missing.",
    "We posted 238 payments totaling $48,912.35 yesterday.",
    "Emergency room copay is waived if admitted.",
    "The plan covers one routine eye exam every 12 months.",
    "UB-04 type of bill 131 is hospital outpatient.",
    "CMS-1500 box 24J is the rendering provider field.",
    "CO-18 means an exact duplicate claim or service.",
    "OA-23 shows the impact of prior payer adjudication.",
    "Revenue code 0300 for lab, 0320 for radiology, 0360 for OR services.",
    "Medicaid managed care plans in Texas include STAR, STAR+PLUS, and STAR Kids.",
    "CPT 90834 is 45 minutes of psychotherapy; 90837 is 60 minutes.",
    "The Part B deductible for 2025 is $257.",
    "Only 3 of the 10 appeals were overturned.",
    "Preventive visits (99395, 99396) have no cost share under the ACA.",
    "Humana Gold Plus HMO requires in-network providers except for emergencies.",
    "For Medicare crossovers, the secondary claim is sent automatically.",
    "Z00.00 is a general adult exam without abnormal findings.",
    "Oscar and Ambetter are marketplace plans in this state.",
    "The family deductible is embedded, so no one member pays more than $2,000.",
    "Press 1 if you are a provider, press 2 if you are a member.",
    "Tricare For Life pays after Medicare for covered services.",
    "Claim adjustment group codes: CO, PR, OA, PI.",
    "Condition code 44 is used when inpatient is changed to outpatient.",
    "The 837I is the institutional claim; the 837P is professional.",
    "Average days in A/R dropped from 48 to 39 this quarter.",
    "J1885 is ketorolac 15 mg; bill 2 units for 30 mg.",
    "NDC 50242-0040-62 was billed in the 11-digit format.",
    "Specialist copay $40, PCP copay $20, urgent care $75.",
    "CO-50: not medically necessary per the payer.",
    "The HMO does not cover out-of-network care except emergencies.",
    "Use place of service 11 for office and 22 for outpatient hospital.",
    "Medicare pays 80% of the allowed amount; the secondary plan picks up the 20%.",
    "Revenue code 0762 is observation room.",
    "CPT 99285 requires high medical decision making.",
    "BCBS FEP Basic Option has no out-of-network benefits.",
    "Modifier 59 indicates a distinct procedural service.",
    "Kaiser Permanente is both the insurer and the provider in most regions.",
    "Our clean claim rate was 94.2% in Q3.",
    "HCPCS A0429 is basic life support emergency transport.",
    "PI-204: This service is not covered under the patient's current benefit plan.",
    "The open enrollment period runs from November 1 to January 15.",
    "Coordination of benefits: the birthday rule determines the primary plan for children.",
    "CO-29: the time limit for filing has expired.",
    "The UB-04 has 81 form locators.",
    "ICD-10 Z23 is the encounter for immunization.",
    "Medicaid spend-down must be met before benefits begin each month.",
    "Billing 96372 with J0696 for an injection of ceftriaxone.",
    "The prior authorization request for 27447 was approved for 1 unit.",
    "A 5% late fee does not apply to insurance balances.",
    "Option 4 on the phone menu gets you to the prior auth team.",
    "Tricare West and Tricare East have different contractors.",
    "The maximum out-of-pocket for HSA-eligible plans is set each year by the IRS.",
    "CO-22: this care may be covered by another payer per coordination of benefits.",
    "Bill 0250 for pharmacy and 0270 for medical supplies.",
    "The chargemaster was updated with 412 new line items.",
    "Aetna Medicare plans follow CMS NCDs and LCDs.",
    "E0601 CPAP requires a face-to-face visit within 6 months prior.",
    "The payer reprocessed 57 claims after the fee schedule update.",
    "Use the GY modifier for statutorily excluded services.",
    "Medicare Part A covers inpatient stays after a $1,676 deductible per benefit period. Days 1 through 60 have no coinsurance, days 61 through 90 carry a daily coinsurance amount, and lifetime reserve days have a higher daily amount. Skilled nursing facility care requires a qualifying three-day inpatient stay, and days 21 through 100 carry a daily coinsurance. Medigap Plan G covers the Part A deductible and these coinsurance amounts.",
    "Medicaid expansion covers adults up to 138% of the federal poverty level.",
    "The group plan's waiting period is 60 days for new hires.",
    "Anthem and Wellcare both denied under CO-197 for missing precertification.",
    "Bill 99406 for smoking cessation counseling 3 to 10 minutes.",
]

MBI_RE = re.compile(
    r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]"
    r"[AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]{2}[0-9]{2}$"
)
MBIS = [
    "2HW7-RK3-AN51", "5TC9-YP2-DG84", "7KD3-WN8-FC26", "3EJ6XM4PA17", "9RY2-HT7-QW40",
    "1NA8-CV2-UK95", "6MF4-J93-XE12", "4GP1-DU6-RM38", "8QM2W31JX06", "2VC5-KA0-HN73",
    "1ex5-tn2-wq88", "7PJ9 YD4 CM21", "3AK0-RT6-GF59", "5WD2-EH1-PY64", "9CN3-MX8-TA07",
    "6HR8-UP5-KE41", "2HW7RK3AN51", "4GP1DU6RM38", "5TC9YP2DG84", "5WD2EH1PY64",
    "9RY2HT7QW40", "3AK0RT6GF59", "1NA8CV2UK95", "6HR8UP5KE41", "8QM2-W31-JX06",
    "7KD3WN8FC26", "2VC5KA0HN73", "9CN3MX8TA07",
]
for m in MBIS:
    assert MBI_RE.match(re.sub(r"[\s-]", "", m).upper()), m

OPEN, CLOSE = "\u27e6", "\u27e7"


def parse(marked):
    text, spans, i = "", [], 0
    while i < len(marked):
        if marked[i] == OPEN:
            j = marked.index(CLOSE, i)
            value = marked[i + 1:j]
            start = len(text)
            text += value
            spans.append({"entity_type": "MEMBER_ID", "value": value,
                          "start": start, "end": len(text)})
            i = j + 1
        else:
            assert marked[i] != CLOSE, marked
            text += marked[i]
            i += 1
    return text, spans


def main():
    assert len(POS) == 150, len(POS)
    assert len(NEG) == 100, len(NEG)
    assert len(set(POS)) == len(POS) and len(set(NEG)) == len(NEG)
    n_spans = 0
    words = []
    with open(OUT_POS, "w", encoding="utf-8") as f:
        for marked in POS:
            text, spans = parse(marked)
            assert spans, marked
            for s in spans:
                assert text[s["start"]:s["end"]] == s["value"], (text, s)
                assert s["value"] == s["value"].strip() and s["value"]
            n_spans += len(spans)
            words.append(len(text.split()))
            f.write(json.dumps({"text": text, "spans": spans}, ensure_ascii=False) + "\n")
    with open(OUT_NEG, "w", encoding="utf-8") as f:
        for text in NEG:
            assert OPEN not in text and CLOSE not in text
            words.append(len(text.split()))
            f.write(json.dumps({"text": text, "spans": []}, ensure_ascii=False) + "\n")
    print(f"positive lines: {len(POS)}  negative lines: {len(NEG)}  spans: {n_spans}")
    print(f"words per text: min {min(words)} max {max(words)}")


if __name__ == "__main__":
    main()
