"""How the generation engines fill their KV cache for a prompt.

Pure Python (no torch at import): both engines, the Decoder and transformers'
own forward, share it.
"""
from __future__ import annotations


class PromptCache:
    """``prefill``, ``step`` and ``reset`` for an engine that keeps the ``tokens`` its cache
    holds and writes ``_forward(new) -> logits`` (appending to the cache) and ``_crop(keep)``.

    A prompt always runs in one pass from an empty cache. Reusing the prefix a prompt
    shares with the session's previous one made answers depend on what was asked
    before: a matmul's rounding depends on how many rows it gets, and the same prompt
    computed whole and as a tail after a reused prefix answered "The documents do not"
    and "The document does not" (int4, SmolLM2). An answer must be a function of its
    prompt, or a reviewer cannot reproduce what the audit log holds. What was given
    up is small: the app's prompts share only the system turn and a short history (54
    of 819 tokens on the sample prompt), and a second pass to keep them cost more
    than it saved (int4 prefill 0.44 s whole, 0.60 s as system + rest).

    The same prompt again (the refusal rule's probability, then the answer) gets the
    logits its pass gave, the cache cropped back to it.
    """

    tokens: list[int]
    _last: tuple[int, object] | None = None  # the last prompt's length and its logits

    def prefill(self, ids: list[int]):
        """Logits after ``ids``."""
        if self._last is not None and self._last[0] == len(ids) and self.tokens[:len(ids)] == ids:
            self._crop(len(ids))
            return self._last[1]
        self._crop(0)
        logits = self._forward(list(ids))
        self._last = (len(ids), logits)
        return logits

    def step(self, token: int):
        """Logits after one more token."""
        return self._forward([token])

    def reset(self) -> None:
        """Empty the cache."""
        self._crop(0)
        self._last = None
