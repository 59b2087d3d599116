// REFI-QDA import: project.qde read by the DOCTYPE-refusing reader, then mapped into Claimscope's
// records with the built-in lexicon's speakers. Every package file the project names reads as one
// short text. Whatever imports must survive a round trip: exported again, it reads back with the
// same number of sources, speakers and annotations.

#include "FuzzSupport.h"
#include "core/highlight/Lexicon.h"
#include "core/interchange/RefiImport.h"
#include "core/interchange/RefiProjectReader.h"
#include "core/interchange/RefiProjectWriter.h"

#include <variant>

using namespace claimscope;

namespace {

const QList<core::Speaker> &knownSpeakers()
{
    static const QList<core::Speaker> speakers = [] {
        const core::LexiconResult loaded =
            core::loadLexicon(core::builtInSpeakersPath(), core::builtInCuesPath());
        return std::holds_alternative<core::Lexicon>(loaded) ? std::get<core::Lexicon>(loaded).speakers
                                                             : QList<core::Speaker>();
    }();
    return speakers;
}

std::variant<core::RefiImported, core::ImportError> importXml(const QByteArray &xml,
                                                              const core::PackageFileReader &readFile)
{
    auto document = core::readRefiProject(xml, QStringLiteral("/fuzz/project.qdpx"));
    if (const auto *error = std::get_if<core::ImportError>(&document))
        return *error;
    return core::projectFromRefi(std::get<core::RefiDocument>(document), readFile,
                                 QStringLiteral("/fuzz/project.qdpx"), knownSpeakers());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    const core::PackageFileReader anyText =
        [](const QString &) -> std::variant<QByteArray, core::ImportError> {
        return QByteArrayLiteral("Tokayev said that Kazakhstan would not apply, according to Uali.");
    };
    const auto imported = importXml(fuzz::bytesOf(data, size), anyText);
    if (const auto *error = std::get_if<core::ImportError>(&imported)) {
        fuzz::requireThat(!error->message().isEmpty(), "a REFI-QDA import failed without a message");
        return 0;
    }
    const core::ProjectContents &contents = std::get<core::RefiImported>(imported).contents;
    const core::RefiPackage package = core::refiPackage(contents);
    const core::PackageFileReader packageFiles =
        [&package](const QString &path) -> std::variant<QByteArray, core::ImportError> {
        for (const auto &[name, bytes] : package.files) {
            if (name == path)
                return bytes;
        }
        return core::ImportError(core::ImportError::Reason::Malformed, path);
    };
    const auto again = importXml(package.projectXml, packageFiles);
    fuzz::requireThat(std::holds_alternative<core::RefiImported>(again),
                      "an imported project does not export");
    const core::ProjectContents &back = std::get<core::RefiImported>(again).contents;
    fuzz::requireThat(back.sources.size() == contents.sources.size(), "sources lost in a round trip");
    fuzz::requireThat(back.speakers.size() == contents.speakers.size(), "speakers lost in a round trip");
    fuzz::requireThat(back.annotations.size() == contents.annotations.size(),
                      "annotations lost in a round trip");
    return 0;
}
