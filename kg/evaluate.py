"""Precision and recall of an Extraction against a hand annotation (tests/gold/*.json).

Matching is by meaning, not by id: a law matches on its canonical title or its name as written, a
body on its canonical name, its name or an alias, an initiative when one name contains the other, a
metric on value and unit, an action on (law, type, period), a serves pair on both ends.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .ids import key
from .loaders.read.normalize import to_simplified
from .model import Extraction

KINDS = ("laws", "decisions", "bodies", "actions", "initiatives", "metrics", "serves")


@dataclass
class Score:
    kind: str
    predicted: int
    gold: int
    tp_pred: int
    tp_gold: int

    @property
    def precision(self) -> float:
        return self.tp_pred / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@cache
def _k(s: str) -> str:
    """A name's key for matching: simplified script, no quotes or spaces (a traditional report's
    names are given as written and match their simplified annotation). Cached: the matching asks
    for the same names once per pair of items."""
    s = key(to_simplified(s)).replace("‘", "").replace("’", "").replace("“", "").replace("”", "")
    return re.sub(r"[“”‘’'\"]", "", s)


def _law_keys(d: dict[str, Any]) -> set[str]:
    out = {_k(d.get("title", "")), _k(d.get("name", ""))}
    name = _k(d.get("name", ""))
    out.add(re.sub(r"一法一条例$", "法", name))
    return {k for k in out if k}


def _decision_key(name: str) -> str:
    k = _k(name)
    k = re.sub(r"^关于", "", k)
    return re.sub(r"的(决定|决议)$", r"\1", k)


def _ini_key(name: str) -> str:
    k = _k(name)
    return re.sub(r"(建设|战略)$", "", k) if len(k) > 5 else k


def _ini_match(a: str, b: str) -> bool:
    ka, kb = _ini_key(a), _ini_key(b)
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    return len(short) >= 4 and short in long_


def _match(pred: list[Any], gold: list[Any], same: Callable[[Any, Any], bool], kind: str) -> Score:
    """One-to-one matching: each gold item is matched by at most one prediction and each prediction
    by at most one gold item (a duplicate prediction of an already matched item counts against
    precision). Maximum bipartite matching, so the order of the lists does not change the score."""
    edges = [[i for i, g in enumerate(gold) if same(p, g)] for p in pred]
    owner: dict[int, int] = {}  # gold index -> prediction index

    def augment(pi: int, seen: set[int]) -> bool:
        for gi in edges[pi]:
            if gi in seen:
                continue
            seen.add(gi)
            if gi not in owner or augment(owner[gi], seen):
                owner[gi] = pi
                return True
        return False

    matched = sum(1 for pi in range(len(pred)) if edges[pi] and augment(pi, set()))
    return Score(kind, len(pred), len(gold), matched, matched)


def score(ext: Extraction, gold: dict[str, Any]) -> dict[str, Score]:
    data = json.loads(ext.model_dump_json())
    laws_by_id = {x["id"]: x for x in data["laws"]}
    decs_by_id = {x["id"]: x for x in data["decisions"]}
    inis_by_id = {x["id"]: x for x in data["initiatives"]}

    def law_same(p: dict[str, Any], g: dict[str, Any]) -> bool:
        return bool(_law_keys(p) & _law_keys(g))

    def dec_same(p: dict[str, Any], g: dict[str, Any]) -> bool:
        a, b = _decision_key(p["name"]), _decision_key(g["name"])
        return a == b or (len(a) >= 8 and len(b) >= 8 and (a in b or b in a))

    def body_same(p: dict[str, Any], g: dict[str, Any]) -> bool:
        pk = {_k(p["canonical"]), _k(p["name"])}
        gk = {_k(g["canonical"]), _k(g["name"])} | {_k(a) for a in g.get("aliases", [])}
        return bool(pk & gk)

    def target_name(tid: str) -> str:
        if tid in inis_by_id:
            return inis_by_id[tid]["name"]
        return ""

    def source_keys(sid: str) -> set[str]:
        if sid in laws_by_id:
            return _law_keys(laws_by_id[sid])
        if sid in decs_by_id:
            return {_decision_key(decs_by_id[sid]["name"])}
        return set()

    def ref_same(keys: set[str], gold_ref: str) -> bool:
        return _k(gold_ref) in keys or _decision_key(gold_ref) in keys or any(
            len(k) >= 8 and (k in _decision_key(gold_ref) or _decision_key(gold_ref) in k) for k in keys
        )

    actions = [dict(a, _keys=source_keys(a["law"])) for a in data["actions"]]
    serves = [
        dict(r, _keys=source_keys(r["source"]), _target=target_name(r["target"]))
        for r in data["relations"]
        if r["type"] == "serves"
    ]
    gold_serves = gold.get("serves", [])
    out = {
        "laws": _match(data["laws"], gold.get("laws", []), law_same, "laws"),
        "decisions": _match(data["decisions"], gold.get("decisions", []), dec_same, "decisions"),
        "bodies": _match(data["bodies"], gold.get("bodies", []), body_same, "bodies"),
        "actions": _match(
            actions,
            gold.get("actions", []),
            lambda p, g: p["type"] == g["type"] and p["period"] == g["period"] and ref_same(p["_keys"], g["law"]),
            "actions",
        ),
        "initiatives": _match(
            data["initiatives"], gold.get("initiatives", []), lambda p, g: _ini_match(p["name"], g["name"]), "initiatives"
        ),
        "metrics": _match(
            data["metrics"],
            gold.get("metrics", []),
            lambda p, g: abs(float(p["value"]) - float(g["value"])) < 1e-6 * max(1.0, abs(float(g["value"])))
            and _k(p["unit"] or "") == _k(g.get("unit") or ""),  # (no measure word: "" or null)
            "metrics",
        ),
        "serves": _match(
            serves,
            gold_serves,
            lambda p, g: bool(p["_target"]) and ref_same(p["_keys"], g["source"]) and _ini_match(p["_target"], g["target"]),
            "serves",
        ),
    }
    return out


def load_gold(path: str | Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def table(rows: Iterable[tuple[str, dict[str, Score]]]) -> str:
    lines = [f"{'report':34} {'kind':12} {'pred':>5} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, scores in rows:
        for kind in KINDS:
            s = scores[kind]
            lines.append(
                f"{name[:34]:34} {kind:12} {s.predicted:5d} {s.gold:5d} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
            )
    return "\n".join(lines)


def pool(many: Iterable[dict[str, Score]]) -> dict[str, Score]:
    """Micro average over texts: the matched items of all texts over all predicted or gold items."""
    out = {k: Score(k, 0, 0, 0, 0) for k in KINDS}
    for scores in many:
        for k in KINDS:
            s, o = scores[k], out[k]
            out[k] = Score(k, o.predicted + s.predicted, o.gold + s.gold, o.tp_pred + s.tp_pred, o.tp_gold + s.tp_gold)
    return out
