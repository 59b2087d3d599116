#include "ui/pdf/PdfLayoutText.h"

#include "core/charts/ChartText.h"
#include "ui/AnnotationMarks.h"

#include <QDir>
#include <QLocale>
#include <QStringList>

namespace claimscope::ui::pdf {

QString PdfLayoutText::cancelled()
{
    return tr("The export was cancelled.");
}

QString PdfLayoutText::cannotWrite(const QString &path, const QString &reason)
{
    return tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString PdfLayoutText::writeFailed(const QString &path, const QString &reason)
{
    return tr("Writing “%1” failed: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString PdfLayoutText::untitledProject()
{
    return tr("Untitled project");
}

QString PdfLayoutText::exportedOn(const QDate &date)
{
    return tr("Exported on %1").arg(QLocale().toString(date, QLocale::LongFormat));
}

QString PdfLayoutText::question()
{
    return tr("Research question");
}

QString PdfLayoutText::sourceCount(int count)
{
    return tr("%n source(s) exported", nullptr, count);
}

QString PdfLayoutText::categoriesHeading()
{
    return tr("How the text is marked");
}

QString PdfLayoutText::categorySample(core::AnnotationKind kind)
{
    switch (kind) {
    case core::AnnotationKind::Quote:
        return tr("“quoted words”", "legend sample of a quote");
    case core::AnnotationKind::Claim:
        return tr("reported words", "legend sample of a claim");
    case core::AnnotationKind::Figure:
        return tr("43.5 billion", "legend sample of a figure");
    case core::AnnotationKind::SpeakerMention:
        return tr("a speaker’s name", "legend sample of a speaker mention");
    }
    return {};
}

QString PdfLayoutText::categoryExplanation(core::AnnotationKind kind)
{
    switch (kind) {
    case core::AnnotationKind::Quote:
        return tr("Quote: a speaker’s own words, tinted in the speaker’s colour (grey when nobody is "
                  "attributed).");
    case core::AnnotationKind::Claim:
        return tr("Claim: what a speaker is reported to say, in a fainter tint with a dashed underline.");
    case core::AnnotationKind::Figure:
        return tr("Figure: a number the source cites, in bold amber; its value as Claimscope reads it "
                  "stands in the margin.");
    case core::AnnotationKind::SpeakerMention:
        return tr("Speaker mention: a person named, in bold, underlined in the speaker’s colour.");
    }
    return {};
}

QString PdfLayoutText::marginExplanation()
{
    return tr("The right margin names the speaker of each quote and claim, gives the value of each figure "
              "and the stance a passage carries; a line beside the text marks the passages a stance "
              "rests on.");
}

QString PdfLayoutText::speakersHeading()
{
    return tr("Speakers and their colours");
}

QString PdfLayoutText::noSpeakers()
{
    return tr("No speaker appears in the exported sources.");
}

QString PdfLayoutText::sourceDetails(const QStringList &parts)
{
    return parts.join(tr(" · ", "separator of a source's outlet, author, date and language"));
}

QString PdfLayoutText::untitledSource()
{
    return tr("Untitled source");
}

QString PdfLayoutText::originalPdf(int pages)
{
    return tr("Original PDF, %n page(s)", "header of a source shown by its own pages", pages);
}

QString PdfLayoutText::originalLegendLead()
{
    return tr("Highlighted on the pages that follow:", "followed by the names of the kinds, on their tints");
}

QString PdfLayoutText::originalLegendNote()
{
    return tr("— quotes and claims in their speaker’s colour. Open a highlight for its speaker, the "
              "figure’s value and the stance the passage carries.");
}

QString PdfLayoutText::typesetBecause(PdfOriginalState state)
{
    switch (state) {
    case PdfOriginalState::Used:
        break;
    case PdfOriginalState::NoGeometry:
        return tr("Typeset from the imported text: where its words lie on the original pages was not kept.");
    case PdfOriginalState::Missing:
        return tr("Typeset from the imported text: the project does not keep the original PDF (a PDF "
                  "opened with a password is not kept).");
    case PdfOriginalState::Unreadable:
        return tr("Typeset from the imported text: the original PDF could not be read.");
    case PdfOriginalState::Mismatch:
        return tr("Typeset from the imported text: the original PDF’s pages are not those the text was "
                  "read from.");
    }
    return {};
}

QString PdfLayoutText::stance(int score)
{
    return tr("Stance: %1").arg(core::ChartText::scoreText(score));
}

QString PdfLayoutText::stanceOf(const QString &speaker, int score)
{
    return tr("Stance of %1: %2", "speaker, score").arg(speaker, core::ChartText::scoreText(score));
}

QString PdfLayoutText::noSpeaker()
{
    return tr("no speaker");
}

QString PdfLayoutText::note(const QString &note)
{
    return tr("Note: %1").arg(note);
}

QString PdfLayoutText::figureValue(const core::FigureFields &figure)
{
    return core::ChartText::figureValue(core::normaliseFigure(figure));
}

QString PdfLayoutText::markContents(core::AnnotationKind kind, const QString &speaker, const QString &value,
                                    std::optional<int> stance, const QString &note)
{
    QStringList first{annotationKindName(kind)};
    if (!value.isEmpty())
        first.append(value);
    // A quote or claim is someone's, or says that it is nobody's; a figure no one gave is just a figure.
    if (!speaker.isEmpty())
        first.append(speaker);
    else if (kind == core::AnnotationKind::Quote || kind == core::AnnotationKind::Claim)
        first.append(noSpeaker());
    QStringList lines{first.join(tr(" · ", "separator of a mark's kind, value and speaker"))};
    if (stance)
        lines.append(PdfLayoutText::stance(*stance));
    if (const QString trimmed = note.trimmed(); !trimmed.isEmpty())
        lines.append(PdfLayoutText::note(trimmed));
    return lines.join(u'\n');
}

QString PdfLayoutText::sources()
{
    return tr("Sources");
}

QString PdfLayoutText::charts()
{
    return tr("Charts");
}

QString PdfLayoutText::figures()
{
    return tr("Figures");
}

QString PdfLayoutText::stances()
{
    return tr("Stances");
}

QString PdfLayoutText::voices()
{
    return tr("Voices");
}

QString PdfLayoutText::speakers()
{
    return tr("Speakers");
}

QString PdfLayoutText::seriesBySource()
{
    return tr("Bars are coloured by source:");
}

QString PdfLayoutText::seriesBySpeaker()
{
    return tr("Bars are coloured by speaker:");
}

QString PdfLayoutText::chartCut(qsizetype shownSeries, qsizetype totalSeries, qsizetype shownGroups,
                                qsizetype totalGroups, bool speakerGroups)
{
    const QLocale locale;
    QStringList parts;
    if (shownSeries < totalSeries)
        parts.append(tr("%1 of %2 sources are drawn, those with the most bars.")
                         .arg(locale.toString(shownSeries), locale.toString(totalSeries)));
    if (shownGroups < totalGroups)
        parts.append((speakerGroups ? tr("%1 of %2 speakers are drawn, those with the most bars.")
                                    : tr("%1 of %2 measures are drawn."))
                         .arg(locale.toString(shownGroups), locale.toString(totalGroups)));
    return parts.join(u' ');
}

QString PdfLayoutText::indexHeading()
{
    return tr("Index of speakers");
}

QString PdfLayoutText::indexExplanation()
{
    return tr("Every speaker quoted or reported in the exported sources, with the pages where they are.");
}

QString PdfLayoutText::noQuotedSpeakers()
{
    return tr("Nobody is quoted or reported in the exported sources.");
}

QString PdfLayoutText::pageList(const QList<int> &pages)
{
    const QLocale locale;
    QStringList numbers;
    numbers.reserve(pages.size());
    for (const int page : pages)
        numbers.append(locale.toString(page + 1));
    return numbers.join(tr(", ", "separator of page numbers in the index of speakers"));
}

QString PdfLayoutText::pageOf(int page, int count)
{
    const QLocale locale;
    return tr("Page %1 of %2").arg(locale.toString(page), locale.toString(count));
}

} // namespace claimscope::ui::pdf
