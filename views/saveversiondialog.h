#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace dw {

class MessageLabel;

// Asks what dual-write asks when a map is saved: publisher, version and description of the new
// map version. The version must look like 1.0.0.4 and must not be one the map already has.
class SaveVersionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveVersionDialog)
public:
    SaveVersionDialog(const QStringList &existingVersions, QWidget *parent = nullptr);

    void setValues(const QString &publisher, const QString &version, const QString &description);
    QString publisher() const;
    QString version() const;
    QString description() const;

private:
    void check();

    QStringList m_existing;
    QLineEdit *m_publisher;
    QLineEdit *m_version;
    QPlainTextEdit *m_description;
    MessageLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace dw
