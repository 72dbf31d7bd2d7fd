#include "batchapplier.h"

#include "recordcodec.h"
#include "sqlitestatement.h"
#include "tr.h"

#include <sqlite3.h>

namespace dw {

namespace {
constexpr char kProvisional = '\x1e';

} // namespace

BatchApplier::BatchApplier(const MapPlan &plan, LookupResolver *lookups)
    : m_plan(plan)
    , m_transformer(plan, lookups)
    , m_keySteps(plan.targetKeySteps)
{
    RowBuffer empty(1);
    empty.appendRow();
    m_noOutgoingHash = RecordCodec::hash(empty, 0, {});
}

QByteArray BatchApplier::provisionalKey(const QByteArray &sourceKey)
{
    return kProvisional + sourceKey;
}

bool BatchApplier::isProvisionalKey(const QString &recordKey)
{
    return recordKey.startsWith(QLatin1Char(kProvisional));
}

bool BatchApplier::prepare(sqlite3 *target, QString *error)
{
    m_target = target;
    if (!m_writer.prepare(
            target, m_plan.targetTable.name, m_plan.targetColumns(), m_keySteps, error))
        return false;
    if (m_plan.targetOutgoingColumns.isEmpty())
        return true;
    QStringList columns;
    for (const QString &column : m_plan.targetOutgoingColumns) {
        columns.append(sqliteQuote(column));
        m_outgoingColumns.append(int(m_outgoingColumns.size()));
    }
    QStringList match;
    for (int step : std::as_const(m_keySteps))
        match.append(sqliteQuote(m_plan.steps.at(step).target.name) + QStringLiteral(" = ?"));
    return m_outgoing.prepare(target,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3")
            .arg(columns.join(QStringLiteral(", ")), sqliteQuote(m_plan.targetTable.name),
                match.join(QStringLiteral(" AND "))),
        error);
}

bool BatchApplier::targetHash(int targetRow, quint64 *hash, QString *error)
{
    if (!m_outgoing.isPrepared()) {
        *hash = m_noOutgoingHash;
        return true;
    }
    for (qsizetype k = 0; k < m_keySteps.size(); ++k)
        m_outgoing.bind(int(k) + 1, m_rows, m_rows.cell(targetRow, m_keySteps.at(k)));
    m_outgoingRow.reset(int(m_outgoingColumns.size()));
    bool hasRow = false;
    if (!m_outgoing.step(&hasRow)) {
        *error = m_outgoing.errorMessage();
        m_outgoing.reset();
        return false;
    }
    const int row = m_outgoingRow.appendRow();
    if (hasRow) {
        for (qsizetype c = 0; c < m_outgoingColumns.size(); ++c)
            m_outgoing.readColumn(int(c), m_outgoingRow, row, int(c));
    }
    m_outgoing.reset();
    *hash = RecordCodec::hash(m_outgoingRow, row, m_outgoingColumns);
    return true;
}

bool BatchApplier::recordKey(
    const RowBuffer &source, int row, int targetRow, bool keyTransformed, QByteArray *key)
{
    // The record key is always Finance's key: taken from the source row when Finance is the
    // source, from the transformed target row when Finance is the target.
    if (m_plan.source == Side::Finance) {
        *key = RecordCodec::encodeKey(source, row, m_plan.sourceKeyIndexes);
        return true;
    }
    if (keyTransformed) {
        *key = RecordCodec::encodeKey(m_rows, targetRow, m_keySteps);
        return true;
    }
    return false;
}

QString BatchApplier::failureMessage(const RecordOutcome &outcome, const QString &cause) const
{
    const QString key = QString::fromUtf8(outcome.recordKey);
    const QString shownKey = isProvisionalKey(key)
        ? Tr::tr("%1 (source key)").arg(RecordCodec::displayKey(key.mid(1)))
        : RecordCodec::displayKey(key);
    //: %1 map name, %2 record key, %3 what went wrong
    return Tr::tr("Map \"%1\", record %2: %3").arg(m_plan.map.name, shownKey, cause);
}

void BatchApplier::upsertRow(
    const RowBuffer &source, int row, RecordOutcome *outcome, RunCounts *counts)
{
    outcome->direction = m_plan.target;
    outcome->sourceKey = RecordCodec::encodeCursor(source, row, m_plan.sourceKeyIndexes);
    const int targetRow = m_rows.appendRow();
    FieldError fieldError;
    const bool transformed = m_transformer.transform(source, row, m_rows, targetRow, &fieldError);
    QString cause;
    if (!transformed) {
        outcome->status = RecordStatus::Failed;
        outcome->errorClass = fieldError.errorClass;
        cause = fieldError.message;
    } else {
        QString writeError;
        ErrorClass writeClass = ErrorClass::None;
        switch (m_writer.upsert(m_rows, targetRow, &writeClass, &writeError)) {
        case SqliteTableWriter::Outcome::Inserted:
            ++counts->inserted;
            break;
        case SqliteTableWriter::Outcome::Updated:
            ++counts->updated;
            break;
        case SqliteTableWriter::Outcome::Unchanged:
        case SqliteTableWriter::Outcome::Deleted:
            ++counts->unchanged;
            break;
        case SqliteTableWriter::Outcome::Failed:
            outcome->status = RecordStatus::Failed;
            outcome->errorClass = writeClass;
            cause = Tr::tr("the %1 table %2 refused the row: %3")
                        .arg(sideName(m_plan.target), m_plan.targetTable.name, writeError);
            break;
        }
    }
    FieldError keyError;
    const bool keyTransformed = transformed
        || m_transformer.transformSteps(m_keySteps, source, row, m_rows, targetRow, &keyError);
    if (!recordKey(source, row, targetRow, keyTransformed, &outcome->recordKey)) {
        // The key itself could not be computed: file the record under its source key until a
        // retry succeeds and replaces it.
        outcome->recordKey
            = provisionalKey(RecordCodec::encodeKey(source, row, m_plan.sourceKeyIndexes));
    }
    quint64 written = 0;
    QString hashError;
    if (outcome->status != RecordStatus::Failed && !targetHash(targetRow, &written, &hashError)) {
        outcome->status = RecordStatus::Failed;
        outcome->errorClass = ErrorClass::Transient;
        cause = Tr::tr("the written row could not be read back: %1").arg(hashError);
    }
    ++counts->read;
    if (outcome->status == RecordStatus::Failed) {
        ++counts->failed;
        outcome->message = failureMessage(*outcome, cause);
        return;
    }
    outcome->hasHashes = true;
    const quint64 read = RecordCodec::hash(source, row, m_plan.sourceHashIndexes);
    outcome->dataverseHash = m_plan.source == Side::Dataverse ? read : written;
    outcome->financeHash = m_plan.source == Side::Finance ? read : written;
}

void BatchApplier::deleteRow(const RowBuffer &deletions, int row, const QByteArray &recordKey,
    RecordOutcome *outcome, RunCounts *counts)
{
    outcome->direction = m_plan.target;
    outcome->recordKey = recordKey;
    outcome->sourceKey = RecordCodec::encodeCursor(deletions, row, m_plan.sourceKeyIndexes);
    const int targetRow = m_rows.appendRow();
    FieldError keyError;
    bool haveKey
        = m_transformer.transformSteps(m_keySteps, deletions, row, m_rows, targetRow, &keyError);
    if (!haveKey && m_plan.target == Side::Finance
        && !isProvisionalKey(QString::fromUtf8(recordKey))) {
        // The record key is Finance's key: use it when a lookup can no longer resolve it.
        const QList<QByteArray> parts = recordKey.split('\x1f');
        haveKey = parts.size() == m_keySteps.size();
        for (qsizetype k = 0; haveKey && k < parts.size(); ++k)
            m_rows.setText(targetRow, m_keySteps.at(k), parts.at(k));
    }
    ++counts->read;
    QString writeError;
    ErrorClass writeClass = ErrorClass::None;
    if (!haveKey) {
        outcome->status = RecordStatus::Failed;
        outcome->errorClass = keyError.errorClass;
        outcome->message = failureMessage(
            *outcome, Tr::tr("the deletion cannot be applied: %1").arg(keyError.message));
        ++counts->failed;
        return;
    }
    switch (m_writer.remove(m_rows, targetRow, &writeClass, &writeError)) {
    case SqliteTableWriter::Outcome::Failed:
        outcome->status = RecordStatus::Failed;
        outcome->errorClass = writeClass;
        outcome->message = failureMessage(*outcome,
            Tr::tr("the %1 table %2 refused the deletion: %3")
                .arg(sideName(m_plan.target), m_plan.targetTable.name, writeError));
        ++counts->failed;
        return;
    case SqliteTableWriter::Outcome::Deleted:
        ++counts->deleted;
        break;
    default:
        ++counts->unchanged; // already gone on the target
        break;
    }
    outcome->deleted = true;
}

bool BatchApplier::apply(
    const RowBuffer &source, QList<RecordOutcome> *outcomes, RunCounts *counts, QString *error)
{
    return apply(source, RowBuffer(source.columnCount()), {}, outcomes, counts, error);
}

bool BatchApplier::failAll(const RowBuffer &source, const RowBuffer &deletions,
    const QList<QByteArray> &deletedKeys, const QString &cause, QList<RecordOutcome> *outcomes,
    RunCounts *counts)
{
    // The target stayed locked: every record of the page fails as transient (a retry takes
    // it up again) and the map goes on with the next page.
    m_rows.reset(int(m_plan.steps.size()));
    const QString message
        = Tr::tr("the %1 database is busy: %2").arg(sideName(m_plan.target), cause);
    for (int row = 0; row < source.rowCount(); ++row) {
        RecordOutcome outcome;
        outcome.direction = m_plan.target;
        outcome.sourceKey = RecordCodec::encodeCursor(source, row, m_plan.sourceKeyIndexes);
        const int targetRow = m_rows.appendRow();
        FieldError keyError;
        const bool keyTransformed
            = m_transformer.transformSteps(m_keySteps, source, row, m_rows, targetRow, &keyError);
        if (!recordKey(source, row, targetRow, keyTransformed, &outcome.recordKey))
            outcome.recordKey
                = provisionalKey(RecordCodec::encodeKey(source, row, m_plan.sourceKeyIndexes));
        outcome.status = RecordStatus::Failed;
        outcome.errorClass = ErrorClass::Transient;
        outcome.message = failureMessage(outcome, message);
        outcomes->append(outcome);
    }
    for (int row = 0; row < deletions.rowCount(); ++row) {
        RecordOutcome outcome;
        outcome.direction = m_plan.target;
        outcome.recordKey = deletedKeys.at(row);
        outcome.sourceKey = RecordCodec::encodeCursor(deletions, row, m_plan.sourceKeyIndexes);
        outcome.status = RecordStatus::Failed;
        outcome.errorClass = ErrorClass::Transient;
        outcome.message = failureMessage(outcome, message);
        outcomes->append(outcome);
    }
    const int failed = source.rowCount() + deletions.rowCount();
    counts->read += failed;
    counts->failed += failed;
    return true;
}

bool BatchApplier::apply(const RowBuffer &source, const RowBuffer &deletions,
    const QList<QByteArray> &deletedKeys, QList<RecordOutcome> *outcomes, RunCounts *counts,
    QString *error)
{
    bool transient = false;
    QString cause;
    if (!sqliteExecRetrying(
            m_target, QStringLiteral("BEGIN IMMEDIATE"), m_retry, &transient, &cause)) {
        if (!transient) {
            *error = cause;
            return false;
        }
        return failAll(source, deletions, deletedKeys, cause, outcomes, counts);
    }
    m_rows.reset(int(m_plan.steps.size()));
    QList<RecordOutcome> applied;
    RunCounts appliedCounts;
    applied.reserve(source.rowCount() + deletions.rowCount());
    for (int row = 0; row < source.rowCount(); ++row) {
        RecordOutcome outcome;
        upsertRow(source, row, &outcome, &appliedCounts);
        applied.append(std::move(outcome));
    }
    for (int row = 0; row < deletions.rowCount(); ++row) {
        RecordOutcome outcome;
        deleteRow(deletions, row, deletedKeys.at(row), &outcome, &appliedCounts);
        applied.append(std::move(outcome));
    }
    // A database file deleted or replaced under an open connection silently takes every later
    // write with it: the writes land in the unlinked file. Check before they count as synced.
    if (sqliteFileMoved(m_target)) {
        QString ignored;
        sqliteExec(m_target, QStringLiteral("ROLLBACK"), &ignored);
        *error = Tr::tr("The target database %1 was deleted, moved or replaced during the run; "
                        "nothing more was written to it. Restore the file and run again.")
                     .arg(QString::fromUtf8(sqlite3_db_filename(m_target, "main")));
        return false;
    }
    if (!sqliteExecRetrying(m_target, QStringLiteral("COMMIT"), m_retry, &transient, &cause)) {
        QString ignored;
        sqliteExec(m_target, QStringLiteral("ROLLBACK"), &ignored);
        if (!transient) {
            *error = cause;
            return false;
        }
        return failAll(source, deletions, deletedKeys, cause, outcomes, counts);
    }
    *outcomes += applied;
    *counts += appliedCounts;
    return true;
}

} // namespace dw
