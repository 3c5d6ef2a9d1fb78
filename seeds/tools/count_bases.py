"""Counts the facts and the values of the money and event facts (and citations) by basis, as a
Markdown table. A value is one field of a fact (ids and provenance aside; `datePart` counts with
`date`); its basis is its entry in `provenance.fields`, else the fact's.

Run from the repository's root: python3 seeds/tools/count_bases.py
"""
from collections import Counter

import v2json


def main():
    report = v2json.load()
    facts, values = {}, {}
    for key in v2json.SHARE:
        facts[key], values[key] = Counter(), Counter()
        for fact in report[key]:
            prov = fact["provenance"]
            basis = prov.get("basis", "text")
            facts[key][basis] += 1
            for field in fact:
                if field in ("id", "footnote", "provenance", "datePart"):
                    continue
                values[key][prov.get("fields", {}).get(field, {}).get("basis", basis)] += 1
    for title, table in (("facts", facts), ("values", values)):
        print(f"| {title} by basis | " + " | ".join(v2json.SHARE) + " | all |")
        print("| --- |" + " ---: |" * (len(v2json.SHARE) + 1))
        for basis in v2json.BASES:
            row = [table[k][basis] for k in v2json.SHARE]
            print(f"| {basis} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
        totals = [sum(table[k].values()) for k in v2json.SHARE]
        print("| **all** | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
        print()


if __name__ == "__main__":
    main()
