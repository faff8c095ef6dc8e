"""Contextual chunk headers: the title a passage is found by, not its text."""
from assistant.ingest.chunker import Chunker
from assistant.ingest.context import document_title, embedding_text, header
from assistant.types import Block, Chunk, Document


def _doc(source, title=None, blocks=(Block("Net sales rose."),)):
    return Document(source, "sha", "text", tuple(blocks), title)


def test_title_comes_from_the_file_name_when_the_loader_has_none():
    assert document_title(_doc("/data/2023 Q3 AAPL.txt")) == "2023 Q3 AAPL"
    assert document_title(_doc("/data/visitor_policy-2024.md")) == "visitor policy 2024"


def test_a_name_without_letters_says_nothing():
    assert document_title(_doc("/pubmed/21645374.txt")) is None


def test_name_and_loader_title_kept_once_each():
    assert document_title(_doc("/d/visitor-policy.pdf", "Visitor Policy")) == "Visitor Policy"
    assert document_title(_doc("/d/scan_0042.pdf", "Apple Inc. Form 10-Q")) == "scan 0042 - Apple Inc. Form 10-Q"
    assert document_title(_doc("/d/Apple 10-Q Q3 2023 final.pdf", "Apple 10-Q")) == "Apple 10 Q Q3 2023 final"


def test_header_is_title_then_heading_path():
    assert header("Visitor Policy", "Hours > Weekends") == "Visitor Policy > Hours > Weekends"
    assert header("Visitor Policy", "Visitor Policy > Hours") == "Visitor Policy > Hours"
    assert header(None, None) == ""


def test_embedding_text_carries_the_header_but_the_passage_stays_original():
    chunk = Chunk("id", "/d/a.md", 0, "Open 9 to 5.", heading="Hours", title="Visitor Policy")
    assert embedding_text(chunk) == "Visitor Policy > Hours\n\nOpen 9 to 5."
    assert chunk.text == "Open 9 to 5."
    assert embedding_text(Chunk("id", "/d/1.txt", 0, "bare")) == "bare"


def test_chunker_sets_the_title_and_keeps_ids_stable():
    chunker = Chunker(lambda s: len(s.split()), max_tokens=64)
    plain = chunker.chunk(_doc("/d/2023 Q3 AAPL.txt"))
    titled = chunker.chunk(_doc("/d/2023 Q3 AAPL.txt", title="Apple Inc. quarterly report"))
    assert plain[0].title == "2023 Q3 AAPL"
    assert titled[0].title == "2023 Q3 AAPL - Apple Inc. quarterly report"
    assert [c.chunk_id for c in plain] == [c.chunk_id for c in titled]  # a title never re-keys a citation
