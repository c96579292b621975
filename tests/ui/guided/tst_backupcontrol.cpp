// A configuration backup from the guided upgrade's checklist and finish page
// (issue 15, item 7), on a real node's profile: the field for the passphrase
// read from the node's schema, the passphrase asked twice and never kept, the
// node's answer said; a passphrase the node refuses is said in its words.

#include "tests/common/clientfixture.h"
#include "tests/common/toplevels.h"
#include "tests/common/waitfor.h"

#include "core/api/resources.h"
#include "core/session/backup.h"
#include "core/session/deploymentsession.h"
#include "ui/guided/backupcontrol.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace iuc;
using namespace iuc::ui;
using iuc::test::waitFor;

class TestBackupControl final : public QObject
{
    Q_OBJECT

public:
    static void initMain()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private Q_SLOTS:
    void backup_passphraseFieldFromTheSchema();
    void backup_askedTwiceCreatedAndRefusalSaid();
};

void TestBackupControl::backup_passphraseFieldFromTheSchema()
{
    api::ResourceSchema schema;
    QVERIFY(!backupPassphraseField(schema));
    schema.fields.insert(u"include_diagnostics"_s, api::SchemaField{u"boolean"_s, false, false, {}});
    QVERIFY(!backupPassphraseField(schema));
    schema.fields.insert(u"encryption_password"_s, api::SchemaField{u"string"_s, false, false, {}});
    QCOMPARE(backupPassphraseField(schema).value_or(QString()), u"encryption_password"_s);
    schema.fields.insert(u"passphrase"_s, api::SchemaField{u"string"_s, false, false, {}});
    QCOMPARE(backupPassphraseField(schema).value_or(QString()), u"passphrase"_s);
}

void TestBackupControl::backup_askedTwiceCreatedAndRefusalSaid()
{
    ClientFixture sim;
    ClientFixture::Options options;
    options.api = iuc::sim::ApiProfile::Pexip;
    QVERIFY2(sim.start(options), qPrintable(sim.startError()));
    DeploymentSession session(sim.settings(), u"Real node"_s);
    session.start();
    QVERIFY(waitFor([&] { return session.snapshot().has_value(); }));
    const auto backups = [&] {
        return sim.emulator().server().withDeployment([](sim::Deployment &d) { return int(d.backups().size()); });
    };

    QWidget page;
    auto *control = new BackupControl(session, &page);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(control->isVisible()); // the node's schema has the command
    int created = 0;
    connect(control, &BackupControl::created, control, [&] { ++created; });

    // Two different passphrases: said, nothing asked of the node.
    control->findChild<QPushButton *>(u"createBackupButton"_s)->click();
    auto *dialog = qobject_cast<QDialog *>(iuc::test::visibleWindow(u"backupPassphraseDialog"_s));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"passphraseEdit"_s)->setText(u"correct horse"_s);
    dialog->findChild<QLineEdit *>(u"passphraseAgainEdit"_s)->setText(u"correct house"_s);
    dialog->findChild<QPushButton *>(u"createBackupConfirm"_s)->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(u"passphraseProblem"_s)->text().contains(u"differ"_s));
    QCOMPARE(backups(), 0);
    dialog->findChild<QLineEdit *>(u"passphraseAgainEdit"_s)->setText(u"correct horse"_s);
    dialog->findChild<QPushButton *>(u"createBackupConfirm"_s)->click();
    QVERIFY(waitFor([&] { return created == 1; }));
    QCOMPARE(backups(), 1);
    QVERIFY2(control->statusText().startsWith(u"Backup created at "_s), qPrintable(control->statusText()));
    QVERIFY(page.grab().save(u"screenshot-backup.png"_s, "PNG"));

    // A passphrase the node refuses: its own words.
    control->create(u"short"_s);
    QVERIFY(waitFor([&] { return control->statusText().startsWith(u"No backup: "_s); }));
    QVERIFY2(control->statusText().contains(u"at least 8 characters"_s), qPrintable(control->statusText()));
    QCOMPARE(backups(), 1);
    QCOMPARE(created, 1);
}

QTEST_MAIN(TestBackupControl)
#include "tst_backupcontrol.moc"
