"""Writing results safely: check the output folder first, then write each file atomically.

Every file goes to a temporary file in the target folder and is moved into place with
``os.replace``, so a failed run leaves earlier reports untouched and no temporary files behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from briefing.errors import OutputError


def check_output_dir(out_dir: Path) -> None:
    """Refuse an unusable output folder before any work is done (one line, naming it)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: output path is a file, not a folder; pass --out with a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot create the output folder ({exc.strerror or exc})") from exc
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise OutputError(f"{out_dir}: output folder is not writable; pass --out with a writable folder")
    # Root ignores permission bits, so os.access is not proof: try to create a file for real.
    try:
        fd, probe = tempfile.mkstemp(prefix=".briefing-probe-", dir=out_dir)
    except OSError as exc:
        raise OutputError(f"{out_dir}: output folder is not writable ({exc.strerror or exc})") from exc
    os.close(fd)
    os.unlink(probe)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and an atomic rename."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
