"""A generator's tokenizer and chat template without importing transformers.

Importing transformers' tokenizer machinery took ~2 s of a cold `ask` on
2 cores; the decoder needs none of the rest of transformers. This reads the
same files (``tokenizer.json``, ``tokenizer_config.json``,
``special_tokens_map.json``, the chat template) with the `tokenizers`
library and renders the template with jinja2 the way transformers does
(sandboxed, ``trim_blocks``, ``lstrip_blocks``, ``raise_exception``,
``tojson``, ``strftime_now``, the special tokens as variables).
``tests/core/test_chat_tokenizer.py`` checks ids and text against
``AutoTokenizer`` on the packaged model. A folder this cannot read the same
way (no ``tokenizer.json``, a template with ``{% generation %}`` blocks)
gives None, and the caller uses ``AutoTokenizer``.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

SPECIAL = ("bos_token", "eos_token", "unk_token", "sep_token", "pad_token", "cls_token", "mask_token")
# transformers' clean_up_tokenization: spaces a word-piece decoder leaves before punctuation
CLEAN_UP = ((" .", "."), (" ?", "?"), (" !", "!"), (" ,", ","), (" ' ", "'"), (" n't", "n't"),
            (" 'm", "'m"), (" 's", "'s"), (" 've", "'ve"), (" 're", "'re"))


class ChatTokenizer:
    """The subset of a transformers tokenizer the generator and evaluation use."""

    def __init__(self, tokenizer, template: str, special: dict[str, str], clean_up: bool):
        self._tokenizer = tokenizer
        self._template = _compile(template)
        self._special = special
        self._clean_up = clean_up
        ids = {name: tokenizer.token_to_id(token) for name, token in special.items()}
        self.eos_token_id, self.unk_token_id = ids.get("eos_token"), ids.get("unk_token")
        self.pad_token_id, self.bos_token_id = ids.get("pad_token"), ids.get("bos_token")

    @classmethod
    def load(cls, folder: Path) -> "ChatTokenizer | None":
        from tokenizers import Tokenizer

        config = _json(folder / "tokenizer_config.json")
        template = config.get("chat_template")
        if template is None and (folder / "chat_template.jinja").exists():
            template = (folder / "chat_template.jinja").read_text(encoding="utf-8")
        if (not isinstance(template, str) or re.search(r"\{%-?\s*generation", template)
                or not (folder / "tokenizer.json").exists()):
            return None
        special = {**{k: config[k] for k in SPECIAL if isinstance(config.get(k), str)},
                   **{k: _content(v) for k, v in _json(folder / "special_tokens_map.json").items()
                      if k in SPECIAL}}
        return cls(Tokenizer.from_file(str(folder / "tokenizer.json")), template, special,
                   bool(config.get("clean_up_tokenization_spaces", False)))

    def apply_chat_template(self, messages: list[dict[str, str]], add_generation_prompt: bool = True,
                            tokenize: bool = True):
        text = self._template.render(messages=messages, tools=None, documents=None,
                                     add_generation_prompt=add_generation_prompt, **self._special)
        return self.encode(text) if tokenize else text

    def encode(self, text: str, add_special_tokens: bool = False) -> list[int]:
        return self._tokenizer.encode(text, add_special_tokens=add_special_tokens).ids

    def decode(self, ids, skip_special_tokens: bool = False) -> str:
        text = self._tokenizer.decode(list(ids), skip_special_tokens=skip_special_tokens)
        if self._clean_up:
            for before, after in CLEAN_UP:
                text = text.replace(before, after)
        return text

    def convert_tokens_to_ids(self, token: str) -> int | None:
        found = self._tokenizer.token_to_id(token)
        return self.unk_token_id if found is None else found


def _compile(template: str):
    import jinja2.ext
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message):
        raise jinja2.exceptions.TemplateError(message)

    def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
        return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators,
                          sort_keys=sort_keys)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True,
                                        extensions=[jinja2.ext.loopcontrols])
    env.filters["tojson"] = tojson
    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
    return env.from_string(template)


def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _content(value) -> str:
    return value["content"] if isinstance(value, dict) else value
