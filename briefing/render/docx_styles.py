"""DOCX styles from a template: applied to python-docx's default document, or read from the
template's ``reference.docx`` (generated from the same code by ``scripts/make_reference_docx.py``).

The renderer uses only the styles in ``REQUIRED_STYLES``; a reference.docx that lacks one is a
TemplateError that lists every missing style (python-docx would otherwise raise a bare KeyError
halfway through a document).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from briefing.errors import TemplateError
from briefing.render.fonts import DOCX_NAMES
from briefing.template import Template

REQUIRED_STYLES = (
    "Normal",
    "Title",
    "Heading 1",
    "Heading 2",
    "List Bullet",
    "Briefing Kicker",
    "Briefing Meta",
    "Briefing Cell",
    "Briefing Cell Head",
    "Hyperlink",
)
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold: no build time leaks in


def _hex(color: str) -> Any:
    from docx.shared import RGBColor

    return RGBColor.from_string(color.lstrip("#").upper())


def set_font(style_or_run: Any, family: str) -> None:
    """Set one font for every script (Latin, complex incl. Arabic, East Asian), dropping theme fonts
    that Word would otherwise prefer."""
    from docx.oxml.ns import qn

    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), family)


def _set_size(style: Any, points: float) -> None:
    """Size for Latin and complex scripts alike (``w:szCs`` is what Arabic runs use)."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    style.font.size = Pt(points)
    rpr = style.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:szCs")):
        rpr.remove(old)
    sz_cs = rpr.makeelement(qn("w:szCs"), {qn("w:val"): str(round(points * 2))})
    rpr.append(sz_cs)


def _language(style: Any, tag: str) -> None:
    from docx.oxml.ns import qn

    rpr = style.element.get_or_add_rPr()
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    rpr.append(rpr.makeelement(qn("w:lang"), {qn("w:val"): tag, qn("w:bidi"): "ar-SA"}))


def _paragraph_style(doc: Any, name: str, base: str) -> Any:
    from docx.enum.style import WD_STYLE_TYPE

    styles = doc.styles
    if name in [s.name for s in styles]:
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return style


def apply_styles(doc: Any, template: Template) -> None:
    """Give ``doc`` every style in REQUIRED_STYLES, looking the way the template says."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    f, c = template.fonts, template.colors
    body, heads = DOCX_NAMES[f.body], DOCX_NAMES[f.headings]
    normal = doc.styles["Normal"]
    set_font(normal, body)
    _set_size(normal, f.body_size)
    _language(normal, template.language)
    normal.font.color.rgb = _hex(c.text)
    normal.paragraph_format.space_after = Pt(f.body_size * 0.45)
    normal.paragraph_format.line_spacing = f.leading * 0.87  # Word's "single" is ~1.15 em already

    def heading(name: str, size: float, color: str, before: float, after: float) -> None:
        style = doc.styles[name]
        set_font(style, heads)
        _set_size(style, size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = _hex(color)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = True

    heading("Title", f.title_size, c.text, 0, f.title_size * 0.4)
    title_ppr = doc.styles["Title"].element.pPr
    if title_ppr is not None:  # the default Title has a blue bottom border: we draw our own rules
        from docx.oxml.ns import qn

        for border in title_ppr.findall(qn("w:pBdr")):
            title_ppr.remove(border)
    heading("Heading 1", f.h1_size, c.accent, f.body_size * 1.9, f.body_size * 0.6)
    heading("Heading 2", f.h2_size, c.text, f.body_size * 1.3, f.body_size * 0.2)
    bullet = doc.styles["List Bullet"]
    bullet.paragraph_format.space_after = Pt(f.body_size * 0.5)

    kicker = _paragraph_style(doc, "Briefing Kicker", "Normal")
    set_font(kicker, heads)
    _set_size(kicker, f.small_size)
    kicker.font.bold = True
    kicker.font.color.rgb = _hex(c.accent)
    kicker.paragraph_format.space_after = Pt(2)

    meta = _paragraph_style(doc, "Briefing Meta", "Normal")
    _set_size(meta, f.small_size)
    meta.font.color.rgb = _hex(c.muted)
    meta.paragraph_format.space_after = Pt(f.small_size * 0.4)

    cell = _paragraph_style(doc, "Briefing Cell", "Normal")
    _set_size(cell, f.body_size * 0.94)
    cell.paragraph_format.space_after = Pt(0)
    cell.paragraph_format.line_spacing = 1.05

    cell_head = _paragraph_style(doc, "Briefing Cell Head", "Briefing Cell")
    set_font(cell_head, heads)
    _set_size(cell_head, f.small_size)
    cell_head.font.bold = True
    cell_head.font.color.rgb = _hex(c.header_text)

    if "Hyperlink" not in [s.name for s in doc.styles]:
        link = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link.font.color.rgb = _hex(c.accent)
    else:
        doc.styles["Hyperlink"].font.color.rgb = _hex(c.accent)


def check_styles(doc: Any, where: str) -> None:
    present = {s.name for s in doc.styles}
    missing = [name for name in REQUIRED_STYLES if name not in present]
    if missing:
        raise TemplateError(
            f"{where}: reference.docx lacks the styles {', '.join(missing)}; "
            "regenerate it with scripts/make_reference_docx.py"
        )


def fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed member times and attributes, so equal documents are equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def build_reference(template: Template) -> bytes:
    """A reference.docx with the template's styles and page setup and no content."""
    import docx

    from briefing.render.docx_layout import set_page

    doc = docx.Document()
    apply_styles(doc, template)
    set_page(doc, template)
    props = doc.core_properties
    props.title, props.author, props.comments = f"briefing template {template.name}", "briefing", ""
    props.last_modified_by, props.revision = "briefing", 1
    from datetime import datetime

    props.created = props.modified = datetime(2000, 1, 1)
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())
