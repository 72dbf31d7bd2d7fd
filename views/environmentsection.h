#pragma once

#include "connectionspec.h"
#include "tablemap.h"
#include "workspace.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dw {

class MessageLabel;

// One environment in the environments dialog: the driver, then the SQLite file or the
// PostgreSQL host, port, database, user and password, and a connection test. The test opens
// the database on a pool thread with a connection of its own (EnvironmentProbe) and reports the
// number of tables or the error; the GUI never waits for it, and an edit made meanwhile drops
// its result (generation counter). The password stays in memory: spec() carries it for a test
// and for the session (the dialog hands it to SessionPasswords on save); whoever stores the
// spec clears it first. An empty field lets the test use what the session already knows.
class EnvironmentSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentSection)
public:
    EnvironmentSection(Side side, const Workspace &workspace, QWidget *parent = nullptr);

    // Shows `spec`; a relative SQLite path is shown resolved in the workspace.
    void setSpec(const ConnectionSpec &spec);
    ConnectionSpec spec() const;
    // What is missing before the spec can be saved; empty when it is complete.
    QString problem() const;
    bool isTesting() const { return m_testing; }
    QString resultText() const;
    void showNote(const QString &text);

public slots:
    void testConnection();

signals:
    void testFinished(bool ok);

private:
    void edited();
    void browse();
    void updateRows();

    Side m_side;
    Workspace m_workspace;
    quint64 m_generation = 0;
    bool m_testing = false;
    QComboBox *m_driver;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_test;
    MessageLabel *m_result;
};

} // namespace dw
