#include "mainwindow.h"
#include "mapeditordialog.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace dw;

namespace {

// The mnemonic letter of a text ("&File" → 'f'), or a null QChar; "&&" is a literal ampersand.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

// Fails when two of `texts` share a mnemonic: Alt+letter would reach only one of them.
bool mnemonicsUnique(const QStringList &texts, QString *clash)
{
    QHash<QChar, QString> seen;
    for (const QString &text : texts) {
        const QChar letter = mnemonic(text);
        if (letter.isNull())
            continue;
        if (seen.contains(letter)) {
            *clash
                = QStringLiteral("'%1' in \"%2\" and \"%3\"").arg(letter, seen.value(letter), text);
            return false;
        }
        seen.insert(letter, text);
    }
    return true;
}

// With DW_GRAB_DIR set, saves the main window as main-window-CODE.png there: the pictures in
// docs/screenshots, looked at for clipped and overflowing text in every language.
void grab(QWidget *window, const QString &code)
{
    const QString dir = qEnvironmentVariable("DW_GRAB_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layout requests, as a real event loop would
    window->grab().save(dir + QStringLiteral("/main-window-") + code + QStringLiteral(".png"));
}

// Widgets hear of a new language through posted events; deliver them before looking.
void deliverLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

QString translated(const char *context, const char *source, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate(context, source, disambiguation);
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void settingsSwitchTheMainWindow_data();
    void settingsSwitchTheMainWindow();
    void mapEditorFollowsAndReturns_data();
    void mapEditorFollowsAndReturns();

private:
    void chooseInSettings(const QString &code);
    void checkMenus(const QString &code);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestLanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dwadmin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    Translations::apply(QStringLiteral("en"));
    // An empty folder: the window creates the demo workspace, as at a first start.
    m_window = new MainWindow(Workspace(m_dir.path()));
    QSignalSpy ready(m_window, &MainWindow::workspaceReady);
    m_window->resize(1280, 800);
    m_window->show();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
    // A map selected, so its detail shows below the list, as an administrator would see it.
    auto *list = m_window->findChild<QTreeView *>(QStringLiteral("mapList"));
    QTRY_VERIFY(list->model()->rowCount() > 20);
    const QModelIndexList found = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole,
        QStringLiteral("Project Operations integration actuals"), 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    list->selectionModel()->setCurrentIndex(
        found.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TestLanguageSwitch::cleanupTestCase()
{
    delete m_window;
    Translations::apply(QStringLiteral("en"));
}

// Opens Settings from the File menu, picks `code` and confirms, as a user would.
void TestLanguageSwitch::chooseInSettings(const QString &code)
{
    m_window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *choice = dialog->findChild<QComboBox *>(QStringLiteral("languageChoice"));
    const int index = choice->findData(code);
    QVERIFY(index > 0);
    choice->setCurrentIndex(index);
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    QCOMPARE(SettingsDialog::savedLanguage(), code);
    deliverLanguageChange();
}

void TestLanguageSwitch::checkMenus(const QString &code)
{
    const bool english = code == QLatin1String("en");
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QCOMPARE(menus.size(), 4);
    const QString titles[] = { translated("dw::MainWindow", "&File"),
        translated("dw::MainWindow", "&Maps", "menu of table map actions"),
        translated("dw::MainWindow", "&View"), translated("dw::MainWindow", "&Help") };
    const char *englishTitles[] = { "&File", "&Maps", "&View", "&Help" };
    QStringList shown;
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(menus.at(i)->text(), titles[i]);
        // A translated title differs from the English one, and English is English again.
        QCOMPARE(menus.at(i)->text() == QLatin1String(englishTitles[i]), english);
        shown.append(menus.at(i)->text());
    }
    QString clash;
    QVERIFY2(mnemonicsUnique(shown, &clash), qPrintable(code + u' ' + clash));
    for (QAction *menuAction : menus) {
        QStringList items;
        for (QAction *action : menuAction->menu()->actions()) {
            QVERIFY2(action->isSeparator() || !action->text().isEmpty(), qPrintable(code));
            items.append(action->text());
        }
        QVERIFY2(mnemonicsUnique(items, &clash), qPrintable(code + u' ' + clash));
    }
    // The page titles in the navigation.
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(0)->text(), translated("dw::MainWindow", "Table maps"));
    QCOMPARE(navigation->item(1)->text(), translated("dw::MainWindow", "Run monitor"));
    QCOMPARE(navigation->item(0)->text() == QLatin1String("Table maps"), english);
    QCOMPARE(
        m_window->windowTitle() == QStringLiteral("dwadmin — dual-write administration"), english);
}

void TestLanguageSwitch::settingsSwitchTheMainWindow_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("decimal"); // 1234.5 in the language's locale
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("1 234,5");
    QTest::newRow("ro") << QStringLiteral("ro") << QStringLiteral("1.234,5");
    QTest::newRow("sl") << QStringLiteral("sl") << QStringLiteral("1.234,5");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("1.234,5");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("1 234,5");
}

void TestLanguageSwitch::settingsSwitchTheMainWindow()
{
    QFETCH(QString, code);
    QFETCH(QString, decimal);
    checkMenus(QStringLiteral("en"));
    chooseInSettings(code);
    checkMenus(code);
    grab(m_window, code);
    // Numbers follow the language; the group separator may be a (narrow) no-break space.
    QString shown = QLocale().toString(1234.5, 'f', 1);
    shown.replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
    QCOMPARE(shown, decimal);
    chooseInSettings(QStringLiteral("en"));
    checkMenus(QStringLiteral("en"));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));
}

void TestLanguageSwitch::mapEditorFollowsAndReturns_data()
{
    settingsSwitchTheMainWindow_data();
}

// The map editor is window-modal, so the language changes underneath it (as it would from
// another window); its tabs, labels and buttons follow, with unique mnemonics on every tab.
void TestLanguageSwitch::mapEditorFollowsAndReturns()
{
    QFETCH(QString, code);
    MapEditorDialog *dialog = MapEditorDialog::editMap(
        m_window, Workspace(m_dir.path()), QStringLiteral("Legal entities"));
    // Whatever fails below, the next row starts in English without the editor.
    const auto closeEditor = qScopeGuard([dialog] {
        Translations::apply(QStringLiteral("en"));
        deliverLanguageChange();
        dialog->reject();
    });
    QSignalSpy ready(dialog, &MapEditorDialog::ready);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("mapEditorTabs"));
    auto *name = dialog->findChild<QWidget *>(QStringLiteral("mapName"));
    const auto nameLabel = [&] {
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->buddy() == name)
                return label->text();
        }
        return QString();
    };
    const auto cancelText = [&] {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text();
    };
    QCOMPARE(tabs->tabText(0), QStringLiteral("&General"));
    QCOMPARE(nameLabel(), QStringLiteral("&Name:"));
    QCOMPARE(cancelText(), QStringLiteral("Cancel"));

    QCOMPARE(Translations::apply(code), code);
    deliverLanguageChange();
    const char *const tabSources[][2] = { { "&General", "map editor tab" },
        { "Field &mappings", nullptr }, { "Integration &key", nullptr },
        { "&Dependencies", nullptr }, { "&Alerts", nullptr } };
    int changedTabs = 0; // a word may read the same in a language ("General" in Romanian)
    for (int tab = 0; tab < tabs->count(); ++tab) {
        const QString expected
            = translated("dw::MapEditorForm", tabSources[tab][0], tabSources[tab][1]);
        QCOMPARE(tabs->tabText(tab), expected);
        changedTabs += expected != QLatin1String(tabSources[tab][0]);
    }
    QVERIFY(changedTabs >= 3);
    QCOMPARE(nameLabel(), translated("dw::MapTablesEditor", "&Name:", "map name"));
    QVERIFY(nameLabel() != QLatin1String("&Name:"));
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->text(),
        translated("dw::MapEditorDialog", "&Save…", "save the map as a new version"));
    // Qt's standard buttons are translated too, in every language (Qt lacks some of them).
    QCOMPARE(cancelText(), translated("QPlatformTheme", "Cancel"));
    QVERIFY2(cancelText() != QLatin1String("Cancel"), qPrintable(code));

    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QStringList texts;
        for (int t = 0; t < tabs->count(); ++t)
            texts.append(tabs->tabText(t));
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && label->buddy())
                texts.append(label->text());
        }
        for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                texts.append(button->text());
        }
        for (QGroupBox *box : dialog->findChildren<QGroupBox *>()) {
            if (box->isVisible())
                texts.append(box->title());
        }
        QString clash;
        QVERIFY2(mnemonicsUnique(texts, &clash),
            qPrintable(QStringLiteral("%1, tab %2: %3").arg(code).arg(tab).arg(clash)));
    }

    Translations::apply(QStringLiteral("en"));
    deliverLanguageChange();
    QCOMPARE(tabs->tabText(0), QStringLiteral("&General"));
    QCOMPARE(tabs->tabText(4), QStringLiteral("&Alerts"));
    QCOMPARE(nameLabel(), QStringLiteral("&Name:"));
    QCOMPARE(cancelText(), QStringLiteral("Cancel"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
