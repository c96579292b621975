#pragma once

#include <QString>
#include <QStringView>

namespace iuc {

// A printable, bounded excerpt of untrusted input for an error message:
// control characters (NUL included) would corrupt a terminal or a log line,
// and a megabyte of garbage has no place in a sentence.
QString printableExcerpt(QStringView text, qsizetype maxLength = 40);

} // namespace iuc
