#include "environmentsection.h"

#include "asyncresult.h"
#include "environmentprobe.h"
#include "messagelabel.h"
#include "storetask.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QVBoxLayout>

namespace dw {

namespace {
const QString kSqlite = QStringLiteral("QSQLITE");
const QString kPostgres = QStringLiteral("QPSQL");
constexpr int kDefaultPostgresPort = 5432;
constexpr int kFileRow = 1; // rows of m_form: driver, file, the PostgreSQL fields, test
constexpr int kTestRow = 7;
} // namespace

EnvironmentSection::EnvironmentSection(Side side, const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_side(side)
    , m_workspace(workspace)
    , m_driver(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…", "choose a database file"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_result(new MessageLabel(this))
{
    const QString prefix = sideId(side);
    setObjectName(prefix + QStringLiteral("Section"));
    m_driver->setObjectName(prefix + QStringLiteral("Driver"));
    m_file->setObjectName(prefix + QStringLiteral("File"));
    m_host->setObjectName(prefix + QStringLiteral("Host"));
    m_port->setObjectName(prefix + QStringLiteral("Port"));
    m_database->setObjectName(prefix + QStringLiteral("Database"));
    m_user->setObjectName(prefix + QStringLiteral("User"));
    m_password->setObjectName(prefix + QStringLiteral("Password"));
    m_test->setObjectName(prefix + QStringLiteral("Test"));
    m_result->setObjectName(prefix + QStringLiteral("Result"));

    m_driver->addItem(tr("SQLite file"), kSqlite);
    const bool hasPostgres = QSqlDatabase::isDriverAvailable(kPostgres);
    m_driver->addItem(
        hasPostgres ? tr("PostgreSQL") : tr("PostgreSQL (driver not installed)"), kPostgres);
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPostgresPort);
    m_file->setPlaceholderText(tr("Path of the environment's database file"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept for this session only; never written to disk"));

    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_test->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    // One form for both drivers, so the labels line up.
    m_form = new QFormLayout;
    m_form->addRow(tr("Dri&ver:", "database driver"), m_driver);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileLabel = new QLabel(tr("F&ile:", "database file"), this);
    fileLabel->setBuddy(m_file); // a row holding a layout gets no buddy from QFormLayout
    m_form->addRow(fileLabel, fileRow);
    m_form->addRow(tr("&Host:", "database server"), m_host);
    m_form->addRow(tr("&Port:", "database server port"), m_port);
    m_form->addRow(tr("D&atabase:", "database name on the server"), m_database);
    m_form->addRow(tr("&User:", "database user name"), m_user);
    m_form->addRow(tr("Pass&word:"), m_password);
    m_form->addRow(QString(), m_test);
    m_form->addRow(QString(), m_result);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);

    connect(m_driver, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        edited();
    });
    for (QLineEdit *edit : { m_file, m_host, m_database, m_user, m_password })
        connect(edit, &QLineEdit::textEdited, this, &EnvironmentSection::edited);
    connect(m_port, &QSpinBox::valueChanged, this, &EnvironmentSection::edited);
    connect(m_browse, &QPushButton::clicked, this, &EnvironmentSection::browse);
    connect(m_test, &QPushButton::clicked, this, &EnvironmentSection::testConnection);
    updateRows();
}

void EnvironmentSection::setSpec(const ConnectionSpec &stored)
{
    const ConnectionSpec spec = m_workspace.resolve(stored);
    const QSignalBlocker blocker(m_driver);
    m_driver->setCurrentIndex(qMax(0, m_driver->findData(spec.driver)));
    m_file->setText(spec.isSqlite() ? QDir::toNativeSeparators(spec.database) : QString());
    m_host->setText(spec.host);
    m_port->setValue(spec.port > 0 ? spec.port : kDefaultPostgresPort);
    m_database->setText(spec.isSqlite() ? QString() : spec.database);
    m_user->setText(spec.user);
    m_password->setText(spec.password);
    updateRows();
    ++m_generation;
    m_result->clear();
}

ConnectionSpec EnvironmentSection::spec() const
{
    ConnectionSpec spec;
    spec.driver = m_driver->currentData().toString();
    if (spec.isSqlite()) {
        spec.database = QDir::fromNativeSeparators(m_file->text().trimmed());
        return spec;
    }
    spec.host = m_host->text().trimmed();
    spec.port = m_port->value();
    spec.database = m_database->text().trimmed();
    spec.user = m_user->text().trimmed();
    spec.password = m_password->text();
    return spec;
}

QString EnvironmentSection::problem() const
{
    const ConnectionSpec s = spec();
    if (s.isSqlite() && s.database.isEmpty())
        //: %1 Dataverse or Finance
        return tr("Choose the database file of the %1 environment.").arg(sideName(m_side));
    if (!s.isSqlite() && (s.host.isEmpty() || s.database.isEmpty()))
        return tr("Give the host and the database of the %1 environment.").arg(sideName(m_side));
    return {};
}

QString EnvironmentSection::resultText() const
{
    return m_result->text();
}

void EnvironmentSection::showNote(const QString &text)
{
    m_result->showMessage(MessageLabel::Kind::Information, text);
}

void EnvironmentSection::testConnection()
{
    const quint64 generation = ++m_generation;
    const ConnectionSpec spec = m_workspace.resolve(this->spec());
    m_testing = true;
    m_result->showMessage(MessageLabel::Kind::Information, tr("Testing the connection…"));
    whenFinished(this, QtConcurrent::run([spec] {
        StoreResult<int> result;
        QStringList tables;
        if (EnvironmentProbe::tableNames(spec, &tables, &result.error))
            result.value = int(tables.size());
        return result;
    }),
        [this, generation](const StoreResult<int> &result) {
            if (generation != m_generation)
                return; // edited or tested again meanwhile
            m_testing = false;
            if (result.ok())
                m_result->showMessage(MessageLabel::Kind::Success,
                    tr("Connected: %n table(s) found.", "", result.value));
            else
                m_result->showMessage(
                    MessageLabel::Kind::Error, tr("Cannot connect: %1").arg(result.error));
            emit testFinished(result.ok());
        });
}

void EnvironmentSection::edited()
{
    ++m_generation; // a test still running tested what was there before
    m_testing = false;
    m_result->clear();
}

void EnvironmentSection::browse()
{
    const QString current = m_file->text().trimmed();
    auto *dialog
        = new QFileDialog(this, tr("Database file of the %1 environment").arg(sideName(m_side)),
            current.isEmpty() ? m_workspace.directory() : QFileInfo(current).absolutePath(),
            tr("SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_file->setText(QDir::toNativeSeparators(file));
        edited();
    });
    dialog->open();
}

void EnvironmentSection::updateRows()
{
    // Rows of the other driver are disabled rather than hidden: the dialog keeps its size and
    // Tab skips them.
    const bool sqlite = m_driver->currentData().toString() == kSqlite;
    for (int row = kFileRow; row < kTestRow; ++row) {
        const bool on = (row == kFileRow) == sqlite;
        for (auto role : { QFormLayout::LabelRole, QFormLayout::FieldRole }) {
            QLayoutItem *item = m_form->itemAt(row, role);
            if (item && item->widget())
                item->widget()->setEnabled(on);
        }
    }
    m_file->setEnabled(sqlite);
    m_browse->setEnabled(sqlite);
}

} // namespace dw
