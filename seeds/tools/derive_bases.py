"""Turns the provenance of loans, agreements, figures, events and errata into version 2, from the
second reading (seeds/reading/reading-money-events.jsonl): `location` becomes the fact's `basis`,
and every field whose reading gives a basis other than the fact's gets an entry in `fields`.

Run from the repository's root: python3 seeds/tools/derive_bases.py [--dry-run]
It prints what it could not decide (unsupported values, reading lines whose value is no longer the
data's), for a person to settle by hand; it never guesses them.

Rules, per fact:
- the fact's basis is the basis the reading gives its `provenance.location` line (the reading's
  correction where it has one);
- an erratum is about printed words, so its basis is where those words stand: the basis the reading
  gives its `kind` line (version 1 left every erratum at the default `text`);
- the lines of one field (`amount.value`, `amount.printed`, ...; `datePart` counts as `date`;
  `actors[0]`, `actors[1]`, ... as `actors`) are taken together; if any has a basis other than
  the fact's, the field gets one Sourcing with the least direct of those bases (outside-knowledge,
  then inferred, then footnote, caption, front-matter, text), that basis's footnotes, the sections
  where its words stand if the fact does not list them, and the reading's notes (for a list, each
  note names the element it is about);
- `summary` is our wording, not a value of the report; its lines are checked by hand, not here.
"""
import re
import sys
from collections import OrderedDict

import v2json

RANK = ["outside-knowledge", "inferred", "footnote", "caption", "front-matter", "text"]
LISTS = {"loan": "loans", "agreement": "agreements", "figure": "figures", "event": "events",
         "erratum": "errata"}
SKIP = {"summary", "id", "provenance", "link", "status-history"}
BOILERPLATE = re.compile(r"^(footnote \d+ as printed|marker \d+ stands in .*|the fact's words stand in this "
                         r"section|fact-level .*|named as examples .*)$")


def value_at(fact, path):
    cur = fact
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        if part.startswith("["):
            i = int(part[1:-1])
            if not isinstance(cur, list) or i >= len(cur):
                return None
            cur = cur[i]
        else:
            if not isinstance(cur, dict) or part not in cur:
                return None
            cur = cur[part]
    return cur


def comparable(line_value):
    if isinstance(line_value, str) and line_value.endswith(" (default)"):
        return None
    return line_value


def main(dry_run):
    report = v2json.load()
    index = {}
    for kind, key in LISTS.items():
        for fact in report[key]:
            index[f"{kind}:{fact['id']}"] = fact
    by_fact = OrderedDict()
    for line in v2json.reading():
        if line["fact"].startswith("missing:"):
            continue
        by_fact.setdefault(line["fact"], []).append(line)
    to_settle = []
    counts = {"facts": 0, "fields": 0}
    for ref, lines in by_fact.items():
        fact = index[ref]
        prov = fact["provenance"]
        location = [l for l in lines if l["field"] == "provenance.location"]
        basis = location[0]["basis"] if location else prov.get("location", "text")
        prov.pop("location", None)
        if ref.startswith("erratum:"):
            kind_line = [l for l in lines if l["field"] == "kind"]
            if kind_line and kind_line[0]["basis"] in ("text", "footnote", "caption", "front-matter"):
                basis = kind_line[0]["basis"]
        if basis != "text":
            prov["basis"] = basis
        groups = OrderedDict()
        for l in lines:
            if l["field"].startswith("provenance.") or l["field"] in SKIP:
                continue
            expected = comparable(l["value"])
            actual = value_at(fact, l["field"])
            if expected is not None and actual != expected:
                to_settle.append(f"{ref} {l['field']}: the reading read {expected!r}, the data holds {actual!r}")
            if l["basis"] == "unsupported":
                to_settle.append(f"{ref} {l['field']}: unsupported ({l['problem']})")
                continue
            groups.setdefault(v2json.top_field(l["field"]), []).append(l)
        fields = {}
        for name, group in groups.items():
            others = [l for l in group if l["basis"] != basis]
            if not others:
                continue
            chosen = min((l["basis"] for l in others), key=RANK.index)
            picked = [l for l in others if l["basis"] == chosen]
            sourcing = {"basis": chosen}
            footnotes = sorted({n for l in picked for n in l["footnotes"]})
            if footnotes:
                sourcing["footnotes"] = footnotes
            sections = [s for s in OrderedDict.fromkeys(l["section"] for l in picked)
                        if s and s not in prov["sections"]]
            if sections:
                sourcing["sections"] = sections
            is_list = isinstance(fact.get(name), list) and len(fact[name]) > 1
            notes = []
            for l in picked:
                note = l["note"].strip()
                if not note or BOILERPLATE.match(note):
                    continue
                if is_list and re.search(r"\[\d+\]$", l["field"]):
                    note = f"{l['value']}: {note}"
                if note not in notes:
                    notes.append(note)
            if is_list and len(picked) < len(fact[name]):
                named = ", ".join(str(l["value"]) for l in picked)
                notes.append(f"this basis applies to {named} only; the other elements have the fact's")
            if notes:
                sourcing["note"] = "; ".join(notes)
            elif chosen in v2json.NOTE_REQUIRED:
                to_settle.append(f"{ref} {name}: {chosen} without a note")
            fields[name] = sourcing
        if fields:
            prov["fields"] = fields
        counts["facts"] += 1
        counts["fields"] += len(fields)
    for line in to_settle:
        print("SETTLE", line)
    print(f"{counts['facts']} facts, {counts['fields']} field entries", file=sys.stderr)
    report["schemaVersion"] = 2
    if not dry_run:
        v2json.save(report)


if __name__ == "__main__":
    main("--dry-run" in sys.argv)
