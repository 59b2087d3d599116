#include "cli/CommandLine.h"

#include <QApplication>

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
        QCoreApplication app(argc, argv);
        describeApplication();
        return claimscope::cli::runHeadless();
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("io.github.claimscope.Claimscope"));
    return claimscope::cli::runGui();
}
