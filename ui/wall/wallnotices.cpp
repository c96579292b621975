#include "ui/wall/wallnotices.h"

#include "core/api/apierrors.h"
#include "core/model/deploymentmodel.h"
#include "core/session/deploymentsession.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

// What only a person can fix: the poller stopped.
WallNotice stoppedNotice(const Error &e, const QString &profile)
{
    WallNotice n{u"connectionBanner"_s, WallNotice::Kind::Problem, {}, {}};
    const QString restart = profile.isEmpty()
                                ? QCoreApplication::translate("WallNotices", "then start the wall again.")
                                : QCoreApplication::translate("WallNotices",
                                      "then start the wall again (upgrade-console --wall --profile \"%1\").")
                                      .arg(profile);
    if (e.is(ApiError::Unauthorized)) {
        n.headline = QCoreApplication::translate("WallNotices", "The Management Node refused the user name or password");
        n.detail = QCoreApplication::translate("WallNotices",
                       "The wall shows nothing new until it can sign in. In the console, connect with this profile, "
                       "type the read-only account's password and tick Remember password; %1")
                       .arg(restart);
    } else if (e.is(ApiError::Forbidden)) {
        n.headline = QCoreApplication::translate("WallNotices", "This account may not read the deployment's status");
        n.detail = QCoreApplication::translate("WallNotices",
                       "Ask the Management Node's administrator for an account with the read-only role; %1")
                       .arg(restart);
    } else if (e.isIn(TlsError::Domain)) {
        n.headline = QCoreApplication::translate("WallNotices", "The Management Node's certificate is not the trusted one");
        n.detail = QCoreApplication::translate("WallNotices",
                       "Nothing was sent. %1 Check the certificate in the console (File ▸ Connect…, Edit…); %2")
                       .arg(e.message, restart);
    } else {
        n.headline = QCoreApplication::translate("WallNotices", "The wall stopped asking the Management Node");
        n.detail = QCoreApplication::translate("WallNotices", "%1 Fix this in the console; %2").arg(e.message, restart);
    }
    return n;
}

// The alerts of the last kAlertShown on the Management Node's clock, newest
// first, at most three; the connection's own banners above say the rest.
void appendAlerts(QList<WallNotice> &notices, DeploymentSession &s)
{
    constexpr qint64 kAlertShown = 30 * 60;
    const QList<Alert> &alerts = s.alerts().alerts();
    const QDateTime now = s.run().serverTime();
    int shown = 0;
    for (auto it = alerts.crbegin(); it != alerts.crend() && shown < 3; ++it) {
        if (it->kind == Alert::Kind::ConnectionLost || !now.isValid() || it->at.secsTo(now) > kAlertShown)
            continue;
        WallNotice::Kind kind = WallNotice::Kind::Warning;
        if (!it->isWarning())
            kind = WallNotice::Kind::Expected;
        else if (it->kind == Alert::Kind::HealthCheckFailed || it->kind == Alert::Kind::NodeUnreachable)
            kind = WallNotice::Kind::Problem;
        QString what = it->text;
        if (!what.isEmpty())
            what[0] = what[0].toUpper(); // a sentence of its own under the headline
        notices.append({u"alertBanner%1"_s.arg(shown++), kind, it->title,
                        QCoreApplication::translate("WallNotices", "%1 %2 (%3 UTC)")
                            .arg(what, it->action, it->at.toUTC().toString(u"HH:mm"_s))});
    }
}

} // namespace

QList<WallNotice> wallNotices(DeploymentSession *session, const QString &profile)
{
    QList<WallNotice> notices;
    if (!session)
        return notices;
    DeploymentSession &s = *session;
    const api::DeploymentPoller &poller = s.poller();
    using State = api::DeploymentPoller::State;
    const bool upgrading = s.run().isActive();

    if (poller.state() == State::Rebooting) {
        // R1: part of the upgrade, not a fault. The run goes on without the API.
        notices.append({u"rebootingBanner"_s, WallNotice::Kind::Expected,
                        upgrading ? QCoreApplication::translate("WallNotices",
                                        "The Management Node is rebooting as part of the upgrade — expected")
                                  : QCoreApplication::translate("WallNotices", "The Management Node is rebooting"),
                        QCoreApplication::translate("WallNotices",
                            "Its API is away while it restarts; the wall reconnects by itself. What you see is "
                            "from before the reboot (%1 old).")
                            .arg(DeploymentModel::formatSeconds(std::max<qint64>(0, s.dataAgeSeconds())))});
    } else if (poller.state() == State::Stopped && poller.lastError()) {
        notices.append(stoppedNotice(*poller.lastError(), profile));
    } else if ((poller.state() == State::Retrying || poller.state() == State::Connecting) && poller.lastError()) {
        notices.append({u"connectionBanner"_s, WallNotice::Kind::Warning,
                        QCoreApplication::translate("WallNotices", "No answer from the Management Node"),
                        QCoreApplication::translate("WallNotices",
                            "%1 The wall keeps trying by itself; if this lasts, check the network between this "
                            "screen and %2.")
                            .arg(poller.lastError()->message, s.client().settings().baseUrl.host())});
    }
    // The data's age: only while it has grown beyond three refresh intervals,
    // and not during the expected reboot (that banner says it already).
    if (s.snapshot() && s.isStale() && poller.state() != State::Rebooting) {
        notices.append({u"staleBanner"_s, WallNotice::Kind::Warning,
                        QCoreApplication::translate("WallNotices", "Stale data: last update %1 ago")
                            .arg(DeploymentModel::formatSeconds(s.dataAgeSeconds())),
                        QCoreApplication::translate("WallNotices",
                            "Nothing below is current. The wall refreshes every %1 and shows this after three "
                            "missed refreshes.")
                            .arg(DeploymentModel::formatSeconds(poller.interval().count() / 1000))});
    }
    appendAlerts(notices, s);
    return notices;
}

QString wallNoticeIcon(WallNotice::Kind kind)
{
    switch (kind) {
    case WallNotice::Kind::Expected:
        return u"status-rebooting"_s;
    case WallNotice::Kind::Warning:
        return u"status-waiting"_s;
    case WallNotice::Kind::Problem:
        break;
    }
    return u"status-unreachable"_s;
}

} // namespace iuc::ui
