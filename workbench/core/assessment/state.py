"""Assessment state of one engagement: scopes, participants, answers, decisions, history.

Serialises to plain JSON-able dicts (`to_dict` / `from_dict`) with a `schema_version`.
Answers are keyed by stable question ids; ids the current model does not know are kept
and round-tripped, but ignored by scoring. Levels are stored as keys ("crawl", ...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from workbench.core.assessment.model import LENSES, Level
from workbench.core.assessment.scoring import AnswerValue, is_valid_answer

SCHEMA_VERSION: Final = 1
ROLES: Final[tuple[str, ...]] = (
    "finops",
    "finance",
    "engineering",
    "product",
    "leadership",
    "procurement",
)
SCOPE_KINDS: Final[tuple[str, ...]] = (
    "organisation",
    "business_unit",
    "team",
    "product",
    "environment",
)


class StateFormatError(ValueError):
    """A stored assessment could not be read; the message names the offending field."""


def _level_out(level: Level | None) -> str | None:
    return None if level is None else level.key


def _level_in(raw: object, path: str) -> Level | None:
    if raw is None:
        return None
    if not isinstance(raw, str):
        raise StateFormatError(f"{path}: expected a level key or null, got {raw!r}")
    try:
        return Level.from_key(raw)
    except ValueError as exc:
        raise StateFormatError(f"{path}: {exc}") from None


def _obj(raw: object, path: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise StateFormatError(f"{path}: expected an object")
    return raw


def _str(raw: dict[str, Any], key: str, path: str, default: str | None = None) -> str:
    value = raw.get(key, default)
    if not isinstance(value, str):
        raise StateFormatError(f"{path}.{key}: expected text")
    return value


def _list(raw: dict[str, Any], key: str, path: str) -> list[Any]:
    value = raw.get(key, [])
    if not isinstance(value, list):
        raise StateFormatError(f"{path}.{key}: expected a list")
    return value


@dataclass
class Participant:
    id: str
    name: str
    role: str  # one of ROLES

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"participant {self.id}: role {self.role!r} not in {ROLES}")


@dataclass
class LevelOverride:
    """Agreed level set by the facilitator, overriding the computed one."""

    level: Level
    reason: str
    at: str = ""  # ISO timestamp

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise ValueError("an override of the computed level needs a reason")


@dataclass
class EvidenceDecision:
    """Facilitator's decision on one evidence suggestion: accepted, or overridden with reason."""

    capability_id: str
    kpi_id: str
    suggested_level: Level | None
    accepted: bool
    level: Level | None = None  # the level chosen instead, when not accepted
    reason: str = ""
    at: str = ""

    def __post_init__(self) -> None:
        if not self.accepted and not self.reason.strip():
            raise ValueError(f"overriding evidence {self.kpi_id} needs a reason")

    @property
    def effective_level(self) -> Level | None:
        return self.suggested_level if self.accepted else self.level


@dataclass
class HistoryEntry:
    """Snapshot of an earlier assessment of the same scope."""

    assessed_at: str
    model_version: str
    levels: dict[str, Level | None]
    percents: dict[str, float | None]
    targets: dict[str, Level | None]


@dataclass
class ScopeAssessment:
    id: str
    name: str
    kind: str = "organisation"
    capabilities: list[str] = field(default_factory=list)  # in focus; empty = none chosen yet
    participants: list[Participant] = field(default_factory=list)
    answers: dict[str, dict[str, AnswerValue]] = field(default_factory=dict)
    lens_scores: dict[str, dict[str, float]] = field(default_factory=dict)  # cap -> lens -> 0..4
    lens_weights: dict[str, float] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    overrides: dict[str, LevelOverride] = field(default_factory=dict)
    targets: dict[str, Level] = field(default_factory=dict)
    evidence: list[EvidenceDecision] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    updated_at: str = ""

    def set_answer(self, participant_id: str, question_id: str, value: AnswerValue) -> None:
        if not is_valid_answer(value):
            raise ValueError(f"answer {value!r}: expected 0..4, 'na', 'dont_know' or 'skip'")
        self.answers.setdefault(participant_id, {})[question_id] = value

    def roles(self) -> dict[str, str]:
        return {p.id: p.role for p in self.participants}

    def decide_evidence(self, decision: EvidenceDecision) -> None:
        """Record a decision, replacing an earlier one for the same capability and KPI."""
        self.evidence = [
            d
            for d in self.evidence
            if (d.capability_id, d.kpi_id) != (decision.capability_id, decision.kpi_id)
        ] + [decision]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "capabilities": list(self.capabilities),
            "participants": [
                {"id": p.id, "name": p.name, "role": p.role} for p in self.participants
            ],
            "answers": {pid: dict(by_q) for pid, by_q in self.answers.items()},
            "lens_scores": {cap: dict(lenses) for cap, lenses in self.lens_scores.items()},
            "lens_weights": dict(self.lens_weights),
            "notes": dict(self.notes),
            "overrides": {
                cap: {"level": o.level.key, "reason": o.reason, "at": o.at}
                for cap, o in self.overrides.items()
            },
            "targets": {cap: level.key for cap, level in self.targets.items()},
            "evidence": [
                {
                    "capability_id": d.capability_id,
                    "kpi_id": d.kpi_id,
                    "suggested_level": _level_out(d.suggested_level),
                    "accepted": d.accepted,
                    "level": _level_out(d.level),
                    "reason": d.reason,
                    "at": d.at,
                }
                for d in self.evidence
            ],
            "history": [
                {
                    "assessed_at": h.assessed_at,
                    "model_version": h.model_version,
                    "levels": {c: _level_out(lv) for c, lv in h.levels.items()},
                    "percents": dict(h.percents),
                    "targets": {c: _level_out(lv) for c, lv in h.targets.items()},
                }
                for h in self.history
            ],
            "updated_at": self.updated_at,
        }

    @classmethod
    def from_dict(cls, raw: object, path: str = "scope") -> ScopeAssessment:
        data = _obj(raw, path)
        try:
            return cls(
                id=_str(data, "id", path),
                name=_str(data, "name", path, ""),
                kind=_str(data, "kind", path, "organisation"),
                capabilities=[str(c) for c in _list(data, "capabilities", path)],
                participants=[
                    Participant(
                        id=_str(p, "id", f"{path}.participants[{i}]"),
                        name=_str(p, "name", f"{path}.participants[{i}]", ""),
                        role=_str(p, "role", f"{path}.participants[{i}]"),
                    )
                    for i, p in enumerate(
                        _obj(p, f"{path}.participants") for p in _list(data, "participants", path)
                    )
                ],
                answers=_answers_in(data.get("answers", {}), f"{path}.answers"),
                lens_scores=_lens_scores_in(data.get("lens_scores", {}), f"{path}.lens_scores"),
                lens_weights=_floats_in(data.get("lens_weights", {}), f"{path}.lens_weights"),
                notes={str(k): str(v) for k, v in _obj(data.get("notes", {}), path).items()},
                overrides={
                    cap: LevelOverride(
                        level=_required_level(o, f"{path}.overrides.{cap}"),
                        reason=_str(o, "reason", f"{path}.overrides.{cap}"),
                        at=_str(o, "at", f"{path}.overrides.{cap}", ""),
                    )
                    for cap, o in _obj(data.get("overrides", {}), f"{path}.overrides").items()
                },
                targets={
                    cap: _required_level({"level": lv}, f"{path}.targets.{cap}")
                    for cap, lv in _obj(data.get("targets", {}), f"{path}.targets").items()
                },
                evidence=[
                    _evidence_in(e, f"{path}.evidence[{i}]")
                    for i, e in enumerate(_list(data, "evidence", path))
                ],
                history=[
                    _history_in(h, f"{path}.history[{i}]")
                    for i, h in enumerate(_list(data, "history", path))
                ],
                updated_at=_str(data, "updated_at", path, ""),
            )
        except (ValueError, AttributeError) as exc:
            if isinstance(exc, StateFormatError):
                raise
            raise StateFormatError(f"{path}: {exc}") from None


def _required_level(raw: object, path: str) -> Level:
    level = _level_in(_obj(raw, path).get("level"), f"{path}.level")
    if level is None:
        raise StateFormatError(f"{path}.level: a level is required")
    return level


def _answers_in(raw: object, path: str) -> dict[str, dict[str, AnswerValue]]:
    out: dict[str, dict[str, AnswerValue]] = {}
    for pid, by_q in _obj(raw, path).items():
        given = out.setdefault(str(pid), {})
        for qid, value in _obj(by_q, f"{path}.{pid}").items():
            if not is_valid_answer(value):
                raise StateFormatError(f"{path}.{pid}.{qid}: invalid answer {value!r}")
            given[str(qid)] = value
    return out


def _floats_in(raw: object, path: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for key, value in _obj(raw, path).items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise StateFormatError(f"{path}.{key}: expected a number")
        out[str(key)] = float(value)
    return out


def _lens_scores_in(raw: object, path: str) -> dict[str, dict[str, float]]:
    out = {str(cap): _floats_in(v, f"{path}.{cap}") for cap, v in _obj(raw, path).items()}
    for cap, lenses in out.items():
        for lens, score in lenses.items():
            if lens not in LENSES or not 0 <= score <= 4:
                raise StateFormatError(f"{path}.{cap}.{lens}: expected a lens scored 0..4")
    return out


def _evidence_in(raw: object, path: str) -> EvidenceDecision:
    data = _obj(raw, path)
    accepted = data.get("accepted")
    if not isinstance(accepted, bool):
        raise StateFormatError(f"{path}.accepted: expected true or false")
    return EvidenceDecision(
        capability_id=_str(data, "capability_id", path),
        kpi_id=_str(data, "kpi_id", path),
        suggested_level=_level_in(data.get("suggested_level"), f"{path}.suggested_level"),
        accepted=accepted,
        level=_level_in(data.get("level"), f"{path}.level"),
        reason=_str(data, "reason", path, ""),
        at=_str(data, "at", path, ""),
    )


def _history_in(raw: object, path: str) -> HistoryEntry:
    data = _obj(raw, path)
    percents: dict[str, float | None] = {}
    for cap, value in _obj(data.get("percents", {}), f"{path}.percents").items():
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise StateFormatError(f"{path}.percents.{cap}: expected a number or null")
        percents[str(cap)] = None if value is None else float(value)
    return HistoryEntry(
        assessed_at=_str(data, "assessed_at", path),
        model_version=_str(data, "model_version", path, ""),
        levels={
            str(c): _level_in(v, f"{path}.levels.{c}")
            for c, v in _obj(data.get("levels", {}), f"{path}.levels").items()
        },
        percents=percents,
        targets={
            str(c): _level_in(v, f"{path}.targets.{c}")
            for c, v in _obj(data.get("targets", {}), f"{path}.targets").items()
        },
    )


@dataclass
class AssessmentState:
    """Everything assessed in one engagement (several scopes)."""

    scopes: list[ScopeAssessment] = field(default_factory=list)
    model_version: str = ""
    threshold_overrides: dict[str, dict[str, Any]] = field(default_factory=dict)

    def scope(self, scope_id: str) -> ScopeAssessment:
        for scope in self.scopes:
            if scope.id == scope_id:
                return scope
        raise KeyError(f"unknown scope {scope_id!r}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "model_version": self.model_version,
            "threshold_overrides": {k: dict(v) for k, v in self.threshold_overrides.items()},
            "scopes": [s.to_dict() for s in self.scopes],
        }

    @classmethod
    def from_dict(cls, raw: object) -> AssessmentState:
        data = _obj(raw, "assessment")
        version = data.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise StateFormatError("assessment.schema_version: expected an integer")
        if version > SCHEMA_VERSION:
            raise StateFormatError(
                f"assessment.schema_version {version} is newer than this app ({SCHEMA_VERSION})"
            )
        scopes = [
            ScopeAssessment.from_dict(s, f"scopes[{i}]")
            for i, s in enumerate(_list(data, "scopes", "assessment"))
        ]
        ids = [s.id for s in scopes]
        if len(ids) != len(set(ids)):
            raise StateFormatError("assessment.scopes: scope ids must be unique")
        overrides = _obj(data.get("threshold_overrides", {}), "assessment.threshold_overrides")
        return cls(
            scopes=scopes,
            model_version=_str(data, "model_version", "assessment", ""),
            threshold_overrides={
                str(k): dict(_obj(v, f"threshold_overrides.{k}")) for k, v in overrides.items()
            },
        )
