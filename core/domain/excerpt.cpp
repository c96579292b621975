#include "core/domain/excerpt.h"

namespace iuc {

QString printableExcerpt(QStringView text, qsizetype maxLength)
{
    QString out;
    const QStringView head = text.left(maxLength);
    out.reserve(head.size() + 1);
    for (const QChar c : head)
        out.append(c.isPrint() ? c : QChar(QChar::ReplacementCharacter));
    if (text.size() > maxLength)
        out.append(QChar(0x2026)); // …
    return out;
}

} // namespace iuc
