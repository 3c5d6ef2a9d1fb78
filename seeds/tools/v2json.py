"""Reading and writing the dataset in canonical form, format version 2 (shared by the tools here).

The canonical form is that of docs/FORMAT.md: fields in the order of the format's tables (with the
version 2 fields in their places), two-space indentation, no ASCII escaping, a final newline.
"""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATASET = ROOT / "seeds" / "mei-2023-us-pakistan" / "report.json"
READING = ROOT / "seeds" / "reading" / "reading-money-events.jsonl"
# the report's text, kept outside the repository: in ../shared beside it (or beside its worktrees' folder)
REPORT_TEXT = next((p for p in (ROOT.parent / "shared" / "seeds" / "000_b49ee22279090629.txt",
                                ROOT.parent.parent / "shared" / "seeds" / "000_b49ee22279090629.txt")
                    if p.exists()), ROOT.parent / "shared" / "seeds" / "000_b49ee22279090629.txt")

BASES = ["text", "footnote", "caption", "front-matter", "inferred", "outside-knowledge"]
NOTE_REQUIRED = {"inferred", "outside-knowledge"}

PROVENANCE = ["sections", "footnotes", "page", "basis", "note", "fields"]
SOURCING = ["basis", "footnotes", "sections", "note"]
ESTIMATE_AMOUNT = ["value", "qualifier", "printed", "currency", "conversion"]
ESTIMATE_QUANTITY = ["value", "qualifier", "printed", "unit"]
HISTORY = ["date", "datePart", "status", "note"]

# The fields of each kind of fact in my share, in canonical order.
ORDER = {
    "loans": ["id", "kind", "lenders", "borrowers", "amount", "status", "history", "date", "datePart",
              "term", "extends", "partOf", "agreement", "purpose", "places", "summary", "provenance"],
    "agreements": ["id", "kind", "name", "parties", "status", "history", "date", "datePart", "places",
                   "summary", "provenance"],
    "events": ["id", "kind", "date", "datePart", "noDate", "actors", "places", "related", "summary",
               "provenance"],
    "figures": ["id", "measure", "quantity", "amount", "date", "datePart", "actors", "places", "summary",
                "provenance"],
    "errata": ["id", "kind", "printed", "summary", "refers", "provenance"],
    "citations": ["footnote", "authors", "title", "outlet", "date", "datePart", "printedDate", "url",
                  "linkTarget", "accessed", "ibid", "sameAs", "problems", "provenance"],
}
SHARE = list(ORDER)
KIND = {"loans": "loan", "agreements": "agreement", "events": "event", "figures": "figure",
        "errata": "erratum", "citations": "citation"}


def ordered(obj, order):
    unknown = [k for k in obj if k not in order]
    if unknown:
        raise ValueError(f"unknown fields {unknown} (known: {order})")
    return {k: obj[k] for k in order if k in obj}


def canonical_provenance(p, fact_order):
    p = ordered(p, PROVENANCE)
    if "fields" in p:
        fields = p["fields"]
        bad = [k for k in fields if k not in fact_order or k in ("id", "provenance")]
        if bad:
            raise ValueError(f"fields names {bad}")
        p["fields"] = {k: ordered(fields[k], SOURCING) for k in fact_order if k in fields}
    return p


def canonical_fact(fact, kind):
    order = ORDER[kind]
    f = ordered(fact, order)
    for key, sub in (("amount", ESTIMATE_AMOUNT), ("quantity", ESTIMATE_QUANTITY)):
        if key in f:
            f[key] = ordered(f[key], sub)
    if "history" in f:
        f["history"] = [ordered(h, HISTORY) for h in f["history"]]
    f["provenance"] = canonical_provenance(f["provenance"], order)
    return f


def sort_key(kind):
    if kind == "citations":
        return lambda c: c["footnote"]
    if kind == "events":
        # by date (a partial date sorts before the days it holds), then by id; undated events last, by id
        return lambda e: (0, e["date"], e["id"]) if "date" in e else (1, "", e["id"])
    return lambda f: f["id"]


def load(path=DATASET):
    return json.loads(Path(path).read_text(encoding="utf-8"))


def dump(report):
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def save(report, path=DATASET):
    for kind in SHARE:
        if kind in report:
            report[kind] = sorted((canonical_fact(f, kind) for f in report[kind]), key=sort_key(kind))
    Path(path).write_text(dump(report), encoding="utf-8")


def reading():
    return [json.loads(line) for line in READING.read_text(encoding="utf-8").splitlines() if line.strip()]


def top_field(path):
    """The fact's own field a reading line is about: 'amount.value' is 'amount', 'datePart' is 'date'."""
    name = re.split(r"[.\[]", path, maxsplit=1)[0]
    return "date" if name == "datePart" else name
