import subprocess
import sys
from pathlib import Path

import thresher

REPO = Path(__file__).resolve().parents[1]


def test_all_is_sorted_and_complete():
    assert list(thresher.__all__) == sorted(thresher.__all__)
    public = {name for name, value in vars(thresher).items()
              if not name.startswith("_") and type(value).__name__ != "module" and name != "annotations"}
    assert public <= set(thresher.__all__), f"missing from __all__: {public - set(thresher.__all__)}"
    assert all(hasattr(thresher, name) for name in thresher.__all__)


def test_package_is_typed():
    assert (Path(thresher.__file__).parent / "py.typed").exists()


def test_code_is_ruff_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks"],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
