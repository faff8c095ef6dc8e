"""The plain formatting the screens use."""
from __future__ import annotations

from assistant.tui.text import (answer_for_clipboard, citation_label, clock, eta,
                                highlight_placeholders, placeholders)
from assistant.types import Answer, Citation

CITE = Citation(2, "/srv/policies/retention.md", 4, "retention-1", "Imaging studies are kept " * 5)


def test_placeholders_are_found_and_styled():
    text = "Did <PERSON_1> see <PERSON_12> about MRN <MRN_1>? Not <person_1> or <PERSON>."
    assert placeholders(text) == ["<PERSON_1>", "<PERSON_12>", "<MRN_1>"]
    styled = highlight_placeholders(text)
    spans = [text[s.start:s.end] for s in styled.spans]
    assert spans == ["<PERSON_1>", "<PERSON_12>", "<MRN_1>"]


def test_citation_label_names_file_page_and_fits():
    label = citation_label(CITE, width=30)
    assert label.startswith("[2] retention.md, p. 4 — Imaging")
    assert label.endswith("…") and len(label.split(" — ", 1)[1]) == 30


def test_clipboard_text_has_answer_and_every_citation():
    answer = Answer("Ten years [2].", "Ten years [2].", "q", False, (CITE,), (), "0" * 64, audit_seq=7)
    text = answer_for_clipboard("How long?", answer)
    assert text.splitlines()[:3] == ["Q: How long?", "", "Ten years [2]."]
    assert "[2] /srv/policies/retention.md, p. 4 (retention-1)" in text
    assert text.rstrip().endswith("audit record #7")


def test_eta_and_clock():
    assert eta(0, 10, 5.0) is None and eta(3, None, 5.0) is None
    assert eta(2, 10, 4.0) == 16.0 and eta(10, 10, 4.0) == 0.0
    assert clock(None) == "--:--" and clock(75.4) == "1:15" and clock(3725) == "1:02:05"
