#pragma once

#include "core/project/ProjectRecords.h"
#include "ui/pdf/PdfExportTypes.h"
#include "ui/pdf/PdfLayoutContext.h"
#include "ui/pdf/PdfTextPages.h"

#include <QList>
#include <QStringList>

namespace claimscope::core {
class Project;
}

namespace claimscope::ui::pdf {

// The first page: the project's name, the day of the export, the research question, how many
// sources follow, a legend of the chosen categories (each drawn as it appears in the text) and of
// the colours of the speakers in those sources. A long list of speakers runs on to more pages.
class PdfTitlePage final {
public:
    PdfTitlePage(const core::Project &project, const QList<core::SourceId> &sources,
                 const PdfExportOptions &options, const PdfLayoutContext &context);

    int pageCount() const { return m_text.pageCount(); }
    void drawPage(QPainter &painter, int page) const { m_text.draw(painter, page); }

    // The speakers with an annotation or a stance in `sources`: the project's in its order, then
    // any it does not list.
    static QStringList speakersIn(const core::Project &project, const QList<core::SourceId> &sources);

private:
    void writeLegend(const PdfExportOptions &options);
    void writeSpeakers(const core::Project &project, const QStringList &speakers);

    const PdfLayoutContext &m_context;
    PdfTextPages m_text;
};

} // namespace claimscope::ui::pdf
