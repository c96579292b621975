#include "ui/common/chartspanel.h"

#include "ui/common/statusstyle.h"

#include "core/session/deploymentsession.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace iuc::ui {

namespace {

constexpr qint64 kMinimumSpanMs = 10 * 60 * 1000; // a fresh run still gets a readable time axis

// QDateTimeAxis shows local time; the charts speak the Management Node's
// clock in UTC, so each point is placed where local time reads as that UTC time.
qreal axisX(const QDateTime &at)
{
    const QDateTime utc = at.toUTC();
    return qreal(QDateTime(utc.date(), utc.time(), Qt::LocalTime).toMSecsSinceEpoch());
}

QDateTime fromAxisX(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::LocalTime);
}

// A tick interval giving a handful of whole-number ticks up to `max`.
double niceStep(double max)
{
    if (max <= 5)
        return 1;
    const double raw = max / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

void setCountRange(QValueAxis *axis, double max)
{
    const double step = niceStep(max);
    const double top = std::max(step, std::ceil(max / step) * step);
    axis->setTickAnchor(0);
    // Never a range with the other interval for a moment: Qt Charts lays
    // out a text item per tick at once (0–1,000 by the empty chart's 1 is
    // 1,001 of them: a 270 ms stall, docs/performance.md).
    if (step >= axis->tickInterval()) {
        axis->setTickInterval(step);
        axis->setRange(0, top);
    } else {
        axis->setRange(0, top);
        axis->setTickInterval(step);
    }
}

void setTimeRange(QDateTimeAxis *axis, qreal first, qreal last)
{
    axis->setRange(fromAxisX(first), fromAxisX(std::max(last, first + qreal(kMinimumSpanMs))));
}

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_upgradedChart(new QChart)
    , m_upgraded(new QLineSeries)
    , m_drainChart(new QChart)
{
    setObjectName(u"chartsPanel"_s);
    setMinimumWidth(340); // narrower, the time axis has no room for its labels
    m_upgradedChart->setTitle(tr("Systems upgraded over time"));
    m_upgradedChart->legend()->hide();
    m_upgraded->setName(tr("Systems upgraded"));
    m_upgradedChart->addSeries(m_upgraded);
    m_upgradedTime = makeTimeAxis(m_upgradedChart);
    m_upgradedCount = makeValueAxis(m_upgradedChart, tr("Systems"));
    m_upgraded->attachAxis(m_upgradedTime);
    m_upgraded->attachAxis(m_upgradedCount);

    m_drainChart->setTitle(tr("Calls draining on nodes in maintenance"));
    m_drainChart->legend()->setAlignment(Qt::AlignBottom);
    m_drainTime = makeTimeAxis(m_drainChart);
    m_drainCalls = makeValueAxis(m_drainChart, tr("Calls"));
    m_drainEmpty = new QGraphicsSimpleTextItem(tr("No node is in maintenance mode right now"), m_drainChart);
    m_drainEmpty->setZValue(10);
    connect(m_drainChart, &QChart::plotAreaChanged, this, &ChartsPanel::placeDrainEmpty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_upgradedView = makeView(m_upgradedChart, tr("Chart of systems upgraded over time"));
    layout->addWidget(m_upgradedView, 1);
    layout->addWidget(makeView(m_drainChart, tr("Chart of calls draining on nodes in maintenance")), 1);
    applyPalette();
    refresh();
}

ChartsPanel::~ChartsPanel() = default;

QChartView *ChartsPanel::makeView(QChart *chart, const QString &accessibleName)
{
    auto *view = new QChartView(chart, this); // the view owns the chart
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessibleName);
    view->setMinimumHeight(160);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return view;
}

QDateTimeAxis *ChartsPanel::makeTimeAxis(QChart *chart)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(u"HH:mm"_s);
    axis->setTitleText(tr("Management Node time (UTC)"));
    axis->setTickCount(5);
    // Qt Charts never draws a date-time axis added without a valid range,
    // even after series arrive: start with one.
    const qreal now = axisX(QDateTime::currentDateTimeUtc());
    setTimeRange(axis, now - qreal(kMinimumSpanMs), now);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *ChartsPanel::makeValueAxis(QChart *chart, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(u"%d"_s);
    axis->setTickType(QValueAxis::TicksDynamic);
    setCountRange(axis, 1);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

void ChartsPanel::setSession(DeploymentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &DeploymentSession::updated, this, &ChartsPanel::refresh);
    refresh();
}

void ChartsPanel::setUpgradedChartVisible(bool visible)
{
    m_upgradedView->setVisible(visible);
}

void ChartsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The wall sets its own palette and larger type.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

void ChartsPanel::applyPalette()
{
    // The charts follow the window's palette rather than a fixed chart theme.
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    const QColor grid = p.color(QPalette::Mid);
    for (QChart *chart : {m_upgradedChart, m_drainChart}) {
        chart->setTheme(statusstyle::isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(p.color(QPalette::Base));
        chart->setTitleBrush(text);
        QFont titleFont = font();
        titleFont.setBold(true);
        chart->setTitleFont(titleFont);
        chart->legend()->setLabelColor(text);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsBrush(text);
            axis->setTitleBrush(text);
            axis->setLabelsFont(font());
            axis->setTitleFont(font());
            axis->setGridLineColor(grid);
            axis->setLinePenColor(grid);
        }
    }
    m_drainEmpty->setBrush(p.color(QPalette::PlaceholderText));
    m_drainEmpty->setFont(font());
    placeDrainEmpty();
    QPen pen(statusstyle::accent(u"status-idle"_s, p));
    pen.setWidthF(2.5);
    m_upgraded->setPen(pen);
}

void ChartsPanel::refresh()
{
    refreshUpgraded();
    refreshDrain();
}

void ChartsPanel::refreshUpgraded()
{
    const QList<DeploymentSession::Sample> empty;
    const auto &history = m_session ? m_session->upgradedHistory() : empty;
    // A staircase: the count changes at the moment it was seen to change;
    // only the corners and the latest point are drawn.
    QList<QPointF> points;
    points.reserve(history.size() * 2);
    for (const DeploymentSession::Sample &s : history) {
        const QPointF point(axisX(s.at), s.value);
        if (points.size() >= 2 && points.constLast().y() == s.value && points.at(points.size() - 2).y() == s.value) {
            points.last() = point; // a flat stretch grows
            continue;
        }
        if (!points.isEmpty() && points.constLast().y() != s.value)
            points.append(QPointF(point.x(), points.constLast().y()));
        points.append(point);
    }
    m_upgraded->replace(points);
    m_upgraded->setPointsVisible(points.size() < 2); // a run just begun is a single point
    const int total = m_session ? m_session->run().total() : 0;
    double top = total;
    for (const DeploymentSession::Sample &s : history)
        top = std::max(top, s.value);
    setCountRange(m_upgradedCount, std::max(1.0, top));
    if (!points.isEmpty()) {
        setTimeRange(m_upgradedTime, points.constFirst().x(), points.constLast().x());
    } else if (m_session && m_session->snapshot() && m_session->snapshot()->serverTime.isValid()) {
        const qreal now = axisX(m_session->snapshot()->serverTime); // an empty chart still reads the server's clock
        setTimeRange(m_upgradedTime, now - qreal(kMinimumSpanMs), now);
    }
}

void ChartsPanel::refreshDrain()
{
    const QHash<int, QList<DeploymentSession::Sample>> empty;
    const auto &history = m_session ? m_session->drainHistory() : empty;

    for (auto it = m_drainSeries.begin(); it != m_drainSeries.end();) {
        if (history.contains(it.key())) {
            ++it;
            continue;
        }
        m_drainChart->removeSeries(*it);
        delete *it;
        it = m_drainSeries.erase(it);
    }
    qreal first = 0, last = 0;
    double top = 1;
    bool any = false;
    for (auto it = history.constBegin(); it != history.constEnd(); ++it) {
        QLineSeries *&series = m_drainSeries[it.key()];
        if (!series) {
            series = new QLineSeries;
            m_drainChart->addSeries(series);
            series->attachAxis(m_drainTime);
            series->attachAxis(m_drainCalls);
            QPen pen = series->pen();
            pen.setWidthF(2.5);
            series->setPen(pen);
        }
        series->setName(m_session->nodeName(it.key()));
        QList<QPointF> points;
        points.reserve(it->size());
        for (const DeploymentSession::Sample &s : *it) {
            points.append(QPointF(axisX(s.at), s.value));
            top = std::max(top, s.value);
            first = any ? std::min(first, points.constLast().x()) : points.constLast().x();
            last = any ? std::max(last, points.constLast().x()) : points.constLast().x();
            any = true;
        }
        series->replace(points);
        series->setPointsVisible(points.size() < 3); // a node just in maintenance has a point or two
    }
    setCountRange(m_drainCalls, top);
    if (any) {
        setTimeRange(m_drainTime, first, last);
    } else if (m_session && m_session->snapshot() && m_session->snapshot()->serverTime.isValid()) {
        const qreal now = axisX(m_session->snapshot()->serverTime); // an empty chart still reads the server's clock
        setTimeRange(m_drainTime, now - qreal(kMinimumSpanMs), now);
    }
    m_drainEmpty->setVisible(history.isEmpty());
    // One node (the usual case, max_parallel 1) is named in the title: the
    // legend's room goes to the plot. Several get the legend.
    m_drainChart->legend()->setVisible(history.size() > 1);
    m_drainChart->setTitle(history.size() == 1 && m_session
                               ? tr("Calls draining on %1").arg(m_session->nodeName(history.constBegin().key()))
                               : tr("Calls draining on nodes in maintenance"));
}

void ChartsPanel::placeDrainEmpty()
{
    const QRectF area = m_drainChart->plotArea();
    const QRectF text = m_drainEmpty->boundingRect();
    m_drainEmpty->setPos(area.center() - QPointF(text.width() / 2, text.height() / 2));
}

} // namespace iuc::ui
