#include "batchapplier.h"

#include "recordcodec.h"
#include "tr.h"

namespace dw {

namespace {
constexpr char kProvisional = '\x1e';
}

BatchApplier::BatchApplier(const MapPlan &plan, LookupResolver *lookups)
    : m_plan(plan)
    , m_transformer(plan, lookups)
{
    for (qsizetype i = 0; i < plan.steps.size(); ++i)
        m_targetColumns.append(int(i));
    m_keySteps = plan.targetKeySteps;
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
    return m_writer.prepare(
        target, m_plan.targetTable.name, m_plan.targetColumns(), m_plan.targetKeySteps, error);
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

bool BatchApplier::apply(
    const RowBuffer &source, QList<RecordOutcome> *outcomes, RunCounts *counts, QString *error)
{
    if (!sqliteExec(m_target, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    m_rows.reset(int(m_plan.steps.size()));
    const int rows = source.rowCount();
    outcomes->reserve(outcomes->size() + rows);
    for (int row = 0; row < rows; ++row) {
        RecordOutcome outcome;
        outcome.direction = m_plan.target;
        outcome.sourceKey = RecordCodec::encodeCursor(source, row, m_plan.sourceKeyIndexes);
        const int targetRow = m_rows.appendRow();
        FieldError fieldError;
        const bool transformed
            = m_transformer.transform(source, row, m_rows, targetRow, &fieldError);
        QString cause;
        if (!transformed) {
            outcome.status = RecordStatus::Failed;
            outcome.errorClass = fieldError.errorClass;
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
                outcome.status = RecordStatus::Failed;
                outcome.errorClass = writeClass;
                cause = Tr::tr("the %1 table %2 refused the row: %3")
                            .arg(sideName(m_plan.target), m_plan.targetTable.name, writeError);
                break;
            }
        }
        FieldError keyError;
        const bool keyTransformed = transformed
            || m_transformer.transformSteps(m_keySteps, source, row, m_rows, targetRow, &keyError);
        if (!recordKey(source, row, targetRow, keyTransformed, &outcome.recordKey)) {
            // The key itself could not be computed: file the record under its source key until
            // a retry succeeds and replaces it.
            outcome.recordKey
                = provisionalKey(RecordCodec::encodeKey(source, row, m_plan.sourceKeyIndexes));
        }
        if (outcome.status == RecordStatus::Failed) {
            ++counts->failed;
            const QString shownKey = isProvisionalKey(QString::fromUtf8(outcome.recordKey))
                ? Tr::tr("%1 (source key)")
                      .arg(RecordCodec::displayKey(QString::fromUtf8(outcome.recordKey.mid(1))))
                : RecordCodec::displayKey(QString::fromUtf8(outcome.recordKey));
            //: %1 map name, %2 record key, %3 what went wrong
            outcome.message
                = Tr::tr("Map \"%1\", record %2: %3").arg(m_plan.map.name, shownKey, cause);
        } else {
            outcome.hasHashes = true;
            const quint64 sourceHash = RecordCodec::hash(source, row, m_plan.sourceHashIndexes);
            const quint64 targetHash = RecordCodec::hash(m_rows, targetRow, m_targetColumns);
            outcome.dataverseHash = m_plan.source == Side::Dataverse ? sourceHash : targetHash;
            outcome.financeHash = m_plan.source == Side::Finance ? sourceHash : targetHash;
        }
        ++counts->read;
        outcomes->append(std::move(outcome));
    }
    if (!sqliteExec(m_target, QStringLiteral("COMMIT"), error)) {
        QString ignored;
        sqliteExec(m_target, QStringLiteral("ROLLBACK"), &ignored);
        return false;
    }
    return true;
}

} // namespace dw
