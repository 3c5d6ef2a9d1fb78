"""Checks the loans, agreements, figures, events, errata and citations of the dataset against the
version 2 shape (the shape everyone builds to, until the Java reader reads version 2), and checks
that the file is in canonical form. Prints each problem with the fact and field; exit status 1 if any.

Run from the repository's root: python3 seeds/tools/check_v2.py [REPORT_JSON]
"""
import datetime
import re
import sys
from pathlib import Path

import v2json

KINDS = {
    "loans": ["stand-by-arrangement", "extended-fund-facility", "imf-programme", "rollover", "bilateral-loan",
              "commercial-loan", "debt-stock", "deferred-payment", "aid-pledge", "grant", "assistance",
              "investment", "financing"],
    "agreements": ["treaty", "framework", "partnership", "deal", "dialogue", "designation", "legislation",
                   "programme", "plan", "proposal", "initiative", "status"],
    "events": ["political", "election", "arrest", "court", "legislation", "appointment", "visit", "meeting",
               "diplomacy", "statement", "violence", "military", "disaster", "economic", "migration", "other"],
    "errata": ["spelling-variant", "url-mismatch", "out-of-order-footnote", "split-footnote", "inconsistency",
               "misattribution", "other"],
}
STATUS = {
    "loans": ["proposed", "under-negotiation", "approved", "committed", "disbursing", "suspended", "rolled-over",
              "deferred", "repaid", "completed", "outstanding"],
    "agreements": ["proposed", "under-negotiation", "signed", "in-force", "awaiting-approval", "suspended",
                   "lapsed", "concluded", "not-materialised", "absent"],
}
REQUIRED = {
    "loans": ["id", "kind", "lenders", "borrowers", "status", "summary", "provenance"],
    "agreements": ["id", "kind", "status", "summary", "provenance"],
    "events": ["id", "kind", "summary", "provenance"],
    "figures": ["id", "measure", "summary", "provenance"],
    "errata": ["id", "kind", "printed", "summary", "provenance"],
    "citations": ["footnote", "provenance"],
}
POINT = ["exact", "approximately", "nearly", "at-least", "more-than", "at-most", "less-than"]
VAGUE = ["several", "dozens", "hundreds", "thousands", "millions", "billions"]
NO_DATE = ["ongoing", "undated", "era"]
PARTS = ["early", "mid", "late"]
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PERIOD = re.compile(r"^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$")
CITATION_PROBLEMS = ["url-mismatch", "split-across-pages", "out-of-order", "spelling", "date-mismatch",
                     "missing-date", "other"]


def partial_date(s):
    try:
        if re.fullmatch(r"\d{4}", s):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", s):
            return 1 <= int(s[5:]) <= 12
        datetime.date.fromisoformat(s)
        return re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) is not None
    except ValueError:
        return False


def main(path):
    text = Path(path).read_text(encoding="utf-8")
    report = v2json.json.loads(text)
    problems = []

    def bad(where, message):
        problems.append(f"{where}: {message}")

    if report.get("schemaVersion") != 2:
        bad("schemaVersion", "must be 2")
    ids = {"section": {s["id"] for s in report["sections"]}}
    for key, kind in (("actors", "actor"), ("places", "place"), ("relations", "relation"), ("loans", "loan"),
                      ("agreements", "agreement"), ("recommendations", "recommendation"), ("events", "event"),
                      ("figures", "figure"), ("assessments", "assessment"), ("errata", "erratum")):
        ids[kind] = {f["id"] for f in report.get(key, [])}
    ids["citation"] = {str(c["footnote"]) for c in report.get("citations", [])}
    footnotes = {c["footnote"] for c in report.get("citations", [])}

    def resolves(where, kind, value):
        if value not in ids[kind]:
            bad(where, f"{kind} '{value}' does not exist")

    def check_date(where, fact, field):
        if field in fact:
            if not isinstance(fact[field], str) or not partial_date(fact[field]):
                bad(where, f"{field} '{fact[field]}' is not a partial ISO date")
        part = fact.get(field + "Part")
        if part is not None:
            if part not in PARTS:
                bad(where, f"{field}Part '{part}' not one of {PARTS}")
            if field not in fact or len(fact[field]) == 10:
                bad(where, f"{field}Part needs a year or year-month {field}")

    def check_sourcing(where, s, note_key="note"):
        basis = s.get("basis")
        if basis not in v2json.BASES:
            bad(where, f"basis '{basis}' not one of {v2json.BASES}")
        if basis in v2json.NOTE_REQUIRED and not s.get(note_key):
            bad(where, f"basis '{basis}' needs a note")
        fns = s.get("footnotes", [])
        if fns != sorted(set(fns)) or any(not isinstance(n, int) for n in fns):
            bad(where, "footnotes must be ascending integers")
        for n in fns:
            if n not in footnotes:
                bad(where, f"footnote {n} has no citation")
        for sec in s.get("sections", []):
            resolves(where, "section", sec)

    def check_estimate(where, e, unit_key):
        q = e.get("qualifier", "exact")
        if q not in POINT + VAGUE:
            bad(where, f"qualifier '{q}' unknown")
        if q in VAGUE:
            if "value" in e:
                bad(where, f"a vague qualifier ('{q}') has no value")
            if not e.get("printed"):
                bad(where, f"a vague qualifier ('{q}') needs printed words")
        elif not isinstance(e.get("value"), (int, float)) or e["value"] < 0:
            bad(where, "needs a value >= 0")
        if unit_key not in e:
            bad(where, f"needs {unit_key}")

    for key in v2json.SHARE:
        kind = v2json.KIND[key]
        order = v2json.ORDER[key]
        for fact in report.get(key, []):
            name = f"{kind}:{fact.get('id', fact.get('footnote'))}"
            for field in fact:
                if field not in order:
                    bad(name, f"unknown field '{field}'")
            for field in REQUIRED[key]:
                if field not in fact:
                    bad(name, f"'{field}' is required")
            if "id" in fact and not ID.match(fact["id"]):
                bad(name, "id is not kebab-case")
            if key in KINDS and fact.get("kind") not in KINDS[key]:
                bad(name, f"kind '{fact.get('kind')}' not one of {KINDS[key]}")
            if key in STATUS and fact.get("status") not in STATUS[key]:
                bad(name, f"status '{fact.get('status')}' not one of {STATUS[key]}")
            check_date(name, fact, "date")
            if key == "events":
                if ("date" in fact) == ("noDate" in fact):
                    bad(name, "exactly one of date and noDate")
                if "noDate" in fact and fact["noDate"] not in NO_DATE:
                    bad(name, f"noDate '{fact['noDate']}' not one of {NO_DATE}")
            if key == "figures" and ("quantity" in fact) == ("amount" in fact):
                bad(name, "exactly one of quantity and amount")
            if "amount" in fact:
                check_estimate(name + " amount", fact["amount"], "currency")
            if "quantity" in fact:
                check_estimate(name + " quantity", fact["quantity"], "unit")
            if "term" in fact and not PERIOD.match(fact["term"]):
                bad(name, f"term '{fact['term']}' is not an ISO-8601 period")
            for field, target in (("lenders", "actor"), ("borrowers", "actor"), ("parties", "actor"),
                                  ("actors", "actor"), ("places", "place")):
                for v in fact.get(field, []):
                    resolves(f"{name} {field}", target, v)
            for field in ("related", "refers"):
                for ref in fact.get(field, []):
                    k, _, i = ref.partition(":")
                    if k not in ids:
                        bad(f"{name} {field}", f"'{ref}' has an unknown kind")
                    else:
                        resolves(f"{name} {field}", k, i)
            for field in ("extends", "partOf"):
                if field in fact:
                    resolves(f"{name} {field}", "loan", fact[field])
                    if fact[field] == fact["id"]:
                        bad(name, f"{field} points to itself")
            if "agreement" in fact:
                resolves(f"{name} agreement", "agreement", fact["agreement"])
            if "history" in fact:
                hist = fact["history"]
                if not hist:
                    bad(name, "history is empty")
                prev = ""
                for i, h in enumerate(hist):
                    check_date(f"{name} history[{i}]", h, "date")
                    if h.get("status") not in STATUS[key]:
                        bad(f"{name} history[{i}]", f"status '{h.get('status')}' unknown")
                    if "date" in h:
                        if h["date"] < prev[: len(h["date"])]:
                            bad(f"{name} history[{i}]", "dates must ascend")
                        prev = h["date"]
                if hist and hist[-1].get("status") != fact.get("status"):
                    bad(name, "the last history entry's status must be the fact's status")
            if key == "citations":
                for p in fact.get("problems", []):
                    if p.get("kind") not in CITATION_PROBLEMS:
                        bad(name, f"problem kind '{p.get('kind')}' unknown")
                if "linkTarget" in fact and (not isinstance(fact["linkTarget"], str)
                                             or fact["linkTarget"] == fact.get("url")):
                    bad(name, "linkTarget must be a string that differs from url")
            prov = fact.get("provenance", {})
            if "location" in prov:
                bad(name, "'location' is not written in version 2; use 'basis'")
            if not prov.get("sections"):
                bad(name, "provenance needs sections")
            check_sourcing(name + " provenance", {"basis": prov.get("basis", "text"), **{
                k: v for k, v in prov.items() if k in ("footnotes", "sections", "note")}})
            if "page" in prov and (not isinstance(prov["page"], int) or prov["page"] < 1):
                bad(name, "page must be an integer >= 1")
            for field, s in prov.get("fields", {}).items():
                where = f"{name} provenance.fields.{field}"
                if field not in order or field in ("id", "provenance"):
                    bad(where, f"'{field}' is not a field of {kind}")
                elif field not in fact:
                    bad(where, f"the fact holds no '{field}'")
                check_sourcing(where, s)
                if s.get("basis") == prov.get("basis", "text") and not s.get("footnotes") and not s.get("sections"):
                    bad(where, "repeats the fact's basis and adds nothing")
    # cycles of partOf / extends
    loans = {l["id"]: l for l in report.get("loans", [])}
    for field in ("partOf", "extends"):
        for start in loans:
            seen, cur = set(), start
            while cur in loans and field in loans[cur]:
                if cur in seen:
                    bad(f"loan:{start}", f"{field} runs in a cycle")
                    break
                seen.add(cur)
                cur = loans[cur][field]
    # canonical form
    canonical = v2json.json.loads(text)
    for key in v2json.SHARE:
        canonical[key] = sorted((v2json.canonical_fact(f, key) for f in canonical[key]), key=v2json.sort_key(key))
    if v2json.dump(canonical) != text:
        a, b = v2json.dump(canonical).splitlines(), text.splitlines()
        line = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        bad("file", f"not in canonical form (first difference at line {line + 1})")
    for p in problems:
        print(p)
    print(f"{len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else v2json.DATASET))
