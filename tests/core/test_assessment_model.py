"""Schema and content completeness of the capability model (resources/assessment)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from workbench.core.assessment import (
    LENSES,
    Level,
    ModelValidationError,
    load_model,
    load_thresholds,
    parse_model,
    validate_model_data,
)
from workbench.core.resources import resource_path

SEED_THEMES = {
    "tagging-policy",
    "low-hanging-fruit",
    "basic-reporting",
    "rightsizing",
    "commitment-discounts",
    "showback",
    "chargeback",
    "unit-economics",
    "forecasting-business-plans",
    "anomaly-detection",
    "automation",
    "collaboration-culture",
    "executive-sponsorship",
    "finops-team",
    "education",
    "tco-architecture",
}


@pytest.fixture(scope="module")
def raw_model() -> dict[str, Any]:
    with resource_path("assessment", "model.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, dict)
    return data


def test_shipped_model_is_valid_against_schema(raw_model: dict[str, Any]) -> None:
    known = set(load_thresholds().kpis)
    assert validate_model_data(raw_model, known) == []


def test_model_is_versioned_with_four_domains_and_22_capabilities() -> None:
    model = load_model()
    assert model.model_version == "2026.1"
    assert [d.id for d in model.domains] == ["understand", "quantify", "optimize", "manage"]
    assert len(model.capabilities) == 22
    per_domain = {d.id: len(model.capabilities_in(d.id)) for d in model.domains}
    assert per_domain == {"understand": 4, "quantify": 5, "optimize": 5, "manage": 8}


def test_every_capability_is_complete_in_both_languages() -> None:
    model = load_model()
    for cap in model.capabilities:
        for text in (cap.name, cap.description, *cap.characteristics.values()):
            assert text.en.strip() and text.nl.strip(), cap.id
        assert set(cap.characteristics) == {Level.CRAWL, Level.WALK, Level.RUN}
        assert 3 <= len(cap.questions) <= 6, cap.id
        for question in cap.questions:
            assert question.text.en and question.text.nl
            assert 4 <= len(question.options) <= 5
            assert question.options[0].level == 0
            assert all(o.text.en and o.text.nl for o in question.options)
        assert set(cap.lenses) == set(LENSES)
        for lens, descriptions in cap.lenses.items():
            assert len(descriptions) == 5, (cap.id, lens)
            assert all(d.en and d.nl for d in descriptions)
        # The description is really translated, not copied.
        assert cap.description.en != cap.description.nl


def test_every_seed_theme_maps_to_a_capability() -> None:
    model = load_model()
    assert {t.id for t in model.themes} == SEED_THEMES
    for theme in SEED_THEMES:
        assert model.capabilities_for_theme(theme), theme


def test_starter_set_has_three_to_five_capabilities() -> None:
    assert 3 <= len(load_model().starter_set()) <= 5


def test_evidence_kpis_exist_in_thresholds_and_each_kpi_is_used() -> None:
    model = load_model()
    kpis = set(load_thresholds().kpis)
    used = {k for cap in model.capabilities for k in cap.evidence}
    assert used <= kpis
    assert used == kpis


def test_question_ids_are_unique_and_prefixed() -> None:
    model = load_model()
    ids = [q.id for c in model.capabilities for q in c.questions]
    assert len(ids) == len(set(ids))
    for cap in model.capabilities:
        assert all(q.id.startswith(cap.id + ".") for q in cap.questions)


def test_kept_english_terms_stay_english_in_dutch(raw_model: dict[str, Any]) -> None:
    text = yaml.safe_dump(raw_model, allow_unicode=True).lower()
    for banned in ("terugbelasting", "juiste maatvoering", "kruipen", "etikettering"):
        assert banned not in text


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["capabilities"][0]["name"].pop("nl"), "name.nl: missing text"),
        (lambda d: d["capabilities"][12]["questions"].pop(), "expected 3-6 questions"),
        (lambda d: d["capabilities"][2]["lenses"]["metrics"].pop(), "expected 5 level texts"),
        (lambda d: d["capabilities"][3]["questions"][0].update(lens="vibes"), ".lens"),
        (lambda d: d["capabilities"][4].update(domain="nowhere"), "unknown domain"),
        (lambda d: d["capabilities"][5]["characteristics"].pop("run"), "characteristics.run"),
        (lambda d: d["capabilities"][6].update(themes=["made-up"]), "unknown theme"),
        (lambda d: d["capabilities"][7].update(evidence=["made_up_kpi"]), "unknown KPI"),
        (lambda d: d.update(model_version=2026), "model_version"),
        (
            lambda d: d["capabilities"][8]["questions"][1].update(
                id=d["capabilities"][8]["questions"][0]["id"]
            ),
            "duplicate question id",
        ),
        (lambda d: d["capabilities"][9]["questions"][0]["options"].reverse(), "ascending"),
        (lambda d: d["capabilities"].pop(21), "'executive-sponsorship' is not covered"),
    ],
)
def test_validator_reports_clear_problems(
    raw_model: dict[str, Any], mutate: Any, expected: str
) -> None:
    broken = copy.deepcopy(raw_model)
    mutate(broken)
    problems = validate_model_data(broken, set(load_thresholds().kpis))
    assert any(expected in p for p in problems), problems
    with pytest.raises(ModelValidationError, match="capability model is invalid"):
        parse_model(broken, set(load_thresholds().kpis))


def test_validator_rejects_non_mapping() -> None:
    assert validate_model_data(["not", "a", "model"]) != []
