#include "environmentsdialog.h"
#include "environmentsection.h"
#include "environmentstore.h"
#include "sessionpasswords.h"
#include "statestore.h"
#include "testdb.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

namespace {

void createWorkspace(const QString &dir)
{
    {
        TestDb dataverse(dir + QStringLiteral("/dataverse.db"));
        QVERIFY(dataverse.exec(QStringLiteral("CREATE TABLE dv_item (id TEXT PRIMARY KEY)")));
        QVERIFY(dataverse.exec(QStringLiteral("CREATE TABLE dv_unit (id TEXT PRIMARY KEY)")));
        QVERIFY(dataverse.exec(QStringLiteral("CREATE TABLE dv_task (id TEXT PRIMARY KEY)")));
    }
    {
        TestDb finance(dir + QStringLiteral("/finance.db"));
        QVERIFY(finance.exec(QStringLiteral("CREATE TABLE FinItem (ItemId TEXT PRIMARY KEY)")));
    }
    StateStore store;
    QString error;
    QVERIFY2(store.open(dir + QStringLiteral("/workspace.db"), &error), qPrintable(error));
    EnvironmentStore environments(store.database());
    QVERIFY(environments.save(
        Side::Dataverse, ConnectionSpec::sqliteFile(QStringLiteral("dataverse.db")), &error));
    QVERIFY(environments.save(
        Side::Finance, ConnectionSpec::sqliteFile(QStringLiteral("finance.db")), &error));
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

void setText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

QChar mnemonic(const QString &text)
{
    const qsizetype i = text.indexOf(u'&');
    return i >= 0 && i + 1 < text.size() ? text.at(i + 1).toLower() : QChar();
}

void grab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DW_GRAB_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layout requests, as a real event loop would
    widget->grab().save(dir + QStringLiteral("/gui1-") + name + QStringLiteral(".png"));
}

void grab(QWidget *widget, const char *name)
{
    grab(widget, QString::fromLatin1(name));
}

} // namespace

class TestEnvironmentsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsTheStoredEnvironments();
    void testsAConnectionWithoutBlocking();
    void reportsAFileThatIsNoDatabase();
    void doesNotCreateAMissingFile();
    void reportsAnUnreachableServer();
    void savesWithoutThePassword();
    void mnemonicsAreUnique();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EnvironmentsDialog> m_dialog;
    EnvironmentsDialog *openDialog()
    {
        m_dialog = std::make_unique<EnvironmentsDialog>(Workspace(m_dir->path()));
        QSignalSpy ready(m_dialog.get(), &EnvironmentsDialog::ready);
        m_dialog->show();
        if (!ready.wait(20000))
            qWarning("the environments were not read");
        return m_dialog.get();
    }
};

void TestEnvironmentsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEnvironmentsDialog::init()
{
    m_dialog.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    createWorkspace(m_dir->path());
}

void TestEnvironmentsDialog::showsTheStoredEnvironments()
{
    EnvironmentsDialog *dialog = openDialog();
    QVERIFY(dialog->isReady());
    QCOMPARE(child<QComboBox>(dialog, "dataverseDriver")->currentData().toString(),
        QStringLiteral("QSQLITE"));
    // Stored relative to the workspace, shown where it is.
    QCOMPARE(child<QLineEdit>(dialog, "dataverseFile")->text(),
        QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("dataverse.db"))));
    QCOMPARE(child<QLineEdit>(dialog, "financeFile")->text(),
        QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("finance.db"))));
    grab(dialog, "environments");
}

void TestEnvironmentsDialog::testsAConnectionWithoutBlocking()
{
    EnvironmentsDialog *dialog = openDialog();
    EnvironmentSection *section = dialog->section(Side::Dataverse);
    QSignalSpy finished(section, &EnvironmentSection::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "dataverseTest"), Qt::LeftButton);
    // The click returns at once; the test runs on a pool thread.
    QVERIFY(section->isTesting());
    QCOMPARE(section->resultText(), QStringLiteral("Testing the connection…"));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(section->resultText(), QStringLiteral("Connected: 3 table(s) found."));
    grab(dialog, "environments-tested");

    // An edit made while a test runs drops that test's result.
    QTest::mouseClick(child<QPushButton>(dialog, "dataverseTest"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(dialog, "dataverseFile"), QStringLiteral("x"));
    QVERIFY(!finished.wait(1000));
    QVERIFY(section->resultText().isEmpty());
}

void TestEnvironmentsDialog::reportsAFileThatIsNoDatabase()
{
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    EnvironmentsDialog *dialog = openDialog();
    child<QTabWidget>(dialog, "environmentTabs")->setCurrentIndex(1);
    setText(child<QLineEdit>(dialog, "financeFile"), text);
    EnvironmentSection *section = dialog->section(Side::Finance);
    QSignalSpy finished(section, &EnvironmentSection::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "financeTest"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY2(section->resultText().startsWith(QLatin1String("Cannot connect:"))
            && section->resultText().contains(QLatin1String("not a database")),
        qPrintable(section->resultText()));
    grab(dialog, "environments-failed");
}

void TestEnvironmentsDialog::doesNotCreateAMissingFile()
{
    EnvironmentsDialog *dialog = openDialog();
    const QString missing = m_dir->filePath(QStringLiteral("missing.db"));
    setText(child<QLineEdit>(dialog, "dataverseFile"), missing);
    EnvironmentSection *section = dialog->section(Side::Dataverse);
    QSignalSpy finished(section, &EnvironmentSection::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "dataverseTest"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(section->resultText().contains(QLatin1String("does not exist")),
        qPrintable(section->resultText()));
    QVERIFY(!QFile::exists(missing));
}

void TestEnvironmentsDialog::reportsAnUnreachableServer()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("no QPSQL driver");
    // Nothing listens on port 1 of this machine: the connection is refused at once.
    const int port = 1;
    EnvironmentsDialog *dialog = openDialog();
    auto *driver = child<QComboBox>(dialog, "dataverseDriver");
    driver->setCurrentIndex(driver->findData(QStringLiteral("QPSQL")));
    setText(child<QLineEdit>(dialog, "dataverseHost"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(dialog, "dataversePort")->setValue(port);
    setText(child<QLineEdit>(dialog, "dataverseDatabase"), QStringLiteral("dataverse"));
    setText(child<QLineEdit>(dialog, "dataverseUser"), QStringLiteral("admin"));
    EnvironmentSection *section = dialog->section(Side::Dataverse);
    QSignalSpy finished(section, &EnvironmentSection::testFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "dataverseTest"), Qt::LeftButton);
    QVERIFY(section->isTesting());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(section->resultText().startsWith(QLatin1String("Cannot connect:")));
}

void TestEnvironmentsDialog::savesWithoutThePassword()
{
    // Copy the Finance database under another name inside the workspace: stored relatively.
    QVERIFY(QFile::copy(m_dir->filePath(QStringLiteral("finance.db")),
        m_dir->filePath(QStringLiteral("finance-copy.db"))));
    EnvironmentsDialog *dialog = openDialog();
    QSignalSpy saved(dialog, &EnvironmentsDialog::saved);
    setText(child<QLineEdit>(dialog, "financeFile"),
        QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("finance-copy.db"))));
    auto *driver = child<QComboBox>(dialog, "dataverseDriver");
    driver->setCurrentIndex(driver->findData(QStringLiteral("QPSQL")));
    auto *save = child<QPushButton>(dialog, "saveButton");
    // PostgreSQL needs a host and a database.
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(saved.count(), 0);
    setText(child<QLineEdit>(dialog, "dataverseHost"), QStringLiteral("db.example.com"));
    child<QSpinBox>(dialog, "dataversePort")->setValue(6543);
    setText(child<QLineEdit>(dialog, "dataverseDatabase"), QStringLiteral("dataverse"));
    setText(child<QLineEdit>(dialog, "dataverseUser"), QStringLiteral("admin"));
    const QString password = QStringLiteral("s3cret-Pa55word-9431");
    setText(child<QLineEdit>(dialog, "dataversePassword"), password);
    QCOMPARE(dialog->section(Side::Dataverse)->spec().password, password);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(saved.wait(20000));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    // Kept for the session's connections, not thrown away.
    ConnectionSpec typed;
    typed.driver = QStringLiteral("QPSQL");
    typed.host = QStringLiteral("db.example.com");
    typed.port = 6543;
    typed.database = QStringLiteral("dataverse");
    typed.user = QStringLiteral("admin");
    QCOMPARE(SessionPasswords::find(typed), password);

    {
        StateStore store;
        QString error;
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("workspace.db")), &error));
        ConnectionSpec dataverse;
        ConnectionSpec finance;
        QVERIFY(EnvironmentStore(store.database()).load(Side::Dataverse, &dataverse, &error));
        QVERIFY(EnvironmentStore(store.database()).load(Side::Finance, &finance, &error));
        QCOMPARE(dataverse.driver, QStringLiteral("QPSQL"));
        QCOMPARE(dataverse.host, QStringLiteral("db.example.com"));
        QCOMPARE(dataverse.port, 6543);
        QCOMPARE(dataverse.database, QStringLiteral("dataverse"));
        QCOMPARE(dataverse.user, QStringLiteral("admin"));
        QCOMPARE(finance.database, QStringLiteral("finance-copy.db"));
    }
    // Not in the state store's bytes, nor in its journal files.
    const QStringList files = QDir(m_dir->path()).entryList({ QStringLiteral("workspace.db*") });
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(name));
        QVERIFY2(!bytes.contains(password.toUtf8().toHex()), qPrintable(name));
    }
}

void TestEnvironmentsDialog::mnemonicsAreUnique()
{
    EnvironmentsDialog *dialog = openDialog();
    auto *tabs = child<QTabWidget>(dialog, "environmentTabs");
    for (const char *driver : { "QSQLITE", "QPSQL" }) {
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            auto *combo = tabs->currentWidget()->findChild<QComboBox *>();
            combo->setCurrentIndex(combo->findData(QString::fromLatin1(driver)));
            QHash<QChar, QString> seen;
            QStringList texts;
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
            const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                if (!widget->isVisible())
                    continue;
                if (auto *label = qobject_cast<QLabel *>(widget)) {
                    texts.append(label->text());
                    QVERIFY2(mnemonic(label->text()).isNull() || label->buddy(),
                        qPrintable(label->text()));
                } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                    texts.append(button->text());
                }
            }
            for (const QString &text : std::as_const(texts)) {
                const QChar m = mnemonic(text);
                if (m.isNull())
                    continue;
                QVERIFY2(!seen.contains(m), qPrintable(seen.value(m) + u'/' + text));
                seen.insert(m, text);
            }
            grab(dialog,
                QStringLiteral("environments-%1-%2")
                    .arg(tab)
                    .arg(QString::fromLatin1(driver).toLower()));
        }
    }
}

QTEST_MAIN(TestEnvironmentsDialog)
#include "tst_environmentsdialog.moc"
