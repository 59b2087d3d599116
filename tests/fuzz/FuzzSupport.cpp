#include "FuzzSupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace claimscope::fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    // Qt keeps argc by reference for the application's lifetime, so both live as long as it does.
    static int argc = 1;
    static char name[] = "claimscope-fuzz";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives until the process ends, as in the app
}

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

void requireThat(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "broken promise: %s\n", what);
    std::abort();
}

void requireClearOutcome(const core::ImportResult &result)
{
    if (result.ok())
        requireThat(!result.document().text.isEmpty(), "an import succeeded with no text");
    else
        requireThat(!result.error().message().isEmpty(), "an import failed without a message");
}

std::uint8_t takeSelector(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return 0;
    const auto selector = static_cast<std::uint8_t>(bytes.front());
    bytes.remove(0, 1);
    return selector;
}

} // namespace claimscope::fuzz
