#pragma once

#include <QString>

namespace dw {

// Why a record failed, as DESIGN §4 classifies it. The ids are stored in record_states and used
// by alert rules and the CLI; they never change.
enum class ErrorClass { None, Validation, Constraint, Transient, Configuration };

QString errorClassId(ErrorClass c);
bool errorClassFromId(const QString &id, ErrorClass *c);
QString errorClassName(ErrorClass c);

} // namespace dw
