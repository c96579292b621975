#include "core/domain/naturalorder.h"

#include <QCollator>
#include <QLocale>

namespace iuc {

namespace {

// Letters by the user's locale, case aside. QCollator knows no locale in
// the C locale (a bare terminal, a service): plain case-insensitive order there.
int compareText(QStringView a, QStringView b)
{
    thread_local const QCollator collator = [] {
        QCollator c;
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    if (collator.locale().language() == QLocale::C)
        return a.compare(b, Qt::CaseInsensitive);
    return collator.compare(a, b);
}

QStringView run(QStringView s, qsizetype from, bool digits)
{
    qsizetype end = from;
    while (end < s.size() && s.at(end).isDigit() == digits)
        ++end;
    return s.mid(from, end - from);
}

// Two runs of digits by value, however long ("007" and "7" are equal here).
int compareNumbers(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == u'0')
        a = a.mid(1);
    while (b.size() > 1 && b.front() == u'0')
        b = b.mid(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

} // namespace

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const bool digitsA = a.at(i).isDigit();
        const bool digitsB = b.at(j).isDigit();
        const QStringView ra = run(a, i, digitsA);
        const QStringView rb = run(b, j, digitsB);
        const int c = digitsA && digitsB ? compareNumbers(ra, rb) : compareText(ra, rb);
        if (c != 0)
            return c;
        i += ra.size();
        j += rb.size();
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1; // the one with more left comes after
    // Equal as people read them ("Node7", "node07"): a fixed order all the same.
    return a.compare(b);
}

} // namespace iuc
