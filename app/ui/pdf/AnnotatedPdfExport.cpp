#include "ui/pdf/AnnotatedPdfExport.h"

#include "core/project/Project.h"
#include "core/project/ProjectFileChecks.h"
#include "ui/pdf/PdfAnnotator.h"
#include "ui/pdf/PdfOriginalPages.h"
#include "ui/pdf/PdfOriginals.h"
#include "ui/pdf/PdfOutline.h"
#include "ui/pdf/PdfPageLayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace claimscope::ui::pdf {
namespace {

// How far the export is, in per cent, after each step: the pages are most of the work.
constexpr int kOriginalsRead = 4;
constexpr int kPagesDone = 80;
constexpr int kOriginalsInserted = 86;
constexpr int kAnnotationsDone = 93;
constexpr int kMaxKeywordSpeakers = 20;

// The full name of the person logged in (the GECOS field), or their login name.
QString personLoggedIn()
{
    if (const passwd *entry = getpwuid(getuid())) {
        const QString gecos = QString::fromLocal8Bit(entry->pw_gecos).section(u',', 0, 0).trimmed();
        if (!gecos.isEmpty())
            return gecos;
        return QString::fromLocal8Bit(entry->pw_name);
    }
    return {};
}

} // namespace

QString AnnotatedPdfExport::cancelledMessage()
{
    return tr("The export was cancelled; no file was written.");
}

PdfMetadata AnnotatedPdfExport::metadataFor(const core::Project &project, const PdfExportOptions &options)
{
    PdfMetadata metadata;
    metadata.title = project.settings().name;
    metadata.author = personLoggedIn();
    metadata.subject = project.settings().question;
    metadata.creator = u"Claimscope %1"_s.arg(QStringLiteral(CLAIMSCOPE_VERSION));
    // The speakers quoted or reported in what is exported, in project order: what one searches by.
    QSet<QString> drawn;
    for (core::SourceId source : options.sourcesIn(project)) {
        for (core::AnnotationId id : project.annotationsOf(source)) {
            const core::AnnotationRecord *annotation = project.annotation(id);
            if (annotation && options.includes(annotation->kind) && !annotation->speaker.isEmpty())
                drawn.insert(annotation->speaker);
        }
    }
    QStringList keywords;
    for (const core::SpeakerRecord &speaker : project.speakers()) {
        if (keywords.size() < kMaxKeywordSpeakers && drawn.contains(speaker.speaker.id))
            keywords.append(speaker.speaker.name);
    }
    metadata.keywords = keywords.join(u"; "_s);
    return metadata;
}

std::optional<QString> AnnotatedPdfExport::write(const core::Project &project,
                                                 const PdfExportOptions &options, const QString &path,
                                                 const PdfProgress &progress)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (target.isDir())
        return tr("Could not write %1: it is a folder.").arg(shown);
    if (!target.absoluteDir().exists())
        return tr("Could not write %1: the folder does not exist.").arg(shown);
    // The steps' files sit beside the target, so that the last one is renamed, not copied, onto it.
    QTemporaryDir work(target.absoluteDir().filePath(u".claimscope-export-XXXXXX"_s));
    if (!work.isValid())
        return tr("Could not write %1: %2").arg(shown, work.errorString());

    bool cancelled = false;
    const auto reached = [&](int percent) {
        if (progress && !cancelled && !progress(percent, 100))
            cancelled = true;
        return !cancelled;
    };
    const QString pages = work.filePath(u"pages.pdf"_s);
    const QString withOriginals = work.filePath(u"originals.pdf"_s);
    const QString annotated = work.filePath(u"annotated.pdf"_s);
    const QString outlined = work.filePath(u"outlined.pdf"_s);
    const auto share = [](int done, int total, int from, int to) {
        return from + (total > 0 ? done * (to - from) / total : 0);
    };

    const QList<core::SourceId> sources = options.sourcesIn(project);
    const auto collected = collectOriginals(project, sources, work.path(), [&](int done, int total) {
        return reached(share(done, total, 0, kOriginalsRead));
    });
    if (cancelled)
        return cancelledMessage();
    if (const auto *problem = std::get_if<QString>(&collected))
        return *problem;

    const auto laidOut = layOutPdf(
        project, options, pages,
        [&](int done, int total) { return reached(share(done, total, kOriginalsRead, kPagesDone)); },
        std::get<PdfOriginals>(collected));
    if (cancelled)
        return cancelledMessage();
    if (const auto *problem = std::get_if<QString>(&laidOut))
        return *problem;
    const PdfLayoutResult &layout = std::get<PdfLayoutResult>(laidOut);
    if (!reached(kPagesDone))
        return cancelledMessage();
    // Without originals to put in, the layout's pages go on as they are.
    QString laidOutPages = pages;
    if (!layout.originals.isEmpty()) {
        if (const auto problem = insertOriginalPages(pages, withOriginals, layout.originals))
            return problem;
        laidOutPages = withOriginals;
    }
    if (!reached(kOriginalsInserted))
        return cancelledMessage();
    if (const auto problem =
            annotatePdf(laidOutPages, annotated, layout.marks, metadataFor(project, options)))
        return problem;
    if (!reached(kAnnotationsDone))
        return cancelledMessage();
    if (const auto problem = addOutline(annotated, outlined, layout.outline))
        return problem;
    if (!reached(99))
        return cancelledMessage();

    if (const auto problem = core::projectfile::replaceFile(outlined, path))
        return tr("Could not write %1: %2").arg(shown, *problem);
    if (progress)
        progress(100, 100);
    return std::nullopt;
}

} // namespace claimscope::ui::pdf
