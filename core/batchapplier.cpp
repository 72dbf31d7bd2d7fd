#include "batchapplier.h"

#include "recordcodec.h"
#include "tr.h"

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

bool BatchApplier::prepare(const QSqlDatabase &target, QString *error)
{
    m_writer = makeTableWriter(target);
    if (!m_writer) {
        *error = Tr::tr("The %1 environment uses the driver %2, which sync cannot write to.")
                     .arg(sideName(m_plan.target), target.driverName());
        return false;
    }
    m_outgoingColumns.clear();
    for (qsizetype c = 0; c < m_plan.targetOutgoingColumns.size(); ++c)
        m_outgoingColumns.append(int(c));
    return m_writer->prepare(m_plan.targetTable.name, m_plan.targetColumns(), m_keySteps,
        m_plan.targetOutgoingColumns, error);
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

void BatchApplier::transformRow(
    const RowBuffer &source, int row, RecordOutcome *outcome, QString *cause)
{
    outcome->direction = m_plan.target;
    outcome->sourceKey = RecordCodec::encodeCursor(source, row, m_plan.sourceKeyIndexes);
    const int targetRow = m_rows.appendRow();
    FieldError fieldError;
    const bool transformed = m_transformer.transform(source, row, m_rows, targetRow, &fieldError);
    if (!transformed) {
        outcome->status = RecordStatus::Failed;
        outcome->errorClass = fieldError.errorClass;
        *cause = fieldError.message;
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
}

void BatchApplier::finishRow(const RowBuffer &source, int row, const TableWriter::RowResult &result,
    int outgoingRow, RecordOutcome *outcome, QString *cause, RunCounts *counts)
{
    if (outcome->status != RecordStatus::Failed) {
        switch (result.outcome) {
        case TableWriter::Outcome::Inserted:
            ++counts->inserted;
            break;
        case TableWriter::Outcome::Updated:
            ++counts->updated;
            break;
        case TableWriter::Outcome::Unchanged:
        case TableWriter::Outcome::Deleted:
            ++counts->unchanged;
            break;
        case TableWriter::Outcome::Failed:
            outcome->status = RecordStatus::Failed;
            outcome->errorClass = result.errorClass;
            *cause = result.refused
                ? Tr::tr("the %1 table %2 refused the row: %3")
                      .arg(sideName(m_plan.target), m_plan.targetTable.name, result.error)
                : Tr::tr("the written row could not be read back: %1").arg(result.error);
            break;
        }
    }
    ++counts->read;
    if (outcome->status == RecordStatus::Failed) {
        ++counts->failed;
        outcome->message = failureMessage(*outcome, *cause);
        return;
    }
    const quint64 written = m_outgoingColumns.isEmpty()
        ? m_noOutgoingHash
        : RecordCodec::hash(m_outgoing, outgoingRow, m_outgoingColumns);
    outcome->hasHashes = true;
    const quint64 read = RecordCodec::hash(source, row, m_plan.sourceHashIndexes);
    outcome->dataverseHash = m_plan.source == Side::Dataverse ? read : written;
    outcome->financeHash = m_plan.source == Side::Finance ? read : written;
}

bool BatchApplier::deletionKey(
    const RowBuffer &deletions, int row, const QByteArray &recordKey, RecordOutcome *outcome)
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
    if (!haveKey) {
        outcome->status = RecordStatus::Failed;
        outcome->errorClass = keyError.errorClass;
        outcome->message = failureMessage(
            *outcome, Tr::tr("the deletion cannot be applied: %1").arg(keyError.message));
    }
    return haveKey;
}

void BatchApplier::finishDeletion(
    const TableWriter::RowResult &result, RecordOutcome *outcome, RunCounts *counts)
{
    switch (result.outcome) {
    case TableWriter::Outcome::Failed:
        outcome->status = RecordStatus::Failed;
        outcome->errorClass = result.errorClass;
        outcome->message = failureMessage(*outcome,
            Tr::tr("the %1 table %2 refused the deletion: %3")
                .arg(sideName(m_plan.target), m_plan.targetTable.name, result.error));
        ++counts->failed;
        return;
    case TableWriter::Outcome::Deleted:
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
    QString cause;
    PageResult result = applyPage(source, deletions, deletedKeys, outcomes, counts, &cause);
    if (result == PageResult::ConnectionLost) {
        // The server went away (stopped, restarted, network): the page's transaction went with
        // it, so nothing of it was written. Reconnect and apply it again; if the server stays
        // away, the map stops here and its next run starts from this page. Its records are not
        // failed: nothing is wrong with them.
        QString reconnectCause;
        if (m_writer->reconnect(m_retry, &reconnectCause))
            result = applyPage(source, deletions, deletedKeys, outcomes, counts, &cause);
        else
            cause = reconnectCause;
        if (result == PageResult::ConnectionLost || result == PageResult::Failed) {
            *error = Tr::tr("Map \"%1\" stopped: the connection to the %2 environment was lost "
                            "and did not come back (%3). Nothing of the unfinished page was "
                            "written; run the map again once the server is back and it "
                            "continues where it stopped.")
                         .arg(m_plan.map.name, sideName(m_plan.target), cause);
            return false;
        }
    }
    switch (result) {
    case PageResult::Applied:
        return true;
    case PageResult::Busy:
        return failAll(source, deletions, deletedKeys, cause, outcomes, counts);
    case PageResult::ConnectionLost:
    case PageResult::Failed:
        break;
    }
    *error = cause;
    return false;
}

BatchApplier::PageResult BatchApplier::applyPage(const RowBuffer &source,
    const RowBuffer &deletions, const QList<QByteArray> &deletedKeys,
    QList<RecordOutcome> *outcomes, RunCounts *counts, QString *cause)
{
    bool transient = false;
    if (!m_writer->begin(m_retry, &transient, cause)) {
        if (m_writer->connectionLost())
            return PageResult::ConnectionLost;
        return transient ? PageResult::Busy : PageResult::Failed;
    }
    m_rows.reset(int(m_plan.steps.size()));
    const int upserts = source.rowCount();
    QList<RecordOutcome> applied(upserts + deletions.rowCount());
    QStringList causes(upserts);
    RunCounts appliedCounts;
    // Transform the page, write what transformed in one go, then settle each record.
    m_writeRows.clear();
    for (int row = 0; row < upserts; ++row) {
        transformRow(source, row, &applied[row], &causes[row]);
        if (applied.at(row).status != RecordStatus::Failed)
            m_writeRows.append(row);
    }
    m_writer->upsert(m_rows, m_writeRows, &m_results, &m_outgoing);
    const TableWriter::RowResult notWritten;
    for (int row = 0, written = 0; row < upserts; ++row) {
        const bool wasWritten = written < m_writeRows.size() && m_writeRows.at(written) == row;
        finishRow(source, row, wasWritten ? m_results.at(written) : notWritten, written,
            &applied[row], &causes[row], &appliedCounts);
        written += wasWritten ? 1 : 0;
    }
    QList<int> deleteRows; // buffer rows, which are also the indexes of their outcomes
    for (int row = 0; row < deletions.rowCount(); ++row) {
        RecordOutcome &outcome = applied[upserts + row];
        ++appliedCounts.read;
        if (deletionKey(deletions, row, deletedKeys.at(row), &outcome)) {
            deleteRows.append(upserts + row);
        } else {
            ++appliedCounts.failed;
        }
    }
    if (!deleteRows.isEmpty()) {
        m_writer->remove(m_rows, deleteRows, &m_results);
        for (qsizetype i = 0; i < deleteRows.size(); ++i)
            finishDeletion(m_results.at(i), &applied[deleteRows.at(i)], &appliedCounts);
    }
    // A connection lost while writing fails every row with it; the commit then tells.
    if (!m_writer->commit(m_retry, &transient, cause)) {
        if (m_writer->connectionLost())
            return PageResult::ConnectionLost;
        m_writer->rollback();
        return transient ? PageResult::Busy : PageResult::Failed;
    }
    *outcomes += applied;
    *counts += appliedCounts;
    return PageResult::Applied;
}

} // namespace dw
