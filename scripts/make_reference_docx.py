"""Generate templates/<name>/reference.docx from each template's style.toml.

    python scripts/make_reference_docx.py            # every template under templates/
    python scripts/make_reference_docx.py onepage    # just one

The DOCX renderer reuses the reference's styles, so an analyst may restyle a template in Word
and save it back; regenerate after changing fonts, sizes or colours in style.toml (a test
fails while a committed reference.docx is out of date). Output bytes are reproducible.
"""

from __future__ import annotations

import sys
from dataclasses import replace

from briefing.render.docx_styles import build_reference
from briefing.template import available_templates, load_template


def main(names: list[str]) -> int:
    for name in names or list(available_templates()):
        template = load_template(name)
        if template.folder is None:
            print(f"{name}: not a template folder", file=sys.stderr)
            return 1
        target = template.folder / "reference.docx"
        target.write_bytes(build_reference(replace(template, reference_docx=None)))
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
