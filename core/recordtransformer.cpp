#include "recordtransformer.h"

#include "tr.h"
#include "valueconverter.h"

namespace dw {

namespace {
int storeConstant(RowBuffer &constants, const QVariant &value)
{
    const int row = constants.appendRow();
    if (value.isNull())
        constants.setNull(row, 0);
    else if (value.typeId() == QMetaType::Bool)
        constants.setInteger(row, 0, value.toBool() ? 1 : 0);
    else if (value.typeId() == QMetaType::Double && value.toDouble() == qint64(value.toDouble()))
        constants.setInteger(row, 0, qint64(value.toDouble())); // JSON numbers arrive as double
    else if (value.typeId() == QMetaType::Double)
        constants.setReal(row, 0, value.toDouble());
    else
        constants.setText(row, 0, value.toString().toUtf8());
    return row;
}

QString quoted(const RowBuffer &buffer, const Cell &cell)
{
    QString text = QString::fromUtf8(buffer.displayText(cell));
    if (text.size() > 60)
        text = text.left(59) + QChar(0x2026);
    return cell.type == Cell::Type::Text ? u'\'' + text + u'\'' : text;
}
} // namespace

RecordTransformer::RecordTransformer(const MapPlan &plan, LookupResolver *lookups)
    : m_plan(plan)
    , m_lookups(lookups)
{
    for (const PlanStep &step : plan.steps) {
        Prepared prepared;
        const Transform &t = step.transform;
        switch (t.type) {
        case Transform::Type::Default:
        case Transform::Type::Constant:
            prepared.constantRow = storeConstant(m_constants, t.value);
            break;
        case Transform::Type::ValueMap: {
            // A value map on a two-way field maps Finance values to Dataverse values (dual-write
            // lists Finance first); from Dataverse it is read the other way round. Validation
            // (DW303) guarantees such a map can be reversed.
            const bool twoWayField = step.fieldIndex >= 0
                && step.fieldIndex < plan.map.fields.size()
                && plan.map.fields.at(step.fieldIndex).direction == FieldDirection::Both;
            const bool reversed = twoWayField && plan.source == Side::Dataverse;
            for (const auto &[from, to] : t.valueMap) {
                if (reversed)
                    prepared.valueMap.insert(to.toUtf8(), storeConstant(m_constants, from));
                else
                    prepared.valueMap.insert(from.toUtf8(), storeConstant(m_constants, to));
            }
            break;
        }
        case Transform::Type::Lookup:
            prepared.lookup = m_lookups->add(t.lookupTable, t.lookupKey, t.lookupValue);
            break;
        case Transform::Type::None:
            break;
        }
        m_prepared.append(prepared);
        m_allSteps.append(int(m_allSteps.size()));
    }
}

bool RecordTransformer::transform(
    const RowBuffer &source, int sourceRow, RowBuffer &target, int targetRow, FieldError *error)
{
    return transformSteps(m_allSteps, source, sourceRow, target, targetRow, error);
}

bool RecordTransformer::transformSteps(const QList<int> &steps, const RowBuffer &source,
    int sourceRow, RowBuffer &target, int targetRow, FieldError *error)
{
    for (int i : steps) {
        const PlanStep &step = m_plan.steps.at(i);
        const Prepared &prepared = m_prepared.at(i);
        static const Cell nullCell;
        const RowBuffer *buffer = &source;
        const Cell *value
            = step.sourceIndex >= 0 ? &source.cell(sourceRow, step.sourceIndex) : &nullCell;
        auto fail = [&](ErrorClass errorClass, const QString &cause) {
            error->errorClass = errorClass;
            error->stepIndex = i;
            //: %1 is a field mapping such as "ProjectId ← msdyn_project", %2 the cause
            error->message = Tr::tr("field %1: %2").arg(m_plan.fieldLabel(step), cause);
            return false;
        };

        switch (step.transform.type) {
        case Transform::Type::None:
            break;
        case Transform::Type::Default:
            if (value->isNull() || (value->type == Cell::Type::Text && value->size == 0)) {
                buffer = &m_constants;
                value = &m_constants.cell(prepared.constantRow, 0);
            }
            break;
        case Transform::Type::Constant:
            buffer = &m_constants;
            value = &m_constants.cell(prepared.constantRow, 0);
            break;
        case Transform::Type::ValueMap:
            if (!value->isNull()) {
                const QByteArray text = value->type == Cell::Type::Text
                    ? source.bytes(*value).toByteArray()
                    : source.displayText(*value);
                const auto hit = prepared.valueMap.constFind(text);
                if (hit == prepared.valueMap.constEnd())
                    return fail(ErrorClass::Validation,
                        Tr::tr("the value %1 has no entry in the value map")
                            .arg(quoted(source, *value)));
                buffer = &m_constants;
                value = &m_constants.cell(*hit, 0);
            }
            break;
        case Transform::Type::Lookup:
            if (!value->isNull()) {
                const RowBuffer *found = nullptr;
                const Cell *cell = nullptr;
                QString cause;
                switch (
                    m_lookups->resolve(prepared.lookup, source, *value, &found, &cell, &cause)) {
                case LookupResolver::Outcome::Found:
                    buffer = found;
                    value = cell;
                    break;
                case LookupResolver::Outcome::NotFound:
                    // Dual-write's own wording, which administrators search for.
                    return fail(ErrorClass::Validation,
                        Tr::tr("Unable to lookup %1 with values {%2} (no row has %3 = %4)")
                            .arg(step.transform.lookupTable,
                                QString::fromUtf8(source.displayText(*value)),
                                step.transform.lookupKey, quoted(source, *value)));
                case LookupResolver::Outcome::Ambiguous:
                    return fail(ErrorClass::Validation,
                        Tr::tr("%1 = %2 doesn't uniquely identify a %3 row")
                            .arg(step.transform.lookupKey, quoted(source, *value),
                                step.transform.lookupTable));
                case LookupResolver::Outcome::Error:
                    return fail(ErrorClass::Transient, cause);
                }
            }
            break;
        }

        QString cause;
        if (!ValueConverter::convert(*buffer, *value, step.target, target, targetRow, i, &cause))
            return fail(ErrorClass::Validation, cause);
        if (target.cell(targetRow, i).isNull() && !step.target.nullable)
            return fail(ErrorClass::Validation,
                Tr::tr("the value is empty, but %1 is required").arg(step.target.name));
    }
    return true;
}

} // namespace dw
