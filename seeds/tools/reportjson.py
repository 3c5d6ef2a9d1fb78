"""Reading and writing the bundled report.json in its canonical form (2-space indent, UTF-8 as is,
final newline), and the canonical field order of version 2 for the kinds of fact these tools edit."""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
REPORT = ROOT / "seeds" / "mei-2023-us-pakistan" / "report.json"
READING = ROOT / "seeds" / "reading"
REPORT_TEXT = ROOT.parent / "shared" / "seeds" / "000_b49ee22279090629.txt"

ORDER = {
    "provenance": ["sections", "footnotes", "page", "basis", "note", "fields"],
    "sourcing": ["basis", "footnotes", "sections", "note"],
    "actor": ["id", "kind", "name", "unnamed", "aliases", "country", "offices", "possibleIdentities",
              "summary", "provenance"],
    "office": ["title", "organisation", "from", "fromPart", "to", "toPart", "acting", "note"],
    "identity": ["actor", "basis", "footnotes", "note"],
    "place": ["id", "kind", "name", "aliases", "country", "within", "provenance"],
    "relation": ["id", "kind", "from", "to", "date", "datePart", "summary", "provenance"],
    "recommendation": ["id", "number", "summary", "addressees", "subjects", "themes", "instruments",
                       "evidence", "history", "provenance"],
    "history": ["date", "datePart", "status", "note"],
    "assessment": ["id", "kind", "likelihood", "printedLikelihood", "actors", "summary", "provenance"],
    "section": ["id", "title", "page", "parent"],
    "event": ["id", "kind", "date", "datePart", "noDate", "actors", "places", "related", "summary", "provenance"],
}
LIST_KIND = {"actors": "actor", "places": "place", "relations": "relation",
             "recommendations": "recommendation", "assessments": "assessment", "sections": "section"}


def load(path=REPORT):
    return json.loads(pathlib.Path(path).read_text(encoding="utf-8"))


def dump(report, path=REPORT):
    pathlib.Path(path).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def ordered(obj, kind):
    """obj with its keys in the canonical order of kind (unknown keys after, in their order)."""
    order = ORDER[kind]
    keys = sorted(obj, key=lambda k: (order.index(k) if k in order else len(order)))
    return {k: obj[k] for k in keys}


def order_provenance(prov, fact_kind):
    prov = ordered(prov, "provenance")
    if "fields" in prov:
        fact_order = ORDER[fact_kind]
        prov["fields"] = {k: ordered(prov["fields"][k], "sourcing")
                          for k in sorted(prov["fields"], key=fact_order.index)}
    return prov


def canonical_fact(fact, kind):
    fact = ordered(fact, kind)
    if kind == "actor":
        if "offices" in fact:
            fact["offices"] = [ordered(o, "office") for o in fact["offices"]]
        if "possibleIdentities" in fact:
            fact["possibleIdentities"] = [ordered(o, "identity") for o in fact["possibleIdentities"]]
    if kind == "recommendation" and "history" in fact:
        fact["history"] = [ordered(h, "history") for h in fact["history"]]
    if "provenance" in fact:
        fact["provenance"] = order_provenance(fact["provenance"], kind)
    return fact


def canonical_share(report):
    """Field order of every fact of the share, lists sorted by id (recommendations by number)."""
    for name, kind in LIST_KIND.items():
        facts = [canonical_fact(f, kind) for f in report.get(name, [])]
        if name == "recommendations":
            facts.sort(key=lambda f: f["number"])
        elif name != "sections":
            facts.sort(key=lambda f: f["id"])
        report[name] = facts
    return report
