"""``assess --answers`` / ``--export`` round trip, clear errors, and the ``maturity`` kpis block."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from workbench.cli import main
from workbench.core.analysis.synthetic import SyntheticShape, synthetic_costs
from workbench.core.assessment import AssessmentState, assessment_results, load_model
from workbench.core.engagement import Engagement, EngagementMeta, load, save


def _engagement_file(tmp_path: Path) -> Path:
    engagement = Engagement(meta=EngagementMeta(client="Acme"))
    engagement.set_costs(synthetic_costs(SyntheticShape(rows=2_000, tag_sets=30, profiles=40)))
    path = tmp_path / "e.fwb"
    save(engagement, path)
    return path


def _answers() -> dict[str, Any]:
    model = load_model()
    allocation = model.capability("allocation")
    qids = [q.id for q in allocation.questions]
    return {
        "scope": "org",
        "scope_name": "Whole organisation",
        "capabilities": ["allocation", "reporting-analytics"],
        "participants": [
            {"id": "p1", "name": "An", "role": "finance"},
            {"id": "p2", "name": "Bo", "role": "engineering"},
        ],
        "answers": {
            "p1": {qids[0]: 3, qids[1]: "na", qids[2]: 1},
            "p2": {qids[0]: 1, qids[1]: "dont_know", qids[2]: "skip"},
        },
        "notes": {"allocation": "Owner tag is missing on most accounts"},
        "targets": {"allocation": "run"},
        "agreed_levels": {"allocation": {"level": "walk", "reason": "Agreed in the room"}},
        "evidence": [
            {
                "capability": "allocation",
                "kpi": "allocatable_share",
                "accepted": False,
                "level": "crawl",
                "reason": "Tags are set by hand",
            }
        ],
    }


def test_answers_then_export_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _engagement_file(tmp_path)
    answers_file = tmp_path / "answers.yaml"
    data = _answers()
    answers_file.write_text(yaml.safe_dump(data), encoding="utf-8")
    assert main(["assess", str(path), "--answers", str(answers_file)]) == 0
    out = tmp_path / "out.json"
    assert main(["assess", str(path), "--export", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    scope = exported["scopes"][0]
    assert scope["id"] == "org" and scope["name"] == "Whole organisation"
    assert scope["answers"] == data["answers"]
    assert scope["notes"] == data["notes"]
    assert scope["capabilities"] == data["capabilities"]
    assert [p["role"] for p in scope["participants"]] == ["finance", "engineering"]
    assert scope["overrides"]["allocation"]["level"] == "walk"
    assert scope["evidence"][0]["reason"] == "Tags are set by hand"
    # The saved engagement holds exactly what was exported.
    assert load(path).section("assessment") == exported


def test_scope_option_and_json_file(tmp_path: Path) -> None:
    path = _engagement_file(tmp_path)
    data = _answers()
    del data["scope"]
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(data), encoding="utf-8")
    assert main(["assess", str(path), "--answers", str(answers_file), "--scope", "team-a"]) == 0
    state = AssessmentState.from_dict(load(path).section("assessment"))
    assert [s.id for s in state.scopes] == ["team-a"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"answerz": {}}, "answerz: unknown key"),
        ({"answers": {"p1": {"allocation.nope": 2}}}, "answers.p1.allocation.nope"),
        ({"answers": {"p9": {}}}, "answers.p9: unknown participant"),
        ({"answers": {"p1": {"allocation.tag-policy": 7}}}, "is not 0..4"),
        ({"targets": {"allocation": "sprint"}}, "targets.allocation"),
        ({"notes": {"nope": "x"}}, "notes.nope: unknown capability"),
        ({"participants": [{"id": "p1", "role": "cto"}]}, "participants[0].role"),
    ],
)
def test_bad_answers_name_the_key_and_leave_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: dict[str, Any], message: str
) -> None:
    path = _engagement_file(tmp_path)
    before = path.read_bytes()
    data = {**_answers(), **change}
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(data), encoding="utf-8")
    assert main(["assess", str(path), "--answers", str(answers_file)]) == 2
    assert message in capsys.readouterr().err
    assert path.read_bytes() == before


def test_kpis_json_has_the_maturity_block(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _engagement_file(tmp_path)
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(_answers()), encoding="utf-8")
    assert main(["assess", str(path), "--answers", str(answers_file)]) == 0
    capsys.readouterr()
    assert main(["kpis", str(path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    block = document["maturity"]["scopes"][0]
    state = AssessmentState.from_dict(load(path).section("assessment"))
    results = assessment_results(load_model(), state, "org")
    by_id = {c["id"]: c for c in block["capabilities"]}
    for result in results.capabilities:
        level = None if result.current_level is None else result.current_level.key
        assert by_id[result.capability_id]["level"] == level
    assert by_id["allocation"]["level"] == "walk"
    assert by_id["allocation"]["target"] == "run" and by_id["allocation"]["gap"] == 1
    assert {d["id"] for d in block["domains"]} == {"understand", "quantify", "optimize", "manage"}
    evidence = {e["kpi_id"]: e for e in block["evidence"]}
    allocatable = evidence["allocatable_share"]
    assert allocatable["value"] is not None and allocatable["suggested_level"] is not None
    assert allocatable["decision"] == {
        "accepted": False,
        "level": "crawl",
        "reason": "Tags are set by hand",
    }
    assert evidence["tag_coverage_all_required"]["status"] == "ok"  # read via the dotted id


def test_kpis_without_assessment_has_no_maturity_block(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _engagement_file(tmp_path)
    assert main(["kpis", str(path), "--json"]) == 0
    assert "maturity" not in json.loads(capsys.readouterr().out)
