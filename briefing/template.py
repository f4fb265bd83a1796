"""Templates: ``templates/<name>/style.toml`` (+ optional ``reference.docx``), read by every renderer.

A template decides how a briefing looks (page size, margins, fonts, sizes, colours, labels,
which sections appear and in what order) and a few content defaults the options object reads
(``summary_sentences``, ``article_cap``, ``key_points``, ``max_dates``, ``sentences_per_date``).

Every key is optional: a missing key takes the built-in default (the ``weekly`` look), so a
template lists only what it changes. The file is validated when it is loaded; an unknown key,
a wrong type or an out-of-range value raises ``TemplateError`` naming the file and the key.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from briefing.errors import TemplateError

#: Sections a template may list, in any order (each at most once).
SECTIONS = (
    "cover",
    "contents",
    "key_points",
    "chart",
    "timeline",
    "upcoming",
    "background",
    "articles",
    "appendix",
)
PAGE_SIZES = ("A4", "Letter")
FONT_FAMILIES = ("sans", "serif")  # DejaVu Sans / DejaVu Serif, embedded (see render/fonts.py)
# full: metadata, summary and dates found; compact: headline, source, date and the first summary
# sentence, two columns; headlines: the same without the sentence (a list of links to read on).
ARTICLE_LAYOUTS = ("full", "compact", "headlines")
_HEX = re.compile(r"#[0-9A-Fa-f]{6}")


@dataclass(frozen=True)
class PageStyle:
    size: str = "A4"
    margin_top_mm: float = 22.0
    margin_bottom_mm: float = 20.0
    margin_left_mm: float = 22.0
    margin_right_mm: float = 22.0


@dataclass(frozen=True)
class FontStyle:
    body: str = "sans"
    headings: str = "sans"
    body_size: float = 9.5
    small_size: float = 8.0
    title_size: float = 22.0
    h1_size: float = 14.0
    h2_size: float = 11.0
    leading: float = 1.38  # line height as a multiple of the font size


@dataclass(frozen=True)
class ColorStyle:
    text: str = "#1A1A1A"
    accent: str = "#1F4E79"
    muted: str = "#5F6B7A"
    rule: str = "#C9D1DB"
    header_fill: str = "#1F4E79"
    header_text: str = "#FFFFFF"
    stripe: str = "#F2F5F9"  # alternate table rows
    chart_events: str = "#1F4E79"
    chart_articles: str = "#A9BCD0"


@dataclass(frozen=True)
class ChartStyle:
    width_mm: float = 166.0
    height_mm: float = 52.0


@dataclass(frozen=True)
class Labels:
    """Every word the documents show that does not come from the articles."""

    kicker: str = "Weekly briefing"
    period: str = "Period"
    made: str = "Made"
    articles: str = "Articles"
    sources: str = "Sources"
    contents: str = "Contents"
    key_points: str = "Key points"
    chart: str = "Events and articles per day"
    chart_events: str = "dated events"
    chart_articles: str = "articles published"
    chart_per_week: str = "per week"
    chart_weekly: str = "Events and articles per week"  # the chart's title over a long period
    timeline: str = "Timeline"
    date: str = "Date"
    event: str = "Event"
    upcoming: str = "Upcoming and ongoing"
    background: str = "Background"
    articles_section: str = "Articles"
    source: str = "Source"
    published: str = "Published"
    link: str = "Link"
    summary: str = "Summary"
    dates_found: str = "Dates found"
    full_text: str = "Full text (no longer than its summary)"
    appendix: str = "Sources and method"
    sources_list: str = "Sources"
    skipped: str = "Inputs skipped"
    notes: str = "Notes"
    method: str = "Method"
    method_text: str = (
        "Dates were found and resolved against each article's publication date; the summaries "
        "are sentences taken from the articles themselves, unchanged. Approximate dates are "
        "marked ~ and never shown more precisely than the text gives them."
    )
    tool_version: str = "Made with briefing"
    page: str = "Page {page} of {pages}"
    more_articles: str = "{shown} of {total} articles are shown; the JSON output carries all of them."
    no_events: str = "No dated events were found in this period."
    no_summary: str = "(no summary: the article has no usable sentences)"
    no_dates: str = "none"
    none: str = "none"
    missing_script: str = "[{script} text]"  # in the PDF, for scripts no embedded font has
    approx_note: str = '~ and "approx." mark dates the articles give only approximately.'


@dataclass(frozen=True)
class Template:
    """A loaded, validated template. The first six attributes are read by the options object."""

    name: str = "weekly"
    summary_sentences: int = 3
    article_cap: int = 60
    key_points: int = 5
    max_dates: int | None = 20
    sentences_per_date: int = 2
    description: str = ""
    language: str = "en"  # BCP 47 tag for the documents' metadata (PDF /Lang, DOCX language)
    sections: tuple[str, ...] = (
        "cover",
        "contents",
        "key_points",
        "chart",
        "timeline",
        "upcoming",
        "articles",
        "appendix",
    )
    article_layout: str = "full"
    # Shrink the PDF's content (down to MIN_FIT_SCALE in render/pdf.py) so it fits one page;
    # content that would need more shrinking flows onto further pages at full size instead.
    fit_one_page: bool = False
    page: PageStyle = field(default_factory=PageStyle)
    fonts: FontStyle = field(default_factory=FontStyle)
    colors: ColorStyle = field(default_factory=ColorStyle)
    chart: ChartStyle = field(default_factory=ChartStyle)
    labels: Labels = field(default_factory=Labels)
    folder: Path | None = None  # where style.toml was found (None for the built-in default)
    reference_docx: Path | None = None


# --- validation --------------------------------------------------------------------------------

_TABLES: dict[str, type] = {
    "page": PageStyle,
    "fonts": FontStyle,
    "colors": ColorStyle,
    "chart": ChartStyle,
    "labels": Labels,
}
_CONTENT_KEYS = (
    "summary_sentences",
    "article_cap",
    "key_points",
    "max_dates",
    "sentences_per_date",
    "sections",
    "article_layout",
    "fit_one_page",
)
_TOP_KEYS = ("name", "description", "language", "content", *_TABLES)
# Inclusive ranges for numbers; chosen so that any value inside still gives a readable page.
_RANGES: dict[str, tuple[float, float]] = {
    "content.summary_sentences": (1, 20),
    "content.article_cap": (1, 10_000),
    "content.key_points": (0, 15),
    "content.max_dates": (0, 10_000),  # 0 = no limit
    "content.sentences_per_date": (1, 10),
    "page.margin_top_mm": (5, 60),
    "page.margin_bottom_mm": (5, 60),
    "page.margin_left_mm": (5, 60),
    "page.margin_right_mm": (5, 60),
    "fonts.body_size": (6, 16),
    "fonts.small_size": (5, 14),
    "fonts.title_size": (10, 48),
    "fonts.h1_size": (8, 32),
    "fonts.h2_size": (7, 24),
    "fonts.leading": (1.0, 2.0),
    "chart.width_mm": (40, 260),
    "chart.height_mm": (20, 180),
}
_CHOICES: dict[str, tuple[str, ...]] = {
    "page.size": PAGE_SIZES,
    "fonts.body": FONT_FAMILIES,
    "fonts.headings": FONT_FAMILIES,
    "content.article_layout": ARTICLE_LAYOUTS,
}


def _check_value(where: str, key: str, value: Any, default: Any) -> Any:
    """Check one value against its default's type and the ranges/choices above."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise TemplateError(f"{where}: key {key!r} must be true or false, not {value!r}")
        return value
    if default is None:
        expected: tuple[type, ...] = (int,)
    elif isinstance(default, float):
        expected = (int, float)
    else:
        expected = (type(default),)
    if isinstance(value, bool) or not isinstance(value, expected):
        raise TemplateError(f"{where}: key {key!r} must be {expected[-1].__name__}, not {value!r}")
    return _check_range(where, key, value, default)


def _check_range(where: str, key: str, value: Any, default: Any) -> Any:
    """Ranges, choices, colours and placeholders for a value of the right type."""
    if key in _RANGES:
        low, high = _RANGES[key]
        if not low <= value <= high:
            raise TemplateError(f"{where}: key {key!r} = {value!r} is outside {low:g}…{high:g}")
    if key in _CHOICES and value not in _CHOICES[key]:
        raise TemplateError(f"{where}: key {key!r} = {value!r}; choose one of {', '.join(_CHOICES[key])}")
    if key.startswith("colors.") and not _HEX.fullmatch(value):
        raise TemplateError(f'{where}: key {key!r} = {value!r} is not a colour like "#1F4E79"')
    if key.startswith("labels.") and ("{" in value or "}" in value):
        _check_placeholders(where, key, value, getattr(Labels(), key.split(".", 1)[1]))
    return float(value) if isinstance(default, float) else value


def _check_placeholders(where: str, key: str, value: str, default: str) -> None:
    """A label may drop or reorder placeholders but not invent ones the renderer cannot fill."""
    allowed = set(re.findall(r"{(\w+)}", default))
    unknown = set(re.findall(r"{(\w*)}", value)) - allowed
    if unknown:
        raise TemplateError(
            f"{where}: key {key!r} uses unknown placeholder {{{sorted(unknown)[0]}}}; "
            f"allowed: {', '.join(sorted(allowed)) or 'none'}"
        )
    try:
        value.format(**dict.fromkeys(allowed, 1))
    except (KeyError, ValueError, IndexError) as exc:
        raise TemplateError(
            f"{where}: key {key!r} = {value!r} is not a valid label ({exc}); "
            "write a literal brace as {{ or }}"
        ) from exc


def _sub_table(where: str, prefix: str, raw: Any, cls: type) -> Any:
    if not isinstance(raw, dict):
        raise TemplateError(f"{where}: key {prefix!r} must be a table ([{prefix}])")
    defaults = cls()
    names = {f.name for f in fields(cls)}
    values = {}
    for key, value in raw.items():
        if key not in names:
            raise TemplateError(f"{where}: unknown key '{prefix}.{key}'; known: {', '.join(sorted(names))}")
        values[key] = _check_value(where, f"{prefix}.{key}", value, getattr(defaults, key))
    return replace(defaults, **values)


def _content(where: str, raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise TemplateError(f"{where}: key 'content' must be a table ([content])")
    base = Template()
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in _CONTENT_KEYS:
            raise TemplateError(f"{where}: unknown key 'content.{key}'; known: {', '.join(_CONTENT_KEYS)}")
        if key == "sections":
            out[key] = _sections(where, value)
        elif key == "max_dates":
            out[key] = _check_value(where, "content.max_dates", value, 0) or None
        else:
            out[key] = _check_value(where, f"content.{key}", value, getattr(base, key))
    return out


def _sections(where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(s, str) for s in value):
        raise TemplateError(f"{where}: key 'content.sections' must be a non-empty list of names")
    for name in value:
        if name not in SECTIONS:
            raise TemplateError(
                f"{where}: key 'content.sections' has unknown section {name!r}; known: {', '.join(SECTIONS)}"
            )
    if len(set(value)) != len(value):
        raise TemplateError(f"{where}: key 'content.sections' lists a section twice")
    return tuple(value)


def parse_template(
    data: dict[str, Any], *, where: str = "style.toml", folder: Path | None = None
) -> Template:
    """Validate the parsed TOML of a style file and build the Template it describes."""
    for key in data:
        if key not in _TOP_KEYS:
            raise TemplateError(f"{where}: unknown key {key!r}; known: {', '.join(_TOP_KEYS)}")
    kwargs: dict[str, Any] = {}
    for key in ("name", "description", "language"):
        if key in data:
            kwargs[key] = _check_value(where, key, data[key], "")
    if "language" in kwargs and not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", kwargs["language"]):
        raise TemplateError(
            f'{where}: key \'language\' = {kwargs["language"]!r} is not a tag like "en" or "en-GB"'
        )
    if "content" in data:
        kwargs.update(_content(where, data["content"]))
    for key, cls in _TABLES.items():
        if key in data:
            kwargs[key] = _sub_table(where, key, data[key], cls)
    if "name" not in kwargs and folder is not None:
        kwargs["name"] = folder.name
    ref = folder / "reference.docx" if folder is not None else None
    return Template(
        folder=folder, reference_docx=ref if ref is not None and ref.is_file() else None, **kwargs
    )


# --- finding templates -------------------------------------------------------------------------


def templates_dir() -> Path | None:
    """The repository's ``templates/`` folder (the package sits beside it when installed editable),
    else the copy a wheel installs under ``<prefix>/share/briefing/templates``."""
    here = Path(__file__).resolve().parent
    shared = Path(sys.prefix) / "share" / "briefing" / "templates"
    for candidate in (here.parent / "templates", here / "templates", shared):
        if candidate.is_dir():
            return candidate
    return None


def available_templates() -> tuple[str, ...]:
    folder = templates_dir()
    if folder is None:
        return ()
    return tuple(sorted(p.parent.name for p in folder.glob("*/style.toml")))


def _locate(name_or_path: str) -> Path | None:
    """The style.toml a name or path means, or None when it names nothing."""
    path = Path(name_or_path).expanduser()
    if path.is_file():
        return path
    if path.is_dir() and (path / "style.toml").is_file():
        return path / "style.toml"
    folder = templates_dir()
    if folder is not None and re.fullmatch(r"[\w.-]+", name_or_path):
        candidate = folder / name_or_path / "style.toml"
        if candidate.is_file():
            return candidate
    return None


def load_template(name_or_path: str = "weekly") -> Template:
    """Load a template by name (``templates/<name>/``) or by a path to its folder or style.toml.

    The built-in ``weekly`` defaults are used when the repository's ``templates/`` folder is not
    there (e.g. a wheel installed without it) and ``weekly`` is asked for.
    """
    style = _locate(name_or_path)
    if style is None:
        if name_or_path == "weekly":
            return Template()
        known = ", ".join(available_templates()) or "weekly"
        raise TemplateError(
            f"template {name_or_path!r} not found: give a name ({known}) "
            "or a path to a folder holding style.toml"
        )
    try:
        with style.open("rb") as fh:  # tomllib insists on binary mode
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{style}: not valid TOML ({exc})") from exc
    except OSError as exc:
        raise TemplateError(f"{style}: cannot read ({exc.strerror or exc})") from exc
    return parse_template(data, where=str(style), folder=style.parent)
