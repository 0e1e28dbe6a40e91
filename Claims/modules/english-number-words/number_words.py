#!/usr/bin/env python3
"""english-number-words: a claims extractor module (protocol 1, docs/module-protocol.md).

Finds English numbers written in words of two or more parts ("two hundred million",
"thirty-eight", "one and a half billion", "a dozen"), which the built-in extractors read only
word by word. Offsets are code points into the document's text."""
import json
import re
import sys

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")


def value_of(words):
    """The number a run of number words stands for, or None."""
    total, current, half = 0.0, 0.0, False
    for word in words:
        if word in ("a", "an"):
            current = current or 1
        elif word == "and":
            continue
        elif word == "half":
            half = True
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif "-" in word:
            tens, unit = word.split("-", 1)
            if tens not in TENS or unit not in UNITS:
                return None
            current += TENS[tens] + UNITS[unit]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            scale = SCALES[word]
            current = (current or 1) + (0.5 if half else 0)
            half = False
            total += current * scale
            current = 0
        else:
            return None
    return total + current


def is_number_word(word):
    word = word.lower()
    if "-" in word:
        tens, _, unit = word.partition("-")
        return tens in TENS and unit in UNITS
    return word in UNITS or word in TENS or word in SCALES or word in ("dozen", "half")


def extract(document):
    text = document["text"]
    tokens = [(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text)]
    mentions = []
    i = 0
    while i < len(tokens):
        start = i
        words = []
        j = i
        # A run of number words, joined by "and" / "a" / "an" where English joins them.
        while j < len(tokens):
            word = tokens[j][2].lower()
            gap = text[tokens[j - 1][1]:tokens[j][0]] if j > start else " "
            if j > start and gap.strip() not in ("", "-"):
                break
            following = [t[2].lower() for t in tokens[j + 1:j + 3]]
            joins = (word != "and" or j > start) and word in ("and", "a", "an") and following and (
                is_number_word(following[0])
                or (word == "and" and following[0] in ("a", "an") and len(following) > 1 and is_number_word(following[1])))
            if is_number_word(word) or joins:
                words.append(word)
                j += 1
            else:
                break
        while words and words[-1] in ("and", "a", "an"):
            words.pop()
            j -= 1
        parts = [w for w in words if w not in ("and", "a", "an")]
        hyphenated = any("-" in w for w in parts)
        if len(parts) >= 2 or hyphenated:
            value = value_of(words)
            if value is not None:
                begin, end = tokens[start][0], tokens[j - 1][1]
                number = int(value) if value == int(value) else value
                mentions.append({"kind": "number", "start": begin, "end": end, "text": text[begin:end],
                                 "value": {"display": f"{number:,}", "number": value}})
            i = j
        else:
            i = max(j, i + 1)
    return {"mentions": mentions}


def main():
    for line in sys.stdin:
        message = json.loads(line)
        kind = message.get("type")
        if kind == "hello":
            reply = {"type": "hello", "protocol": 1, "name": "english-number-words", "version": "1.0.0", "kind": "extractor"}
        elif kind == "extract":
            try:
                reply = {"type": "result", "id": message["id"], **extract(message["document"])}
            except Exception as error:
                reply = {"type": "error", "id": message.get("id"), "message": str(error)}
        elif kind == "bye":
            break
        else:
            reply = {"type": "error", "id": message.get("id"), "message": f"unknown request {kind}"}
        sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
