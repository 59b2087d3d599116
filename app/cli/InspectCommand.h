#pragma once

#include <QStringList>

namespace claimscope::cli {

// `claimscope inspect [--text] FILE…`: imports each file as the window would and prints what was
// found (format, encoding, language, size, title), or why it could not be read. Exit code 1 when
// any file failed, 2 on a usage error.
int runInspect(const QStringList &arguments);

} // namespace claimscope::cli
