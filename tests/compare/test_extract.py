"""extract(page) -> PageMetadata: metadata precedence, main text without boilerplate, charsets, hostile input."""

from __future__ import annotations

import json
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.compare import extract
from checker.compare.extract import clean_author, fallback_text, strip_site_suffix
from checker.models import PageMetadata
from tests.compare.conftest import make_page

# --------------------------------------------------------------------------- news pages


def test_news_page_metadata_comes_from_json_ld_and_opengraph(fixture_page):
    meta = extract(fixture_page("article_cited.html"))
    assert meta.title == "Japan Wary of Rising Russian Threat: Ex-Defense Minister"
    assert meta.authors == ("Prashanth Parameswaran",)
    assert meta.date == "2015-09-10"
    assert meta.site_name == "The Diplomat"
    assert meta.canonical_url == "https://thediplomat.com/2015/09/japan-wary-of-rising-russia-threat-ex-defense-minister/"


def test_main_text_drops_navigation_ads_share_bars_cookie_banner_and_related_links(fixture_page):
    text = extract(fixture_page("article_cited.html")).text
    assert "Russian bombers had approached Japanese airspace" in text
    assert "keep the door to dialogue with Moscow open" in text  # last paragraph kept
    for boilerplate in ("Flashpoints", "Visit Hokkaido", "We use cookies", "Related articles",
                        "Abe and Putin Meet in New York", "Privacy Policy", "Tweet", "Subscribe to our newsletter"):
        assert boilerplate not in text, boilerplate


def test_title_tag_loses_its_site_suffix_and_updated_date_is_told_apart(fixture_page):
    url = "http://www.japantimes.co.jp/news/2015/08/25/national/politics-diplomacy/japan-says-russian-officials-suicide-remark-unproductive/"
    meta = extract(fixture_page("japantimes_kyodo.html", url=url))
    assert meta.title == "Japan says Russian official’s suicide remark ‘unproductive’"  # from <title>, suffix gone
    assert meta.site_name == "The Japan Times"
    assert meta.authors == ("Kyodo",)
    assert (meta.date, meta.updated) == ("2015-08-25", "2015-08-26")
    assert meta.canonical_url == url  # relative <link rel=canonical> made absolute


def test_uppercase_byline_with_role_is_cleaned(fixture_page):
    meta = extract(fixture_page("asahi_ajw.html", url="http://ajw.asahi.com/article/behind_news/politics/AJ201509290068"))
    assert meta.authors == ("Takuya Suzuki",)
    assert meta.site_name == "The Asahi Shimbun"
    assert meta.title == "Abe, Putin agree to coordinate visit by Russian president to Japan"
    assert meta.date == "2015-09-29"


def test_json_ld_graph_article_wins_over_webpage_node(fixture_page):
    meta = extract(fixture_page("wsj_article.html", url="http://www.wsj.com/articles/x-1441354851"))
    assert meta.title == "Putin Pitches for Foreign Investment in Russia’s Far East"
    assert meta.authors == ("Nathan Hodge",)
    assert meta.date == "2015-09-04"
    assert meta.site_name == "The Wall Street Journal"  # JSON-LD publisher before og:site_name "WSJ"
    assert "Subscribe now" not in meta.text


def test_highwire_citation_meta_wins_over_opengraph_and_dublin_core(fixture_page):
    meta = extract(fixture_page("journal_highwire.html", url="https://journals.example.org/doi/10.1177/x"))
    assert meta.title == "Can Russia Keep Its Special Ties with Vietnam While Moving Closer and Closer to China?"
    assert meta.authors == ("Pavel K. Baev", "Stein Tønnesson")  # "Surname, Given" turned around
    assert meta.site_name == "International Area Studies Review"
    assert meta.date == "2015-09-01"


def test_javascript_app_shell_has_no_article_text(fixture_page):
    meta = extract(fixture_page("app_shell.html", url="https://example.org/app"))
    assert len(meta.text.split()) < 20
    assert meta.authors == ()


def test_date_falls_back_to_the_url_path():
    html = b"<html><head><title>Nothing dated here</title></head><body><article><p>" + b"word " * 50
    html += b"</p></article></body></html>"
    meta = extract(make_page(html, url="https://news.example.org/2013/05/25/story/"))
    assert meta.date == "2013-05-25"


def test_json_ld_with_list_authors_and_organization_publisher():
    ld = {"@type": ["NewsArticle"], "headline": "Headline Here", "datePublished": "2015-10-21",
          "author": [{"@type": "Person", "name": "Shannon Tiezzi"}, "Second Author"],
          "publisher": {"@type": "Organization", "name": "The Diplomat"}}
    html = f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head><body></body></html>'
    meta = extract(make_page(html.encode()))
    assert meta.authors == ("Shannon Tiezzi", "Second Author")
    assert meta.title == "Headline Here" and meta.site_name == "The Diplomat" and meta.date == "2015-10-21"


def test_main_text_comes_from_trafilatura_not_the_fallback(fixture_page):
    # For two weeks every page was read by the fallback: `import trafilatura` failed under
    # lxml 6 (no lxml.html.clean) and the error was swallowed as an extractor crash.
    import lxml.html

    from checker.compare.extract import _main_text

    html = fixture_page("article_cited.html").body.decode("utf-8")
    text = _main_text(lxml.html.fromstring(html))
    assert text, "trafilatura found no main text (is it importable?)"
    assert "former defense minister warned" in text


def test_a_broken_install_is_an_error_not_a_page_without_text(fixture_page, monkeypatch):
    # extract() turns hostile bytes into "nothing found"; it must not do the same to a failed
    # `import trafilatura`, or every comparison in the run silently becomes "unknown".
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # `import trafilatura` raises ImportError
    with pytest.raises(ImportError):
        extract(fixture_page("article_cited.html"))


def test_fallback_text_reads_article_paragraphs_without_navigation():
    # What extract() uses when trafilatura returns nothing.
    html = "<html><body><nav><p>Menu</p></nav><article><p>Short one.</p><p>Short two.</p></article></body></html>"
    assert fallback_text(html) == "Short one.\nShort two."
    no_paragraphs = "<html><body><main>Just <b>text</b> here</main><footer>f</footer></body></html>"
    assert fallback_text(no_paragraphs) == "Just text here"
    assert fallback_text("") == ""


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("title", "site", "host", "expected"),
    [
        ("Title of the Story | The Japan Times", "The Japan Times", "www.japantimes.co.jp", "Title of the Story"),
        ("Putin Pitches for Foreign Investment - WSJ", None, "www.wsj.com", "Putin Pitches for Foreign Investment"),
        ("The Diplomat – Japan to Offer Australia Submarines", "The Diplomat", "thediplomat.com",
         "Japan to Offer Australia Submarines"),
        # A colon inside a headline is a subtitle, not a site suffix.
        ("Abe Quandary: How to Court Putin", "The Japan Times", "japantimes.co.jp", "Abe Quandary: How to Court Putin"),
        ("Abe, Putin agree:The Asahi Shimbun", "The Asahi Shimbun", "ajw.asahi.com", "Abe, Putin agree"),
    ],
)
def test_strip_site_suffix(title, site, host, expected):
    assert strip_site_suffix(title, site, host) == expected


def test_clean_author():
    assert clean_author("By TAKUYA SUZUKI/ Staff Writer") == ["Takuya Suzuki"]
    assert clean_author("Sergei Strokan and Vladimir Mikheev") == ["Sergei Strokan", "Vladimir Mikheev"]
    assert clean_author("Justin McCurry in Tokyo") == ["Justin McCurry"]
    assert clean_author("https://www.facebook.com/someone") == []
    assert clean_author("Baev, Pavel K.", inverted=True) == ["Pavel K. Baev"]


# --------------------------------------------------------------------------- charsets

RUSSIAN = "Москва и Токио отложили визит Путина в Японию на неопределённый срок. " * 6
JAPANESE = "安倍首相とプーチン大統領は、ロシア大統領の訪日について調整を続けることで一致した。" * 6


def _doc(title: str, body: str, meta: str = "") -> str:
    return (f"<html><head>{meta}<title>{title}</title></head>"
            f"<body><article><p>{body}</p><p>{body}</p></article></body></html>")


def test_cp1251_page_declared_in_meta():
    html = _doc("Визит отложен", RUSSIAN, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    meta = extract(make_page(html.encode("cp1251"), content_type="text/html"))
    assert meta.title == "Визит отложен"
    assert "Путина в Японию" in meta.text


def test_shift_jis_page_declared_in_meta():
    html = _doc("安倍・プーチン会談", JAPANESE, '<meta charset="Shift_JIS">')
    meta = extract(make_page(html.encode("shift_jis"), content_type="text/html"))
    assert meta.title == "安倍・プーチン会談"
    assert "ロシア大統領の訪日" in meta.text


def test_wrong_declared_charset_is_overruled_by_the_bytes():
    # Header says UTF-8, bytes are cp1251: sniffing must recover the Russian text.
    html = _doc("Визит отложен", RUSSIAN, '<meta charset="utf-8">')
    meta = extract(make_page(html.encode("cp1251"), content_type="text/html; charset=utf-8"))
    assert "Путина в Японию" in meta.text
    # Header says ISO-8859-1, bytes are UTF-8 (a common server default): UTF-8 wins.
    meta2 = extract(make_page(_doc("Tōkyō", JAPANESE).encode("utf-8"), content_type="text/html; charset=iso-8859-1"))
    assert meta2.title == "Tōkyō" and "ロシア大統領の訪日" in meta2.text


def test_invalid_bytes_are_replaced_not_fatal():
    good = _doc("Visit to Japan postponed", "Vladimir Putin’s visit to Japan was postponed indefinitely. " * 10)
    raw = good.encode("utf-8").replace(b"postponed indefinitely", b"postponed \xff\xfe indefinitely", 1)
    meta = extract(make_page(raw, content_type="text/html; charset=utf-8"))
    assert meta.title == "Visit to Japan postponed"
    assert "Putin’s visit" in meta.text  # the rest of the page is not mojibake


def test_body_cut_inside_a_multibyte_character():
    raw = _doc("Визит", RUSSIAN, '<meta charset="utf-8">').encode("utf-8")
    cut = raw[: raw.index("Японию".encode()) + 3]  # ends inside a Cyrillic letter
    meta = extract(make_page(cut, truncated=True))
    assert meta.title == "Визит"


# --------------------------------------------------------------------------- content types


def test_non_html_bodies_have_no_text_and_plain_text_is_read_as_is():
    pdf = make_page(b"%PDF-1.4\n1 0 obj << /Title (A report) >>\n" + b"\x00" * 200, content_type="application/pdf")
    assert extract(pdf) == PageMetadata()
    plain = make_page("Putin’s visit postponed.\nSecond line.".encode(), content_type="text/plain; charset=utf-8")
    assert extract(plain) == PageMetadata(text="Putin’s visit postponed.\nSecond line.")
    untyped = make_page(b"<html><head><title>No content type</title></head></html>", content_type=None)
    assert extract(untyped).title == "No content type"


# --------------------------------------------------------------------------- hostile input


def test_garbage_and_empty_bodies_give_empty_metadata():
    xml = b"<?xml version='1.0' encoding='utf-8'?><html/>"
    for body in (b"", b"\x00\x01\x02" * 1000, b"<<<>>>", b"\xff" * 5000, xml):
        assert isinstance(extract(make_page(body)), PageMetadata)
    assert extract(make_page(b"")) == PageMetadata()


def test_deep_nesting_and_huge_json_ld_are_bounded():
    deep = b"<div>" * 50_000 + b"<p>deep text</p>" + b"</div>" * 50_000
    assert isinstance(extract(make_page(deep)), PageMetadata)
    blob = '{"@type":"NewsArticle","headline":"' + "A" * 1_000_000 + '"}'
    html = f'<html><head><script type="application/ld+json">{blob}</script><title>Real title</title></head></html>'
    assert extract(make_page(html.encode())).title == "Real title"  # oversized JSON-LD skipped


def test_json_ld_after_hundreds_of_scripts_is_found():
    scripts = '<script type="text/javascript">var a = 1;</script>' * 400
    ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Late Headline"}</script>'
    meta = extract(make_page(f"<html><head>{scripts}{ld}</head><body></body></html>".encode()))
    assert meta.title == "Late Headline"


def test_markup_in_metadata_is_returned_as_plain_text_not_markup():
    html = b'<html><head><meta property="og:title" content="&lt;script&gt;alert(1)&lt;/script&gt; Headline">'
    meta = extract(make_page(html))
    assert meta.title == "<script>alert(1)</script> Headline"  # a string to escape at output, not parsed


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000))
def test_extract_never_raises(body):
    assert isinstance(extract(make_page(body)), PageMetadata)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=2000))
def test_extract_never_raises_on_text(text):
    html = f"<html><head><title>{text}</title><meta property='og:title' content='{text}'></head><body><p>{text}</p>"
    assert isinstance(extract(make_page(html.encode("utf-8", "surrogatepass"))), PageMetadata)
