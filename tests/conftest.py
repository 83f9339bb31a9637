from __future__ import annotations

import warnings
from pathlib import Path

import pytest

warnings.filterwarnings("ignore", message="pkg_resources is deprecated")
warnings.filterwarnings("ignore", category=UserWarning, module="jieba")

DATA = Path(__file__).parent / "data"
GOLD = Path(__file__).parent / "gold"
SAMPLES = Path(__file__).parent.parent / "samples"
SAMPLE = SAMPLES / "chongqing-2026-rd-standing-committee.txt"


def report_path(name: str) -> Path:
    """A report of tests/data or samples/ by its stem."""
    for folder in (DATA, SAMPLES):
        if (folder / f"{name}.txt").exists():
            return folder / f"{name}.txt"
    raise FileNotFoundError(name)


@pytest.fixture(scope="session")
def sample_extraction():
    from kg.loaders.extract import extract_file

    return extract_file(str(SAMPLE))
