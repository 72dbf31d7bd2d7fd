#include "saveversiondialog.h"

#include "messagelabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace dw {

SaveVersionDialog::SaveVersionDialog(const QStringList &existingVersions, QWidget *parent)
    : QDialog(parent)
    , m_existing(existingVersions)
    , m_publisher(new QLineEdit(this))
    , m_version(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_message(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("saveVersionDialog"));
    setWindowTitle(tr("Save as a new map version"));
    m_publisher->setObjectName(QStringLiteral("publisher"));
    m_version->setObjectName(QStringLiteral("version"));
    m_description->setObjectName(QStringLiteral("description"));
    m_message->setObjectName(QStringLiteral("saveVersionMessage"));
    m_version->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{1,9}(\\.[0-9]{1,9}){0,3}")), m_version));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(4 * m_description->fontMetrics().lineSpacing());
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save", "save the map version"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Publisher:"), m_publisher);
    form->addRow(tr("&Version:", "map version"), m_version);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_publisher, &QLineEdit::textChanged, this, &SaveVersionDialog::check);
    connect(m_version, &QLineEdit::textChanged, this, &SaveVersionDialog::check);
    check();
}

void SaveVersionDialog::setValues(
    const QString &publisher, const QString &version, const QString &description)
{
    m_publisher->setText(publisher);
    m_version->setText(version);
    m_description->setPlainText(description);
    (publisher.isEmpty() ? m_publisher : m_version)->setFocus();
}

QString SaveVersionDialog::publisher() const
{
    return m_publisher->text().trimmed();
}

QString SaveVersionDialog::version() const
{
    return m_version->text();
}

QString SaveVersionDialog::description() const
{
    return m_description->toPlainText().trimmed();
}

void SaveVersionDialog::check()
{
    QString problem;
    if (publisher().isEmpty())
        problem = tr("Name the publisher of this version.");
    else if (!m_version->hasAcceptableInput())
        problem = tr("Give a version such as 1.0.0.4.");
    else if (m_existing.contains(version()))
        problem = tr("The map already has version %1; choose another.").arg(version());
    m_message->showMessage(MessageLabel::Kind::Information, problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

} // namespace dw
