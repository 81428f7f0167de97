"""Typed, immutable capability model (domains, capabilities, questions, lenses)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import Final, Literal

Lang = Literal["en", "nl"]
LANGS: Final[tuple[Lang, ...]] = ("en", "nl")
LENSES: Final[tuple[str, ...]] = ("knowledge", "process", "metrics", "adoption", "automation")
LENS_MAX: Final = 4
BUSINESS_VALUES: Final[tuple[str, ...]] = ("high", "medium", "low")


class Level(IntEnum):
    """Maturity level of one capability. "Not started" sits below Crawl."""

    NOT_STARTED = 0
    CRAWL = 1
    WALK = 2
    RUN = 3

    @property
    def key(self) -> str:
        return self.name.lower()

    @classmethod
    def from_key(cls, key: str) -> Level:
        try:
            return cls[key.upper()]
        except KeyError:
            raise ValueError(f"unknown level {key!r}; expected one of {LEVEL_KEYS}") from None


LEVEL_KEYS: Final[tuple[str, ...]] = ("not_started", "crawl", "walk", "run")


@dataclass(frozen=True)
class Text:
    """A user-facing text in both languages."""

    en: str
    nl: str

    def get(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en

    def to_dict(self) -> dict[str, str]:
        return {"en": self.en, "nl": self.nl}


@dataclass(frozen=True)
class AnswerOption:
    level: int  # 0..4 on the lens scale
    text: Text


@dataclass(frozen=True)
class Question:
    id: str
    lens: str
    text: Text
    options: tuple[AnswerOption, ...]

    def option_for(self, level: int) -> AnswerOption | None:
        return next((o for o in self.options if o.level == level), None)


@dataclass(frozen=True)
class Capability:
    id: str
    domain: str
    name: Text
    description: Text
    characteristics: Mapping[Level, Text]  # CRAWL, WALK, RUN
    questions: tuple[Question, ...]
    lenses: Mapping[str, tuple[Text, ...]]  # lens -> 5 descriptions (0..4)
    themes: tuple[str, ...]
    evidence: tuple[str, ...]
    starter: bool
    business_value: str

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


@dataclass(frozen=True)
class Domain:
    id: str
    name: Text


@dataclass(frozen=True)
class Theme:
    id: str
    name: Text


@dataclass(frozen=True)
class LensScale:
    """Generic name of a lens and of its five score levels (0..4)."""

    id: str
    name: Text
    levels: tuple[Text, ...]


@dataclass(frozen=True)
class CapabilityModel:
    model_version: str
    framework_edition: str
    level_names: Mapping[Level, Text]
    lens_scales: Mapping[str, LensScale]
    domains: tuple[Domain, ...]
    themes: tuple[Theme, ...]
    capabilities: tuple[Capability, ...]

    def capability(self, capability_id: str) -> Capability:
        for cap in self.capabilities:
            if cap.id == capability_id:
                return cap
        raise KeyError(f"unknown capability {capability_id!r}")

    def has_capability(self, capability_id: str) -> bool:
        return any(c.id == capability_id for c in self.capabilities)

    def domain(self, domain_id: str) -> Domain:
        for dom in self.domains:
            if dom.id == domain_id:
                return dom
        raise KeyError(f"unknown domain {domain_id!r}")

    def capabilities_in(self, domain_id: str) -> tuple[Capability, ...]:
        return tuple(c for c in self.capabilities if c.domain == domain_id)

    def starter_set(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.capabilities if c.starter)

    def question_ids(self) -> frozenset[str]:
        return frozenset(q.id for c in self.capabilities for q in c.questions)

    def capabilities_for_theme(self, theme_id: str) -> tuple[str, ...]:
        return tuple(c.id for c in self.capabilities if theme_id in c.themes)
