"""The benchmark script runs and prints its figures (timings are not checked)."""

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"


class TestBenchmark:
    """Tests for ``benchmarks/bench.py``."""

    def test_quick_run_prints_every_section(self, tmp_path: Path) -> None:
        """``--quick`` prints the linear and adversarial figures; absent data skips."""
        done = subprocess.run(  # noqa: S603 -- runs this interpreter on the project's script
            [sys.executable, str(BENCH), "--quick", "--data", str(tmp_path)],
            capture_output=True,
            check=False,
            text=True,
            timeout=300,
        )

        lines = done.stdout.splitlines()
        assert (0, "") == (done.returncode, done.stderr)
        assert [
            f"bbc.jsonl: skipped, {tmp_path / 'bbc.jsonl'} not found (pass --data DIR)",
            (
                f"polnear-train.jsonl: skipped, {tmp_path / 'polnear-train.jsonl'} "
                "not found (pass --data DIR)"
            ),
        ] == [line for line in lines if "skipped" in line]
        assert 3 == sum(" s/MB " in line for line in lines)
        assert 1 == sum("slowest / fastest per MB" in line for line in lines)
        assert 10 == sum(line.startswith("  ") and " s (" in line for line in lines)
