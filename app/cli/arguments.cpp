#include "arguments.h"

#include "tr.h"

namespace dw::cli {

bool Arguments::takeFlag(const QString &name)
{
    return m_arguments.removeAll(name) > 0;
}

bool Arguments::takeValues(const QString &name, QStringList *values, QString *error)
{
    const QString prefix = name + u'=';
    for (qsizetype i = 0; i < m_arguments.size();) {
        const QString argument = m_arguments.at(i);
        if (argument.startsWith(prefix)) {
            values->append(argument.mid(prefix.size()));
            m_arguments.removeAt(i);
        } else if (argument == name) {
            if (i + 1 >= m_arguments.size()
                || m_arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                *error = Tr::tr("The option %1 needs a value.").arg(name);
                return false;
            }
            values->append(m_arguments.at(i + 1));
            m_arguments.remove(i, 2);
        } else {
            ++i;
        }
    }
    return true;
}

bool Arguments::takeValue(const QString &name, QString *value, QString *error)
{
    QStringList values;
    if (!takeValues(name, &values, error))
        return false;
    if (values.size() > 1) {
        *error = Tr::tr("The option %1 is given more than once.").arg(name);
        return false;
    }
    if (!values.isEmpty())
        *value = values.constFirst();
    return true;
}

QString Arguments::takePositional()
{
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        if (!m_arguments.at(i).startsWith(QLatin1String("--")))
            return m_arguments.takeAt(i);
    }
    return {};
}

} // namespace dw::cli
