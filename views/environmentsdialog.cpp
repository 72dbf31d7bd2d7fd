#include "environmentsdialog.h"

#include "asyncresult.h"
#include "environmentsection.h"
#include "environmentstore.h"
#include "messagelabel.h"
#include "sessionpasswords.h"
#include "storetask.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSqlError>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dw {

namespace {
// Both stored environments; a side with none yet keeps a default spec and the reason.
struct StoredEnvironments
{
    ConnectionSpec specs[2];
    QString notes[2];
};
} // namespace

EnvironmentsDialog::EnvironmentsDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
    , m_sections { new EnvironmentSection(Side::Dataverse, workspace, this),
        new EnvironmentSection(Side::Finance, workspace, this) }
    , m_status(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("environmentsDialog"));
    setWindowTitle(tr("Environments"));
    m_tabs->setObjectName(QStringLiteral("environmentTabs"));
    m_status->setObjectName(QStringLiteral("environmentsStatus"));
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setText(tr("&Save", "save the environments"));
    m_tabs->addTab(m_sections[int(Side::Dataverse)], tr("&Dataverse"));
    m_tabs->addTab(m_sections[int(Side::Finance)], tr("&Finance"));

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(footer);
    // Room below the form for a connection error of a few lines.
    resize(fontMetrics().averageCharWidth() * 100,
        sizeHint().height() + 3 * fontMetrics().lineSpacing());

    connect(save, &QPushButton::clicked, this, &EnvironmentsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

EnvironmentsDialog *EnvironmentsDialog::edit(QWidget *parent, const Workspace &workspace)
{
    auto *dialog = new EnvironmentsDialog(workspace, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void EnvironmentsDialog::setBusy(bool busy)
{
    m_tabs->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void EnvironmentsDialog::load()
{
    setBusy(true);
    m_status->showMessage(MessageLabel::Kind::Information, tr("Reading the environments…"));
    const quint64 generation = ++m_generation;
    auto work = [](StateStore &store, StoredEnvironments *stored, QString *) {
        for (Side side : { Side::Dataverse, Side::Finance }) {
            if (!EnvironmentStore(store.database())
                     .load(side, &stored->specs[int(side)], &stored->notes[int(side)]))
                stored->specs[int(side)] = ConnectionSpec();
        }
        return true;
    };
    whenFinished(this, runOnStore<StoredEnvironments>(m_workspace, work),
        [this, generation](const StoreResult<StoredEnvironments> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_status->showMessage(MessageLabel::Kind::Error,
                    tr("Cannot read the environments: %1").arg(result.error));
                return;
            }
            m_status->clear();
            for (Side side : { Side::Dataverse, Side::Finance }) {
                m_sections[int(side)]->setSpec(result.value.specs[int(side)]);
                m_sections[int(side)]->showNote(result.value.notes[int(side)]);
            }
            setBusy(false);
            m_ready = true;
            emit ready();
        });
}

void EnvironmentsDialog::save()
{
    for (Side side : { Side::Dataverse, Side::Finance }) {
        const QString problem = m_sections[int(side)]->problem();
        if (!problem.isEmpty()) {
            m_tabs->setCurrentWidget(m_sections[int(side)]);
            m_status->showMessage(MessageLabel::Kind::Error, problem);
            return;
        }
    }
    QList<ConnectionSpec> specs;
    QList<ConnectionSpec> typed; // with their passwords, for the session once saved
    for (Side side : { Side::Dataverse, Side::Finance }) {
        ConnectionSpec spec = m_workspace.relativize(m_sections[int(side)]->spec());
        if (!spec.isSqlite() && !spec.password.isEmpty())
            typed.append(m_workspace.resolve(spec));
        spec.password.clear(); // never stored (DESIGN §10)
        specs.append(spec);
    }
    setBusy(true);
    m_status->showMessage(MessageLabel::Kind::Information, tr("Saving the environments…"));
    const quint64 generation = ++m_generation;
    auto work = [specs](StateStore &store, bool *done, QString *error) {
        QSqlDatabase db = store.database();
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        for (Side side : { Side::Dataverse, Side::Finance }) {
            if (!EnvironmentStore(db).save(side, specs.at(int(side)), error)) {
                db.rollback();
                return false;
            }
        }
        *done = db.commit();
        if (!*done)
            *error = db.lastError().text();
        return *done;
    };
    whenFinished(this, runOnStore<bool>(m_workspace, work),
        [this, generation, typed](const StoreResult<bool> &result) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (!result.ok()) {
                m_status->showMessage(MessageLabel::Kind::Error,
                    tr("The environments could not be saved: %1").arg(result.error));
                return;
            }
            // Typed once, used by every connection of this session; in memory only.
            for (const ConnectionSpec &spec : typed)
                SessionPasswords::remember(spec, spec.password);
            emit saved();
            accept();
        });
}

} // namespace dw
