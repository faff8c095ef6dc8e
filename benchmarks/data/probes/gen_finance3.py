#!/usr/bin/env python3
"""Hand-written finance dev set (set 3) for the PII redactor.

All values are written by hand below; only check digits (ABA, Luhn, IBAN,
Spanish DNI letter) are computed so that checksums are valid.
Each positive line is its own template (160 distinct templates).
"""
import collections
import ipaddress
import json
import os
import re

OUT_DIR = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- helpers
def seg(t):
    return lambda v: (t, v)


P = seg("PERSON")
L = seg("LOCATION")
D = seg("DATE")
B = seg("DOB")
PH = seg("PHONE")
E = seg("EMAIL")
SSN = seg("SSN")
ITIN = seg("ITIN")
EIN = seg("EIN")
A = seg("ACCOUNT")
SW = seg("SWIFT")
LIC = seg("LICENSE")
IP = seg("IP")
U = seg("URL")


def aba_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    n = [int(c) for c in d]
    s = 3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])
    return s % 10 == 0


def aba_prefix_ok(d):
    p = int(d[:2])
    return p == 0 or 1 <= p <= 12 or 21 <= p <= 32 or 61 <= p <= 72 or p == 80


def R(p8):
    n = [int(c) for c in p8]
    s = 3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5])
    return ("ABA", p8 + str((10 - s % 10) % 10))


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        k = int(c)
        if i % 2 == 1:
            k *= 2
            if k > 9:
                k -= 9
        tot += k
    return tot % 10 == 0


def C(prefix, style="space"):
    for x in "0123456789":
        if luhn_ok(prefix + x):
            full = prefix + x
            break
    if style == "plain":
        v = full
    elif len(full) == 15:  # amex 4-6-5
        sep = " " if style == "space" else "-"
        v = sep.join([full[:4], full[4:10], full[10:]])
    else:
        sep = " " if style == "space" else "-"
        v = sep.join(full[i:i + 4] for i in range(0, len(full), 4))
    return ("CARD", v)


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def IB(cc, bban, spaced=True):
    chk = 98 - iban_num(bban + cc + "00") % 97
    full = cc + "%02d" % chk + bban
    v = " ".join(full[i:i + 4] for i in range(0, len(full), 4)) if spaced else full
    return ("IBAN", v)


def DNI(n8):
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(n8) % 23]


POS = []


def T(*parts):
    POS.append(parts)


# ---------------------------------------------------------------- positives
# --- A. quick analyst prompts (lower case, typos)
T("can u check if dl ", LIC("D5512047"), " (calif) matches the customer ", P("maria delgado"),
  " on file? she came in to the branch today")
T("pls verify routing ", R("02100002"), " acct ", A("483920117"), " before i release the wire")
T("need ssn check on ", P("Dwayne Hollis"), " ", SSN("412-68-3391"), " ppl say its a synthetic id")
T("lookup: ", P("nguyen thi lan"), " mob ", PH("+84 91 234 5678"), " photo ID ", LIC("079184001234"), " (CCCD)")
T("hey can you redo the KYC for ", P("priya r"), "? her DL# ", LIC("S530-4418-9921"), " from IL looks off")
T("transit ", R("01100013"), " / acct ", A("5512 0093 18"), " - is this the same bank as last months wire?")
T("card ", C("414720218833104"), " used at 3 gas stations in ", L("Tulsa"), " within an hr, freeze?")
T("ip ", IP("73.158.22.190"), " logged into ", P("Shanice Robinson"), "'s online banking, her insta ",
  U("instagram.com/shanice.rob"), " says shes on vacation")
T("pls send 4,800 to ", P("okafor ngozi"), " ", R("03100005"), " ", A("118204467"), " - ok to send?")
T("any hits on ", P("Dmitri Volkov"), " dob ", B("03/14/1979"), "? sanctions screening flagged a partial")
T("is ", SW("DEUTDEFF"), " right for the ", P("Hans-Jürgen Möller"), " payment or should it be ", SW("DEUTDEFF500"), "?")
T("typo in the aba on the wire form, cust says its ", R("04400003"), " not ", R("04400030"))
T("photo id was a texas dl ", LIC("41827736"), ", name ", P("Darnell Washington"), ", address ",
  L("2207 Elm Creek Rd, Killeen, TX 76542"))
T("email from ", E("kmensah88@gmail.com"), " asking to update the beneficiary on brokerage ", A("Z47-118903"))
T("itin ", ITIN("912-78-4431"), " for ", P("Rosa Delgado"), " - can she open a checking acct with just that")
T("ein ", EIN("84-3921176"), " belongs to which llc? owner listed as ", P("Reuben Goldberg"))
T("sanity check - passport ", LIC("N2291847"), " (india) for ", P("Lakshmi Venkataraman"), ", exp ", D("2031-05-09"))
T("fwd to fraud: ", P("jamal"), " said someone used his card ", C("530912449201773", "plain"), " online, ip was ",
  IP("185.220.101.34"))
T("mob no ", PH("+44 7700 900456"), " not matching what we have for ", P("siobhán o'sullivan"))
T("cust gave DL ", LIC("WDLK7Q2M4B9C"), " washington state. scanner wont read it")

# --- B. formal questions
T("Could you confirm whether routing number ", R("05300015"), " on the check deposited by Ms. ", P("Ivana Horvat"),
  " belongs to a credit union?")
T("Is it acceptable to accept a UK driving licence, number ", LIC("MORGA857215SM9XK"), ", as primary ID for ",
  P("Sarah Morgan"), "?")
T("Kindly confirm the beneficiary details: ", P("Jean-Baptiste Lefèvre"), ", IBAN ",
  IB("FR", "30006000011234567890189"), ", BIC ", SW("BNPAFRPP"), ".")
T("Would the bank require a new W-9 if Dr. ", P("Amir Hosseini"), " moves his practice account to his EIN ",
  EIN("27-4410983"), "?")
T("Can you tell me whether the Ontario licence ", LIC("K4172-38265-90312"), " presented by ", P("Connor Walsh"),
  " should be keyed as a driver's licence or as a photo ID card?")
T("Please confirm the customer's mobile, ", PH("+1 (646) 555-0139"), ", and secondary landline, ",
  PH("646 555 0180"), ", before we reset online banking.")
T("Has anyone reviewed the ACH return on checking ", A("000123987745"), " for ", P("Tran Van Minh"), " dated ",
  D("March 4, 2024"), "?")
T("Could you clarify whether the Spanish DNI ", LIC("48213907" + DNI("48213907")), " provided by ",
  P("María José Fernández López"), " has been verified against the original?")
T("Should we file a CTR for the cash deposits made by ", P("Mehmet Yılmaz"), " at the ", L("Paterson"),
  " branch on ", D("06/11/2024"), "?")
T("Is it permissible to open a brokerage account for ", P("Yuki Tanaka"), " using her Japanese passport ",
  LIC("TK4820917"), " and a utility bill showing ", L("88 Harbor View Ln, Unit 12, Jersey City, NJ 07302"), "?")
T("Does the debit card ", C("426684013927561"), " issued to ", P("Chidi Nwosu"),
  " still have the ATM limit increase we approved?")
T("Please confirm which routing number should be used for ", P("Sven Eriksson"), "'s domestic wires: ",
  R("07100001"), " or ", R("08100001"), ".")
T("What email address did ", P("Hye-jin Park"), " provide at onboarding? We have ", E("hyejin.park@naver.com"),
  " but mail is bouncing.")
T("Could compliance review whether the Michigan licence ", LIC("P 412 557 893 210"), " matches the name ",
  P("Paul Kowalczyk"), "?")

# --- C. KYC notes
T("KYC note: Customer ", P("Oluwaseun Adeyemi"), " presented Nigerian passport ", LIC("A09348271"), ", DOB ",
  B("22/08/1988"), ", residential address ", L("14 Glenmore Road, Croydon CR0 2NE"), ". Mobile ",
  PH("+44 7911 123456"), ".")
T("ID verification complete. Name: ", P("Zhang Wei"), ". PRC resident ID card ", LIC("110105198511233418"),
  ". Phone ", PH("+86 138 0013 8000"), ".")
T("KYC refresh - ", P("Fatima Zahra Benali"), ", French CNI ", LIC("X4RTBPFW4"), ", IBAN ",
  IB("FR", "10278060340002025180142"), ", employer Renault SA.")
T("CIP: ", P("Darius Farahani"), " | DOB ", B("1974-11-02"), " | SSN ", SSN("523-71-0846"), " | DL MD ",
  LIC("F-655-432-109-876"), " | tel ", PH("410-555-0166"))
T("Beneficial owner #2: ", P("Elena Petrova"), ", 35% owner, Russian internal passport ", LIC("45 12 678901"),
  ", residing at ", L("Ul. Tverskaya 18, kv. 44, Moscow 125009"), ".")
T("Onboarding memo. Applicant ", P("Kofi Boateng"), " (Ghana Card ", LIC("GHA-712345678-3"),
  ") will fund the new savings account ", A("7714002981"), " from ", P("Ama Boateng"), "'s account at another bank.")
T("EDD narrative: ", P("Aisha Al-Farsi"), " holds Omani ID card ", LIC("12873645"), " and UAE Emirates ID ",
  LIC("784-1985-4172634-9"), "; source of wealth is family real estate.")
T("Verified photo ID: Florida DL ", LIC("G415-720-85-912-0"), " (", P("Gregory Alvarez"), "), expires ",
  D("09/30/2029"), ". Address matches ", L("5120 SW 8th St, Miami, FL 33134"), ".")
T("KYC: ", P("BENALI, Youssef"), " - Moroccan CIN ", LIC("BE 873421"), ", ph ", PH("+212 6 61 23 45 67"),
  ", email ", E("y.benali@menara.ma"), ".")
T("Customer ", P("Ngozi Okafor"), " updated her address to ", L("Apt 5C, 301 W 118th St, New York, NY 10026"),
  " and mobile to ", PH("347-555-0128"), ".")
T("Trust account KYC: trustee ", P("Robert H. Castellano"), ", grantor ", P("Marianne Castellano"),
  ", trust EIN ", EIN("86-6123409"), ", account ", A("5583920147"), ".")
T("Minor account: custodian ", P("Leilani Kahale"), " (HI DL ", LIC("H01839264"), "), minor ", P("Keoni Kahale"),
  ", DOB ", B("04/02/2015"), ".")
T("Customer presented Mexican INE ", LIC("182736451"), " and passport ", LIC("G18273645"), "; name ",
  P("Santiago Ramírez Ortega"), "; ITIN ", ITIN("983-88-4102"), "; domicile ",
  L("Calle Morelos 221, Col. Centro, Guadalajara, Jal. 44100"), ".")
T("ITIN holder ", P("Wilmer Antonio Reyes"), " (", ITIN("943-81-2207"), ") provided Honduran passport ",
  LIC("F583047"), " as primary ID.")
T("PEP screening: ", P("Olena Kovalenko"), ", Ukrainian ID card ", LIC("004281736"), ", DOB ", B("7 June 1969"),
  ". Possible match to regional official; escalate.")
T("Sole prop KYC - owner ", P("Tomasz Wiśniewski"), ", EIN ", EIN("47-2281930"), ", business checking ",
  A("9012448371"), ", routing ", R("09100002"), ".")
T("Address verification: ", L("1457 Maple Ridge Dr, Columbus, OH 43215"), " confirmed by utility bill for ",
  P("Heather Lindgren"), "; Ohio DL ", LIC("RT418273"), ".")
T("KYC exception: Irish passport ", LIC("PX4417823"), " for ", P("Niamh Gallagher"),
  " is within 3 months of expiry; secondary ID is Irish driving licence ", LIC("042118736"), ".")
T("Dutch passport ", LIC("NX4R7K2P1"), " and BSN on file for ", P("Daan de Vries"), "; salary paid into ",
  IB("NL", "RABO0318274659"), ".")

# --- D. wire instructions
T("Wire instructions - Beneficiary: ", P("Carlos Mendoza"), ", Account: ", A("4471203398"),
  ", Bank: First Horizon Bank, ABA: ", R("10100004"), ", Reference: invoice 2291.")
T("Please wire USD 18,500.00 to ", P("Emily Tran"), ", acct ", A("229104877"), ", RTN ", R("11100061"),
  ", beneficiary address ", L("4120 Poplar Ave, Memphis, TN 38117"), ".")
T("Intermediary bank: Citibank N.A., SWIFT ", SW("CITIUS33"), ", ABA ", R("02100008"),
  ". Beneficiary bank: Banco Santander, SWIFT ", SW("BSCHESMM"), ". Beneficiary: ", P("Javier Ortiz Navarro"),
  ", IBAN ", IB("ES", "00810216710001482937"), ".")
T("MT103 field 59: /", A("0048812730"), " ", P("HASSAN ALI RAZA"), " ", L("HOUSE 12 STREET 7 F-8/3 ISLAMABAD"))
T("Domestic wire template update requested by ", P("Rajesh Kulkarni"), " (", PH("732-555-0151"),
  "): new transit number ", R("21107370"), ", new account ", A("01-4429-883"), ".")
T("Inbound SWIFT from ", SW("HSBCHKHHHKH"), " for ", P("Chan Tai Man"), ", credit account ", A("6011428873"), ".")
T("Outgoing EUR payment: debtor ", P("Linda Farrell"), ", creditor ", P("Matteo Bianchi"), ", creditor IBAN ",
  IB("IT", "U0200801664000102938475"), ", creditor agent ", SW("UNCRITMMXXX"), ".")
T("wire req: send 9k to my brother ", P("Ahmed Khalil"), " routing ", R("22227138"), " account ", A("7302219948"),
  " thanks - ", P("Samir"))
T("Beneficiary details confirmed by callback to ", PH("+1 312 555 0107"),
  " (number on file, not the one in the email). Name ", P("Laura Becker"), ", ABA ", R("23138201"), ", acct ",
  A("3390017726"), ".")
T("Pls route via correspondent ", SW("CHASUS33"), ", ABA ", R("25607108"), "; final credit to ",
  P("Grace Muthoni Kamau"), ", Equity Bank Kenya, a/c ", A("0180292817466"), ".")
T("Drawdown wire for HELOC ", A("6500218837"), " to the title company on behalf of ", P("Victor Haddad"), " and ",
  P("Nadia Haddad"), ", routing ", R("26107340"), ", escrow acct ", A("1188200473"), ".")
T("GBP transfer to ", P("Oliver Bennett"), ", ", IB("GB", "BARC20041573920184"), ", ", SW("BARCGB22"),
  ", ref: rent for ", L("Flat 2, 19 Kingsley Road, Bristol BS6 6AF"))
T("ABA/Acct: ", R("31107456"), "/", A("112093847"), " Name: ", P("Peter Van der Berg"), " Amt: 2,150.00 USD")

# --- E. CSV / pipe / tab rows
T(D("2024-03-14"), ",WIRE_OUT,", P("Jane Okoro"), ",", R("32227013"), ",", A("483920118"), ",12500.00,USD")
T("cust_name|dob|ssn|phone\n", P("Marcus Bell"), "|", B("1990-02-17"), "|", SSN("611-40-2285"), "|",
  PH("(404) 555-0198"))
T(P("Lopez, Daniela"), ";", LIC("D4412039"), ";CA DL;", D("2028-11-30"), ";", PH("619.555.0133"), ";",
  ITIN("927-94-1183"))
T("\"", P("Wu, Jennifer"), "\",\"", A("4401928376"), "\",\"", R("06205206"), "\",\"ACH credit\",\"3,400.00\"")
T("row 17: ", P("Abdul Rahman"), " | passport ", LIC("A48291735"), " | ", PH("+60 12-345 6789"), " | ",
  L("Jalan Ampang 45, Kuala Lumpur 50450"))
T("txn_id,card,merchant,ip\n88213,", C("492913382046177", "plain"), ",ONLINE ELECTRONICS,", IP("102.89.33.14"))
T("acct|routing|owner|type\n", A("22004718893"), "|", R("07400075"), "|", P("Samuel Adeyemi"), "|SAVINGS")
T(P("Rossi Marco"), ",", B("12/05/1961"), ",", LIC("CA28194KM"), ",", IB("IT", "X0542811101000000123456", False))
T("ALERT,", D("2024-05-02"), " 14:31,", P("R. Gupta"), ",", A("5500128847"), ",velocity>10 txns/hr,",
  IP("49.36.128.77"))
T("name: ", P("Hannah Schmidt"), " ; tel: ", PH("+49 30 90182734"), " ; Personalausweis: ", LIC("LM7K2R9T1"),
  " ; IBAN: ", IB("DE", "500700100912837465"))
T(P("KIM MIN-JUN"), "\t", PH("010-2345-6789"), "\t", E("minjun.kim@kakao.com"), "\tKOR passport ", LIC("M28374615"))
T("CASE-4471 | ", P("Terrence Boyd"), " | SSN ", SSN("378-55-9021"), " | card ", C("401288817263549", "dash"),
  " | ", L("Baton Rouge, LA 70806"))
T(D("07/19/2024"), " 09:42 | inbound | ", PH("2145550187"), " | ", P("Maria Guadalupe Torres"), " | PIN reset")
T("borrower,co_borrower,loan_no,property\n", P("Derek Olsen"), ",", P("Karin Olsen"), ",", A("0093381274"), ",",
  L("4419 Birchwood Ct, Eau Claire, WI 54701"))

# --- F. fraud case notes
T("Fraud case note: Account ", A("7788120934"), " accessed from IP ", IP("91.203.5.117"),
  " at 02:14; device not previously seen. Customer ", P("Walter Jenkins"), " denies login.")
T("ATO suspected. Fraudster changed phone on file from ", PH("(718) 555-0114"), " to ", PH("(929) 555-0161"),
  " and email to ", E("wjenkins.secure@protonmail.com"), ".")
T("Check kiting pattern between checking ", A("1002938475"), " (routing ", R("11402165"), ") and ", A("88120347"),
  " at a credit union (routing ", R("32118048"), "). Subject: ", P("Brandon Lee Whitaker"), ".")
T("Elder exploitation referral: ", P("Dorothy Mae Sutton"), " (DOB ", B("02/11/1938"), ") sent 6 wires to ",
  P("Kenneth Amadi"), " after phone calls from ", PH("+234 803 555 0192"), ".")
T("Zelle scam: victim ", P("Irene Castillo"), " sent funds to recipient tied to mobile ", PH("562-555-0109"),
  " and email ", E("r.morales.payments@outlook.com"), ".")
T("Card-not-present fraud on ", C("34912847501938"), "; shipping address ",
  L("77 Commerce Park Dr, Reno, NV 89502"), " differs from billing.")
T("Synthetic ID ring: SSNs ", SSN("541-22-7803"), " and ", SSN("541-22-7811"), " used with the same phone ",
  PH("702 555 0175"), " and DOB ", B("1/1/1990"), ".")
T("Mule account ", A("330045128807"), " at routing ", R("12240007"), " received funds from 12 victims; holder ",
  P("Tyrell Simmons"), ", Nevada DL ", LIC("1502847731"), ", venmo ", U("https://venmo.com/u/Tyrell-Simmons-7"), ".")
T("Fraud note - caller impersonated ", P("Grace Liu"), "; passed KBA using her DOB ", B("11-23-1982"),
  " and last address ", L("912 Oak Hollow Ln, Plano, TX 75023"), ".")
T("BEC attempt: spoofed domain asked AP to change vendor banking to ABA ", R("26300791"), " acct ",
  A("9920184473"), ". Real contact ", P("Meredith Lang"), " confirmed at ", PH("617-555-0123 x204"),
  " it was not her.")
T("Chargeback cluster: cards ", C("222300481927364"), " and ", C("448203917263541"),
  " were both used from IPv6 ", IP("2001:db8:4f3a:12::7"), " within 10 minutes.")
T("Compromised credentials for ", P("Anthony Russo"), " were listed on a paste site; last login IP ",
  IP("45.134.26.201"), ", session geolocated to ", L("Newark"), ".")
T("Identity theft affidavit from ", P("Beverly Chambers"), ": she never opened personal loan ", A("5512083347"),
  " and her SSN ", SSN("287-41-6650"), " was used.")
T("Customer ", P("Luis Herrera"), " reports card ", C("601100928374615"), " skimmed; he lives at ",
  L("3301 Pecan St, Apt 14, San Antonio, TX 78210"), " and only uses one ATM.")
T("Romance scam narrative - ", P("Helen Fitzgerald"), " (74) wired funds to \"Capt. ", P("James Harrington"),
  "\" via ", SW("DBSSSGSG"), ", account ", A("0720193845"), ".")
T("ID docs submitted for new account were altered: passport ", LIC("563918204"), " shows DOB ", B("05/06/1987"),
  " but DMV record for NJ license ", LIC("M4182 73920 15873"), " shows a different DOB.")
T("first party fraud? ", P("kyle brandt"), " disputed 9 txns on ", C("455601827364918"),
  " but geo shows his phone ", PH("651-555-0190"), " at the merchant")

# --- G. SAR narrative excerpts
T("SAR narrative: Between ", D("January 3, 2024"), " and ", D("February 28, 2024"), ", ", P("Victor Haddad"),
  " deposited cash in amounts below $10,000 into checking ", A("4019283347"), ".")
T("The subject, ", P("Ming Zhao"), ", SSN ", SSN("602-18-4473"), ", residing at ",
  L("16 Linden Ave, Flushing, NY 11355"), ", received 22 incoming wires from ", SW("ICBKCNBJ"), ".")
T("Funds were subsequently transferred to ", P("Yusuf Demir"), " at IBAN ",
  IB("TR", "0006400000184729301122"), " in three tranches of roughly $40,000 each.")
T("Subject ", P("Nadia Haddad"), " provided a Lebanese passport ", LIC("RL2847193"), " and listed phone ",
  PH("+961 3 555 123"), " at account opening on ", D("2023-10-12"), ".")
T("The bank identified a pattern of structured deposits by ", P("Oscar Villanueva"), " (ITIN ",
  ITIN("900-70-1184"), ") at branches in ", L("Yakima"), " and ", L("Pasco"), ".")
T("Shell company EIN ", EIN("61-1938470"), " controlled by ", P("Arturo Beltrán"),
  " received $2.3M via wires routed through ABA ", R("30307357"), ".")
T("SAR excerpt: the subject's email ", E("quickcash.invest@yahoo.com"), " and IP address ", IP("176.59.40.12"),
  " were also associated with account ", A("6691023847"), " held by ", P("Sergei Morozov"), ".")
T("On ", D("04/22/2024"), ", ", P("Tamika Johnson"), " cashed a $9,800 check at the ", L("Decatur"),
  " branch, then deposited $9,500 the next day in ", L("Stone Mountain"), ".")
T("Subject used Pennsylvania driver's license ", LIC("29 481 736"), " and a second license from Delaware, ",
  LIC("1927364"), ", with different addresses.")
T("The investigation linked debit card ", C("426684019283746"), " to ", P("Farid Nazari"),
  ", who listed his cell as ", PH("571.555.0138"), " and an address at ",
  L("6020 Leesburg Pike, Falls Church, VA 22041"), ".")
T("Investigator summary: ", P("Omar Haddad"), " and ", P("Leila Haddad"),
  " share the login device; funds moved to brokerage ", A("Z63-449018"), " and then to ",
  IB("AE", "0260001015839274101"), ".")
T("Suspicious activity involving payroll card account ", A("4600019283"), " for ", P("Juan Pablo Morales"),
  "; loads originated from EIN ", EIN("36-4928117"), ".")

# --- H. call-centre logs
T("Call log ", D("05/14/2024"), " 10:02 - Inbound from ", PH("(312) 555-0146"), ". Caller verified as ",
  P("Patrick Doyle"), " via DOB ", B("08/19/1966"), " and last 4 of SSN. Requested new debit card.")
T("Agent note: cx ", P("wanjiru kamau"), " called re failed transfer to acct ", A("0114027736"), ", routing ",
  R("32407653"), ". told her 2-3 bus days.")
T("IVR transfer - caller ID ", PH("2025550147"), ", ANI mismatch with profile number ", PH("202-555-0119"),
  ". Caller claimed to be ", P("Rebecca Stein"), ".")
T("CB requested: pls call Mr. ", P("Alejandro Gutiérrez"), " on his mob ", PH("+34 612 345 678"),
  " between 3-5pm CET re his card ", C("455673019283746", "dash"), ".")
T("Caller ", P("Imran Qureshi"), " read DL number ", LIC("Q238-1447-0912-05"), " to verify; matched WI DMV record.")
T("Call summary: ", P("Nomvula Dlamini"), " ph ", PH("+27 82 555 1234"), " wants to add her husband ",
  P("Sipho Dlamini"), " as joint owner on savings ", A("3018274651"), ".")
T("Escalation: customer upset about overdraft on checking ", A("2039481170"), ". Name on acct ", P("Gary Pruitt"),
  ", best number ", PH("(816) 555-0135 ext 12"), ".")
T("Verified caller using passport number ", LIC("19FD48207"), " and DOB ", B("30.03.1992"), "; name ",
  P("Clémence Aubert"), ".")
T("chat transcript: \"hi its ", P("deepa nair"), ", my new number is ", PH("98450 12345"), " pls update\"")
T("Phone banking: customer ", P("Rutendo Moyo"), " requested wire recall; original beneficiary ",
  P("Tendai Chikore"), ", ", SW("SBICZWHX"), ", acct ", A("9140002831746"), ".")

# --- I. customer e-mails and chats
T("Hi, this is ", P("Megan Kowalski"), ". Please send my direct deposit form for checking ", A("1200837465"),
  " with routing ", R("02130904"), " to ", E("megan.kowalski@gmail.com"), ". Thanks!")
T("Dear Sir/Madam, I, ", P("Rahul Mehta"), ", request closure of my savings account ", A("50100234918273"),
  ". Regards, ", P("Rahul Mehta"), ", ", PH("+91 98200 12345"))
T("hello my name is ", P("fatou diallo"), " i lost my carte d identite ", LIC("1751199001234"),
  " can i still withdraw at branch")
T("From: ", E("d.okeke@okeke-law.com"), "\nHi team, my client ", P("Emeka Okeke"), " will wire the retainer from ",
  IB("GB", "HBUK40127658203917"), ". Kind regards, ", P("Daniel Okeke"), ", ", PH("+44 20 7946 0881"))
T("Subject: Change of address\nPlease update my address to ", L("27 Rue des Lilas, 69003 Lyon"), ". Account ",
  A("00012345678"), ", ", P("Camille Laurent"))
T("chat: can u increase my card limit? card is ", C("530912441827365"), " and my ph is ", PH("214 555 0126"),
  " - ", P("tyler"))
T("Good morning, attached is my new Arizona driver license (", LIC("D08317462"), ") and my new address is ",
  L("9181 E Shea Blvd, Scottsdale, AZ 85260"), ". -", P("Linda Farrell"))
T("Email: \"I am ", P("Hiroshi Nakamura"), ", my passport ", LIC("TZ1048273"),
  " is attached for the account opening; my phone in ", L("Osaka"), " is ", PH("+81 6-6345-1234"), ".\"")
T("Hi ", P("Sandra"), ", can you confirm receipt of my W-9? EIN ", EIN("82-1047365"), " for my LLC. Call me at ",
  PH("(786) 555-0104"), ". ", P("Rodrigo Paz"))
T("Customer e-mail: \"Please stop payment on check 2281 from account ", A("6012003948"), "\", signed ",
  P("Frances O'Connell"), ", ", L("Quincy, MA 02169"), ".")
T("LinkedIn profile ", U("https://www.linkedin.com/in/arjun-malhotra-7b2a41"), " lists ", P("Arjun Malhotra"),
  " as director of the remitter; confirm before approving the wire.")
T("adverse media: ", U("https://www.facebook.com/kwame.mensah.5836"), " posts show ", P("kwame mensah"),
  " advertising quick loans, site ", U("http://kmensahcapital.net"))
T("Customer's personal site ", U("https://tomaszwisniewski.pl/kontakt"), " lists the same phone ",
  PH("+48 601 234 567"), " given at onboarding.")
T("Login from ", IP("203.0.113.77"), " and ", IP("198.51.100.23"), " within 5 min for user ",
  P("Noura Al-Qahtani"), ", online banking profile linked to ", E("noura.q@hotmail.com"), ".")

# --- J. extra mixed (more routing / licence / phone / account / person variety)
T("RTN ", R("05140523"), " DDA ", A("4417 0092 3381"), " - ", P("Yolanda Pierce"),
  " says payroll bounced twice, can ops trace?")
T("Lending file: co-applicant ", P("Marcus Oyelaran"), ", Colorado DL ", LIC("12-345-6789"), ", auto loan ",
  A("8800412739"), ", autopay from routing ", R("04210004"), ".")
T("pls add ", P("fernanda lima"), " as authorized signer, her DL is ", LIC("S12345678"),
  " (mass) and cell ", PH("617 555 0111"))
T("Photo ID on the deposit slip scan is a Virginia DL ", LIC("T61-83-4402"), " for ", P("Antoine Baptiste"),
  "; home phone ", PH("804-555-0125"), ".")
T("Treasury onboarding for a sole trader: ", P("Mariam Tesfaye"), ", Ethiopian passport ", LIC("EP4829174"),
  ", US address ", L("2300 Wilson Blvd, Apt 907, Arlington, VA 22201"), ".")
T("ach return R03 on acct ", A("2048139957"), " routing ", R("07390214"), ", receiver ", P("dale whitaker"),
  " - no account/unable to locate")
T("Nacha addenda shows originator ", P("Anita Deshpande"), " paying to savings ", A("770019283344"), " at ",
  R("08190469"), " every Friday.")
T("Client ", P("O'Neill, Brendan"), " requests his brokerage statements for ", A("4GX-118204"),
  " be sent to ", L("12 Clontarf Road, Dublin 3, D03 X2F8"), ".")
T("Please note the new cell for ", P("Chiamaka Eze"), " is ", PH("+1 (832) 555-0147"),
  " and her work number is ", PH("713-555-0184 ext. 3302"), ".")
T("--\n", P("Tobias Keller"), "\nRelationship Manager\nmob ", PH("+41 79 555 12 34"), " | tel ",
  PH("+41 44 555 67 80"))
T("pls check if ", R("12010460"), " is a fed member bank, ", P("agnieszka"),
  " wants to push payroll there from acct ", A("5099281734"))
T("Dispute intake: cardholder ", P("Rafael Cordeiro"), ", card acct ", A("0003982214"),
  ", disputing 3 charges; contact ", PH("+55 11 98765 4321"), ".")
T("Customer ", P("Yerlan Nurlanovich Akhmetov"), " showed Kazakh ID card ", LIC("042817365"),
  " and asked to receive funds via ", SW("HSBKKZKX"), ".")
T("OK to release? ", P("Nasser Al-Amin"), " wire 25k, RTN ", R("22138374"), ", acct ", A("7781029934"),
  ", callback done to ", PH("469 555 0161"))
T("Joint owners ", P("Adebayo Ogunleye"), " and ", P("Funmilayo Ogunleye"), " want the savings interest from ",
  A("6619203384"), " sent by ACH to ", R("31347182"), " ", A("88172003"), ".")
T("Kindly update the direct debit mandate for ", P("Sophie Dubois"), ": IBAN ",
  IB("FR", "20041010050500013026079"), ", BIC ", SW("PSSTFRPPPAR"), ", tel ", PH("06 12 34 56 78"), ".")
T("prepaid card reload: ", P("jose luis martinez"), ", driver's lic ", LIC("M5502183"),
  " (CA), reloaded card ", C("408540182736451"), " four times today")
T("hey team, ", P("Bartholomew Nkemelu"), " from the ", L("Lagos"), " office wants the receiving account ",
  A("0123948576"), " and transit ", R("27397102"), " for his US payroll")
T("Escrow disbursement to seller ", P("Ruth Abernathy"), " at ", R("24107415"), " / ", A("3010082947"),
  "; property ", L("55 Hollow Tree Rd, Ridgefield, CT 06877"), ".")
T("Compliance question: can we accept a Polish ID card (", LIC("AYB 482917"), ") as sole ID for ",
  P("Katarzyna Zielińska"), " to open a checking account?")
T("Call centre: caller from ", PH("0044 20 7946 0555"), " said she is ", P("Margaret Hughes"),
  ", could not confirm savings ", A("80473625"), ", call ended.")
T("Sanctions hit review: ", P("Abdulaziz Karimov"), " vs SDN entry; ID provided was Uzbek passport ",
  LIC("FA4172839"), ", DOB ", B("14.09.1977"), ".")
T("ACH originator file row: ", P("DESAI ANKIT"), " ", R("11302361"), " ", A("004812739561"), " 000125000 PPD")
T("Loan servicing: escrow shortage notice for loan ", A("0091827364"), " mailed to ",
  L("18 Quarry Lane, Montpelier, VT 05602"), ", borrower ", P("Walter Penhallow"), ".")
T("New York DL ", LIC("729384615"), " and SSN ", SSN("143-58-2290"), " were given by ", P("Anjali Kapoor"),
  " for the credit card application.")
T("Payments ops: please confirm ABA ", R("02100002"), " and account ", A("9130027744"), " for ", P("Lucas Moreau"),
  "; he emailed from ", E("lucas.moreau@orange.fr"), " with new instructions.")
T("Card replacement: ", P("Sunita Bhattacharya"), " requested a new card for ", C("411702938475612"),
  ", delivery to ", L("402 Greenway Ct, Edison, NJ 08817"), ".")

# ---------------------------------------------------------------- negatives
NEG = [
    "Per Reg CC, next-day availability applies to the first $225 of a check deposit; the remainder of the $5,525 exception threshold follows Policy DEP-114 v3.2.",
    "GL 1000-2210-450 (Wire Clearing - Domestic) carried a $3,412,880.17 unreconciled balance at month-end; ops to clear by T+2 per Treasury memo TM-2024-07.",
    "JPMorgan Chase (JPM), Bank of America (BAC) and Wells Fargo (WFC) all reported NIM compression of 8 to 12 bps in Q2.",
    "FinCEN Form 112 (CTR) must be filed within 15 calendar days for cash transactions exceeding $10,000 in aggregate per business day.",
    "The MT202COV message must carry the underlying customer credit transfer fields 50a and 59a per the SWIFT SR 2023 standards release.",
    "CUSIP 037833100 and ISIN US0378331005 refer to Apple Inc. common stock; analysts should not key them into the routing or account fields.",
    "SOFR printed at 5.31% and the 10-year Treasury yield closed at 4.28%; the ALCO model v7.4.1 assumes a 25 bp cut before year-end.",
    "Section 314(a) requests arrive every two weeks and search results are due within 14 days under 31 CFR 1010.520.",
    "CET1 ratio improved to 13.4% versus the 10.5% regulatory minimum including the stress capital buffer of 2.9%.",
    "Fiserv DNA release 4.12.3 fixes the NACHA file header bug affecting record type code 1, field 9, on same-day batches.",
    "Cost center 48210 (Retail Fraud Ops) overspent its FY24 budget by $182,400; CFO approval is required per Finance Policy FIN-203.",
    "The ACL under CECL rose $41.7 million, driven by CRE office exposures moving into the 90+ days past due bucket.",
    "HSBC Holdings plc, Barclays PLC and Standard Chartered are subject to ring-fencing under the Financial Services (Banking Reform) Act 2013.",
    "Form W-8BEN-E remains valid until the last day of the third calendar year following signature unless a change in circumstances occurs.",
    "Reg E (12 CFR 1005.11) requires provisional credit within 10 business days for error claims on consumer debit transactions.",
    "The Basel III LCR stood at 118% and the NSFR at 124% at the most recent quarter-end reporting cycle.",
    "Internal policy AML-POL-0042 rev 9 sets the enhanced wire review threshold at $50,000 for jurisdictions on the FATF grey list.",
    "Goldman Sachs and Morgan Stanley priced the $750 million 5.875% senior notes due 2034 at 99.812 with a 3-year call.",
    "ISO 20022 migration: pacs.008 replaces MT103 and pacs.009 replaces MT202 for cross-border payments under CBPR+.",
    "Nostro GL 1450-0099-120 reconciles to the correspondent statement daily; breaks over $2,500 go to the Payments Control Desk.",
    "Our prime rate moved to 8.50%; HELOC products priced at prime + 0.75% will reprice on the next billing cycle.",
    "OFAC SDN list update: no new designations affecting our Tier 2 correspondent relationships this week.",
    "Model risk ticket MRM-2291 covers fraud scoring model FRD-XGB v2.3; independent validation is scheduled for Q4.",
    "The FFIEC BSA/AML Examination Manual section on correspondent banking was last revised in 2018 and is under review.",
    "Deposit product code DDA-210 (Premier Checking) carries a $25 monthly fee, waived with a $15,000 combined balance.",
    "Fed funds target range 5.25%-5.50%; overnight RRP rate 5.30%; IORB 5.40%; discount window primary credit 5.50%.",
    "Citigroup (C) shares fell 2.3% to $61.48 after the consent order update while Truist (TFC) closed flat.",
    "Schedule RC-C of the Call Report (FFIEC 041) shows total loans of $12.8 billion, up 4.1% year over year.",
    "Fedwire Funds Service closes at 7:00 p.m. ET; our internal cutoff for customer wires is 5:00 p.m. ET per OPS-PROC-77.",
    "MiFID II Article 16(7) requires recording of telephone conversations relating to client orders, retained for five years.",
    "Batch job ACH_POST_0400 failed with error code E-4471 on node 12; the rerun completed after 37 minutes.",
    "The CCAR severely adverse scenario assumes unemployment peaking at 10% and a 36% decline in house prices.",
    "GDPR Article 17 erasure requests are routed to the DPO queue; AML retention under 5AMLD takes precedence.",
    "Credit card charge-off rate was 3.62% annualized with 30+ day delinquency at 2.91%, per Risk Dashboard v5.0.",
    "Treasury pricing schedule TM-PS-2024 sets ACH origination at $0.12 per item and positive pay at $45 per month.",
    "The bank's GIIN is listed on the IRS FFI List, and Form 8966 reporting is prepared by the Tax Operations team.",
    "The FDIC insures deposits up to $250,000 per depositor, per insured bank, for each account ownership category.",
    "Regulation II caps regulated debit interchange at 21 cents plus 0.05% plus a 1 cent fraud-prevention adjustment.",
    "Policy LND-117 limits LTV to 80% for owner-occupied 1-4 family loans; PMI is required above that threshold.",
    "The Capital One and Discover merger (COF, DFS) cleared shareholder votes; workstream WS-14 owns card network migration.",
    "Release 2024.3 of the KYC platform adds risk factor RF-22 (cash-intensive business) with a weight of 0.15.",
    "SAR filing deadline is 30 calendar days after initial detection, extendable to 60 days if no suspect is identified.",
    "Deutsche Bank AG, BNP Paribas and ING Groep NV were named in the ECB supervisory priorities report.",
    "Total exposure to leveraged loans is $2.14 billion across 63 facilities with a weighted average spread of 412 bps.",
    "Under the NACHA rules the same-day ACH limit is $1,000,000 per payment, and return code R10 covers unauthorized debits.",
    "Job EOD-07-B posted 1,284,903 transactions with 412 items in the exception queue and a reconciliation variance of $0.00.",
    "Chart of accounts mapping: 2100 Demand Deposits, 2150 Savings, 2200 Time Deposits, 2400 Fed Funds Purchased.",
    "Sanctions screening fuzzy match threshold moved from 0.85 to 0.88, cutting false positives 14% in UAT build 3.7.0-rc2.",
    "The Dodd-Frank Act Section 1071 small business data rule applies to lenders with at least 100 covered originations.",
    "BlackRock (BLK) and Vanguard hold 7.9% and 8.4% of outstanding shares respectively per the latest 13F filings.",
    "Mortgage pipeline: 318 applications, $96.4M volume, average FICO 741, average DTI 36.2%, pull-through 72%.",
    "OCC Heightened Standards (12 CFR Part 30, Appendix D) apply to banks with $50 billion or more in average total assets.",
    "The 12-month CD special pays 5.05% APY and the 24-month ladder 4.60% APY, with a $1,000 minimum opening deposit.",
    "Tier 1 correspondent relationships with Santander, UBS and Mizuho were renewed; Wolfsberg CBDDQ v1.4 questionnaires received.",
    "Swift gpi tracker shows a median end-to-end time of 1.4 hours for USD corridors, with 89% credited within 24 hours.",
    "The fraud loss budget for FY25 is $8.5 million, with check fraud at 46% and P2P scams at 22% of projected losses.",
    "Form 1099-INT is required for interest of $10 or more; the backup withholding rate is 24% when TIN certification is missing.",
    "Patch KB5034441 rolled to 214 teller workstations; the rollback plan is documented in change record CHG0081723.",
    "Under the UK PSR rules, APP fraud reimbursement is capped at 85,000 GBP per claim with a 100 GBP excess permitted.",
    "Stress test results: the Tier 1 leverage ratio falls to 6.8% at trough, above the 4% minimum in every scenario.",
]


# ---------------------------------------------------------------- build + checks
def build(parts):
    text, spans = "", []
    for p in parts:
        if isinstance(p, str):
            text += p
        else:
            t, v = p
            spans.append({"entity_type": t, "value": v, "start": len(text), "end": len(text) + len(v)})
            text += v
    return {"text": text, "spans": spans}


TYPES = {"PERSON", "LOCATION", "DATE", "DOB", "PHONE", "EMAIL", "SSN", "ITIN", "EIN", "ACCOUNT", "CARD",
         "IBAN", "SWIFT", "ABA", "LICENSE", "IP", "URL"}
IBAN_LEN = {"GB": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "TR": 26, "AE": 23}


def check_value(t, v):
    d = re.sub(r"\D", "", v)
    if t == "ABA":
        assert aba_ok(v) and aba_prefix_ok(v), v
    elif t == "CARD":
        assert 13 <= len(d) <= 19 and luhn_ok(d), v
    elif t == "IBAN":
        c = v.replace(" ", "")
        assert len(c) == IBAN_LEN[c[:2]] and iban_num(c[4:] + c[:4]) % 97 == 1, v
    elif t == "SWIFT":
        assert re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", v), v
    elif t == "SSN":
        assert re.fullmatch(r"\d{3}-?\d{2}-?\d{4}", v), v
        assert d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", v
    elif t == "ITIN":
        assert re.fullmatch(r"9\d{2}-?\d{2}-?\d{4}", v), v
        m = int(d[3:5])
        assert 50 <= m <= 65 or 70 <= m <= 88 or 90 <= m <= 92 or 94 <= m <= 99, v
    elif t == "EIN":
        assert re.fullmatch(r"\d{2}-\d{7}", v), v
    elif t == "EMAIL":
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), v
    elif t == "IP":
        ipaddress.ip_address(v)
    elif t == "URL":
        assert re.match(r"(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", v), v
    elif t == "PHONE":
        assert 7 <= len(d) <= 16, v


def n_words(text):
    # CSV / pipe rows have few spaces, so count word tokens
    return len(re.findall(r"[^\W_]+(?:['.-][^\W_]+)*", text))


def digit_runs_outside(rec):
    """Unlabelled digit runs (ignoring single spaces/dashes) of 7+ digits."""
    text = list(rec["text"])
    for s in rec["spans"]:
        for i in range(s["start"], s["end"]):
            text[i] = "#"
    text = "".join(text)
    out = []
    for m in re.finditer(r"\d[\d -]*\d", text):
        d = re.sub(r"\D", "", m.group())
        if len(d) >= 7:
            out.append(m.group())
    return out


def main():
    pos = [build(p) for p in POS]
    neg = [{"text": t, "spans": []} for t in NEG]
    assert len(pos) == 160, len(pos)
    assert len(neg) == 60, len(neg)
    texts = [r["text"] for r in pos + neg]
    assert len(set(texts)) == len(texts), "duplicate texts"

    counts = collections.Counter()
    for r in pos:
        text = r["text"]
        n = n_words(text)
        assert 5 <= n <= 80, (n, text)
        assert r["spans"], text
        prev_end = -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            assert s["entity_type"] in TYPES, s
            assert text[s["start"]:s["end"]] == s["value"], s
            assert s["value"] == s["value"].strip() and s["value"], s
            assert s["start"] >= prev_end, ("overlap", s, text)
            prev_end = s["end"]
            if s["start"] > 0:
                assert not text[s["start"] - 1].isalnum(), ("left boundary", s, text)
            if s["end"] < len(text):
                assert not text[s["end"]].isalnum(), ("right boundary", s, text)
            check_value(s["entity_type"], s["value"])
            counts[s["entity_type"]] += 1
        for run in digit_runs_outside(r):
            d = re.sub(r"\D", "", run)
            assert not (len(d) == 9 and aba_ok(d)), ("unlabelled ABA-valid run", run, text)
            assert not (13 <= len(d) <= 19 and luhn_ok(d)), ("unlabelled Luhn-valid run", run, text)
            print("note: unlabelled digit run in pos:", repr(run), "|", text[:60])

    for r in neg:
        t = r["text"]
        n = n_words(t)
        assert 5 <= n <= 80, (n, t)
        assert "@" not in t and "http" not in t and "www." not in t, t
        assert not re.search(r"\b\d{1,3}(\.\d{1,3}){3}\b", t), t
        for m in re.finditer(r"\d[\d -]*\d", t):
            d = re.sub(r"\D", "", m.group())
            assert not (len(d) == 9 and aba_ok(d)), ("ABA-valid run in neg", t)
            assert not (13 <= len(d) <= 19 and luhn_ok(d)), ("Luhn-valid run in neg", t)

    with open(os.path.join(OUT_DIR, "finance3_pos.jsonl"), "w", encoding="utf-8") as f:
        for r in pos:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "finance3_neg.jsonl"), "w", encoding="utf-8") as f:
        for r in neg:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    print("positive lines:", len(pos), " negative lines:", len(neg), " templates:", len(set(texts[:160])))
    print("total spans:", sum(counts.values()))
    for t in sorted(TYPES, key=lambda k: -counts[k]):
        print(f"  {t:9s} {counts[t]}")


if __name__ == "__main__":
    main()
