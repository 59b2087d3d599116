#pragma once

namespace claimscope::cli {

// True when the arguments name a headless subcommand, which runs without a display.
bool isHeadlessCommand(int argc, char **argv);

// Runs a headless subcommand; returns the process exit code. Needs a QCoreApplication.
int runHeadless();

// Parses the window's options, opens the window on the given files (or the sample project) and
// runs the event loop. Needs a QApplication.
int runGui();

} // namespace claimscope::cli
