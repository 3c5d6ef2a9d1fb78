"""Checks that every footnote a fact cites has its marker in one of the sections the fact lists (or,
for a field's own footnotes, in the field's sections): a footnote belongs to the section where its
mark stands in the body. Reads the report's plain text for the marks.

Run from the repository's root: python3 seeds/tools/footnote_sections.py [REPORT_TEXT]
"""
import re
import sys

import v2json

HEADINGS = [
    ("executive-summary", "EXECUTIVE SUMMARY"),
    ("introduction", "Introduction"),
    ("ground-realities", "Ground Realities and Plausible Emergent Political Scenarios in Pakistan"),
    ("reassessing-us-policy", "Reassessing US Foreign Policy Options Concerning Pakistan"),
    ("china-india-pakistan-nexus", "The China-India-Pakistan Nexus"),
    ("political-and-economic-challenges", "Pakistan's Political and Economic Challenges"),
    ("relevance-for-afghanistan", "Pakistan's Relevance for Dealing with Afghanistan"),
    ("recommendations", "Recommendations"),
    ("conclusion", "Conclusion"),
]
SUPERSCRIPT = {"\u00B9": "1", "\u00B2": "2", "\u00B3": "3", **{chr(0x2070 + d): str(d) for d in range(10)}}
MARK = re.compile("[\u00B9\u00B2\u00B3\u2070-\u2079]+")


def marker_sections(text):
    """Footnote number -> the section whose body holds its mark."""
    where, section = {}, "front-matter"
    lines = text.splitlines()
    heading_lines = {h: sid for sid, h in HEADINGS}
    started = False
    for line in lines:
        stripped = line.strip().strip("*").replace("<i>", "").replace("</i>", "")
        if stripped in heading_lines:
            # the table of contents lists the titles with a page number first; a heading stands alone
            section = heading_lines[stripped]
            started = started or section == "executive-summary"
            continue
        if not started or MARK.match(stripped):
            continue  # before the body, or a footnote's own line
        for m in MARK.finditer(line):
            n = int("".join(SUPERSCRIPT[c] for c in m.group()))
            where.setdefault(n, section)
    return where


def main(argv):
    text = open(argv[0] if argv else v2json.REPORT_TEXT, encoding="utf-8").read()
    where = marker_sections(text)
    report = v2json.load()
    problems = []
    for key in v2json.SHARE:
        for fact in report[key]:
            ref = f"{v2json.KIND[key]}:{fact.get('id', fact.get('footnote'))}"
            prov = fact["provenance"]
            checks = [("provenance", prov.get("footnotes", []), prov["sections"])]
            if key == "citations":
                checks.append(("its own mark", [fact["footnote"]], prov["sections"]))
            for name, s in prov.get("fields", {}).items():
                checks.append((f"fields.{name}", s.get("footnotes", []), prov["sections"] + s.get("sections", [])))
            for label, footnotes, sections in checks:
                for n in footnotes:
                    if n not in where:
                        problems.append(f"{ref} {label}: footnote {n} has no mark in the body")
                    elif where[n] not in sections:
                        problems.append(f"{ref} {label}: the mark of footnote {n} stands in {where[n]}, "
                                        f"which is not among {sections}")
    for p in problems:
        print(p)
    print(f"{len(where)} marks found; {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
