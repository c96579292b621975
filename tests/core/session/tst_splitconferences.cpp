// R11 made concrete (core/session/splitconferences.h): the conferences whose
// participants sit on nodes of different versions, by name, with the
// participants per version.

#include "core/session/splitconferences.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;

namespace {

const QString kOld = u"10.2 (40234.0.0)"_s;
const QString kNew = u"11 (71234.0.0)"_s;

api::WorkerVmStatus node(int id, const QString &version)
{
    api::WorkerVmStatus n;
    n.id = id;
    n.name = u"node%1"_s.arg(id);
    n.version.text = version;
    return n;
}

api::WorkerVmConfiguration configuration(int id)
{
    api::WorkerVmConfiguration c;
    c.id = id;
    c.address = u"10.0.0.%1"_s.arg(id);
    return c;
}

api::Participant participant(const QString &conference, int nodeId)
{
    api::Participant p;
    p.conference = conference;
    p.mediaNode = u"10.0.0.%1"_s.arg(nodeId);
    return p;
}

} // namespace

class TestSplitConferences final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void R11_conferenceOnNodesOfTwoVersionsIsSplit();
    void R11_conferenceOnOneVersionIsNotSplit();
    void R11_nodeWithoutKnownAddressDoesNotCount();
    void R11_mostParticipantsFirst();
    void R11_versionsMixedOnlyWithTwoVersions();
};

void TestSplitConferences::R11_conferenceOnNodesOfTwoVersionsIsSplit()
{
    const QList<api::WorkerVmStatus> nodes{node(1, kOld), node(2, kNew), node(3, kOld)};
    const QHash<int, api::WorkerVmConfiguration> configs{{1, configuration(1)}, {2, configuration(2)}, {3, configuration(3)}};
    const QHash<QString, QString> versions = nodeVersionsByAddress(nodes, configs);
    QCOMPARE(versions.value(u"10.0.0.2"_s), kNew);
    const QList<api::Participant> people{participant(u"weekly"_s, 1), participant(u"weekly"_s, 2),
                                         participant(u"weekly"_s, 3), participant(u"board"_s, 1)};
    const QList<SplitConference> split = splitConferences(people, versions);
    QCOMPARE(split.size(), 1);
    QCOMPARE(split.constFirst().name, u"weekly"_s);
    QCOMPARE(split.constFirst().participantsByVersion.value(kOld), 2);
    QCOMPARE(split.constFirst().participantsByVersion.value(kNew), 1);
    QCOMPARE(split.constFirst().participants(), 3);
}

void TestSplitConferences::R11_conferenceOnOneVersionIsNotSplit()
{
    const QList<api::WorkerVmStatus> nodes{node(1, kOld), node(2, kOld), node(3, kNew)};
    const QHash<int, api::WorkerVmConfiguration> configs{{1, configuration(1)}, {2, configuration(2)}, {3, configuration(3)}};
    const QList<api::Participant> people{participant(u"a"_s, 1), participant(u"a"_s, 2), participant(u"b"_s, 3)};
    QVERIFY(splitConferences(people, nodeVersionsByAddress(nodes, configs)).isEmpty());
}

void TestSplitConferences::R11_nodeWithoutKnownAddressDoesNotCount()
{
    // Node 2's configuration is not read yet: its participants cannot be placed.
    const QList<api::WorkerVmStatus> nodes{node(1, kOld), node(2, kNew)};
    const QHash<int, api::WorkerVmConfiguration> configs{{1, configuration(1)}};
    const QList<api::Participant> people{participant(u"a"_s, 1), participant(u"a"_s, 2)};
    QVERIFY(splitConferences(people, nodeVersionsByAddress(nodes, configs)).isEmpty());
}

void TestSplitConferences::R11_mostParticipantsFirst()
{
    const QHash<QString, QString> versions{{u"10.0.0.1"_s, kOld}, {u"10.0.0.2"_s, kNew}};
    QList<api::Participant> people{participant(u"small"_s, 1), participant(u"small"_s, 2)};
    for (int i = 0; i < 5; ++i)
        people << participant(u"big"_s, 1 + i % 2);
    people << participant(u"also-small"_s, 1) << participant(u"also-small"_s, 2);
    const QList<SplitConference> split = splitConferences(people, versions);
    QCOMPARE(split.size(), 3);
    QCOMPARE(split.at(0).name, u"big"_s);
    QCOMPARE(split.at(1).name, u"also-small"_s); // equal counts: by name
    QCOMPARE(split.at(2).name, u"small"_s);
}

void TestSplitConferences::R11_versionsMixedOnlyWithTwoVersions()
{
    QVERIFY(!versionsMixed({}));
    QVERIFY(!versionsMixed({node(1, kOld), node(2, kOld)}));
    QVERIFY(versionsMixed({node(1, kOld), node(2, kNew)}));
}

QTEST_GUILESS_MAIN(TestSplitConferences)
#include "tst_splitconferences.moc"
