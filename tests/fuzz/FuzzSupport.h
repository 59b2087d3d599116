#pragma once

#include "core/document/ImportResult.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares. A target's promise is checked with requireThat(): a broken promise
// (an import that neither succeeds nor names a reason, a generated definition the engine would
// refuse) is a finding like a crash, so it aborts with the reason on stderr.

namespace claimscope::fuzz {

// The Qt application the libraries expect (SQL drivers, resources, translations), made once.
void ensureApplication();

QByteArray bytesOf(const std::uint8_t *data, std::size_t size);

// Aborts with `what` when `condition` is false.
void requireThat(bool condition, const char *what);

// An importer's result: a document with text, or an error with a message for the user.
void requireClearOutcome(const core::ImportResult &result);

// Splits off the first byte of the input (0 when empty) to steer a target: a language, an option.
std::uint8_t takeSelector(QByteArray &bytes);

} // namespace claimscope::fuzz

// libFuzzer's entry points, implemented by each target (the replay main calls them too).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
