#pragma once

#include <QStringList>

namespace dw::cli {

// A command's arguments, consumed option by option; what is left over is a usage error.
// Options take their value as "--name VALUE" or "--name=VALUE".
class Arguments
{
public:
    explicit Arguments(QStringList arguments)
        : m_arguments(std::move(arguments))
    { }

    bool takeFlag(const QString &name);
    // Every value given for a repeatable option; false with *error when one lacks its value.
    bool takeValues(const QString &name, QStringList *values, QString *error);
    bool takeValue(const QString &name, QString *value, QString *error);
    QString takePositional();
    const QStringList &remaining() const { return m_arguments; }

private:
    QStringList m_arguments;
};

} // namespace dw::cli
