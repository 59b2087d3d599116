#pragma once

#include <QString>

namespace claimscope::core {

// Paths inside a package, as the ZIP names them: "word/document.xml", "OEBPS/text/ch1.xhtml".

// The folder of a part, "" at the root.
QString packageFolder(const QString &partPath);

// Where a reference from a part leads: `href` is a URI reference, relative to `fromPart`'s folder or,
// with a leading "/", to the package root; percent-escapes are decoded and the fragment dropped.
// Empty for references that leave the package (a scheme such as http: or mailto:).
QString resolvePackagePath(const QString &fromPart, const QString &href);

// The fragment of a reference ("ch2.xhtml#note-3" → "note-3"), empty without one.
QString referenceFragment(const QString &href);

} // namespace claimscope::core
