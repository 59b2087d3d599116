#pragma once

// Faults on request, for the client's tests of a crashing, stuck or confused helper. They exist only
// when the environment asks for them, so a normal run cannot be told to misbehave.

namespace claimscope::highlighter {

bool testHooksEnabled();

// The `hang` hook: stop reading and never reply, as a runaway regex would.
[[noreturn]] void hangForever();

} // namespace claimscope::highlighter
