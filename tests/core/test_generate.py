import pytest

from assistant.generate import (build_messages, cited_numbers, is_open_question, is_refusal, stream_without_verdict,
                                without_verdict)

REFUSAL = "The documents do not contain the answer to this question."


def test_prompt_numbers_passages_and_states_refusal():
    msgs = build_messages("SYS", REFUSAL, "Q?", ["alpha  text\nhere", "beta"])
    assert msgs[0] == {"role": "system", "content": "SYS"}
    user = msgs[-1]["content"]
    assert "[1] alpha text here" in user and "[2] beta" in user
    assert user.rstrip().endswith(REFUSAL)


def test_history_goes_before_the_question():
    msgs = build_messages("SYS", REFUSAL, "Q2", ["p"], [("Q1", "A1")])
    assert [m["role"] for m in msgs] == ["system", "user", "assistant", "user"]


def test_cited_numbers_keeps_order_and_range():
    assert cited_numbers("See [2] and [1], again [2]; not [9].", 3) == [2, 1]
    assert cited_numbers("no markers", 3) == []


def test_refusal_detection_tolerates_punctuation_and_case():
    assert is_refusal("the documents do NOT contain the answer to this question", REFUSAL)
    assert not is_refusal("Sixty days [1].", REFUSAL)


def test_a_refusal_in_other_words_that_keeps_its_tail_is_a_refusal():
    assert is_refusal("The maternity records do not contain the answer to this question.", REFUSAL)
    assert not is_refusal("The answer is in the documents: sixty days [1].", REFUSAL)


def test_merged_cache_is_keyed_by_adapter_weights_and_config(tmp_path):
    from assistant.models import ModelSpec, merged_dir

    spec = ModelSpec("generator", "tiny", tmp_path / "tiny.gguf", "gguf")
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text('{"r": 16, "lora_alpha": 32}')
    first = merged_dir(spec, "b" * 64, adapter, "a" * 64, tmp_path / "models")
    assert first.parent == tmp_path / "models" and first.name.startswith("tiny-bbbbbbbbbbbbbbbb-adapter-")
    assert merged_dir(spec, "b" * 64, adapter, "a" * 64, tmp_path / "models") == first
    assert merged_dir(spec, "b" * 64, adapter, "c" * 64, tmp_path / "models") != first
    (adapter / "adapter_config.json").write_text('{"r": 16, "lora_alpha": 16}')
    assert merged_dir(spec, "b" * 64, adapter, "a" * 64, tmp_path / "models") != first


def test_background_load_hands_back_its_value_or_its_error():
    from assistant.errors import ModelNotFound
    from assistant.pipeline import Background

    assert Background(lambda a, b: a + b, 2, 3).result() == 5

    def missing():
        raise ModelNotFound("generator 'x' not found")

    with pytest.raises(ModelNotFound, match="generator 'x' not found"):
        Background(missing).result()


@pytest.mark.parametrize("question, is_open", [
    ("Within how many days must the hospital act?", True),
    ("What was the revenue in 2019?", True),
    ("How effective is the screening?", True),
    ("Is the screening effective?", False),
    ("Are WHO-recommended milks appropriate?", False),  # "WHO" is not the question word
    ("Inhibin: a new marker of hydatidiform mole?", False),
])
def test_open_questions_are_told_from_polar_ones(question, is_open):
    assert is_open_question(question) is is_open


@pytest.mark.parametrize("pieces, shown", [
    # the verdict is held back as it forms, and the stream stops there
    (["The hospital acts", " within 60 days.", " [1]", " Answer", ":", " No", "."],
     "The hospital acts within 60 days. [1] "),
    (["60 days [1] Answer: Maybe"], "60 days [1] "),
    # anything else that starts like one is released
    (["It is 42.", " Answer", ": 42 million", " dollars"], "It is 42. Answer: 42 million dollars"),
    (["Answer: None of them", "."], "Answer: None of them."),
    (["60 days [1] Ans"], "60 days [1] Ans"),
])
def test_a_streamed_answer_loses_its_verdict_and_nothing_else(pieces, shown):
    streamed = list(stream_without_verdict(iter(pieces)))
    assert "".join(streamed) == shown
    assert without_verdict("".join(pieces)).strip() == shown.strip()
