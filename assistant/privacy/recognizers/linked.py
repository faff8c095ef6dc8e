"""Names that the text's own e-mail addresses and links spell.

"Sun Lihua <sun.lihua@aol.com>", "Erzsébet Nagy ... erzsebet_nagy@aol.com",
"Mehmet Aydın: instagram.com/mehmet.aydin4": no list holds these names and no
cue word stands by them, but the writer's own address spells them. A run of up
to four words counts when its letters, folded to plain lower case, appear in
one of the text's handles (an e-mail's local part, a profile link's path), six letters
or more, and not every word of it is a common English word ("customer service"
and customerservice@bank.com name no one). A lone word needs five letters and
must not be a common word, an acronym's five capitals or fewer, nor the whole
handle ("Boykins" and eboykins@...; not "NIAMS" and niamsinfo@..., "NVIDIA" and
facebook.com/nvidia). The word before the run
joins it when the handle holds its initial right before ("Hope Hunter-Moreno"
and hhuntermoreno42@...).
"""
from __future__ import annotations

import regex

from . import register
from .base import CodeRecognizer, fold_letters as fold, result
from .ner import common_words

EMAIL = regex.compile(r"(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
# A person's own page: a profile on a social network or a payment app. Other links spell
# their site's subjects ("nia.nih.gov/alzheimers", "facebook.com/nvidia" is a firm's page
# and spells one word, which a lone word may not be: see ``_run_at``).
LINK = regex.compile(r"\b(?:https?://)?(?:www\.)?(?:linkedin\.com/in|instagram\.com|facebook\.com|twitter\.com|"
                     r"x\.com|tiktok\.com/@|venmo\.com(?:/u)?|cash\.app/\$|paypal\.me|github\.com)/([\w.%-]+)",
                     regex.IGNORECASE)
WORD = regex.compile(r"\p{L}[\p{L}'’-]*\p{L}|\p{L}")
MAX_WORDS = 4


@register("email_names")
class LinkedNameRecognizer(CodeRecognizer):
    ENTITIES = ("PERSON",)
    SCORE = 0.7

    def analyze(self, text, entities, nlp_artifacts=None):
        if "PERSON" not in entities or ("@" not in text and "/" not in text):
            return []
        handles, inside = [], []
        for m in EMAIL.finditer(text):
            handles.append(fold(m[1]))
            inside.append(m.span())
        for m in LINK.finditer(text):
            handles.append(fold(m[1]))
            inside.append(m.span())
        handles = [h for h in handles if len(h) >= 5]
        if not handles:
            return []
        words = [m for m in WORD.finditer(text) if not any(a <= m.start() < b for a, b in inside)]
        found = []
        for i in range(len(words)):
            span = self._run_at(text, words, i, handles)
            if span and not any(s[0] < span[1] and span[0] < s[1] for s in found):
                found.append(span)
        return [result(self, "PERSON", a, b, self.SCORE) for a, b in found]

    def _run_at(self, text: str, words: list, i: int, handles: list[str]) -> tuple[int, int] | None:
        """The longest run of words from ``words[i]`` that a handle spells, or None."""
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            run = words[i:i + n]
            if any(text[a.end():b.start()] not in (" ", "\t") for a, b in zip(run, run[1:])):
                continue
            letters = "".join(fold(w[0]) for w in run)
            plain = [w[0].lower() for w in run]
            if len(letters) < (6 if n > 1 else 5) or all(p in common_words() for p in plain):
                continue
            if n == 1 and (plain[0] in common_words() or not run[0][0][0].isupper()
                           or run[0][0].isupper() and len(letters) <= 5):
                continue  # a lone word: a capitalised one, not an acronym ("NIAMS", niamsinfo@)
            for handle in handles:
                at = handle.find(letters)
                if at < 0 or n == 1 and handle == letters:
                    continue  # a handle that is one word alone is a firm's or a service's as often
                start = run[0].start()
                before = words[i - 1] if i else None
                if before is not None and at > 0 and text[before.end():start] == " " and before[0][0].isupper() \
                        and before[0].lower() not in common_words() and fold(before[0])[:1] == handle[at - 1]:
                    start = before.start()  # "Hope" before "Hunter-Moreno", hhuntermoreno42@
                return start, run[-1].end()
        return None
