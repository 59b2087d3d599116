#pragma once

// What the parts of the annotated PDF export hand each other: the options a person chose, and what
// the page layout reports back (where each annotation was drawn, where each outline entry points)
// for the two steps that follow it: the Highlight annotations (poppler) and the outline (qpdf).

#include "core/project/ProjectRecords.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QRectF>
#include <QSet>
#include <QString>

#include <functional>

namespace claimscope::core {
class Project;
}

namespace claimscope::ui::pdf {

struct PdfExportOptions {
    // Quotes, claims and figures. Out of line: GCC 12 warns of a dangling pointer (wrongly) where
    // it inlines a QSet built from an initializer list into every default-constructed options.
    static QSet<core::AnnotationKind> defaultKinds();

    QPageSize::PageSizeId pageSize = QPageSize::A4;
    // The categories drawn and annotated. Speaker mentions are left out by default: a page of names
    // underlined says little that the margin does not.
    QSet<core::AnnotationKind> kinds = defaultKinds();
    bool charts = true;
    // The sources to export, in this order; empty: every source, in project order.
    QList<core::SourceId> sources;

    bool includes(core::AnnotationKind kind) const { return kinds.contains(kind); }
    // The sources to export: those asked for that the project has, once each, in the order asked;
    // every source in project order when none is asked for.
    QList<core::SourceId> sourcesIn(const core::Project &project) const;
};

// Letter where the locale measures in US units (the United States and its neighbours), A4 elsewhere.
inline QPageSize::PageSizeId defaultPageSize(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

// One annotation as drawn on a page: the Highlight annotation to add there.
struct PdfMark {
    core::AnnotationId annotation = 0;
    core::AnnotationKind kind = core::AnnotationKind::Quote;
    int page = 0; // 0-based page index in the finished PDF (original pages of sources included)
    // The annotated words, one rectangle per line, in points from the page's top left as a reader
    // shows the page: on a source's original page, of its crop box, turned as its /Rotate says.
    QList<QRectF> rects;
    QString author;   // the speaker's name; empty when nobody is attributed
    QString contents; // kind, speaker, stance or value, note, in the interface language
    QColor colour;    // the tint drawn behind it (a light tint of the ink for figures, mentions)

    friend bool operator==(const PdfMark &, const PdfMark &) = default;
};

// An outline (bookmark) entry. Level 0 entries are the top ("Sources", "Charts", "Speakers");
// a level 1 entry belongs to the level 0 entry before it.
struct PdfOutlineEntry {
    QString title;
    int page = 0; // 0-based
    int level = 0;

    friend bool operator==(const PdfOutlineEntry &, const PdfOutlineEntry &) = default;
};

// Whether a source imported from a PDF is shown by its own pages, or why it is typeset instead.
enum class PdfOriginalState {
    Used,
    NoGeometry, // the positions of its words were not kept
    Missing,    // the project does not keep the file (as for a PDF opened with a password)
    Unreadable, // the project file could not give it, or qpdf cannot open it without a password
    Mismatch,   // the file's pages are not those the words were read from
};

// A PDF source's original as the export found it (collectOriginals).
struct PdfOriginal {
    PdfOriginalState state = PdfOriginalState::Missing;
    QString file;      // when used: a copy in the export's temporary folder
    int pageCount = 0; // when used
};

// By source; a source that is not there (not from a PDF) is typeset without a word about it.
using PdfOriginals = QHash<core::SourceId, PdfOriginal>;

// Where the pages of an original go: the pages of `file` become pages firstPage …
// firstPage + pageCount − 1 (0-based) of the finished PDF, right after the source's header pages.
struct PdfOriginalInsert {
    core::SourceId source = 0;
    QString file;
    int firstPage = 0;
    int pageCount = 0;

    friend bool operator==(const PdfOriginalInsert &, const PdfOriginalInsert &) = default;
};

// What the page layout wrote.
struct PdfLayoutResult {
    // Pages of the finished PDF, the original pages of sources included: the layout writes only
    // pageCount minus those, and leaves their places to insertOriginalPages.
    int pageCount = 0;
    QSizeF pageSize; // in points
    // A mark's page may be one of several: a passage that runs over a page break gives two marks,
    // one per page, with the same annotation.
    QList<PdfMark> marks;
    QList<PdfOutlineEntry> outline;
    QList<PdfOriginalInsert> originals; // in page order
};

// The document information dictionary.
struct PdfMetadata {
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;
};

// Called as the export goes (`done` of `total` steps); returning false cancels it.
using PdfProgress = std::function<bool(int done, int total)>;

} // namespace claimscope::ui::pdf
