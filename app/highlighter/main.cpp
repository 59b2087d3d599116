// claimscope-highlighter: the KSyntaxHighlighting helper of Claimscope. The app starts it and speaks
// docs/HIGHLIGHTER_PROTOCOL.md over stdin/stdout; it is not meant to be run by hand.

#include "LineChannel.h"
#include "Protocol.h"
#include "Session.h"
#include "TestHooks.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdlib>

using namespace claimscope::highlighter;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("claimscope-highlighter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLAIMSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Claimscope's syntax highlighting helper: JSON requests on stdin, one reply per line on "
            "stdout (protocol %1). Started by Claimscope; not meant to be run by hand.")
            .arg(kProtocolVersion));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    LineChannel channel;
    if (!channel.writeLine(greetingLine()))
        return EXIT_FAILURE;

    Session session(testHooksEnabled());
    QByteArray line;
    while (channel.readLine(line)) {
        const Session::Outcome outcome = session.handle(line);
        if (!outcome.reply.isEmpty() && !channel.writeLine(outcome.reply))
            return EXIT_FAILURE;
        switch (outcome.next) {
        case Session::Next::Continue:
            break;
        case Session::Next::Exit:
            return EXIT_SUCCESS;
        case Session::Next::Crash:
            std::abort();
        case Session::Next::Hang:
            hangForever();
        }
    }
    // End of input: the client closed our stdin, which is as good as `exit`.
    return EXIT_SUCCESS;
}
