"""Korean and Vietnamese names, found from how they are built.

A Korean given name is two syllables, romanised with a hyphen ("Ji-woo", "Seo-yeon",
"Min-jun"); a Vietnamese name is a family name from a short list (Nguyễn, Trần,
Lê, Phạm: a few cover most people) and one to three syllables ("Nguyen Van Minh",
"Bui Thanh Huong"). No list of given names can hold every such name, and spaCy's
small model reads few of them, but the syllables they are made of are few: a name
is taken when each of its words is one of them. Written either way round ("Duc
Nguyen", "Park Ji-hoon"), in any case; the Vietnamese diacritics are folded away.
"""
from __future__ import annotations

import regex

from . import register
from .base import CodeRecognizer, english_words, fold_letters, result

KOREAN_SYLLABLES = frozenset("""
a ae ah an bin bo bok bum byung chae chan chang cheol cheon chul chun da dae dam do dong doo
eun gi gu gun gyu ha hae hak han hee heon ho hoon hun hwa hwan hye hyeon hyo hyuk hyun hyung
in ja jae jang je jeong ji jin jo jong joo joon ju jun jung kang ki kyu kyung kwang man mi min
mo moon mun myung na nam ne no ok ra rae rim rin ro ryung sa sang se seo seok seon seong seung
shin sik so sol soo sook su suk sun sung ta tae u un wan wha whan won woo woong ya yang ye yeon
yeong yi yo yong yoon young yu yul yun
""".split())
KOREAN_FAMILY = frozenset("""
kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo
shin kwon hwang ahn an song yoo ryu hong jeon chun ko go moon mun yang son bae baek heo nam noh
ha kwak sung cha joo woo min na jin ji byun chae won bang gong
""".split())
VIETNAMESE_FAMILY = frozenset("""
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai trinh
luong cao ta quach doan vuong chau phung thai luu tang lai kieu trieu
""".split())
VIETNAMESE_SYLLABLES = frozenset("""
an anh bao binh cam chau chi chinh cuong dai dan dao dat diem diep dinh doan dong duc dung duong
duy gia giang ha hai han hang hanh hao hau hien hieu hoa hoai hoan hoang hong hue hung huong huy
huyen khanh khang khoa khoi khue kiet kim lan lam le lien linh loan loc long luan ly mai minh my
nam nga ngan nghia ngoc nguyet nhan nhat nhi nhu nhung oanh phat phong phu phuc phuong quan quang
que quoc quy quyen quynh sang son tai tam tan thach thai thang thanh thao thi thien thinh tho thu
thuan thuy thuong tien tin toan trang tri trinh trong trung tu tuan tung tuyen tuyet uyen van
viet vinh vu vy xuan yen
""".split())
WORD = r"\p{L}[\p{L}'’]*"
PAIR = regex.compile(r"(?<![\w'’-])(?P<a>\p{L}+)-(?P<b>\p{L}+)(?![\w'’-])")
FAMILY_AFTER = regex.compile(rf"[ \t]+({WORD})(?![\w'’-])")
FAMILY_BEFORE = regex.compile(rf"(?<![\w'’-])({WORD}),?[ \t]+$")
# Each accented Latin letter as its plain letter, one for one, so that offsets hold: a cheap
# first search for the family names ("Nguyễn" -> "nguyen") before any word is looked at.
PLAIN = {ord(c): fold_letters(c) for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
         if len(fold_letters(c)) == 1}
FAMILY = regex.compile(rf"(?<![\p{{L}}'’-])(?:{'|'.join(sorted(VIETNAMESE_FAMILY, key=len, reverse=True))})(?![\p{{L}}'’-])")
# The words of "Nguyen Van Minh", "Nguyễn Thị Hồng", "tran thi lan", "Duc Nguyen"
TOKEN = regex.compile(rf"(?<![\w'’-]){WORD}(?![\w'’-])")
GAP = regex.compile(r",?[ \t]+")


@register("syllable_names")
class SyllableNameRecognizer(CodeRecognizer):
    ENTITIES = ("PERSON",)
    SCORE = 0.7

    def analyze(self, text, entities, nlp_artifacts=None):
        if "PERSON" not in entities:
            return []
        spans = _korean(text) + _vietnamese(text)
        return [result(self, "PERSON", a, b, self.SCORE) for a, b in spans]


def _korean(text: str) -> list[tuple[int, int]]:
    """Two different syllables joined by a hyphen ("so-so" is a word), with the family
    name beside them (a Korean one, or a capitalised word no dictionary knows: "Ji-woo
    Tran"); or the pair alone, capitalised as a name is ("Ji-woo")."""
    out = []
    if "-" not in text:
        return out
    for m in PAIR.finditer(text):
        a, b = m["a"], m["b"]
        if a.lower() == b.lower() or a.lower() not in KOREAN_SYLLABLES or b.lower() not in KOREAN_SYLLABLES:
            continue
        start, end = m.span()
        after, before = FAMILY_AFTER.match(text, end), FAMILY_BEFORE.search(text, 0, start)
        if after and _family(after[1]):
            end = after.end()
        elif before and _family(before[1]):
            start = before.start(1)
        elif not (a[0].isupper() and b.islower()):
            continue
        out.append((start, end))
    return out


def _family(word: str) -> bool:
    return word.lower() in KOREAN_FAMILY or word[0].isupper() and word.lower() not in english_words()


def _vietnamese(text: str) -> list[tuple[int, int]]:
    """A Vietnamese family name and one to three syllables after it, or one or two before
    it; every word capitalised, or every word in small letters and none an English word
    ("do an mri")."""
    families = {m.start() for m in FAMILY.finditer(text.translate(PLAIN).lower())}
    if not families:
        return []
    english = english_words()
    words = list(TOKEN.finditer(text))
    out = []
    for i, first in enumerate(words):
        for n in range(2, 5):
            run = words[i:i + n]
            if len(run) < n or not all(GAP.fullmatch(text, x.end(), y.start()) for x, y in zip(run, run[1:])):
                break
            if first.start() not in families and (n > 3 or run[-1].start() not in families):
                continue
            values = [w.group() for w in run]
            lower = all(v.islower() for v in values)
            if not (lower or all(v[0].isupper() for v in values)) or \
                    (lower and any(v in english for v in values)) or all(v.lower() in english for v in values):
                continue
            keys = [fold_letters(v) for v in values]
            if keys[0] in VIETNAMESE_FAMILY and all(k in VIETNAMESE_SYLLABLES for k in keys[1:]) or \
                    n <= 3 and keys[-1] in VIETNAMESE_FAMILY and all(k in VIETNAMESE_SYLLABLES for k in keys[:-1]):
                out.append((first.start(), run[-1].end()))
    return _longest(out)


def _longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans no other span holds."""
    return [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
