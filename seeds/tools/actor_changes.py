"""Every change of an actor id or of an actor reference in report.json, in one place.

Run it from anywhere: python3 seeds/tools/actor_changes.py
It is safe to run again (after a merge, say): each change applies only where its old value is
still found, and it fails if a reference would point to an actor that does not exist.

What it does, in order:
1. adds the actors of NEW_ACTORS that are missing (unnamed officials and the printed "Bloom");
2. renames the ids of RENAMES (ids that carried first names the report never prints);
3. makes the targeted moves of MOVES (a value of one field of one fact, from one actor to another);
4. removes the actors of AS_AGREEMENT, which duplicate an agreement: fact references
   `actor:X` become `agreement:X`; an event's actors lose X and its `related` gains the agreement;
   a relation to or from X is removed (a relation links two actors);
5. removes the actors of REMOVE once nothing refers to them;
6. renames every relation whose id was `from-kind-to` and whose ends changed, and every reference
   to it (`relation:...`); a relation that would duplicate another is dropped.
"""
import re
import sys

import reportjson

RENAMES = {
    "ahsan-iqbal": "iqbal",
    "ishaq-dar": "dar",
    "jalil-abbas-jilani": "jilani",
    "joe-biden": "biden",
    "maria-cantwell": "cantwell",
    "todd-young": "young",
    "victoria-nuland": "nuland",
}

# (list, fact id, field, old actor, new actor or None to drop, extra actor to add or None)
MOVES = [
    # the unnamed U.S. ambassador who met Kakar (footnote 79 "US envoy")
    ("relations", "donald-blome-engages-with-anwar-ul-haq-kakar", "from", "donald-blome", "us-ambassador-in-pakistan"),
    ("events", "us-ambassador-meets-kakar-afghans-2023-10", "actors", "donald-blome", "us-ambassador-in-pakistan"),
    # the "US envoy Bloom" of footnote 30, as printed
    ("relations", "donald-blome-engages-with-ishaq-dar", "from", "donald-blome", "bloom"),
    ("events", "blome-meets-dar-2023-02-22", "actors", "donald-blome", "bloom"),
    ("errata", "blome-bloom-spelling", "refers", None, "actor:bloom"),
    # the two Sikhs of the report are persons, not a community
    ("relations", "india-opposes-sikh-community", "to", "sikh-community", "sikh-targeted-in-us"),
    ("events", "indian-plot-us-allegations-2023", "actors", "sikh-community", "sikh-targeted-in-us"),
    ("events", "sikh-separatist-killed-canada-2023-06", "actors", "sikh-community", "sikh-separatist-canada"),
    ("recommendations", "rec-02", "subjects", "sikh-community", "sikh-separatist-canada"),
    ("recommendations", "rec-02", "subjects", None, "sikh-targeted-in-us"),
    ("relations", "sikh-separatist-canada-member-of-sikh-community", "to", "sikh-community", None),
    # "US lawmakers" (footnote 28) and "U.S. lawmakers" are the lawmakers, not the institution
    ("events", "us-lawmakers-call-monitored-elections-2023-07", "actors", "us-congress", "congressional-lawmakers"),
    ("agreements", "un-election-oversight-proposal", "parties", "us-congress", "congressional-lawmakers"),
]

AS_AGREEMENT = {"blue-economies": "agreement:blue-economies",
                "green-shipping-challenge": "agreement:green-shipping-challenge"}

REMOVE = ["sikh-community"]

ACTOR_LISTS = {  # list -> fields holding actor ids (a string or a list of strings)
    "relations": ["from", "to"],
    "loans": ["lenders", "borrowers"],
    "agreements": ["parties"],
    "recommendations": ["addressees", "subjects"],
    "events": ["actors"],
    "figures": ["actors"],
    "assessments": ["actors"],
}
REF_FIELDS = ["instruments", "evidence", "related", "refers"]
RELATION_KINDS = ["member-of", "part-of", "leads", "allied-with", "rival-of", "opposes", "supports",
                  "mediates-for", "influences", "trade-partner-of", "creditor-of", "designates",
                  "engages-with", "hosts"]

log = []


def say(msg):
    log.append(msg)


def actor_fields(report):
    """Yields (fact, field, list name) for every field that holds actor ids."""
    for name, fields in ACTOR_LISTS.items():
        for fact in report.get(name, []):
            for field in fields:
                if field in fact:
                    yield fact, field, name
    for actor in report["actors"]:
        for office in actor.get("offices", []):
            if "organisation" in office:
                yield office, "organisation", "actors"
        for ident in actor.get("possibleIdentities", []):
            yield ident, "actor", "actors"


def replace_actor(report, old, new):
    n = 0
    for obj, field, _ in actor_fields(report):
        v = obj[field]
        if isinstance(v, list):
            if old in v:
                obj[field] = [new if x == old else x for x in v]
                n += 1
        elif v == old:
            obj[field] = new
            n += 1
    for fact in all_facts(report):
        for field in REF_FIELDS:
            if field in fact and "actor:" + old in fact[field]:
                fact[field] = ["actor:" + new if x == "actor:" + old else x for x in fact[field]]
                n += 1
    return n


def all_facts(report):
    for name, value in report.items():
        if isinstance(value, list):
            for fact in value:
                if isinstance(fact, dict):
                    yield fact


def find(report, name, fact_id):
    for fact in report.get(name, []):
        if fact.get("id") == fact_id:
            return fact
    return None


def add_new_actors(report):
    import new_actors
    have = {a["id"] for a in report["actors"]}
    for actor in new_actors.NEW_ACTORS:
        if actor["id"] not in have:
            report["actors"].append(actor)
            say(f"added actor {actor['id']}")


def rename_ids(report):
    for old, new in RENAMES.items():
        actor = find(report, "actors", old)
        if actor is None:
            continue
        if find(report, "actors", new) is not None:
            sys.exit(f"cannot rename {old}: actor {new} exists")
        actor["id"] = new
        n = replace_actor(report, old, new)
        say(f"renamed actor {old} -> {new} ({n} references)")


def apply_moves(report):
    for name, fact_id, field, old, new in MOVES:
        fact = find(report, name, fact_id)
        if fact is None:
            continue
        value = fact.get(field)
        if isinstance(value, list) or value is None and field in ("actors", "subjects", "refers", "related"):
            value = list(value or [])
            if old is not None and old in value:
                value = [x for x in value if x != old]
                if new is not None and new not in value:
                    value.insert(fact[field].index(old), new)
                say(f"{name}/{fact_id}.{field}: {old} -> {new}")
            elif old is None and new not in value:
                value.append(new)
                say(f"{name}/{fact_id}.{field}: + {new}")
            fact[field] = value
        elif value == old:
            if new is None:
                report[name].remove(fact)
                say(f"{name}/{fact_id}: removed (its {field} {old} is gone)")
            else:
                fact[field] = new
                say(f"{name}/{fact_id}.{field}: {old} -> {new}")


def remove_as_agreement(report):
    for actor_id, ref in AS_AGREEMENT.items():
        actor = find(report, "actors", actor_id)
        if actor is None:
            continue
        report["actors"].remove(actor)
        say(f"removed actor {actor_id}, a duplicate of {ref}")
        for fact in all_facts(report):
            for field in REF_FIELDS:
                if "actor:" + actor_id in fact.get(field, []):
                    fact[field] = [ref if x == "actor:" + actor_id else x for x in fact[field]]
                    say(f"  {fact.get('id')}.{field}: actor:{actor_id} -> {ref}")
        for rel in list(report["relations"]):
            if actor_id in (rel["from"], rel["to"]):
                report["relations"].remove(rel)
                say(f"  removed relation {rel['id']} (an actor-to-actor link to the agreement)")
        for name, fields in ACTOR_LISTS.items():
            for fact in report.get(name, []):
                for field in fields:
                    if isinstance(fact.get(field), list) and actor_id in fact[field]:
                        fact[field] = [x for x in fact[field] if x != actor_id]
                        say(f"  {name}/{fact['id']}.{field}: dropped {actor_id}")
                        if name == "events":
                            fact.setdefault("related", [])
                            if ref not in fact["related"]:
                                fact["related"].append(ref)
                                say(f"  {name}/{fact['id']}.related: + {ref}")
                            reordered = reportjson.ordered(fact, "event")
                            fact.clear()
                            fact.update(reordered)
                        if not fact[field]:
                            del fact[field]


def remove_unused(report):
    for actor_id in REMOVE:
        actor = find(report, "actors", actor_id)
        if actor is None:
            continue
        refs = [(o.get("id"), f) for o, f, _ in actor_fields(report)
                if o[f] == actor_id or isinstance(o[f], list) and actor_id in o[f]]
        refs += [(f.get("id"), "ref") for f in all_facts(report)
                 if any("actor:" + actor_id in f.get(x, []) for x in REF_FIELDS)]
        if refs:
            sys.exit(f"cannot remove {actor_id}: still referred to by {refs}")
        report["actors"].remove(actor)
        say(f"removed actor {actor_id}")


def relation_shapes(report):
    """For each relation whose id is from-kind-to (with any suffix): its id, ends and suffix."""
    shapes = {}
    for rel in report["relations"]:
        stem = f"{rel['from']}-{rel['kind']}-{rel['to']}"
        if rel["id"] == stem or rel["id"].startswith(stem + "-"):
            shapes[id(rel)] = rel["id"][len(stem):]
    return shapes


def rename_relations(report, shapes):
    ids = {r["id"] for r in report["relations"]}
    for rel in list(report["relations"]):
        if id(rel) not in shapes:
            continue
        new = f"{rel['from']}-{rel['kind']}-{rel['to']}" + shapes[id(rel)]
        if rel["id"] == new:
            continue
        old = rel["id"]
        if new in ids:
            report["relations"].remove(rel)
            say(f"removed relation {old}: the same as {new}")
        else:
            rel["id"] = new
            ids.add(new)
            say(f"renamed relation {old} -> {new}")
        ids.discard(old)
        for fact in all_facts(report):
            for field in REF_FIELDS:
                if "relation:" + old in fact.get(field, []):
                    fact[field] = ["relation:" + new if x == "relation:" + old else x for x in fact[field]]
                    say(f"  {fact.get('id')}.{field}: relation:{old} -> relation:{new}")


def check(report):
    actors = {a["id"] for a in report["actors"]}
    bad = [(o.get("id"), f, o[f]) for o, f, _ in actor_fields(report)
           for v in (o[f] if isinstance(o[f], list) else [o[f]]) if v not in actors]
    for fact in all_facts(report):
        for field in REF_FIELDS:
            for ref in fact.get(field, []):
                if ref.startswith("actor:") and ref[6:] not in actors:
                    bad.append((fact.get("id"), field, ref))
    if bad:
        sys.exit(f"references to missing actors: {bad}")


def main():
    report = reportjson.load()
    shapes = relation_shapes(report)
    add_new_actors(report)
    rename_ids(report)
    apply_moves(report)
    remove_as_agreement(report)
    remove_unused(report)
    rename_relations(report, shapes)
    check(report)
    reportjson.canonical_share(report)
    reportjson.dump(report)
    print("\n".join(log) if log else "nothing to change")


if __name__ == "__main__":
    sys.path.insert(0, str(reportjson.ROOT / "seeds" / "tools"))
    main()
