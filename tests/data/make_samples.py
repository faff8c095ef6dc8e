"""Write the small sample documents in tests/data/ (run once; the files are committed).

    .venv/bin/python tests/data/make_samples.py      # needs reportlab (the `test` extra)

One real file per format the loaders read. The words in them are what the
tests look for, so change both together.
"""
from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent

PDF_PAGES = [
    ["Northbridge Savings Bank. Liquidity Report, third quarter 2025.",
     "The liquidity coverage ratio stood at 142 percent at 30 September 2025.",
     "High-quality liquid assets totalled USD 1.9 billion, most of it in government bonds."],
    ["Funding. Retail deposits grew by 2.4 percent over the quarter.",
     "The net stable funding ratio was 118 percent, above the internal floor of 110 percent."],
    ["Stress testing. Under the severe scenario the bank survives 94 days without market funding.",
     "The Asset and Liability Committee reviews these results every month."],
]


def make_pdf(path: Path, pages: list[list[str]], title: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)  # invariant: same bytes on every run
    pdf.setTitle(title)
    for lines in pages:
        pdf.setFont("Helvetica", 11)
        y = 800
        for line in lines:
            pdf.drawString(56, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()


def make_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("Records Amendment Policy", level=0)
    doc.add_paragraph("This policy says how a patient may ask to amend their health record.")
    doc.add_heading("Requests", level=1)
    doc.add_paragraph("A request to amend must be made in writing to the Health Information Management office.")
    doc.add_heading("Time limits", level=2)
    doc.add_paragraph("The hospital answers every amendment request within 60 days of receipt.")
    table = doc.add_table(rows=3, cols=2)
    for row, (kind, days) in zip(table.rows, [("Request type", "Days"), ("Standard", "60"),
                                               ("Extended", "90")]):
        row.cells[0].text, row.cells[1].text = kind, days
    doc.add_heading("Denials", level=1)
    doc.add_paragraph("A denial names the reason and tells the patient how to file a statement of disagreement.")
    doc.core_properties.title = ""
    doc.save(path)


HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Infection Control Policy</title>
<style>body { font-family: sans-serif; } .hidden { display: none }</style>
<script>window.analytics = {track() { return "tracking-pixel"; }};</script>
</head><body>
<header class="site"><a href="/">Intranet home</a> | Staff portal</header>
<nav><ul><li><a href="/policies">All policies</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<main><article>
<header><h1>Infection Control Policy</h1><p>Approved by the Infection Prevention Committee.</p></header>
<p>Hand hygiene is required <b>before and after</b> every patient contact.</p>
<h2>Isolation</h2>
<p>Patients with suspected tuberculosis are placed in an airborne infection isolation room.</p>
<ul><li>Staff wear N95 respirators.</li><li>Doors stay closed.</li></ul>
<h3>Visitors</h3>
<p>Visitors to isolation rooms sign in at the nursing station.</p>
<table><tr><th>Organism</th><th>Precaution</th></tr><tr><td>MRSA</td><td>Contact</td></tr></table>
</article>
<aside>Related: the cafeteria menu for this week.</aside></main>
<footer>Copyright 2025 Riverside General Hospital. Privacy notice.</footer>
<script>track("page-view")</script>
</body></html>
"""

MARKDOWN = """Preface text before any heading: this SOP applies to all wards.

# Medication Reconciliation SOP

Reconcile medications at admission, transfer and discharge.

## At admission

The admitting nurse records every home medication within 24 hours.

```bash
# this is a comment in a code block, not a heading
echo reconcile
```

## At discharge

The pharmacist compares the discharge list with the home list.

Escalation
----------

Discrepancies go to the attending physician the same day.
"""

LATIN1 = ("Procédure de clôture des comptes\n\n"
          "Le client reçoit un relevé final. Les frais déjà perçus ne sont pas remboursés.\n"
          "Für Rückfragen wenden Sie sich an Frau Müller, Größe des Büros: 12 m².\n")

UTF16 = ("Politique de rétention des données\n\n"
         "Les dossiers sont conservés dix ans après la dernière opération.\n"
         "Ελληνικά: τα αρχεία διατηρούνται για δέκα χρόνια.\n")

CSV = ('loan_id;borrower;amount;status;note\n'
       'L-1001;Acme Ltd;250000;approved;"Collateral: warehouse; valued 2025"\n'
       'L-1002;Bolt GmbH;80000;declined;Insufficient cash flow\n'
       'L-1003;Cedar LLC;1200000;approved;Board sign-off required\n')


def make_eml(path: Path) -> None:
    msg = EmailMessage()
    msg["From"] = "Dana Whitfield <dana.whitfield@northbridge.example>"
    msg["To"] = "Credit Committee <credit@northbridge.example>"
    msg["Date"] = "Tue, 14 Oct 2025 09:30:00 +0000"
    msg["Subject"] = "Exposure limits for Q4"
    msg.set_content("Dear committee,\n\nThe single-name exposure limit stays at USD 25 million for Q4.\n\nDana\n")
    msg.add_alternative("<html><body><p>Dear committee,</p><p>The single-name exposure limit stays at "
                        "<b>USD 25 million</b> for Q4.</p></body></html>", subtype="html")
    msg.add_attachment("Minutes: the committee approved the sector caps unchanged.\n",
                       subtype="plain", filename="minutes.txt")
    msg.add_attachment(b"%PDF-1.4 not text", maintype="application", subtype="pdf", filename="scan.pdf")
    path.write_bytes(bytes(msg))


def main() -> None:
    make_pdf(HERE / "report.pdf", PDF_PAGES, "Liquidity Report Q3 2025")
    make_docx(HERE / "policy.docx")
    (HERE / "page.html").write_text(HTML, encoding="utf-8")
    (HERE / "sop.md").write_text(MARKDOWN, encoding="utf-8")
    (HERE / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (HERE / "utf16.txt").write_bytes(UTF16.encode("utf-16"))  # with its byte-order mark
    (HERE / "loans.csv").write_text(CSV, encoding="utf-8")
    make_eml(HERE / "message.eml")


if __name__ == "__main__":
    main()
