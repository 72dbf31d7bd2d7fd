#pragma once

#include "errorclass.h"
#include "lookupresolver.h"
#include "mapplan.h"

namespace dw {

// Why one record could not be transformed: the failing field mapping and the cause.
struct FieldError
{
    ErrorClass errorClass = ErrorClass::Validation;
    int stepIndex = -1;
    QString message; // names the field, the value and the cause
};

// Applies a plan's transforms and type conversions to source rows, one record at a time.
// Constants and value maps are prepared once; lookups go through the run's resolver.
class RecordTransformer
{
public:
    RecordTransformer(const MapPlan &plan, LookupResolver *lookups);

    // Builds the target row `targetRow` of `target` (reset to the plan's step count) from
    // row `sourceRow` of `source`. False with *error when a field cannot be produced.
    bool transform(const RowBuffer &source, int sourceRow, RowBuffer &target, int targetRow,
        FieldError *error);
    // The same for a subset of steps (e.g. only the key fields of a record that failed).
    bool transformSteps(const QList<int> &steps, const RowBuffer &source, int sourceRow,
        RowBuffer &target, int targetRow, FieldError *error);

private:
    struct Prepared
    {
        int constantRow = -1; // row in m_constants for Default and Constant
        QHash<QByteArray, int> valueMap; // source text → row in m_constants
        int lookup = -1;
    };

    QList<int> m_allSteps;
    const MapPlan &m_plan;
    LookupResolver *m_lookups;
    QList<Prepared> m_prepared;
    RowBuffer m_constants { 1 };
};

} // namespace dw
