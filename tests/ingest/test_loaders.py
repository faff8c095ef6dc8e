"""Every format loads from a real file in tests/data with the right text,
pages, headings and title."""
from __future__ import annotations

import hashlib
from email.message import EmailMessage

import pytest

from assistant.errors import LoadError
from assistant.ingest.loaders import SUPPORTED_SUFFIXES, load

SAMPLES = ["report.pdf", "policy.docx", "page.html", "sop.md", "latin1.txt", "utf16.txt",
           "loans.csv", "message.eml"]


def joined(doc) -> str:
    return "\n".join(b.text for b in doc.blocks)


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_loads_with_its_hash(data, name):
    path = data / name
    doc = load(path)
    assert doc.source == str(path.resolve())
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.blocks and all(b.text == b.text.strip() and b.text for b in doc.blocks)
    assert path.suffix in SUPPORTED_SUFFIXES


def test_pdf_one_block_per_page_numbered_from_one(data):
    doc = load(data / "report.pdf")
    assert doc.format == "pdf" and doc.title == "Liquidity Report Q3 2025"
    assert [b.page for b in doc.blocks] == [1, 2, 3]
    assert "liquidity coverage ratio stood at 142 percent" in doc.blocks[0].text
    assert "net stable funding ratio was 118 percent" in doc.blocks[1].text
    assert "survives 94 days" in doc.blocks[2].text and "118 percent" not in doc.blocks[2].text


def test_docx_heading_path_and_table_in_place(data):
    doc = load(data / "policy.docx")
    assert doc.format == "docx" and doc.title == "Records Amendment Policy"
    by_heading = {b.heading: b.text for b in doc.blocks}
    assert list(by_heading) == [
        "Records Amendment Policy",
        "Records Amendment Policy > Requests",
        "Records Amendment Policy > Requests > Time limits",
        "Records Amendment Policy > Denials",  # a level-1 heading closes the level-2 one
    ]
    limits = by_heading["Records Amendment Policy > Requests > Time limits"]
    assert "within 60 days" in limits and "Standard | 60\nExtended | 90" in limits  # the table, in place
    assert all(p.page is None for p in doc.blocks)


def test_html_boilerplate_stripped_headings_kept(data):
    doc = load(data / "page.html")
    text = joined(doc)
    assert doc.format == "html" and doc.title == "Infection Control Policy"
    for chrome in ("Intranet home", "All policies", "Contact us", "cafeteria", "Copyright",
                   "track", "font-family", "tracking-pixel"):
        assert chrome not in text
    assert "Hand hygiene is required before and after every patient contact." in text  # inline <b> joined
    assert "Approved by the Infection Prevention Committee." in text  # the article's own header stays
    visitors = next(b for b in doc.blocks if "sign in at the nursing station" in b.text)
    assert visitors.heading == "Infection Control Policy > Isolation > Visitors"
    assert "MRSA | Contact" in visitors.text
    assert "Staff wear N95 respirators.\n\nDoors stay closed." in text  # each list item its own paragraph


def test_markdown_sections_code_fences_and_setext(data):
    doc = load(data / "sop.md")
    assert doc.format == "markdown" and doc.title == "Medication Reconciliation SOP"
    headings = [b.heading for b in doc.blocks]
    assert headings == [None, "Medication Reconciliation SOP", "Medication Reconciliation SOP > At admission",
                        "Medication Reconciliation SOP > At discharge",
                        "Medication Reconciliation SOP > Escalation"]  # "Escalation\n---" is a setext h2
    admission = doc.blocks[2].text
    assert "# this is a comment in a code block, not a heading" in admission
    assert doc.blocks[0].text.startswith("Preface text before any heading")


def test_text_in_latin1_and_utf16(data):
    latin = joined(load(data / "latin1.txt"))
    assert "Procédure de clôture" in latin and "reçoit" in latin and "Frau Müller, Größe des Büros: 12 m²" in latin
    utf16 = load(data / "utf16.txt")
    assert utf16.format == "text"
    assert "Politique de rétention des données" in utf16.blocks[0].text
    assert "τα αρχεία διατηρούνται" in utf16.blocks[0].text
    assert "\ufeff" not in utf16.blocks[0].text


def test_text_keeps_paragraphs_and_normalises_line_ends(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"First paragraph line one\r\nline two.\r\n\r\nSecond paragraph.\r\n")
    assert load(path).blocks[0].text == "First paragraph line one\nline two.\n\nSecond paragraph."


def test_csv_records_named_by_header_with_sniffed_delimiter(data):
    doc = load(data / "loans.csv")
    assert doc.format == "csv" and len(doc.blocks) == 1 and doc.blocks[0].heading == "rows 1-3"
    records = doc.blocks[0].text.split("\n\n")
    assert records[0] == ("loan_id: L-1001; borrower: Acme Ltd; amount: 250000; status: approved; "
                          "note: Collateral: warehouse; valued 2025")  # a quoted ";" stays in its field
    assert records[1].startswith("loan_id: L-1002; borrower: Bolt GmbH")


def test_csv_blocks_of_n_rows_and_ragged_rows(tmp_path):
    from assistant.ingest import records

    rows = ["id,city"] + [f"{i},Town {i}" for i in range(1, 46)] + ["46,Town 46,extra"]
    path = tmp_path / "towns.csv"
    path.write_text("\n".join(rows) + "\n")
    blocks, _ = records.parse(path.read_bytes(), str(path))
    assert [b.heading for b in blocks] == ["rows 1-20", "rows 21-40", "rows 41-46"]
    assert blocks[2].text.endswith("id: 46; city: Town 46; column 3: extra")
    tsv = tmp_path / "towns.tsv"
    tsv.write_text("id\tcity\n1\tOslo, Norway\n")
    assert load(tsv).blocks[0].text == "id: 1; city: Oslo, Norway"


def test_email_headers_body_and_text_attachment(data):
    doc = load(data / "message.eml")
    assert doc.format == "email" and doc.title == "Exposure limits for Q4"
    head, body, attachment = doc.blocks
    assert "From: Dana Whitfield <dana.whitfield@northbridge.example>" in head.text
    assert "Date: Tue, 14 Oct 2025 09:30:00 +0000" in head.text and "Subject: Exposure limits for Q4" in head.text
    assert "single-name exposure limit stays at USD 25 million" in body.text and "<b>" not in body.text
    assert attachment.heading == "Exposure limits for Q4 > minutes.txt"
    assert attachment.text == "Minutes: the committee approved the sector caps unchanged."
    assert "PDF-1.4" not in joined(doc)  # a binary attachment is not text


def test_email_with_only_an_html_body_is_stripped(tmp_path):
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "ward7@hospital.example", "Night shift handover"
    msg.set_content("<html><head><style>p {color: red}</style></head><body><nav>Menu</nav>"
                    "<p>Bed 4 needs <i>hourly</i> observations.</p></body></html>", subtype="html")
    path = tmp_path / "handover.eml"
    path.write_bytes(bytes(msg))
    body = load(path).blocks[1].text
    assert body == "Bed 4 needs hourly observations."


def test_loader_format_modules_load_lazily():
    import subprocess
    import sys

    code = ("import sys; import assistant.ingest.loaders, assistant.ingest.discover; "
            "print(sorted(m for m in ('pypdf', 'docx', 'bs4', 'markdown_it', 'charset_normalizer') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_file_that_vanished_is_a_load_error(tmp_path):
    with pytest.raises(LoadError, match="no such file or folder"):
        load(tmp_path / "gone.txt")


def test_email_with_a_forwarded_message_attached(tmp_path):
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "auditor@regulator.example", "Finding 7"
    inner.set_content("The bank must file the remediation plan by 1 March.")
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = "cro@bank.example", "board@bank.example", "Fwd: Finding 7"
    outer.set_content("See the regulator's note below.")
    outer.add_attachment(inner)  # message/rfc822
    path = tmp_path / "fwd.eml"
    path.write_bytes(bytes(outer))
    blocks = load(path).blocks
    assert [b.heading for b in blocks] == ["Fwd: Finding 7"] * 2 + ["Fwd: Finding 7 > Finding 7"] * 2
    assert blocks[2].text == "From: auditor@regulator.example\nSubject: Finding 7"
    assert blocks[3].text == "The bank must file the remediation plan by 1 March."
