"""Checks actors, places, relations, recommendations, assessments, sections and metadata of
report.json against the version 2 shape (v2-spec: provenance basis, note and fields; unnamed actors
and possible identities), and the rules the Java reader applies to them: required fields, enums,
ids, references that resolve, ascending footnotes, canonical field order and formatting, sorted
lists, names that no look-up confuses (as ReportValidator.ambiguousNames), and footnotes whose
markers stand in one of the fact's sections. Prints every problem; exits 1 if there is one.

python3 seeds/tools/validate_v2.py [report.json]
"""
import json
import re
import sys
import unicodedata

import reportjson

BASES = {"text", "footnote", "caption", "front-matter", "inferred", "outside-knowledge"}
NEEDS_NOTE = {"inferred", "outside-knowledge"}
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PARTS = {"early", "mid", "late"}
ENUMS = {
    "actor": {"kind": {"state", "international-organisation", "government-body", "military-or-security-body",
                       "political-party", "person", "armed-group", "company", "community", "programme", "other"}},
    "place": {"kind": {"country", "province", "region", "city", "port", "border", "river", "sea", "site", "other"}},
    "relation": {"kind": {"member-of", "part-of", "leads", "allied-with", "rival-of", "opposes", "supports",
                          "mediates-for", "influences", "trade-partner-of", "creditor-of", "designates",
                          "engages-with", "hosts"}},
    "assessment": {"kind": {"scenario", "outcome", "concern", "risk", "judgement"},
                   "likelihood": {"very-unlikely", "unlikely", "uncertain", "possible", "likely", "very-likely",
                                  "certain"}},
}
REQUIRED = {
    "actor": ["id", "kind", "name", "provenance"],
    "place": ["id", "kind", "name", "provenance"],
    "relation": ["id", "kind", "from", "to", "provenance"],
    "recommendation": ["id", "number", "summary", "addressees", "themes", "history", "provenance"],
    "assessment": ["id", "kind", "summary", "provenance"],
    "section": ["id", "title"],
}
REF_KINDS = {"actor": "actors", "place": "places", "loan": "loans", "agreement": "agreements",
             "recommendation": "recommendations", "event": "events", "figure": "figures",
             "assessment": "assessments", "relation": "relations", "section": "sections",
             "erratum": "errata"}

problems = []


def problem(where, why):
    problems.append(f"{where}: {why}")


def key(name):
    s = unicodedata.normalize("NFKD", name)
    return "".join(c.lower() for c in s if c.isalnum())


def check_order(obj, kind, where):
    order = reportjson.ORDER[kind]
    keys = list(obj)
    unknown = [k for k in keys if k not in order]
    if unknown:
        problem(where, f"unknown field(s) {unknown} in {kind} (known: {', '.join(order)})")
    known = [k for k in keys if k in order]
    if known != sorted(known, key=order.index):
        problem(where, f"fields out of canonical order: {known}")


def check_sourcing(s, where, sections):
    check_order(s, "sourcing", where)
    if s.get("basis") not in BASES:
        problem(where, f"basis {s.get('basis')!r} is not one of {sorted(BASES)}")
    if s.get("basis") in NEEDS_NOTE and not s.get("note"):
        problem(where, f"basis {s['basis']} needs a note that says how it was worked out or where it comes from")
    foot = s.get("footnotes", [])
    if foot != sorted(set(foot)) or not all(isinstance(n, int) and n >= 1 for n in foot):
        problem(where, f"footnotes {foot} must be distinct integers >= 1 in ascending order")
    for sec in s.get("sections", []):
        if sec not in sections:
            problem(where, f"section {sec!r} does not exist")


def check_provenance(fact, kind, where, ctx):
    prov = fact.get("provenance")
    if not isinstance(prov, dict):
        problem(where, "provenance is required")
        return
    check_order(prov, "provenance", where + ".provenance")
    if "location" in prov:
        problem(where + ".provenance", "'location' is version 1; a version 2 file says 'basis'")
    secs = prov.get("sections", [])
    if not secs:
        problem(where + ".provenance", "sections must not be empty")
    for s in secs:
        if s not in ctx["sections"]:
            problem(where + ".provenance", f"section {s!r} does not exist")
    if secs != sorted(secs, key=lambda s: ctx["order"].get(s, 99)):
        problem(where + ".provenance", f"sections not in reading order: {secs}")
    if "page" in prov and not (isinstance(prov["page"], int) and prov["page"] >= 1):
        problem(where + ".provenance", "page must be an integer >= 1")
    basis = prov.get("basis", "text")
    if basis not in BASES or prov.get("basis") == "text":
        problem(where + ".provenance", f"basis {prov.get('basis')!r}: one of {sorted(BASES - {'text'})}, or left out for text")
    if basis in NEEDS_NOTE and not prov.get("note"):
        problem(where + ".provenance", f"basis {basis} needs a note")
    check_sourcing({"basis": basis, **{k: prov[k] for k in ("footnotes", "note") if k in prov}},
                   where + ".provenance", ctx["sections"])
    allowed = [k for k in reportjson.ORDER[kind] if k not in ("id", "provenance")]
    for field, s in prov.get("fields", {}).items():
        fw = f"{where}.provenance.fields.{field}"
        if field not in allowed:
            problem(fw, f"'fields' names {field!r}, which {kind} does not have (fields: {', '.join(allowed)})")
        elif field not in fact:
            problem(fw, f"'fields' names {field!r}, which this {kind} does not hold")
        check_sourcing(s, fw, ctx["sections"])
    if list(prov.get("fields", {})) != sorted(prov.get("fields", {}), key=lambda k: allowed.index(k) if k in allowed else 99):
        problem(where + ".provenance.fields", "keys out of the fact's canonical order")
    # footnote markers in the fact's sections (or in the sections of the field that cites them)
    for n in prov.get("footnotes", []):
        if n not in ctx["footnote_sections"]:
            problem(where + ".provenance", f"footnote {n} has no citation")
            continue
        cited_in = set(secs) | {x for s in prov.get("fields", {}).values() for x in s.get("sections", [])}
        if not set(ctx["footnote_sections"][n]) & cited_in:
            problem(where + ".provenance", f"footnote {n}'s marker stands in {ctx['footnote_sections'][n]}, not in the fact's sections {secs}")


def check_report(r, text):
    ctx = {"sections": {s["id"] for s in r["sections"]},
           "order": {s["id"]: i for i, s in enumerate(r["sections"])},
           "footnote_sections": {c["footnote"]: c["provenance"]["sections"] for c in r.get("citations", [])}}
    if r.get("schemaVersion") != 2:
        problem("schemaVersion", f"is {r.get('schemaVersion')}, this check is for 2")
    ids = {name: {f.get("id") for f in r.get(name, [])} for name in REF_KINDS.values()}
    ids["citations"] = set(ctx["footnote_sections"])
    actors = ids["actors"]
    m = r["metadata"]
    for f in ("id", "title", "authors", "publisher", "date"):
        if f not in m:
            problem("metadata", f"{f} is required")
    if not DATE.match(m.get("date", "")):
        problem("metadata.date", "must be an ISO-8601 partial date")
    for i, s in enumerate(r["sections"]):
        check_order(s, "section", f"sections[{i}]")
        if "parent" in s and s["parent"] not in ctx["sections"]:
            problem(f"sections[{i}]", f"parent {s['parent']!r} does not exist")
    for name, kind in reportjson.LIST_KIND.items():
        facts = r.get(name, [])
        seen = set()
        for i, f in enumerate(facts):
            where = f"{name}[{i}] {f.get('id')}"
            for req in REQUIRED[kind]:
                if req not in f:
                    problem(where, f"{req} is required")
            if not ID.match(str(f.get("id", ""))) or len(f.get("id", "")) > 80:
                problem(where, "id must be lowercase kebab-case, at most 80 characters")
            if f.get("id") in seen:
                problem(where, "duplicate id")
            seen.add(f.get("id"))
            if kind == "section":
                continue
            check_order(f, kind, where)
            for field, values in ENUMS.get(kind, {}).items():
                if field in f and f[field] not in values:
                    problem(where, f"{field} {f[field]!r} is not one of {sorted(values)}")
            check_provenance(f, kind, where, ctx)
            if "date" in f and not DATE.match(f["date"]):
                problem(where, f"date {f['date']!r} is not an ISO-8601 partial date")
            if "datePart" in f and (f["datePart"] not in PARTS or "date" not in f or len(f["date"]) > 7):
                problem(where, "datePart needs a year or year-month date and is early, mid or late")
            for field, v in f.items():
                if isinstance(v, list) and not v:
                    problem(where, f"{field} is an empty list: leave it out")
            if kind == "actor":
                if "unnamed" in f and f["unnamed"] is not True:
                    problem(where, "unnamed is written only when true")
                for j, o in enumerate(f.get("offices", [])):
                    check_order(o, "office", f"{where}.offices[{j}]")
                    if "organisation" in o and o["organisation"] not in actors:
                        problem(where, f"office organisation {o['organisation']!r} is not an actor")
                    if "title" not in o:
                        problem(where, "office title is required")
                    if f["kind"] != "person":
                        problem(where, "offices are only for persons")
                for j, p in enumerate(f.get("possibleIdentities", [])):
                    pw = f"{where}.possibleIdentities[{j}]"
                    check_order(p, "identity", pw)
                    if p.get("actor") not in actors or p.get("actor") == f["id"]:
                        problem(pw, f"actor {p.get('actor')!r} must be another existing actor")
                    check_sourcing({k: v for k, v in p.items() if k != "actor"}, pw, ctx["sections"])
            if kind == "place" and "within" in f and f["within"] not in ids["places"]:
                problem(where, f"within {f['within']!r} is not a place")
            if kind == "relation":
                for end in ("from", "to"):
                    if f.get(end) not in actors:
                        problem(where, f"{end} {f.get(end)!r} is not an actor")
                if f.get("from") == f.get("to"):
                    problem(where, "from and to must differ")
            for field in ("addressees", "subjects", "actors"):
                for a in f.get(field, []):
                    if a not in actors:
                        problem(where, f"{field}: {a!r} is not an actor")
            for field in ("instruments", "evidence"):
                for ref in f.get(field, []):
                    k, _, v = ref.partition(":")
                    target = ids.get(REF_KINDS.get(k, ""), set()) if k != "citation" else {str(x) for x in ids["citations"]}
                    if v not in target:
                        problem(where, f"{field}: {ref!r} does not resolve")
            if kind == "recommendation":
                for j, h in enumerate(f.get("history", [])):
                    check_order(h, "history", f"{where}.history[{j}]")
        if name == "recommendations":
            nums = [f["number"] for f in facts]
            if nums != sorted(set(nums)):
                problem(name, "numbers must be unique and in order")
        elif name != "sections" and [f["id"] for f in facts] != sorted(f["id"] for f in facts):
            problem(name, "not sorted by id")
    owner = {}
    for i, a in enumerate(r["actors"]):
        for n in [a["name"]] + a.get("aliases", []):
            k = key(n)
            first = owner.setdefault(k, (a["id"], n))
            if first[0] != a["id"] and k:
                problem(f"actors[{i}] {a['id']}", f"name {n!r} folds to {k!r} like {first[1]!r} of actor {first[0]!r}")
    if json.dumps(r, indent=2, ensure_ascii=False) + "\n" != text:
        problem("file", "not in canonical form (2-space indent, UTF-8, final newline)")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else reportjson.REPORT
    text = open(path, encoding="utf-8").read()
    check_report(json.loads(text), text)
    print("\n".join(problems) if problems else "no problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
