"""The corrections of a second check of the version 2 share (actors, places, relations,
recommendations, assessments), applied on top of v2_share.py: each entry sets or removes one value,
so running it again changes nothing.

python3 seeds/tools/share_second_check.py [kind ...]   (no kind: every kind)
"""
import sys

import reportjson

DELETE = object()
FIELDS = ("provenance", "fields")


def f(name, *rest):
    return FIELDS + (name,) + rest


# kind -> [(list, fact id, path inside the fact, new value or DELETE)]
EDITS = {
    # The reading quoted a caption or the front matter for words the body also prints; a value the
    # body prints has the fact's basis, text.
    "body-basis": [
        ("places", "karachi", f("name"), DELETE),
        ("places", "islamabad", f("name"), DELETE),
        ("places", "new-york", f("name"), DELETE),
        ("places", "washington-dc", f("aliases"), DELETE),
        ("actors", "narendra-modi", f("offices", "note"),
         "the title is the body's (\"Prime Minister Narendra Modi\"); the organisation, India, is read from context"),
        ("actors", "nawaz-sharif", f("offices", "note"),
         "the title is the body's (\"three-time Prime Minister Nawaz Sharif\"); the organisation, Pakistan, is read from context"),
        ("assessments", "imf-relief-insufficient", f("actors"), DELETE),
    ],
    # "named only in a photo caption" where the body of the same section names the fact too; the
    # Lahore caption stands in the front matter, as the fact says, not in the Executive Summary.
    "caption-mentions": [
        ("actors", "pakistan", ("provenance", "note"),
         "its mention in the front matter is on the title page or in the notes on MEI and the author"),
        ("actors", "pakistani-courts", ("provenance", "note"),
         "in section ground-realities also named in a photo caption"),
        ("actors", "un-general-assembly", ("provenance", "note"),
         "in section ground-realities also named in a photo caption"),
        ("places", "islamabad", ("provenance", "note"),
         "in section ground-realities also named in a photo caption"),
        ("places", "new-york", ("provenance", "note"),
         "in section ground-realities also named in a photo caption; in section "
         "political-and-economic-challenges only in one"),
        ("places", "lahore", f("kind", "sections"), DELETE),
        ("places", "lahore", f("country", "sections"), DELETE),
    ],
    # An outside-knowledge note says what the value rests on, not only that the report lacks it.
    "outside-knowledge-notes": [
        ("actors", "carnegie-endowment", f("country", "note"),
         "general reference: the Carnegie Endowment for International Peace is based in Washington, D.C.; "
         "footnote 66 gives only its name"),
        ("actors", "stimson-center", f("country", "note"),
         "general reference: the Stimson Center is based in Washington, D.C.; footnotes 39 and 47 give only its name"),
        ("actors", "general-electric", f("country", "note"),
         "general reference: General Electric is an American company; footnote 45's title (\"U.S. Nears Deal to "
         "Produce GE Jet-Fighter Engine\") hints at it without saying so"),
        ("actors", "dfc", f("kind", "note"),
         "general reference: the Development Finance Corporation is an agency of the U.S. government; the report "
         "calls it only one of the \"entities\""),
        ("actors", "ifc", f("kind", "note"),
         "general reference: the International Finance Corporation belongs to the World Bank Group; the report "
         "calls it only one of the \"entities\""),
        ("places", "doha", f("kind", "note"),
         "general reference: Doha is the capital of Qatar; the report names it only in \"the Doha Agreement\""),
        ("places", "doha", f("country", "note"), "general reference: Doha is the capital of Qatar"),
        ("places", "gaza", f("country", "note"),
         "general reference: Gaza is a Palestinian territory, whose country code is PS; the report gives no country"),
        ("places", "karachi", f("within", "note"),
         "general reference: Karachi is the capital of Sindh; the report never says Karachi is in Sindh"),
        ("places", "london", f("country", "note"),
         "general reference: London is the capital of the United Kingdom; the report says only "
         "\"self-imposed exile in London\""),
        ("places", "new-york", f("country", "note"),
         "general reference: New York is a city of the United States; the report says only \"in New York\""),
        ("places", "sindh", f("kind", "note"),
         "general reference: Sindh is a province of Pakistan; the report never calls it one "
         "(\"coastal areas of Sindh and Baluchistan\")"),
        ("places", "un-headquarters", f("country", "note"),
         "general reference: the United Nations headquarters stand in New York, in the United States; the caption "
         "says only \"in New York\""),
        ("places", "washington-dc", f("country", "note"),
         "general reference: Washington, D.C. is the capital of the United States; the title page prints "
         "\"Washington, D.C.\" without a country"),
    ],
    # No pronoun the report does not print for the person (it prints none for Blome, for the
    # unnamed ambassador or for Xi Jinping).
    "pronouns": [
        ("actors", "us-ambassador-in-pakistan", ("possibleIdentities", 0, "note"),
         "Donald Blome is the only U.S. Ambassador the report names (the Gwadar visit in September, footnote 33); "
         "it does not say that Blome is the ambassador who met Kakar, a meeting reported in footnote 79, of October 26, 2023"),
        ("actors", "us-ambassador-in-pakistan", f("country", "note"),
         "from \"U.S.\" in \"the U.S. ambassador in Pakistan\""),
        ("actors", "xi-jinping", f("offices", "note"),
         "the title is the body's (\"President Xi Jinping\"); that the presidency is China's is read from the "
         "passage on China's vice premier"),
        ("relations", "donald-blome-leads-us-embassy-pakistan", ("provenance", "note"),
         "an ambassador heads a country's mission; the report names Blome U.S. Ambassador, and footnotes 33 and 34 "
         "are the U.S. Mission Pakistan's readout of the Gwadar visit"),
    ],
    # Footnote 28's title prints "US lawmakers" too.
    "footnotes": [
        ("actors", "congressional-lawmakers", f("aliases", "footnotes"), [27, 28]),
        ("actors", "congressional-lawmakers", f("aliases", "note"),
         "\"US lawmakers\" is the titles' wording in footnotes 27 and 28; the others are the body's"),
    ],
    # Summaries that claim what the report does not, and notes that do not say what was inferred.
    "summaries": [
        ("actors", "nato", ("summary",),
         "NATO, named in Pakistan's status as a \"major non-NATO ally\" and in the NATO occupation of Afghanistan, "
         "during which far more American aid reached Pakistan than the present flood support."),
        ("actors", "biden", ("summary",),
         "A person named Biden in the titles of footnotes 40 and 44, on a tighter U.S.-India bond and on Biden's "
         "bond with India's leader; the report gives no office."),
        ("actors", "jilani", f("summary"),
         {"basis": "inferred", "footnotes": [31],
          "note": "\"caretaker\" from footnote 31's marker at \"the current caretakers\" and its date, Aug. 29, 2023"}),
        ("actors", "nuland", f("summary"),
         {"basis": "inferred", "footnotes": [31],
          "note": "\"U.S.\" and \"of State\" from footnote 31's outlet, the US Department of State; \"caretaker\" from "
                  "the footnote's marker at \"the current caretakers\""}),
        ("actors", "express-tribune", ("summary",),
         "Where the author writes a weekly op-ed; the front matter calls it \"an affiliate of The New York Times in "
         "Pakistan\", and several footnotes cite it as their outlet."),
        ("actors", "new-york-times", ("summary",),
         "The New York Times, with which the Express Tribune is affiliated by the front matter; it is also the outlet "
         "of footnotes 3 and 44."),
        ("actors", "getty-images", ("summary",),
         "The name through which all six photos of the report are credited (\"via Getty Images\")."),
        ("relations", "nuland-engages-with-jilani", ("summary",),
         "Nuland called Jilani, by the title of footnote 31, which is dated Aug. 29, 2023."),
        ("relations", "cantwell-member-of-us-congress", f("summary", "note"),
         "that Cantwell is a U.S. lawmaker is read from footnote 81, a release of the Office of Sen. Chris Van "
         "Hollen that names Cantwell with Van Hollen and Young"),
        ("relations", "young-member-of-us-congress", f("summary", "note"),
         "that Young is a U.S. lawmaker is read from footnote 81, a release of the Office of Sen. Chris Van "
         "Hollen that names Young with Van Hollen and Cantwell"),
    ],
    # The report gives the military's preference, not a likelihood: no value can be worked out.
    "likelihood": [
        ("assessments", "weak-coalition-government", ("likelihood",), DELETE),
        ("assessments", "weak-coalition-government", f("likelihood"), DELETE),
        ("assessments", "weak-coalition-government", ("provenance", "note"),
         "no likelihood: the report says this outcome seems the most acceptable to the military, not how likely it is"),
    ],
    # Like every other place's kind, Canada's is our reading.
    "kinds": [
        ("places", "canada", f("kind"), {"basis": "inferred", "note": "kind from how the report speaks of the place"}),
    ],
    # The body prints the month or the day, not the year; the reading said so in notes that the
    # text basis had dropped.
    "dates": [
        ("relations", rel, f("date"), dict({"basis": "inferred"}, **({"footnotes": foot} if foot else {}), note=note))
        for rel, foot, note in [
            ("anwar-ul-haq-kakar-engages-with-imf", [32],
             "\"mid-September\" is printed; 2023 from the caption (Sept. 22, 2023) and footnote 32"),
            ("anwar-ul-haq-kakar-leads-pakistan-caretaker-government", [24],
             "\"mid-August\" is printed; 2023 from footnote 24 (August 12, 2023)"),
            ("pakistan-caretaker-government-leads-pakistan", [24],
             "\"mid-August\" is printed; 2023 from footnote 24 (August 12, 2023)"),
            ("asim-munir-engages-with-he-lifang", [59],
             "\"at the end of July\" is printed; 2023 from footnote 59 (July 31, 2023)"),
            ("india-engages-with-general-electric", [45], "\"in June\" is printed; 2023 from footnote 45 (June 7, 2023)"),
            ("narendra-modi-engages-with-united-states", [45],
             "\"in June\" is printed; 2023 from footnote 45 (June 7, 2023)"),
            ("india-opposes-sikh-separatist-canada", [], "\"this past June\" is printed; 2023 from the report's date"),
            ("khan-supporters-opposes-pakistan-military", [], "\"May 9\" is printed; 2023 from the caption's \"May 9, 2023\""),
            ("pakistan-military-opposes-pti", [], "\"May 9\" is printed; 2023 from the caption's \"May 9, 2023\""),
        ]
    ],
    # Links the report does not state, read from a title or a name, as the other relations of the
    # same making already are.
    "relation-bases": [
        ("relations", rel, ("provenance", "basis"), "inferred") for rel, _ in [
            ("xi-jinping-leads-china", 0), ("narendra-modi-leads-india", 0), ("usaid-part-of-united-states", 0),
            ("ustda-part-of-united-states", 0), ("unhcr-part-of-un", 0), ("china-leads-bri", 0),
            ("asim-munir-leads-pakistan-military", 0)]
    ] + [
        ("relations", "xi-jinping-leads-china", ("provenance", "note"),
         "\"President Xi Jinping\" stands in a passage on China; that the presidency is China's is read from that"),
        ("relations", "narendra-modi-leads-india", ("provenance", "note"),
         "\"Prime Minister Narendra Modi\" stands in a passage on India; that the office is India's is read from that"),
        ("relations", "usaid-part-of-united-states", ("provenance", "note"), "from the name"),
        ("relations", "ustda-part-of-united-states", ("provenance", "note"), "from the name"),
        ("relations", "unhcr-part-of-un", ("provenance", "note"), "from the name \"U.N. refugee agency\""),
        ("relations", "china-leads-bri", ("provenance", "note"), "leadership read from \"Beijing's\" initiative"),
        ("relations", "asim-munir-leads-pakistan-military", ("provenance", "note"),
         "\"the new army chief\" read as head of the military"),
        ("relations", "united-states-designates-pakistan-major-non-nato-ally", f("from"),
         {"basis": "inferred", "note": "the report does not say who made Pakistan a major non-NATO ally; the U.S. is "
                                       "read from the sentence's U.S.-Pakistan context"}),
    ],
    # Printed words taken as another name of the actor, which the reading called an inference.
    "merged-aliases": [
        ("actors", "pakistan-civilian-law-enforcement", f("aliases"),
         {"basis": "inferred", "note": "\"civil institutions\" (Executive Summary) is printed but wider than law "
                                       "enforcement; that it means these agencies is our reading"}),
        ("actors", "second-tier-pakistani-officials", f("aliases"),
         {"basis": "inferred", "note": "the aliases are printed; that \"lower-level\" (Executive Summary) and \"lower "
                                       "tiers\" (Pakistan's Political and Economic Challenges) mean the \"second-tier\" "
                                       "officials is our reading"}),
    ],
}

# Notes that listed values one by one, said in a sentence a reader can take in.
SHORT = {
    ("actors", "antony-blinken", "offices"): "the organisation is read from the title \"Secretary of State\"",
    ("actors", "anwar-ul-haq-kakar", "aliases"):
        "\"Anwaar-ul-Haq Kakar\" is the caption's spelling; \"Anwar ul-Haq Kakar\" and \"caretaker PM\" are "
        "footnote 24's, \"PM Kakar\" footnote 32's, \"Pakistani PM\" footnote 79's; the others are the body's",
    ("actors", "anwar-ul-haq-kakar", "offices"):
        "\"caretaker Prime Minister\" as the caption prints it (the body: \"Prime Minister Kakar\"), from mid-August, "
        "2023 by the report's date; the organisations are read from context, the Senate taken as part of parliament",
    ("actors", "asim-munir", "offices"): "the organisation is read from the title \"army chief\"",
    ("actors", "ayman-al-zawahiri", "aliases"): "\"al-Qaeda chief\" is footnote 70's; \"al-Qaeda leader\" the body's",
    ("actors", "ayman-al-zawahiri", "offices"): "the organisation is read from \"the al-Qaeda leader\"",
    ("actors", "bilawal-bhutto-zardari", "offices"): "the title is the caption's; the organisation is read from \"Pakistani\"",
    ("actors", "chris-van-hollen", "offices"):
        "the title \"Sen.\" is footnote 81's; that the Senate is part of Congress is read from it",
    ("actors", "donald-blome", "offices"):
        "the organisation is read from \"U.S. Ambassador\"; \"in Pakistan\" from footnote 33's author and outlet "
        "(U.S. Mission Pakistan, U.S. Embassy & Consulates in Pakistan), the body's \"U.S. ambassador in Pakistan\" "
        "being the unnamed one",
    ("actors", "he-lifang", "aliases"): "\"Chinese vice premier\" is footnote 59's; the others are the body's",
    ("actors", "he-lifang", "offices"): "the organisation is read from \"China's economic czar\"",
    ("actors", "imran-khan", "aliases"): "\"ex-PM Imran Khan\" is footnote 10's, \"Ex-PM Khan\" footnote 14's; \"Khan\" the body's",
    ("actors", "imran-khan", "offices"): "the title and dates are the body's; the organisation, Pakistan, is read from context",
    ("actors", "jilani", "offices"):
        "the title is footnote 31's (\"Pakistani Foreign Minister\"); the organisation is read from \"Pakistani\", "
        "the time of office from the footnote's date",
    ("actors", "nuland", "offices"):
        "the title is footnote 31's; the organisation is read from its outlet, \"US Department of State\", the time "
        "of office from its date",
    ("actors", "narendra-modi", "aliases"):
        "\"PM Modi\" is footnote 64's; \"India's Leader\" is a description in footnote 44's title, not a name; "
        "\"Modi\" is the body's",
    ("actors", "pakistan-establishment", "aliases"): "\"Establishment\", capitalised, is footnote 6's; \"establishment\" the body's",
    ("actors", "pakistani-courts", "aliases"):
        "\"high court\" is the caption's (it also names the separate actor islamabad-high-court); \"Pakistani court\" "
        "is footnote 11's, \"Pakistan court\" footnote 13's",
    ("actors", "samantha-powers", "offices"): "the organisation is read from \"(USAID) Administrator\"",
    ("actors", "sri-lankan-president", "offices"): "the organisation, Sri Lanka, is read from the passage on Sri Lanka",
    ("actors", "syed-mohammad-ali", "offices"):
        "the title is the front matter's; the organisation is read from \"MEI's Afghanistan and Pakistan Program\"",
    ("actors", "taliban", "aliases"): "\"Afghan Taliban\" is footnote 72's; \"Taliban regime\" the body's",
    ("actors", "un", "aliases"): "\"UN\" is footnote 32's; \"U.N.\" the body's",
    ("actors", "undocumented-afghans", "aliases"):
        "\"undocumented immigrants\" (footnote 76) and \"undocumented migrants\" (footnote 77) are the titles' words, "
        "which take in more than Afghans; \"undocumented Afghan migrants\" is the body's",
    ("places", "durand-line", "aliases"):
        "\"Durand Line\", capitalised, is footnote 73's; \"Pakistan-Afghanistan border\" and \"Afghan border\" are "
        "printed, but that they mean the Durand line is our reading",
    ("recommendations", "rec-04", "subjects"):
        "the bullet speaks of \"private sector investments\" without saying American: us-private-sector is our reading",
    ("recommendations", "rec-04", "instruments"):
        "loan:ifc-dfc-de-risking-finance is a proposal fact built from the bullet's words; the two entities are named in it",
    ("recommendations", "rec-05", "instruments"):
        "the bullet names Blue Economies and the Green Alliance; green-shipping-challenge is its \"Green Shipping "
        "initiative\", and us-green-alliance-funding a proposal fact built from its words",
    ("recommendations", "rec-08", "subjects"): "china is read from \"Chinese or American technologies\"",
    ("recommendations", "rec-11", "subjects"):
        "the bullet does not name the Election Commission; it is read from the elections the mission would observe",
    ("recommendations", "rec-14", "subjects"):
        "the bullet speaks of \"documenting Afghan refugees\"; undocumented-afghans, the Afghanistan section's group, "
        "is linked by our reading",
    ("assessments", "khan-death-penalty-unlikely", "actors"): "pti stands in the passage as \"his fractured party\"",
    ("assessments", "nawaz-sharif-lead-role", "actors"): "pml-n is not named in the sentence",
    ("assessments", "sri-lanka-regime-comeback", "actors"): "sri-lanka is named in the section, not in the passage",
    ("assessments", "technology-decoupling-costs", "actors"): "united-states is named in the section, not in the passage",
    ("assessments", "weak-coalition-government", "actors"):
        "pml-n and ppp are read from \"mainstream parties\"; the sentence names no party",
}
HISTORY_NOTE = ("the date is the report's (December 2023, title page); the status \"open\" and the note "
                "\"Made in the report.\" are ours")
EDITS["short-notes"] = [(lst, fact, f(field, "note"), note) for (lst, fact, field), note in SHORT.items()] + [
    ("recommendations", f"rec-{n:02d}", f("history", "note"), HISTORY_NOTE) for n in range(1, 16)]


def apply(report, lst, fact_id, path, value):
    fact = next(x for x in report[lst] if x["id"] == fact_id)
    parents = [fact]
    for key in path[:-1]:
        cur = parents[-1]
        if isinstance(cur, dict) and key not in cur:
            if value is DELETE:
                return
            cur[key] = {}
        parents.append(cur[key])
    last = parents[-1]
    if value is DELETE:
        if isinstance(last, dict):
            last.pop(path[-1], None)
    else:
        last[path[-1]] = value
    # a sourcing or fields object left empty goes
    for depth in range(len(path) - 1, 0, -1):
        if parents[depth] == {} and isinstance(parents[depth - 1], dict):
            del parents[depth - 1][path[depth - 1]]


def main(kinds):
    report = reportjson.load()
    for kind in kinds or EDITS:
        for edit in EDITS[kind]:
            apply(report, *edit)
    reportjson.canonical_share(report)
    reportjson.dump(report)


if __name__ == "__main__":
    main(sys.argv[1:])
