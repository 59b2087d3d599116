"""The benchmarks tests/bench/run runs, with their full and quick command lines.

Full sizes are those the performance issue names (10 MB texts, 1,000 and 10,000 sources, 100 pages,
corpora of 1, 10 and 100 MB); quick sizes are small enough for CI's sanitized build.
"""

from dataclasses import dataclass, field


@dataclass
class Benchmark:
    name: str  # the report's name in the table, and the JSON/log file names
    executable: str  # in BUILD_DIR/tests/bench
    description: str
    full: list
    quick: list
    display: bool = False  # needs a display: run under xvfb-run (else offscreen)
    environment: dict = field(default_factory=dict)

    def arguments(self, quick):
        return list(self.quick if quick else self.full)


BENCHMARKS = [
    Benchmark("startup", "startup_bench", "start-up to the first painted document (later start)",
              ["--runs", "11"], ["--runs", "1"], display=True),
    Benchmark("startup_first", "startup_bench", "start-up to the first painted document (first start)",
              ["--runs", "11", "--first-start"], ["--runs", "1", "--first-start"], display=True),
    Benchmark("highlight", "highlight_bench", "highlighting MB/s beside kate-syntax-highlighter",
              ["--size-mb", "10", "--runs", "5"], ["--size-mb", "0.2", "--runs", "1"]),
    Benchmark("analysis", "analysis_bench", "highlighting + analysis MB/s, 50 KB article, beside compromise",
              ["--size-mb", "10", "--runs", "5"],
              ["--size-mb", "0.2", "--runs", "1", "--article-runs", "2", "--no-compromise"]),
    Benchmark("scaling", "scaling_bench", "import + analysis of 1, 10 and 100 MB corpora",
              ["--sizes", "1,10,100", "--runs", "3"], ["--sizes", "0.05,0.1,0.2", "--runs", "1"]),
    Benchmark("project_1k", "project_bench", "a 1,000-source project: import, open, filters",
              ["--sources", "1000", "--size-mb", "5", "--import-runs", "3", "--runs", "10", "--filter-runs", "25"],
              ["--sources", "20", "--size-mb", "0.1", "--import-runs", "1", "--runs", "1", "--filter-runs", "1"]),
    Benchmark("project_10k", "project_bench", "a 10,000-source project: import (grouped), open, filters",
              ["--sources", "10000", "--size-mb", "50", "--ways", "grouped", "--import-runs", "1", "--runs", "5",
               "--filter-runs", "10"],
              ["--sources", "40", "--size-mb", "0.2", "--ways", "grouped", "--import-runs", "1", "--runs", "1",
               "--filter-runs", "1"]),
    Benchmark("chart", "chart_bench", "chart recompute after an edit (1,000 sources)",
              [], ["--sources", "20", "--size-mb", "0.1", "--runs", "1"]),
    Benchmark("chart_draw", "chart_draw_bench", "the chart panel drawn with Qt Charts after an edit",
              [], ["--sample-project"]),
    Benchmark("pdf", "pdf_bench", "annotated PDF export of ~100 pages beside LibreOffice",
              ["--runs", "5"], ["--sources", "3", "--size-mb", "0.02", "--runs", "1", "--cli-runs", "1",
                                "--lo-runs", "1"]),
    Benchmark("import", "import_bench", "PDF, DOCX, ODT, EPUB import beside pdftotext and LibreOffice",
              [], ["--runs", "1", "--lo-runs", "1"]),
]
