"""Recognizers by name: the registry a domain pack's ``[privacy]`` table picks from.

    from assistant.privacy.recognizers import build, names
    build(["iban", "card"])   # -> fresh recognizer instances

Each module registers its recognizers with ``@register(name)``; nothing is
wired into the redactor by hand, so a pack turns recognizers on by listing them.
"""
from __future__ import annotations

from collections.abc import Callable

from presidio_analyzer import EntityRecognizer

from ...errors import PrivacyError

Factory = Callable[[], EntityRecognizer]
REGISTRY: dict[str, Factory] = {}


def register(name: str) -> Callable[[Factory], Factory]:
    def add(factory: Factory) -> Factory:
        if name in REGISTRY:
            raise PrivacyError(f"recognizer {name!r} is registered twice")
        REGISTRY[name] = factory
        return factory
    return add


def names() -> list[str]:
    return sorted(REGISTRY)


def build(selected: list[str] | None = None) -> list[EntityRecognizer]:
    chosen = names() if selected is None else list(selected)
    unknown = [n for n in chosen if n not in REGISTRY]
    if unknown:
        raise PrivacyError(f"unknown recognizer(s) {', '.join(unknown)} "
                           f"(known: {', '.join(names())})")
    return [REGISTRY[n]() for n in chosen]


# Importing the modules fills the registry.
from . import clauses, contact, dates, finance, given_names, healthcare, linked, locations, ner, payments, places, scripts, segments, syllables, unlisted  # noqa: E402,F401
