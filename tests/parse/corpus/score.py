"""Score the parser against the hand-labelled corpus (tests/parse/corpus, SOURCES.md).

Each article is a notes file (`<slug>.txt`) and its labels (`<slug>.yaml`, references.yaml
schema 1). The parser's citations are aligned with the labelled ones note by note (same
URL, same title, same authors, same back-reference target; then by order), and every
field is counted: true positive when the parser's value equals the label, false positive
when it gives a value that is not the label's, false negative when the label has a value
the parser missed or got wrong (a wrong value counts as both, as in CoNLL/GROBID scoring).
Values are compared after collapsing spaces, unifying dashes and dropping end punctuation.
URLs are also scored as a set per note, independent of alignment: "every URL found".
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from checker import references
from checker.models import Citation, CitationKind, References
from checker.parse import parse_article, parse_text
from checker.parse.fields import fold

CORPUS = Path(__file__).resolve().parent
FIELDS = (
    "kind", "authors", "title", "container", "publisher", "date", "url", "pages", "accessed", "ibid", "refers_to",
)  # fmt: skip
_BLUEBOOK = "bluebook (law reviews)"
_CHICAGO_FULL = "chicago full notes (history journals)"
_POLICY = "policy reports (think tank, CRS)"
_CHICAGO_PH = "chicago full notes (prog. historian)"
_CHICAGO_BIB = "chicago bibliography-form notes"
_MILITARY = "chicago notes (military, security journals)"
_VANCOUVER = "vancouver reference lists (medical journals)"
_NEWS = "news-magazine long reads (journalism review)"
# Each article once: its split (test articles were never looked at while writing parser
# rules) and the house style of its notes (SOURCES.md); figures are printed per split and style.
ARTICLES: dict[str, tuple[str, str]] = {
    "colorado-2025-judicial-economy": ("dev", _BLUEBOOK),
    "vanderbilt-2018-adminization": ("dev", _BLUEBOOK),
    "alabama-2019-defamation": ("dev", _BLUEBOOK),
    "depaul-2020-consumer-activism": ("dev", _BLUEBOOK),
    "gwu-2022-smart-readers": ("dev", _BLUEBOOK),
    "ssrn-2023-how-smart-are-smart-readers": ("dev", _BLUEBOOK),
    "vanderbilt-2020-nudnik": ("dev", _BLUEBOOK),
    "washu-2020-payday": ("dev", _BLUEBOOK),
    "washu-2020-payday-legislation": ("dev", _BLUEBOOK),
    "alabama-2022-status-defamation": ("dev", _BLUEBOOK),
    "jolt-2024-nano-contracts": ("dev", _BLUEBOOK),
    "ssrn-2020-all-caps": ("dev", _BLUEBOOK),
    "ssrn-2025-tax-levers-safer-ai": ("dev", _BLUEBOOK),

    "ssrn-2026-how-to-count-ais": ("dev", _BLUEBOOK),
    "ssrn-2016-tort-reform-backdoor": ("dev", _BLUEBOOK),
    "ssrn-2019-reputation-failure": ("dev", _BLUEBOOK),
    "ssrn-2022-truth-bounties": ("dev", _BLUEBOOK),
    "wvlr-2015-contract-remedies": ("dev", _BLUEBOOK),
    "aclr-2023-uncontested-prosecutor-elections": ("dev", _BLUEBOOK),
    "fordham-2025-law-following": ("dev", _BLUEBOOK),
    "ssrn-2025-ai-beyond-the-grave": ("dev", _BLUEBOOK),
    "ssrn-2023-defamation-bayesian-audiences": ("dev", _BLUEBOOK),
    "uclf-2019-revenge-porn": ("dev", _BLUEBOOK),
    "mich-2020-cyber-mobs": ("dev", _BLUEBOOK),
    "vill-2021-data-breach-standing": ("dev", _BLUEBOOK),
    "vill-2021-unfriending-tinker": ("dev", _BLUEBOOK),
    "ugajipl-2021-defend-trade-secrets": ("dev", _BLUEBOOK),
    "ncbi-2021-brick-and-mortar-bank": ("dev", _BLUEBOOK),
    "stmarys-2021-bumble-bill": ("dev", _BLUEBOOK),
    "sjteil-2021-safety-planning": ("dev", _BLUEBOOK),
    "duke-2020-meme-copyright": ("dev", _BLUEBOOK),
    "hastings-2021-unilateral-sanctions": ("dev", _BLUEBOOK),
    "ilj-2020-internet-architecture-disability": ("dev", _BLUEBOOK),
    "shlr-2022-privacy-public-eye": ("dev", _BLUEBOOK),
    "mjlst-2020-who-owns-bitcoin": ("dev", _BLUEBOOK),
    "vpr-2018-close-readings": ("dev", "chicago short notes + bibliography"),
    "jsh-2021-spatial-genealogies": ("dev", _CHICAGO_FULL),
    "ca-2018-image-analytics": ("dev", _CHICAGO_FULL),
    "ca-2018-historiography-odnb": ("dev", _CHICAGO_FULL),
    "ca-2019-queer-futurity": ("dev", _CHICAGO_FULL),
    "lhr-2016-old-bailey": ("dev", _CHICAGO_FULL),
    "jowh-2011-women-history-abstracts": ("dev", _CHICAGO_FULL),
    "mih-2012-republic-of-letters": ("dev", _CHICAGO_FULL),
    "ca-2017-migrant-letter": ("dev", _CHICAGO_FULL),
    "tc-2019-parliament-infrastructure": ("dev", _CHICAGO_FULL),
    "jeah-2017-indigenous-women-networks": ("dev", _CHICAGO_FULL),
    "jsh-2021-itinerating-europe": ("dev", _CHICAGO_FULL),
    "aq-2022-latina-information-worker": ("dev", _CHICAGO_FULL),
    "cplusone-2021-ddos-crisis": ("dev", _CHICAGO_FULL),
    "ca-2018-muncie-reading": ("dev", _CHICAGO_FULL),
    "ca-2019-fiction-information-history": ("dev", _CHICAGO_FULL),
    "ca-2018-linked-reading-othello": ("dev", _CHICAGO_FULL),
    "ca-2017-scotland-poetics-of-space": ("dev", _CHICAGO_FULL),
    "ca-2017-topic-modeling-novel": ("dev", _CHICAGO_FULL),
    "ca-2018-british-fiction-geography": ("dev", _CHICAGO_FULL),
    "ca-2018-self-repetition": ("dev", _CHICAGO_FULL),
    "ca-2019-race-writing": ("dev", _CHICAGO_FULL),
    "ca-2016-life-cycles-of-genres": ("dev", _CHICAGO_FULL),
    "ca-2019-carceral-archive": ("dev", _CHICAGO_FULL),
    "ca-2017-tell-tale-hat": ("dev", _CHICAGO_FULL),
    "ca-2019-de-agentializing-data": ("dev", _CHICAGO_FULL),
    "ca-2016-fictionality": ("dev", _CHICAGO_FULL),
    "ca-2016-fiction-and-history": ("dev", _CHICAGO_FULL),
    "ca-2018-beyond-poet-voice": ("dev", _CHICAGO_FULL),
    "cdhsc-2019-gavin-turnbull": ("dev", _CHICAGO_FULL),
    "heritage-2023-defense": ("dev", _POLICY),
    "crs-2026-strait-of-hormuz": ("dev", _POLICY),
    "crs-2026-military-discharges": ("dev", _POLICY),
    "crs-2026-seabed-mining": ("dev", _POLICY),
    "heritage-2023-state": ("dev", _POLICY),
    "crs-2026-event-tickets": ("dev", _POLICY),
    "ph-2018-stylometry": ("dev", _CHICAGO_PH),
    "ph-2022-gpt-national-narrative": ("dev", _CHICAGO_PH),
    "ph-2022-linear-regression": ("dev", _CHICAGO_BIB),
    "ph-2022-computer-vision-pt1": ("dev", _CHICAGO_BIB),
    "ph-2022-computer-vision-pt2": ("dev", _CHICAGO_BIB),
    "ph-2025-communication-networks": ("dev", _CHICAGO_BIB),
    "parameters-2021-broken-nest": ("dev", _MILITARY),
    "jss-2021-proxy-war": ("dev", _MILITARY),
    "parameters-2022-ukraine-strategic-studies": ("dev", _MILITARY),
    "nwcr-2022-trident-strategy": ("dev", _MILITARY),
    "jss-2022-philippine-us-pivots": ("dev", _MILITARY),
    "jss-2022-cyber-uncertain-domain": ("dev", _MILITARY),
    "forces-2021-undersea-cables": ("dev", _POLICY),
    "jmms-2022-cyberchondria": ("dev", _VANCOUVER),
    "crs-2026-seafood-imports": ("dev", _POLICY),
    "crs-2026-defi": ("dev", _POLICY),
    "crs-2026-internet-architecture": ("dev", _POLICY),
    "crs-2026-methane-charge": ("dev", _POLICY),
    "crs-2026-fdca-preemption": ("dev", _POLICY),
    "crs-2026-corporate-tax-rate": ("dev", _POLICY),
    "crs-2026-retailer-pricing": ("dev", _POLICY),
    "crs-2026-senate-budget-resolution": ("dev", _POLICY),
    "crs-2026-foreign-holdings-federal-debt": ("dev", _POLICY),
    "berkley-2021-religious-soft-power": ("dev", _POLICY),
    "heritage-2023-health": ("dev", _POLICY),
    "heritage-2023-homeland-security": ("dev", _POLICY),
    "heritage-2023-energy": ("dev", _POLICY),
    "heritage-2023-justice": ("dev", _POLICY),
    "heritage-2023-epa": ("dev", _POLICY),
    "heritage-2023-treasury": ("dev", _POLICY),
    "heritage-2023-interior": ("dev", _POLICY),
    "heritage-2023-commerce": ("dev", _POLICY),
    "heritage-2023-education": ("dev", _POLICY),
    "heritage-2023-transportation": ("dev", _POLICY),
    "heritage-2023-veterans-affairs": ("dev", _POLICY),
    "heritage-2023-labor": ("dev", _POLICY),
    "heritage-2023-agriculture": ("dev", _POLICY),
    "gao-2026-nuclear-waste-cleanup": ("dev", _POLICY),
    "gao-2026-federal-information-transparency": ("dev", _POLICY),
    "parameters-2022-manpower-challenges": ("dev", _MILITARY),
    "parameters-2021-greater-security-cooperation": ("dev", _MILITARY),
    "issr-2020-cyber-mercenaries": ("dev", _MILITARY),
    "gsis-2023-global-security-ukraine": ("dev", _MILITARY),
    "gsp-2021-uyghur-women": ("dev", _MILITARY),
    "crs-2026-commercial-service": ("dev", _POLICY),
    "gao-2007-crude-oil": ("dev", _POLICY),
    "ho-2015-frus-history-ch7": ("dev", _CHICAGO_FULL),
    "ho-2015-frus-history-ch8": ("dev", _CHICAGO_FULL),
    "ho-2015-frus-history-ch9": ("dev", _CHICAGO_FULL),
    "ho-2015-frus-history-ch10": ("dev", _CHICAGO_FULL),
    "ho-2015-frus-history-ch5": ("dev", _CHICAGO_FULL),
    "ho-2015-frus-history-ch3": ("dev", _CHICAGO_FULL),
    "ho-2011-frus-at-war": ("dev", _CHICAGO_FULL),
    "ho-2012-frus-brush-with-death": ("dev", _CHICAGO_FULL),
    "ho-2011-frus-war-in-the-pacific": ("dev", _CHICAGO_FULL),
    "ho-2011-an-outburst-of-pamphlets": ("dev", _CHICAGO_FULL),
    "ho-2011-proper-selection-of-despatches": ("dev", _CHICAGO_FULL),
    "ho-2011-real-opinions": ("dev", _CHICAGO_FULL),
    "gao-2007-regulatory-reviews": ("dev", _POLICY),
    "ho-2011-special-frus-volumes": ("dev", _CHICAGO_FULL),
    "ho-2011-foundation-of-frus": ("dev", _CHICAGO_FULL),
    "ho-2012-to-the-1991-frus-statute": ("dev", _CHICAGO_FULL),
    "ho-2011-1980-frus-rereview": ("dev", _CHICAGO_FULL),
    "cjr-2011-story-so-far-ch1": ("dev", _NEWS),
    "cjr-2011-story-so-far-ch2": ("dev", _NEWS),
    "cjr-2011-story-so-far-ch3": ("dev", _NEWS),
    "cjr-2011-story-so-far-ch4": ("dev", _NEWS),
    "ahr-2018-spine-of-american-law": ("dev", _CHICAGO_FULL),
    "wmlr-2020-sexual-privacy-compact": ("dev", _BLUEBOOK),
    "uclf-2020-speech-machine": ("dev", _BLUEBOOK),
    "wlulr-2020-defending-democracy": ("dev", _BLUEBOOK),
    "umialr-2021-information-age-imperialism": ("dev", _BLUEBOOK),
    "rjolt-2021-protecting-children": ("dev", _BLUEBOOK),
    "cmc-2021-great-power-disinformation": ("dev", _MILITARY),
    "gsp-2020-holocaust-denial": ("dev", _MILITARY),
    "ca-2016-genre-theory-historicism": ("dev", _CHICAGO_FULL),
    "hsg-2021-social-media-threat": ("dev", _MILITARY),
    "gsp-2021-ongoing-genocides": ("dev", _MILITARY),
    "aci-2021-jack-voltaic": ("dev", _MILITARY),
    "wjlta-2022-cyber-silencing": ("dev", _BLUEBOOK),
    "csc-2021-solarium-implementation": ("dev", _POLICY),
    "dltr-2021-cyber-tria": ("dev", _BLUEBOOK),
    "crs-2026-ssa-staffing": ("dev", _POLICY),
    "crs-2026-ssa-staffing-by-state": ("dev", _POLICY),
    "fordham-2021-bridging-realms": ("dev", _MILITARY),
    "ca-2016-measured-applause": ("dev", _CHICAGO_FULL),
    "nejpp-2022-innovation-ecosystem": ("dev", _POLICY),
    "uic-2021-digital-dominion": ("dev", _BLUEBOOK),
    "sulr-2020-internet-never-forgets": ("dev", _BLUEBOOK),
    "llalr-2022-gig-worker-parity": ("dev", _BLUEBOOK),
    "hsg-2022-violent-free-speech": ("dev", _MILITARY),
    "jsh-2021-arguing-with-digital-history": ("dev", _CHICAGO_FULL),
    "heritage-2023-hud": ("dev", _POLICY),
    "shlr-1972-nj-wiretapping": ("dev", _BLUEBOOK),
    "ho-2015-frus-history-ch6": ("dev", _CHICAGO_FULL),
    "gbr-2020-blockchain-licensing": ("dev", _CHICAGO_BIB),
    "jdfsl-2022-ihl-cyberwarfare": ("dev", _BLUEBOOK),
    "nhtsa-2020-vehicle-cybersecurity": ("dev", _POLICY),
    "yir-2017-russia-eurasia": ("dev", _BLUEBOOK),
    "yir-2016-anti-money-laundering": ("dev", _BLUEBOOK),
    "pennlaw-2022-selling-antitrust": ("dev", _BLUEBOOK),
    "ipbrief-2018-blockchain-currencies": ("dev", _BLUEBOOK),
    "heritage-2023-export-import": ("dev", _POLICY),
    "heritage-2023-federal-reserve": ("dev", _POLICY),
    "heritage-2023-sba": ("dev", _POLICY),
    "colorado-2025-judicial-economy-n51": ("dev", _BLUEBOOK),
    "crs-2026-election-grants": ("dev", _POLICY),
    "scholed-2017-cather-obscure-destinies": ("dev", _CHICAGO_FULL),
    "ssrn-2025-ai-beyond-the-grave-n46": ("dev", _BLUEBOOK),
    "ssrn-2025-tax-levers-safer-ai-n36": ("dev", _BLUEBOOK),
    "gwu-2022-smart-readers-n51": ("dev", _BLUEBOOK),
    "ssrn-2022-truth-bounties-n46": ("dev", _BLUEBOOK),
    "ho-2015-frus-history-ch2": ("dev", _CHICAGO_FULL),
    "scholed-2017-remarque-all-quiet": ("dev", _CHICAGO_FULL),
    "scholed-2012-tanner-narrative": ("dev", _CHICAGO_FULL),
    "vanderbilt-2020-nudnik-n51": ("dev", _BLUEBOOK),
    "ssrn-2019-reputation-failure-n46": ("dev", _BLUEBOOK),
    "crs-2026-rd-funding": ("dev", _POLICY),
    "ho-2015-frus-history-ch4": ("dev", _CHICAGO_FULL),
    "scholed-2017-fado-intermedia-revision": ("dev", _CHICAGO_FULL),
    "ssrn-2016-tort-reform-backdoor-n46": ("dev", _BLUEBOOK),
    "scholed-2015-twain-ashcroft-lyon": ("dev", _CHICAGO_FULL),
    "scholed-2013-medievalists-digital-editions": ("dev", _CHICAGO_FULL),
    "scholed-2016-whitman-correspondence": ("dev", _CHICAGO_FULL),
    "crs-2026-highway-funding": ("dev", _POLICY),
    "depaul-2020-consumer-activism-n51": ("dev", _BLUEBOOK),
    "alabama-2019-defamation-n51": ("dev", _BLUEBOOK),
    "vanderbilt-2018-adminization-n51": ("dev", _BLUEBOOK),
    "scholed-2016-primeros-libros": ("dev", _CHICAGO_FULL),
    "scholed-2016-human-sciences-stem": ("dev", _CHICAGO_FULL),
    "scholed-2016-space-time-continuum": ("dev", _CHICAGO_FULL),
    "scholed-2016-dreiser-edition": ("dev", _CHICAGO_FULL),
    "gwu-2022-smart-readers-n101": ("dev", _BLUEBOOK),
    "colorado-2025-judicial-economy-n101": ("dev", _BLUEBOOK),
    "crs-2026-eda-programs": ("dev", _POLICY),
    "scholed-2012-native-american-materials": ("dev", _CHICAGO_FULL),
    "scholed-2013-dickinson-democracy": ("dev", _CHICAGO_FULL),
    "scholed-2014-digital-documentary-editions": ("dev", _CHICAGO_FULL),
    "ssrn-2022-truth-bounties-n96": ("dev", _BLUEBOOK),
    "vanderbilt-2020-nudnik-n101": ("dev", _BLUEBOOK),
    "ssrn-2025-tax-levers-safer-ai-n86": ("dev", _BLUEBOOK),
    "alabama-2019-defamation-n101": ("dev", _BLUEBOOK),
    "depaul-2020-consumer-activism-n101": ("dev", _BLUEBOOK),
    "scholed-2017-washington-boyhood-book": ("dev", _CHICAGO_FULL),
    "ssrn-2025-ai-beyond-the-grave-n96": ("dev", _BLUEBOOK),
    "ssrn-2016-tort-reform-backdoor-n96": ("dev", _BLUEBOOK),
    "ssrn-2019-reputation-failure-n96": ("dev", _BLUEBOOK),
    "ho-2015-frus-history-ch1": ("dev", _CHICAGO_FULL),
    "vanderbilt-2020-nudnik-n151": ("dev", _BLUEBOOK),
    "scholed-2017-aprilfools-intro": ("dev", _CHICAGO_FULL),
    "ssrn-2022-truth-bounties-n146": ("dev", _BLUEBOOK),
    "ssrn-2025-tax-levers-safer-ai-n136": ("dev", _BLUEBOOK),
    "colorado-2025-judicial-economy-n151": ("dev", _BLUEBOOK),
    "vanderbilt-2018-adminization-n101": ("dev", _BLUEBOOK),
    "gwu-2022-smart-readers-n151": ("dev", _BLUEBOOK),
    "ca-2019-vine-tweets-dataset": ("dev", _CHICAGO_FULL),
    "ca-2019-data-is-the-new-what": ("dev", _CHICAGO_FULL),
    "ca-2019-queer-futurity-n41": ("dev", _CHICAGO_FULL),
    "ca-2018-image-analytics-n41": ("dev", _CHICAGO_FULL),
    "ca-2018-historiography-odnb-n41": ("dev", _CHICAGO_FULL),
    "ca-2016-science-of-culture": ("dev", _CHICAGO_FULL),
    "ca-2018-transformation-of-gender": ("dev", _CHICAGO_FULL),
    "jss-2021-proxy-war-n41": ("dev", _MILITARY),
    "issr-2020-cyber-mercenaries-n41": ("dev", _MILITARY),
    "mih-2012-republic-of-letters-n41": ("dev", _CHICAGO_FULL),
    "jsh-2021-itinerating-europe-n21": ("dev", _CHICAGO_FULL),
    "ca-2018-linked-reading-othello-n33": ("dev", _CHICAGO_FULL),
    "ca-2017-scotland-poetics-of-space-n41": ("dev", _CHICAGO_FULL),
    "ca-2018-british-fiction-geography-n41": ("dev", _CHICAGO_FULL),
    "ca-2018-self-repetition-n31": ("dev", _CHICAGO_FULL),
    "ca-2018-muncie-reading-n41": ("dev", _CHICAGO_FULL),
    "ca-2019-fiction-information-history-n41": ("dev", _CHICAGO_FULL),
    "nwcr-2022-trident-strategy-n51": ("dev", _MILITARY),
    "forces-2021-undersea-cables-n41": ("dev", _POLICY),
    "alabama-2019-defamation-n151": ("dev", _BLUEBOOK),
    "alabama-2022-status-defamation-n51": ("dev", _BLUEBOOK),
    "gwu-2022-smart-readers-n201": ("dev", _BLUEBOOK),
    "hastings-2021-unilateral-sanctions-n51": ("dev", _BLUEBOOK),
    "ilj-2020-internet-architecture-disability-n51": ("dev", _BLUEBOOK),
    "jolt-2024-nano-contracts-n43": ("dev", _BLUEBOOK),
    "mich-2020-cyber-mobs-n51": ("dev", _BLUEBOOK),
    "ssrn-2026-how-to-count-ais-n36": ("dev", _BLUEBOOK),
    "stmarys-2021-bumble-bill-n51": ("dev", _BLUEBOOK),
    "uclf-2019-revenge-porn-n51": ("dev", _BLUEBOOK),
    "vanderbilt-2018-adminization-n151": ("dev", _BLUEBOOK),
    "vill-2021-unfriending-tinker-n51": ("dev", _BLUEBOOK),
    "washu-2020-payday-n96": ("dev", _BLUEBOOK),
    "wvlr-2015-contract-remedies-n46": ("dev", _BLUEBOOK),
    "ca-2016-character-agency": ("dev", _CHICAGO_FULL),
    "ca-2016-genre-computation": ("dev", _CHICAGO_FULL),
    "ca-2016-menu-distinction": ("dev", _CHICAGO_FULL),
    "ca-2017-poetics-of-strangeness": ("dev", _CHICAGO_FULL),
    "ca-2018-modernist-novelty": ("dev", _CHICAGO_FULL),
    "ca-2019-social-characters": ("dev", _CHICAGO_FULL),
    "scholed-2012-musical-editions": ("dev", _CHICAGO_FULL),
    "scholed-2015-second-story": ("dev", _CHICAGO_FULL),
    "jss-2022-philippine-us-pivots-n41": ("dev", _MILITARY),
    "hastings-2021-unilateral-sanctions-n91": ("dev", _BLUEBOOK),
    "uclf-2019-revenge-porn-n91": ("dev", _BLUEBOOK),
    "stmarys-2021-bumble-bill-n91": ("dev", _BLUEBOOK),
    "alabama-2022-status-defamation-n91": ("dev", _BLUEBOOK),
    "jolt-2024-nano-contracts-n83": ("dev", _BLUEBOOK),
    "mich-2020-cyber-mobs-n91": ("dev", _BLUEBOOK),
    "ilj-2020-internet-architecture-disability-n91": ("dev", _BLUEBOOK),
    "vill-2021-unfriending-tinker-n91": ("dev", _BLUEBOOK),
    "ca-2019-data-is-the-new-what-n51": ("dev", _CHICAGO_FULL),
    "ca-2018-identity-issue": ("dev", _CHICAGO_FULL),
    "scholed-2015-editing-death": ("dev", _CHICAGO_FULL),
    "scholed-2012-live-oak-with-moss": ("dev", _CHICAGO_FULL),
    "ssrn-2016-tort-reform-backdoor-n146": ("dev", _BLUEBOOK),
    "ssrn-2019-reputation-failure-n146": ("dev", _BLUEBOOK),
    "ssrn-2025-ai-beyond-the-grave-n146": ("dev", _BLUEBOOK),
    "vanderbilt-2020-nudnik-n201": ("dev", _BLUEBOOK),
    "ssrn-2026-how-to-count-ais-n76": ("dev", _BLUEBOOK),
    "wvlr-2015-contract-remedies-n86": ("dev", _BLUEBOOK),
    "scholed-2016-mullinswhitmanheyde-intro": ("dev", _CHICAGO_FULL),
    "scholed-2017-littlewars-intro": ("dev", _CHICAGO_FULL),
    "scholed-2015-lowelledition-intro": ("dev", _CHICAGO_FULL),
    "scholed-2015-stufaiuolo-intro": ("dev", _CHICAGO_FULL),
    "scholed-2012-utctopsy-intro": ("dev", _CHICAGO_FULL),
    "scholed-2013-cwnewspaperpoetry-intro": ("dev", _CHICAGO_FULL),
    "gwu-2022-smart-readers-n241": ("dev", _BLUEBOOK),
    "alabama-2019-defamation-n191": ("dev", _BLUEBOOK),
    "vanderbilt-2018-adminization-n191": ("dev", _BLUEBOOK),
    "scholed-2014-avisos-intro": ("dev", _CHICAGO_FULL),
    "scholed-2014-cranchjournal-intro": ("dev", _CHICAGO_FULL),
    "ssrn-2025-tax-levers-safer-ai-n186": ("dev", _BLUEBOOK),
    "washu-2020-payday-n136": ("dev", _BLUEBOOK),
    "tamu-2021-telehealth-regulation": ("dev", _BLUEBOOK),
    "sjteil-2022-nanosatellite-iot": ("dev", _BLUEBOOK),
    "pace-2021-blockchain-discovery": ("dev", _BLUEBOOK),
    "eleu-2021-john-of-damascus": ("dev", _CHICAGO_FULL),
    "scholed-2013-sevenplanets-intro": ("dev", _CHICAGO_FULL),
    "scholed-2013-sunsetwings-intro": ("dev", _CHICAGO_FULL),
    "scholed-2015-swayzedrama-intro": ("dev", _CHICAGO_FULL),
    "scholed-2016-binyondestree-intro": ("dev", _CHICAGO_FULL),
    "gsr-2017-nation-state-hacking": ("dev", _MILITARY),
    "olemiss-2021-5g-us-china-race": ("dev", _POLICY),
    "cisa-2021-software-supply-chain": ("dev", _POLICY),
    "fincen-2020-covid-cybercrime": ("dev", _POLICY),
    "scholed-2014-haley-intro": ("dev", _CHICAGO_FULL),
    "scholed-2014-markonthewall-intro": ("dev", _CHICAGO_FULL),
    "ark-2020-crypto-blockchain": ("dev", _BLUEBOOK),
    "wlulr-2022-breach-notification": ("dev", _BLUEBOOK),
    "ils-2021-israel-cyber-operations": ("dev", _BLUEBOOK),
    "ohlj-2020-industry-of-anonymity": ("dev", _BLUEBOOK),
    "hcelj-2021-post-for-change": ("dev", _BLUEBOOK),
    "ijsls-2022-online-gbv-victims": ("dev", _CHICAGO_FULL),
    "niac-2017-securing-cyber-assets": ("dev", _POLICY),
    "scholed-2016-dunning-intro": ("dev", _CHICAGO_FULL),
    "scholed-2017-scienceart-intro": ("dev", _CHICAGO_FULL),
    "scholed-2016-dunning-intro-n41": ("dev", _CHICAGO_FULL),
    "scholed-2017-scienceart-intro-n41": ("dev", _CHICAGO_FULL),
    "scholed-2013-cwnewspaperpoetry-intro-n41": ("dev", _CHICAGO_FULL),
    "scholed-2015-swayzedrama-intro-n41": ("dev", _CHICAGO_FULL),
    "scholed-2015-lowelledition-intro-n41": ("dev", _CHICAGO_FULL),
    "scholed-2013-sevenplanets-intro-n41": ("dev", _CHICAGO_FULL),
    "scholed-2014-avisos-intro-n41": ("dev", _CHICAGO_FULL),
    "scholed-2014-cranchjournal-intro-n41": ("dev", _CHICAGO_FULL),
    "scholed-2016-mullinswhitmanheyde-intro-n41": ("dev", _CHICAGO_FULL),
    "scholed-2014-cranchjournal-intro-n81": ("dev", _CHICAGO_FULL),
    "scholed-2014-avisos-intro-n81": ("dev", _CHICAGO_FULL),
    "scholed-2013-sevenplanets-intro-n81": ("dev", _CHICAGO_FULL),
    "scholed-2016-mullinswhitmanheyde-intro-n81": ("dev", _CHICAGO_FULL),
    "jolt-2024-nano-contracts-n123": ("dev", _BLUEBOOK),
    "alabama-2022-status-defamation-n131": ("dev", _BLUEBOOK),
    "washu-2020-payday-n176": ("dev", _BLUEBOOK),
    "ssrn-2026-how-to-count-ais-n116": ("dev", _BLUEBOOK),
    "jolt-2024-nano-contracts-n163": ("dev", _BLUEBOOK),
    "alabama-2022-status-defamation-n171": ("dev", _BLUEBOOK),
    "washu-2020-payday-n216": ("dev", _BLUEBOOK),
    "vanderbilt-2020-nudnik-n241": ("dev", _BLUEBOOK),
    "vanderbilt-2018-adminization-n231": ("dev", _BLUEBOOK),
    "scholed-2013-sevenplanets-intro-n121": ("dev", _CHICAGO_FULL),
    "scholed-2016-mullinswhitmanheyde-intro-n121": ("dev", _CHICAGO_FULL),
    "scholed-2015-hejinian-intro": ("dev", _CHICAGO_FULL),
    "scholed-2017-sevensins-intro": ("dev", _CHICAGO_FULL),
    "crs-2026-seabed-mining-n41": ("dev", _POLICY),
    "crs-2026-defi-n31": ("dev", _POLICY),
    "crs-2026-methane-charge-n41": ("dev", _POLICY),
    "scholed-2017-sevensins-intro-n41": ("dev", _CHICAGO_FULL),
    "scholed-2012-baroness-intro": ("dev", _CHICAGO_FULL),
    "scholed-2016-youngidea-intro": ("dev", _CHICAGO_FULL),
    "crs-2026-military-discharges-n41": ("dev", _POLICY),
    "crs-2026-seafood-imports-n41": ("dev", _POLICY),
    "crs-2026-fdca-preemption-n41": ("dev", _POLICY),
    "jolt-2024-nano-contracts-n203": ("dev", _BLUEBOOK),
    "alabama-2022-status-defamation-n211": ("dev", _BLUEBOOK),
    "asu-2024-systemic-regulation": ("test", _BLUEBOOK),
    "nyu-2024-generative-interpretation": ("test", _BLUEBOOK),
    "elh-2015-letter-networks": ("test", _CHICAGO_FULL),
    "ca-2018-critical-search": ("test", _CHICAGO_FULL),
    "ph-2019-gravity-model": ("test", "oxford-like (surname, initials)"),
    "heritage-2023-intelligence": ("test", _POLICY),
    "crs-2026-crypto-mining": ("test", _POLICY),
    "parameters-2022-cuban-missile-crisis": ("test", _MILITARY),
}


def _group(by: int) -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for slug, keys in ARTICLES.items():
        groups.setdefault(keys[by], []).append(slug)
    return {k: tuple(v) for k, v in groups.items()}


SPLITS = _group(0)
STYLES = _group(1)


@dataclass
class Tally:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    notes: int = 0
    citations: int = 0  # labelled
    exact: int = 0  # labelled citations whose every field the parser got right
    url_tp: int = 0
    url_fp: int = 0
    url_fn: int = 0
    split_as_labelled: int = 0  # notes the parser cut into as many citations as the labels

    def add(self, other: Tally) -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)
        self.notes += other.notes
        self.citations += other.citations
        self.exact += other.exact
        self.url_tp += other.url_tp
        self.url_fp += other.url_fp
        self.url_fn += other.url_fn
        self.split_as_labelled += other.split_as_labelled

    def prf(self, name: str | None = None) -> tuple[float, float, float]:
        if name is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        elif name == "url_set":
            tp, fp, fn = self.url_tp, self.url_fp, self.url_fn
        else:
            tp, fp, fn = self.tp[name], self.fp[name], self.fn[name]
        return _prf(tp, fp, fn)

    @property
    def exact_match(self) -> float:
        return self.exact / self.citations if self.citations else 1.0


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def gold(slug: str) -> References:
    return references.load(CORPUS / f"{slug}.yaml")


def notes_file(slug: str) -> Path:
    """The article's notes as published: plain text (`N. text`) or Markdown footnotes (`[^N]: text`)."""
    md = CORPUS / f"{slug}.md"
    return md if md.exists() else CORPUS / f"{slug}.txt"


# A later range of notes of an article already in the corpus is read after the earlier ranges' notes, as a user's run
# reads the whole article, so its back-references to notes before the range can resolve; only its own notes are
# returned (and scored).
CONTINUES: dict[str, tuple[str, ...]] = {
    "washu-2020-payday-legislation": ("washu-2020-payday",),
    "colorado-2025-judicial-economy-n51": ("colorado-2025-judicial-economy",),
    "gwu-2022-smart-readers-n51": ("gwu-2022-smart-readers",),
    "ssrn-2025-ai-beyond-the-grave-n46": ("ssrn-2025-ai-beyond-the-grave",),
    "ssrn-2025-tax-levers-safer-ai-n36": ("ssrn-2025-tax-levers-safer-ai",),
    "ssrn-2022-truth-bounties-n46": ("ssrn-2022-truth-bounties",),
    "vanderbilt-2020-nudnik-n51": ("vanderbilt-2020-nudnik",),
    "ssrn-2019-reputation-failure-n46": ("ssrn-2019-reputation-failure",),
    "ssrn-2016-tort-reform-backdoor-n46": ("ssrn-2016-tort-reform-backdoor",),
    "depaul-2020-consumer-activism-n51": ("depaul-2020-consumer-activism",),
    "alabama-2019-defamation-n51": ("alabama-2019-defamation",),
    "vanderbilt-2018-adminization-n51": ("vanderbilt-2018-adminization",),
    "gwu-2022-smart-readers-n101": ("gwu-2022-smart-readers", "gwu-2022-smart-readers-n51"),
    "colorado-2025-judicial-economy-n101": ("colorado-2025-judicial-economy", "colorado-2025-judicial-economy-n51"),
    "ssrn-2022-truth-bounties-n96": ("ssrn-2022-truth-bounties", "ssrn-2022-truth-bounties-n46"),
    "vanderbilt-2020-nudnik-n101": ("vanderbilt-2020-nudnik", "vanderbilt-2020-nudnik-n51"),
    "ssrn-2025-tax-levers-safer-ai-n86": ("ssrn-2025-tax-levers-safer-ai", "ssrn-2025-tax-levers-safer-ai-n36"),
    "alabama-2019-defamation-n101": ("alabama-2019-defamation", "alabama-2019-defamation-n51"),
    "depaul-2020-consumer-activism-n101": ("depaul-2020-consumer-activism", "depaul-2020-consumer-activism-n51"),
    "ssrn-2025-ai-beyond-the-grave-n96": ("ssrn-2025-ai-beyond-the-grave", "ssrn-2025-ai-beyond-the-grave-n46"),
    "ssrn-2016-tort-reform-backdoor-n96": ("ssrn-2016-tort-reform-backdoor", "ssrn-2016-tort-reform-backdoor-n46"),
    "ssrn-2019-reputation-failure-n96": ("ssrn-2019-reputation-failure", "ssrn-2019-reputation-failure-n46"),
    "vanderbilt-2020-nudnik-n151": (
        "vanderbilt-2020-nudnik", "vanderbilt-2020-nudnik-n51", "vanderbilt-2020-nudnik-n101",
    ),
    "ssrn-2022-truth-bounties-n146": (
        "ssrn-2022-truth-bounties", "ssrn-2022-truth-bounties-n46", "ssrn-2022-truth-bounties-n96",
    ),
    "ssrn-2025-tax-levers-safer-ai-n136": (
        "ssrn-2025-tax-levers-safer-ai", "ssrn-2025-tax-levers-safer-ai-n36", "ssrn-2025-tax-levers-safer-ai-n86",
    ),
    "colorado-2025-judicial-economy-n151": (
        "colorado-2025-judicial-economy", "colorado-2025-judicial-economy-n51", "colorado-2025-judicial-economy-n101",
    ),
    "vanderbilt-2018-adminization-n101": ("vanderbilt-2018-adminization", "vanderbilt-2018-adminization-n51"),
    "gwu-2022-smart-readers-n151": (
        "gwu-2022-smart-readers", "gwu-2022-smart-readers-n51", "gwu-2022-smart-readers-n101",
    ),
    "ca-2019-queer-futurity-n41": ("ca-2019-queer-futurity",),
    "ca-2018-image-analytics-n41": ("ca-2018-image-analytics",),
    "ca-2018-historiography-odnb-n41": ("ca-2018-historiography-odnb",),
    "jss-2021-proxy-war-n41": ("jss-2021-proxy-war",),
    "issr-2020-cyber-mercenaries-n41": ("issr-2020-cyber-mercenaries",),
    "mih-2012-republic-of-letters-n41": ("mih-2012-republic-of-letters",),
    "jsh-2021-itinerating-europe-n21": ("jsh-2021-itinerating-europe",),
    "ca-2018-linked-reading-othello-n33": ("ca-2018-linked-reading-othello",),
    "ca-2017-scotland-poetics-of-space-n41": ("ca-2017-scotland-poetics-of-space",),
    "ca-2018-british-fiction-geography-n41": ("ca-2018-british-fiction-geography",),
    "ca-2018-self-repetition-n31": ("ca-2018-self-repetition",),
    "ca-2018-muncie-reading-n41": ("ca-2018-muncie-reading",),
    "ca-2019-fiction-information-history-n41": ("ca-2019-fiction-information-history",),
    "nwcr-2022-trident-strategy-n51": ("nwcr-2022-trident-strategy",),
    "forces-2021-undersea-cables-n41": ("forces-2021-undersea-cables",),
    "alabama-2019-defamation-n151": (
        "alabama-2019-defamation", "alabama-2019-defamation-n51", "alabama-2019-defamation-n101",
    ),
    "alabama-2022-status-defamation-n51": ("alabama-2022-status-defamation",),
    "gwu-2022-smart-readers-n201": (
        "gwu-2022-smart-readers", "gwu-2022-smart-readers-n51", "gwu-2022-smart-readers-n101",
        "gwu-2022-smart-readers-n151",
    ),
    "hastings-2021-unilateral-sanctions-n51": ("hastings-2021-unilateral-sanctions",),
    "ilj-2020-internet-architecture-disability-n51": ("ilj-2020-internet-architecture-disability",),
    "jolt-2024-nano-contracts-n43": ("jolt-2024-nano-contracts",),
    "mich-2020-cyber-mobs-n51": ("mich-2020-cyber-mobs",),
    "ssrn-2026-how-to-count-ais-n36": ("ssrn-2026-how-to-count-ais",),
    "stmarys-2021-bumble-bill-n51": ("stmarys-2021-bumble-bill",),
    "uclf-2019-revenge-porn-n51": ("uclf-2019-revenge-porn",),
    "vanderbilt-2018-adminization-n151": (
        "vanderbilt-2018-adminization", "vanderbilt-2018-adminization-n51", "vanderbilt-2018-adminization-n101",
    ),
    "vill-2021-unfriending-tinker-n51": ("vill-2021-unfriending-tinker",),
    "washu-2020-payday-n96": ("washu-2020-payday", "washu-2020-payday-legislation"),
    "wvlr-2015-contract-remedies-n46": ("wvlr-2015-contract-remedies",),
    "jss-2022-philippine-us-pivots-n41": ("jss-2022-philippine-us-pivots",),
    "hastings-2021-unilateral-sanctions-n91": (
        "hastings-2021-unilateral-sanctions", "hastings-2021-unilateral-sanctions-n51",
    ),
    "uclf-2019-revenge-porn-n91": ("uclf-2019-revenge-porn", "uclf-2019-revenge-porn-n51"),
    "stmarys-2021-bumble-bill-n91": ("stmarys-2021-bumble-bill", "stmarys-2021-bumble-bill-n51"),
    "alabama-2022-status-defamation-n91": ("alabama-2022-status-defamation", "alabama-2022-status-defamation-n51"),
    "jolt-2024-nano-contracts-n83": ("jolt-2024-nano-contracts", "jolt-2024-nano-contracts-n43"),
    "mich-2020-cyber-mobs-n91": ("mich-2020-cyber-mobs", "mich-2020-cyber-mobs-n51"),
    "ilj-2020-internet-architecture-disability-n91": (
        "ilj-2020-internet-architecture-disability", "ilj-2020-internet-architecture-disability-n51",
    ),
    "vill-2021-unfriending-tinker-n91": ("vill-2021-unfriending-tinker", "vill-2021-unfriending-tinker-n51"),
    "ca-2019-data-is-the-new-what-n51": ("ca-2019-data-is-the-new-what",),
    "ssrn-2016-tort-reform-backdoor-n146": (
        "ssrn-2016-tort-reform-backdoor", "ssrn-2016-tort-reform-backdoor-n46", "ssrn-2016-tort-reform-backdoor-n96",
    ),
    "ssrn-2019-reputation-failure-n146": (
        "ssrn-2019-reputation-failure", "ssrn-2019-reputation-failure-n46", "ssrn-2019-reputation-failure-n96",
    ),
    "ssrn-2025-ai-beyond-the-grave-n146": (
        "ssrn-2025-ai-beyond-the-grave", "ssrn-2025-ai-beyond-the-grave-n46", "ssrn-2025-ai-beyond-the-grave-n96",
    ),
    "vanderbilt-2020-nudnik-n201": (
        "vanderbilt-2020-nudnik", "vanderbilt-2020-nudnik-n51", "vanderbilt-2020-nudnik-n101",
        "vanderbilt-2020-nudnik-n151",
    ),
    "ssrn-2026-how-to-count-ais-n76": ("ssrn-2026-how-to-count-ais", "ssrn-2026-how-to-count-ais-n36"),
    "wvlr-2015-contract-remedies-n86": ("wvlr-2015-contract-remedies", "wvlr-2015-contract-remedies-n46"),
    "gwu-2022-smart-readers-n241": (
        "gwu-2022-smart-readers", "gwu-2022-smart-readers-n51", "gwu-2022-smart-readers-n101",
        "gwu-2022-smart-readers-n151", "gwu-2022-smart-readers-n201",
    ),
    "alabama-2019-defamation-n191": (
        "alabama-2019-defamation", "alabama-2019-defamation-n51", "alabama-2019-defamation-n101",
        "alabama-2019-defamation-n151",
    ),
    "vanderbilt-2018-adminization-n191": (
        "vanderbilt-2018-adminization", "vanderbilt-2018-adminization-n51", "vanderbilt-2018-adminization-n101",
        "vanderbilt-2018-adminization-n151",
    ),
    "ssrn-2025-tax-levers-safer-ai-n186": (
        "ssrn-2025-tax-levers-safer-ai", "ssrn-2025-tax-levers-safer-ai-n36", "ssrn-2025-tax-levers-safer-ai-n86",
        "ssrn-2025-tax-levers-safer-ai-n136",
    ),
    "washu-2020-payday-n136": ("washu-2020-payday", "washu-2020-payday-legislation", "washu-2020-payday-n96"),
    "scholed-2016-dunning-intro-n41": ("scholed-2016-dunning-intro",),
    "scholed-2017-scienceart-intro-n41": ("scholed-2017-scienceart-intro",),
    "scholed-2013-cwnewspaperpoetry-intro-n41": ("scholed-2013-cwnewspaperpoetry-intro",),
    "scholed-2015-swayzedrama-intro-n41": ("scholed-2015-swayzedrama-intro",),
    "scholed-2015-lowelledition-intro-n41": ("scholed-2015-lowelledition-intro",),
    "scholed-2013-sevenplanets-intro-n41": ("scholed-2013-sevenplanets-intro",),
    "scholed-2014-avisos-intro-n41": ("scholed-2014-avisos-intro",),
    "scholed-2014-cranchjournal-intro-n41": ("scholed-2014-cranchjournal-intro",),
    "scholed-2016-mullinswhitmanheyde-intro-n41": ("scholed-2016-mullinswhitmanheyde-intro",),
    "scholed-2014-cranchjournal-intro-n81": (
        "scholed-2014-cranchjournal-intro", "scholed-2014-cranchjournal-intro-n41",
    ),
    "scholed-2014-avisos-intro-n81": ("scholed-2014-avisos-intro", "scholed-2014-avisos-intro-n41"),
    "scholed-2013-sevenplanets-intro-n81": ("scholed-2013-sevenplanets-intro", "scholed-2013-sevenplanets-intro-n41"),
    "scholed-2016-mullinswhitmanheyde-intro-n81": (
        "scholed-2016-mullinswhitmanheyde-intro", "scholed-2016-mullinswhitmanheyde-intro-n41",
    ),
    "jolt-2024-nano-contracts-n123": (
        "jolt-2024-nano-contracts", "jolt-2024-nano-contracts-n43", "jolt-2024-nano-contracts-n83",
    ),
    "alabama-2022-status-defamation-n131": (
        "alabama-2022-status-defamation", "alabama-2022-status-defamation-n51", "alabama-2022-status-defamation-n91",
    ),
    "washu-2020-payday-n176": (
        "washu-2020-payday", "washu-2020-payday-legislation", "washu-2020-payday-n96", "washu-2020-payday-n136",
    ),
    "ssrn-2026-how-to-count-ais-n116": (
        "ssrn-2026-how-to-count-ais", "ssrn-2026-how-to-count-ais-n36", "ssrn-2026-how-to-count-ais-n76",
    ),
    "jolt-2024-nano-contracts-n163": (
        "jolt-2024-nano-contracts", "jolt-2024-nano-contracts-n43", "jolt-2024-nano-contracts-n83",
        "jolt-2024-nano-contracts-n123",
    ),
    "alabama-2022-status-defamation-n171": (
        "alabama-2022-status-defamation", "alabama-2022-status-defamation-n51", "alabama-2022-status-defamation-n91",
        "alabama-2022-status-defamation-n131",
    ),
    "washu-2020-payday-n216": (
        "washu-2020-payday", "washu-2020-payday-legislation", "washu-2020-payday-n96", "washu-2020-payday-n136",
        "washu-2020-payday-n176",
    ),
    "vanderbilt-2020-nudnik-n241": (
        "vanderbilt-2020-nudnik", "vanderbilt-2020-nudnik-n51", "vanderbilt-2020-nudnik-n101",
        "vanderbilt-2020-nudnik-n151", "vanderbilt-2020-nudnik-n201",
    ),
    "vanderbilt-2018-adminization-n231": (
        "vanderbilt-2018-adminization", "vanderbilt-2018-adminization-n51", "vanderbilt-2018-adminization-n101",
        "vanderbilt-2018-adminization-n151", "vanderbilt-2018-adminization-n191",
    ),
    "scholed-2013-sevenplanets-intro-n121": (
        "scholed-2013-sevenplanets-intro", "scholed-2013-sevenplanets-intro-n41", "scholed-2013-sevenplanets-intro-n81",
    ),
    "scholed-2016-mullinswhitmanheyde-intro-n121": (
        "scholed-2016-mullinswhitmanheyde-intro", "scholed-2016-mullinswhitmanheyde-intro-n41",
        "scholed-2016-mullinswhitmanheyde-intro-n81",
    ),
    "crs-2026-seabed-mining-n41": ("crs-2026-seabed-mining",),
    "crs-2026-defi-n31": ("crs-2026-defi",),
    "crs-2026-methane-charge-n41": ("crs-2026-methane-charge",),
    "scholed-2017-sevensins-intro-n41": ("scholed-2017-sevensins-intro",),
    "crs-2026-military-discharges-n41": ("crs-2026-military-discharges",),
    "crs-2026-seafood-imports-n41": ("crs-2026-seafood-imports",),
    "crs-2026-fdca-preemption-n41": ("crs-2026-fdca-preemption",),
    "jolt-2024-nano-contracts-n203": (
        "jolt-2024-nano-contracts", "jolt-2024-nano-contracts-n43", "jolt-2024-nano-contracts-n83",
        "jolt-2024-nano-contracts-n123", "jolt-2024-nano-contracts-n163",
    ),
    "alabama-2022-status-defamation-n211": (
        "alabama-2022-status-defamation", "alabama-2022-status-defamation-n51", "alabama-2022-status-defamation-n91",
        "alabama-2022-status-defamation-n131", "alabama-2022-status-defamation-n171",
    ),
}


def predicted(slug: str) -> References:
    if slug not in CONTINUES:
        return parse_article(notes_file(slug))
    earlier = [notes_file(e).read_text(encoding="utf-8") for e in CONTINUES[slug]]
    later = notes_file(slug).read_text(encoding="utf-8").removeprefix("Notes").lstrip()
    joined = "\n\n".join([earlier[0].rstrip()] + [e.removeprefix("Notes").strip() for e in earlier[1:]] + [later])
    if notes_file(slug).suffix == ".md":
        # Markdown footnotes (`[^41]: …`) are read as a Markdown file is: the ranges joined into one such file
        with tempfile.TemporaryDirectory() as tmp:
            (joined_file := Path(tmp) / f"{slug}.md").write_text(joined + "\n", encoding="utf-8")
            whole = parse_article(joined_file)
    else:
        whole = parse_text(joined, source=str(notes_file(slug)))
    # (a later range's first note: `41. …` in a plain-text notes file, `[^41]: …` in a Markdown one)
    opening = re.match(r"\[\^(\d+)\]:|(\d+)\.", later)
    assert opening is not None, slug
    first = int(opening[1] or opening[2])
    return dataclasses.replace(whole, notes=tuple(n for n in whole.notes if n.number >= first))


def score(slug: str) -> Tally:
    return compare(gold(slug), predicted(slug))


def compare(gold_refs: References, pred_refs: References) -> Tally:
    t = Tally()
    pred_by_number = {n.number: n for n in pred_refs.notes}
    for note in gold_refs.notes:
        t.notes += 1
        pred_note = pred_by_number.get(note.number)
        pred = list(pred_note.citations) if pred_note else []
        t.split_as_labelled += len(pred) == len(note.citations)
        g_urls = {c.url for c in note.citations if c.url}
        p_urls = {c.url for c in pred if c.url}
        t.url_tp += len(g_urls & p_urls)
        t.url_fp += len(p_urls - g_urls)
        t.url_fn += len(g_urls - p_urls)
        pairs, lone_gold, lone_pred = align(list(note.citations), pred)
        for g, p in pairs:
            t.citations += 1
            if _count(t, g, p):
                t.exact += 1
        for g in lone_gold:
            t.citations += 1
            _count(t, g, None)
        for p in lone_pred:
            _count(t, None, p)
    return t


def align(
    gold_cits: list[Citation], pred: list[Citation]
) -> tuple[list[tuple[Citation, Citation]], list[Citation], list[Citation]]:
    scored = sorted(
        ((_similarity(g, p), -abs(i - j), i, j) for i, g in enumerate(gold_cits) for j, p in enumerate(pred)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for sim, _, i, j in scored:
        if sim <= 0 or i in used_g or j in used_p:
            continue
        pairs.append((i, j))
        used_g.add(i)
        used_p.add(j)
    # what is left pairs up by order, as a reader would line them up
    rest_g = [i for i in range(len(gold_cits)) if i not in used_g]
    rest_p = [j for j in range(len(pred)) if j not in used_p]
    for i, j in zip(rest_g, rest_p, strict=False):
        pairs.append((i, j))
        used_g.add(i)
        used_p.add(j)
    pairs.sort()
    return (
        [(gold_cits[i], pred[j]) for i, j in pairs],
        [gold_cits[i] for i in range(len(gold_cits)) if i not in used_g],
        [pred[j] for j in range(len(pred)) if j not in used_p],
    )


def _similarity(g: Citation, p: Citation) -> int:
    s = 0
    if g.url and g.url == p.url:
        s += 4
    if g.title and p.title:
        gt, pt = fold(g.title), fold(p.title)
        if gt == pt:
            s += 3
        elif gt[:20] and (gt[:20] in pt or pt[:20] in gt):
            s += 1
    if set(map(fold, g.authors)) & set(map(fold, p.authors)):
        s += 1
    if g.refers_to is not None and g.refers_to == p.refers_to:
        s += 2
    return s


def value(c: Citation | None, name: str) -> str | None:
    if c is None:
        return None
    v = getattr(c, name)
    if name == "authors":
        return " | ".join(_norm(a) for a in v) or None
    if name == "kind":
        return None if v is CitationKind.UNKNOWN else v.value
    if name == "ibid":
        return "true" if v else None
    if v is None:
        return None
    return _norm(str(v)) or None


def _norm(text: str) -> str:
    text = re.sub(r"[‐‑‒–—−]", "-", " ".join(text.split()))
    return text.strip().rstrip(".,;:").strip()


def _count(t: Tally, g: Citation | None, p: Citation | None) -> bool:
    all_right = True
    for name in FIELDS:
        gv, pv = value(g, name), value(p, name)
        if gv is not None and gv == pv:
            t.tp[name] += 1
            continue
        if pv is not None:
            t.fp[name] += 1
        if gv is not None:
            t.fn[name] += 1
        if gv != pv:
            all_right = False
    return all_right
