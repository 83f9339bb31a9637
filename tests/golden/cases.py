"""The saved-query cases whose expected rows are written down in tests/golden/*.json.

Run ``python -m tests.golden.cases --write`` after a deliberate change to the extractor or a query,
then read the diff of the JSON files before committing it: they are the answers people will get.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
REPORTS = [
    ROOT / "samples" / "chongqing-2026-rd-standing-committee.txt",
    ROOT / "tests" / "data" / "hebei-2026-government.txt",
]
# (case name, saved query, parameters)
CASES = [
    ("laws_serving_strategies-all", "laws_serving_strategies", {}),
    ("laws_serving_strategies-西部金融中心", "laws_serving_strategies", {"strategy": "西部金融中心"}),
    ("law_serves-地方金融条例", "law_serves", {"law": "地方金融条例"}),
    ("laws_by_action-enacted-past", "laws_by_action", {"action": "enacted", "period": "past"}),
    ("laws_by_action-2026", "laws_by_action", {"year": "2026"}),
    ("planned_laws-all", "planned_laws", {}),
    ("inspected_laws-all", "inspected_laws", {}),
    ("bodies_reported-all", "bodies_reported", {}),
    ("figures_by_subject-法规", "figures_by_subject", {"subject_filter": "法规"}),
    ("targets-all", "targets", {}),
    ("initiatives_under-all", "initiatives_under", {}),
    ("evidence-地方金融条例", "evidence", {"about": "地方金融条例"}),
    ("body_subbodies-重庆市人民代表大会", "body_subbodies", {"body": "重庆市人民代表大会"}),
    ("search-金融", "search", {"q": "金融"}),
    ("across_reports-all", "across_reports", {}),
    ("plan_vs_delivery-重庆市", "plan_vs_delivery", {"jurisdiction": "重庆市"}),
    ("laws_by_action-河北省", "laws_by_action", {"jurisdiction": "河北省"}),
    ("figures_by_subject-河北省-增长", "figures_by_subject", {"jurisdiction": "河北省", "subject_filter": "增长"}),
    ("across_reports-法", "across_reports", {"q": "法", "min_reports": "1"}),
    ("reports-all", "reports", {}),
]


def load_store(reports=REPORTS):  # noqa: ANN001, ANN201
    """An in-memory store with ``reports`` (by default REPORTS, in that order)."""
    from kg.loaders.extract import extract_file

    from kg.stores.rdf import RDFStore

    store = RDFStore(None)
    for path in reports:
        ext = extract_file(str(path))
        # the source file path is machine-specific; keep the golden rows independent of it
        ext.report.source = path.name
        store.load(ext)
    return store


def answers(store) -> dict[str, list[dict[str, object]]]:  # noqa: ANN001
    from kg.saved import run

    return {case: run(store, name, params)[1] for case, name, params in CASES}


def path_of(case: str) -> Path:
    return HERE / f"{case}.json"


def main() -> int:
    if "--write" not in sys.argv:
        print(__doc__)
        return 2
    store = load_store()
    for case, rows in answers(store).items():
        path_of(case).write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{case}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
