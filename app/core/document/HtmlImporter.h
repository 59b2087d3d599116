#pragma once

#include "core/document/ImportResult.h"

#include <QByteArray>
#include <QString>

namespace claimscope::core {

// HTML to plain text through libxml2's forgiving HTML parser. Scripts, styles, frames, embedded
// objects and forms are dropped; nothing is ever fetched (the parser runs with HTML_PARSE_NONET and
// no resource is resolved). Block elements become paragraphs, <br> a line break, table cells tabs.
// Metadata comes from <title>, <html lang> and the usual <meta> tags (author, og:site_name,
// article:published_time, og:url, canonical link).
ImportResult importHtml(const QByteArray &bytes, const QString &filePath);

// Whether the HTML's DOCTYPE declares anything between brackets ("<!DOCTYPE html [ <!ENTITY …> ]>").
// The XHTML 1.1 DOCTYPE with its public identifier is fine: the parser never loads it. Declarations
// are where entity tricks live and no page needs them; libxml2's HTML parser would pass them on as
// text. importHtml() refuses such a page, and the EPUB importer such a chapter.
bool htmlHasInternalSubset(QStringView html);

// The same for text that is already decoded, e.g. HTML rendered from Markdown.
ImportResult importHtmlText(const QString &html, const QString &filePath, const QString &encoding);

} // namespace claimscope::core
