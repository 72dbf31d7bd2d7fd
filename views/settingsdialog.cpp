#include "settingsdialog.h"

#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace dw {

namespace {
constexpr auto kLanguageKey = "ui/language";
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language->setObjectName(QStringLiteral("languageChoice"));
    // The system default first (its text comes in retranslate()), then each language in itself.
    m_language->addItem(QString(), QString());
    for (const QString &code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(savedLanguage())));
    m_languageLabel->setBuddy(m_language);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

SettingsDialog *SettingsDialog::edit(QWidget *parent)
{
    auto *dialog = new SettingsDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString SettingsDialog::savedLanguage()
{
    return QSettings().value(QLatin1String(kLanguageKey)).toString();
}

void SettingsDialog::saveLanguage(const QString &code)
{
    QSettings().setValue(QLatin1String(kLanguageKey), code);
}

void SettingsDialog::accept()
{
    const QString code = m_language->currentData().toString();
    if (code != savedLanguage()) {
        saveLanguage(code);
        Translations::apply(code);
    }
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    //: %1 the language the system's locale selects, named in that language
    m_language->setItemText(0,
        tr("System default (%1)")
            .arg(Translations::nativeName(Translations::match(QLocale::system()))));
    m_note->setText(tr("The language applies at once, to dates and numbers too. Messages "
                       "already written to the activity log and the record states stay in "
                       "the language they were written in."));
}

} // namespace dw
