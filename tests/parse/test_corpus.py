"""The labelled corpus of real published notes is a fixture: accuracy may rise, never fall.

The figures below are the ones published in the README (bench/bench_parse_accuracy.py
prints them; tests/parse/corpus/SOURCES.md says what the corpus is). A parser change that
lowers any of them fails here; one that raises them should raise the figures too.
"""

from __future__ import annotations

import pytest

from checker import references
from tests.parse.corpus.score import CORPUS, SPLITS, STYLES, Tally, notes_file, predicted, score

# split: (micro F1 over all fields, URL F1, back-reference F1, whole-citation exact match)
PUBLISHED = {
    # 0.934, 0.991, 0.976, 0.812 before two literary-history articles joined unseen (SOURCES.md, session 8);
    # 0.931, 0.990, 0.973, 0.804 before an eighth CRS report (crs-2026-commercial-service) joined unseen
    # 0.930, 0.990, 0.972, 0.800 before two flagship law reviews joined unseen (ilj-2020 0.788, shlr-2022 0.979)
    # 0.928, 0.990, 0.974, 0.795 before two security papers joined unseen (SOURCES.md, session 8)
    # 0.928, 0.989, 0.978, 0.790 before a GAO report of 2007 (gao-2007-crude-oil) joined unseen and
    # the rule read from it (bodies between an unquoted title and its year issued the report)
    # 0.930, 0.989, 0.978, 0.795 before the security-notes rules (session 8)
    # 0.933, 0.990, 0.980, 0.804 before a third literary-history article (british-fiction-geography) joined unseen
    # 0.933, 0.992, 0.978, 0.808 before the report-kind rules of security notes (session 8)
    # 0.935, 0.992, 0.978, 0.813 before citations run into comment were cut (pages then `and`, imprint then `, but`)
    # 0.936, 0.992, 0.978, 0.816 before a full citation's opening repeated alone was read as its short form
    # 0.936, 0.992, 0.980, 0.816 before a roman-numeral pinpoint after an imprint ended a citation
    # 0.937, 0.992, 0.981, 0.816 before a diplomatic history in archival notes (ho-2015-frus-history-ch7) joined
    # 0.932, 0.992, 0.981, 0.805 before its chapter 8 (ho-2015-frus-history-ch8) joined unseen
    # 0.928, 0.992, 0.981, 0.797 before a literary-history article of long comment notes (self-repetition) joined unseen
    # 0.926, 0.992, 0.979, 0.791 before a writer named in the comment before a title-first citation was its author
    # 0.927, 0.992, 0.979, 0.796 before the archival rules (checker/parse/archival.py)
    # 0.933, 0.992, 0.979, 0.807 before `in Journal 51 (date): pages`, `e.g., Name, “Title”`, `Cited in` and `diss.`
    # 0.934, 0.992, 0.981, 0.810 before quotation pinpoints, `Quote from`, pages joined by `and`, meeting records
    # 0.935, 0.992, 0.981, 0.814 before a second GAO report of 2007 (gao-2007-regulatory-reviews) joined unseen
    # 0.934, 0.991, 0.981, 0.812 before two more archival pieces (ho-2011-special-frus-volumes, …) joined
    # 0.930, 0.991, 0.980, 0.804 before a journalism review's long read (cjr-2011-story-so-far-ch1-3) joined unseen
    # 0.929, 0.992, 0.979, 0.800 before a sentence opening `See …`/`For Japan, see …` started a citation
    # 0.929, 0.992, 0.979, 0.801 before GAO numbers with a division (`GAO/RCED-99-250`) and the body-less second report
    # 0.930, 0.992, 0.980, 0.802 before a dated piece by a writer with no site was news, `Remarks made at` a talk
    # 0.930, 0.992, 0.980, 0.804 before `), chapter 9` was a pinpoint and a university's centre its publisher with it
    # 0.931, 0.992, 0.980, 0.805 before `Letter from X to Y, date, Edition, page`, offices, memoranda by their writer
    # 0.933, 0.992, 0.980, 0.810 before chapter 4 of The Story So Far (cjr-2011-story-so-far-ch4) joined
    # 0.933, 0.992, 0.980, 0.809 before an edition's essay of literary history (cdhsc-2019-gavin-turnbull) joined unseen
    # 0.932, 0.992, 0.979, 0.805 before a poem's lines (`(1788), ll. 15-20`) were its pinpoint, not a roman page
    # 0.932, 0.992, 0.979, 0.806 before `supra note N and the accompanying text` was read as a short form
    # 0.932, 0.992, 0.980, 0.807 before a journal's name ran up to its volume, commas and colon included
    # 0.933, 0.992, 0.980, 0.810 before the 1991 FRUS statute piece (ho-2012-to-the-1991-frus-statute) joined unseen
    # 0.931, 0.992, 0.979, 0.804 before a newspaper's section page (`p. A3`) and `X memorandum to/for Y, date`
    # 0.932, 0.992, 0.979, 0.806 before a run of archival papers went on after `memorandum to`/`letter to` and was cut
    # before a publication following where a paper lies (`…, DoS P-Reels and Warren Cohen, “…”`)
    # 0.932, 0.992, 0.979, 0.807 before a ninth CRS report (crs-2026-internet-architecture) joined unseen
    # 0.931, 0.992, 0.974, 0.805 before a sentence of comment ending in a book, its imprint and page cited the book
    # 0.932, 0.992, 0.980, 0.807 before an Arbel draft of 2023 (ssrn-2023-how-smart-are-smart-readers) joined unseen
    # 0.932, 0.992, 0.980, 0.808 before two literary-history articles (race-writing, life-cycles) joined unseen
    # 0.932, 0.992, 0.980, 0.807 before an issue dated by its season was a journal's (`Critical Inquiry (Autumn 1985)`)
    # 0.932, 0.992, 0.980, 0.808 before a Harvard JOLT draft (jolt-2024-nano-contracts, 0.789) joined unseen
    # 0.931, 0.991, 0.980, 0.805 before a diplomatic history of 1980 (ho-2011-1980-frus-rereview) joined unseen
    # 0.927, 0.991, 0.980, 0.799 before a paper located by its folder's quoted short name was archival
    # 0.929, 0.991, 0.980, 0.802 before a printed paper's piece (`Title, N.Y. TIMES, Oct. 9, 1903, at 6`) was read
    # 0.929, 0.991, 0.980, 0.803 before an addressee could open with `all` or `members of` (`to all Assistant …`)
    # 0.929, 0.991, 0.980, 0.803 before a book title opening with a quotation was read whole (session 11)
    # 0.930, 0.991, 0.980, 0.805 before a legal history of the AHR (ahr-2018-spine-of-american-law, 0.824) joined unseen
    # 0.929, 0.991, 0.979, 0.800 before the rules read from it: a span of years ends a title, a person's title and
    # publisher-and-year imprint is a book, nominative reporters, collections' documents, a document's short title
    # 0.931, 0.991, 0.980, 0.806 before an Arbel draft of 2020 (ssrn-2020-all-caps, 0.824) joined unseen
    # 0.930, 0.991, 0.980, 0.805 before an Arbel tax-law draft (ssrn-2025-tax-levers-safer-ai, 0.832) joined unseen
    # 0.930, 0.991, 0.980, 0.804 before an Arbel draft of 2026 (ssrn-2026-how-to-count-ais, 0.737) joined unseen
    # 0.930, 0.991, 0.980, 0.804 before a Cultural Analytics article on archives and policing (ca-2019-carceral-archive,
    # 0.899 unseen: short forms of works cited only in the body, inverted imprints) joined unseen (session 11)
    # 0.930, 0.992, 0.981, 0.804 before the rest of the tax-levers rules (comment running into names marked as
    # authors was merged first; a comma after an explanatory parenthetical, three surnames closed by `, and`, T6
    # institutions as author or publisher, `See infra Part …` its own sentence; branch s11tax)
    # 0.930, 0.991, 0.978, 0.802 when a Cultural Analytics article on archives and policing (ca-2019-carceral-archive,
    # 0.909 unseen) joined, restored by the rules read from it (session 11, branch s11ca)
    # 0.930, 0.991, 0.979, 0.803 before chapter 9 of the FRUS history (ho-2015-frus-history-ch9, 0.516) joined unseen
    # 0.932, 0.991, 0.980, 0.809 before chapter 10 of the FRUS history (ho-2015-frus-history-ch10, 0.750) joined
    # unseen: its notes have no short form, and the parser read one where there is none (back-reference 0.979,
    # 0.980 again once an archival letter repeated in a run was no short form)
    # 0.931, 0.992, 0.981, 0.806 before the FRUS history's chapters 9 and 10 (ho-2015-frus-history-ch9, 0.516 unseen;
    # ch10) joined and the helpers' last rules were merged (session 11)
    # 0.932, 0.992, 0.982, 0.810 before a Cultural Analytics article on folklore classification (ca-2017-tell-tale-hat,
    # 0.723 unseen: Danish and German titles, series after titles, editors before one) joined (session 12)
    # 0.933, 0.992, 0.982, 0.810 at the start of session 13; 0.935, 0.992, 0.982, 0.816 before Piper's Fictionality
    # (ca-2016-fictionality, 0.779 unseen) and Beyond Poet Voice (ca-2018-beyond-poet-voice, 0.832 unseen) joined
    # 0.937, 0.992, 0.982, 0.822 before notes 21-30 of the AHR legal history (0.600 unseen) joined
    # 0.937, 0.992, 0.982, 0.820 at the start of session 14, before Tort Reform through the Backdoor
    # (ssrn-2016-tort-reform-backdoor, 0.911 unseen, back-reference 0.900) joined
    # 0.937, 0.992, 0.980, 0.821 after it joined, before the rules read from it (session 14)
    # 0.940, 0.992, 0.981, 0.828 in session 15 before a tenth CRS report (crs-2026-methane-charge, 0.825 unseen,
    # back-reference 0.667) joined; 0.939, 0.992, 0.980, 0.825 after (its rules follow)
    # 0.942, 0.992, 0.982, 0.832 before three wartime FRUS-history articles (ho-2011-frus-at-war 0.531 unseen,
    # ho-2012-frus-brush-with-death 0.630, ho-2011-frus-war-in-the-pacific 0.909) joined; 0.938, 0.992, 0.982,
    # 0.825 after
    # 0.940, 0.992, 0.982, 0.828 at the end of session 15 (116 pieces); 0.940, 0.992, 0.982, 0.826 with a last
    # CRS report (crs-2026-corporate-tax-rate, 0.851 unseen) added after the session's rules, none read from it
    # 0.940, 0.992, 0.982, 0.826 in session 16 before four pieces joined unseen (ssrn-2022-truth-bounties 0.876,
    # ssrn-2025-ai-beyond-the-grave 0.806, ca-2016-fiction-and-history 0.795, crs-2026-retailer-pricing 0.894)
    # 0.937, 0.991, 0.980, 0.818 before a Berkley Center policy brief joined unseen (berkley-2021-religious-soft-power
    # 0.798, URL 0.915, back-ref 0.333)
    # 0.937, 0.992, 0.980, 0.818 before a law-and-economics draft whose PDF text lost its spaces joined unseen
    # (ssrn-2023-defamation-bayesian-audiences 0.133)
    # 0.937, 0.992, 0.981, 0.816 before three short FRUS-history articles joined unseen (ho-2011-an-outburst-of-
    # pamphlets 0.495, ho-2011-proper-selection-of-despatches 0.563, ho-2011-real-opinions 0.788)
    # 0.936, 0.992, 0.980, 0.814 before a Heritage chapter and a CRS report joined unseen (heritage-2023-homeland-
    # security 0.783, crs-2026-senate-budget-resolution 0.735)
    # 0.935, 0.992, 0.980, 0.813 before two Heritage chapters and an Arbel article joined unseen (heritage-2023-energy
    # 0.828, heritage-2023-justice 0.908, wvlr-2015-contract-remedies 0.861)
    # 0.935, 0.993, 0.978, 0.813 before a Programming Historian lesson with bibliography-form notes joined unseen
    # (ph-2025-communication-networks 0.491)
    # 0.933, 0.993, 0.978, 0.812 before a Heritage chapter and a CRS report joined unseen (heritage-2023-epa 0.927,
    # crs-2026-foreign-holdings-federal-debt 0.688)
    # 0.933, 0.992, 0.978, 0.812 before the Heritage Treasury chapter joined unseen (heritage-2023-treasury 0.822)
    # 0.933, 0.992, 0.976, 0.811 before two more Heritage chapters joined unseen (heritage-2023-interior 0.856,
    # heritage-2023-commerce 0.865)
    # 0.933, 0.992, 0.977, 0.811 before the Heritage Education chapter joined unseen (heritage-2023-education 0.681)
    # 0.933, 0.992, 0.977, 0.812 before a criminal-law review article joined unseen (aclr-2023-uncontested-
    # prosecutor-elections 0.954, URL 0.944)
    # (two last Heritage chapters joined unseen at e371436: heritage-2023-transportation 0.941, heritage-2023-veterans-
    # affairs 0.903; the dev figures unchanged)
    # 0.934, 0.993, 0.978, 0.813 before chapter 5 of the FRUS history joined unseen (ho-2015-frus-history-ch5 0.599)
    # 0.933, 0.993, 0.978, 0.811 before a Fordham Law Review article joined unseen (fordham-2025-law-following 0.866,
    # URL 0.889)
    # 0.933, 0.993, 0.977, 0.811 before chapter 3 of the FRUS history joined unseen (ho-2015-frus-history-ch3 0.764)
    # 0.932, 0.993, 0.977, 0.809 before notes 51-95 of the Payday article joined unseen (washu-2020-payday-legislation
    # 0.868; its notes 1-50, washu-2020-payday, were read for rules in session 7)
    # 0.932, 0.993, 0.976, 0.808 before the Heritage Labor chapter joined unseen (heritage-2023-labor 0.730)
    # (the Heritage Agriculture chapter joined unseen at 77f0ddf: heritage-2023-agriculture 0.931, URL 0.956)
    # 0.932, 0.992, 0.975, 0.808 before seven pieces joined unseen in session 17 (wmlr-2020-sexual-privacy-compact
    # 0.809, uclf-2020-speech-machine 0.626, wlulr-2020-defending-democracy 0.932, umialr-2021-information-age-
    # imperialism 0.953, rjolt-2021-protecting-children 0.925, cmc-2021-great-power-disinformation 0.846,
    # gsp-2020-holocaust-denial 0.629): 0.915, 0.979, 0.923, 0.775 as they joined
    # (after a draft's numberless supra, recordings' time pinpoints, quoted words of comment before `see`) 0.925,
    # 0.988, 0.959,
    # 0.781 as three more joined unseen: ca-2016-genre-theory-historicism 0.939, hsg-2021-social-media-threat 0.906,
    # gsp-2021-ongoing-genocides 0.954)
    # (aci-2021-jack-voltaic joined unseen at 0.915: 0.925, 0.988, 0.959, 0.780)
    # (wjlta-2022-cyber-silencing 0.887, csc-2021-solarium-implementation 0.694, dltr-2021-cyber-tria 0.867 joined
    # unseen: 0.920, 0.984, 0.947, 0.770)
    # (after executive orders by number and register cites: crs-2026-ssa-staffing 0.571, crs-2026-ssa-staffing-by-state
    # 0.667, fordham-2021-bridging-realms 0.896, ca-2016-measured-applause 0.828 joined unseen: 0.921, 0.987, 0.946,
    # 0.772)
    # (after `supra 5` and a misspelt supra's number kept: nejpp-2022-innovation-ecosystem 0.890, uic-2021-digital-
    # dominion 0.624, sulr-2020-internet-never-forgets 0.891 joined unseen: 0.915, 0.987, 0.948, 0.760)
    # (llalr-2022-gig-worker-parity joined unseen at 0.907: 0.915, 0.987, 0.947, 0.761)
    # (after a lost opening quotation mark, proceedings' short names and a double issue: hsg-2022-violent-free-speech
    # 0.957, jsh-2021-arguing-with-digital-history 0.861, URL 0.746, heritage-2023-hud 0.958 joined unseen: 0.917,
    # 0.986, 0.947, 0.762)
    # (after a sentence of comment's own address: shlr-1972-nj-wiretapping 0.612, ho-2015-frus-history-ch6 0.817
    # joined unseen: 0.912, 0.987, 0.943, 0.757)
    # (after parallel reports, surname-only authors and a headline's semicolon: gbr-2020-blockchain-licensing 0.687,
    # jdfsl-2022-ihl-cyberwarfare 0.206, nhtsa-2020-vehicle-cybersecurity 0.370, yir-2017-russia-eurasia 0.561,
    # yir-2016-anti-money-laundering 0.774, pennlaw-2022-selling-antitrust 0.797 joined unseen: 0.902, 0.981, 0.937,
    # 0.734)
    # (ipbrief-2018-blockchain-currencies joined unseen at 0.586, URL 0.672, back-ref 0.301: 0.899, 0.977, 0.927,
    # 0.728)
    # (after the treaty, foreign-law, biblatex and think-tank rules: heritage-2023-export-import 0.717, heritage-2023-
    # federal-reserve 0.884 joined unseen: 0.900, 0.978, 0.930, 0.729)
    # (heritage-2023-sba joined unseen at 0.834: 0.900, 0.978, 0.930, 0.727)
    # (after `also see`, biblatex's @techreport and a capitalised particle, 0.902, 0.981, 0.941, 0.729, seven pieces
    # joined unseen in session 18, five of them later ranges read after their earlier notes (score.CONTINUES):
    # colorado-2025-judicial-economy-n51 0.874, gwu-2022-smart-readers-n51 0.871, URL 0.750, ssrn-2025-ai-beyond-the-
    # grave-n46 0.874, ssrn-2025-tax-levers-safer-ai-n36 0.875, ssrn-2022-truth-bounties-n46 0.896, crs-2026-election-
    # grants 0.787, scholed-2017-cather-obscure-destinies 0.563: 0.899, 0.978, 0.939, 0.725)
    # (ho-2015-frus-history-ch2 joined unseen at 0.390, back-ref 0.154: 0.897, 0.978, 0.937, 0.722)
    # (after letters without `Letter from` and editor-supplied years, 0.899, 0.978, 0.937, 0.725,
    # scholed-2017-remarque-all-quiet joined unseen at 0.863: 0.899, 0.978, 0.937, 0.725)
    # (scholed-2012-tanner-narrative 0.726, vanderbilt-2020-nudnik-n51 0.931, ssrn-2019-reputation-failure-n46 0.879,
    # crs-2026-rd-funding 0.686, ho-2015-frus-history-ch4 0.712 joined unseen: 0.897, 0.978, 0.935, 0.721)
    # (scholed-2017-fado-intermedia-revision 0.672, ssrn-2016-tort-reform-backdoor-n46 0.827 joined unseen: 0.895,
    # 0.978, 0.934, 0.717)
    # (after `, who` and `is considered` clauses, unbalanced curly quotes and `December 17 and 19`: seven more joined
    # unseen, scholed-2015-twain-ashcroft-lyon 0.791, scholed-2013-medievalists-digital-editions 0.842, scholed-2016-
    # whitman-correspondence 0.579, crs-2026-highway-funding 0.868, depaul-2020-consumer-activism-n51 0.858, alabama-
    # 2019-defamation-n51 0.932, vanderbilt-2018-adminization-n51 0.931: 0.894, 0.975, 0.931, 0.716)
    # (after `sources cited supra note N`, abbreviations a sentence declares, committee reports and possessive
    # authors, 0.895, 0.976, 0.936, 0.718, seven more joined unseen: scholed-2016-primeros-libros 0.848, scholed-2016-
    # human-sciences-stem 0.846, scholed-2016-space-time-continuum 0.788, scholed-2016-dreiser-edition 0.719,
    # gwu-2022-smart-readers-n101 0.951, colorado-2025-judicial-economy-n101 0.948, crs-2026-eda-programs 0.823: 0.894,
    # 0.977, 0.935, 0.716)
    # (after dated sources in brackets, `indebted to`, the Thomson/Thompson supra, `Id. at §` and names in reading
    # order, 0.896, 0.977, 0.941, 0.718, five more joined unseen: scholed-2012-native-american-materials 0.741,
    # scholed-2013-dickinson-democracy 0.754, scholed-2014-digital-documentary-editions 0.701, ssrn-2022-truth-
    # bounties-n96 0.845, vanderbilt-2020-nudnik-n101 0.964: 0.895, 0.977, 0.940, 0.716)
    # (ssrn-2025-tax-levers-safer-ai-n86 joined unseen at 0.892: 0.895, 0.977, 0.940, 0.716)
    # (session 19: after presses by their shape, `please see` and a year after a publisher, seven joined unseen:
    # alabama-2019-defamation-n101 0.980, depaul-2020-consumer-activism-n101 0.825 (URL 0.714), scholed-2017-
    # washington-boyhood-book 0.880, ssrn-2025-ai-beyond-the-grave-n96 0.902 (URL 0.667), ssrn-2016-tort-reform-
    # backdoor-n96 0.922, ssrn-2019-reputation-failure-n96 0.969, ho-2015-frus-history-ch1 0.757: 0.895, 0.976,
    # 0.941, 0.717)
    # (after the edition letters, day pages, video platforms and clause-then-signal rules, 0.897, 0.976, 0.941,
    # 0.720, eight more joined unseen: vanderbilt-2020-nudnik-n151 0.965, scholed-2017-aprilfools-intro 0.443,
    # ssrn-2022-truth-bounties-n146 0.898, ssrn-2025-tax-levers-safer-ai-n136 0.845, colorado-2025-judicial-economy-
    # n151 0.783 (URL 0.720), vanderbilt-2018-adminization-n101 0.955: 0.897, 0.975, 0.941, 0.720)
    # (gwu-2022-smart-readers-n151 joined unseen at 0.962 (URL 0.833): 0.897, 0.976, 0.941, 0.721)
    # (after `note N` without supra, unmatched manuscripts a supra names and whole quotations as comment, 0.898,
    # 0.976, 0.943, 0.721, seven Cultural Analytics pieces joined unseen, the journal of the test's Critical Search:
    # ca-2019-vine-tweets-dataset 0.863, ca-2019-data-is-the-new-what 0.898, ca-2016-science-of-culture 0.820,
    # ca-2018-transformation-of-gender 0.939, and three later ranges read after their first 40 notes (a Markdown
    # file's, score.predicted), ca-2019-queer-futurity-n41 0.955, ca-2018-image-analytics-n41 0.987,
    # ca-2018-historiography-odnb-n41 0.937: 0.898, 0.976, 0.943, 0.721)
    # (after presses' volumes and markers, three-name lists, code hosts and places by state code, 0.898, 0.976, 0.943,
    # 0.722, four later ranges joined unseen: jss-2021-proxy-war-n41 0.943, issr-2020-cyber-mercenaries-n41 0.914,
    # mih-2012-republic-of-letters-n41 0.939, jsh-2021-itinerating-europe-n21 0.771: 0.898, 0.976, 0.943, 0.721)
    # (after colon-clauses, misspelt months and report genres, two more Cultural Analytics later ranges unseen:
    # ca-2018-linked-reading-othello-n33 0.979, ca-2017-scotland-poetics-of-space-n41 0.951: 0.898, 0.976, 0.943,
    # 0.723; ca-2018-british-fiction-geography-n41 0.760, ca-2018-self-repetition-n31 0.828: 0.898, 0.976, 0.943,
    # 0.722)
    # (four more later ranges joined unseen at the session's end: ca-2018-muncie-reading-n41 0.728, ca-2019-fiction-
    # information-history-n41 0.964, nwcr-2022-trident-strategy-n51 0.912, forces-2021-undersea-cables-n41 0.819:
    # 0.898, 0.976, 0.942, 0.720)
    # (session 20: washu-2020-payday-legislation read after its first range and a slipped supra number's nearest
    # work, 0.898, 0.977, 0.945, 0.720; then 22 pieces joined unseen, median 0.883: fourteen later ranges of law
    # reviews, alabama-2019-defamation-n151 0.955, alabama-2022-status-defamation-n51 0.900, gwu-2022-smart-readers-
    # n201 0.905, hastings-2021-unilateral-sanctions-n51 0.690, ilj-2020-internet-architecture-disability-n51 0.924,
    # jolt-2024-nano-contracts-n43 0.818, mich-2020-cyber-mobs-n51 0.965, ssrn-2026-how-to-count-ais-n36 0.861,
    # stmarys-2021-bumble-bill-n51 0.966, uclf-2019-revenge-porn-n51 0.941, vanderbilt-2018-adminization-n151
    # 0.898, vill-2021-unfriending-tinker-n51 0.978, washu-2020-payday-n96 0.911, wvlr-2015-contract-remedies-n46
    # 0.880; six Cultural Analytics articles, ca-2016-character-agency 0.735, ca-2016-genre-computation 0.802,
    # ca-2016-menu-distinction 0.881, ca-2017-poetics-of-strangeness 0.895, ca-2018-modernist-novelty 0.885,
    # ca-2019-social-characters 0.828; two Scholarly Editing essays, scholed-2012-musical-editions 0.473,
    # scholed-2015-second-story 0.719: 0.897, 0.977, 0.945, 0.718)
    # (after `passim, but esp.` and a possessive's adjectives, 0.897, 0.977, 0.945, 0.719; then 19 more joined unseen,
    # median 0.869: later ranges alabama-2022-status-defamation-n91 0.937, jolt-2024-nano-contracts-n83 0.807,
    # ssrn-2016-tort-reform-backdoor-n146 0.958, ssrn-2019-reputation-failure-n146 0.967, ssrn-2025-ai-beyond-the-
    # grave-n146 0.869, vanderbilt-2020-nudnik-n201 0.907, ssrn-2026-how-to-count-ais-n76 0.752, wvlr-2015-contract-
    # remedies-n86 0.850, mich-2020-cyber-mobs-n91 0.837, ilj-2020-internet-architecture-disability-n91 0.928,
    # vill-2021-unfriending-tinker-n91 0.989, hastings-2021-unilateral-sanctions-n91 0.749, uclf-2019-revenge-porn-
    # n91 0.793, stmarys-2021-bumble-bill-n91 0.987, jss-2022-philippine-us-pivots-n41 0.984, ca-2019-data-is-the-
    # new-what-n51 0.887; new pieces ca-2018-identity-issue 0.846, scholed-2015-editing-death 0.700,
    # scholed-2012-live-oak-with-moss 0.593: 0.896, 0.977, 0.940, 0.716)
    # (after cases by Westlaw number and a cedilla typed for a comma, 0.897, 0.977, 0.944, 0.718; then 13 more
    # joined unseen, median 0.807: eight Scholarly Editing editions' introductions, scholed-2016-mullinswhitmanheyde-
    # intro 0.673, scholed-2017-littlewars-intro 0.807, scholed-2015-lowelledition-intro 0.966, scholed-2015-
    # stufaiuolo-intro 0.658, scholed-2012-utctopsy-intro 0.795, scholed-2013-cwnewspaperpoetry-intro 0.876,
    # scholed-2014-avisos-intro 0.627, scholed-2014-cranchjournal-intro 0.704; later ranges gwu-2022-smart-readers-
    # n241 0.943, alabama-2019-defamation-n191 0.792, vanderbilt-2018-adminization-n191 0.879, ssrn-2025-tax-levers-
    # safer-ai-n186 0.892, washu-2020-payday-n136 0.827: 0.894, 0.977, 0.938, 0.712)
    # (after a set's titled volume, one key word as a short title, a sentence's verb before `See`, `quoted in`, an
    # issue's day after a periodical's name, 0.895, 0.977, 0.938, 0.714; then 12 more joined unseen, median 0.851:
    # law reviews from the BSafes archives tamu-2021-telehealth-regulation 0.951, sjteil-2022-nanosatellite-iot
    # 0.880, pace-2021-blockchain-discovery 0.923; eleu-2021-john-of-damascus 0.875; editions' introductions
    # scholed-2013-sevenplanets-intro 0.895, scholed-2013-sunsetwings-intro 0.775, scholed-2015-swayzedrama-intro
    # 0.826, scholed-2016-binyondestree-intro 0.700; gsr-2017-nation-state-hacking 0.941; an honors thesis's MLA
    # notes olemiss-2021-5g-us-china-race 0.576; agency documents cisa-2021-software-supply-chain 0.595,
    # fincen-2020-covid-cybercrime 0.601: 0.892, 0.977, 0.936, 0.708)
    # (after `is cited in` in a lead-in, a work in parentheses after a quotation and letters joined by `and`, 0.892,
    # 0.977, 0.936, 0.708; then 11 more joined unseen, median 0.785: editions' introductions scholed-2014-haley-
    # intro 0.913, scholed-2014-markonthewall-intro 0.848, scholed-2016-dunning-intro 0.785, scholed-2017-
    # scienceart-intro 0.703; law reviews ark-2020-crypto-blockchain 0.936, wlulr-2022-breach-notification 0.953,
    # hcelj-2021-post-for-change 0.860, ils-2021-israel-cyber-operations 0.396 (treaties, I.C.J. judgments),
    # ohlj-2020-industry-of-anonymity 0.689 (the McGill Guide); ijsls-2022-online-gbv-victims 0.685;
    # niac-2017-securing-cyber-assets 0.609: 0.890, 0.976, 0.934, 0.702)
    # (after a numbered series after a book's title, 0.890, 0.976, 0.934, 0.703; then nine later ranges of the
    # editions' introductions joined unseen, median 0.741: scholed-2016-dunning-intro-n41 0.741, scholed-2017-
    # scienceart-intro-n41 0.722, scholed-2013-cwnewspaperpoetry-intro-n41 0.843, scholed-2015-swayzedrama-intro-n41
    # 0.948, scholed-2015-lowelledition-intro-n41 0.865, scholed-2013-sevenplanets-intro-n41 0.886, scholed-2014-
    # avisos-intro-n41 0.237 (archival files cited by their Seville shelfmarks), scholed-2014-cranchjournal-intro-n41
    # 0.617, scholed-2016-mullinswhitmanheyde-intro-n41 0.676: 0.887, 0.976, 0.929, 0.698)
    # (after a writer's possessive before a quoted title, a short title read as two names, a journal's series marker
    # and letters dated as editors date them, 0.888, 0.976, 0.930, 0.699; then eight more later ranges joined unseen,
    # median 0.837: scholed-2014-cranchjournal-intro-n81 0.615, scholed-2014-avisos-intro-n81 0.356,
    # scholed-2013-sevenplanets-intro-n81 0.843, scholed-2016-mullinswhitmanheyde-intro-n81 0.663,
    # jolt-2024-nano-contracts-n123 0.831, alabama-2022-status-defamation-n131 0.944, washu-2020-payday-n176 0.903,
    # ssrn-2026-how-to-count-ais-n116 0.879: 0.888, 0.976, 0.927, 0.698)
    # (after an Id. whose range lost its dash, 0.888, 0.976, 0.928, 0.698; after an Id.'s chapter, subdivision or
    # spaced subsection and `supa note`, 0.888, 0.977, 0.930, 0.698; then twelve pieces joined unseen (session 21),
    # median 0.887: jolt-2024-nano-contracts-n163 0.939, alabama-2022-status-defamation-n171 0.930,
    # washu-2020-payday-n216 0.895, vanderbilt-2020-nudnik-n241 0.912, vanderbilt-2018-adminization-n231 0.885,
    # scholed-2013-sevenplanets-intro-n121 0.940, scholed-2016-mullinswhitmanheyde-intro-n121 0.793,
    # scholed-2015-hejinian-intro 0.806, scholed-2017-sevensins-intro 0.884, crs-2026-seabed-mining-n41 0.802,
    # crs-2026-defi-n31 0.889, crs-2026-methane-charge-n41 0.782: 0.888, 0.977, 0.929, 0.698)
    # (after a report's part before its short name, an agency's acronym its own host is named for, two Code sections
    # joined by `and`, a private letter in a library's collection, a comma after the month and an Id. with a line of
    # text run into it, 0.889, 0.977, 0.929, 0.701; then three more Scholarly Editing pieces joined unseen:
    # scholed-2017-sevensins-intro-n41 0.720, scholed-2012-baroness-intro 0.791, scholed-2016-youngidea-intro 0.930:
    # 0.889, 0.977, 0.928, 0.700; then five more later ranges joined unseen: crs-2026-military-discharges-n41 0.902,
    # crs-2026-seafood-imports-n41 0.833, crs-2026-fdca-preemption-n41 0.908, jolt-2024-nano-contracts-n203 0.927,
    # alabama-2022-status-defamation-n211 0.951: 0.889, 0.977, 0.929, 0.701)
    # (after pages then the pages cited in them, a report to accompany a bill, a clause after an imprint opening with
    # a preposition, an article or a short form followed by a PDF's stray text or a parenthetical never closed, and
    # Word's lost cross-reference, 0.890, 0.977, 0.930, 0.703: the figures the README published at the end of
    # session 21)
    # (session 22, no piece joined: after a writer's possessive after a short lead-in, a law review article in a
    # sentence of comment, `Qtd. in`, a translator for the author, a short title with words left out, a student's
    # `Note,`, a short form in brackets inside comment, a writer's introduction to a book (CMOS 14.110), a letter after
    # the archival holding that keeps it, `Again, see`, `; or,` before an alternative title, a sentence led in by who
    # said the words it quotes and a standard cited again by its number, 0.893, 0.978, 0.935, 0.707)
    # (session 23, no piece joined, one dev label mended (crs-2026-defi note 30's day): after a thesis outside
    # brackets, Zotero's `Site (Publisher, date)`, CRS products after comment and with pinpoints, the Congressional
    # Record (remarks in it, and Bluebook's `CONG. REC.`), rules of court, a Westlaw case cited again without its
    # court, a short title found inside another after `from`, a section as a short form's pinpoint, a code section
    # with a long explanation, a Bluebook headline ending in a quoted phrase, a review or an interview before where it
    # was printed and a congressional document's title before its Congress and session, 0.895, 0.978, 0.937, 0.715)
    # (session 24, no piece joined: after a publisher with commas of its own kept whole, a town by its state spelt
    # out, a press after its city with a comma for the colon, an address or an imprint then `and` and the next work,
    # an archive key cut by a line break, a book inside `(see, for example, …)` with its imprint in square brackets,
    # Roman volumes before a pinpoint, a foreign law as Bluebook 20.2 cites it, a source quoted in another cited in
    # full, `(Cambridge, MA, 1939), ix`, a double issue with a dash, editors listed without the serial comma, a
    # numbered book series after its title and a writer named after `depends upon`, 0.898, 0.979, 0.939, 0.722)
    # (session 25, no piece joined: after MLA 9th edition's elements, judgments of the European Court of Human Rights
    # and a UN treaty body's views, a campaigning body's dated page as its report, the typesetter's hyphen inside an
    # address's word, a span of years as a date, a quote inside a Bluebook title, a title's list closed by `and`, the
    # book an introduction is to, an office before a writer's name and a government body as its report's author,
    # 0.901, 0.980, 0.940, 0.727)
    # (session 26, no piece joined: after a sentence of comment opening with a pronoun after a citation, Bluebook
    # journals printed unevenly or abbreviated by their last word, supra forms a draft printed unevenly, a name in
    # split small capitals, a Bluebook book dated by its year alone, a typesetter's margin mark and a case in three
    # reporters, 0.903, 0.980, 0.941, 0.731)
    # (session 27, no piece joined: after a book review's supra to its first note's imprint, letters by committee
    # chairs and to all of an office's heads, editions and series off a book's title, a video's channel and a page's
    # body as authors, a memorandum's list of addressees, `; or,` in a title and a date over a span of days, 0.905,
    # 0.981, 0.943, 0.734)
    # (session 28, no piece joined: after a quoted sentence before its writer's source, what the pages are cited for,
    # a supra by the name its work gave itself, `et. al.`, Bluebook's signals after a short form, a page's title then
    # its site, an escaped slash in a link, a double issue in brackets, a site's name ending in a number and a
    # generation after a comma, 0.906, 0.981, 0.945, 0.736)
    # (session 29, no piece joined: after a short title's page without its comma, three key words in order,
    # `Examples include`, words glued after an address and paths cut in capitals, a publisher and year with no place,
    # a longer author-date head, `sub nom.`, an edition's editors, a surname's repeat with part of its imprint, supras
    # naming a body, the hour a post went up, text run in after an address and two addresses run together, 0.907,
    # 0.983, 0.946, 0.737)
    # (session 30, no piece joined: after technical reports' series and numbers, standards named in comment, statutes
    # named again with their section, press releases, testimony, speeches, CRS products, `on file with`, a company's
    # `INC.`, a supra's spelled-out article and stray comma, a comment sentence's own address, international courts'
    # decisions, a body's initials before a title and a body before the genre it issued, 0.909, 0.985, 0.949, 0.742)
    # (session 31, no piece joined: after Ibid. with a law's part spelled out, a table `in ibid.`, a body named in an
    # archived copy's host, CRS's testimony, a chapter's `In` before its book, the Record by book or session, a public
    # body's document by its unquoted title, a body's name and a full stop before a title, a dated title then its page,
    # a bare page after a day's issue and a section or catalogue item after an imprint, 0.910, 0.985, 0.950, 0.743)
    # (session 32, no piece joined: after a full citation's opening then a page, an explanatory parenthetical closing a
    # citation, a volume over two years, a part in a book named after its author, lead-ins of reference and of kinds of
    # work, a journal after `in` with a comma before its pages, a hearing by its title, English reports and
    # biblatex's `In:`, 0.911, 0.985, 0.950, 0.746)
    # (session 33, no piece joined: after numbered Markdown notes kept their italics and the rules that read them,
    # 0.915, 0.985, 0.950, 0.751)
    # (session 34, no piece joined: after books and articles a sentence names by their imprint or journal issue became
    # citations, a container of nothing became a title, an edition's place picked its short form, `Cited hereafter
    # as`, an Id. after a note of comment, 0.917, 0.986, 0.953, 0.755)
    # (session 35, no piece joined: after works a sentence of comment names by surname and short title, executive
    # orders and the gazette, a title's own commas before a phrase it quotes, co-authors before a title, 0.918, 0.986,
    # 0.955, 0.756)
    # (session 36, no piece joined: after a law review's supra with no number, a work a citing parenthetical cites
    # with its address, comment citing `Surname, supra note N`, a case's name without the prose before it, 0.919,
    # 0.986, 0.957, 0.758)
    # (session 37, no piece joined: after treaties, treatises in volumes, a case cited again by one name and its
    # whole report, a month's abbreviation before its day, 0.920, 0.986, 0.957, 0.759)
    # (session 38, no piece joined: after a draft's supra one note off, a short title's slip that must be a
    # misspelling, U.N. documents, a law review article without its volume, seasons with a comma, 0.921, 0.987, 0.959,
    # 0.761)
    # (session 39, no piece joined: after a title's year before its page, institutional authors' parts, archival
    # papers' pages, case short forms abbreviating the full names, a supra by one of a work's authors, 0.921, 0.987,
    # 0.959, 0.763)
    # (session 40, no piece joined: after split small-capital names, numbered working-paper series, a titled PDF by
    # people, pages filed under a site's reports, years in parentheses before a Chicago imprint, 0.922, 0.987, 0.960,
    # 0.765)
    # (session 41, no piece joined: after committees' reports on bills, place-and-year imprints with volumes, linked
    # works in small capitals, bodies' PDFs and blogs, press-office pages, agency matters and filings in cases, long or
    # misscanned foreign-law names, 0.925, 0.987, 0.960, 0.772)
    "dev": (0.925, 0.987, 0.960, 0.772),
    # 0.886, 0.991, 0.817, 0.658 before the Chicago comment-note rules of session 9 (branch prose)
    # 0.887, 0.991, 0.817, 0.660 before quotation pinpoints, `Quote from`, pages joined by `and` (branch hist)
    # 0.887, 0.991, 0.817, 0.662 before a dated piece by a writer with no site was news (branch news)
    # 0.888, 0.991, 0.817, 0.664 before a journal's name ran up to its volume (the lead, session 9)
    # 0.889, 0.991, 0.817, 0.676 before a full citation outranked an unresolved repeat (session 11)
    # 0.899, 0.991, 0.890, 0.688 before a page after a draft's last part pinned its title (session 11)
    # 0.900, 0.991, 0.890, 0.690 before a manuscript's shelfmark was its title (session 11)
    # 0.901, 0.991, 0.890, 0.694 before Westlaw cases, parallel reports and the helpers' rules (session 11)
    # 0.905, 0.991, 0.890, 0.704 before every author of a book in small capitals was read (session 13)
    # 0.907, 0.991, 0.890, 0.709 before a signed law-review article with no year was read (session 14)
    # 0.909, 0.991, 0.890, 0.713 before a government body's dated item on its site was official (session 16, kept on
    # dev evidence: one test citation went the other way)
    # 0.909, 0.991, 0.890, 0.713 before a body's numbered paper series was its publisher (session 16)
    # 0.911, 0.991, 0.890, 0.713 before a sentence of comment after a citation gave its own address (session 17)
    # 0.912, 0.991, 0.890, 0.717 before a witness's testimony `in hearing, Title, Committee …` (session 17)
    # 0.913, 0.991, 0.890, 0.717 before a bare `See supra note N.` was the article pointing to itself (session 18,
    # kept on dev evidence: every such dev note is labelled without a citation, four dev pieces rose; the test's
    # Bluebook article labels its one such note, which has a parenthetical, as a short form, and fell 0.889 -> 0.882)
    # (session 19 ends at 0.912, 0.991, 0.883, 0.719: no rule was written from a test piece)
    # (session 22: 0.912, 0.991, 0.889, 0.719, back-reference F1 rising with the holding-first letter and the folio's
    # sentence end (commit 344df4b); no test note was read)
    # (session 24: 0.914, 0.991, 0.889, 0.731 after a publisher with commas of its own was kept whole, commit
    # 6940b20; no test note was read)
    # (session 25: 0.914, 0.991, 0.889, 0.733 after a span of years in brackets dated a volume, commit ddaee95; no test
    # note was read)
    # (session 27: 0.915, 0.991, 0.889, 0.737 after a memorandum's sender lost the office around the name and its
    # subject line was its title, commit 9a88d0b; no test note was read)
    # (session 33: 0.918, 0.991, 0.889, 0.743 after numbered Markdown notes kept their italics and the rules that read
    # them, commits 12c015f-b673a64; no test note was read)
    # (session 34: 0.921, 0.991, 0.889, 0.743 after a container of nothing became a title and books a sentence names
    # by their imprint became citations, commits a3732c9 and a807ac6-cf02ce1; no test note was read)
    # (session 35: 0.926, 0.991, 0.909, 0.749 after works a sentence of comment names by surname and short title
    # became short forms, commits 09e9357 and 748bf31; no test note was read)
    "test": (0.926, 0.991, 0.909, 0.749),  # 0.882, 0.991, 0.817, 0.646 before the lexicon (session 8)
}


def split_tally(split: str) -> Tally:
    total = Tally()
    for slug in SPLITS[split]:
        total.add(score(slug))
    return total


@pytest.mark.parametrize("split", sorted(PUBLISHED))
def test_accuracy_is_at_least_the_published_figure(split: str) -> None:
    t = split_tally(split)
    measured = (t.prf()[2], t.prf("url_set")[2], t.prf("refers_to")[2], t.exact_match)
    names = ("micro F1", "URL F1", "backref F1", "exact")
    for name, got, published in zip(names, measured, PUBLISHED[split], strict=True):
        assert round(got, 3) >= published, f"{split} {name}: {got:.3f} < published {published}"


# pieces whose first note is not note 1: an empty first footnote, a note 1 a converter lost, a second range of an
# article (notes 51-95 of the one whose notes 1-50 are washu-2020-payday)
_FIRST_NOTE = {
    "ca-2016-fiction-and-history": 2,
    "heritage-2023-treasury": 2,
    "washu-2020-payday-legislation": 51,
    "colorado-2025-judicial-economy-n51": 51,
    "gwu-2022-smart-readers-n51": 51,
    "ssrn-2025-ai-beyond-the-grave-n46": 46,
    "ssrn-2025-tax-levers-safer-ai-n36": 36,
    "ssrn-2022-truth-bounties-n46": 46,
    "vanderbilt-2020-nudnik-n51": 51,
    "ssrn-2019-reputation-failure-n46": 46,
    "ssrn-2016-tort-reform-backdoor-n46": 46,
    "depaul-2020-consumer-activism-n51": 51,
    "alabama-2019-defamation-n51": 51,
    "vanderbilt-2018-adminization-n51": 51,
    "gwu-2022-smart-readers-n101": 101,
    "colorado-2025-judicial-economy-n101": 101,
    "ssrn-2022-truth-bounties-n96": 96,
    "vanderbilt-2020-nudnik-n101": 101,
    "ssrn-2025-tax-levers-safer-ai-n86": 86,
    "alabama-2019-defamation-n101": 101,
    "depaul-2020-consumer-activism-n101": 101,
    "ssrn-2025-ai-beyond-the-grave-n96": 96,
    "ssrn-2016-tort-reform-backdoor-n96": 96,
    "ssrn-2019-reputation-failure-n96": 96,
    "vanderbilt-2020-nudnik-n151": 151,
    "ssrn-2022-truth-bounties-n146": 146,
    "ssrn-2025-tax-levers-safer-ai-n136": 136,
    "colorado-2025-judicial-economy-n151": 151,
    "vanderbilt-2018-adminization-n101": 101,
    "gwu-2022-smart-readers-n151": 151,
    "ca-2019-queer-futurity-n41": 41,
    "ca-2018-image-analytics-n41": 41,
    "ca-2018-historiography-odnb-n41": 41,
    "jss-2021-proxy-war-n41": 41,
    "issr-2020-cyber-mercenaries-n41": 41,
    "mih-2012-republic-of-letters-n41": 41,
    "jsh-2021-itinerating-europe-n21": 21,
    "ca-2018-linked-reading-othello-n33": 34,
    "ca-2017-scotland-poetics-of-space-n41": 41,
    "ca-2018-british-fiction-geography-n41": 41,
    "ca-2018-self-repetition-n31": 31,
    "ca-2018-muncie-reading-n41": 41,
    "ca-2019-fiction-information-history-n41": 41,
    "nwcr-2022-trident-strategy-n51": 51,
    "forces-2021-undersea-cables-n41": 41,
    "alabama-2019-defamation-n151": 151,
    "alabama-2022-status-defamation-n51": 51,
    "gwu-2022-smart-readers-n201": 201,
    "hastings-2021-unilateral-sanctions-n51": 51,
    "ilj-2020-internet-architecture-disability-n51": 51,
    "jolt-2024-nano-contracts-n43": 43,
    "mich-2020-cyber-mobs-n51": 51,
    "ssrn-2026-how-to-count-ais-n36": 36,
    "stmarys-2021-bumble-bill-n51": 51,
    "uclf-2019-revenge-porn-n51": 51,
    "vanderbilt-2018-adminization-n151": 151,
    "vill-2021-unfriending-tinker-n51": 51,
    "washu-2020-payday-n96": 96,
    "wvlr-2015-contract-remedies-n46": 46,
    "jss-2022-philippine-us-pivots-n41": 41,
    "hastings-2021-unilateral-sanctions-n91": 91,
    "uclf-2019-revenge-porn-n91": 91,
    "stmarys-2021-bumble-bill-n91": 91,
    "alabama-2022-status-defamation-n91": 91,
    "jolt-2024-nano-contracts-n83": 83,
    "mich-2020-cyber-mobs-n91": 91,
    "ilj-2020-internet-architecture-disability-n91": 91,
    "vill-2021-unfriending-tinker-n91": 91,
    "ca-2019-data-is-the-new-what-n51": 51,
    "ssrn-2016-tort-reform-backdoor-n146": 146,
    "ssrn-2019-reputation-failure-n146": 146,
    "ssrn-2025-ai-beyond-the-grave-n146": 146,
    "vanderbilt-2020-nudnik-n201": 201,
    "ssrn-2026-how-to-count-ais-n76": 76,
    "wvlr-2015-contract-remedies-n86": 86,
    "gwu-2022-smart-readers-n241": 241,
    "alabama-2019-defamation-n191": 191,
    "vanderbilt-2018-adminization-n191": 191,
    "ssrn-2025-tax-levers-safer-ai-n186": 186,
    "washu-2020-payday-n136": 136,
    "scholed-2016-dunning-intro-n41": 41,
    "scholed-2017-scienceart-intro-n41": 41,
    "scholed-2013-cwnewspaperpoetry-intro-n41": 41,
    "scholed-2015-swayzedrama-intro-n41": 41,
    "scholed-2015-lowelledition-intro-n41": 41,
    "scholed-2013-sevenplanets-intro-n41": 41,
    "scholed-2014-avisos-intro-n41": 41,
    "scholed-2014-cranchjournal-intro-n41": 41,
    "scholed-2016-mullinswhitmanheyde-intro-n41": 41,
    "scholed-2014-cranchjournal-intro-n81": 81,
    "scholed-2014-avisos-intro-n81": 81,
    "scholed-2013-sevenplanets-intro-n81": 81,
    "scholed-2016-mullinswhitmanheyde-intro-n81": 81,
    "jolt-2024-nano-contracts-n123": 123,
    "alabama-2022-status-defamation-n131": 131,
    "washu-2020-payday-n176": 176,
    "ssrn-2026-how-to-count-ais-n116": 116,
    "jolt-2024-nano-contracts-n163": 163,
    "alabama-2022-status-defamation-n171": 171,
    "washu-2020-payday-n216": 216,
    "vanderbilt-2020-nudnik-n241": 241,
    "vanderbilt-2018-adminization-n231": 231,
    "scholed-2013-sevenplanets-intro-n121": 121,
    "scholed-2016-mullinswhitmanheyde-intro-n121": 121,
    "crs-2026-seabed-mining-n41": 41,
    "crs-2026-defi-n31": 31,
    "crs-2026-methane-charge-n41": 41,
    "scholed-2017-sevensins-intro-n41": 41,
    "crs-2026-military-discharges-n41": 41,
    "crs-2026-seafood-imports-n41": 41,
    "crs-2026-fdca-preemption-n41": 41,
    "jolt-2024-nano-contracts-n203": 203,
    "alabama-2022-status-defamation-n211": 211,
    "umialr-2021-information-age-imperialism": 3,  # (its notes 1-2 are the authors' star notes)
    "ipbrief-2018-blockchain-currencies": 2,  # (the copy's first marker is 2)
}


def test_the_corpus_is_what_sources_md_says() -> None:
    slugs = [s for split in SPLITS.values() for s in split]
    assert len(slugs) == 367 and len(SPLITS["test"]) == 8
    assert sorted(s for style in STYLES.values() for s in style) == sorted(slugs)
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    total_notes = 0
    for slug in slugs:
        assert f"`{slug}`" in sources
        labels = references.load(CORPUS / f"{slug}.yaml")
        numbers = [n.number for n in labels.notes]
        # (numbered up without repeats, a gap where the source prints an empty footnote: ca-2018-beyond-poet-voice's
        # 17; from 1, but for the pieces in _FIRST_NOTE)
        assert numbers == [n.number for n in predicted(slug).notes] == sorted(set(numbers))
        assert numbers[0] == _FIRST_NOTE.get(slug, 1)
        total_notes += len(labels.notes)
    assert total_notes == 15108



def test_every_labelled_url_is_in_the_note_or_rejoined_from_it() -> None:
    # a labelled URL is printed in its note (or, in Markdown, is the target of a link in it), broken by
    # line ends or not; where a journal added a hyphen at a line break (or the PDF text a stray `]`) the
    # label holds the address without it, and where the author dropped the colon (`http//www.…`) the
    # label holds the address with it: the scheme is not compared; a space printed inside an address
    # (`file.php?name=essay what-is-a-word.pdf`) is labelled as the browser sends it, `%20`
    def squeeze(text: str) -> str:
        return "".join(text.split()).replace("-", "").replace("]", "")

    for split in SPLITS.values():
        for slug in split:
            source = squeeze(notes_file(slug).read_text(encoding="utf-8"))
            for note in references.load(CORPUS / f"{slug}.yaml").notes:
                printed = squeeze(note.text)
                for c in note.citations:
                    if c.url and not (c.ibid or c.short_form):  # a back-reference carries its source's URL
                        address = squeeze(c.url.split("//", 1)[1])
                        spellings = (address, address.replace("%20", ""))
                        assert any(a in printed or a in source for a in spellings), (slug, note.number, c.url)
