#include "TestHooks.h"

#include <QLatin1String>
#include <QString>
#include <QtGlobal>

#include <chrono>
#include <thread>

namespace claimscope::highlighter {

bool testHooksEnabled()
{
    return qEnvironmentVariable("CLAIMSCOPE_HIGHLIGHTER_TEST_HOOKS") == QLatin1String("1");
}

void hangForever()
{
    for (;;)
        std::this_thread::sleep_for(std::chrono::hours(1));
}

} // namespace claimscope::highlighter
