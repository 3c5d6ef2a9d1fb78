"""The hand corrections of the second reading to actors, places, relations, recommendations and
assessments (everything but actor ids and actor references, which actor_changes.py makes).

Run once, after actor_changes.py and before v2_share.py, on the share as it was in version 1.
Each correction names the fact and says what changes; the values are written here once.
"""
import sys

import reportjson

INFERRED_KIND = {"basis": "inferred", "note": "kind chosen from how the report describes the actor"}

SUMMARIES = {
    ("actors", "afghanistan"): "Afghanistan, Pakistan's neighbour, under the Taliban since their takeover in August 2021.",
    ("actors", "iqbal"): "A person named Iqbal, quoted in the title of footnote 7 as calling the May 9 riots Pakistan's \"9/11 attack\" on its national interests.",
    ("actors", "asim-bajwa"): "Named in footnote 58 as chairman of the CPEC Authority; the body says only that the authority, created in 2019, was headed by a retired lieutenant general.",
    ("actors", "carnegie-endowment"): "Outlet of the paper cited in footnote 66, a strategy and policy framework on U.S.-China technological \"decoupling\".",
    ("actors", "china"): "China, Pakistan's largest single creditor, behind CPEC as part of its Belt and Road Initiative, and the U.S.'s great power rival in South Asia.",
    ("actors", "dfc"): "The Development Finance Corporation, named with the International Finance Corporation as an entity through which the U.S. can leverage financing to de-risk private investment in Pakistan.",
    ("actors", "donald-blome"): "U.S. Ambassador who visited Gwadar in Baluchistan in September 2023 to explore development, trade and commercial links.",
    ("actors", "general-electric"): "A firm with which India signed a deal in June 2023 to share military technology by producing fighter jet engines jointly; the deal still needs congressional approval.",
    ("actors", "imf"): "The International Monetary Fund, which lends to Pakistan on conditions and over which the U.S., its largest contributor, holds significant leverage.",
    ("actors", "dar"): "A person named Dar whom a U.S. envoy printed as \"Bloom\" met, by the title of footnote 30 (Dunya News, February 22, 2023); the body cites that footnote for U.S. engagement with the interim setup.",
    ("actors", "israel"): "Israel, whose backing by the U.S. during the ongoing war on Gaza is deeply unpopular in Pakistan.",
    ("actors", "biden"): "A person named Biden in the titles of footnotes 40 and 44, on a tighter U.S.-India bond and on Biden's bond with Modi; the report gives no office.",
    ("actors", "nato"): "NATO, in whose name Pakistan is a \"major non-NATO ally\" and whose occupation of Afghanistan brought American aid to Pakistan.",
    ("actors", "next-pakistani-government"): "The government to come out of Pakistan's elections due in early February 2024, whose exact contours remain uncertain; Nawaz Sharif may play a lead role.",
    ("actors", "pakistani-courts"): "Pakistan's courts, which granted Khan bail, suspended his graft conviction and indicted him in 2023.",
    ("actors", "pti"): "Imran Khan's party, hit by a severe crackdown after the May 9, 2023 riots and weakened by defections.",
    ("actors", "sikh-separatist-canada"): "A Sikh separatist naturalised in Canada, not named in the report, whose alleged assassination by India this past June set off the row between India and Canada.",
    ("actors", "sri-lankan-president"): "Sri Lanka's sitting president, not named in the report, said to keep close ties with the ousted Rajapaksa regime.",
    ("actors", "stimson-center"): "Outlet of two cited analyses (footnotes 39 and 47), one of them by the report's author.",
    ("actors", "taliban"): "The Taliban, whose regime has ruled Afghanistan since the August 2021 takeover and with whom Pakistan's relations are tense.",
    ("actors", "ttp"): "The Tehreek-e-Taliban (TTP), a terrorist group designated by the United States, behind cross-border militancy into Pakistan and closely linked with al-Qaeda.",
    ("actors", "us-business-community"): "American business, the textile sector above all, whose pressure with that of U.S. lawmakers stopped the Reconstruction Opportunity Zone idea.",
    ("actors", "us-congress"): "The U.S. legislature, here named from the report's \"congressional approval\", which India's jet engine deal with General Electric still awaits.",
    ("actors", "congressional-lawmakers"): "U.S. lawmakers as the report speaks of them: a bipartisan group who wrote to Blinken on democratic norms in Pakistan, congressmen who asked for U.N. oversight of its elections, and the lawmakers whose pressure sank the Reconstruction Opportunity Zone idea.",
    ("actors", "pakistani-diaspora-us"): "People of Pakistani origin in the U.S., whose activism on Khan's behalf led U.S. lawmakers to write to Blinken.",
    ("actors", "islamic-state-khorasan"): "Islamic State-Khorasan Province, named with al-Qaeda as a global jihadi network in Afghanistan on which the U.S. and Pakistan should share intelligence.",
    ("actors", "british-indian-raj"): "The British Indian Raj, from which the Durand line, drawn by colonial administrators in 1893, separated Afghanistan.",
    ("actors", "cpec-authority"): "A Pakistani body set up in 2019 under a retired lieutenant general, which could not overcome CPEC's hurdles or get Chinese loans repaid on time.",
    ("actors", "saudi-arabia"): "Saudi Arabia, one of the bilateral donors that the IMF loan let defer Pakistan's pending payments, and a partner in a planned oil refinery in Gwadar.",
    ("actors", "us-department-of-state"): "The U.S. Department of State, Secretary of State Blinken's department, whose publications several footnotes cite.",
    ("relations", "us-department-of-state-part-of-united-states"): "The Department of State belongs to the U.S. government.",
    ("actors", "white-house"): "The White House, whose first response to Pakistan's turmoil was only to voice concern.",
    ("actors", "middle-east-institute"): "The Washington, D.C. institute that published the report, with three centres and an Afghanistan and Pakistan Program.",
    ("relations", "donald-blome-leads-us-embassy-pakistan"): "Blome, as U.S. Ambassador, is taken to head the U.S. Mission Pakistan, the author of the readout of Blome's Gwadar visit in footnote 33.",
    ("relations", "ayman-al-zawahiri-leads-al-qaeda"): "Ayman al-Zawahiri, the al-Qaeda leader, was killed by an American drone strike in August 2022.",
    ("relations", "imf-creditor-of-pakistan"): "The IMF lends to Pakistan: an earlier $6.5 billion loan and a $3 billion nine-month standby arrangement agreed in July 2023.",
    ("relations", "dar-member-of-pakistan-coalition-government"): "Dar, met by a U.S. envoy in February 2023 (footnote 30), is taken to belong to the coalition government because the footnote is cited for U.S. engagement with \"the interim setup\".",
    ("relations", "nawaz-sharif-member-of-pml-n"): "Nawaz Sharif is taken to belong to the Pakistan Muslim League (Nawaz), the party named after him; the report does not say so.",
    ("relations", "un-general-assembly-part-of-un"): "The U.N. General Assembly is a body of the United Nations.",
    ("recommendations", "rec-06"): None,  # "should" -> "can", below
    ("assessments", "india-may-not-side-with-us"): "There is a growing realisation in the U.S. that India may hold back from confronting China alongside the U.S. for fear of endangering its own interests, prompting advice to treat India as an \"illiberal partner\".",
    ("assessments", "infeasible-rehyphenation"): "That the U.S. could now re-hyphenate its relations with India and Pakistan, or compete with China inside Pakistan: the report calls the suggestion unfeasible.",
    ("assessments", "us-cannot-displace-china"): "That the U.S. could displace China's ties with Pakistan: the report rules it out, while seeing ample room for American engagement where the U.S. has an advantage.",
}

NEW_PLACES = [
    {"id": "canada", "kind": "country", "name": "Canada", "aliases": ["Canadian soil"], "country": "CA",
     "provenance": {"sections": ["china-india-pakistan-nexus", "recommendations"], "footnotes": [43],
                    "fields": {"country": {"basis": "inferred", "note": "the code of Canada"}}}},
    {"id": "iran-border", "kind": "border", "name": "Iran border", "country": "PK",
     "provenance": {"sections": ["recommendations"], "footnotes": [87], "basis": "footnote",
                    "fields": {"country": {"basis": "inferred", "footnotes": [87],
                                           "note": "Pakistan's border, by the title of footnote 87"}}}},
]

NEW_RELATIONS = [
    {"id": "india-rival-of-pakistan", "kind": "rival-of", "from": "india", "to": "pakistan",
     "summary": "Pakistan fears India's growing military capabilities, which India's strategic collaboration with Washington directly strengthens.",
     "provenance": {"sections": ["executive-summary", "recommendations"]}},
    {"id": "taliban-opposes-pakistan", "kind": "opposes", "from": "taliban", "to": "pakistan",
     "summary": "Friction has grown between Pakistan and the Taliban regime, over the TTP's cross-border movement and over Pakistan's fencing of the contested Durand line.",
     "provenance": {"sections": ["relevance-for-afghanistan"], "footnotes": [72, 73],
                    "fields": {"kind": {"basis": "inferred", "note": "\"growing friction\" read as opposition"}}}},
] + [
    {"id": f"{c}-part-of-middle-east-institute", "kind": "part-of", "from": c, "to": "middle-east-institute",
     "provenance": {"sections": ["front-matter"], "basis": "front-matter"}}
    for c in ("mei-policy-research", "mei-arts-culture", "mei-education", "mei-afghanistan-pakistan-program")
]

NEW_ASSESSMENTS = [
    {"id": "us-cannot-match-china", "kind": "judgement",
     "actors": ["united-states", "china", "pakistan"],
     "summary": "Although Pakistan exports more to the U.S. than anywhere else, America cannot equal China's investments in Pakistan or its military support.",
     "provenance": {"sections": ["political-and-economic-challenges"]}},
    {"id": "baluchistan-niche-hard-to-win", "kind": "judgement",
     "actors": ["us-diplomats", "united-states"],
     "summary": "U.S. diplomats will find it hard to build influence in Baluchistan, a neglected and restive province of great strategic weight; marine resources, green shipping and climate resilience, left aside by CPEC, deserve attention there.",
     "provenance": {"sections": ["ground-realities"]}},
    {"id": "india-image-tarnished", "kind": "judgement",
     "actors": ["india"],
     "summary": "Intolerance inside India is damaging its standing as the \"largest democracy in the world\".",
     "provenance": {"sections": ["china-india-pakistan-nexus"]}},
    {"id": "reinvigorating-ties-challenging", "kind": "judgement",
     "actors": ["united-states", "pakistan"],
     "summary": "Several factors make it hard at present to give new life to U.S.-Pakistan ties.",
     "provenance": {"sections": ["introduction"]}},
]


def find(report, name, fact_id):
    for fact in report[name]:
        if fact["id"] == fact_id:
            return fact
    sys.exit(f"no {name} {fact_id}")


def fields(fact):
    return fact["provenance"].setdefault("fields", {})


def main():
    r = reportjson.load()
    import new_actors
    fresh = {x["id"]: x for x in new_actors.NEW_ACTORS}
    r["actors"] = [fresh.get(x["id"], x) for x in r["actors"]]
    a = lambda i: find(r, "actors", i)
    rel = lambda i: find(r, "relations", i)
    for (name, fid), text in SUMMARIES.items():
        if text:
            find(r, name, fid)["summary"] = text

    # countries the report does not give
    for i in ("iqbal", "dar", "dfc"):
        a(i).pop("country")
    a("pakistani-diaspora-us")["country"] = "US"
    fields(a("pakistani-diaspora-us"))["country"] = {"basis": "inferred", "note": "the country where the diaspora lives, as for the American-Pakistani PTI supporters"}
    a("international-financial-institutions")["kind"] = "other"

    bajwa = a("asim-bajwa")
    bajwa["aliases"] = [x for x in bajwa["aliases"] if x != "retired lieutenant general"]
    office = bajwa["offices"][0]
    office["from"] = "2019"
    office["note"] = "the body says the authority, created in 2019, was headed by a retired lieutenant general; footnote 58's title says Bajwa was notified as its chairman"
    fields(bajwa)["offices"] = {"basis": "inferred", "footnotes": [58], "note": "the title is footnote 58's; the organisation is read from it; the year 2019 is the year the body gives for the authority's creation, taken as the start of the office"}

    a("bilawal-bhutto-zardari")["offices"][0]["note"] = "printed as Former Pakistani Foreign Minister in the caption of a photo of May 18, 2022; dates of office not given"

    blome = a("donald-blome")
    blome["aliases"] = ["U.S. Ambassador Donald Blome"]
    blome["provenance"]["sections"] = ["ground-realities"]
    blome["provenance"]["footnotes"] = [33, 34]

    a("us-business-community")["aliases"] = [x for x in a("us-business-community")["aliases"] if x != "textile sector"]
    if not a("us-business-community")["aliases"]:
        del a("us-business-community")["aliases"]

    congress = a("us-congress")
    congress["name"] = "Congress"
    congress["provenance"]["sections"] = ["china-india-pakistan-nexus", "relevance-for-afghanistan"]
    fields(congress)["name"] = {"basis": "inferred", "note": "the report prints \"congressional approval\", \"congressional lawmakers\" and \"congressmen\" but never the institution's name"}
    lawmakers = a("congressional-lawmakers")
    lawmakers["aliases"] = lawmakers["aliases"] + ["U.S. lawmakers"]
    lawmakers["provenance"]["sections"] = ["ground-realities", "relevance-for-afghanistan"]

    for i in ("sikh-separatist-canada", "sri-lankan-president"):
        a(i)["unnamed"] = True

    # relations
    r["relations"] = [x for x in r["relations"] if x["id"] not in ("dfc-part-of-united-states", "biden-leads-united-states")]
    b = rel("asim-bajwa-leads-cpec-authority")
    b["provenance"]["location"] = "footnote"
    b["date"] = "2019"
    fields(b)["date"] = {"basis": "inferred", "note": "the year the body gives for the authority's creation; footnote 58's November 2019 is its publication date"}
    lead = rel("donald-blome-leads-us-embassy-pakistan")
    lead["provenance"] = {"sections": ["ground-realities"], "footnotes": [33, 34], "basis": "inferred",
                          "note": "an ambassador heads his country's mission; the report names Blome U.S. Ambassador, and footnotes 33 and 34 are the U.S. Mission Pakistan's readout of his visit"}
    imf = rel("imf-creditor-of-pakistan")
    imf["provenance"]["sections"] = [s for s in imf["provenance"]["sections"] if s != "executive-summary"]
    for i in ("india-opposes-sikh-targeted-in-us", "india-opposes-sikh-separatist-canada"):
        rel(i)["provenance"]["note"] = "alleged: the report speaks of an alleged assassination and of allegations"
    add_section = {"indian-government-opposes-religious-minorities-india": "ground-realities",
                   "narendra-modi-engages-with-united-states": "political-and-economic-challenges",
                   "pakistan-military-supports-sifc": "political-and-economic-challenges",
                   "us-department-of-state-part-of-united-states": "relevance-for-afghanistan"}
    order = [s["id"] for s in r["sections"]]
    for i, s in add_section.items():
        secs = rel(i)["provenance"]["sections"]
        if s not in secs:
            secs.append(s)
            secs.sort(key=order.index)
    dar = rel("dar-member-of-pakistan-coalition-government")
    dar["provenance"]["location"] = "inferred"
    dar["provenance"]["note"] = "footnote 30 is cited in the body for U.S. engagement with \"the interim setup\"; that Dar belonged to it is read from that"
    nawaz = rel("nawaz-sharif-member-of-pml-n")
    nawaz["provenance"] = {"sections": ["ground-realities"], "basis": "inferred",
                           "note": "from the party's name, Pakistan Muslim League (Nawaz); the report does not say Sharif belongs to it"}
    rel("pakistan-coalition-government-supports-pakistan-military")["provenance"]["footnotes"] = [21, 49]
    for i, n in (("ml-1-part-of-bri", None), ("pakistan-hosts-afghans-awaiting-us-resettlement", None)):
        rel(i)["provenance"]["location"] = "footnote"
    imfm = rel("pakistan-member-of-imf")
    imfm["provenance"]["location"] = "inferred"
    imfm["provenance"]["note"] = "the report speaks only of Pakistan borrowing from the IMF and meeting its conditions; membership is read from that"

    # recommendations
    rec2 = find(r, "recommendations", "rec-02")
    rec2["themes"] = [t for t in rec2["themes"] if t != "india-pakistan-rivalry"]
    rec6 = find(r, "recommendations", "rec-06")
    rec6["summary"] = rec6["summary"].replace("should ", "can ", 1) if "should " in rec6["summary"] else rec6["summary"]
    rec12 = find(r, "recommendations", "rec-12")
    if "extremist-groups-pakistan" not in rec12["subjects"]:
        rec12["subjects"].append("extremist-groups-pakistan")
    for rec in r["recommendations"]:
        if rec["number"] >= 12:
            rec["provenance"]["page"] = 22

    # assessments
    for i in ("infeasible-rehyphenation", "us-cannot-displace-china"):
        fields(find(r, "assessments", i))["likelihood"] = {"basis": "inferred", "note": "the likelihood of the outcome the summary names, which the report rules out"}
    weak = find(r, "assessments", "weak-coalition-government")
    weak["likelihood"] = "possible"
    fields(weak)["likelihood"] = {"basis": "inferred", "note": "the report says this outcome seems the most acceptable to the military, not how likely it is"}

    for fact in NEW_ASSESSMENTS:
        fact["provenance"]["fields"] = {"kind": {"basis": "inferred", "note": "kind chosen for the dataset from the report's wording"}}
    rec5 = find(r, "recommendations", "rec-05")
    if "assessment:baluchistan-niche-hard-to-win" not in rec5["evidence"]:
        rec5["evidence"].append("assessment:baluchistan-niche-hard-to-win")
    fields(rec5)["evidence"] = {"basis": "inferred", "note": "links chosen for the dataset, since the report does not cite body facts from its bullets: the U.S. assistance in Baluchistan, the CPEC investments, and the judgement on U.S. influence in Baluchistan, whose passage on marine resources, green shipping and climate resilience stands closest to the bullet"}
    have = {(k, f["id"]) for k in ("places", "relations", "assessments") for f in r[k]}
    for name, new in (("places", NEW_PLACES), ("relations", NEW_RELATIONS), ("assessments", NEW_ASSESSMENTS)):
        for fact in new:
            if (name, fact["id"]) not in have:
                r[name].append(fact)

    # pages: facts that stand only in the introduction (wholly on page 7: it and the next
    # section both start there) or only in the conclusion (page 22, closed by footnotes 86-87)
    pages = {"introduction": 7, "conclusion": 22}
    for name in ("actors", "places", "relations", "assessments"):
        for fact in r[name]:
            secs = fact["provenance"]["sections"]
            if len(secs) == 1 and secs[0] in pages:
                fact["provenance"]["page"] = pages[secs[0]]
    reportjson.canonical_share(r)
    reportjson.dump(r)


if __name__ == "__main__":
    main()
