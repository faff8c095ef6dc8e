"""Write benchmarks/data/addresses.jsonl: postal addresses of 52 countries in sentences of our own.

    pip install faker==40.63.0 && python benchmarks/make_addresses.py

Our own address test set, independent of presidio_synth: Faker's address
providers follow each country's postal format (street type, house number,
postcode, town line), which is the part a redactor gets wrong. Each item is
``{"id", "half", "locale", "kind", "text", "start", "end"}``, the span being the
address. Two halves from two seeds: rules were fitted on ``tune`` (seed 0) only;
``report`` (seed 1) is read by ``benchmarks/pii.py`` and nowhere else. Faker is
needed only to write the file, never to run the product or its benchmarks.
"""
from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

OUT = Path(__file__).with_name("data") / "addresses.jsonl"
PER_LOCALE = 20
LOCALES = ["en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_NZ", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH",
           "it_IT", "es_ES", "es_MX", "pt_PT", "pt_BR", "nl_NL", "nl_BE", "da_DK", "sv_SE", "no_NO", "fi_FI",
           "is_IS", "et_EE", "lv_LV", "lt_LT", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "sl_SI", "hr_HR", "ro_RO",
           "bg_BG", "el_GR", "el_CY", "tr_TR", "ru_RU", "uk_UA", "he_IL", "ja_JP", "zh_CN", "en_IN", "en_PH",
           "id_ID", "th_TH", "vi_VN", "zu_ZA", "fil_PH", "ka_GE", "hy_AM", "az_AZ"]
ADDRESS_TEMPLATES = ["Please send the records to {a}.", "The patient lives at {a}.", "Address:\n{a}", "{a}",
                     "I moved last month, my new address is {a}, can you update it?",
                     "Mail the bill to {a} please", "Her home address: {a}"]
# The layouts presidio-research's generator uses for its synthetic addresses (its
# AddressProviderNew): one line with a state or country, lines led by a comma.
LAYOUTS = ["{building_number} {street_name} {secondary_address} {city} {state}",
           "{building_number} {street_name} {secondary_address} {city} {country}",
           "{building_number} {street_name}\n {secondary_address}\n {city}\n {country} {postcode}",
           "{street_address} {secondary_address}, {city}, {country} {postcode}",
           "{street_address}\n{city}\n, {state_abbr}\n {postcode}",
           "{street_address}\n{city}\n, {state_abbr}\n {country} {postcode}"]
TOWN_TEMPLATES = ["She was born in {a}.", "He grew up in {a} and studied nursing.",
                  "We transferred her from a clinic in {a}.", "Town: {a}"]


def address(fake, kind: str) -> str:
    if kind == "address":
        return fake.address()
    if kind == "street_address":
        return fake.street_address()
    if kind == "city":
        return fake.city()
    return f"{fake.street_address()}, {fake.city()}"


def field(fake, name: str) -> str:
    """A part of an address in the locale's own form, or a plain stand-in where the locale has none."""
    try:
        return str(getattr(fake, name)())
    except AttributeError:
        return {"secondary_address": fake.numerify("Apt. ###"), "state": fake.city(),
                "state_abbr": fake.lexify("??").upper()}.get(name) or fake.city()


def generate(seed: int, half: str, per_locale: int, one, tag: str = "") -> list[dict]:
    """``per_locale`` items of each locale, ``one(fake, rng) -> (kind, text, value)`` writing each."""
    from faker import Faker

    Faker.seed(seed)  # some providers draw from the shared generator, not the instance's
    rng, out = random.Random(seed), []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(rng.randrange(10**9))
        for i in range(per_locale):
            kind, text, value = one(fake, rng)
            start = text.index(value)
            out.append({"id": f"{half}-{locale}-{tag}{i}", "half": half, "locale": locale, "kind": kind,
                        "text": text, "start": start, "end": start + len(value)})
    return out


def in_a_sentence(fake, rng: random.Random) -> tuple[str, str, str]:
    kind = rng.choice(["address", "street_address", "city", "street_and_city"])
    value = address(fake, kind)
    template = rng.choice(TOWN_TEMPLATES if kind == "city" else ADDRESS_TEMPLATES)
    if template != "{a}" and not template.startswith("Address") and rng.random() < 0.5:
        value = value.replace("\n", ", ")  # in a sentence, half the time on one line
    text = template.format(a=value)
    if rng.random() < 0.15:  # typed without capitals, as prompts often are
        text, value = text.lower(), value.lower()
    return kind, text, value


def in_a_layout(fake, rng: random.Random) -> tuple[str, str, str]:
    value = rng.choice(LAYOUTS).format(**{k: field(fake, k) for k in (
        "building_number", "street_name", "secondary_address", "city", "state", "state_abbr", "country",
        "postcode", "street_address")})
    return "layout", rng.choice(ADDRESS_TEMPLATES).format(a=value), value


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":  # Faker's it_IT towns come out of a set: fix its order
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    OUT.parent.mkdir(exist_ok=True)
    rows = (generate(0, "tune", PER_LOCALE, in_a_sentence) + generate(1, "report", PER_LOCALE, in_a_sentence)
            + generate(100, "tune", PER_LOCALE // 4, in_a_layout, "layout-")
            + generate(101, "report", PER_LOCALE // 4, in_a_layout, "layout-"))
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} addresses -> {OUT}")


if __name__ == "__main__":
    main()
