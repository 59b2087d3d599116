#pragma once

#include "core/document/ImportError.h"

#include <QList>

class QWidget;

namespace claimscope::ui {

// One window-modal message for a batch of files that could not be opened, each named with its
// reason. It does not block: the window stays usable and what did open is already shown.
void showImportErrors(QWidget *parent, const QList<core::ImportError> &errors);

} // namespace claimscope::ui
