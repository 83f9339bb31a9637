"""Rebuild ontology/lexicon/divisions.tsv: every prefecture-level and county-level division of the
mainland with the province it belongs to, from the National Bureau of Statistics' 统计用区划代码 as
published in machine-readable form by the public repository modood/Administrative-divisions-of-China
(dist/pca.json: province → prefecture → county).

    python scripts/build_divisions.py PATH/TO/pca.json COMMIT > ontology/lexicon/divisions.tsv

The extractor reads it to know which province a city's or county's report belongs to (省委 in a
绍兴市 report is 中共浙江省委员会) without guessing from the provinces the text happens to name.
"""

from __future__ import annotations

import json
import sys

SOURCE = "https://github.com/modood/Administrative-divisions-of-China/blob/{commit}/dist/pca.json"


def main(path: str, commit: str) -> None:
    with open(path, encoding="utf-8") as f:
        data: dict[str, dict[str, list[str]]] = json.load(f)
    rows: dict[str, tuple[str, str, str]] = {}
    for province, prefectures in data.items():
        for prefecture, counties in prefectures.items():
            municipal = prefecture in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
            if not municipal:
                rows.setdefault(prefecture, (province, "prefecture", ""))
            for county in counties:
                if county == "市辖区":
                    continue
                # the same county name in two provinces (朝阳区) cannot tell the province: left out
                key = county
                if key in rows and rows[key][0] != province:
                    rows[key] = ("", "county", "")
                else:
                    rows.setdefault(key, (province, "county", "" if municipal else prefecture))
    print(f"# divisions of the mainland and their province, from {SOURCE.format(commit=commit)}")
    print("# (National Bureau of Statistics, 统计用区划代码); rebuilt by scripts/build_divisions.py")
    print("# name\tprovince\tlevel (prefecture or county)\tprefecture of a county")
    for name, (province, level, prefecture) in sorted(rows.items()):
        if province:
            print(f"{name}\t{province}\t{level}\t{prefecture}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
