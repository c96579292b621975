#include "ui/main/welcomepanel.h"

#include "ui/common/statusstyle.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace iuc::ui {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
    , m_connect(new QPushButton(tr("&Connect…"), this))
{
    setObjectName(u"welcomePanel"_s);

    auto *icon = new QLabel(this);
    icon->setPixmap(statusstyle::appIcon().pixmap(QSize(72, 72), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("No deployment connected"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Connect to a Management Node to follow a rolling upgrade: every Conferencing Node's "
                               "status and version, the run's progress against its 24-hour limit, and the "
                               "administrator log."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);
    text->setForegroundRole(QPalette::PlaceholderText);

    m_connect->setObjectName(u"welcomeConnect"_s);
    m_connect->setDefault(true);
    m_connect->setAccessibleDescription(tr("Opens the connection dialog"));
    m_connect->setMinimumWidth(160);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePanel::connectRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_connect, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setFocusProxy(m_connect);
}

WelcomePanel::~WelcomePanel() = default;

} // namespace iuc::ui
