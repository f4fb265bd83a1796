"""Fonts: the DejaVu TTF families, registered with reportlab and embedded in every PDF.

The 14 standard PDF fonts are Latin-only, so Greek, Cyrillic and Arabic names would come out as
boxes. DejaVu covers all of them and its licence allows redistribution; matplotlib (a dependency)
ships the files in its wheel, and Debian's ``fonts-dejavu-core`` is a fallback. Only DejaVu Sans
(regular and bold) has Arabic glyphs, so right-to-left runs are always set in ``RTL_FAMILY``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from briefing.errors import TemplateError

_FILES = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "serif": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
}
_FACES = ("", "-Bold", "-Italic", "-BoldItalic")
FAMILY_NAMES = {"sans": "BriefSans", "serif": "BriefSerif"}
RTL_FAMILY = "BriefRTL"
#: What Word and LibreOffice should use for the same families (DOCX names fonts, never embeds them).
DOCX_NAMES = {"sans": "DejaVu Sans", "serif": "DejaVu Serif"}


@dataclass(frozen=True)
class FontSet:
    regular: dict[str, str]  # family key ("sans"/"serif") -> registered regular face name
    paths: dict[str, Path]  # registered face name -> its TTF file
    rtl: str  # the registered face for right-to-left runs
    rtl_path: Path
    covered: dict[str, frozenset[int]]  # registered face name -> the code points it has


def _font_dirs() -> list[Path]:
    dirs = []
    try:
        import matplotlib

        dirs.append(Path(matplotlib.get_data_path()) / "fonts" / "ttf")
    except ImportError:  # matplotlib is a dependency, but a missing chart must not cost the fonts
        pass
    dirs.append(Path("/usr/share/fonts/truetype/dejavu"))
    return dirs


def find_font(filename: str) -> Path:
    for folder in _font_dirs():
        if (folder / filename).is_file():
            return folder / filename
    raise TemplateError(
        f"font {filename} not found (looked in matplotlib's fonts and "
        "/usr/share/fonts/truetype/dejavu); reinstall matplotlib"
    )


def families_for(body: str, headings: str) -> tuple[str, ...]:
    """The families a template needs registered: its own two, and sans (the fallback for glyphs
    a serif face lacks)."""
    return tuple(sorted({"sans", body, headings}))


@cache
def register_fonts(families: tuple[str, ...] = ("sans", "serif")) -> FontSet:
    """Register DejaVu ``families`` (and the RTL family) with reportlab, once per process.

    Each face takes ~70 ms to parse, so only the families a template uses are registered
    (``families_for``); registering one again later is harmless.
    """
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    paths: dict[str, Path] = {}
    for key in families:
        family, files = FAMILY_NAMES[key], _FILES[key]
        for face, filename in zip(_FACES, files, strict=True):
            path = find_font(filename)
            pdfmetrics.registerFont(TTFont(family + face, str(path)))
            paths[family + face] = path
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=family + "-Bold",
            italic=family + "-Italic",
            boldItalic=family + "-BoldItalic",
        )
    # Arabic exists only in DejaVu Sans regular/bold: italic requests fall back to upright.
    rtl_path = find_font("DejaVuSans.ttf")
    pdfmetrics.registerFont(TTFont(RTL_FAMILY, str(rtl_path)))
    pdfmetrics.registerFont(TTFont(RTL_FAMILY + "-Bold", str(find_font("DejaVuSans-Bold.ttf"))))
    for bold, italic, face in ((0, 0, ""), (1, 0, "-Bold"), (0, 1, ""), (1, 1, "-Bold")):
        addMapping(RTL_FAMILY, bold, italic, RTL_FAMILY + face)
    paths[RTL_FAMILY] = rtl_path
    covered = {name: frozenset(pdfmetrics.getFont(name).face.charToGlyph) for name in paths}
    return FontSet(
        regular={key: FAMILY_NAMES[key] for key in families}, paths=paths, rtl=RTL_FAMILY, rtl_path=rtl_path,
        covered=covered,
    )
