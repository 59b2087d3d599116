#pragma once

#include <QString>
#include <QStringList>

namespace claimscope::core {

// One record of a CSV table as RFC 4180 writes it: fields separated by commas, a field quoted
// when it holds a comma, a quote or a line break (quotes inside doubled), and the record ended by
// CR LF. Text stays as it is, line breaks included: spreadsheets, R and pandas read them back.
QString csvRow(const QStringList &fields);

} // namespace claimscope::core
