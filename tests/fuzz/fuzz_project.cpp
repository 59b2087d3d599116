// Opening a project file someone sent: the bytes as a .claimscope file, opened read-only (which
// checks the application id, schema version, integrity and foreign objects such as triggers, and
// migrates an older schema in a temporary copy), then loaded whole.

#include "FuzzSupport.h"
#include "core/project/ProjectStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <variant>

using namespace claimscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("input.claimscope"));
    {
        QFile file(path);
        fuzz::requireThat(file.open(QIODevice::WriteOnly | QIODevice::Truncate),
                          "the input file cannot be written");
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    auto opened = core::ProjectStore::open(path, core::ProjectStore::Mode::ReadOnly);
    if (const auto *error = std::get_if<core::ProjectError>(&opened)) {
        fuzz::requireThat(!error->message.isEmpty(), "a project refused without a message");
        return 0;
    }
    const auto loaded = std::get<std::unique_ptr<core::ProjectStore>>(opened)->load();
    if (const auto *error = std::get_if<core::ProjectError>(&loaded))
        fuzz::requireThat(!error->message.isEmpty(), "a project failed to load without a message");
    return 0;
}
