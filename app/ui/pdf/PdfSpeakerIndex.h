#pragma once

#include "ui/pdf/PdfLayoutContext.h"
#include "ui/pdf/PdfTextPages.h"

#include <QHash>
#include <QList>
#include <QString>

namespace claimscope::core {
class Project;
}

namespace claimscope::ui::pdf {

// The index at the end: every speaker quoted or reported in the exported sources, in the
// alphabetical order of the interface language, with the pages where their quotes and claims are.
class PdfSpeakerIndex final {
public:
    struct Entry {
        QString speaker; // id
        QString name;
        QList<int> pages; // 0-based pages of the whole PDF, ascending
    };

    // `pages`: speaker id → the 0-based pages of the PDF where they are quoted or reported.
    PdfSpeakerIndex(const core::Project &project, const QHash<QString, QList<int>> &pages,
                    const PdfLayoutContext &context);

    int pageCount() const { return m_text.pageCount(); }
    void drawPage(QPainter &painter, int page) const { m_text.draw(painter, page); }
    // In the order printed.
    const QList<Entry> &entries() const { return m_entries; }

private:
    PdfTextPages m_text;
    QList<Entry> m_entries;
};

} // namespace claimscope::ui::pdf
