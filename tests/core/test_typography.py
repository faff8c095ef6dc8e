"""Layout marks out, ligatures spelled: upstream of the redactor, at ingest and for questions."""
from assistant.ingest.loaders import load
from assistant.typography import plain


def test_soft_hyphens_zero_width_spaces_and_ligatures_read_as_a_reader_sees_them():
    assert plain("Jen\u00adnifer, SSN 123-45-\u200b6789, Je\ufb00rey's o\ufb03ce\u2060") == \
        "Jennifer, SSN 123-45-6789, Jeffrey's office"


def test_joiners_that_spell_and_marks_the_view_reads_stay():
    text = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 617\u2013555 a\u00a0b"  # Persian ZWNJ, en dash, NBSP
    assert plain(text) == text


def test_loaded_documents_are_plain_text(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Vis\u00adit\n\nPatient Jen\u00adnifer Hollis, SSN 123-45-\u200b6789, o\ufb03ce visit.\n",
                    encoding="utf-8")
    doc = load(path)
    assert "Jennifer Hollis, SSN 123-45-6789, office visit." in " ".join(b.text for b in doc.blocks)
    assert not any("\u00ad" in (b.heading or "") + b.text for b in doc.blocks)
