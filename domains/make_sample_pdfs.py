"""Make the sample PDFs from the text below (run once; the PDFs are committed).

    .venv/bin/python domains/make_sample_pdfs.py     # needs reportlab (the `test` extra)

Each PDF has two pages with real text on both, so page citations can be
checked: a fact asked about on page 2 is stated only on page 2. The output is
byte-for-byte reproducible (reportlab's invariant mode fixes dates and ids).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Each page is a list of paragraphs; a paragraph starting with "## " is a heading.
PDFS = {
    "healthcare/sample/records-retention-schedule.pdf": (
        "Records Retention Schedule RM-3",
        [
            ["Riverside General Hospital. Records Management. Schedule RM-3, approved 10 January 2025 by the "
             "Information Governance Committee. Owner: Head of Records Management.",
             "## Purpose",
             "This schedule states how long the hospital keeps each class of record before secure destruction. "
             "Periods run from the event named in each entry. A record may be kept longer only when a legal hold "
             "applies or the Head of Records Management approves it in writing.",
             "## Clinical records",
             "Adult inpatient and outpatient medical records are kept for 10 years after the last episode of care.",
             "Records of patients who were minors at the last episode of care are kept until the patient's 28th birthday, "
             "or for 10 years after the last episode of care, whichever is later.",
             "Maternity records, including the records of the birth, are kept for 25 years after the birth of the last child.",
             "Mental health records are kept for 20 years after the last contact, or for 8 years after the patient's "
             "death if the patient died while in the hospital's care.",
             "Records of deceased patients in all other specialties are kept for 8 years after death.",
             "## Administrative records",
             "Appointment and admission registers are kept for 8 years. Records of requests for access to health "
             "information are kept for 6 years after the request was closed."],
            ["## Diagnostic records",
             "Laboratory results are kept for 10 years. Diagnostic images (radiology) are kept for 8 years; "
             "mammography images are kept for 10 years. Radiology reports are part of the medical record and follow "
             "its retention period.",
             "## Safety and quality records",
             "Incident reports and their investigations are kept for 10 years after closure. Complaint files are kept "
             "for 10 years after the complaint was closed. Clinical audit reports are kept for 5 years.",
             "## Legal holds",
             "When litigation, a regulatory investigation or a request from law enforcement is expected, the Legal "
             "Department issues a legal hold. Destruction of every record covered by the hold stops until the "
             "Legal Department lifts it in writing.",
             "## Destruction",
             "Destruction is by cross-cut shredding or certified electronic erasure, and each destruction is "
             "logged with the record class, the date range and the name of the officer who authorised it. "
             "Destruction certificates from contractors are kept for 20 years.",
             "## Review",
             "Records Management reviews this schedule every 3 years, or sooner when the law changes."],
        ]),
    "finance/sample/credit-risk-report-q2-2025.pdf": (
        "Quarterly Credit Risk Report, Q2 2025",
        [
            ["Northbridge Savings Bank. Credit Risk Management. Report to the Board Risk Committee, July 2025. "
             "Prepared by Priya Raman, Chief Credit Officer.",
             "## Portfolio overview",
             "Total gross loans were USD 4.82 billion at 30 June 2025, up 3.1 percent from the previous quarter. "
             "Growth came mainly from residential mortgages, while small business lending was flat.",
             "By segment, residential mortgages were 43.5 percent of gross loans, commercial real estate 24.6 "
             "percent, commercial and industrial loans 17.2 percent and consumer loans 14.7 percent.",
             "## Asset quality",
             "The non-performing loan ratio was 1.42 percent, against 1.37 percent at 31 March 2025 and a risk "
             "appetite limit of 2.00 percent. The increase came from two office loans in the commercial real "
             "estate book, which moved to non-accrual status in May.",
             "Loans 30 to 89 days past due were 0.68 percent of gross loans, unchanged from the previous quarter.",
             "The watch list held 37 borrowers with total exposure of USD 112.4 million, against 31 borrowers "
             "and USD 96.8 million at 31 March 2025."],
            ["## Allowance and losses",
             "The allowance for credit losses was USD 61.3 million, or 1.27 percent of gross loans. The "
             "provision expense for the quarter was USD 5.6 million.",
             "Net charge-offs for the quarter were USD 3.9 million, mainly in unsecured personal loans.",
             "## Concentrations",
             "Commercial real estate exposure was 24.6 percent of gross loans, within the 30 percent concentration limit. "
             "Office properties were 4.1 percent of gross loans. The largest single-borrower exposure was "
             "USD 48 million, within the single-name limit of USD 60 million.",
             "## Stress test",
             "Under the severe scenario (unemployment rising to 9 percent and commercial property values "
             "falling by 35 percent), projected credit losses over nine quarters were USD 142 million, and "
             "the common equity tier 1 ratio would remain above the 8.5 percent internal minimum.",
             "## Decisions requested",
             "The committee is asked to note the report; no limit breaches occurred in the quarter. Credit Risk "
             "Management proposes to lower the office property sub-limit from 6 to 5 percent of gross loans."],
        ]),
}


def build(out_root: Path = HERE) -> list[Path]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    written = []
    for rel, (title, pages) in PDFS.items():
        story = [Paragraph(title, styles["Title"])]
        for n, paras in enumerate(pages):
            if n:
                story.append(PageBreak())
            for para in paras:
                if para.startswith("## "):
                    story.append(Paragraph(para[3:], styles["Heading2"]))
                else:
                    story += [Paragraph(para, styles["BodyText"]), Spacer(1, 6)]
        path = out_root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        SimpleDocTemplate(str(path), pagesize=A4, title=title, invariant=1).build(story)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    for path in build(Path(args[0]) if args else HERE):
        print("wrote", path)


if __name__ == "__main__":
    main()
