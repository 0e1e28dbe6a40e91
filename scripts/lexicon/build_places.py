#!/usr/bin/env python3
"""Build the table of country names under Claims/lexicon/concepts/generated/places/.

What it does
------------
Reports of one story name the same countries in their own languages and as demonyms:
"Thailand", "Thai", "Thais", "Thái Lan", 泰国; "the Philippines", "Filipino", 菲律賓.
The description reader turns every name it reads into a key; this table gives each
spelling of a country one key, so that the names meet across languages.

* ``places.tsv`` -- ``FORM<TAB>KEY``: a lower-cased spelling of a country (its English,
  Vietnamese, Simplified and Traditional Chinese names in the Unicode CLDR, an English
  alternative given in parentheses, "Myanmar (Burma)"; its English demonym and the
  demonym's plural) to the country's key. The key is its lower-cased English CLDR name,
  or the id of the place entity of ``Claims/lexicon/entities.yaml`` whose English names
  hold it (united-states). A spelling shared by several countries (French, Korean) goes
  to the most populous of them.
* ``zones.tsv`` -- ``KEY<TAB>ZONE``: the time zone of a country, so that a time of day
  written "giờ địa phương" in a report about India, or "台灣時間", is read in its zone.
  ZONE is the country's IANA zone where CLDR lists one (Europe/Paris: summer time
  follows from it), else its one UTC offset in countryinfo (China, +08:00); a country of
  several offsets (the United States) has none.
* ``SOURCES.md`` -- the sources, their pinned versions and licences.

Sources: the CLDR territory names as shipped in PyPI ``babel`` (BSD-3-Clause; the CLDR
data under the Unicode License v3), the demonyms of PyPI ``countryinfo`` (MIT). Both
are installed by the script with ``pip install --target`` into a git-ignored folder.

Usage::

    python3 scripts/lexicon/build_places.py          # (re)write the files
    python3 scripts/lexicon/build_places.py --check  # exit 1 if the files on disk differ
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_concepts import DEFAULT_DEPS_DIR, REPO_ROOT, dist_info, ensure_dependencies, tsv_header  # noqa: E402

OUT_DIR = REPO_ROOT / "Claims" / "lexicon" / "concepts" / "generated" / "places"
ENTITIES = REPO_ROOT / "Claims" / "lexicon" / "entities.yaml"
COMMAND = "python3 scripts/lexicon/build_places.py"
PINS = {"babel": "2.16.0", "countryinfo": "1.0.1"}
LOCALES = ["en", "vi", "zh_Hans", "zh_Hant"]
# Demonyms that take no plural -s ("the Chinese", "the French", "the Swiss").
NO_PLURAL = ("ese", "ch", "sh", "ss")


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip().lower())


def split_alternative(name: str) -> list[str]:
    """'Myanmar (Burma)' gives 'Myanmar' and 'Burma'; 'Hong Kong SAR China' stays whole."""
    if name.endswith(")") and " (" in name:
        head, _, tail = name[:-1].partition(" (")
        return [head, tail]
    return [name]


def plural(demonym: str) -> list[str]:
    if demonym.endswith(NO_PLURAL) or " " in demonym:
        return [demonym]
    return [demonym, demonym + "s"]


def place_entities() -> dict[str, str]:
    """English names of the place entities of entities.yaml (folded) to their ids. A small
    reader of the file's flow style, to need no YAML package here."""
    ids: dict[str, str] = {}
    current_id, is_place = None, False
    for line in ENTITIES.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("- id:"):
            current_id, is_place = stripped.split(":", 1)[1].strip(), False
        elif stripped.startswith("type:"):
            is_place = stripped.split(":", 1)[1].strip() == "place"
        elif stripped.startswith("names:") and is_place and current_id and "en: [" in stripped:
            english = stripped.split("en: [", 1)[1].split("]", 1)[0]
            for name in english.split(","):
                ids[fold(name)] = current_id
    return ids


def offset(text: str) -> str | None:
    """countryinfo's 'UTC+05:30', 'UTC−03:00' or 'UTC' as '+05:30', '-03:00', '+00:00'."""
    rest = text.strip().replace("\u2212", "-")
    if not rest.startswith("UTC"):
        return None
    rest = rest[3:] or "+00:00"
    if len(rest) == 3:
        rest += ":00"
    return rest if len(rest) == 6 and rest[0] in "+-" and rest[1:3].isdigit() and rest[3] == ":" and rest[4:].isdigit() else None


def build(deps: Path) -> tuple[dict[str, str], dict[str, str], dict[str, int]]:
    sys.path.insert(0, str(deps))
    from babel import Locale  # noqa: E402  (installed at run time)
    from babel.core import get_global  # noqa: E402

    entities = place_entities()
    territories = {locale: Locale.parse(locale).territories for locale in LOCALES}
    # Two-letter codes are countries and territories; numeric codes are regions (Europe, world).
    codes = sorted(code for code in territories["en"] if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ", "UN"))
    keys: dict[str, str] = {}
    for code in codes:
        english = split_alternative(territories["en"][code])
        key = entities.get(fold(english[0]), fold(english[0]))
        keys[code] = key
    demonyms: dict[str, str] = {}
    population: dict[str, int] = {}
    offsets: dict[str, set[str]] = {}
    for path in sorted((deps / "countryinfo" / "data").glob("*.json")):
        info = json.loads(path.read_text(encoding="utf-8"))
        code = (info.get("ISO") or {}).get("alpha2")
        if code in keys and info.get("demonym"):
            demonyms[code] = info["demonym"]
        if code in keys and isinstance(info.get("population"), int):
            population[code] = info["population"]
        if code in keys and isinstance(info.get("timezones"), list):
            offsets[code] = {o for o in (offset(t) for t in info["timezones"] if isinstance(t, str)) if o}
    # A country's zone: its one IANA zone in CLDR, else its one offset.
    territory_zones = get_global("territory_zones")
    zones: dict[str, str] = {}
    for code in codes:
        listed = territory_zones.get(code, [])
        if len(listed) == 1:
            zones.setdefault(keys[code], listed[0])
        elif len(offsets.get(code, ())) == 1:
            zones.setdefault(keys[code], next(iter(offsets[code])))
    by_key = {key: code for code, key in keys.items()}
    forms: dict[str, set[str]] = {}

    def add(form: str, key: str) -> None:
        folded = fold(form)
        if len(folded) >= 2:
            forms.setdefault(folded, set()).add(key)

    for code in codes:
        key = keys[code]
        add(key, key)
        for locale in LOCALES:
            for name in split_alternative(territories[locale].get(code, "")):
                if name:
                    add(name, key)
        for form in plural(demonyms.get(code, "")) if code in demonyms else []:
            add(form, key)
            # "South Korean" is also said "Korean".
            for compass in ("South ", "North "):
                if form.startswith(compass):
                    add(form[len(compass):], key)
    # A spelling of several countries ("French": France and its overseas departments; "Korean")
    # goes to the most populous of them, the one a news report means.
    table: dict[str, str] = {}
    for form, candidates in forms.items():
        ranked = sorted(candidates, key=lambda k: (-population.get(by_key[k], 0), k))
        if len(ranked) == 1 or population.get(by_key[ranked[0]], 0) > population.get(by_key[ranked[1]], 0):
            table[form] = ranked[0]
    summary = {"countries": len(codes), "demonyms": len(demonyms), "forms": len(table),
               "dropped as shared": len(forms) - len(table), "zones": len(zones)}
    return table, zones, summary


def render(table: dict[str, str], zones: dict[str, str], deps: Path) -> dict[str, str]:
    babel = dist_info(deps, "babel", PINS)
    countryinfo = dist_info(deps, "countryinfo", PINS)
    header = tsv_header("Country names and demonyms -> one key per country. FORM<TAB>KEY", [
        f"Names: Unicode CLDR territory names (en, vi, zh-Hans, zh-Hant) as shipped in PyPI babel=={babel['Version']}",
        "  (babel: BSD-3-Clause; CLDR data: Unicode License v3, babel/locale-data/LICENSE.unicode).",
        f"Demonyms: PyPI countryinfo=={countryinfo['Version']} (MIT), with an English plural -s.",
        "Key: the lower-cased English CLDR name, or the id of the place entity of Claims/lexicon/entities.yaml",
        "  whose English names hold it. Forms lower-cased (NFC); a form of several countries (French, Korean)",
        "  goes to the most populous by countryinfo's figures; with no such figure it is dropped.",
        f"Generated by: {COMMAND}  (do not edit by hand; see SOURCES.md)",
    ])
    ordered = sorted(table)
    assert ordered == sorted(table, key=lambda w: w.encode("utf-8")), "rows must sort in UTF-8 byte order"
    longest = max(len(form.split(" ")) for form in table)
    body = "".join(f"{form}\t{table[form]}\n" for form in ordered)
    zone_header = tsv_header("Country keys (as in places.tsv) -> time zone. KEY<TAB>ZONE", [
        f"Zones: the IANA zone CLDR lists for the territory (its territory zones as shipped in PyPI babel=={babel['Version']},",
        "  BSD-3-Clause; CLDR data: Unicode License v3), where it lists one; else the one UTC offset of PyPI",
        f"  countryinfo=={countryinfo['Version']} (MIT) as +HH:MM; countries of several offsets are left out.",
        f"Generated by: {COMMAND}  (do not edit by hand; see SOURCES.md)",
    ])
    zone_keys = sorted(zones, key=lambda k: k.encode("utf-8"))
    zone_body = "".join(f"{key}\t{zones[key]}\n" for key in zone_keys)
    sources = "\n".join([
        "# Sources of the country-name table",
        "",
        f"`places.tsv` is generated; regenerate it with `{COMMAND}` (`--check` verifies it).",
        "",
        f"- **Unicode CLDR** territory names in English, Vietnamese, Simplified and Traditional Chinese, as shipped in PyPI "
        f"`babel=={babel['Version']}` (Babel: {babel.get('License', 'BSD-3-Clause')}; the CLDR data it ships is under the "
        "Unicode License v3, `babel/locale-data/LICENSE.unicode`, which permits redistribution with the notice).",
        f"- **countryinfo** demonyms and UTC offsets, PyPI `countryinfo=={countryinfo['Version']}` ({countryinfo.get('License', 'MIT')}).",
        "",
        "`zones.tsv` gives each country with one zone its IANA zone (CLDR's territory zones) or its one UTC offset "
        "(countryinfo), so that a time of day written in the local time of a place (giờ địa phương, 当地时间) or in a "
        "country's time (台灣時間) is compared in UTC.",
        "",
        "The reader gives every name it reads (Thailand, Thai, Thais, Thái Lan, and 泰国 through CC-CEDICT's gloss) "
        "the key of its country, so that the names of one country meet across languages.",
        "",
    ])
    return {"places.tsv": header + f"# longest: {longest}\n" + body,
            "zones.tsv": zone_header + f"# longest: {max(len(k.split(' ')) for k in zones)}\n" + zone_body, "SOURCES.md": sources}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if the files differ from a fresh build")
    ap.add_argument("--deps-dir", type=Path, default=DEFAULT_DEPS_DIR)
    args = ap.parse_args(argv)
    deps = ensure_dependencies(args.deps_dir, PINS)
    table, zones, summary = build(deps)
    files = render(table, zones, deps)
    print(", ".join(f"{k}: {v}" for k, v in summary.items()), file=sys.stderr)
    if args.check:
        stale = [n for n, t in sorted(files.items()) if not (OUT_DIR / n).exists() or (OUT_DIR / n).read_text(encoding="utf-8") != t]
        if stale:
            print(f"out of date in {OUT_DIR}: {', '.join(stale)}; run {COMMAND}", file=sys.stderr)
            return 1
        print(f"up to date: {', '.join(sorted(files))}")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (OUT_DIR / name).write_text(text, encoding="utf-8")
    print(f"wrote {', '.join(sorted(files))} to {OUT_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
