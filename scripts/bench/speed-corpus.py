#!/usr/bin/env python3
"""Writes the corpora the README's speed figures are measured on, from the demo corpus.

    python3 scripts/bench/speed-corpus.py OUT

OUT/one-4mb/one.txt, OUT/one-9mb/one.txt, OUT/one-18mb/one.txt: the five demo texts joined
and repeated into one file of about 4.4, 8.8 and 17.6 MB (one source, `--language zh-Hans`).
OUT/many-N/ (N = 250, 500, 1000, 2000): N sources, the demo texts in turn, each with about one
number in seven of two to four digits raised by 1 to 3 (a fixed seed), and a sources.json
manifest carrying each text's language and publication date.
"""
import json
import os
import random
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
demo = os.path.join(here, '..', '..', 'Claims', 'sources')


def main(out):
    manifest = json.load(open(os.path.join(demo, 'sources.json'), encoding='utf-8'))
    texts = [open(os.path.join(demo, s['file']), encoding='utf-8').read() for s in manifest['sources']]
    blob = '\n\n'.join(texts)
    for name, megabytes in (('one-4mb', 4.4), ('one-9mb', 8.8), ('one-18mb', 17.6)):
        os.makedirs(os.path.join(out, name), exist_ok=True)
        parts, size = [], 0
        while size < megabytes * 1e6:
            parts.append(blob)
            size += len(blob.encode('utf-8'))
        with open(os.path.join(out, name, 'one.txt'), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(parts))
    rng = random.Random(7)

    def vary(match):
        return str(int(match.group(0)) + rng.randint(1, 3)) if rng.random() < 0.15 else match.group(0)

    varied = []
    for index in range(2000):
        source = manifest['sources'][index % len(texts)]
        text = re.sub(r'(?<![\d.])\d{2,4}(?![\d.])', vary, texts[index % len(texts)])
        entry = dict(source, file=f'{index:04d}.txt')
        varied.append((entry, text))
    for count in (250, 500, 1000, 2000):
        folder = os.path.join(out, f'many-{count}')
        os.makedirs(folder, exist_ok=True)
        for entry, text in varied[:count]:
            with open(os.path.join(folder, entry['file']), 'w', encoding='utf-8') as f:
                f.write(text)
        with open(os.path.join(folder, 'sources.json'), 'w', encoding='utf-8') as f:
            json.dump({'sources': [entry for entry, _ in varied[:count]]}, f, ensure_ascii=False)


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
