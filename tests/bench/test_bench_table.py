"""Unit tests of tests/bench/run's table: which runs count as broken, how targets and ratios are read,
and that the Markdown is filled in. Run: python3 -m unittest tests/bench/test_bench_table.py"""

import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_table import ROWS, MEMORY, build_table, render_markdown, render_terminal  # noqa: E402


def figure(value, unit="ms", runs=None):
    entry = {"value": value, "unit": unit}
    if runs:
        entry.update(runs=runs, min=min(runs), max=max(runs))
    return entry


def complete_reports():
    """A report for every benchmark with every key the table reads, as a clean run writes them."""
    reports = {}
    for row in ROWS:
        reports.setdefault(row.bench, {"figures": {}, "notes": {}})["figures"][row.key] = figure(10.0)
        if row.reference:
            bench, key, _, _ = row.reference
            reports.setdefault(bench, {"figures": {}, "notes": {}})["figures"][key] = figure(20.0)
        if row.ratio and row.ratio not in ("ours/ref", "ref/ours"):
            reports[row.bench]["figures"][row.ratio] = figure(2.0, "x")
    for _, bench, key, corpus in MEMORY:
        reports.setdefault(bench, {"figures": {}, "notes": {}})["figures"][key] = figure(100.0, "MiB")
        if corpus:
            reports[bench]["figures"][corpus] = figure(10e6, "bytes")
    scaling = {"figures": {}, "notes": {}}
    for name, size in (("size1", 1e6), ("size10", 10e6), ("size100", 100e6)):
        scaling["figures"].update({
            f"{name}_bytes": figure(size, "bytes"), f"{name}_sources": figure(size / 5000, "count"),
            f"{name}_ms": figure(size / 1e5, "ms", [size / 1e5, size / 1e5 + 1]),
            f"{name}_mb_s": figure(10.0, "MB/s"), f"{name}_ms_per_mb": figure(100.0),
            f"{name}_peak_mib": figure(200.0, "MiB")})
    scaling["figures"].update(fit_intercept_ms=figure(5.0), fit_ms_per_mb=figure(100.0), fit_r2=figure(1.0, ""))
    reports["scaling"] = scaling
    return reports


def sample_context():
    return {"machine": {"cpu": "test CPU", "cores": 2, "memory": "24 GiB", "system": "Debian", "load": 0.5},
            "commit": "abc1234", "date": "2026-11-23", "build": "build/bench", "quick": False,
            "durations": {"startup": 3.0}, "problems": []}


ALL = sorted({row.bench for row in ROWS} | {m[1] for m in MEMORY} | {"scaling"})


class TableTest(unittest.TestCase):
    def test_a_clean_run_has_nothing_missing(self):
        table = build_table(complete_reports(), ALL)
        self.assertEqual(table.missing, [])
        self.assertEqual(len(table.cells), len(ROWS))
        self.assertEqual(len(table.scaling), 3)

    def test_end_to_end_throughput_is_judged_on_the_large_corpora_only(self):
        reports = complete_reports()
        figures = reports["scaling"]["figures"]
        figures["size1_mb_s"] = figure(2.0, "MB/s")
        figures["size10_mb_s"] = figure(10.5, "MB/s")
        figures["size100_mb_s"] = figure(9.9, "MB/s")
        markdown = render_markdown(build_table(reports, ALL), reports, sample_context())
        rows = {line.split(" | ")[0]: line.split(" | ") for line in markdown.splitlines()
                if line.startswith("| ") and " MB | " in line and "sources" not in line}
        self.assertEqual(rows["| 1.00 MB"][4], "–")
        self.assertEqual(rows["| 10.00 MB"][4], "yes")
        self.assertEqual(rows["| 100.00 MB"][4], "**no**")
        self.assertIn("≥ 10 MB/s: no", render_terminal(build_table(reports, ALL)))

    def test_a_missing_figure_is_a_broken_benchmark(self):
        reports = complete_reports()
        del reports["startup"]["figures"]["start_ms"]
        table = build_table(reports, ALL)
        self.assertTrue(any("startup" in problem and "start_ms" in problem for problem in table.missing))

    def test_a_figure_that_is_not_a_number_is_missing(self):
        reports = complete_reports()
        reports["pdf"]["figures"]["export_ms"]["value"] = None
        self.assertTrue(any("export_ms" in problem for problem in build_table(reports, ALL).missing))

    def test_a_reference_may_be_missing_only_with_a_reason(self):
        reports = complete_reports()
        del reports["highlight"]["figures"]["kate_mb_s"]
        self.assertTrue(any("kate_mb_s" in problem for problem in build_table(reports, ALL).missing))
        reports["highlight"]["notes"]["skipped_kate"] = "not installed"
        del reports["highlight"]["figures"]["ratio_raw"]
        self.assertEqual(build_table(reports, ALL).missing, [])

    def test_targets_are_read_both_ways(self):
        reports = complete_reports()
        reports["startup"]["figures"]["start_ms"] = figure(301.0)
        reports["project_10k"]["figures"]["open_ms"] = figure(1999.0)
        reports["analysis"]["figures"]["workers2_mb_s"] = figure(9.99, "MB/s")
        cells = {(c.row.bench, c.row.key): c for c in build_table(reports, ALL).cells}
        self.assertIs(cells[("startup", "start_ms")].met, False)
        self.assertIs(cells[("project_10k", "open_ms")].met, True)
        self.assertIs(cells[("analysis", "workers2_mb_s")].met, False)
        reports["analysis"]["figures"]["workers2_mb_s"] = figure(10.0, "MB/s")
        cells = {(c.row.bench, c.row.key): c for c in build_table(reports, ALL).cells}
        self.assertIs(cells[("analysis", "workers2_mb_s")].met, True)

    def test_memory_limit_is_four_times_the_text_plus_150_mb(self):
        reports = complete_reports()
        # 10 MB of text: 4 × 10 MB + 150 MB = 190 MB = 181.2 MiB.
        reports["analysis"]["figures"]["workers2_total_peak_mib"] = figure(181.0, "MiB")
        rows = {label: met for label, _, _, _, met in build_table(reports, ALL).memory}
        self.assertTrue(rows["Analysis of 10 MB, 2 workers: this process + helpers"])
        reports["analysis"]["figures"]["workers2_total_peak_mib"] = figure(182.0, "MiB")
        rows = {label: met for label, _, _, _, met in build_table(reports, ALL).memory}
        self.assertFalse(rows["Analysis of 10 MB, 2 workers: this process + helpers"])

    def test_only_the_benchmarks_run_are_checked(self):
        table = build_table({"startup": complete_reports()["startup"]}, ["startup"])
        self.assertEqual(table.missing, [])
        self.assertTrue(all(cell.row.bench == "startup" for cell in table.cells))

    def test_markdown_and_terminal_show_every_row(self):
        reports = complete_reports()
        table = build_table(reports, ALL)
        markdown = render_markdown(table, reports, sample_context())
        for placeholder in ("@TABLE@", "@SCALING@", "@MEMORY@", "@HEADER@", "@NOTES@"):
            self.assertNotIn(placeholder, markdown)
        terminal = render_terminal(table)
        for row in ROWS:
            self.assertIn(row.label, markdown)
            self.assertIn(row.label[:60], terminal)
        self.assertIn("100.00 MB", markdown)


if __name__ == "__main__":
    unittest.main()
