"""Counts of the share's values by basis, for seeds/README.md: every top-level field of every fact
of actors, places, relations, recommendations and assessments (id and provenance aside) is one
value, with the basis of its `fields` entry or else the fact's. Sections carry no provenance: their
titles and pages are the contents' (front matter), their parents the contents' italics (inferred).

python3 seeds/tools/share_counts.py
"""
import collections

import reportjson

LISTS = ["actors", "places", "relations", "recommendations", "assessments"]
BASES = ["text", "footnote", "caption", "front-matter", "inferred", "outside-knowledge"]


def main():
    r = reportjson.load()
    total = collections.Counter()
    rows = []
    facts = collections.Counter()
    for name in LISTS:
        c = collections.Counter()
        for fact in r[name]:
            prov = fact["provenance"]
            facts[(name, prov.get("basis", "text"))] += 1
            for field in fact:
                if field in ("id", "provenance"):
                    continue
                c[prov.get("fields", {}).get(field, {}).get("basis", prov.get("basis", "text"))] += 1
        rows.append((name, len(r[name]), c))
        total += c
    sec = collections.Counter()
    for s in r["sections"]:
        sec["inferred" if s["id"] == "front-matter" else "front-matter"] += 1  # "Front matter" is our label
        sec["front-matter"] += "page" in s
        sec["inferred"] += "parent" in s
    rows.append(("sections", len(r["sections"]), sec))
    total += sec
    print("| list | facts | " + " | ".join(BASES) + " | values |")
    print("| --- | ---: | " + " | ".join("---:" for _ in BASES) + " | ---: |")
    for name, n, c in rows + [("**all**", sum(x[1] for x in rows), total)]:
        print(f"| {name} | {n} | " + " | ".join(str(c[b]) for b in BASES) + f" | {sum(c.values())} |")
    print()
    print("Facts by the basis of the fact as a whole: " + ", ".join(
        f"{name} " + " ".join(f"{b} {facts[(name, b)]}" for b in BASES if facts[(name, b)]) for name in LISTS))


if __name__ == "__main__":
    main()
