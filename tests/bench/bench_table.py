"""The one table of tests/bench/run: which figure of which benchmark goes in which row, beside which
reference, against which target; and the table rendered for a terminal and as docs/BENCHMARKS.md.

A row names its figures by benchmark and key, as the benchmarks write them (bench_report.h). A figure a
row needs that a benchmark which ran did not write is a broken benchmark. A reference's figures may be
missing only when the benchmark noted why ("skipped_<tool>"): the tool is not installed.
"""

from dataclasses import dataclass, field
from pathlib import Path

MB = 1e6
MIB = 1024 * 1024


@dataclass
class Target:
    op: str  # "<=" or ">="
    value: float
    unit: str
    source: str  # the issue that set it
    on: str = "ours"  # "ours" or "ratio"

    def met(self, ours, ratio):
        figure = ours if self.on == "ours" else ratio
        if figure is None:
            return None
        return figure <= self.value if self.op == "<=" else figure >= self.value

    def text(self):
        what = "ratio " if self.on == "ratio" else ""
        value = f"×{self.value:g}" if self.unit == "x" else f"{self.value:g} {self.unit}"
        return f"{what}{'≤' if self.op == '<=' else '≥'} {value}"


@dataclass
class Row:
    section: str
    label: str
    bench: str
    key: str
    reference: tuple = None  # (bench, key, tool label, skip note)
    ratio: str = None  # key of a ratio the benchmark computed, or "ours/ref" or "ref/ours"
    target: Target = None


@dataclass
class Cell:
    row: Row
    ours: dict = None
    reference: dict = None
    ratio: float = None
    met: bool = None
    skipped: str = None  # why the reference is missing


@dataclass
class Table:
    cells: list = field(default_factory=list)
    memory: list = field(default_factory=list)  # (label, peak MiB, limit MiB or None, met)
    scaling: list = field(default_factory=list)
    fit: dict = None
    missing: list = field(default_factory=list)


ISSUE = "issue 13"

ROWS = [
    Row("Start-up", "Later start to the first painted document", "startup", "start_ms",
        target=Target("<=", 300, "ms", ISSUE)),
    Row("Start-up", "First start (sample project made) to the first painted document", "startup_first",
        "start_ms", target=Target("<=", 300, "ms", ISSUE)),
    Row("Highlighting", "Throughput, one text (helper round trip)", "highlight", "ours_mb_s",
        reference=("highlight", "kate_mb_s", "kate-syntax-highlighter", "skipped_kate"), ratio="ratio_raw",
        target=Target(">=", 1.0, "x", "issue 4", on="ratio")),
    Row("Highlighting", "50 KB article, highlighted (running helper)", "highlight", "article_ms",
        target=Target("<=", 10, "ms", "issue 4")),
    Row("Analysis", "Highlighting + analysis, texts already read, 10 MB, 2 cores", "analysis", "workers2_mb_s",
        target=Target(">=", 10, "MB/s", ISSUE)),
    Row("Analysis", "Same on 1 core", "analysis", "workers1_mb_s"),
    Row("Analysis", "50 KB article highlighted and analysed (running helper)", "analysis", "article_ms",
        target=Target("<=", 20, "ms", ISSUE)),
    Row("Analysis", "English seed articles, inside each program", "analysis", "compromise_ours_inside_mb_s",
        reference=("analysis", "compromise_theirs_inside_mb_s", "compromise", "skipped_compromise"),
        ratio="compromise_ratio_inside"),
    Row("Analysis", "English seed articles, whole process", "analysis", "compromise_ours_process_mb_s",
        reference=("analysis", "compromise_theirs_process_mb_s", "compromise", "skipped_compromise"),
        ratio="compromise_ratio_process"),
    Row("Analysis", "Quote F1 against the gold (all quotes)", "analysis", "compromise_ours_quote_f1",
        reference=("analysis", "compromise_theirs_quote_f1", "compromise", "skipped_compromise")),
    Row("Projects", "1,000 sources: open to panels ready", "project_1k", "open_ms",
        target=Target("<=", 1000, "ms", "issue 6")),
    Row("Projects", "1,000 sources: filter Quotes & Claims by speaker", "project_1k", "filter_speaker_ms",
        target=Target("<=", 50, "ms", "issue 6")),
    Row("Projects", "1,000 sources: filter by text", "project_1k", "filter_search_ms",
        target=Target("<=", 50, "ms", "issue 6")),
    Row("Projects", "1,000 sources: import + analysis + write (grouped)", "project_1k", "import_grouped_mb_s"),
    Row("Projects", "10,000 sources: open to panels ready", "project_10k", "open_ms",
        target=Target("<=", 2000, "ms", ISSUE)),
    Row("Projects", "10,000 sources: first open in a new process", "project_10k", "first_open_ms"),
    Row("Projects", "10,000 sources: filter by speaker", "project_10k", "filter_speaker_ms",
        target=Target("<=", 50, "ms", "issue 6")),
    Row("Projects", "10,000 sources: filter by text", "project_10k", "filter_search_ms",
        target=Target("<=", 50, "ms", "issue 6")),
    Row("Projects", "10,000 sources: import + analysis + write (grouped)", "project_10k", "import_grouped_mb_s"),
    Row("Charts", "Recompute after one stance edit", "chart", "stance_edit_ms",
        target=Target("<=", 50, "ms", "issue 7")),
    Row("Charts", "Recompute after one annotation edit", "chart", "annotation_edit_ms",
        target=Target("<=", 50, "ms", "issue 7")),
    Row("Charts", "One stance edit until the chart is painted again", "chart_draw", "stance_edit_painted_ms"),
    Row("PDF export", "~100 pages, annotated, in the process", "pdf", "export_ms",
        target=Target("<=", 2000, "ms", ISSUE)),
    Row("PDF export", "Same as a command (new process) beside LibreOffice's plain conversion", "pdf",
        "command_ms", reference=("pdf", "libreoffice_ms", "libreoffice --headless --convert-to pdf",
                                 "skipped_libreoffice"), ratio="ratio",
        target=Target("<=", 2000, "ms", ISSUE)),
    Row("Import", "100-page PDF (claimscope inspect) beside pdftotext", "import", "pdf_inspect_ms",
        reference=("import", "pdf_reference_ms", "pdftotext", "skipped_pdftotext"), ratio="pdf_ratio"),
    Row("Import", "DOCX (claimscope inspect) beside LibreOffice to text", "import", "docx_inspect_ms",
        reference=("import", "docx_reference_ms", "soffice --convert-to txt", "skipped_libreoffice"),
        ratio="docx_ratio"),
    Row("Import", "ODT (claimscope inspect) beside LibreOffice to text", "import", "odt_inspect_ms",
        reference=("import", "odt_reference_ms", "soffice --convert-to txt", "skipped_libreoffice"),
        ratio="odt_ratio"),
]

# Peak memory per benchmark: (label, bench, peak key, corpus bytes key or None). Where a benchmark
# works on a corpus, the limit of the issue applies: 4 × the corpus text + 150 MB.
MEMORY = [
    ("Start-up (later start)", "startup", "peak_mib", None),
    ("Highlighting, our helper on 10 MB", "highlight", "helper_peak_mib", None),
    ("Highlighting, kate-syntax-highlighter on 10 MB", "highlight", "kate_peak_mib", None),
    ("Analysis of 10 MB, 2 workers: this process + helpers", "analysis", "workers2_total_peak_mib", "corpus_bytes"),
    ("compromise on the seed articles (node)", "analysis", "compromise_theirs_peak_mib", None),
    ("claimscope analyze on the seed articles", "analysis", "compromise_ours_peak_mib", None),
    ("1,000-source project: import", "project_1k", "import_grouped_peak_mib", "corpus_bytes"),
    ("1,000-source project: open", "project_1k", "open_peak_mib", "corpus_bytes"),
    ("10,000-source project: import", "project_10k", "import_grouped_peak_mib", "corpus_bytes"),
    ("10,000-source project: open", "project_10k", "open_peak_mib", "corpus_bytes"),
    ("Charts over 1,000 sources", "chart", "peak_mib", None),
    ("Chart panel drawn", "chart_draw", "peak_mib", None),
    ("PDF export in the process", "pdf", "export_peak_mib", None),
    ("PDF export as a command", "pdf", "command_peak_mib", None),
    ("LibreOffice converting the same text", "pdf", "libreoffice_peak_mib", None),
    ("claimscope inspect (largest of the import files)", "import", "inspect_peak_mib", None),
]

OPTIONAL_MEMORY = {"kate_peak_mib", "compromise_theirs_peak_mib", "libreoffice_peak_mib"}


def memory_limit_mib(corpus_bytes):
    return (4 * corpus_bytes + 150 * MB) / MIB


def format_number(value, unit):
    if value is None:
        return "–"
    if unit == "ms":
        return f"{value / 1000:.2f} s" if value >= 10000 else f"{value:.1f} ms" if value >= 100 else f"{value:.2f} ms"
    if unit == "x":
        return f"×{value:.2f}"
    if unit in ("MB/s", "MiB", "s"):
        return f"{value:.2f} {unit}" if value < 100 else f"{value:.0f} {unit}"
    if unit == "bytes":
        return f"{value / MB:.2f} MB"
    if unit in ("", "count", "pages"):
        return f"{value:.2f}" if value != int(value) else f"{int(value):,}"
    return f"{value:g} {unit}"


def format_figure(figure):
    if figure is None:
        return "–"
    text = format_number(figure.get("value"), figure.get("unit", ""))
    runs = figure.get("runs")
    if runs and len(runs) > 1:
        unit = figure.get("unit", "")
        text += f" ({format_number(figure['min'], unit)} – {format_number(figure['max'], unit)}, {len(runs)} runs)"
    return text


def figure_of(reports, bench, key):
    figure = reports.get(bench, {}).get("figures", {}).get(key)
    if figure is None or figure.get("value") is None:
        return None
    return figure


def note_of(reports, bench, key):
    return reports.get(bench, {}).get("notes", {}).get(key)


def skipped_side_by_side(reports, bench, key):
    """Why a side-by-side was left out as a whole (both sides' figures), or None: analysis_bench
    --no-compromise, or no node/npm/seeds, leaves out our side of that comparison too."""
    if key.startswith("compromise_"):
        return note_of(reports, bench, "skipped_compromise")
    return None


def build_table(reports, benchmarks):
    table = Table()
    for row in ROWS:
        if row.bench not in benchmarks:
            continue
        cell = Cell(row)
        if row.bench not in reports:
            table.cells.append(cell)
            continue
        cell.ours = figure_of(reports, row.bench, row.key)
        skip_note = row.reference[3] if row.reference else None
        skipped_whole_row = skipped_side_by_side(reports, row.bench, row.key)
        if skipped_whole_row:
            cell.skipped = skipped_whole_row
        if cell.ours is None and not skipped_whole_row:
            table.missing.append(f"{row.bench}: no figure '{row.key}' (row '{row.label}')")
        if row.reference:
            ref_bench, ref_key, _, _ = row.reference
            cell.reference = figure_of(reports, ref_bench, ref_key)
            cell.skipped = cell.skipped or note_of(reports, ref_bench, skip_note)
            if cell.reference is None and not cell.skipped and ref_bench in reports:
                table.missing.append(f"{ref_bench}: no figure '{ref_key}' and no note why (row '{row.label}')")
        if row.ratio in ("ours/ref", "ref/ours"):
            if cell.ours and cell.reference and cell.ours["value"] and cell.reference["value"]:
                a, b = cell.ours["value"], cell.reference["value"]
                cell.ratio = a / b if row.ratio == "ours/ref" else b / a
        elif row.ratio:
            ratio = figure_of(reports, row.bench, row.ratio)
            cell.ratio = ratio["value"] if ratio else None
            if ratio is None and cell.reference is not None:
                table.missing.append(f"{row.bench}: no figure '{row.ratio}' (row '{row.label}')")
        if row.target and cell.ours:
            cell.met = row.target.met(cell.ours["value"], cell.ratio)
        table.cells.append(cell)

    for label, bench, key, corpus_key in MEMORY:
        if bench not in benchmarks or bench not in reports:
            continue
        peak = figure_of(reports, bench, key)
        if peak is None:
            if key not in OPTIONAL_MEMORY and not skipped_side_by_side(reports, bench, key):
                table.missing.append(f"{bench}: no figure '{key}' (peak memory)")
            continue
        limit = None
        corpus = None
        if corpus_key:
            corpus_figure = figure_of(reports, bench, corpus_key)
            if corpus_figure is None:
                table.missing.append(f"{bench}: no figure '{corpus_key}'")
            else:
                corpus = corpus_figure["value"]
                limit = memory_limit_mib(corpus)
        table.memory.append((label, peak["value"], corpus, limit, None if limit is None else peak["value"] <= limit))

    scaling = reports.get("scaling")
    if "scaling" in benchmarks and scaling:
        figures = scaling.get("figures", {})
        prefixes = sorted({key[: key.index("_bytes")] for key in figures if key.startswith("size") and key.endswith(
            "_bytes")}, key=lambda p: figures[p + "_bytes"]["value"])
        for prefix in prefixes:
            try:
                size = figures[prefix + "_bytes"]["value"]
                table.scaling.append({
                    "bytes": size,
                    "sources": figures[prefix + "_sources"]["value"],
                    "ms": figures[prefix + "_ms"],
                    "mb_s": figures[prefix + "_mb_s"]["value"],
                    "ms_per_mb": figures[prefix + "_ms_per_mb"]["value"],
                    "peak": figures[prefix + "_peak_mib"]["value"],
                    "limit": memory_limit_mib(size),
                })
            except (KeyError, TypeError):
                table.missing.append(f"scaling: incomplete figures for {prefix}")
        if not prefixes:
            table.missing.append("scaling: no sizes in its figures")
        try:
            table.fit = {key: figures[key]["value"] for key in ("fit_intercept_ms", "fit_ms_per_mb", "fit_r2")}
        except (KeyError, TypeError):
            table.missing.append("scaling: no least-squares line")
    return table


def met_text(met):
    return "–" if met is None else "yes" if met else "**no**"


def reference_text(cell):
    if not cell.row.reference:
        return "–"
    tool = cell.row.reference[2]
    if cell.reference is None:
        return f"{tool}: not run ({cell.skipped})" if cell.skipped else f"{tool}: –"
    return f"{tool}: {format_figure(cell.reference)}"


def ratio_text(cell):
    if cell.ratio is None:
        return "–"
    return f"×{cell.ratio:.2f}"


# Issue 13's end-to-end throughput ("≥ 10 MB/s on large corpora, both cores"): the scaling corpora
# are read, highlighted and analysed, so they are the end-to-end figure; those under 10 MB are not
# large and are not held to it.
END_TO_END = Target(">=", 10, "MB/s", ISSUE)
END_TO_END_FROM_BYTES = 10e6


def end_to_end_met(size):
    """Whether a scaling corpus meets the end-to-end throughput target; None for a small corpus."""
    if size["bytes"] < END_TO_END_FROM_BYTES:
        return None
    return END_TO_END.met(size["mb_s"], None)


def scaling_rows(table):
    base = table.scaling[0]["ms_per_mb"] if table.scaling else None
    for size in table.scaling:
        yield size, (size["ms_per_mb"] / base if base else None)


def short_figure(figure):
    return format_number(figure.get("value"), figure.get("unit", "")) if figure else "–"


def render_terminal(table):
    """The table for a terminal: medians only (the Markdown has the spreads)."""
    lines = []
    width = 66
    lines.append(f"{'Figure':{width}} {'Claimscope':>12} {'Reference':>12} {'Ratio':>7}  {'Target':<16} Met")
    section = None
    for cell in table.cells:
        if cell.row.section != section:
            section = cell.row.section
            lines.append(f"[{section}]")
        ours = short_figure(cell.ours) if cell.ours else "not run" if cell.skipped else "BROKEN"
        if not cell.row.reference:
            reference = ""
        elif cell.reference:
            reference = short_figure(cell.reference)
        else:
            reference = "not run"
        ratio = ratio_text(cell) if cell.ratio is not None else ""
        target = cell.row.target.text() if cell.row.target else ""
        lines.append(f"  {cell.row.label[:width - 2]:{width - 2}} {ours:>12} {reference:>12} {ratio:>7}  "
                     f"{target:<16} {met_text(cell.met).strip('*')}")
    references = sorted({c.row.reference[2] for c in table.cells if c.row.reference})
    lines.append("  references: " + "; ".join(references))
    if table.scaling:
        lines.append("[Scaling: import + analysis]")
        for size, relative in scaling_rows(table):
            lines.append(f"  {size['bytes'] / MB:8.2f} MB {int(size['sources']):7,} sources "
                         f"{short_figure(size['ms']):>10} {size['mb_s']:7.2f} MB/s  cost per MB ×{relative:.2f}  "
                         f"peak {size['peak']:.0f} MiB (limit {size['limit']:.0f})  "
                         f"{END_TO_END.text()}: {met_text(end_to_end_met(size)).strip('*')}")
        if table.fit:
            lines.append(f"  least squares: {table.fit['fit_intercept_ms']:.0f} ms + "
                         f"{table.fit['fit_ms_per_mb']:.1f} ms per MB, R² {table.fit['fit_r2']:.4f}")
    if table.memory:
        lines.append("[Peak memory]")
        for label, peak, corpus, limit, met in table.memory:
            limit_text = f"limit {limit:.0f} MiB ({corpus / MB:.1f} MB text): {met_text(met).strip('*')}" \
                if limit else ""
            lines.append(f"  {label[:width - 2]:{width - 2}} {peak:10.1f} MiB  {limit_text}")
    return "\n".join(lines)


def render_markdown(table, reports, context):
    template = (Path(__file__).resolve().parent / "BENCHMARKS.md.in").read_text()
    machine = context["machine"]
    header = (f"Measured {context['date']} on commit {context['commit']}, build `{context['build']}` "
              f"({'quick run: small sizes, not figures to quote' if context['quick'] else 'full run'}). "
              f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory']}, {machine['system']}; "
              f"load average {machine['load']:.2f} when the run started. "
              f"Benchmarks took {sum(context['durations'].values()) / 60:.1f} minutes in all.")
    main = ["| Area | Figure | Claimscope | Reference | Ratio | Target | Met |", "|---|---|---|---|---|---|---|"]
    for cell in table.cells:
        ours = format_figure(cell.ours) if cell.ours else "not run" if cell.skipped else "**broken**"
        target = f"{cell.row.target.text()} ({cell.row.target.source})" if cell.row.target else "–"
        main.append(f"| {cell.row.section} | {cell.row.label} | {ours} | {reference_text(cell)} | "
                    f"{ratio_text(cell)} | {target} | {met_text(cell.met)} |")
    scaling = ["| Corpus | Sources | Import + analysis (median) | MB/s | "
               f"{END_TO_END.text()} ({END_TO_END.source}, from 10 MB) | Cost per MB | × smallest | Peak memory | "
               "Limit: 4 × text + 150 MB | Met |", "|---|---|---|---|---|---|---|---|---|---|"]
    for size, relative in scaling_rows(table):
        scaling.append(f"| {size['bytes'] / MB:.2f} MB | {int(size['sources']):,} | {format_figure(size['ms'])} | "
                       f"{size['mb_s']:.2f} | {met_text(end_to_end_met(size))} | "
                       f"{size['ms_per_mb']:.0f} ms | ×{relative:.2f} | "
                       f"{size['peak']:.0f} MiB | {size['limit']:.0f} MiB | {met_text(size['peak'] <= size['limit'])} |")
    if table.fit:
        scaling.append("")
        scaling.append(f"Least-squares line through the medians: **{table.fit['fit_intercept_ms']:.0f} ms + "
                       f"{table.fit['fit_ms_per_mb']:.1f} ms per MB**, R² = {table.fit['fit_r2']:.4f}.")
    memory = ["| Benchmark | Peak memory | Corpus text | Limit: 4 × text + 150 MB | Met |", "|---|---|---|---|---|"]
    for label, peak, corpus, limit, met in table.memory:
        memory.append(f"| {label} | {peak:.1f} MiB | {'–' if corpus is None else f'{corpus / MB:.2f} MB'} | "
                      f"{'–' if limit is None else f'{limit:.0f} MiB'} | {met_text(met)} |")
    problems = ["Broken in this run:", ""] + [f"- {p}" for p in context["problems"]] if context["problems"] else []
    notes = []
    for name, report in sorted(reports.items()):
        for key, text in sorted(report.get("notes", {}).items()):
            notes.append(f"- `{name}` {key}: {text}")
    durations = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in context["durations"].items())
    replacements = {
        "@HEADER@": header,
        "@TABLE@": "\n".join(main),
        "@SCALING@": "\n".join(scaling),
        "@MEMORY@": "\n".join(memory),
        "@NOTES@": "\n".join(notes) if notes else "(none)",
        "@DURATIONS@": durations,
        "@PROBLEMS@": "\n".join(problems),
    }
    for placeholder, text in replacements.items():
        template = template.replace(placeholder, text)
    return template
