#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate resources/data/episode.json, the bundled DeepSeek-R1 episode (Tickerline JSON, no "prices").

Usage:
    python3 scripts/make-episode.py SHARED_DATA_DIR OUT_JSON
    e.g. python3 scripts/make-episode.py /work/shared/data resources/data/episode.json

Inputs (all under SHARED_DATA_DIR):
    EVENT_FACTS.md                       event dates, times, confidence and their sources; the verbatim texts of
                                         Sam Altman's two posts (sections "(1)" and "(6)")
    articles/README.md                   the article's URL and what is (not) known of its date, headline and author
    articles/futurism-altman-deepseek.txt the Futurism article, copied into the dataset byte for byte
    market/SHARES.md                     shares outstanding of the 13 companies, with their [S1]..[S18] sources
    market/SOURCES.md                    where the price files come from (cited by the symbols' provenance)

What the script takes from the files mechanically: the article text, the article URL, the two posts' texts, the
share counts with their dates and sources. What it states itself (event titles, summaries, roles, links, the era)
is worded from EVENT_FACTS.md and the article, and each row names the dataset whose origin and notes cite where
the facts came from. Every quote is anchored here, never by hand: positions are Unicode code points (Python str
indices), end exclusive; prefix and suffix are up to 32 code points of context. The script then validates the
whole document (unique uids, every reference resolves, every quote's exact == text[start:end], texts NFC with "\n"
line ends, key order of the format) and refuses to write it if anything is wrong.
"""

import json
import re
import sys
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

IMPORTED_AT = "2026-11-30T00:00:00Z"
CONTEXT = 32  # code points of W3C prefix/suffix context

ARTICLE_FILE = "futurism-altman-deepseek.txt"
HYPE_STATUS = 1881258443669172470
THREAD_STATUS = 1884066337103962416


def fail(message):
    sys.exit("make-episode.py: " + message)


def snowflake_utc(status_id):
    """Time of an X status id, truncated to the second (the posts are stored with second precision)."""
    ms = (status_id >> 22) + 1288834974657
    return datetime.fromtimestamp(ms // 1000, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------------------------------------------------
# Reading the shared files


def read_text(path):
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        fail(f"{path}: not UTF-8: {error}")


def post_text(facts, heading):
    """The verbatim text of a post section of EVENT_FACTS.md: consecutive '> ' lines are one post (kept as
    lines), blockquotes separated by a blank line are separate posts of a thread (joined by a blank line)."""
    lines = facts.split("\n")
    try:
        at = next(i for i, line in enumerate(lines) if line.startswith(heading))
    except StopIteration:
        fail(f"EVENT_FACTS.md: no section starting with {heading!r}")
    posts, current = [], []
    for line in lines[at + 1:]:
        if line.startswith(">"):
            current.append(line[2:] if line.startswith("> ") else line[1:])
        elif line.strip() == "":
            if current:
                posts.append("\n".join(current))
                current = []
        else:
            break
    if current:
        posts.append("\n".join(current))
    if not posts:
        fail(f"EVENT_FACTS.md: section {heading!r} has no quoted post text")
    return "\n\n".join(posts)


def article_url(readme):
    match = re.search(r"`" + re.escape(ARTICLE_FILE) + r"`\s*\|\s*Futurism\s*\|\s*(https://\S+)\s*\|", readme)
    if not match:
        fail(f"articles/README.md: no row for {ARTICLE_FILE} with a Futurism URL")
    return match.group(1)


def shares_table(shares_md):
    """Rows of the 'Shares outstanding' table of SHARES.md: ticker -> dict."""
    rows = {}
    for line in shares_md.split("\n"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 6 or not re.fullmatch(r"[A-Z]{2,5}", cells[0]):
            continue
        ticker, count, as_of, source, confidence, note = cells
        number = re.match(r"([\d,]+)", count)
        if not number:
            fail(f"SHARES.md: {ticker}: share count {count!r} is not a number")
        date = re.search(r"\d{4}-\d{2}-\d{2}", as_of)
        rows[ticker] = {
            "shares": int(number.group(1).replace(",", "")),
            "count_cell": count,
            "as_of": date.group(0) if date else "",
            "as_of_cell": as_of,
            "source": source,
            "confidence": confidence,
            "note": note,
        }
    return rows


def shares_sources(shares_md):
    """The [S1]..[S18] bullet list of SHARES.md, each item on one line."""
    section = shares_md.split("## Sources", 1)
    if len(section) != 2:
        fail("SHARES.md: no '## Sources' section")
    items, current = [], None
    for line in section[1].split("\n"):
        if line.startswith("* **[S"):
            if current:
                items.append(current)
            current = line[2:].strip()
        elif current is not None and line.startswith("  ") and line.strip():
            current += " " + line.strip()
        elif current is not None:
            items.append(current)
            current = None
    if current:
        items.append(current)
    return [item.replace("**", "").replace("`", "") for item in items]


# ---------------------------------------------------------------------------------------------------------------
# The dataset


def build(shared):
    facts = read_text(shared / "EVENT_FACTS.md")
    readme = read_text(shared / "articles" / "README.md")
    article = read_text(shared / "articles" / ARTICLE_FILE)
    shares_md = read_text(shared / "market" / "SHARES.md")
    sources_md = read_text(shared / "market" / "SOURCES.md")

    # The article is stored as received; it already is NFC with "\n" line ends, and the dataset must not
    # change a byte of it, so a file that is not is refused instead of silently normalised.
    if "\r" in article or not unicodedata.is_normalized("NFC", article):
        fail(f"{ARTICLE_FILE}: expected NFC text with \\n line ends")

    url = article_url(readme)
    hype_text = post_text(facts, "**(1) @sama")
    thread_text = post_text(facts, "**(6) @sama")
    hype_time = snowflake_utc(HYPE_STATUS)
    thread_time = snowflake_utc(THREAD_STATUS)
    if hype_time != "2025-01-20T08:32:19Z" or thread_time != "2025-01-28T02:29:53Z":
        fail(f"decoded post times {hype_time}, {thread_time} disagree with EVENT_FACTS.md")
    for status in (HYPE_STATUS, THREAD_STATUS):
        if str(status) not in facts:
            fail(f"EVENT_FACTS.md does not name status {status}")

    shares = shares_table(shares_md)
    share_refs = shares_sources(shares_md)
    if len(shares) != 13 or len(share_refs) != 18:
        fail(f"SHARES.md: expected 13 share counts and 18 sources, found {len(shares)} and {len(share_refs)}")
    if shares["NVDA"]["shares"] != 24_490_000_000:
        fail("SHARES.md: NVDA share count is not 24,490,000,000")

    datasets = [
        {
            "uid": "deepseek-r1-episode-events",
            "name": "DeepSeek-R1 episode, January 2025: events, actors, links, era",
            "origin": "shared/data/EVENT_FACTS.md (Event facts — DeepSeek-R1 episode, January 2025)",
            "licence": "Facts compiled from public web pages (archived copies) and public GitHub text; titles and "
                       "summaries are Tickerline's own wording (GPL-3.0-or-later)",
            "notes": " ".join([
                "Method of EVENT_FACTS.md: public web pages (archived copies) and public GitHub text; X post times "
                "decoded from the status id (ms = (id >> 22) + 1288834974657, UTC), truncated to the second: "
                f"{HYPE_STATUS} => {hype_time}, {THREAD_STATUS} => {thread_time}.",
                "Sources per event (as listed in EVENT_FACTS.md): 20 Jan post: cybernews.com, Fortune via inkl.com, "
                "windowscentral.com, researchsnipers.com, Hindustan Times. R1 release 20 Jan (time of day not "
                "found): Bloomberg Opinion (advisorperspectives.com), unusual-whales, BetaKit. Stargate 21 Jan "
                "(time not found): Just Security, Times of Israel, Inc., Broadband Breakfast, NY1; terms: Just "
                "Security, Inc., Times of Israel, OpenAI statement (newstodaynet). $19 bn: The Information, "
                "reported 22 Jan, via Reuters (Business Recorder) and Bloomberg (Business Standard), TechCrunch "
                "summary. Meta capex (Fri 24 Jan): Bloomberg (nidrot.com), unusual-whales. App Store #1 "
                "(26-27 Jan, hour not found; outlets differ between the weekend and Monday): CNBC "
                "(m.ariseright.com), Axios (japanviral.com), Reuters (tribune.com.pk), Hindustan Times, Business "
                "Today, Semafor. Selloff 27 Jan: Bloomberg (nidrot.com), techzine.eu, Zhitong/Longbridge "
                "(lbkrs.com), AP (dbwinstitute.com), CNBC, and the closes of the bundled price files "
                "(market/SOURCES.md). Trump's 'wake-up call' (Mon 27 Jan evening, time not found): Axios "
                "(japanviral.com), TechRadar. Altman's statement 27 Jan evening US: CNBC, Futurism, "
                "techstartups.com, Hindustan Times. Gomez to the FT: via Futurism only; the FT article's date "
                "and headline were not found.",
                "Time zones: the zone where the event happened; where the place is not given (The Information's "
                "report, Meta's announcement, the App Store ranking, Gomez's remark, the Futurism article) the US "
                "Eastern zone, the zone of the US outlets and "
                "market that date them.",
                "Era 'DeepSeek shock week': from the R1 release and Altman's hype post (Mon 20 Jan 2025) to the "
                "end of the week of the selloff (Fri 31 Jan 2025, last day inclusive), so that it holds every "
                "event of the episode, including the week of 27 Jan in which Gomez's remark is dated.",
            ]),
            "imported_at": IMPORTED_AT,
        },
        {
            "uid": "futurism-article",
            "name": "Futurism article on Sam Altman and DeepSeek",
            "origin": url,
            "licence": "Copyright of its publisher (no licence stated); text kept verbatim as received from an "
                       "archived copy, for quotation and analysis",
            "notes": "Text exactly as received (shared/data/articles/" + ARTICLE_FILE + ", UTF-8, 38 lines, curly "
                     "apostrophes kept); the last lines 'More on DeepSeek: …' and 'Share This Article' are page "
                     "furniture, kept because the text is stored as received. Headline, author and publication "
                     "date NOT confirmed (the archived copy starts at the body; 'Sam Altman Finally Speaks Out "
                     "About DeepSeek' is unconfirmed). The date 2025-01-28 is inferred from internal evidence "
                     "('Altman tweeted Monday evening', 'rattled investors this week') and stored as day "
                     "precision, uncertain.",
            "imported_at": IMPORTED_AT,
        },
        {
            "uid": "sama-posts",
            "name": "Sam Altman's posts on X (@sama), 20 and 27 January 2025",
            "origin": f"https://x.com/sama/status/{HYPE_STATUS}; https://x.com/sama/status/{THREAD_STATUS} "
                      "(texts as in shared/data/EVENT_FACTS.md, verbatim texts (1) and (6))",
            "licence": "Posts' copyright with their author; quoted verbatim for analysis",
            "notes": f"Status {HYPE_STATUS} (posted as three lines): text as embedded by cybernews.com, same text "
                     f"in windowscentral.com and researchsnipers.com; time {hype_time} decoded from the status id. "
                     f"Thread starting at status {THREAD_STATUS}: first post as embedded by techstartups.com "
                     "(2025-01-28), remaining sentences as in CNBC's text (m.ariseright.com copy), Axios "
                     "(japanviral.com), Hindustan Times, Futurism; time of the first post "
                     f"{thread_time} decoded from its id. The split of the thread into its 2nd and 3rd posts is of "
                     "medium confidence and their times were not found; the posts are separated by a blank line. "
                     "Status ids came from public digests of AI-Twitter that link the posts.",
            "imported_at": IMPORTED_AT,
        },
        {
            "uid": "shares-outstanding",
            "name": "Shares outstanding of the 13 companies around 2025-01-24",
            "origin": "shared/data/market/SHARES.md",
            "licence": "SEC filings are public US-government records; the GitHub repositories and vendor pages are "
                       "cited as the places where the figures were read",
            "notes": "Conventions: multi-class companies sum all classes (GOOGL: Class A + B + C; META: Class A + "
                     "B); ADR figures are in ADR units (TSM = TSMC ordinary shares ÷ 5, 1 ADS = 5 shares; ASML and "
                     "ARM 1 ADS = 1 share). SEC cover counts preferred, otherwise dated vendor snapshots, labelled "
                     "as such. Sources: " + " ".join(share_refs),
            "imported_at": IMPORTED_AT,
        },
        {
            "uid": "market-symbols",
            "name": "ETFs and indices of the bundled price data",
            "origin": "shared/data/market/SOURCES.md",
            "licence": "Price files copied from public GitHub repositories, licence not stated (Yahoo-Finance-style "
                       "data); names are the funds' and indices' own names",
            "notes": "ETFs QQQ, SMH, SOXX, SPY, XLK, XLU from landon-io/stocks-ai-agent @ "
                     "cddea30262c7fa7b6cd80cc415b9dcb3cf45e755 (XLK and XLU there are split-adjusted by about one "
                     "half: use returns, not levels); ^IXIC and ^GSPC from mahathirumalathi97-web/"
                     "Cross-Market-Analysis @ 522191a337d35d25f7c3906869081b5e6fc2fbe9; ^SOX from "
                     "A7144888/graduate_project @ 8a7197413ae8f7f4d75fde478c40be3f7438c72f. For an index the "
                     "'exchange' is the market or publisher that computes it.",
            "imported_at": IMPORTED_AT,
        },
    ]
    for ticker in ("QQQ", "SMH", "SOXX", "SPY", "XLK", "XLU", "IXIC", "GSPC", "SOX"):
        if ticker not in sources_md:
            fail(f"market/SOURCES.md does not mention {ticker}")

    EV = "deepseek-r1-episode-events"

    def actor(uid, name, kind):
        return {"uid": uid, "name": name, "kind": kind, "dataset": EV}

    actors = [
        actor("sam-altman", "Sam Altman", "person"),
        actor("openai", "OpenAI", "organisation"),
        actor("deepseek", "DeepSeek", "organisation"),
        actor("aidan-gomez", "Aidan Gomez", "person"),
        actor("cohere", "Cohere", "organisation"),
        actor("donald-trump", "Donald Trump", "person"),
        actor("masayoshi-son", "Masayoshi Son", "person"),
        actor("softbank", "SoftBank", "organisation"),
        actor("larry-ellison", "Larry Ellison", "person"),
        actor("oracle", "Oracle", "organisation"),
        actor("mgx", "MGX", "organisation"),
        actor("nvidia", "Nvidia", "organisation"),
        actor("meta", "Meta", "organisation"),
        actor("the-information", "The Information", "organisation"),
        actor("futurism", "Futurism", "organisation"),
        actor("financial-times", "Financial Times", "organisation"),
    ]

    stocks = ["NVDA", "AVGO", "MSFT", "GOOGL", "META", "AMD", "TSM", "ORCL", "ASML", "ARM", "SMCI", "VST", "CEG"]
    etfs = ["QQQ", "SMH", "SOXX", "SPY", "XLK", "XLU"]
    indices = ["^IXIC", "^GSPC", "^SOX"]

    def event(uid, title, summary, kind, start, end, precision, uncertain, tz, roles, symbols=()):
        return {
            "uid": uid, "title": title, "summary": summary, "kind": kind, "start": start, "end": end,
            "precision": precision, "uncertain": uncertain, "tz": tz, "dataset": EV,
            "actors": [{"actor": a, "role": r} for a, r in roles], "symbols": list(symbols),
        }

    HYPE = "altman-hype-post-2025-01-20"
    R1 = "deepseek-r1-release-2025-01-20"
    STARGATE = "stargate-announcement-2025-01-21"
    COMMIT = "openai-stargate-19bn-report-2025-01-22"
    META_CAPEX = "meta-ai-capex-2025-01-24"
    APP = "deepseek-app-store-top-2025-01-26"
    SELLOFF = "market-selloff-2025-01-27"
    TRUMP = "trump-wake-up-call-2025-01-27"
    STATEMENT = "altman-deepseek-statement-2025-01-28"
    GOMEZ = "gomez-ft-remark-2025-01-27"
    ARTICLE_EVENT = "futurism-article-2025-01-28"

    events = [
        event(HYPE, "Altman: \"twitter hype is out of control again\"",
              "Sam Altman posted on X: \"twitter hype is out of control again. we are not gonna deploy AGI next "
              "month, nor have we built it.\" He asked followers to \"pls chill and cut your expectations 100x!\" "
              "(00:32 PST).",
              "statement", hype_time, None, "second", False, "America/Los_Angeles",
              [("sam-altman", "author"), ("openai", "subject")]),
        event(R1, "DeepSeek releases R1",
              "DeepSeek released its R1 AI model (\"DeepSeek's latest R1 model, released on Jan. 20\", Bloomberg "
              "Opinion). The time of day is not known.",
              "release", "2025-01-20", None, "day", False, "Asia/Shanghai",
              [("deepseek", "author")]),
        event(STARGATE, "Stargate announced at the White House",
              "President Donald Trump, with Sam Altman, Masayoshi Son and Larry Ellison in the Roosevelt Room, "
              "announced Stargate, \"$500 billion, at least\": $100 billion deployed initially and up to $500 "
              "billion over four years. Equity funders SoftBank (financial responsibility, Son chairman), OpenAI "
              "(operational responsibility), Oracle and MGX; technology partners Arm, Microsoft, NVIDIA, Oracle and "
              "OpenAI.",
              "policy", "2025-01-21", None, "day", False, "America/New_York",
              [("donald-trump", "speaker"), ("sam-altman", "participant"), ("masayoshi-son", "participant"),
               ("larry-ellison", "participant"), ("openai", "subject"), ("softbank", "subject"),
               ("oracle", "subject"), ("mgx", "subject")],
              ["ORCL", "ARM", "MSFT", "NVDA"]),
        event(COMMIT, "Report: OpenAI commits $19 billion to Stargate",
              "The Information reported that OpenAI and SoftBank would each commit $19 billion to Stargate for "
              "about 40 % each, with Oracle and MGX about $7 billion each, citing Altman's remarks to colleagues. "
              "A press report, not announced on stage.",
              "report", "2025-01-22", None, "day", False, "America/New_York",
              [("the-information", "publisher"), ("openai", "subject"), ("softbank", "subject"),
               ("oracle", "subject"), ("mgx", "subject"), ("sam-altman", "source")],
              ["ORCL"]),
        event(META_CAPEX, "Meta announces $60–65 billion AI capex for 2025",
              "On Friday 24 January Meta announced about $60–65 billion of AI capital expenditure for 2025 "
              "(Bloomberg: \"Friday Meta has already announced …\"; unusual-whales: \"over $60 billion\").",
              "statement", "2025-01-24", None, "day", False, "America/New_York",
              [("meta", "author")], ["META"]),
        event(APP, "DeepSeek app tops the US App Store",
              "DeepSeek's app became the #1 free app on the US Apple App Store, overtaking ChatGPT: \"over the "
              "weekend\" (CNBC, Axios, Bloomberg Opinion) or \"on Monday\" (Reuters, Hindustan Times); the exact "
              "hour is not known. It was still #1 into Tuesday 28 January (Semafor).",
              "other", "2025-01-26", "2025-01-27", "day", True, "America/New_York",
              [("deepseek", "subject"), ("openai", "subject")]),
        event(SELLOFF, "Tech selloff: Nvidia −16.97 %, about $589 billion",
              "In the 27 January session Nvidia fell 16.97 % (142.62 to 118.42), about $589 billion of market "
              "value (Bloomberg), the largest one-day loss in US market history; the Nasdaq Composite fell 3.07 % and the "
              "PHLX Semiconductor index 9.15 %. Futurism called it \"a more than $1 trillion tech wipeout\".",
              "market", "2025-01-27T14:30:00Z", "2025-01-27T21:00:00Z", "minute", False, "America/New_York",
              [("nvidia", "subject")], stocks + etfs + indices),
        event(TRUMP, "Trump: DeepSeek \"a wake-up call for our industries\"",
              "President Donald Trump called DeepSeek \"a wake-up call for our industries\" and a \"positive "
              "development\" in remarks to reporters on Air Force One on Monday evening (Axios, TechRadar); the "
              "time was not found.",
              "statement", "2025-01-27", None, "day", True, "America/New_York",
              [("donald-trump", "speaker"), ("deepseek", "subject")]),
        event(STATEMENT, "Altman: R1 \"an impressive model\"; OpenAI will \"pull up some releases\"",
              "Sam Altman wrote on X on Monday evening (18:29:53 PST) that \"deepseek's r1 is an impressive model, "
              "particularly around what they're able to deliver for the price\" and that OpenAI would \"obviously "
              "deliver much better models\". The thread ends \"look forward to bringing you all AGI and beyond.\"",
              "statement", thread_time, None, "second", False, "America/Los_Angeles",
              [("sam-altman", "author"), ("openai", "subject"), ("deepseek", "subject")]),
        event(GOMEZ, "Aidan Gomez (Cohere) to the FT: \"The winners won’t be the ones burning the most cash\"",
              "Cohere founder Aidan Gomez told the Financial Times \"The winners won’t be the ones burning the most "
              "cash\", but those who find the most \"efficient solutions\" (via Futurism). The FT article's date "
              "and headline were not found; the week of 27 January is likely but unconfirmed.",
              "statement", "2025-01-27", "2025-01-31", "day", True, "America/New_York",
              [("aidan-gomez", "speaker"), ("cohere", "subject"), ("financial-times", "publisher")]),
        event(ARTICLE_EVENT, "Futurism: Altman speaks out about DeepSeek",
              "Futurism reported Altman's statement on DeepSeek, his 20 January post, the selloff and Aidan "
              "Gomez's remark to the Financial Times. Headline, author and date are not confirmed; 28 January is "
              "inferred from \"Altman tweeted Monday evening\" and \"rattled investors this week\".",
              "report", "2025-01-28", None, "day", True, "America/New_York",
              [("futurism", "publisher"), ("sam-altman", "subject"), ("deepseek", "subject")]),
    ]

    links = [
        {"from": STATEMENT, "to": R1, "type": "responds-to"},
        {"from": STATEMENT, "to": SELLOFF, "type": "responds-to"},
        {"from": SELLOFF, "to": R1, "type": "follows"},
        {"from": SELLOFF, "to": APP, "type": "follows"},
        {"from": COMMIT, "to": STARGATE, "type": "follows"},
        {"from": TRUMP, "to": R1, "type": "responds-to"},
        {"from": ARTICLE_EVENT, "to": STATEMENT, "type": "reports"},
        {"from": ARTICLE_EVENT, "to": SELLOFF, "type": "reports"},
        {"from": ARTICLE_EVENT, "to": GOMEZ, "type": "reports"},
        {"from": ARTICLE_EVENT, "to": HYPE, "type": "reports"},
        {"from": ARTICLE_EVENT, "to": STARGATE, "type": "reports"},
        {"from": ARTICLE_EVENT, "to": COMMIT, "type": "reports"},
    ]

    eras = [{"uid": "deepseek-shock-week", "name": "DeepSeek shock week", "start": "2025-01-20",
             "end": "2025-01-31", "color": "#f6d5c3", "dataset": EV}]

    ARTICLE = "futurism-altman-deepseek"
    HYPE_POST = f"sama-post-{HYPE_STATUS}"
    THREAD = f"sama-thread-{THREAD_STATUS}"
    sources = [
        {"uid": ARTICLE, "kind": "article",
         "title": "Futurism: Sam Altman on DeepSeek (headline not confirmed)",
         "outlet": "Futurism", "author": "", "url": url, "published": "2025-01-28", "precision": "day",
         "uncertain": True, "lang": "en", "text": article, "dataset": "futurism-article"},
        {"uid": HYPE_POST, "kind": "post",
         "title": "Sam Altman on X: \"twitter hype is out of control again.\"",
         "outlet": "X (@sama)", "author": "Sam Altman", "url": f"https://x.com/sama/status/{HYPE_STATUS}",
         "published": hype_time, "precision": "second", "uncertain": False, "lang": "en", "text": hype_text,
         "dataset": "sama-posts"},
        {"uid": THREAD, "kind": "post",
         "title": "Sam Altman on X: \"deepseek's r1 is an impressive model\" (thread)",
         "outlet": "X (@sama)", "author": "Sam Altman", "url": f"https://x.com/sama/status/{THREAD_STATUS}",
         "published": thread_time, "precision": "second", "uncertain": False, "lang": "en", "text": thread_text,
         "dataset": "sama-posts"},
    ]
    text_of = {s["uid"]: s["text"] for s in sources}
    dataset_of = {s["uid"]: s["dataset"] for s in sources}

    def quote(uid, source, exact, event_uid, speaker):
        text = text_of[source]
        start = text.find(exact)
        if start < 0:
            fail(f"quote {uid}: {exact!r} not found in source {source}")
        if text.find(exact, start + 1) >= 0:
            fail(f"quote {uid}: {exact!r} occurs more than once in source {source}")
        end = start + len(exact)
        return {"uid": uid, "source": source, "event": event_uid, "speaker": speaker, "exact": exact,
                "prefix": text[max(0, start - CONTEXT):start], "suffix": text[end:end + CONTEXT],
                "start": start, "end": end, "status": "exact", "score": 1, "dataset": dataset_of[source]}

    quotes = [
        # The 20 January post, in the post itself ...
        quote("q-sama-hype-twitter", HYPE_POST, "twitter hype is out of control again.", HYPE, "sam-altman"),
        quote("q-sama-hype-agi", HYPE_POST, "we are not gonna deploy AGI next month, nor have we built it.",
              HYPE, "sam-altman"),
        quote("q-sama-hype-chill", HYPE_POST,
              "we have some very cool stuff for you but pls chill and cut your expectations 100x!", HYPE,
              "sam-altman"),
        # ... and the Monday-evening thread.
        quote("q-sama-statement-impressive", THREAD,
              "deepseek's r1 is an impressive model, particularly around what they're able to deliver for the "
              "price.", STATEMENT, "sam-altman"),
        quote("q-sama-statement-better-models", THREAD,
              "we will obviously deliver much better models and also it's legit invigorating to have a new "
              "competitor!", STATEMENT, "sam-altman"),
        quote("q-sama-statement-releases", THREAD, "we will pull up some releases.", STATEMENT, "sam-altman"),
        quote("q-sama-statement-compute", THREAD,
              "but mostly we are excited to continue to execute on our research roadmap and believe more compute "
              "is more important now than ever before to succeed at our mission.", STATEMENT, "sam-altman"),
        quote("q-sama-statement-lot-of-ai", THREAD,
              "the world is going to want to use a LOT of ai, and really be quite amazed by the next gen models "
              "coming.", STATEMENT, "sam-altman"),
        quote("q-sama-statement-agi", THREAD, "look forward to bringing you all AGI and beyond.", STATEMENT,
              "sam-altman"),
        # The article's versions (capitalised, one bracketed gloss), and what it reports in its own words.
        quote("q-futurism-r1-rattled", ARTICLE, "The company's R1 AI model rattled investors this week", R1,
              "futurism"),
        quote("q-futurism-trillion-wipeout", ARTICLE, "a more than $1 trillion tech wipeout", SELLOFF,
              "futurism"),
        quote("q-futurism-statement-impressive", ARTICLE,
              "Deepseek's R1 is an impressive model, particularly around what they're able to deliver for the "
              "price", STATEMENT, "sam-altman"),
        quote("q-futurism-monday-evening", ARTICLE, "Altman tweeted Monday evening", STATEMENT, "futurism"),
        quote("q-futurism-statement-better-models", ARTICLE,
              "We will obviously deliver much better models and also it's legit invigorating to have a new "
              "competitor!", STATEMENT, "sam-altman"),
        quote("q-futurism-statement-compute", ARTICLE,
              "But mostly we are excited to continue to execute on our research roadmap and believe more compute "
              "is more important now than ever before to succeed at our mission", STATEMENT, "sam-altman"),
        quote("q-futurism-statement-lot-of-ai", ARTICLE,
              "The world is going to want to use a LOT of AI, and really be quite amazed by the next-gen models "
              "coming", STATEMENT, "sam-altman"),
        quote("q-futurism-gomez-winners", ARTICLE, "The winners won’t be the ones burning the most cash", GOMEZ,
              "aidan-gomez"),
        quote("q-futurism-gomez-efficient", ARTICLE, "efficient solutions", GOMEZ, "aidan-gomez"),
        quote("q-futurism-hype-twitter", ARTICLE, "Twitter hype is out of control again", HYPE, "sam-altman"),
        quote("q-futurism-hype-january-20", ARTICLE, "in a January 20 tweet", HYPE, "futurism"),
        quote("q-futurism-hype-agi", ARTICLE,
              "We are not gonna deploy [artificial general intelligence] next month, nor have we built it", HYPE,
              "sam-altman"),
        quote("q-futurism-hype-chill", ARTICLE,
              "We have some very cool stuff for you but pls chill and cut your expectations 100x!", HYPE,
              "sam-altman"),
        quote("q-futurism-stargate-500bn", ARTICLE, "$500 billion AI infrastructure initiative", STARGATE,
              "futurism"),
        quote("q-futurism-openai-19bn", ARTICLE, "OpenAI is expected to commit $19 billion to the venture.",
              COMMIT, "futurism"),
        quote("q-futurism-statement-agi", ARTICLE, "Look forward to bringing you all AGI and beyond", STATEMENT,
              "sam-altman"),
    ]

    names = {
        "NVDA": "NVIDIA Corporation", "AVGO": "Broadcom Inc.", "MSFT": "Microsoft Corporation",
        "GOOGL": "Alphabet Inc. (Class A)", "META": "Meta Platforms, Inc. (Class A)",
        "AMD": "Advanced Micro Devices, Inc.", "TSM": "Taiwan Semiconductor Manufacturing Company (ADS)",
        "ORCL": "Oracle Corporation", "ASML": "ASML Holding N.V. (ADS)", "ARM": "Arm Holdings plc (ADS)",
        "SMCI": "Super Micro Computer, Inc.", "VST": "Vistra Corp.", "CEG": "Constellation Energy Corporation",
        "QQQ": "Invesco QQQ Trust", "SMH": "VanEck Semiconductor ETF", "SOXX": "iShares Semiconductor ETF",
        "SPY": "SPDR S&P 500 ETF Trust", "XLK": "Technology Select Sector SPDR Fund",
        "XLU": "Utilities Select Sector SPDR Fund",
        "^IXIC": "Nasdaq Composite", "^GSPC": "S&P 500", "^SOX": "PHLX Semiconductor Index",
    }
    exchanges = {
        "NVDA": "Nasdaq", "AVGO": "Nasdaq", "MSFT": "Nasdaq", "GOOGL": "Nasdaq", "META": "Nasdaq",
        "AMD": "Nasdaq", "ASML": "Nasdaq", "ARM": "Nasdaq", "SMCI": "Nasdaq", "QQQ": "Nasdaq", "SMH": "Nasdaq",
        "SOXX": "Nasdaq", "TSM": "NYSE", "ORCL": "NYSE", "VST": "NYSE", "CEG": "NYSE", "SPY": "NYSE Arca",
        "XLK": "NYSE Arca", "XLU": "NYSE Arca", "^IXIC": "Nasdaq", "^SOX": "Nasdaq",
        "^GSPC": "S&P Dow Jones Indices",
    }
    symbols = []
    for ticker in stocks:
        row = shares[ticker]
        symbols.append({
            "ticker": ticker, "name": names[ticker], "kind": "stock", "exchange": exchanges[ticker],
            "currency": "USD", "shares_outstanding": row["shares"], "shares_as_of": row["as_of"],
            "shares_source": f"SHARES.md {row['source']}; as of {row['as_of_cell']}; count {row['count_cell']}; "
                             f"confidence {row['confidence']}. {row['note']}",
            "dataset": "shares-outstanding",
        })
    for ticker, kind in [(t, "etf") for t in etfs] + [(t, "index") for t in indices]:
        symbols.append({
            "ticker": ticker, "name": names[ticker], "kind": kind, "exchange": exchanges[ticker],
            "currency": "USD", "shares_outstanding": None, "shares_as_of": "", "shares_source": "",
            "dataset": "market-symbols",
        })

    return {"format": "tickerline", "version": 1, "datasets": datasets, "actors": actors, "events": events,
            "links": links, "eras": eras, "sources": sources, "quotes": quotes, "symbols": symbols}


# ---------------------------------------------------------------------------------------------------------------
# Validation


KEYS = {
    "datasets": ["uid", "name", "origin", "licence", "notes", "imported_at"],
    "actors": ["uid", "name", "kind", "dataset"],
    "events": ["uid", "title", "summary", "kind", "start", "end", "precision", "uncertain", "tz", "dataset",
               "actors", "symbols"],
    "links": ["from", "to", "type"],
    "eras": ["uid", "name", "start", "end", "color", "dataset"],
    "sources": ["uid", "kind", "title", "outlet", "author", "url", "published", "precision", "uncertain", "lang",
                "text", "dataset"],
    "quotes": ["uid", "source", "event", "speaker", "exact", "prefix", "suffix", "start", "end", "status",
               "score", "dataset"],
    "symbols": ["ticker", "name", "kind", "exchange", "currency", "shares_outstanding", "shares_as_of",
                "shares_source", "dataset"],
}
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def validate(doc):
    errors = []

    def check(condition, message):
        if not condition:
            errors.append(message)

    check(list(doc) == ["format", "version"] + list(KEYS), "top-level keys out of order")
    for table, keys in KEYS.items():
        for row in doc[table]:
            check(list(row) == keys, f"{table}: keys of {row.get('uid', row)} not in format order")

    def unique(table, key):
        values = [row[key] for row in doc[table]]
        check(len(values) == len(set(values)), f"{table}: duplicate {key}")
        return set(values)

    datasets = unique("datasets", "uid")
    actors = unique("actors", "uid")
    events = unique("events", "uid")
    sources = unique("sources", "uid")
    unique("quotes", "uid")
    unique("eras", "uid")
    tickers = unique("symbols", "ticker")
    all_uids = [row["uid"] for table in ("datasets", "actors", "events", "eras", "sources", "quotes")
                for row in doc[table]]
    check(len(all_uids) == len(set(all_uids)), "a uid is used in two tables")

    for table in ("actors", "events", "eras", "sources", "quotes", "symbols"):
        for row in doc[table]:
            check(row["dataset"] in datasets, f"{table}: {row.get('uid', row.get('ticker'))}: unknown dataset")
    for row in doc["datasets"]:
        check(INSTANT.fullmatch(row["imported_at"]) is not None, f"dataset {row['uid']}: imported_at")
    for row in doc["actors"]:
        check(row["kind"] in ("person", "organisation"), f"actor {row['uid']}: kind")

    def time_ok(value, precision):
        pattern = DATE if precision in ("day", "month", "year") else INSTANT
        return pattern.fullmatch(value) is not None

    for row in doc["events"]:
        where = f"event {row['uid']}"
        check(row["kind"] in ("statement", "release", "market", "policy", "deal", "report", "other"), where)
        check(time_ok(row["start"], row["precision"]), f"{where}: start")
        check(row["end"] is None or (time_ok(row["end"], row["precision"]) and row["end"] >= row["start"]),
              f"{where}: end")
        check(isinstance(row["uncertain"], bool), f"{where}: uncertain")
        for a in row["actors"]:
            check(a["actor"] in actors, f"{where}: unknown actor {a['actor']}")
        for s in row["symbols"]:
            check(s in tickers, f"{where}: unknown symbol {s}")
    for row in doc["links"]:
        check(row["from"] in events and row["to"] in events, f"link {row}: unknown event")
        check(row["type"] in ("responds-to", "caused", "follows", "reports"), f"link {row}: type")
    for row in doc["eras"]:
        check(DATE.fullmatch(row["start"]) and DATE.fullmatch(row["end"]), f"era {row['uid']}: dates")
        check(re.fullmatch(r"#[0-9a-f]{6}|", row["color"]) is not None, f"era {row['uid']}: color")
    texts = {}
    for row in doc["sources"]:
        where = f"source {row['uid']}"
        text = row["text"]
        texts[row["uid"]] = text
        check("\r" not in text and unicodedata.is_normalized("NFC", text), f"{where}: text not NFC/\\n")
        check(row["published"] is None or time_ok(row["published"], row["precision"]), f"{where}: published")
    for row in doc["quotes"]:
        where = f"quote {row['uid']}"
        check(row["source"] in sources, f"{where}: unknown source")
        check(row["event"] is None or row["event"] in events, f"{where}: unknown event")
        check(row["speaker"] is None or row["speaker"] in actors, f"{where}: unknown speaker")
        text = texts.get(row["source"], "")
        start, end = row["start"], row["end"]
        check(0 <= start < end <= len(text) and text[start:end] == row["exact"], f"{where}: exact != text span")
        check(text[max(0, start - CONTEXT):start] == row["prefix"], f"{where}: prefix")
        check(text[end:end + CONTEXT] == row["suffix"], f"{where}: suffix")
        check(row["status"] == "exact" and row["score"] == 1, f"{where}: status")
    for row in doc["symbols"]:
        check(row["kind"] in ("stock", "etf", "index") and row["currency"] == "USD", f"symbol {row['ticker']}")
        check(row["shares_as_of"] == "" or DATE.fullmatch(row["shares_as_of"]), f"symbol {row['ticker']}: as of")
        check((row["shares_outstanding"] is None) == (row["kind"] != "stock"), f"symbol {row['ticker']}: shares")
    check(len(doc["symbols"]) == 22, "expected 22 symbols")
    return errors


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    shared, out = Path(argv[1]), Path(argv[2])
    doc = build(shared)
    errors = validate(doc)
    if errors:
        fail("invalid dataset:\n  " + "\n  ".join(errors))
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8", newline="\n")
    # Read it back: what is on disk must be what was validated, byte-identical article text included.
    again = json.loads(out.read_text(encoding="utf-8"))
    if again != doc or validate(again):
        fail(f"{out}: read-back differs")
    article = (shared / "articles" / ARTICLE_FILE).read_bytes()
    if again["sources"][0]["text"].encode("utf-8") != article:
        fail(f"{out}: article text is not byte-identical to {ARTICLE_FILE}")
    print(f"wrote {out}: {len(doc['events'])} events, {len(doc['sources'])} sources, {len(doc['quotes'])} "
          f"quotes, {len(doc['symbols'])} symbols")


if __name__ == "__main__":
    main(sys.argv)
