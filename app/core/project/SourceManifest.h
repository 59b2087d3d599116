#pragma once

#include "core/document/Document.h"
#include "core/document/ImportError.h"

#include <QList>
#include <QString>

namespace claimscope::core {

// A set of sources described by a JSON manifest: a name, the research question, and per source
// the file (relative to the manifest) with the metadata a plain text file cannot carry itself.
//   {"name": …, "question": …, "sources": [{"file", "title", "outlet", "author", "date", "language", "url"}]}
struct SourceSet {
    QString name;
    QString question;
    QList<Document> documents;
    QList<ImportError> errors;
};

SourceSet loadSourceManifest(const QString &manifestPath);

// The sample project compiled into the application.
QString sampleManifestPath();

} // namespace claimscope::core
