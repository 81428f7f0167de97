"""``assess``: fill in or export the maturity assessment of an engagement, headless.

``finops-workbench assess ENGAGEMENT --answers FILE.json|yaml [--scope NAME]`` validates the
answers file (format: :mod:`workbench.cli.assess_answers`), merges it into the engagement's
"assessment" section and saves the engagement atomically. Errors name the bad key and leave
the file untouched. ``--export FILE.json`` writes the whole assessment state (every scope)
as JSON; both options may be combined (answers first, then export).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from workbench.cli.assess_answers import apply_answers, read_answers_file
from workbench.cli.common import open_engagement
from workbench.cli.errors import CliError
from workbench.core.assessment import load_model, load_thresholds
from workbench.core.assessment.kpis import SECTION, engagement_evidence, load_state
from workbench.core.engagement import save

ANSWERS_HELP = """\
answers file (JSON or YAML), one scope per file. Keys (all optional except answers):
  scope, scope_name, scope_kind (organisation|business_unit|team|product|environment),
  capabilities [ids in focus], participants [{id, name, role}],
  answers {participant: {question_id: 0..4|na|dont_know|skip}},
  notes {capability: text}, lens_scores {capability: {lens: 0..4}},
  agreed_levels {capability: {level, reason}}, targets {capability: level},
  evidence [{capability, kpi, accepted, level, reason}].
Levels: not_started, crawl, walk, run. Unknown keys are errors."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = subparsers.add_parser(
        "assess",
        help="apply assessment answers from a file, or export the assessment",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cmd.add_argument("engagement", metavar="ENGAGEMENT", help="engagement file (.fwb)")
    cmd.add_argument("--answers", metavar="FILE", help=ANSWERS_HELP)
    cmd.add_argument("--scope", metavar="NAME", help="scope id or name (overrides the file)")
    cmd.add_argument("--export", metavar="FILE.json", help="write the assessment state as JSON")
    cmd.set_defaults(func=run_assess)


def _write_json_atomic(value: object, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(value, out, ensure_ascii=False, indent=2)
            out.write("\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run_assess(args: argparse.Namespace) -> int:
    if not args.answers and not args.export:
        raise CliError("assess: give --answers FILE and/or --export FILE.json")
    engagement = open_engagement(args.engagement)
    state = load_state(engagement)
    if args.answers:
        data = read_answers_file(Path(args.answers))
        model = load_model()
        thresholds = load_thresholds(overrides=state.threshold_overrides)
        values = engagement_evidence(engagement, thresholds) if "evidence" in data else {}
        scope = apply_answers(
            model, state, data, scope_opt=args.scope, values=values, thresholds=thresholds
        )
        state.model_version = model.model_version
        engagement.set_section(SECTION, state.to_dict())
        save(engagement, args.engagement)
        people = len(scope.participants)
        print(f"assessment scope {scope.id!r} updated ({people} participants); saved")
    if args.export:
        _write_json_atomic(state.to_dict(), Path(args.export))
        print(f"wrote {args.export}")
    return 0
