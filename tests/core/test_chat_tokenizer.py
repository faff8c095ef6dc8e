"""The transformers-free tokenizer gives AutoTokenizer's ids and text on the packaged model."""
from __future__ import annotations

import random

import pytest

from assistant.chat_tokenizer import ChatTokenizer

TEXTS = ["Hello, world! It's 9 a.m. , isn't it ?", "Dosage: 5 mg/kg — twice daily (b.i.d.).",
         "Ünïcödé façade naïve 東京 🙂", "  leading and trailing spaces  ", "line\nbreaks\n\n[1] cited."]


@pytest.fixture(scope="module")
def folder(models_cache):
    from assistant.models import model_sha256, prepare_causal_lm, resolve

    spec = resolve("generator", "smollm2-135m-instruct")
    return prepare_causal_lm(spec, model_sha256(spec, models_cache / "hashes.json"), models_cache)


@pytest.mark.slow
def test_same_prompt_ids_as_transformers(folder):
    from transformers import AutoTokenizer

    from assistant.generate import build_messages

    ours, theirs = ChatTokenizer.load(folder), AutoTokenizer.from_pretrained(folder)
    for history in ([], [("Earlier question?", "Earlier answer [1].")]):
        messages = build_messages("You answer from documents.", "I cannot tell.", TEXTS[0], TEXTS[1:],
                                  history)
        assert ours.apply_chat_template(messages) == list(
            theirs.apply_chat_template(messages, add_generation_prompt=True))
        assert ours.apply_chat_template(messages, tokenize=False) == theirs.apply_chat_template(
            messages, tokenize=False, add_generation_prompt=True)
    no_system = [{"role": "user", "content": "hi"}]  # the template adds its own system turn
    assert ours.apply_chat_template(no_system) == list(
        theirs.apply_chat_template(no_system, add_generation_prompt=True))


@pytest.mark.slow
def test_same_encoding_decoding_and_special_ids_as_transformers(folder):
    from transformers import AutoTokenizer

    ours, theirs = ChatTokenizer.load(folder), AutoTokenizer.from_pretrained(folder)
    for text in TEXTS:
        ids = ours.encode(text)
        assert ids == theirs.encode(text, add_special_tokens=False)
        for skip in (True, False):
            assert ours.decode(ids, skip_special_tokens=skip) == theirs.decode(ids, skip_special_tokens=skip)
    rng = random.Random(0)
    for _ in range(50):  # arbitrary id runs, special tokens among them
        ids = [rng.randrange(len(theirs)) for _ in range(12)] + [0, 1, 2]
        for skip in (True, False):
            assert ours.decode(ids, skip_special_tokens=skip) == theirs.decode(ids, skip_special_tokens=skip)
    for name in ("eos_token_id", "unk_token_id", "pad_token_id", "bos_token_id"):
        assert getattr(ours, name) == getattr(theirs, name), name
    for token in ("<|im_end|>", "<|im_start|>", "no-such-token-here"):
        assert ours.convert_tokens_to_ids(token) == theirs.convert_tokens_to_ids(token)


def test_folders_it_cannot_read_alike_give_none(tmp_path):
    assert ChatTokenizer.load(tmp_path) is None  # no tokenizer.json, no template
    (tmp_path / "tokenizer.json").write_text("{}")
    (tmp_path / "tokenizer_config.json").write_text(
        '{"chat_template": "{% for m in messages %}{% generation %}{{ m.content }}{% endgeneration %}{% endfor %}"}')
    assert ChatTokenizer.load(tmp_path) is None
