"""The redaction service end to end with the real spaCy model (loaded once per process)."""
import json

import pytest
from click.testing import CliRunner

from assistant.privacy import Pseudonyms, Redactor
from assistant.privacy.cli import redact as redact_command

LINE = ("Patient John Smith, DOB 03/14/1962, SSN 123-45-6789, lives at 42 Elm Street, "
        "Springfield; MRN: 00123456; card 4111 1111 1111 1111")


@pytest.fixture(scope="module")
def red():
    return Redactor.build()


def spans(result, text):
    return {(e.entity_type, text[e.start:e.end]) for e in result.entities}


@pytest.mark.slow
def test_patient_line_types_and_no_false_positives(red):
    r = red.redact(LINE)
    found = spans(r, LINE)
    assert ("PERSON", "John Smith") in found
    assert ("DOB", "03/14/1962") in found
    assert ("SSN", "123-45-6789") in found
    assert ("MRN", "00123456") in found
    assert ("CARD", "4111 1111 1111 1111") in found
    street = [e for e in r.entities if LINE[e.start:e.end].startswith("42 Elm Street")]
    assert street and street[0].entity_type in ("ADDRESS", "LOCATION")
    labels = [e for e in r.entities if LINE[e.start:e.end] in ("DOB", "SSN", "MRN")]
    assert labels == [] and all(e.entity_type != "ORGANIZATION" for e in r.entities)
    on_street = [e for e in r.entities if e.entity_type == "DATE" and e.start >= LINE.index("42 Elm")
                 and e.end <= LINE.index("MRN")]
    assert on_street == []
    for secret in ("John Smith", "123-45-6789", "00123456", "4111 1111 1111 1111", "Elm Street"):
        assert secret not in r.text
    assert all(a.end <= b.start for a, b in zip(r.entities, r.entities[1:]))


@pytest.mark.slow
def test_pseudonyms_round_trip_and_batch_equals_single(red):
    pseudo = Pseudonyms()
    texts = ["John Smith was seen at Elmwood Clinic on January 15th, 2024.",
             "Call John Smith at (617) 555-7890 about MRN: 00123456.",
             "What are the side effects of lisinopril in a 63-year-old with Kawasaki disease?"]
    batch = red.redact_many(texts, pseudo)
    singles = [red.redact(t) for t in texts]
    assert [[(e.entity_type, e.start, e.end) for e in r.entities] for r in batch] == \
        [[(e.entity_type, e.start, e.end) for e in r.entities] for r in singles]
    first = [e.placeholder for e in batch[0].entities if e.entity_type == "PERSON"]
    second = [e.placeholder for e in batch[1].entities if e.entity_type == "PERSON"]
    assert first == second == ["<PERSON_1>"]
    assert batch[2].entities == ()                      # PHI-free: ages and eponyms stay
    for text, r in zip(texts, batch):
        assert pseudo.restore(r.text) == text
    again = red.redact(pseudo.restore(batch[1].text) + " " + batch[1].text, pseudo)
    assert "<PERSON_1>" in again.text and "John Smith" not in again.text
    assert "John Smith" in pseudo.mapping().values()


@pytest.mark.slow
def test_cli_json_and_jsonl_offsets_point_into_input():
    runner = CliRunner()
    out = runner.invoke(redact_command, ["--json"], input=LINE)
    assert out.exit_code == 0, out.output
    doc = json.loads(out.output)
    assert "John Smith" not in doc["text"]
    for e in doc["entities"]:
        assert set(e) == {"entity_type", "start", "end", "score", "placeholder"}
        assert LINE[e["start"]:e["end"]].strip() and e["placeholder"] in doc["text"]
    lines = "\n".join(json.dumps({"text": t}) for t in ("Jane Roe, SSN 536-22-1234", "nothing here"))
    out = runner.invoke(redact_command, ["--jsonl"], input=lines + "\n")
    rows = [json.loads(x) for x in out.output.splitlines()]
    assert [r["text"] for r in rows] == ["<PERSON_1>, SSN <SSN_1>", "nothing here"]
    plain = runner.invoke(redact_command, [], input="MRN: 00123456")
    assert plain.output == "MRN: <MRN_1>"


def test_for_domain_reads_the_privacy_table():
    red = Redactor.for_domain({"recognizers": ["iban", "card"], "score_threshold": 0.6})
    assert red.score_threshold == 0.6
    assert sorted(red.entities) == ["CARD", "IBAN"]
    assert red.redact("IBAN GB82 WEST 1234 5698 7654 32").text == "IBAN <IBAN_1>"


@pytest.mark.slow
def test_batch_path_matches_single_calls_in_order(red):
    """nlp.pipe once per batch, artifacts without lemmas: the same spans as one call per text."""
    texts = [LINE, "My name is Rubija and I live in Boston.", "", "No identifiers here at all.",
             "Daniela C Capon lives at 92597 Jahu 80, Liiva"]
    batch = red.redact_many(texts)
    def where(result):  # placeholders differ: one session numbers across the whole batch
        return [(e.entity_type, e.start, e.end) for e in result.entities]

    assert [where(b) for b in batch] == [where(red.redact(t)) for t in texts]
    assert batch[2].text == "" and batch[3].entities == ()
    engine = red.analyzer.nlp_engine
    assert engine.nlp["en"].pipe_names == ["ner"]  # tagger, parser, lemmatizer, tok2vec off


@pytest.mark.slow
def test_packs_redact_towns_and_names_the_small_model_misses():
    """The gazetteers in the shipped packs, with the real spaCy model: a town in capitals
    and a name with an initial that en_core_web_sm leaves in clear."""
    import tomllib
    from pathlib import Path

    text = "Client Tamara T Stanković moved here from ESPOO; Morgan Stanley holds the account."
    for pack in ("finance", "healthcare"):
        toml = Path(__file__).resolve().parents[2] / "domains" / pack / "domain.toml"
        red = Redactor.for_domain(tomllib.loads(toml.read_text(encoding="utf-8"))["privacy"])
        out = red.redact(text).text
        assert "Stanković" not in out and "ESPOO" not in out, (pack, out)
        if pack == "finance":  # spaCy's ORG reading wins over the name list (healthcare's
            assert "Morgan Stanley" in out, out  # org_names reads a name-shaped ORG as a name)


@pytest.mark.slow
def test_a_prompt_typed_in_lower_case_is_redacted_like_a_capitalised_one(red):
    # spaCy's NER and the name rules read capitals; the casing view gives them some
    text = "follow up with jonas weber about the claim; he moved to uppsala on march 3."
    capitalised = "follow up with Jonas Weber about the claim; he moved to Uppsala on March 3."
    for result in (red.redact(text), red.redact_many([text])[0]):
        assert spans(result, text) == spans(red.redact(capitalised), capitalised.lower()) != set()
        assert not [v for v in ("jonas", "weber", "uppsala", "march 3") if v in result.text]


@pytest.mark.slow
def test_healthcare_pack_redacts_names_no_list_knows_and_finance_keeps_company_names():
    import tomllib
    from pathlib import Path

    def pack(name):
        toml = Path(__file__).resolve().parents[2] / "domains" / name / "domain.toml"
        return Redactor.for_domain(tomllib.loads(toml.read_text(encoding="utf-8"))["privacy"])

    care = pack("healthcare")
    out = care.redact("Why is Natasja Roeterdink so impulsive? A 70-year-old African American male, no Contraindications.").text
    assert "Natasja" not in out and "Roeterdink" not in out, out
    assert "African American male, no Contraindications." in out, out
    # HIPAA Safe Harbor: an age over 89 is an identifier, 70 is not; the number alone goes.
    old = care.redact("A 70-year-old and her 94-year-old mother.").text
    assert old == "A 70-year-old and her <AGE_1>-year-old mother.", old
    aggregate = "Patients aged 90\u201399 were seen."  # the aggregate, with an en dash the view reads as "-"
    assert care.redact(aggregate).text == aggregate
    text = "Mobileye and Rivian reported unaudited results."
    assert pack("finance").redact(text).text == text


@pytest.mark.slow
def test_identifiers_written_with_typographic_dashes_and_hard_spaces_are_redacted(red):
    # As PDFs and word processors write them: en dashes, U+2010 hyphens, no-break spaces.
    text = ("Call 617\u2013555\u20137890 re: SSN 123\u201345\u20136789, DOB 03\u201014\u20101962, "
            "MRN:\u00a01234567, seen 2023\u201304\u201325.")
    r = red.redact(text)
    for secret in ("617\u2013555\u20137890", "123\u201345\u20136789", "03\u201014\u20101962", "1234567",
                   "2023\u201304\u201325"):
        assert secret not in r.text, secret
    assert {e.entity_type for e in r.entities} >= {"PHONE", "SSN", "DOB", "MRN", "DATE"}


@pytest.mark.slow
def test_names_and_numbers_split_by_layout_marks_are_redacted_with_the_marks(red):
    # A soft hyphen, a zero-width space and a line-end break, as PDF text carries them;
    # offsets stay the input's.
    text = "Patient Jen\u00adnifer Hol-\nlis, SSN 123-45-\u200b6789, seen by Dr. Je\ufb00rey Sacks-\nMoreau."
    for result in (red.redact(text), red.redact_many([text])[0]):
        found = spans(result, text)
        assert ("SSN", "123-45-\u200b6789") in found
        assert {"Jen\u00adnifer Hol-\nlis", "Dr. Je\ufb00rey Sacks-\nMoreau"} <= {value for _, value in found}
        assert result.text == "Patient <PERSON_1>, SSN <SSN_1>, seen by <PERSON_2>."


@pytest.mark.slow
def test_names_in_a_shouted_record_are_redacted_and_its_acronyms_are_not(red):
    text = ("PATIENT NAME: JOHN SMITH. REFERRED BY KATHARINA OBERHOLZER, MD. SEEN BY DR. OKONKWO ADEBAYO. "
            "HISTORY OF COPD AND CHF. NSAID USE.")
    for result in (red.redact(text), red.redact_many([text])[0]):
        for name in ("JOHN", "SMITH", "OBERHOLZER", "OKONKWO", "ADEBAYO"):
            assert name not in result.text, result.text
        assert all(word in result.text for word in ("PATIENT NAME", "REFERRED BY", "COPD", "CHF", "NSAID USE"))


@pytest.mark.slow
def test_a_question_reaches_the_index_and_the_model_as_plain_text(red):
    # The redactor reads past the marks on its own; the question is made plain first so
    # that the keyword index finds "office" and the mark-free words around the placeholders.
    from types import SimpleNamespace

    from assistant.pipeline import redact_question

    session = SimpleNamespace(redactor=red, pseudonyms=Pseudonyms())
    asked = redact_question(session, "Which o\ufb03ce holds Jen\u00adnifer Hollis's chart, SSN 123-45-\u200b6789?")
    assert asked.text == "Which office holds <PERSON_1> chart, SSN <SSN_1>?"


NOT_NAMES = {
    "plans, acronyms and lab values": ["Medicare Part D out-of-pocket cap is $2,000; Medicaid and Medi-Cal differ.",
             "Aetna's dental PPO and Humana's Part D plan; UnitedHealthcare's Medicare Advantage grew.",
             "What is the difference between Medicare Part C and a Medigap plan G?",
             "Does that meet the HEDIS control threshold?",
             "Lab: WBC 14.2, Hgb 10.1, Plt 412, lactate 2.8 mmol/L."],
    "eponyms, organisms, instruments and brands": [
        "Bordetella pertussis PCR positive; Candida auris screening; Enterococcus faecium VRE.",
        "Tetralogy of Fallot repaired in infancy; Fontan circulation, Glenn shunt at age 1.",
        "Cincinnati Prehospital Stroke Scale positive; Ottawa ankle rules negative; Denver shunt vs TIPS.",
        "Dupuytren contracture; Xiaflex injection. Is Leqembi appropriate? Type 2 Diabetes Mellitus.",
        "Addison crisis protocol; Brugada pattern on ECG; Takotsubo cardiomyopathy; Wood's lamp exam.",
        "Kussmaul breathing resolved; Kayser-Fleischer rings absent; Breslow depth 1.2 mm, Clark level IV.",
        "Listeria monocytogenes bacteremia; Clinical Frailty Scale 6; Cardiology and Nephrology signed off."],
    "laws, plans and stages": [
        "Explain the Dodd-Frank stress tests, Sarbanes-Oxley 404 testing and Reg O limits.",
        "Is a prepaid card program subject to the Prepaid Rule under Reg E?",
        "Tricare For Life pays after Medicare; BCBS BlueCard claims go to the home plan.",
        "Hodgkin lymphoma stage IIB, ABVD cycle 3 of 6."],
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(NOT_NAMES))
def test_terms_are_not_people_or_places(red, kind):
    for result in red.redact_many(NOT_NAMES[kind]):
        assert not [e for e in result.entities if e.entity_type in ("PERSON", "LOCATION")], result.text


@pytest.mark.slow
def test_a_title_or_a_label_keeps_a_name_that_is_also_a_term():
    red = Redactor.build()
    assert "Kaiser" not in red.redact("Seen by Dr. Kaiser on the ward.").text  # a plan's name
    assert "Candida" not in red.redact("Patient Candida Lopez, seen today.").text  # a genus


@pytest.mark.slow
def test_member_ids_as_billing_staff_type_them_are_redacted_whole(red):
    text = ("Humana ID H94065783-01; subscirber 922496134*01 dependant son; HICN 183-55-9171A. "
            "W17639073401 - Aetna member, covered?")
    result = red.redact(text)
    assert result.text == ("Humana ID <MEMBER_ID_1>; subscirber <MEMBER_ID_2> dependant son; HICN <MEMBER_ID_3>. "
                           "<MEMBER_ID_4> - Aetna member, covered?")


@pytest.mark.slow
def test_a_pack_keeps_countries_and_states_named_alone_but_not_towns_or_addresses():
    from assistant.domains import load

    red = Redactor.for_domain(load("healthcare").privacy)
    text = "Zika testing after travel to Brazil; patients in Texas and the United Kingdom."
    assert red.redact(text).text == text
    moved = red.redact("She moved from Springfield, Texas to 42 Elm Street, Austin, TX 78701.").text
    assert "Springfield" not in moved and "Austin" not in moved and "Elm Street" not in moved
    assert Redactor.build().redact(text).text != text  # the default analyzer's notion: every place
