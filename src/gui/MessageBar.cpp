#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace vd::gui {

MessageBar::MessageBar(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_timer(new QTimer(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    close->setAutoRaise(true);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    setAutoFillBackground(true);
    hide();
}

void MessageBar::showMessage(const QString& text, MessageLevel level)
{
    QString colour = level == MessageLevel::Error     ? "#f8d7da"
                     : level == MessageLevel::Warning ? "#fff3cd"
                                                      : "#d1e7dd";
    setStyleSheet(QString("vd--gui--MessageBar { background: %1; border-radius: 4px; }"
                          "QLabel { color: #212529; }")
                      .arg(colour));
    m_label->setText(text);
    show();
    // Notices fade on their own; errors stay until dismissed.
    if (level == MessageLevel::Information)
        m_timer->start(8000);
    else
        m_timer->stop();
}

QString MessageBar::text() const { return m_label->text(); }

} // namespace vd::gui
