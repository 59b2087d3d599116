#pragma once

// The helper's end of the pipe: blocking line reads from stdin, one flushed line per reply on stdout.
// Nothing else may write to stdout; Qt's and the engine's messages go to stderr.

#include <QByteArray>

#include <string>

namespace claimscope::highlighter {

class LineChannel final {
public:
    LineChannel();

    // The next line without its newline, or false at the end of input (the client has gone). The
    // returned bytes are borrowed from the channel and stay valid until the next call.
    bool readLine(QByteArray &line);

    // Returns false when the client can no longer read.
    bool writeLine(const QByteArray &line);

private:
    std::string m_buffer;
};

} // namespace claimscope::highlighter
