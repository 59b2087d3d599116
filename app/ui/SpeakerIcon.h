#pragma once

#include <QIcon>
#include <QString>

namespace claimscope::ui {

// A speaker's colour as a small filled square, so that a list or menu entry can be matched with
// the passages painted in that colour. An empty or invalid colour gives an outlined square: the
// entry keeps its place in the column of names.
QIcon speakerIcon(const QString &colour);

} // namespace claimscope::ui
