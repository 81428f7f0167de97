"""Dutch rendering of the import engine's messages (warnings, errors, rejected-row reasons).

The engine writes stable English text: it is stored in the engagement's import history and
printed by ``inspect --json``, so it never changes with the UI language. Where people read
the messages (the Import page, the PDF's data sources) they are rendered with
:func:`localise_message`, which matches the English text against the ordered catalogue in
:mod:`workbench.core.importing.messages_nl_catalogue` and fills the Dutch template with the
captured file names, numbers and column names.

A message the catalogue does not know stays English as a whole: a half-translated sentence
or a wrong guess is worse than the original. A message made of other messages (a rejected
file's first bad row, "(and 3 more rejected row(s))") is only translated when every part is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

from workbench.core.formatting import format_number

#: Turns one captured group into its Dutch text; None = no safe translation.
Converter = Callable[[str], "str | None"]

#: ``{name}`` is a (converted) group; ``{name|singular|plural}`` picks a word by the count.
_FIELD: Final = re.compile(r"\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}")


@dataclass(frozen=True)
class Message:
    """One English message shape and its Dutch template."""

    pattern: re.Pattern[str]
    dutch: str
    #: Group name -> converter (default: the captured text as it is).
    convert: Mapping[str, Converter] = field(default_factory=dict)


def message(pattern: str, dutch: str, **convert: Converter) -> Message:
    return Message(re.compile(pattern, re.DOTALL), dutch, convert)


def nested(text: str) -> str | None:
    """A group that is itself an engine message (e.g. a rejected row's reason)."""
    return translate(text)


def count(text: str) -> str | None:
    """A whole number in Dutch notation (1.234)."""
    return format_number(int(text), "nl") if text.isdigit() else None


def decimal(text: str) -> str | None:
    """A plain decimal (0.85) with a decimal comma (0,85)."""
    return text.replace(".", ",") if re.fullmatch(r"\d+(\.\d+)?", text) else None


def one_of(words: Mapping[str, str]) -> Converter:
    """A group with a few known English words, each with its Dutch word."""
    return words.get


def list_of(words: Mapping[str, str], sep: str = ", ") -> Converter:
    """A ``sep``-separated list of known English words."""

    def convert(text: str) -> str | None:
        out = [words.get(item) for item in text.split(sep)]
        return None if any(item is None for item in out) else sep.join(str(i) for i in out)

    return convert


def _fill(entry: Message, match: re.Match[str]) -> str | None:
    values: dict[str, str] = {}
    raw: dict[str, str] = {}
    for name, text in match.groupdict().items():
        if text is None:
            continue
        raw[name] = text
        converter = entry.convert.get(name)
        converted = text if converter is None else converter(text)
        if converted is None:
            return None
        values[name] = converted

    def field_text(found: re.Match[str]) -> str:
        name, singular, plural = found.group(1), found.group(2), found.group(3)
        if singular is None:
            return values[name]
        return singular if raw[name] == "1" else plural

    return _FIELD.sub(field_text, entry.dutch)


def translate(text: str) -> str | None:
    """The Dutch text of one engine message, or None when the catalogue does not know it."""
    from workbench.core.importing.messages_nl_catalogue import CATALOGUE

    for entry in CATALOGUE:
        match = entry.pattern.fullmatch(text)
        if match is not None:
            dutch = _fill(entry, match)
            if dutch is not None:
                return dutch
    return None


def localise_message(text: str, lang: str) -> str:
    """``text`` (an engine message) in ``lang``; English, and unknown messages, unchanged."""
    if not lang.lower().startswith("nl"):
        return text
    dutch = translate(text)
    return text if dutch is None else dutch
