"""The answers file of ``finops-workbench assess --answers FILE`` (JSON or YAML).

One file fills one scope. Every key is optional except ``answers``; unknown keys are
errors that name the key, so a typo never passes silently::

    scope: org                      # scope id (the --scope option wins); created if missing
    scope_name: Whole organisation  # name of a new scope (default: the id)
    scope_kind: organisation        # organisation | business_unit | team | product | environment
    capabilities: [allocation, reporting-analytics]   # capabilities in focus (ids)
    participants:                   # respondents; role: finops | finance | engineering |
      - {id: p1, name: An, role: finance}             #   product | leadership | procurement
    answers:                        # participant id -> question id -> answer
      p1:
        allocation.q1: 3            # an answer option level 0..4
        allocation.q2: na           # or: na | dont_know | skip
    notes: {allocation: "Tag policy exists but is not enforced"}
    lens_scores: {allocation: {metrics: 2}}           # facilitator lens scores 0..4
    agreed_levels: {allocation: {level: walk, reason: "Agreed in the workshop"}}
    targets: {allocation: run}      # not_started | crawl | walk | run
    evidence:                       # decisions on evidence suggestions
      - {capability: allocation, kpi: allocatable_share, accepted: false,
         level: crawl, reason: "Tags are set by hand"}

Answers, notes and the other maps are merged into the scope: keys in the file replace the
stored ones, others stay. Participants are added or updated by id.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

import yaml

from workbench.cli.errors import CliError
from workbench.core.assessment import (
    LENSES,
    ROLES,
    SCOPE_KINDS,
    AssessmentState,
    CapabilityModel,
    EvidenceDecision,
    Level,
    LevelOverride,
    Participant,
    ScopeAssessment,
    suggest_level,
)
from workbench.core.assessment.evidence import KpiValue
from workbench.core.assessment.scoring import is_valid_answer
from workbench.core.assessment.thresholds import Thresholds

TOP_KEYS: Final = (
    "scope",
    "scope_name",
    "scope_kind",
    "capabilities",
    "participants",
    "answers",
    "notes",
    "lens_scores",
    "agreed_levels",
    "targets",
    "evidence",
)


def read_answers_file(path: Path) -> dict[str, Any]:
    """Parse JSON (``.json``) or YAML (anything else); the top level must be a mapping."""
    if not path.is_file():
        raise CliError(f"{path}: file not found")
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise CliError(f"{path}: not valid {path.suffix.lstrip('.') or 'YAML'}: {exc}") from None
    if not isinstance(data, dict):
        raise CliError(f"{path}: expected a mapping with an 'answers' key at the top")
    return data


def _map(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise CliError(f"{key}: expected a mapping")
    return value


def _level(raw: object, where: str) -> Level:
    try:
        return Level.from_key(str(raw))
    except ValueError:
        raise CliError(f"{where}: unknown level {raw!r} (not_started, crawl, walk, run)") from None


def _capability(model: CapabilityModel, cap_id: object, where: str) -> str:
    if not isinstance(cap_id, str) or not model.has_capability(cap_id):
        raise CliError(f"{where}: unknown capability {cap_id!r}")
    return cap_id


def _target_scope(
    state: AssessmentState, data: dict[str, Any], scope_opt: str | None
) -> ScopeAssessment:
    scope_id = scope_opt or data.get("scope") or "organisation"
    if not isinstance(scope_id, str) or not scope_id.strip():
        raise CliError("scope: expected a scope id")
    kind = data.get("scope_kind", "organisation")
    if kind not in SCOPE_KINDS:
        raise CliError(f"scope_kind: {kind!r} is not one of {', '.join(SCOPE_KINDS)}")
    for scope in state.scopes:
        if scope_id in (scope.id, scope.name):
            if "scope_kind" in data:
                scope.kind = kind
            return scope
    scope = ScopeAssessment(id=scope_id, name=str(data.get("scope_name") or scope_id), kind=kind)
    state.scopes.append(scope)
    return scope


def _participants(scope: ScopeAssessment, raw: object) -> None:
    if not isinstance(raw, list):
        raise CliError("participants: expected a list")
    for i, entry in enumerate(raw):
        where = f"participants[{i}]"
        if not isinstance(entry, dict):
            raise CliError(f"{where}: expected a mapping with id, name and role")
        extra = set(entry) - {"id", "name", "role"}
        if extra:
            raise CliError(f"{where}.{sorted(extra)[0]}: unknown key")
        pid, role = entry.get("id"), entry.get("role")
        if not isinstance(pid, str) or not pid:
            raise CliError(f"{where}.id: expected a participant id")
        if role not in ROLES:
            raise CliError(f"{where}.role: {role!r} is not one of {', '.join(ROLES)}")
        person = Participant(pid, str(entry.get("name") or pid), role)
        scope.participants = [p for p in scope.participants if p.id != pid] + [person]


def _answers(model: CapabilityModel, scope: ScopeAssessment, raw: dict[str, Any]) -> None:
    known_people = {p.id for p in scope.participants}
    question_ids = model.question_ids()
    for pid, by_question in raw.items():
        if pid not in known_people:
            raise CliError(f"answers.{pid}: unknown participant (list it under participants)")
        if not isinstance(by_question, dict):
            raise CliError(f"answers.{pid}: expected question id -> answer")
        for qid, value in by_question.items():
            where = f"answers.{pid}.{qid}"
            if qid not in question_ids:
                raise CliError(f"{where}: unknown question id")
            if not is_valid_answer(value):
                raise CliError(f"{where}: {value!r} is not 0..4, na, dont_know or skip")
            scope.set_answer(pid, qid, value)


def _lens_scores(model: CapabilityModel, scope: ScopeAssessment, raw: dict[str, Any]) -> None:
    for cap_id, lenses in raw.items():
        cap = _capability(model, cap_id, f"lens_scores.{cap_id}")
        if not isinstance(lenses, dict):
            raise CliError(f"lens_scores.{cap}: expected lens -> score")
        for lens, score in lenses.items():
            where = f"lens_scores.{cap}.{lens}"
            if lens not in LENSES:
                raise CliError(f"{where}: unknown lens ({', '.join(LENSES)})")
            if isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 4:
                raise CliError(f"{where}: expected a score 0..4")
            scope.lens_scores.setdefault(cap, {})[lens] = float(score)


def _agreed(model: CapabilityModel, scope: ScopeAssessment, raw: dict[str, Any]) -> None:
    for cap_id, entry in raw.items():
        where = f"agreed_levels.{cap_id}"
        cap = _capability(model, cap_id, where)
        if not isinstance(entry, dict) or not str(entry.get("reason", "")).strip():
            raise CliError(f"{where}: expected {{level: ..., reason: ...}} with a reason")
        scope.overrides[cap] = LevelOverride(
            _level(entry.get("level"), f"{where}.level"), str(entry["reason"])
        )


def _evidence(
    model: CapabilityModel,
    scope: ScopeAssessment,
    raw: object,
    values: dict[str, KpiValue],
    thresholds: Thresholds,
) -> None:
    if not isinstance(raw, list):
        raise CliError("evidence: expected a list")
    for i, entry in enumerate(raw):
        where = f"evidence[{i}]"
        if not isinstance(entry, dict):
            raise CliError(f"{where}: expected a mapping")
        extra = set(entry) - {"capability", "kpi", "accepted", "level", "reason"}
        if extra:
            raise CliError(f"{where}.{sorted(extra)[0]}: unknown key")
        cap = model.capability(_capability(model, entry.get("capability"), f"{where}.capability"))
        kpi_id = entry.get("kpi")
        if kpi_id not in cap.evidence:
            raise CliError(f"{where}.kpi: {kpi_id!r} is not evidence of {cap.id}")
        accepted = entry.get("accepted")
        if not isinstance(accepted, bool):
            raise CliError(f"{where}.accepted: expected true or false")
        reason = str(entry.get("reason", ""))
        if not accepted and not reason.strip():
            raise CliError(f"{where}.reason: an override needs a reason")
        level = None if accepted else _level(entry.get("level"), f"{where}.level")
        suggested = suggest_level(str(kpi_id), values.get(str(kpi_id)), thresholds).level
        scope.decide_evidence(
            EvidenceDecision(cap.id, str(kpi_id), suggested, accepted, level, reason)
        )


def apply_answers(
    model: CapabilityModel,
    state: AssessmentState,
    data: dict[str, Any],
    *,
    scope_opt: str | None,
    values: dict[str, KpiValue],
    thresholds: Thresholds,
) -> ScopeAssessment:
    """Validate ``data`` (see the module docstring) and merge it into ``state``."""
    unknown = [k for k in data if k not in TOP_KEYS]
    if unknown:
        raise CliError(f"{unknown[0]}: unknown key (expected one of {', '.join(TOP_KEYS)})")
    if "answers" not in data:
        raise CliError("answers: missing (participant id -> question id -> answer)")
    scope = _target_scope(state, data, scope_opt)
    if "capabilities" in data:
        caps = data["capabilities"]
        if not isinstance(caps, list):
            raise CliError("capabilities: expected a list of capability ids")
        scope.capabilities = [
            _capability(model, c, f"capabilities[{i}]") for i, c in enumerate(caps)
        ]
    if "participants" in data:
        _participants(scope, data["participants"])
    _answers(model, scope, _map(data, "answers"))
    for cap_id, note in _map(data, "notes").items():
        scope.notes[_capability(model, cap_id, f"notes.{cap_id}")] = str(note)
    _lens_scores(model, scope, _map(data, "lens_scores"))
    _agreed(model, scope, _map(data, "agreed_levels"))
    for cap_id, level in _map(data, "targets").items():
        cap = _capability(model, cap_id, f"targets.{cap_id}")
        scope.targets[cap] = _level(level, f"targets.{cap}")
    if "evidence" in data:
        _evidence(model, scope, data["evidence"], values, thresholds)
    return scope
