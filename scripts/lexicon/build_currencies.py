#!/usr/bin/env python3
"""Build Claims/lexicon/values/currencies-{en,vi,zh}.yaml: currencies from Unicode CLDR.

Money is only comparable when its currency is known. This script takes, for every currency in
use today in some territory (CLDR's territory currencies on 2025-01-01), its ISO 4217 code,
its standard symbol and its display names (singular and plural) in English, Vietnamese,
Simplified and Traditional Chinese, from the CLDR data shipped in the PyPI package ``babel``
(pinned in build_places.py; BSD-3-Clause, CLDR data under the Unicode License v3).

Also the symbol a currency has at home, in the official languages of the territories that use it,
when it has a character outside ASCII and no other currency writes it (₡ in Costa Rica, ₭ in Laos); for a symbol ending in "$" after letters, the forms "HK $" (as
tokenized text writes it) and "CAD$" (the code before the sign); and the names, not the codes or
symbols, of currencies no territory uses any more (Finnish markka, German mark), which older
reports give amounts in.

Left out, because a phrase table matches words whatever their case:
* an ISO code that is also an English word (ALL, TOP, TRY, MAD, CUP): the English words are
  the glosses of CC-CEDICT in Claims/lexicon/concepts/generated/zh.tsv (build_concepts.py);
* a symbol written only in ASCII letters (Br, kr, Lek), a symbol two currencies use in any of
  the four languages ($, ¥), and a name two currencies share in one language.
The symbols differ by language, as in CLDR: ¥ is the yen in English and the yuan in Chinese.

Usage::

    python3 scripts/lexicon/build_currencies.py          # (re)write the files
    python3 scripts/lexicon/build_currencies.py --check  # fail if a file is out of date
"""

from __future__ import annotations

import datetime
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generated_files import write_or_check  # noqa: E402
import build_places as places  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
VALUES = ROOT / "Claims" / "lexicon" / "values"
GLOSSES = ROOT / "Claims" / "lexicon" / "concepts" / "generated" / "zh.tsv"
# output file -> (language tags of the file, CLDR locales whose words it holds)
FILES = {
    "currencies-en.yaml": (["en"], ["en"]),
    "currencies-vi.yaml": (["vi"], ["vi"]),
    "currencies-zh.yaml": (["zh-Hans", "zh-Hant"], ["zh_Hans", "zh_Hant"]),
}
ON = datetime.date(2025, 1, 1)


def english_words() -> set[str]:
    words: set[str] = set()
    for line in GLOSSES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        for gloss in line.split("\t", 1)[1].split("|"):
            words.update(w for w in re.findall(r"[a-z]+", gloss.lower()))
    return words


def current_currencies(numbers, locale_cls) -> list[str]:
    codes: set[str] = set()
    for territory in locale_cls.parse("en").territories:
        try:
            codes.update(numbers.get_territory_currencies(territory, ON))
        except Exception:  # territories without currency data
            continue
    return sorted(codes)


def home_symbols(codes: list[str], locale_cls, get_global) -> dict[str, set[str]]:
    """The symbol each currency has in the official languages of the territories using it today
    (₡ in es_CR, ₭ in lo_LA): how its own country writes it."""
    official = {"official", "de_facto_official"}
    out: dict[str, set[str]] = {code: set() for code in codes}
    languages = get_global("territory_languages")
    for territory, spans in get_global("territory_currencies").items():
        for code, _, end, tender in spans:
            if code not in out or end is not None or not tender:
                continue
            for lang, info in languages.get(territory, {}).items():
                if info.get("official_status") not in official:
                    continue
                try:
                    symbol = locale_cls.parse(f"{lang}_{territory}").currency_symbols.get(code)
                except Exception:  # no locale for this language in this territory
                    continue
                symbol = clean(symbol)
                # Only a symbol with a character outside ASCII: "C$" is the córdoba at home
                # and the Canadian dollar in most English reports.
                if symbol and symbol != code and not symbol.isascii():
                    out[code].add(symbol)
    return out


def clean(symbol: str | None) -> str:
    """A symbol without format characters (marks of direction, zero-width spaces) and with
    plain spaces, or "" when nothing is left."""
    if not symbol:
        return ""
    kept = "".join(" " if unicodedata.category(c) == "Zs" else c for c in symbol if unicodedata.category(c) != "Cf")
    return kept.strip()


def former_currencies(codes: list[str], get_global) -> list[str]:
    """Currencies once legal tender in some territory and no more (the Finnish markka, the
    German mark): old reports give amounts in them."""
    current = set(codes)
    former = {code for spans in get_global("territory_currencies").values() for code, _, end, tender in spans
              if end is not None and tender and code not in current}
    return sorted(former)


def dollar_forms(symbols: set[str], code: str) -> list[str]:
    """A dollar sign after two letters or more written apart (HK $, as tokenized text has it) and after the
    ISO code (CAD$, NZD$): forms of a symbol that ends in "$" after letters."""
    forms = []
    for symbol in sorted(symbols):
        letters = symbol[:-1]
        if symbol.endswith("$") and re.fullmatch(r"[A-Za-z]+", letters or "-"):
            # One letter apart from the sign is often a word: "a $5 bill".
            forms += ([f"{letters} $"] if len(letters) > 1 else []) + [f"{code}$"]
    return forms


def collect(deps: Path) -> dict[str, dict[str, list[str]]]:
    sys.path.insert(0, str(deps))
    from babel import Locale, numbers  # noqa: E402
    from babel.core import get_global  # noqa: E402
    words = english_words()
    codes = current_currencies(numbers, Locale)
    home = home_symbols(codes, Locale, get_global)
    former = former_currencies(codes, get_global)
    # A symbol two currencies use in any of the languages or at home ($: the US dollar in
    # English, the New Taiwan dollar in Traditional Chinese; ¥: yen or yuan) names neither.
    owners: dict[str, set[str]] = {}
    for _, locales in FILES.values():
        for tag in locales:
            for code in codes:
                symbol = Locale.parse(tag).currency_symbols.get(code)
                if symbol:
                    owners.setdefault(symbol, set()).add(code)
    ambiguous = {symbol for symbol, cs in owners.items() if len(cs) > 1}
    # A home symbol names its currency only where no other currency writes it, at home or in
    # the four languages, even in another width (￥ is the yen in Japan and the yuan in China).
    every: dict[str, set[str]] = {}
    for symbol, cs in owners.items():
        every.setdefault(unicodedata.normalize("NFKC", symbol), set()).update(cs)
    for code, symbols in home.items():
        for symbol in symbols:
            every.setdefault(unicodedata.normalize("NFKC", symbol), set()).add(code)
    home = {code: {s for s in symbols if len(every[unicodedata.normalize("NFKC", s)]) == 1} for code, symbols in home.items()}
    out: dict[str, dict[str, list[str]]] = {}
    for name, (_, locales) in FILES.items():
        phrases: dict[str, set[str]] = {}  # phrase (folded) -> codes
        forms: dict[str, list[str]] = {code: [] for code in codes}

        def add(code: str, phrase: str | None) -> None:
            if not phrase:
                return
            phrase = phrase.strip()
            if not phrase or phrase in forms[code]:
                return
            phrases.setdefault(phrase.lower(), set()).add(code)
            forms[code].append(phrase)

        def usable(symbol: str | None, code: str) -> bool:
            return bool(symbol) and symbol != code and symbol not in ambiguous and not re.fullmatch(r"[A-Za-z.]+", symbol)

        for code in codes:
            if code.lower() not in words:
                add(code, code)
            symbols: set[str] = set()
            for tag in locales:
                locale = Locale.parse(tag)
                symbol = locale.currency_symbols.get(code)
                if usable(symbol, code):
                    symbols.add(symbol)
                    add(code, symbol)
                add(code, locale.currencies.get(code))
                plural = locale._data["currency_names_plural"].get(code) or {}
                for form in ("one", "other"):
                    add(code, plural.get(form))
            for symbol in sorted(home[code]):
                add(code, symbol)
            for form in dollar_forms(symbols, code):
                add(code, form)
        # Former currencies by name only: their codes and symbols are often other words now.
        for code in former:
            forms.setdefault(code, [])
            for tag in locales:
                locale = Locale.parse(tag)
                said = [locale.currencies.get(code)] + list((locale._data["currency_names_plural"].get(code) or {}).values())
                for word in said:
                    if word and "(" not in word and word != code:
                        add(code, word)
        shared = {p for p, cs in phrases.items() if len(cs) > 1}
        out[name] = {code: [f for f in fs if f.lower() not in shared] for code, fs in forms.items()}
        out[name] = {code: fs for code, fs in out[name].items() if fs}
    return out


def quoted(phrase: str) -> str:
    return '"' + phrase.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(name: str, currencies: dict[str, list[str]], version: str) -> str:
    languages, _ = FILES[name]
    lines = [
        f"# Generated by scripts/lexicon/build_currencies.py from the Unicode CLDR currency data in PyPI babel {version}",
        "# (BSD-3-Clause; CLDR data under the Unicode License v3). Do not edit; re-run the script.",
        f"languages: [{', '.join(languages)}]",
        "currencies:",
    ]
    for code, phrases in sorted(currencies.items()):
        lines.append(f"  {code}: [{', '.join(quoted(p) for p in phrases)}]")
    return "\n".join(lines) + "\n"


def main() -> int:
    check = "--check" in sys.argv[1:]
    deps = places.ensure_dependencies(ROOT / ".build" / "lexicon-deps", places.PINS)
    data = collect(deps)
    outputs = {VALUES / name: render(name, data[name], places.PINS["babel"]) for name in FILES}
    return write_or_check(outputs, ROOT, Path(__file__).name, check)


if __name__ == "__main__":
    sys.exit(main())
