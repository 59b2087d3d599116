#pragma once

// Answers requests, one line in, one line out, against a single repository of definitions and themes
// that lives as long as the helper.

#include "FormatFieldsCache.h"

#include <QByteArray>

#include <KSyntaxHighlighting/Repository>

namespace claimscope::highlighter {

struct Request;
class Reply;

class Session final {
public:
    // What the main loop does after writing the reply (if any).
    enum class Next { Continue, Exit, Crash, Hang };

    struct Outcome {
        QByteArray reply; // one line without its newline; empty: write nothing
        Next next = Next::Continue;
    };

    explicit Session(bool testHooks);
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    Outcome handle(const QByteArray &line);

private:
    Outcome dispatch(const Request &request);
    Reply addSearchPath(const Request &request);
    Reply listDefinitions(const Request &request) const;
    Reply listThemes(const Request &request) const;
    Reply highlight(const Request &request);

    KSyntaxHighlighting::Repository m_repository;
    FormatFieldsCache m_formatFields;
    const bool m_testHooks;
};

} // namespace claimscope::highlighter
