"""other_script: a run of words in another script inside English text."""
import pytest

from assistant.privacy import recognizers


def found(text: str) -> list[tuple[str, str]]:
    rec = recognizers.build(["other_script"])[0]
    return [(r.entity_type, text[r.start:r.end]) for r in rec.analyze(text, rec.supported_entities)]


@pytest.mark.parametrize("text,expected", [
    ("провулок Бодаревського, буд. 33 кв. 6, село Нововолинськ",
     [("ADDRESS", "провулок Бодаревського, буд. 33 кв. 6, село Нововолинськ")]),
    ("Address:\nשושנת הכרמל 62", [("ADDRESS", "שושנת הכרמל 62")]),
    ("He grew up in с. Ирбит and studied nursing.", [("LOCATION", "с. Ирбит")]),   # a place word before
    ("She was born in พระนครศรีอยุธยา.", [("LOCATION", "พระนครศรีอยุธยา")]),
    ("Address:\n山西省佛山县黄浦张路h座 464801", [("ADDRESS", "山西省佛山县黄浦张路h座 464801")]),  # building h
    ("The patient Иван Петров was seen today.", [("PERSON", "Иван Петров")]),
])
def test_runs_in_another_script(text, expected):
    assert found(text) == expected


def test_greek_letters_as_symbols_are_not_runs():
    assert found("TNF-α and IL-1β rose; αβ T cells; ΔΔCt of 2.1; 5 μg/kg") == []


def test_a_building_letter_before_chinese_is_the_address_and_one_han_letter_is_no_run():
    assert found("u座 刘路 Apt. 462") == [("PERSON", "u座 刘路")]
    assert found("blood type A型 noted") == []


def test_a_run_with_a_house_number_is_an_address_and_takes_its_lines():
    from assistant.privacy import Redactor

    text = "נחל פארן 31\nמכמורת\n, XS\n 5992421"
    red = Redactor.build(["other_script", "address_block"], workers=1)
    assert [(e.entity_type, text[e.start:e.end]) for e in red.redact(text).entities] == [("ADDRESS", text)]
