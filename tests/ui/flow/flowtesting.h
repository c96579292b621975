#pragma once

// What the flow tests share: a deployment as the console holds it, the
// emulator's switches, and keys as the admin types them.

#include "tests/common/clientfixture.h"
#include "tests/common/toplevels.h"

#include "core/api/managementclient.h"
#include "core/session/deploymentsession.h"
#include "ui/flow/upgradeflow.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

namespace iuc::test::flow {

using namespace Qt::StringLiterals;

inline bool waitUntilGone(const QString &name, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!iuc::test::visibleWindow(name))
            return true;
        QTest::qWait(10);
    }
    return false;
}

inline bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// A key as the admin types it: to the widget that has the focus.
inline void type(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = window->focusWidget() ? window->focusWidget() : window;
    QTest::keyClick(target, key, modifiers);
}

// A deployment as the console holds it: session started and refreshed, a
// main window stand-in, the flow. Destroyed before the emulator.
struct Console
{
    explicit Console(ClientFixture &sim)
        : session(sim.settings(), u"test deployment"_s)
    {
        window.resize(1000, 700);
        window.setWindowTitle(u"console"_s);
        window.show();
        flow = new iuc::ui::UpgradeFlow(session, &window);
        session.start();
    }
    bool refreshed()
    {
        QSignalSpy updated(&session, &DeploymentSession::updated);
        session.refreshNow();
        return updated.wait(30000);
    }

    QWidget window;
    DeploymentSession session;
    iuc::ui::UpgradeFlow *flow = nullptr; // owned by the session
};

// The emulator's /sim/v1/ switches, through a client of their own.
inline bool simPatch(ClientFixture &sim, const QString &path, const QJsonObject &body)
{
    api::ManagementClient client(sim.settings());
    const auto answer = await(client.request("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    if (!answer)
        qWarning().noquote() << "PATCH" << path << "failed:" << answer.error().message;
    return answer.hasValue();
}

} // namespace iuc::test::flow
