"""Lists every date, number and proper name in the share's values that the report's text does not
print, so that each can be checked: found in the report, or marked inferred / outside-knowledge
with a note, or removed. A reading aid, not a test (a rephrased name is a harmless miss).

- dates (date, from, to, history dates): looked for as "July 2023", "July 13, 2023", "Aug. 9, 2023",
  "9 August 2023"; a year alone as the year;
- numbers in free text (summaries, notes, office titles): with their scale word (million, billion)
  or as printed digits; "footnote 60" and the like are left aside;
- proper names: runs of capitalised words (with of/the/and/for between them) in free text, found if
  their words stand together in the report (possessive 's ignored).

python3 seeds/tools/share_not_in_text.py [report text]
"""
import json
import re
import sys

import share_own_words as own_words
import reportjson

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ABBR = {"January": "Jan.", "February": "Feb.", "March": "March", "April": "April", "May": "May", "June": "June",
        "July": "July", "August": "Aug.", "September": "Sept.", "October": "Oct.", "November": "Nov.",
        "December": "Dec."}
SHARE = ["actors", "places", "relations", "recommendations", "assessments", "sections", "metadata"]
FREE = {"summary", "note", "title"}
FOOTNOTE_REF = re.compile(r"(?i)\bfootnotes?\s+\d+(?:(?:,\s*|\s+and\s+|\s+to\s+|-)\d+)*")
NUMBER = re.compile(r"(?<![\w.,\[])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(million|billion)\b)?", re.I)
CONNECT = {"of", "the", "and", "for", "al", "ul", "&"}


def date_forms(iso):
    parts = iso.split("-")
    if len(parts) == 1:
        return [parts[0]]
    y, m = parts[0], MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return [f"{m} {y}", f"{ABBR[m]} {y}", f"{m}"]
    d = str(int(parts[2]))
    return [f"{m} {d}, {y}", f"{ABBR[m]} {d}, {y}", f"{d} {m} {y}", f"{m} {d}", f"{ABBR[m]} {d}"]


def main():
    text = open(sys.argv[1] if len(sys.argv) > 1 else reportjson.REPORT_TEXT, encoding="utf-8").read()
    text = re.sub("[\u00B9\u00B2\u00B3\u2070-\u2079]+", " ", text.replace("\\$", "$"))
    flat = re.sub(r"\s+", " ", text)
    joined = " " + " ".join(w[0] for w in own_words.words(re.sub(r"['\u2019]s\b", "", text))[1]) + " "
    lower = {w.lower() for w in re.findall(r"(?<![\w'\u2019])[a-z][\w'\u2019-]*", text)}
    numbers = set()
    for m in NUMBER.finditer(text):
        numbers.add((m.group(1).replace(",", ""), m.group(2) or "", (m.group(3) or "").lower()))
    r = reportjson.load()
    misses = []
    for name in SHARE:
        for path, field, value in own_words.strings(r[name], name):
            if field in ("date", "from", "to") and re.fullmatch(r"\d{4}(-\d\d){0,2}", value):
                forms = date_forms(value)
                if not any(f in flat for f in forms[:3]):
                    partial = [f for f in forms[3:] if f in flat]
                    misses.append((path, "date", value, "day and month printed without the year" if partial else "not printed"))
                continue
            if field not in FREE:
                continue
            clean = own_words.URL.sub(" ", FOOTNOTE_REF.sub(" ", value))
            for m in NUMBER.finditer(clean):
                key = (m.group(1).replace(",", ""), m.group(2) or "", (m.group(3) or "").lower())
                if key not in numbers and not (not key[2] and any(n[0] == key[0] for n in numbers)):
                    misses.append((path, "number", m.group(0), "not printed"))
            for m in re.finditer(r"(?:[A-Z][\w'\u2019.-]*)(?:\s+(?:(?:of|the|and|for|al|ul|&)\s+)*[A-Z][\w'\u2019.-]*)*", clean):
                phrase = m.group(0).rstrip(".")
                ws = [w[0] for w in own_words.words(re.sub(r"['\u2019]s\b", "", phrase))[1]]
                if not ws:
                    continue
                if len(ws) == 1 and (ws[0] in lower or m.start() == 0 or clean[:m.start()].rstrip().endswith((".", ";", ":"))):
                    if ws[0] in lower or f" {ws[0]} " in joined:
                        continue
                if f" {' '.join(ws)} " not in joined:
                    misses.append((path, "name", phrase, "not printed together" if all(f" {w} " in joined for w in ws) else "a word the report never prints"))
    for p, kind, v, why in misses:
        print(f"{kind}\t{p}\t{v}\t{why}")
    print(f"{len(misses)} value(s) to check", file=sys.stderr)


if __name__ == "__main__":
    main()
