"""Lists the strings of the dataset that share a run of eight or more consecutive words with the
report, the check OwnWordsTest makes in Java, here for the facts being edited.

Words, windows and exemptions are those of core/src/test/java/io/github/bilateral/data/ (ReportWords,
ReportWindowHashes, OwnWords): NFC; a word is a run of letters and decimal digits; an apostrophe
between two of them is dropped; words are case-folded; windows are taken over the whole text and
over its body alone; words inside double quotation marks or URLs are not checked; a window wholly
inside a name or title of an exempt field is not checked.

Run from the repository's root:
  python3 seeds/tools/own_words.py [--all] [--hashes FILE] [REPORT_TEXT]
Without --all only loans, agreements, figures, events, errata and citations are checked. With
--hashes it also checks that the hashes it computes equal those in FILE (the test resource).
"""
import hashlib
import re
import sys
import unicodedata

import v2json

WINDOW = 8
EXEMPT = {"title", "name", "aliases", "authors", "outlet", "publisher", "place", "url", "printed",
          "printedLikelihood", "printedDate"}
NOT_BODY = re.compile(r"^(?:[\u00B9\u00B2\u00B3\u2070-\u2079]+|<https?:|\[|Photo above:|Cover photo:)")
QUOTE = re.compile(r"[\"\u201C\u201D]")
URL = re.compile(r"(?:https?://|www\.)\S+")
APOSTROPHES = "'\u2019\u02BC"


def is_word_char(ch):
    cat = unicodedata.category(ch)
    return cat.startswith("L") or cat == "Nd"


def words(text):
    """(word, start, end) in the NFC text, as ReportWords.of."""
    s = unicodedata.normalize("NFC", text)
    out, cur, start = [], [], -1
    for i, ch in enumerate(s):
        if is_word_char(ch):
            if start < 0:
                start = i
            cur.append(ch)
        elif ch in APOSTROPHES and start >= 0 and i + 1 < len(s) and is_word_char(s[i + 1]):
            pass
        elif start >= 0:
            out.append(("".join(cur).upper().lower(), start, i))
            cur, start = [], -1
    if start >= 0:
        out.append(("".join(cur).upper().lower(), start, len(s)))
    return out


def window_hash(ws, i):
    joined = " ".join(w[0] for w in ws[i:i + WINDOW])
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def report_hashes(text):
    body = " ".join(p.strip() for p in re.split(r"\n\s*\n", unicodedata.normalize("NFC", text))
                    if not NOT_BODY.search(p.strip())) + " "
    hashes = set()
    for t in (text, body):
        ws = words(t)
        hashes.update(window_hash(ws, i) for i in range(len(ws) - WINDOW + 1))
    return hashes


def strings(node, fact, field, path, out):
    if isinstance(node, str):
        out.append((fact, path, field, node))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            strings(v, fact, field, f"{path}[{i}]", out)
    elif isinstance(node, dict):
        for k, v in node.items():
            strings(v, fact, k, f"{path}.{k}" if path else k, out)


def dataset_strings(report, only_share):
    out = []
    for key, value in report.items():
        if isinstance(value, list):
            if only_share and key not in v2json.SHARE:
                continue
            kind = v2json.KIND.get(key, key)
            for fact in value:
                strings(fact, f"{kind}:{fact.get('id', fact.get('footnote'))}", key, "", out)
        elif not only_share:
            strings(value, key, key, "", out)
    return out


def check(entries, hashes, names):
    findings = []
    for fact, path, field, value in entries:
        if field in EXEMPT:
            continue
        s = unicodedata.normalize("NFC", value)
        ws = words(s)
        spans = []
        marks = [m.start() for m in QUOTE.finditer(s)]
        spans += [(marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2)]
        spans += [(m.start(), m.end()) for m in URL.finditer(s)]
        copied = [any(w[1] >= a and w[2] <= b for a, b in spans) for w in ws]
        texts = [w[0] for w in ws]
        named = [False] * len(ws)
        for name in names:
            for i in range(len(texts) - len(name) + 1):
                if texts[i:i + len(name)] == name:
                    for k in range(i, i + len(name)):
                        named[k] = True
        shared = [False] * len(ws)
        for i in range(len(ws) - WINDOW + 1):
            if any(copied[i:i + WINDOW]) or all(named[i:i + WINDOW]):
                continue
            if window_hash(ws, i) in hashes:
                for k in range(i, i + WINDOW):
                    shared[k] = True
        i = 0
        while i < len(ws):
            if not shared[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(ws) and shared[j + 1]:
                j += 1
            findings.append((fact, path, j - i + 1, s[ws[i][1]:ws[j][2]]))
            i = j + 1
    return findings


def main(argv):
    only_share = "--all" not in argv
    args = [a for a in argv if not a.startswith("--")]
    hashes_file = None
    if "--hashes" in argv:
        hashes_file = argv[argv.index("--hashes") + 1]
        args.remove(hashes_file)
    text_path = args[0] if args else v2json.REPORT_TEXT
    text = open(text_path, encoding="utf-8").read()
    hashes = report_hashes(text)
    if hashes_file:
        stored = {l.strip() for l in open(hashes_file, encoding="utf-8") if l.strip() and not l.startswith("#")}
        print(f"hashes: {len(hashes)} computed, {len(stored)} stored, equal: {hashes == stored}")
    report = v2json.load()
    every = dataset_strings(report, False)
    names = []
    for _, _, field, value in every:
        if field in EXEMPT:
            ws = [w[0] for w in words(value)]
            if len(ws) >= WINDOW:
                names.append(ws)
    findings = check(dataset_strings(report, only_share), hashes, names)
    for fact, path, n, run in findings:
        print(f"{fact} {path}: {n} words shared: {run}")
    print(f"{len(findings)} shared runs of {WINDOW} or more words", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
