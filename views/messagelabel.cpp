#include "messagelabel.h"

#include "statusicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace dw {

MessageLabel::MessageLabel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void MessageLabel::showMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QIcon icon;
    switch (kind) {
    case Kind::Information:
        icon = style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this);
        break;
    case Kind::Success:
        icon = StatusIcons::forRecord(RecordStatus::Synced);
        break;
    case Kind::Error:
        icon = StatusIcons::forRecord(RecordStatus::Failed);
        break;
    }
    m_icon->setPixmap(icon.pixmap(size, size));
    m_text->setText(text);
    setAccessibleName(text);
    show();
}

void MessageLabel::clear()
{
    m_text->clear();
    setAccessibleName(QString());
    hide();
}

QString MessageLabel::text() const
{
    return m_text->text();
}

} // namespace dw
