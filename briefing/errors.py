"""The exception hierarchy. The CLI maps these to exit codes in one place (``cli.EXIT_CODES``).

    BriefingError            anything the tool reports to a person in one line
    ├── InputError           an input file cannot be read as an article (names the file)
    ├── TemplateError        a template is missing or invalid (names the key)
    ├── OutputError          the output folder cannot be written
    └── UsageError           options that contradict each other

Messages name the file and, where possible, say how to fix the problem.
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base class: a problem the tool explains to the user in one line."""


class InputError(BriefingError):
    """An input file (or one record in it) cannot be read as an article."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class TemplateError(BriefingError):
    """A template is missing, unreadable or has an invalid key."""


class OutputError(BriefingError):
    """The output folder is unusable (a file, read-only, ...)."""


class UsageError(BriefingError):
    """Options that cannot be used together or have bad values."""
