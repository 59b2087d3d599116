#pragma once

#include "core/highlight/HighlightTypes.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace claimscope::ui {

// Paints the helper's spans, and only those: what the viewer shows is exactly what the analysis
// reads. Document positions are the spans' offsets (the viewer holds the document text unchanged).
class SpanHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit SpanHighlighter(QTextDocument *document);

    void setResult(core::HighlightResult result);
    void clearResult();
    const core::HighlightResult &result() const { return m_result; }

    // The format name ("Quote", "Speaker", …) at a document position; empty outside every span.
    QString formatNameAt(qsizetype position) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    core::HighlightResult m_result;
    QList<QTextCharFormat> m_charFormats;
};

} // namespace claimscope::ui
