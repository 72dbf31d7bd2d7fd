// The GUI's side of PostgreSQL passwords: before a run, PasswordGate asks for the password of an
// environment whose server wants one the session does not know, and the answer reaches the
// connections; a refused answer is asked for again, a cancelled prompt stops the work, and a
// password libpq finds itself (PGPASSWORD) asks nothing. No keychain runs here (no D-Bus
// session): the prompt offers no "remember" and the password lands nowhere on disk, neither in
// the workspace nor in the settings the main window saves. Finance lives on a throwaway server
// whose role must authenticate with scram-sha-256.
#include "actualsscenario.h"
#include "dbconnection.h"
#include "mainwindow.h"
#include "passworddialog.h"
#include "passwordgate.h"
#include "pgserver.h"
#include "pgtestdb.h"
#include "secretscan.h"
#include "sessionpasswords.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace dw;

namespace {

const QString kRole = QStringLiteral("dwsecret");
const QString kPassword = QStringLiteral("Gate-pw 93'kq 7Lx");

struct Outcome
{
    bool called = false;
    bool ready = false;
};

} // namespace

class TestPasswordGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void promptAnswerReachesTheConnection();
    void refusedAnswerIsAskedAgain();
    void cancelledPromptStopsTheWork();
    void noPromptWhenLibpqFindsThePassword();
    void passwordIsInNoFileAfterTheWindowSavesItsSettings();

private:
    void createWorkspace(const QString &dir, ConnectionSpec *finance);
    // Waits for the gate's prompt.
    static PasswordDialog *waitForPrompt(QWidget *parent);
    static void answer(PasswordDialog *dialog, const QString &password);

    PgServer m_pg;
    int m_databases = 0;
};

void TestPasswordGate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    // A developer's desktop keyring must neither answer for the test nor receive its password.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    SessionPasswords::setInteractive(true);
    m_pg.setPasswordRole(kRole, kPassword);
    QString error;
    if (!m_pg.start(&error)) {
        // Under CI these tests are part of the contract: a missing server is a failure.
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(error));
        QSKIP(qPrintable(error));
    }
}

void TestPasswordGate::init()
{
    SessionPasswords::clear();
}

void TestPasswordGate::cleanupTestCase()
{
    m_pg.stop();
}

void TestPasswordGate::createWorkspace(const QString &dir, ConnectionSpec *finance)
{
    *finance = m_pg.passwordRoleSpec();
    finance->database = QStringLiteral("gate_env_%1").arg(++m_databases);
    PgTestDb admin(m_pg.connectionSpec());
    QVERIFY2(
        admin.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(finance->database, kRole)),
        qPrintable(admin.lastError));
    ActualsScenario::Environments environments;
    environments.finance = *finance;
    environments.finance.password = kPassword; // for the set-up only
    QString error;
    QVERIFY2(ActualsScenario::create(dir, { 50, false }, environments, &error), qPrintable(error));
}

PasswordDialog *TestPasswordGate::waitForPrompt(QWidget *parent)
{
    PasswordDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            // An answered prompt may linger until its deferred deletion: the visible one counts.
            const QList<PasswordDialog *> dialogs = parent->findChildren<PasswordDialog *>();
            const auto visible = std::find_if(dialogs.cbegin(), dialogs.cend(),
                [](const PasswordDialog *candidate) { return candidate->isVisible(); });
            dialog = visible == dialogs.cend() ? nullptr : *visible;
            return dialog != nullptr;
        },
        30000);
    return shown ? dialog : nullptr;
}

void TestPasswordGate::answer(PasswordDialog *dialog, const QString &password)
{
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(edit);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    edit->setFocus();
    QTest::keyClicks(edit, password);
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestPasswordGate::promptAnswerReachesTheConnection()
{
    QTemporaryDir dir;
    ConnectionSpec finance;
    createWorkspace(dir.path(), &finance);
    QWidget parent;
    parent.show();
    Outcome outcome;
    PasswordGate::ensure(&parent, Workspace(dir.path()), [&outcome](bool ready) {
        outcome = { true, ready };
    });
    PasswordDialog *dialog = waitForPrompt(&parent);
    QVERIFY(dialog);
    QVERIFY(!outcome.called); // nothing starts before the answer
    const QString intro = dialog->findChild<QLabel *>(QStringLiteral("passwordIntro"))->text();
    QVERIFY2(intro.contains(QLatin1String("Finance")), qPrintable(intro));
    QVERIFY2(
        intro.contains(SessionPasswords::identity(finance).toHtmlEscaped()), qPrintable(intro));
    // No keychain on this machine: nothing to remember the password in.
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isEnabled());
    answer(dialog, kPassword);
    QTRY_VERIFY(outcome.called);
    QVERIFY(outcome.ready);

    QCOMPARE(SessionPasswords::find(finance), kPassword);
    DbConnection connection;
    QString error;
    QVERIFY2(connection.open(finance, &error), qPrintable(error)); // finance has no password

    // Known now: the next run is not asked again.
    Outcome again;
    PasswordGate::ensure(&parent, Workspace(dir.path()), [&again](bool ready) {
        again = { true, ready };
    });
    QTRY_VERIFY(again.called);
    QVERIFY(again.ready);
    QVERIFY(!parent.findChild<PasswordDialog *>());
}

void TestPasswordGate::refusedAnswerIsAskedAgain()
{
    QTemporaryDir dir;
    ConnectionSpec finance;
    createWorkspace(dir.path(), &finance);
    QWidget parent;
    parent.show();
    Outcome outcome;
    PasswordGate::ensure(&parent, Workspace(dir.path()), [&outcome](bool ready) {
        outcome = { true, ready };
    });
    QPointer<PasswordDialog> first = waitForPrompt(&parent);
    QVERIFY(first);
    QVERIFY(!first->findChild<QWidget *>(QStringLiteral("passwordMessage"))->isVisible());
    answer(first, QStringLiteral("not-it"));
    QTRY_VERIFY(!first || !first->isVisible());
    PasswordDialog *second = waitForPrompt(&parent);
    QVERIFY(second);
    QVERIFY(second->findChild<QWidget *>(QStringLiteral("passwordMessage"))->isVisible());
    QVERIFY(!outcome.called);
    QVERIFY(!SessionPasswords::knows(finance)); // the refused one is gone
    answer(second, kPassword);
    QTRY_VERIFY(outcome.called);
    QVERIFY(outcome.ready);
    QCOMPARE(SessionPasswords::find(finance), kPassword);
}

void TestPasswordGate::cancelledPromptStopsTheWork()
{
    QTemporaryDir dir;
    ConnectionSpec finance;
    createWorkspace(dir.path(), &finance);
    QWidget parent;
    parent.show();
    Outcome outcome;
    PasswordGate::ensure(&parent, Workspace(dir.path()), [&outcome](bool ready) {
        outcome = { true, ready };
    });
    PasswordDialog *dialog = waitForPrompt(&parent);
    QVERIFY(dialog);
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(outcome.called);
    QVERIFY(!outcome.ready);
    QVERIFY(!SessionPasswords::knows(finance));
}

void TestPasswordGate::noPromptWhenLibpqFindsThePassword()
{
    QTemporaryDir dir;
    ConnectionSpec finance;
    createWorkspace(dir.path(), &finance);
    qputenv("PGPASSWORD", kPassword.toUtf8());
    QWidget parent;
    Outcome outcome;
    PasswordGate::ensure(&parent, Workspace(dir.path()), [&outcome](bool ready) {
        outcome = { true, ready };
    });
    QTRY_VERIFY(outcome.called);
    qunsetenv("PGPASSWORD");
    QVERIFY(outcome.ready);
    QVERIFY(!parent.findChild<PasswordDialog *>());
    QVERIFY(!SessionPasswords::knows(finance)); // libpq's to supply, not the session's
}

// The whole path a user takes: the prompt, then the main window on the workspace (its pages
// open the environments with the session's password), closed so that it saves its settings.
void TestPasswordGate::passwordIsInNoFileAfterTheWindowSavesItsSettings()
{
    QTemporaryDir dir;
    ConnectionSpec finance;
    createWorkspace(dir.path(), &finance);
    {
        QWidget parent;
        parent.show();
        Outcome outcome;
        PasswordGate::ensure(&parent, Workspace(dir.path()), [&outcome](bool ready) {
            outcome = { true, ready };
        });
        PasswordDialog *dialog = waitForPrompt(&parent);
        QVERIFY(dialog);
        answer(dialog, kPassword);
        QTRY_VERIFY(outcome.called);
    }
    {
        MainWindow window { Workspace(dir.path()) };
        QSignalSpy ready(&window, &MainWindow::workspaceReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000); // may come while being exposed
        window.close();
    }
    QSettings settings;
    settings.sync();
    QVERIFY2(QFile::exists(settings.fileName()), qPrintable(settings.fileName()));
    QVERIFY(!settings.allKeys().isEmpty()); // the window really saved something

    QStringList places { dir.path(), QFileInfo(settings.fileName()).absolutePath(),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) };
    if (const QString home = qEnvironmentVariable("HOME"); home.contains(QLatin1String("testhome")))
        places.append(home); // ctest's private HOME, never a developer's own
    for (const QString &place : std::as_const(places)) {
        const QStringList files = SecretScan::filesContaining(place, kPassword);
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1String(", "))));
    }
    // The scan would have seen it: a control value written through QSettings is found.
    const QString control = QStringLiteral("control-Settings-4471");
    settings.setValue(QStringLiteral("test/control"), control);
    settings.sync();
    QCOMPARE(
        SecretScan::filesContaining(QFileInfo(settings.fileName()).absolutePath(), control).size(),
        1);
    settings.remove(QStringLiteral("test"));
}

QTEST_MAIN(TestPasswordGate)
#include "tst_passwordgate.moc"
