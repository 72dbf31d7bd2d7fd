#pragma once

#include "connectionspec.h"
#include "tablemap.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace dw {

class MessageLabel;

// Asks for the password of one environment's PostgreSQL connection, named as
// user@host:port/database. "Remember in the system keychain" is offered only where a keychain
// works. The typed password lives in this dialog until it closes; PasswordGate takes it.
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)
public:
    PasswordDialog(
        Side side, const ConnectionSpec &spec, bool keychainUsable, QWidget *parent = nullptr);

    // Shown above the field when the server refused the password given before.
    void showRefused();
    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
    MessageLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace dw
