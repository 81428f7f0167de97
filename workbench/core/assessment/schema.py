"""Hand-written schema validation for the capability model YAML.

Every problem is reported with its path (for example
`capabilities[3] (allocation).questions[1].options[2].nl: missing text`), so a content
editor can fix the YAML without reading code. All problems are collected, not just the first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from workbench.core.assessment.model import BUSINESS_VALUES, LANGS, LENS_MAX, LENSES, LEVEL_KEYS

MIN_QUESTIONS: Final = 3
MAX_QUESTIONS: Final = 6
MIN_OPTIONS: Final = 4
MAX_OPTIONS: Final = 5
CHARACTERISTIC_LEVELS: Final = ("crawl", "walk", "run")


class ModelValidationError(ValueError):
    """The model file breaks the schema; `problems` lists every issue found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "\n  - ".join(problems[:30])
        more = f"\n  ... and {len(problems) - 30} more" if len(problems) > 30 else ""
        super().__init__(
            f"capability model is invalid ({len(problems)} problems):\n  - {shown}{more}"
        )


def check_text(value: object, path: str, problems: list[str]) -> None:
    """A bilingual text: a mapping with non-empty `en` and `nl` strings."""
    if not isinstance(value, dict):
        problems.append(f"{path}: expected a mapping with 'en' and 'nl' texts")
        return
    for lang in LANGS:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{path}.{lang}: missing text")


def _require_list(value: object, path: str, problems: list[str]) -> list[object]:
    if not isinstance(value, list):
        problems.append(f"{path}: expected a list")
        return []
    return value


def _require_str(mapping: dict[str, object], key: str, path: str, problems: list[str]) -> str:
    value = mapping.get(key)
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{path}.{key}: expected a non-empty string")
        return ""
    return value


def _check_unique(ids: Iterable[str], what: str, problems: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item and item in seen:
            problems.append(f"duplicate {what} id {item!r}")
        seen.add(item)


def _check_question(raw: object, path: str, cap_id: str, problems: list[str]) -> str:
    if not isinstance(raw, dict):
        problems.append(f"{path}: expected a mapping")
        return ""
    qid = _require_str(raw, "id", path, problems)
    if qid and not qid.startswith(f"{cap_id}."):
        problems.append(f"{path}.id: {qid!r} must start with '{cap_id}.'")
    if raw.get("lens") not in LENSES:
        problems.append(f"{path}.lens: expected one of {', '.join(LENSES)}")
    check_text(raw.get("text"), f"{path}.text", problems)
    options = _require_list(raw.get("options"), f"{path}.options", problems)
    if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
        problems.append(f"{path}.options: expected {MIN_OPTIONS}-{MAX_OPTIONS} options")
    levels: list[int] = []
    for j, opt in enumerate(options):
        opath = f"{path}.options[{j}]"
        if not isinstance(opt, dict):
            problems.append(f"{opath}: expected a mapping")
            continue
        level = opt.get("level")
        if not isinstance(level, int) or isinstance(level, bool) or not 0 <= level <= LENS_MAX:
            problems.append(f"{opath}.level: expected an integer 0..{LENS_MAX}")
        else:
            levels.append(level)
        check_text(opt, opath, problems)
    if levels != sorted(set(levels)):
        problems.append(f"{path}.options: levels must be unique and ascending")
    if levels and levels[0] != 0:
        problems.append(f"{path}.options: the first option must be level 0 (not started)")
    return qid


def _check_capability(
    raw: object,
    path: str,
    domains: set[str],
    themes: set[str],
    kpis: set[str] | None,
    problems: list[str],
) -> tuple[str, list[str]]:
    if not isinstance(raw, dict):
        problems.append(f"{path}: expected a mapping")
        return "", []
    cap_id = _require_str(raw, "id", path, problems)
    path = f"{path} ({cap_id})"
    if raw.get("domain") not in domains:
        problems.append(f"{path}.domain: unknown domain {raw.get('domain')!r}")
    for key in ("name", "description"):
        check_text(raw.get(key), f"{path}.{key}", problems)
    chars = raw.get("characteristics")
    if not isinstance(chars, dict):
        problems.append(f"{path}.characteristics: expected crawl/walk/run texts")
    else:
        for level in CHARACTERISTIC_LEVELS:
            check_text(chars.get(level), f"{path}.characteristics.{level}", problems)
    if not isinstance(raw.get("starter"), bool):
        problems.append(f"{path}.starter: expected true or false")
    if raw.get("business_value") not in BUSINESS_VALUES:
        problems.append(f"{path}.business_value: expected one of {', '.join(BUSINESS_VALUES)}")
    for theme in _require_list(raw.get("themes"), f"{path}.themes", problems):
        if theme not in themes:
            problems.append(f"{path}.themes: unknown theme {theme!r}")
    for kpi in _require_list(raw.get("evidence"), f"{path}.evidence", problems):
        if not isinstance(kpi, str) or (kpis is not None and kpi not in kpis):
            problems.append(f"{path}.evidence: unknown KPI {kpi!r}")
    questions = _require_list(raw.get("questions"), f"{path}.questions", problems)
    if not MIN_QUESTIONS <= len(questions) <= MAX_QUESTIONS:
        problems.append(f"{path}.questions: expected {MIN_QUESTIONS}-{MAX_QUESTIONS} questions")
    qids = [
        _check_question(q, f"{path}.questions[{i}]", cap_id, problems)
        for i, q in enumerate(questions)
    ]
    lenses = raw.get("lenses")
    if not isinstance(lenses, dict):
        problems.append(f"{path}.lenses: expected a mapping of the five lenses")
    else:
        for lens in LENSES:
            descs = _require_list(lenses.get(lens), f"{path}.lenses.{lens}", problems)
            if len(descs) != LENS_MAX + 1:
                problems.append(f"{path}.lenses.{lens}: expected {LENS_MAX + 1} level texts (0..4)")
            for k, desc in enumerate(descs):
                check_text(desc, f"{path}.lenses.{lens}[{k}]", problems)
        for extra in set(lenses) - set(LENSES):
            problems.append(f"{path}.lenses: unknown lens {extra!r}")
    return cap_id, qids


def validate_model_data(raw: object, known_kpis: set[str] | None = None) -> list[str]:
    """All schema problems of a parsed model file (empty list = valid)."""
    problems: list[str] = []
    if not isinstance(raw, dict):
        return ["model: expected a mapping at the top level"]
    version = raw.get("model_version")
    if not isinstance(version, str) or not version.strip():
        problems.append('model_version: expected a quoted version string such as "2026.1"')
    levels = _require_list(raw.get("levels"), "levels", problems)
    keys = [lv.get("key") if isinstance(lv, dict) else None for lv in levels]
    if keys != list(LEVEL_KEYS):
        problems.append(f"levels: expected keys {list(LEVEL_KEYS)} in that order")
    for i, lv in enumerate(levels):
        check_text(lv, f"levels[{i}]", problems)
    scale = raw.get("lens_scale")
    if not isinstance(scale, dict) or set(scale) != set(LENSES):
        problems.append(f"lens_scale: expected exactly the lenses {', '.join(LENSES)}")
    else:
        for lens in LENSES:
            entry = scale[lens]
            if not isinstance(entry, dict):
                problems.append(f"lens_scale.{lens}: expected a mapping")
                continue
            check_text(entry.get("name"), f"lens_scale.{lens}.name", problems)
            names = _require_list(entry.get("levels"), f"lens_scale.{lens}.levels", problems)
            if len(names) != LENS_MAX + 1:
                problems.append(f"lens_scale.{lens}.levels: expected {LENS_MAX + 1} names")
            for k, name in enumerate(names):
                check_text(name, f"lens_scale.{lens}.levels[{k}]", problems)
    domain_ids: list[str] = []
    for i, dom in enumerate(_require_list(raw.get("domains"), "domains", problems)):
        if not isinstance(dom, dict):
            problems.append(f"domains[{i}]: expected a mapping")
            continue
        domain_ids.append(_require_str(dom, "id", f"domains[{i}]", problems))
        check_text(dom.get("name"), f"domains[{i}].name", problems)
    theme_ids: list[str] = []
    for i, theme in enumerate(_require_list(raw.get("themes"), "themes", problems)):
        if not isinstance(theme, dict):
            problems.append(f"themes[{i}]: expected a mapping")
            continue
        theme_ids.append(_require_str(theme, "id", f"themes[{i}]", problems))
        check_text(theme, f"themes[{i}]", problems)
    _check_unique(domain_ids, "domain", problems)
    _check_unique(theme_ids, "theme", problems)
    cap_ids: list[str] = []
    question_ids: list[str] = []
    used_themes: set[str] = set()
    used_domains: set[str] = set()
    for i, cap in enumerate(_require_list(raw.get("capabilities"), "capabilities", problems)):
        cap_id, qids = _check_capability(
            cap, f"capabilities[{i}]", set(domain_ids), set(theme_ids), known_kpis, problems
        )
        cap_ids.append(cap_id)
        question_ids.extend(qids)
        if isinstance(cap, dict):
            used_themes.update(t for t in cap.get("themes") or [] if isinstance(t, str))
            used_domains.add(str(cap.get("domain")))
    _check_unique(cap_ids, "capability", problems)
    _check_unique(question_ids, "question", problems)
    for theme_id in theme_ids:
        if theme_id not in used_themes:
            problems.append(f"themes: {theme_id!r} is not covered by any capability")
    for domain_id in domain_ids:
        if domain_id not in used_domains:
            problems.append(f"domains: {domain_id!r} has no capabilities")
    return problems
