#include "passworddialog.h"

#include "messagelabel.h"
#include "sessionpasswords.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dw {

PasswordDialog::PasswordDialog(
    Side side, const ConnectionSpec &spec, bool keychainUsable, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
    , m_message(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    //: %1 Dataverse or Finance
    setWindowTitle(tr("Password for the %1 environment").arg(sideName(side)));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setEnabled(keychainUsable);
    m_remember->setToolTip(keychainUsable
            ? tr("Read back from the keychain at the next start.")
            : tr("No system keychain is available; the password is kept for this session "
                 "only."));

    //: %1 Dataverse or Finance, %2 user@host:port/database
    auto *intro
        = new QLabel(tr("The %1 environment's PostgreSQL server asks for the password of %2.")
                         .arg(sideName(side), SessionPasswords::identity(spec).toHtmlEscaped()),
            this);
    intro->setObjectName(QStringLiteral("passwordIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    auto *form = new QFormLayout;
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_message->hide();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_password->setFocus();
}

void PasswordDialog::showRefused()
{
    m_message->showMessage(
        MessageLabel::Kind::Error, tr("The server refused the password given before."));
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

} // namespace dw
