"""Lists every date, number and proper name in the dataset's values that the report's text does not
print, with the basis the dataset gives the value, so that each miss is either justified (basis
`inferred` or `outside-knowledge`, with a note) or a value to fix or to find in the report.

The rules are those of the Java reading aid NotInText (core/src/test/java/io/github/bilateral/data/):
- dates (`date`, `from`, `to`, `accessed`) are looked for in the report's own forms ("July 2023",
  "July 13, 2023", "Aug. 9, 2023", "9 August 2023");
- an amount's or quantity's `value` is compared with its own `printed` words; any other number written
  in a string must be a number the report prints (with its scale word, or as a number word);
  footnote numbers cited as such are left aside;
- proper names are runs of capitalised words; a name is found if its words stand together in the
  report.
This version adds the basis: a value's basis is its field's entry in `provenance.fields`, else the
fact's. Strings inside a Sourcing (its `note`) take that Sourcing's basis, and history notes the
fact's `history` field's.

Run from the repository's root:
  python3 seeds/tools/not_in_text.py [--all] [REPORT_TEXT]
Without --all only loans, agreements, figures, events, errata and citations are read.
Exit status 1 if a miss has a printed basis (text, footnote, caption, front-matter).
"""
import re
import sys
import unicodedata
from decimal import Decimal

import v2json
from own_words import words

DATE_FIELDS = {"date", "from", "to", "accessed"}
ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# ASCII digits only, and a footnote marker (a superscript digit) ends a number as a space would
NUMBER = re.compile(r"(?<![^\W\d_])(?<![0-9.,])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?"
                    r"(?:\s*(million|billion|bln|bn|m|b)(?![A-Za-z0-9]))?", re.IGNORECASE)
FOOTNOTE_REF = re.compile(r"(?i)\bfootnotes?\s+\d+(?:(?:,\s*|\s+and\s+|\s+to\s+)\d+)*")
ISO_IN_STRING = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")
SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
NUMBER_WORDS = {w: i for i, w in enumerate(SMALL)}
NUMBER_WORDS.update({w: 30 + 10 * i for i, w in enumerate(
    ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])})
NUMBER_WORDS["hundred"] = 100
# Beyond the Java aid: ordinals, read in an amount's or quantity's own printed words ("third term").
ORDINALS = {w: i + 1 for i, w in enumerate(["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                             "eighth", "ninth", "tenth"])}
CONNECTORS = {"of", "the", "and", "for", "al", "ul", "bin", "de", "&"}
OWN_WORDS = {"footnote", "footnotes", "photo", "caption", "url", "urls", "outlet", "slug", "printed", "erratum"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PRINTED_BASES = {"text", "footnote", "caption", "front-matter"}
# Misses with a printed basis that were read against the report and are right; each says why.
REVIEWED = {
    # ordinary words opening a sentence, and adjectives of places the report names
    ("citation:30", "problems[0].note"): "'Title' opens a sentence",
    ("citation:34", "problems[0].note"): "'Shortened' opens a sentence",
    ("loan:ifc-dfc-de-risking-finance", "summary"): "'Proposed' opens a sentence",
    ("loan:us-green-alliance-funding", "summary"): "'Proposed' opens a sentence",
    ("agreement:ad-ports-karachi-east-wharf-lease", "summary"): "'Talks' opens a sentence",
    ("agreement:cpec-authority-creation", "summary"): "'Creation' opens a sentence",
    ("erratum:refolement-spelling", "summary"): "'Misspelling' opens a sentence",
    ("event:sri-lanka-no-snap-polls-statement-2023-06-13", "summary"): "'Sri Lankan', of Sri Lanka",
    ("event:sri-lanka-elections-2024", "summary"): "'Lankan', of Sri Lanka",
    ("figure:planned-border-markets", "summary"): "'Iranian', of the Iran border in footnote 87's title",
}
SCALE = {"million": 10 ** 6, "m": 10 ** 6, "billion": 10 ** 9, "bln": 10 ** 9, "bn": 10 ** 9, "b": 10 ** 9}


def number_of(m):
    n = Decimal(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
    return n * SCALE.get((m.group(3) or "").lower(), 1)


def numbers_of(text, with_words):
    found = []
    for m in NUMBER.finditer(text):
        found.append(number_of(m))
        if m.group(2) is None:
            found.append(Decimal(m.group(1).replace(",", "")))
    if with_words:
        for m in re.finditer(r"(?i)\b(" + "|".join(NUMBER_WORDS) + r")\b", text):
            found.append(Decimal(NUMBER_WORDS[m.group(1).lower()]))
        for m in re.finditer(r"(?i)\b(" + "|".join(ORDINALS) + r")\b", text):
            found.append(Decimal(ORDINALS[m.group(1).lower()]))
        if "half a million" in text.lower():
            found.append(Decimal(500000))
    return found


def without_possessives(s):
    return re.sub(r"(?<=[^\W\d_])['\u2019]s\b", "", s)


class Report:
    def __init__(self, raw):
        self.text = unicodedata.normalize("NFC", raw).replace("\\$", "$")
        self.flat = re.sub(r"\s+", " ", self.text)
        ws = [w[0] for w in words(without_possessives(self.text))]
        self.words = " " + " ".join(ws) + " "
        self.word_set = set(ws)
        self.lower = {words(m.group())[0][0] for m in re.finditer(r"(?<![^\W\d_'’])[a-z][^\W\d_'’]*", self.text)
                      if words(m.group())}
        self.numbers = set(numbers_of(self.text, True))
        sup = {"\u00B9": "1", "\u00B2": "2", "\u00B3": "3", **{chr(0x2070 + d): str(d) for d in range(10)}}
        for m in re.finditer("[\u00B9\u00B2\u00B3\u2070-\u2079]+", self.text):
            self.numbers.add(Decimal("".join(sup[c] for c in m.group())))

    def find(self, regex):
        return re.search(regex, self.flat) is not None

    def date(self, value):
        m = ISO_DATE.fullmatch(value)
        year, month, day = m.group(1), m.group(2), m.group(3)
        if month is None:
            return None if re.search(r"(?<!\d)" + year + r"(?!\d)", self.flat) else "year not printed"
        full = MONTHS[int(month) - 1]
        names = full + "|" + full[:3] + r"\." + (r"|Sept\." if full == "September" else "")
        if day is None:
            if self.find(r"\b(?:" + names + r")\s+(?:\d{1,2},\s+)?" + year + r"\b"):
                return None
            if self.find(r"\b(?:" + names + r")\b"):
                return "month printed, but never with this year"
            return "only in a URL" if (f"{year}/{month}" in self.flat or f"{year}/{int(month)}" in self.flat) \
                else "month not printed"
        d = int(day)
        if self.find(r"\b(?:" + names + r")\s+" + str(d) + r",?\s+" + year + r"\b") or \
                self.find(r"\b" + str(d) + r"\s+(?:" + names + r")\s+" + year + r"\b"):
            return None
        if self.find(r"\b(?:" + names + r")\s+" + str(d) + r"\b") or self.find(r"\b" + str(d) + r"\s+(?:" + names + r")\b"):
            return "day and month printed, but not with this year"
        for frag in (f"{year}/{month}/{day}", f"{year}/{int(month)}/{d}", f"{year}-{month}-{day}"):
            if frag in self.flat:
                return "only in a URL"
        return "day not printed"

    def printed(self, n):
        return any(p == n for p in self.numbers)

    def names(self, s):
        s = unicodedata.normalize("NFC", s)
        toks = []
        for m in re.finditer(r"[^\W_&][\w'’.\-&]*|&", s):
            a, b = m.start(), m.end()
            while b > a + 1 and s[b - 1] in ".-'’" and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{1,3}\.", s[a:b]):
                b -= 1
            toks.append((a, b))
        word = lambda t: s[t[0]:t[1]]
        cap = lambda t: s[t[0]].isupper()
        same = lambda x, y: re.fullmatch(r"[\s\-'’]*", s[x[1]:y[0]]) is not None

        def opens(k):
            before = s[:toks[k][0]].rstrip()
            return before == "" or before[-1] in ".;:(\"\u201C?!"

        def common(w):
            ws = words(w)
            return bool(ws) and (ws[0][0] in self.lower or ws[0][0] in OWN_WORDS)

        def own(w):
            return re.sub(r"['\u2019]s$", "", w.lower()) in OWN_WORDS

        out, i = [], 0
        while i < len(toks):
            if not cap(toks[i]):
                i += 1
                continue
            j = i
            while j + 1 < len(toks):
                nx = j + 1
                if not same(toks[j], toks[nx]):
                    break
                if cap(toks[nx]):
                    j = nx
                elif word(toks[nx]).lower() in CONNECTORS and nx + 1 < len(toks) and cap(toks[nx + 1]) \
                        and same(toks[nx], toks[nx + 1]):
                    j = nx + 1
                else:
                    break
            first = i
            while first <= j and opens(first) and common(word(toks[first])):
                first += 1
            while first <= j and (word(toks[first]).lower() in CONNECTORS or own(word(toks[first]))):
                first += 1
            last = j
            while last >= first and own(word(toks[last])):
                last -= 1
            while last >= first and word(toks[last]).lower() in CONNECTORS:
                last -= 1
            if first <= last:
                out.append(s[toks[first][0]:toks[last][1]])
            i = j + 1
        misses = []
        for name in out:
            ws = [w[0] for w in words(without_possessives(name))]
            if not ws or all(w.isdigit() for w in ws):
                continue
            if " " + " ".join(ws) + " " not in self.words:
                unknown = [w for w in ws if w not in self.word_set]
                misses.append(f'"{name}" ' + ("has words the report never prints: " + ", ".join(unknown)
                                              if unknown else "words printed, but never together"))
        return misses


def values(report, only_share):
    """(fact ref, path, field, value, basis) for every string and number of the facts."""
    out = []
    for key, facts in report.items():
        if not isinstance(facts, list) or (only_share and key not in v2json.SHARE):
            continue
        kind = v2json.KIND.get(key, key[:-1])
        for fact in facts:
            ref = f"{kind}:{fact.get('id', fact.get('footnote'))}"
            prov = fact.get("provenance", {})
            fact_basis = prov.get("basis", prov.get("location", "text"))
            sourcing = prov.get("fields", {})

            def walk(node, path, field, basis):
                if isinstance(node, dict):
                    for k, v in node.items():
                        walk(v, f"{path}.{k}" if path else k, k, basis)
                elif isinstance(node, list):
                    for i, v in enumerate(node):
                        walk(v, f"{path}[{i}]", field, basis)
                elif isinstance(node, (str, int, float)) and not isinstance(node, bool):
                    out.append((ref, path, field, node, basis))

            for k, v in fact.items():
                if k == "provenance":
                    for name, s in sourcing.items():
                        walk(s, f"provenance.fields.{name}", name, s["basis"])
                    if "note" in prov:
                        walk(prov["note"], "provenance.note", "note", fact_basis)
                    continue
                own = "date" if k == "datePart" else k
                walk(v, k, k, sourcing.get(own, {}).get("basis", fact_basis))
    return out


def run(report_text, report, only_share):
    r = Report(report_text)
    vals = values(report, only_share)
    by_path = {(v[0], v[1]): v[3] for v in vals}
    misses = []
    for ref, path, field, value, basis in vals:
        found = []
        if field in DATE_FIELDS and isinstance(value, str) and ISO_DATE.fullmatch(value):
            miss = r.date(value)
            if miss:
                found.append(("dates", f"{value}: {miss}"))
        elif field == "value" and isinstance(value, (int, float)):
            printed = by_path.get((ref, re.sub(r"value$", "printed", path)))
            n = Decimal(str(value))
            if printed is not None:
                nums = numbers_of(printed, True)
                if not nums:
                    found.append(("numbers", f'{value}: its printed words "{printed}" give no number'))
                elif n not in nums:
                    found.append(("numbers", f'{value}: differs from its printed words "{printed}"'))
            elif not r.printed(n):
                found.append(("numbers", f"{value}: not a number the report prints"))
        elif field == "term" and isinstance(value, str):
            m = re.fullmatch(r"P(\d+)([YMWD])", value)
            if m:
                unit = {"Y": "year", "M": "month", "W": "week", "D": "day"}[m.group(2)]
                n = int(m.group(1))
                word = next((w for w, v in NUMBER_WORDS.items() if v == n), str(n))
                if not r.find(r"(?i)\b(?:" + str(n) + "|" + word + r")[- ]" + unit + r"s?\b"):
                    found.append(("numbers", f'{value}: no "{n} {unit}s" or "{word}-{unit}" printed'))
        elif isinstance(value, str) and not re.fullmatch(r"-?\d+(\.\d+)?", value) \
                and not re.fullmatch(r"[a-z0-9:-]+", value) and not re.fullmatch(r"[A-Z]{2,3}", value) \
                and field not in ("url", "linkTarget", "printedDate"):
            s = ISO_IN_STRING.sub(" ", FOOTNOTE_REF.sub(" ", value))
            for m in NUMBER.finditer(s):
                if not r.printed(number_of(m)):
                    found.append(("numbers", f'"{m.group().strip()}" is not a number the report prints'))
            found += [("names", miss) for miss in r.names(value)]
        for kind, miss in found:
            misses.append((kind, basis, f"{ref} {path} [{basis}]: {miss}", (ref, path)))
    return misses


def main(argv):
    only_share = "--all" not in argv
    args = [a for a in argv if not a.startswith("--")]
    text = open(args[0] if args else v2json.REPORT_TEXT, encoding="utf-8").read()
    misses = run(text, v2json.load(), only_share)
    reviewed = [m for m in misses if m[3] in REVIEWED]
    misses = [m for m in misses if m[3] not in REVIEWED]
    rephrased = [m for m in misses if m[1] in PRINTED_BASES and m[2].endswith("words printed, but never together")]
    to_check = [m for m in misses if m[1] in PRINTED_BASES and m not in rephrased]
    print("Values of the dataset that the report's text does not print\n")
    for title, group in (("with a printed basis: fix, or find the words", to_check),
                         ("names whose words the report prints, but not together: rephrasings to read", rephrased),
                         ("read and right (see REVIEWED in the script)", reviewed),
                         ("with basis inferred or outside-knowledge: justified by their notes",
                          [m for m in misses if m[1] not in PRINTED_BASES])):
        print(f"## {len(group)} {title}")
        for kind in ("dates", "numbers", "names"):
            for m in group:
                if m[0] == kind:
                    print(f"{kind}: {m[2]}")
        print()
    return 1 if to_check else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
