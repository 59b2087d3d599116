#pragma once

#include "core/document/Document.h"
#include "core/document/DocumentOrError.h"
#include "core/document/ImportError.h"

namespace claimscope::core {

// What an importer returns: the whole document, or why there is none.
using ImportResult = DocumentOrError<Document, ImportError>;

} // namespace claimscope::core
