// Node names in the order people read them (core/domain/naturalorder.h):
// numbers by value, case aside, a total order.

#include "core/domain/naturalorder.h"

#include <QStringList>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace iuc;

class TestNaturalOrder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersInsideNamesCompareByValue();
    void caseDoesNotDecideButTheOrderIsTotal();
};

void TestNaturalOrder::numbersInsideNamesCompareByValue()
{
    QStringList names{u"lon-conf100"_s, u"lon-conf10"_s, u"lon-conf2"_s, u"lon-conf101"_s,
                      u"lon-conf11"_s,  u"ams-conf9"_s,  u"lon-conf1"_s};
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return naturalLess(a, b); });
    QCOMPARE(names, (QStringList{u"ams-conf9"_s, u"lon-conf1"_s, u"lon-conf2"_s, u"lon-conf10"_s, u"lon-conf11"_s,
                                 u"lon-conf100"_s, u"lon-conf101"_s}));
    QVERIFY(naturalLess(u"node-9.example.com", u"node-10.example.com"));
    QVERIFY(naturalLess(u"lon-conf99", u"lon-conf100"));
}

void TestNaturalOrder::caseDoesNotDecideButTheOrderIsTotal()
{
    QVERIFY(naturalLess(u"Lon-conf2", u"lon-conf10"));
    QVERIFY(naturalLess(u"lon-conf2", u"LON-conf10"));
    // Equal to the collator, still one order, the same both ways.
    QVERIFY(naturalCompare(u"Node7", u"node7") != 0);
    QCOMPARE(naturalCompare(u"Node7", u"node7") < 0, !(naturalCompare(u"node7", u"Node7") < 0));
    QCOMPARE(naturalCompare(u"same", u"same"), 0);
}

QTEST_GUILESS_MAIN(TestNaturalOrder)
#include "tst_naturalorder.moc"
