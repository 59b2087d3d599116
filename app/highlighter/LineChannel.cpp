#include "LineChannel.h"

#include <cstdio>
#include <iostream>

namespace claimscope::highlighter {

LineChannel::LineChannel()
{
    // Unsynchronised streams read stdin in large blocks; a request line can be megabytes long.
    std::ios::sync_with_stdio(false);
}

bool LineChannel::readLine(QByteArray &line)
{
    if (!std::getline(std::cin, m_buffer))
        return false;
    // No copy: the parser only reads the bytes while the buffer is untouched.
    line = QByteArray::fromRawData(m_buffer.data(), static_cast<int>(m_buffer.size()));
    return true;
}

bool LineChannel::writeLine(const QByteArray &line)
{
    // One write of line and newline together, then flush: the client waits for the whole line.
    std::cout.write(line.constData(), line.size());
    std::cout.put('\n');
    std::cout.flush();
    return static_cast<bool>(std::cout);
}

} // namespace claimscope::highlighter
