#pragma once

#include <QString>
#include <QStringView>

namespace claimscope::core {

// Assembles plain text from a walk over structured markup: runs of white space collapse to one
// space, block ends become line or paragraph breaks, and breaks never pile up or trail.
class PlainTextBuilder final {
public:
    // Text as it flows in a paragraph; white space is collapsed.
    void appendFlowing(QStringView text);
    // Preformatted text, kept as it is.
    void appendVerbatim(QStringView text);
    void lineBreak();
    void paragraphBreak();
    // A separator between table cells on one line.
    void cellBreak();

    QString finish();

private:
    void flushPendingBreak();

    QString m_text;
    int m_pendingNewlines = 0;
    bool m_pendingCell = false;
    bool m_pendingSpace = false;
};

} // namespace claimscope::core
