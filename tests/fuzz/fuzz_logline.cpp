// Fuzz target: the administrator-log line parser and R13's classification.
// Invariants: the raw line is kept exactly, and an upgrade can only turn an
// Error into an ExpectedError, nothing else.

#include "core/model/logline.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const iuc::LogLine line = iuc::parseLogLine(text);
    if (line.raw != text)
        std::abort();

    const iuc::LogSeverity during = iuc::classify(line, true);
    const iuc::LogSeverity outside = iuc::classify(line, false);
    if (outside == iuc::LogSeverity::ExpectedError)
        std::abort();
    if (during != outside && !(during == iuc::LogSeverity::ExpectedError && outside == iuc::LogSeverity::Error))
        std::abort();
    if (line.wellFormed && !line.time.isValid())
        std::abort();
    return 0;
}
