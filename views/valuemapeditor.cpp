#include "valuemapeditor.h"

#include "errormark.h"
#include "messagelabel.h"
#include "pairlistmodel.h"
#include "rowlisteditor.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>

namespace dw {

ValueMapEditor::ValueMapEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new PairListModel(QString(), QString(), this))
    , m_table(new RowListEditor(m_model, this))
    , m_json(new QPlainTextEdit(this))
    , m_jsonMessage(new MessageLabel(this))
{
    m_table->view()->setObjectName(QStringLiteral("valueMapTable"));
    m_table->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_json->setObjectName(QStringLiteral("valueMapJson"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);
    m_json->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_jsonMessage->setObjectName(QStringLiteral("valueMapJsonMessage"));

    auto *tableLabel = new QLabel(this);
    tableLabel->setObjectName(QStringLiteral("valueMapEntriesLabel"));
    tableLabel->setBuddy(m_table->view());
    auto *jsonLabel = new QLabel(this);
    jsonLabel->setObjectName(QStringLiteral("valueMapJsonLabel"));
    jsonLabel->setBuddy(m_json);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tableLabel, 0, 0);
    layout->addWidget(jsonLabel, 0, 1);
    layout->addWidget(m_table, 1, 0);
    layout->addWidget(m_json, 1, 1);
    layout->addWidget(m_jsonMessage, 2, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(1, 1);

    connect(m_model, &PairListModel::edited, this, &ValueMapEditor::tableEdited);
    connect(m_json, &QPlainTextEdit::textChanged, this, &ValueMapEditor::jsonEdited);
    retranslate();
}

void ValueMapEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ValueMapEditor::retranslate()
{
    m_model->setHeaders(tr("Source value"), tr("Target value"));
    m_table->setButtonNames(tr("Add value mapping"), tr("Remove value mapping"));
    findChild<QLabel *>(QStringLiteral("valueMapEntriesLabel"))
        ->setText(tr("&Entries:", "value map entries"));
    findChild<QLabel *>(QStringLiteral("valueMapJsonLabel"))->setText(tr("&JSON:"));
    m_table->view()->setAccessibleName(tr("Value map entries"));
    m_json->setAccessibleName(tr("Value map as JSON"));
}

void ValueMapEditor::setEntries(const ValueMapJson::Entries &entries)
{
    m_model->setPairs(entries);
    writeJson();
}

ValueMapJson::Entries ValueMapEditor::entries() const
{
    return m_model->pairs();
}

QString ValueMapEditor::jsonMessage() const
{
    return m_jsonMessage->text();
}

void ValueMapEditor::tableEdited()
{
    writeJson();
    emit edited();
}

void ValueMapEditor::writeJson()
{
    m_writing = true;
    m_json->setPlainText(ValueMapJson::write(m_model->pairs()));
    m_writing = false;
    setJsonError(QString(), -1);
}

void ValueMapEditor::jsonEdited()
{
    if (m_writing)
        return;
    ValueMapJson::Entries entries;
    QString error;
    int position = -1;
    if (!ValueMapJson::parse(m_json->toPlainText(), &entries, &error, &position)) {
        setJsonError(error, position);
        return;
    }
    setJsonError(QString(), -1);
    if (entries == m_model->pairs())
        return;
    // The table follows the text; the text is left as typed (not reformatted under the cursor).
    m_model->setPairs(entries);
    emit edited();
}

void ValueMapEditor::setJsonError(const QString &message, int position)
{
    markErrorAt(m_json, position);
    m_jsonMessage->showMessage(MessageLabel::Kind::Error, message);
    const bool hasError = !message.isEmpty();
    if (hasError != m_jsonError) {
        m_jsonError = hasError;
        emit jsonErrorChanged(hasError);
    }
}

} // namespace dw
