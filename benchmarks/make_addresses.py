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
import random
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


def items(seed: int, half: str) -> list[dict]:
    from faker import Faker

    rng, out = random.Random(seed), []
    for locale in LOCALES:
        fake = Faker(locale)
        fake.seed_instance(rng.randrange(10**9))
        for i in range(PER_LOCALE):
            kind = rng.choice(["address", "street_address", "city", "street_and_city"])
            value = address(fake, kind)
            template = rng.choice(TOWN_TEMPLATES if kind == "city" else ADDRESS_TEMPLATES)
            if template != "{a}" and not template.startswith("Address") and rng.random() < 0.5:
                value = value.replace("\n", ", ")  # in a sentence, half the time on one line
            text = template.format(a=value)
            if rng.random() < 0.15:  # typed without capitals, as prompts often are
                text, value = text.lower(), value.lower()
            start = text.index(value)
            out.append({"id": f"{half}-{locale}-{i}", "half": half, "locale": locale, "kind": kind,
                        "text": text, "start": start, "end": start + len(value)})
    return out


def main() -> None:
    OUT.parent.mkdir(exist_ok=True)
    rows = items(0, "tune") + items(1, "report")
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} addresses -> {OUT}")


if __name__ == "__main__":
    main()
