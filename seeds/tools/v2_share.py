"""Version 2 provenance for actors, places, relations, recommendations and assessments.

For each fact of these lists: the v1 `location` becomes `basis`; then every value line of the
second reading (seeds/reading/reading-actors-recs.jsonl) is grouped by the fact's top-level field,
and a field whose values have another basis than the fact gets a `fields` entry: the weakest basis
among its values (outside-knowledge, inferred, footnote, caption, front-matter, text), their
footnotes, the sections where their words stand if the fact does not list them, and a note that
says, value by value, how each is sourced when they differ. Mentions of a fact in a caption or the
front matter of a fact stated in the body are said in the fact's `note`.

Run once on a version-1 share: python3 seeds/tools/v2_share.py (it refuses a share without
`location` left to convert only if asked to convert twice: facts already holding `fields` are kept).
"""
import collections
import json
import re
import sys

import actor_changes
import reportjson

LISTS = {"actors": "actor", "places": "place", "relations": "relation",
         "recommendations": "recommendation", "assessments": "assessment"}
RANK = ["outside-knowledge", "inferred", "footnote", "caption", "front-matter", "text"]
RELATION_RENAMES = {
    "donald-blome-engages-with-anwar-ul-haq-kakar": "us-ambassador-in-pakistan-engages-with-anwar-ul-haq-kakar",
    "donald-blome-engages-with-ishaq-dar": "bloom-engages-with-dar",
    "india-opposes-sikh-community": "india-opposes-sikh-targeted-in-us",
    "ishaq-dar-member-of-pakistan-coalition-government": "dar-member-of-pakistan-coalition-government",
    "jalil-abbas-jilani-member-of-pakistan-caretaker-government": "jilani-member-of-pakistan-caretaker-government",
    "joe-biden-engages-with-narendra-modi": "biden-engages-with-narendra-modi",
    "joe-biden-leads-united-states": "biden-leads-united-states",
    "maria-cantwell-member-of-us-congress": "cantwell-member-of-us-congress",
    "todd-young-member-of-us-congress": "young-member-of-us-congress",
    "victoria-nuland-engages-with-jalil-abbas-jilani": "nuland-engages-with-jilani",
}
DEFAULT_NOTE = {"inferred": "worked out from the report's context", "outside-knowledge": "not in the report"}
TOP = re.compile(r"^([A-Za-z]+)")
# wording of the reading's notes that would mislead in the data (ids have changed; "the reader"
# could be taken for the library's reader; "general knowledge" is said by the basis)
NOTE_FIXES = [
    ("theme id assigned by the reader", "theme chosen for the dataset"),
    ("link chosen by the reader", "link chosen for the dataset"),
    ("kind chosen by the reader", "kind chosen for the dataset from the report's wording"),
    ("; first name Maria only in the id", ", which names Cantwell with Van Hollen and Young"),
    ("; first name Todd only in the id", ", which names Young with Van Hollen and Cantwell"),
    ("the PML(N) is not named in the sentence", "the Pakistan Muslim League (Nawaz) is not named in the sentence"),
    ("kind from general knowledge and \"retain power\"", "the kind is read from \"retain power\" and the elections"),
    ("is read from footnote 36 and general knowledge", "is read from footnote 36's title about Modi"),
]
WHOLE_NOTE_FIXES = {
    ("relations", "united-states-mediates-for-pakistan"): "a past mediation role is read from its diminished ability; no mediation act is stated",
    ("relations", "white-house-part-of-united-states"): "the White House speaks for the U.S. in the report; that it is part of the U.S. government is read from that",
}


def reading_lines():
    lines = collections.defaultdict(list)
    for raw in (reportjson.READING / "reading-actors-recs.jsonl").read_text(encoding="utf-8").splitlines():
        line = json.loads(raw)
        kind, _, fact_id = line["fact"].partition(":")
        if kind == "actor":
            fact_id = actor_changes.RENAMES.get(fact_id, fact_id)
        if kind == "relation":
            fact_id = RELATION_RENAMES.get(fact_id, fact_id)
        lines[(kind, fact_id)].append(line)
    return lines


def present(fact, path, value):
    """Whether the value the reading saw at path is still in the fact: a list element anywhere in
    its list, a nested value at its place; a summary or a note whatever its wording now."""
    parts = re.findall(r"[A-Za-z]+|\[\d+\]", path)
    if path == "summary" or parts[-1] == "note":
        return parts[0] in fact
    if len(parts) == 2 and parts[1].startswith("["):
        return value in fact.get(parts[0], [])
    cur = fact
    for part in parts:
        if part.startswith("["):
            i = int(part[1:-1])
            if not isinstance(cur, list) or i >= len(cur):
                return False
            cur = cur[i]
        else:
            if not isinstance(cur, dict) or part not in cur:
                return False
            cur = cur[part]
    return cur == value


def top_field(path):
    name = TOP.match(path).group(1)
    return "date" if name == "datePart" else name


def sourcing(fact, field, lines, fact_basis, sections):
    bases = [l["basis"] for l in lines]
    basis = min(bases, key=RANK.index)
    if set(bases) == {fact_basis}:
        return None
    entry = {"basis": basis}
    foot = sorted({n for l in lines if l["basis"] != fact_basis for n in l["footnotes"]})
    if foot:
        entry["footnotes"] = foot
    secs = []
    for l in lines:
        if l["basis"] != fact_basis and l["section"] and l["section"] not in sections and l["section"] not in secs:
            secs.append(l["section"])
    if secs:
        entry["sections"] = secs
    differ = len(set(bases)) > 1 or len({l["note"] for l in lines}) > 1
    notes = []
    for l in lines:
        if l["basis"] == fact_basis and differ:
            continue
        what = l["note"] or (DEFAULT_NOTE.get(l["basis"]) or l["basis"])
        if differ:
            shown = l["value"] if isinstance(l["value"], str) else json.dumps(l["value"])
            where = l["field"] if "." in l["field"] else ""
            what = f"{where + ' ' if where else ''}\u2018{shown}\u2019: {l['basis']}" + (f", {l['note']}" if l["note"] else "")
        if what not in notes:
            notes.append(what)
    if differ and any(b == fact_basis for b in bases):
        notes.append(f"the other values: {fact_basis}")
    if basis in DEFAULT_NOTE or differ:
        entry["note"] = "; ".join(notes) if notes else DEFAULT_NOTE[basis]
    return entry


def convert(fact, kind, lines):
    prov = fact["provenance"]
    if "location" in prov:
        prov["basis"] = prov.pop("location")
    fact_basis = prov.get("basis", "text")
    if fact_basis == "text":
        prov.pop("basis", None)
    by_field = collections.defaultdict(list)
    mentions = []
    for l in lines:
        path = l["field"]
        if path.startswith("provenance.sections") and l["basis"] in ("caption", "front-matter") \
                and l["basis"] != fact_basis:
            mentions.append((l["value"], l["basis"]))
            continue
        if path.startswith("provenance") or path == "id" or l["basis"] == "unsupported":
            continue
        if not path or not present(fact, path, l["value"]):
            continue
        by_field[top_field(path)].append(l)
    for l in lines:  # a value the reading calls outside knowledge in its note is outside knowledge
        if l["basis"] == "inferred" and "is outside knowledge" in l["note"]:
            l["basis"] = "outside-knowledge"
    fields = dict(prov.get("fields", {}))
    for field, group in by_field.items():
        if field in fields or field not in fact:
            continue
        entry = sourcing(fact, field, group, fact_basis, prov["sections"])
        if entry:
            fields[field] = entry
    if fields:
        prov["fields"] = fields
    if mentions and "note" not in prov:
        words = {"caption": "in section {} it is named only in a photo caption",
                 "front-matter": "its mention in the front matter is on the title page or in the notes on MEI and the author"}
        prov["note"] = "; ".join(words[b].format(s) for s, b in mentions)


def fix_notes(prov):
    for obj in [prov] + list(prov.get("fields", {}).values()):
        if "note" in obj:
            for old, new in NOTE_FIXES:
                obj["note"] = obj["note"].replace(old, new)


def lift_relation_basis(rel):
    """A relation whose kind, from and to share one basis other than the fact's has that basis as a
    whole (the link itself is what is inferred or footnoted), with the kind's note."""
    prov = rel["provenance"]
    f = prov.get("fields", {})
    ends = [f.get(k) for k in ("kind", "from", "to")]
    if not all(ends) or len({e["basis"] for e in ends}) != 1:
        return
    prov["basis"] = ends[0]["basis"]
    foot = sorted(set(prov.get("footnotes", [])) | {n for e in ends for n in e.get("footnotes", [])})
    if foot:
        prov["footnotes"] = foot
    if "note" in ends[0]:
        prov["note"] = ends[0]["note"] + ("; " + prov["note"] if "note" in prov else "")
    for k in ("kind", "from", "to"):
        del f[k]
    if "summary" in f and f["summary"]["basis"] == prov["basis"]:
        del f["summary"]
    if not f:
        del prov["fields"]


def main():
    report = reportjson.load()
    lines = reading_lines()
    n = collections.Counter()
    for name, kind in LISTS.items():
        for fact in report[name]:
            key = (kind, fact["id"])
            convert(fact, kind, lines.get(key, []))
            n[name] += 1
    for rel in report["relations"]:
        lift_relation_basis(rel)
        if ("relations", rel["id"]) in WHOLE_NOTE_FIXES:
            rel["provenance"]["note"] = WHOLE_NOTE_FIXES[("relations", rel["id"])]
    for name in LISTS:
        for fact in report[name]:
            fix_notes(fact["provenance"])
    report["schemaVersion"] = 2
    reportjson.canonical_share(report)
    reportjson.dump(report)
    print(dict(n))


if __name__ == "__main__":
    sys.path.insert(0, str(reportjson.ROOT / "seeds" / "tools"))
    main()
