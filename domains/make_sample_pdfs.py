"""Make the sample PDFs from the text below (run once; the PDFs are committed).

    python domains/make_sample_pdfs.py     # needs reportlab (the `test` extra)
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

PDFS = {
    "healthcare/sample/records-retention-schedule.pdf": (
        "Records Retention Schedule RM-3",
        [
            ["Riverside General Hospital. Records Management. Schedule RM-3, approved 10 January 2025.",
             "This schedule states how long the hospital keeps each class of record before secure destruction.",
             "Adult inpatient and outpatient medical records are kept for 10 years after the last episode of care.",
             "Records of patients who were minors at the last episode of care are kept until the patient's 28th birthday, "
             "or for 10 years after the last episode of care, whichever is later."],
            ["Laboratory results are kept for 10 years. Diagnostic images (radiology) are kept for 8 years; "
             "mammography images are kept for 10 years.",
             "Incident reports and their investigations are kept for 10 years after closure.",
             "Destruction is by cross-cut shredding or certified electronic erasure, and each destruction is "
             "logged with the record class, the date range and the name of the officer who authorised it."],
        ]),
    "finance/sample/credit-risk-report-q2-2025.pdf": (
        "Quarterly Credit Risk Report, Q2 2025",
        [
            ["Northbridge Savings Bank. Credit Risk Management. Report to the Board Risk Committee, July 2025.",
             "Total gross loans were USD 4.82 billion at 30 June 2025, up 3.1 percent from the previous quarter.",
             "The non-performing loan ratio was 1.42 percent, against 1.37 percent at 31 March 2025 and a risk "
             "appetite limit of 2.00 percent."],
            ["The allowance for credit losses was USD 61.3 million, or 1.27 percent of gross loans.",
             "Commercial real estate exposure was 24.6 percent of gross loans, within the 30 percent concentration limit.",
             "Net charge-offs for the quarter were USD 3.9 million, mainly in unsecured personal loans.",
             "The committee is asked to note the report; no limit breaches occurred in the quarter."],
        ]),
}


def main() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    for rel, (title, pages) in PDFS.items():
        story = [Paragraph(title, styles["Title"])]
        for n, paras in enumerate(pages):
            if n:
                story.append(PageBreak())
            for para in paras:
                story += [Paragraph(para, styles["BodyText"]), Spacer(1, 8)]
        doc = SimpleDocTemplate(str(HERE / rel), pagesize=A4, title=title, invariant=1)
        doc.build(story)
        print("wrote", rel)


if __name__ == "__main__":
    main()
