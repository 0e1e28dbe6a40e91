"""Writing generated lexicon files, or checking that they are up to date (``--check``)."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(outputs: dict[Path, str], root: Path, script: str, check: bool) -> int:
    """Write each file's text, or with ``check`` compare it with the file on disk; 1 when stale."""
    stale = []
    for path, text in outputs.items():
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path.relative_to(root)))
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(root)}")
    if stale:
        print("out of date: " + ", ".join(stale) + f"; run {script}", file=sys.stderr)
        return 1
    if check:
        print("up to date: " + ", ".join(str(p.relative_to(root)) for p in outputs))
    return 0
