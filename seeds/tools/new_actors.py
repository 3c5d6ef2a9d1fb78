"""Actors the second reading found missing, in version 2 form. actor_changes.py adds each one that
is not yet in report.json, so that later moves can point to them."""

INFERRED_KIND = {"basis": "inferred", "note": "kind chosen from how the report describes the actor"}

NEW_ACTORS = [
    {
        "id": "us-ambassador-in-pakistan",
        "kind": "person",
        "name": "the U.S. ambassador in Pakistan who met Prime Minister Kakar",
        "unnamed": True,
        "aliases": ["US envoy"],
        "country": "US",
        "possibleIdentities": [{
            "actor": "donald-blome", "basis": "inferred", "footnotes": [33],
            "note": "Donald Blome is the only U.S. Ambassador the report names (his Gwadar visit in "
                    "September 2023, footnote 33); it does not say that he is the one who met Kakar in "
                    "October."}],
        "summary": "An American ambassador whom the report leaves unnamed, who met Prime Minister Kakar to win "
                   "an exemption from deportation for about 25,000 Afghans being processed for possible "
                   "resettlement in America.",
        "provenance": {"sections": ["relevance-for-afghanistan"], "footnotes": [79],
                       "fields": {"aliases": {"basis": "footnote", "footnotes": [79]},
                                  "country": {"basis": "inferred", "note": "from \"U.S.\" in his description"}}},
    },
    {
        "id": "bloom",
        "kind": "person",
        "name": "Bloom",
        "aliases": ["US envoy Bloom"],
        "country": "US",
        "possibleIdentities": [{
            "actor": "donald-blome", "basis": "inferred", "footnotes": [30, 33],
            "note": "footnote 30's title prints a \"US envoy Bloom\"; the body and footnotes 33 and 34 print "
                    "U.S. Ambassador Donald Blome; that they are one person is read from the close spelling "
                    "and the office, and the report does not say it"}],
        "summary": "A U.S. envoy printed as \"Bloom\" in the title of footnote 30, which reports a meeting "
                   "with Dar in February 2023.",
        "provenance": {"sections": ["ground-realities"], "footnotes": [30], "basis": "footnote",
                       "fields": {"country": {"basis": "inferred", "footnotes": [30],
                                              "note": "from \"US envoy\" in the title of footnote 30"}}},
    },
    {
        "id": "sikh-targeted-in-us",
        "kind": "person",
        "name": "a Sikh in the U.S. whom an Indian plot allegedly targeted",
        "unnamed": True,
        "summary": "A Sikh living in America, not named, whom India allegedly plotted to kill; the report "
                   "speaks of recent allegations in one section and of an uncovered plot in a recommendation.",
        "provenance": {"sections": ["china-india-pakistan-nexus", "recommendations"], "footnotes": [44]},
    },
    {
        "id": "nixon",
        "kind": "person",
        "name": "Nixon",
        "aliases": ["Nixonian"],
        "summary": "Named only through the adjective \"Nixonian-era\": the period in which Pakistan helped bring "
                   "China and America closer.",
        "provenance": {"sections": ["china-india-pakistan-nexus"],
                       "fields": {"name": {"basis": "inferred",
                                           "note": "the report prints only the adjective \"Nixonian-era\"; "
                                                   "the name is the adjective's root"}}},
    },
    {
        "id": "pakistan-intelligence-chief",
        "kind": "person",
        "name": "Pakistan's new intelligence chief",
        "unnamed": True,
        "aliases": ["new intelligence chief"],
        "country": "PK",
        "summary": "The head of intelligence, not named, whose appointment Khan tried to sway, one of the "
                   "moves that cost him the military's backing.",
        "provenance": {"sections": ["ground-realities"], "footnotes": [5],
                       "fields": {"country": {"basis": "inferred", "note": "\"the country's\" is Pakistan"}}},
    },
    {
        "id": "bangladesh-prime-minister",
        "kind": "person",
        "name": "the Bangladeshi prime minister whose resignation the opposition demands",
        "unnamed": True,
        "country": "BD",
        "summary": "Bangladesh's head of government, not named, whose resignation opposition protesters in "
                   "Dhaka call for, by the title of footnote 37.",
        "provenance": {"sections": ["ground-realities"], "footnotes": [37], "basis": "footnote",
                       "fields": {"country": {"basis": "inferred", "footnotes": [37],
                                              "note": "the \"PM\" of the Bangladesh opposition's demand in footnote 37's title"}}},
    },
    {
        "id": "regional-experts",
        "kind": "community",
        "name": "prominent regional experts",
        "summary": "Experts on South Asia who warned Washington that its growing defence ties with India could "
                   "feed the arms race in the region; footnote 38 is a paper by Markey, Scobell and Singh.",
        "provenance": {"sections": ["china-india-pakistan-nexus"], "footnotes": [38]},
    },
    {
        "id": "colonial-administrators",
        "kind": "other",
        "name": "colonial administrators",
        "summary": "The administrators who in 1893 drew the Durand line between Afghanistan and the British "
                   "Indian Raj, a border the report calls arbitrary.",
        "provenance": {"sections": ["relevance-for-afghanistan"], "footnotes": [73]},
    },
    {
        "id": "khan-opponents",
        "kind": "community",
        "name": "Khan's opponents",
        "country": "PK",
        "summary": "The politicians who voted Imran Khan out in parliament in April 2022 once the military no "
                   "longer backed him.",
        "provenance": {"sections": ["ground-realities"],
                       "fields": {"country": {"basis": "inferred", "note": "Khan's opponents in Pakistan's parliament"}}},
    },
    {
        "id": "pti-leaders",
        "kind": "community",
        "name": "key party leaders",
        "aliases": ["prominent figures from Khan's Pakistan Tehreek-e-Insaf (PTI) party"],
        "country": "PK",
        "summary": "Leading members of the PTI: several were arrested on charges of organising the May 9 riots, "
                   "and many have left Khan's party.",
        "provenance": {"sections": ["ground-realities"], "footnotes": [9],
                       "fields": {"country": {"basis": "inferred", "note": "leaders of a Pakistani party"}}},
    },
    {
        "id": "extremist-groups-pakistan",
        "kind": "armed-group",
        "name": "extremist groups within the country",
        "country": "PK",
        "summary": "Extremist groups inside Pakistan that counter-terrorism dialogues with the U.S. should help "
                   "it deal with.",
        "provenance": {"sections": ["recommendations"],
                       "fields": {"kind": INFERRED_KIND,
                                  "country": {"basis": "inferred", "note": "\"the country\" is Pakistan"}}},
    },
    {
        "id": "pakistani-students-emerging-leaders",
        "kind": "community",
        "name": "top Pakistani students and emerging leaders",
        "country": "PK",
        "summary": "The Pakistanis whom prestigious U.S. scholarships bring to America; the report wants the "
                   "lower ranks of the administration reached as well.",
        "provenance": {"sections": ["political-and-economic-challenges"],
                       "fields": {"country": {"basis": "inferred", "note": "from \"Pakistani\""}}},
    },
    {
        "id": "mei-policy-research",
        "kind": "other",
        "name": "Policy & Research",
        "summary": "One of the three centres of the Middle East Institute.",
        "provenance": {"sections": ["front-matter"], "basis": "front-matter"},
    },
    {
        "id": "mei-arts-culture",
        "kind": "other",
        "name": "Arts & Culture",
        "summary": "One of the three centres of the Middle East Institute.",
        "provenance": {"sections": ["front-matter"], "basis": "front-matter"},
    },
    {
        "id": "mei-education",
        "kind": "other",
        "name": "Education",
        "summary": "One of the three centres of the Middle East Institute.",
        "provenance": {"sections": ["front-matter"], "basis": "front-matter"},
    },
    {
        "id": "express-tribune",
        "kind": "company",
        "name": "Express Tribune",
        "aliases": ["The Express Tribune"],
        "summary": "The newspaper in which the author has a weekly op-ed; the front matter calls it \"an affiliate "
                   "of The New York Times in Pakistan\", and several footnotes cite it.",
        "provenance": {"sections": ["front-matter", "ground-realities", "political-and-economic-challenges"],
                       "footnotes": [7, 17, 21, 51, 54, 58, 59, 67],
                       "basis": "front-matter",
                       "fields": {"aliases": {"basis": "footnote", "footnotes": [7, 17, 21, 51, 54, 58, 59, 67]}}},
    },
    {
        "id": "new-york-times",
        "kind": "company",
        "name": "The New York Times",
        "summary": "The newspaper with which, by the front matter, the Express Tribune is affiliated; it is "
                   "also the outlet of footnotes 3 and 44.",
        "provenance": {"sections": ["front-matter", "introduction", "china-india-pakistan-nexus"], "footnotes": [3, 44],
                       "basis": "front-matter"},
    },
    {
        "id": "routledge",
        "kind": "company",
        "name": "Routledge",
        "summary": "Publisher of the author's 2015 book on development, poverty and power in Pakistan.",
        "provenance": {"sections": ["front-matter"], "basis": "front-matter"},
    },
    {
        "id": "johns-hopkins-advanced-academics",
        "kind": "other",
        "name": "Advanced Academics Program",
        "aliases": ["Advanced Academics Program at Johns Hopkins"],
        "summary": "The programme at Johns Hopkins where the author teaches graduate courses.",
        "provenance": {"sections": ["front-matter"], "basis": "front-matter"},
    },
    {
        "id": "american-university-sis",
        "kind": "other",
        "name": "School of International Service",
        "aliases": ["School of International Service at American University"],
        "summary": "The school of American University where the author teaches graduate courses.",
        "provenance": {"sections": ["front-matter"], "basis": "front-matter"},
    },
    {
        "id": "afp",
        "kind": "company",
        "name": "AFP",
        "summary": "Credited, through Getty Images, for the cover photo and three photos inside the report.",
        "provenance": {"sections": ["front-matter", "ground-realities", "political-and-economic-challenges"],
                       "basis": "caption"},
    },
    {
        "id": "getty-images",
        "kind": "company",
        "name": "Getty Images",
        "summary": "The picture agency through which all six photos of the report are credited.",
        "provenance": {"sections": ["front-matter", "ground-realities", "political-and-economic-challenges",
                                    "relevance-for-afghanistan"], "basis": "caption"},
    },
    {
        "id": "anadolu-agency",
        "kind": "company",
        "name": "Anadolu Agency",
        "summary": "Credited, with the Pakistan Prime Minister's Office, for the photo of Kakar at the U.N. "
                   "General Assembly; footnote 87 cites it as an outlet.",
        "provenance": {"sections": ["ground-realities", "recommendations"], "footnotes": [87], "basis": "caption"},
    },
    {
        "id": "los-angeles-times",
        "kind": "company",
        "name": "Los Angeles Times",
        "summary": "Credited for the photo of Taliban fighters in Kabul in August 2021.",
        "provenance": {"sections": ["relevance-for-afghanistan"], "basis": "caption"},
    },
    {
        "id": "rizwan-tabassum",
        "kind": "person",
        "name": "RIZWAN TABASSUM",
        "summary": "Photographer of the cover picture, a march in Karachi for Independence Day in 2022.",
        "provenance": {"sections": ["front-matter"], "basis": "caption"},
    },
    {
        "id": "aamir-qureshi",
        "kind": "person",
        "name": "AAMIR QURESHI",
        "summary": "Photographer credited for the pictures of Nawaz Sharif's supporters in Lahore and of Imran "
                   "Khan arriving at court in Islamabad.",
        "provenance": {"sections": ["front-matter", "ground-realities"], "basis": "caption"},
    },
    {
        "id": "eduardo-munoz",
        "kind": "person",
        "name": "EDUARDO MUNOZ",
        "summary": "Photographer credited for the picture of Blinken with Bilawal Bhutto Zardari at the U.N. "
                   "in May 2022.",
        "provenance": {"sections": ["political-and-economic-challenges"], "basis": "caption"},
    },
    {
        "id": "marcus-yam",
        "kind": "person",
        "name": "Marcus Yam",
        "summary": "Photographer credited for the picture of Taliban fighters in Kabul.",
        "provenance": {"sections": ["relevance-for-afghanistan"], "basis": "caption"},
    },
]

# A kind is our reading of the report's words, as for every other actor.
for _actor in NEW_ACTORS:
    _fields = _actor["provenance"].setdefault("fields", {})
    _fields.setdefault("kind", INFERRED_KIND)
    _actor["provenance"]["fields"] = {k: _fields[k] for k in
                                      ("kind", "name", "aliases", "country", "offices", "summary") if k in _fields}
