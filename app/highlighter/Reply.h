#pragma once

// Builds one reply line. The small fields go through QJsonDocument; the span array, which can hold
// millions of integers for a long text, is written straight into the line instead of becoming a
// QJsonArray of QJsonValues first.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace claimscope::highlighter {

class Reply final {
public:
    static Reply success(std::optional<qint64> id);
    static Reply failure(std::optional<qint64> id, const QString &message);

    // Each key may be added once; keys are not checked against each other.
    Reply &addFields(const QJsonObject &fields);
    Reply &addIntArray(std::string_view key, const std::vector<int> &values);
    // Members already written as JSON (`"a":1,"b":[]`), appended as they are.
    Reply &addMembers(const QByteArray &members);

    // The finished line, without its newline (a shallow copy: QByteArray is implicitly shared).
    QByteArray line() const { return m_text; }

private:
    explicit Reply(std::optional<qint64> id, bool ok);
    // Opens a new field: the closing brace makes way for `,"key":`, and the caller closes again.
    void openField(std::string_view key);

    QByteArray m_text; // always a whole JSON object, so that line() never has to copy
};

} // namespace claimscope::highlighter
