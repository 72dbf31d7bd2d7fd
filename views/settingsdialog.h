#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace dw {

// Settings of the console: for now the language of the user interface. The choice is saved
// in QSettings and applied at once on OK (every window retranslates itself); "System default"
// follows the system's locale at each start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The saved language code; empty for the system default.
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

    // Opens the dialog window-modal on `parent`; it deletes itself when closed.
    static SettingsDialog *edit(QWidget *parent);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace dw
