#include "cli/CommandLine.h"

#include <QApplication>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Claimscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Claimscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLAIMSCOPE_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    if (claimscope::cli::isHeadlessCommand(argc, argv)) {
        // A command that draws needs a QApplication, and so a platform: the offscreen one needs no
        // display. A platform the user chose is kept.
        const bool draws = claimscope::cli::headlessCommandDraws(argc, argv);
        if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const std::unique_ptr<QCoreApplication> app = draws ? std::make_unique<QApplication>(argc, argv)
                                                            : std::make_unique<QCoreApplication>(argc, argv);
        describeApplication();
        return claimscope::cli::runHeadless();
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("io.github.claimscope.Claimscope"));
    return claimscope::cli::runGui();
}
