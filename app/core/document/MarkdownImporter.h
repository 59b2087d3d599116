#pragma once

#include "core/document/ImportResult.h"

#include <QByteArray>
#include <QString>

namespace claimscope::core {

// Markdown to plain text: cmark (the CommonMark reference library) renders HTML in its safe mode,
// which omits raw HTML, and the HTML importer reduces that to text. A YAML-style front matter block
// (--- title: … ---) fills the metadata: title, outlet, author, date, url, language.
ImportResult importMarkdown(const QByteArray &bytes, const QString &filePath);

} // namespace claimscope::core
