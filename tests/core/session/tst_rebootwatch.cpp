// A reboot the admin does by hand (RebootWatch): seen from a newer boot
// time, or from going away and coming back where no boot time tells; late
// after its limit, and still seen when it comes. All in virtual time: every
// look carries its own time.

#include "core/session/rebootwatch.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using Outcome = RebootWatch::Outcome;

namespace {

const QDateTime kAsked(QDate(2030, 1, 1), QTime(10, 0), Qt::UTC);
const QDateTime kBooted(QDate(2029, 12, 1), QTime(3, 0), Qt::UTC);

QDateTime minutes(int m)
{
    return kAsked.addSecs(m * 60);
}

} // namespace

class TestRebootWatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R9_nodeSeenByItsNewerBootTime_evenWithoutALookAtItsDowntime();
    void R9_nodeOutOfContactAndBackWithItsOldBootTimeDidNotReboot();
    void R7_managementSeenAwayAndBackWithoutABootTime();
    void overdueAfterTheLimit_aLateRebootIsStillSeen();
    void nothingHappensNothingSeen();
};

void TestRebootWatch::R9_nodeSeenByItsNewerBootTime_evenWithoutALookAtItsDowntime()
{
    RebootWatch w(u"osl-conf01"_s, kAsked, kBooted, RebootWatch::kConferencingNodeLimit);
    QCOMPARE(w.observe(true, kBooted, minutes(1)), Outcome::Waiting);
    const QDateTime newBoot = minutes(3);
    QCOMPARE(w.observe(true, newBoot, minutes(5)), Outcome::Rebooted);
    QVERIFY(!w.seenDown()); // between two looks
    QCOMPARE(w.rebootedAt(), newBoot); // the node's own time, not the look's
    QCOMPARE(w.observe(false, QDateTime(), minutes(6)), Outcome::Rebooted); // seen stays seen
}

void TestRebootWatch::R9_nodeOutOfContactAndBackWithItsOldBootTimeDidNotReboot()
{
    RebootWatch w(u"osl-conf01"_s, kAsked, kBooted, RebootWatch::kConferencingNodeLimit);
    QCOMPARE(w.observe(false, kBooted, minutes(2)), Outcome::Waiting);
    QVERIFY(w.seenDown());
    // A lost link, not a reboot: the boot time says so.
    QCOMPARE(w.observe(true, kBooted, minutes(4)), Outcome::Waiting);
    QCOMPARE(w.observe(true, minutes(6), minutes(8)), Outcome::Rebooted);
}

void TestRebootWatch::R7_managementSeenAwayAndBackWithoutABootTime()
{
    RebootWatch w(u"the Management Node"_s, kAsked, QDateTime(), RebootWatch::kManagementLimit);
    QCOMPARE(w.observe(true, QDateTime(), minutes(1)), Outcome::Waiting); // answering: not yet
    QCOMPARE(w.observe(false, QDateTime(), minutes(2)), Outcome::Waiting); // away
    QCOMPARE(w.observe(false, QDateTime(), minutes(4)), Outcome::Waiting);
    QCOMPARE(w.observe(true, QDateTime(), minutes(6)), Outcome::Rebooted); // back
    QCOMPARE(w.rebootedAt(), minutes(6));
}

void TestRebootWatch::overdueAfterTheLimit_aLateRebootIsStillSeen()
{
    RebootWatch w(u"osl-conf01"_s, kAsked, kBooted, RebootWatch::kConferencingNodeLimit);
    const int limit = static_cast<int>(RebootWatch::kConferencingNodeLimit.count());
    QCOMPARE(w.observe(true, kBooted, minutes(limit)), Outcome::Waiting); // at the limit: not yet
    QCOMPARE(w.observe(true, kBooted, minutes(limit + 1)), Outcome::Overdue);
    QCOMPARE(w.observe(true, minutes(limit + 5), minutes(limit + 7)), Outcome::Rebooted);
}

void TestRebootWatch::nothingHappensNothingSeen()
{
    RebootWatch w(u"osl-conf01"_s, kAsked, kBooted, RebootWatch::kConferencingNodeLimit);
    for (int m = 1; m <= 20; ++m)
        QCOMPARE(w.observe(true, kBooted, minutes(m)), Outcome::Waiting);
    QVERIFY(!w.rebootedAt().isValid());
}

QTEST_GUILESS_MAIN(TestRebootWatch)
#include "tst_rebootwatch.moc"
