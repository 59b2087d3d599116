#pragma once

#include "core/project/ProjectRecords.h"
#include "ui/pdf/PdfExportTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace claimscope::ui::pdf {

// The words the page layout writes, in the interface language at the moment of asking: headings,
// the legend, the margin notes, the contents of the marks, the footer and the errors. One place,
// so that the translators find them under one context ("PdfLayoutText").
class PdfLayoutText final {
    Q_DECLARE_TR_FUNCTIONS(PdfLayoutText)

public:
    // Errors.
    static QString cancelled();
    static QString cannotWrite(const QString &path, const QString &reason);
    static QString writeFailed(const QString &path, const QString &reason);

    // The title page.
    static QString untitledProject();
    static QString exportedOn(const QDate &date);
    static QString question();
    static QString sourceCount(int count);
    static QString categoriesHeading();
    static QString categorySample(core::AnnotationKind kind);
    static QString categoryExplanation(core::AnnotationKind kind);
    static QString marginExplanation();
    static QString speakersHeading();
    static QString noSpeakers();

    // A source's header: "Steppe Ledger · Aruzhan Temirova · Friday, 25 October 2024 · English".
    static QString sourceDetails(const QStringList &parts);
    static QString untitledSource();
    // The header page of a source shown by its own pages: "Original PDF, 4 pages", and the legend
    // line, whose lead comes before the kinds' names drawn on their tints and the note after them.
    static QString originalPdf(int pages);
    static QString originalLegendLead();
    static QString originalLegendNote();
    // The line in a typeset PDF source's header saying why its own pages are not shown.
    static QString typesetBecause(PdfOriginalState state);

    // Margin notes and the marks' contents.
    static QString stance(int score);
    static QString stanceOf(const QString &speaker, int score);
    static QString noSpeaker();
    static QString note(const QString &note);
    // A figure's value as Claimscope normalised it: "43.5 billion USD", "80%".
    static QString figureValue(const core::FigureFields &figure);
    // A mark's contents, one fact a line: "Quote · Kassym-Jomart Tokayev", the figure's value or
    // the stance the passage carries when there is one, the note when there is one.
    static QString markContents(core::AnnotationKind kind, const QString &speaker, const QString &value,
                                std::optional<int> stance, const QString &note);

    // Outline entries and section names.
    static QString sources();
    static QString charts();
    static QString figures();
    static QString stances();
    static QString voices();
    static QString speakers();

    // The chart pages.
    static QString seriesBySource();
    static QString seriesBySpeaker();
    static QString chartCut(qsizetype shownSeries, qsizetype totalSeries, qsizetype shownGroups,
                            qsizetype totalGroups, bool speakerGroups);

    // The index of speakers.
    static QString indexHeading();
    static QString indexExplanation();
    static QString noQuotedSpeakers();
    // "3, 4, 7": 0-based page indices as people count pages, from 1.
    static QString pageList(const QList<int> &pages);

    // "Page 3 of 12".
    static QString pageOf(int page, int count);
};

} // namespace claimscope::ui::pdf
