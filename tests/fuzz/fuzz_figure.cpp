// The figure parser: a span's text in a language the input chooses ("en", "ru", "tr", or another
// code, read with every language's words), whole and at a position inside a longer text. A figure
// it accepts must be a number: never NaN or infinite, and a range's top never below its bottom.

#include "FuzzSupport.h"
#include "core/analysis/FigureParser.h"

#include <array>
#include <cmath>

using namespace claimscope;

namespace {

void requireSound(const std::optional<core::ParsedFigure> &figure)
{
    if (!figure)
        return;
    fuzz::requireThat(std::isfinite(figure->value) && std::isfinite(figure->scale),
                      "a figure that is not a number");
    if (figure->upperValue)
        fuzz::requireThat(std::isfinite(*figure->upperValue), "a range whose top is not a number");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    QByteArray bytes = fuzz::bytesOf(data, size);
    static const std::array<QStringView, 5> languages = {u"en", u"ru", u"tr", u"kk", u""};
    const QStringView language = languages[fuzz::takeSelector(bytes) % languages.size()];
    const std::uint8_t startByte = fuzz::takeSelector(bytes);
    const std::uint8_t lengthByte = fuzz::takeSelector(bytes);
    const QString text = QString::fromUtf8(bytes);
    requireSound(core::parseFigure(text, language));
    if (!text.isEmpty()) {
        const qsizetype start = startByte % text.size();
        const qsizetype end = std::min<qsizetype>(text.size(), start + 1 + lengthByte);
        requireSound(core::parseFigureAt(text, start, end, language));
    }
    return 0;
}
