"""The own-words rule for the share, as core's OwnWordsTest applies it: no checked string of the
file may share a window of eight consecutive words with the report. Words, windows and hashes as in
ReportWords (NFC; runs of letters and digits; an apostrophe between two letters or digits dropped;
case folded; first 8 bytes of SHA-256 of the eight words joined by spaces), against the hashes in
core/src/test/resources/io/github/bilateral/data/report-8gram-hashes.txt. Words inside double
quotation marks or URLs are not checked, nor is a window wholly inside the words of a name or title
(a string of an exempt field). Prints each offending string with its path and shared words.

python3 seeds/tools/share_own_words.py [--all]   (default: the share's lists only)
"""
import hashlib
import re
import sys
import unicodedata

import reportjson

EXEMPT = {"title", "name", "aliases", "authors", "outlet", "publisher", "place", "url", "printed",
          "printedLikelihood", "printedDate"}
SHARE = ["metadata", "sections", "actors", "places", "relations", "recommendations", "assessments"]
HASHES = reportjson.ROOT / "core/src/test/resources/io/github/bilateral/data/report-8gram-hashes.txt"
QUOTE = re.compile("[\"\u201C\u201D]")
URL = re.compile(r"(?:https?://|www\.)\S+")
APOS = "'\u2019\u02BC"


def letter_or_digit(ch):
    """Java's Character.isLetterOrDigit: a letter or a decimal digit (not a superscript digit)."""
    return unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nd")


def words(text):
    s = unicodedata.normalize("NFC", text)
    out, cur, start = [], [], -1
    for i, ch in enumerate(s):
        if letter_or_digit(ch):
            if start < 0:
                start = i
            cur.append(ch)
        elif ch in APOS and start >= 0 and i + 1 < len(s) and letter_or_digit(s[i + 1]):
            pass
        elif start >= 0:
            out.append(("".join(cur).upper().lower(), start, i))
            cur, start = [], -1
    if start >= 0:
        out.append(("".join(cur).upper().lower(), start, len(s)))
    return s, out


def window_hash(ws, i):
    return hashlib.sha256(" ".join(w[0] for w in ws[i:i + 8]).encode()).hexdigest()[:16]


def strings(obj, path, field=None):
    if isinstance(obj, str):
        yield path, field, obj
    elif isinstance(obj, list):
        for i, x in enumerate(obj):
            yield from strings(x, f"{path}[{i}]", field)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from strings(v, f"{path}.{k}", k)


def main():
    hashes = {l.strip() for l in HASHES.read_text().splitlines() if l and not l.startswith("#")}
    r = reportjson.load()
    lists = list(r) if "--all" in sys.argv else SHARE
    entries = []
    for name in lists:
        if name in r and name != "schemaVersion":
            entries += list(strings(r[name], name))
    names = [[w[0] for w in words(v)[1]] for _, f, v in entries if f in EXEMPT]
    names = [n for n in names if len(n) >= 8]
    bad = 0
    for path, field, value in entries:
        if field in EXEMPT or field in ("id", "basis", "kind") or re.fullmatch(r"[a-z0-9:-]+", value):
            continue
        text, ws = words(value)
        spans = []
        q = [m.start() for m in QUOTE.finditer(text)]
        spans += [(q[i], q[i + 1] + 1) for i in range(0, len(q) - 1, 2)]
        spans += [(m.start(), m.end()) for m in URL.finditer(text)]
        copied = [any(a <= w[1] and w[2] <= b for a, b in spans) for w in ws]
        plain = [w[0] for w in ws]
        named = [False] * len(ws)
        for n in names:
            for i in range(len(plain) - len(n) + 1):
                if plain[i:i + len(n)] == n:
                    for k in range(i, i + len(n)):
                        named[k] = True
        shared = [False] * len(ws)
        for i in range(len(ws) - 7):
            if any(copied[i:i + 8]) or all(named[i:i + 8]):
                continue
            if window_hash(ws, i) in hashes:
                for k in range(i, i + 8):
                    shared[k] = True
        runs, i = [], 0
        while i < len(ws):
            if shared[i]:
                j = i
                while j + 1 < len(ws) and shared[j + 1]:
                    j += 1
                runs.append(text[ws[i][1]:ws[j][2]])
                i = j + 1
            else:
                i += 1
        if runs:
            bad += 1
            print(f"{path}: {runs}")
    print(f"{bad} string(s) share 8 or more consecutive words with the report")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
