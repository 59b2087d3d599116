#pragma once

#include "core/highlight/Lexicon.h"

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace claimscope::core {

// The KSyntaxHighlighting definition the helper is asked to use, and the names of its formats.
// The viewer paints and the analyzer reads spans by these names, so they are part of the protocol.
inline constexpr QStringView kDefinitionName = u"Claimscope";
namespace formatname {
inline constexpr QStringView Normal = u"Normal Text";
inline constexpr QStringView Speaker = u"Speaker";
inline constexpr QStringView Quote = u"Quote";
inline constexpr QStringView QuoteMark = u"QuoteMark";
inline constexpr QStringView Cue = u"Cue";
inline constexpr QStringView Figure = u"Figure";
} // namespace formatname

// Bumped whenever the generated rules change meaning, so a cached file can be told from a new one.
inline constexpr int kDefinitionVersion = 1;

// The whole syntax definition (XML) for a lexicon. Every lexicon string enters a pattern escaped,
// so any name is matched literally; blank forms are left out.
QString generateDefinition(const Lexicon &lexicon);

// The first problem of a definition, or nothing when it is sound: XML that does not parse, a
// missing language name, format or context, or a RegExpr that QRegularExpression refuses with the
// options KSyntaxHighlighting compiles it with. The engine itself only logs a bad pattern and
// then never matches it, so this is the place where such a mistake is caught.
std::optional<QString> validateDefinition(const QString &xml);

// The options KSyntaxHighlighting (5.103 and 6.x) gives a RegExpr with these attributes.
QRegularExpression::PatternOptions engineRegexOptions(bool minimal, bool insensitive);

// `cacheDir`/syntax/claimscope.xml: where writeDefinition() puts the file. The helper is given
// `cacheDir` as a search path and finds it there.
QString definitionFilePath(const QString &cacheDir);

// Generates, validates and atomically writes the definition. Returns the problem, or nothing on
// success; an invalid definition is never written, and an earlier good file stays in place. A
// definition already validated in this process is not validated again, and a file that already
// holds exactly these bytes is left as it is.
std::optional<QString> writeDefinition(const Lexicon &lexicon, const QString &cacheDir);

// The same for a definition already generated: validated first, written only when sound.
std::optional<QString> writeDefinitionXml(const QString &xml, const QString &cacheDir);

} // namespace claimscope::core
