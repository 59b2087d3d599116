#pragma once

namespace claimscope::cli {

// True when the arguments name a headless subcommand, which runs without a display.
bool isHeadlessCommand(int argc, char **argv);

// True when that subcommand draws with widgets (export-pdf: the charts are Qt Charts widgets), so
// it needs a QApplication, on the offscreen platform when there is no display.
bool headlessCommandDraws(int argc, char **argv);

// Runs a headless subcommand; returns the process exit code. Needs a QCoreApplication, or a
// QApplication for a command that draws.
int runHeadless();

// Parses the window's options, opens the window on the given files (or the sample project) and
// runs the event loop. Needs a QApplication.
int runGui();

} // namespace claimscope::cli
