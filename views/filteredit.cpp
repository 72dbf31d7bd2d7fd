#include "filteredit.h"

#include "errormark.h"
#include "messagelabel.h"
#include "odatafilter.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dw {

FilterEdit::FilterEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_message(new MessageLabel(this))
{
    m_edit->setObjectName(QStringLiteral("filterText"));
    m_message->setObjectName(QStringLiteral("filterMessage"));
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->installEventFilter(this);
    // Two lines: long filters wrap rather than scroll sideways.
    const int frame = 2 * m_edit->frameWidth();
    const int margins = 2 * int(m_edit->document()->documentMargin());
    m_edit->setFixedHeight(2 * m_edit->fontMetrics().lineSpacing() + frame + margins);
    setFocusProxy(m_edit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addStretch(1); // keeps the text at the top when the row is taller
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        check();
        if (!m_loading)
            emit edited();
    });
}

QString FilterEdit::text() const
{
    return m_edit->toPlainText().trimmed();
}

void FilterEdit::setText(const QString &text)
{
    m_loading = true;
    m_edit->setPlainText(text);
    m_loading = false;
    check();
}

QString FilterEdit::message() const
{
    return m_message->text();
}

void FilterEdit::setColumnProblem(const QString &message)
{
    if (m_columnProblem == message)
        return;
    m_columnProblem = message;
    showMessage();
}

bool FilterEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterEdit::check()
{
    // Parsed as shown (untrimmed), so the error position is a position in the editor.
    const QString full = m_edit->toPlainText();
    QString error;
    int position = -1;
    const bool ok = ODataFilter::parse(full, nullptr, &error, &position);
    m_syntaxError = ok ? QString() : error;
    m_errorPosition = ok ? -1 : qMax(0, position);
    markErrorAt(m_edit, ok || full.isEmpty() ? -1 : m_errorPosition);
    showMessage();
}

void FilterEdit::showMessage()
{
    const QString text = !m_syntaxError.isEmpty() ? m_syntaxError : m_columnProblem;
    m_message->showMessage(MessageLabel::Kind::Error, text);
    m_edit->setAccessibleDescription(text);
}

} // namespace dw
