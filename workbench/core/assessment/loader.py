"""Load and validate the capability model from `resources/assessment/model.yaml`."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

from workbench.core.assessment.model import (
    LENSES,
    AnswerOption,
    Capability,
    CapabilityModel,
    Domain,
    LensScale,
    Level,
    Question,
    Text,
    Theme,
)
from workbench.core.assessment.schema import ModelValidationError, validate_model_data
from workbench.core.resources import resource_path

MODEL_FILE = "model.yaml"


def read_yaml(path: Path) -> object:
    """Parse a YAML file with the safe loader (data files never run code)."""
    # The C loader is a safe loader too, and parses the large model file much faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


def _text(raw: Any) -> Text:
    return Text(en=str(raw["en"]).strip(), nl=str(raw["nl"]).strip())


def _question(raw: Any) -> Question:
    options = tuple(AnswerOption(level=int(o["level"]), text=_text(o)) for o in raw["options"])
    return Question(id=raw["id"], lens=raw["lens"], text=_text(raw["text"]), options=options)


def _capability(raw: Any) -> Capability:
    chars = raw["characteristics"]
    return Capability(
        id=raw["id"],
        domain=raw["domain"],
        name=_text(raw["name"]),
        description=_text(raw["description"]),
        characteristics={
            Level.CRAWL: _text(chars["crawl"]),
            Level.WALK: _text(chars["walk"]),
            Level.RUN: _text(chars["run"]),
        },
        questions=tuple(_question(q) for q in raw["questions"]),
        lenses={lens: tuple(_text(t) for t in raw["lenses"][lens]) for lens in LENSES},
        themes=tuple(raw["themes"]),
        evidence=tuple(raw["evidence"]),
        starter=bool(raw["starter"]),
        business_value=raw["business_value"],
    )


def parse_model(raw: object, known_kpis: set[str] | None = None) -> CapabilityModel:
    """Validate a parsed model document and build the typed model."""
    problems = validate_model_data(raw, known_kpis)
    if problems:
        raise ModelValidationError(problems)
    assert isinstance(raw, dict)  # guaranteed by the validator
    scale = raw["lens_scale"]
    return CapabilityModel(
        model_version=raw["model_version"],
        framework_edition=str(raw.get("framework_edition", "")),
        level_names={Level(i): _text(lv) for i, lv in enumerate(raw["levels"])},
        lens_scales={
            lens: LensScale(
                id=lens,
                name=_text(scale[lens]["name"]),
                levels=tuple(_text(t) for t in scale[lens]["levels"]),
            )
            for lens in LENSES
        },
        domains=tuple(Domain(id=d["id"], name=_text(d["name"])) for d in raw["domains"]),
        themes=tuple(Theme(id=t["id"], name=_text(t)) for t in raw["themes"]),
        capabilities=tuple(_capability(c) for c in raw["capabilities"]),
    )


def load_model(path: Path | None = None) -> CapabilityModel:
    """The capability model (both languages); raises ModelValidationError when invalid.

    The shipped model is parsed once per process; an explicit path is always re-read."""
    if path is None:
        return _shipped_model()
    return parse_model(read_yaml(path))


@functools.cache
def _shipped_model() -> CapabilityModel:
    return parse_model(read_yaml(resource_path("assessment", MODEL_FILE)))
