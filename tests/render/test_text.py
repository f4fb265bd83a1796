"""The one door for article text: cleaning, escaping, safe links, right-to-left shaping."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.render.text import Faces, clean, markup, rtl_runs, safe_url

ARABIC = "محمد بن سلمان"


def _faces(body: str) -> Faces:
    from briefing.render.fonts import register_fonts

    fonts = register_fonts()
    face = fonts.regular[body]
    return Faces(
        fonts.covered[face],
        "BriefSans",
        fonts.covered["BriefSans"],
        fonts.rtl,
        str(fonts.rtl_path),
        "#777777",
    )


def test_glyphs_the_body_face_lacks_come_from_a_face_that_has_them() -> None:
    # DejaVu Serif has no Canadian syllabics; DejaVu Sans does. No embedded face has Devanagari.
    assert markup("Nunavut (ᐃᓄᒃᑎᑐᑦ) said", _faces("serif")) == (
        'Nunavut (<font name="BriefSans">ᐃᓄᒃᑎᑐᑦ</font>) said'
    )
    assert markup("Nunavut (ᐃᓄᒃᑎᑐᑦ) said", _faces("sans")) == "Nunavut (ᐃᓄᒃᑎᑐᑦ) said"
    assert markup("He said नमस्ते दुनिया today", _faces("sans")) == (
        'He said <font color="#777777">[Devanagari text]</font> today'
    )


def test_a_script_no_face_has_is_named_as_readers_know_it_and_an_emoji_is_left_out() -> None:
    faces = _faces("sans")
    grey = '<font color="#777777">[{}]</font>'
    xi = grey.format("Chinese or Japanese text")
    assert markup("President Xi (习近平) spoke", faces) == f"President Xi ({xi}) spoke"
    assert markup("Seoul (서울) said", faces) == f"Seoul ({grey.format('Korean text')}) said"
    assert markup("Fans wrote 👍 on Monday", faces) == "Fans wrote on Monday"
    assert markup("Great news 🎉🎉!", faces) == "Great news !"


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/a?b=1&c=2", True),
        ("http://example.org", True),
        ("mailto:desk@example.org", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("data:text/html,<b>x</b>", False),
        ("file:///etc/passwd", False),
        ("ftp://example.org/x", False),
        ("https:///no-host", False),
        ("https://exa mple.org", False),
        ("https://example.org/\x0bx", False),
        ("mailto:nobody", False),
        ("", False),
        (None, False),
    ],
)
def test_only_http_and_mailto_links_pass(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AT&T", "AT&amp;T"),
        ("S&P 500", "S&amp;P 500"),
        ("0.1 <A <0.9", "0.1 &lt;A &lt;0.9"),
        ("<b>bold?</b>", "&lt;b&gt;bold?&lt;/b&gt;"),
        ("line\x0bbreak\x00", "line break "),
    ],
)
def test_markup_escapes_everything(text: str, expected: str) -> None:
    assert markup(text) == expected


def test_clean_keeps_spaces_that_join_fragments() -> None:
    assert clean(" · ") == " · "
    assert clean("a\x0b\x0c\x1bb") == "a b"


def test_rtl_runs_span_names_but_not_latin() -> None:
    assert rtl_runs(f"Met {ARABIC}, then left.") == [("Met ", False), (ARABIC, True), (", then left.", False)]
    assert rtl_runs(f"He met {ARABIC}.") == [("He met ", False), (ARABIC, True), (".", False)]
    # in a right-to-left paragraph the figures and the stop at its ends belong to it
    assert rtl_runs("2011 عام ملتزم بحماية البعثات 2020.") == [("2011 عام ملتزم بحماية البعثات 2020.", True)]


def test_shaped_arabic_is_joined_and_reads_back() -> None:
    out = markup(f"met {ARABIC}", _faces("serif"))
    assert out.startswith('met <font name="BriefRTL">')
    shaped = out.split(">", 1)[1].split("<", 1)[0]
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in shaped)  # contextual (joined) forms
    # Drawn left to right in visual order: reversed and NFKC-normalised it is the name again,
    # kept on one line by no-break spaces.
    assert unicodedata.normalize("NFKC", shaped[::-1]) == ARABIC
    assert " " not in shaped


def test_a_long_arabic_passage_is_set_as_lines_in_reading_order() -> None:
    # The PDF draws shaped text left to right: had reportlab broken one long visual-order run,
    # its first line would hold the passage's end.
    passage = "قال رئيس الوزراء إن العراق ملتزم بحماية البعثات الدبلوماسية الأجنبية في البلاد"
    assert len(passage) > 60
    out = markup(f"He said: {passage}.", _faces("serif"))
    lines = [part.split("</font>", 1)[0] for part in out.split('<font name="BriefRTL">')[1:]]
    assert len(lines) >= 2 and out.count("<br/>") == len(lines) - 1
    assert all(len(line) <= 40 and " " not in line for line in lines)
    read = [unicodedata.normalize("NFKC", line[::-1]).replace("\u00a0", " ") for line in lines]
    assert " ".join(read) == passage


def test_figures_and_brackets_in_an_arabic_line_keep_their_places() -> None:
    from briefing.render.fonts import register_fonts
    from briefing.render.text import visual_rtl

    path = str(register_fonts().rtl_path)
    # drawn left to right: the line's end ("شخصا") at the left, "45" still reading 4-5, and a
    # logical "(" (which opens to the right) drawn as the ")" that opens leftwards is mirrored
    assert unicodedata.normalize("NFKC", visual_rtl("قتل 45 شخصا", path)) == "اصخش 45 لتق"
    drawn = re.sub(r"<[^>]+>", "", markup("قتل 45 شخصا", _faces("serif"))).replace("\u00a0", " ")
    assert unicodedata.normalize("NFKC", drawn) == "اصخش 45 لتق"  # one run, not three side by side
    assert unicodedata.normalize("NFKC", visual_rtl("قال (محمد) ذلك", path)) == "كلذ (دمحم) لاق"
    assert unicodedata.normalize("NFKC", visual_rtl(ARABIC, path)) == ARABIC[::-1]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80))
def test_any_text_makes_a_valid_paragraph(text: str) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("t", fontName="BriefSerif")
    para = Paragraph(markup(text, _faces("serif")), style)
    para.wrap(200, 1000)  # raises on broken markup


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=60))
def test_any_text_goes_into_a_docx(text: str) -> None:
    import docx

    from briefing.render.docx_layout import add_link, add_text

    paragraph = docx.Document().add_paragraph()
    add_text(paragraph, text)  # python-docx raises on control characters that clean() missed
    add_link(paragraph, text, anchor="art-1")


def test_importing_renderers_stays_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, briefing.render, briefing.template, briefing.render.common; "
        "heavy = {'reportlab', 'docx', 'matplotlib', 'PIL'}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_renderers_do_not_load_the_date_resolver() -> None:
    # A warm re-run renders without resolving anything: compiling the resolver's patterns there
    # cost a third of a second (the renderers read temporal.labels only).
    import subprocess
    import sys

    code = "import sys, briefing.render.common; print('briefing.temporal.resolver' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
