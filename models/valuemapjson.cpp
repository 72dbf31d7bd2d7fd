#include "valuemapjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dw {

namespace {

QString quoted(const QString &text)
{
    // QJsonDocument escapes exactly what JSON requires; strip the array brackets around it.
    const QByteArray json = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    { }

    bool parse(ValueMapJson::Entries *entries)
    {
        skipSpace();
        if (!expect(u'{', ValueMapJson::tr("expected '{' to start the value map")))
            return false;
        skipSpace();
        if (peek() == u'}') {
            ++m_pos;
        } else {
            for (;;) {
                QString source;
                QString target;
                skipSpace();
                if (!string(&source, ValueMapJson::tr("expected a source value in double quotes")))
                    return false;
                skipSpace();
                if (!expect(u':', ValueMapJson::tr("expected ':' after the source value")))
                    return false;
                skipSpace();
                if (!scalar(&target))
                    return false;
                entries->append({ source, target });
                skipSpace();
                if (peek() == u',') {
                    ++m_pos;
                    continue;
                }
                if (!expect(u'}', ValueMapJson::tr("expected ',' or '}' after the target value")))
                    return false;
                break;
            }
        }
        skipSpace();
        if (m_pos < m_text.size())
            return fail(m_pos, ValueMapJson::tr("unexpected text after the closing '}'"));
        return true;
    }

    QString error;
    int errorPosition = -1;

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }

    void skipSpace()
    {
        while (m_pos < m_text.size()
            && (peek() == u' ' || peek() == u'\t' || peek() == u'\n' || peek() == u'\r'))
            ++m_pos;
    }

    bool fail(int position, const QString &message)
    {
        errorPosition = position;
        //: %1 is a 1-based character position, %2 what is wrong there
        error = ValueMapJson::tr("Position %1: %2").arg(QString::number(position + 1), message);
        return false;
    }

    bool expect(QChar c, const QString &message)
    {
        if (peek() != c)
            return fail(m_pos, message);
        ++m_pos;
        return true;
    }

    bool string(QString *out, const QString &message)
    {
        const int start = m_pos;
        if (!expect(u'"', message))
            return false;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                ++m_pos;
                return true;
            }
            if (c.unicode() < 0x20)
                return fail(m_pos,
                    ValueMapJson::tr("a line break or control character must be "
                                     "written as an escape such as \\n"));
            if (c != u'\\') {
                out->append(c);
                ++m_pos;
                continue;
            }
            if (!escape(out))
                return false;
        }
        return fail(start, ValueMapJson::tr("unterminated string: the closing quote is missing"));
    }

    bool escape(QString *out)
    {
        const int at = m_pos++;
        const QChar e = peek();
        static const QString kSimple = QStringLiteral("\"\\/bfnrt");
        static const QString kValues = QStringLiteral("\"\\/\b\f\n\r\t");
        const qsizetype simple = e.isNull() ? -1 : kSimple.indexOf(e);
        if (simple >= 0) {
            out->append(kValues.at(simple));
            ++m_pos;
            return true;
        }
        if (e == u'u') {
            static const QRegularExpression kHex(QStringLiteral("^[0-9A-Fa-f]{4}$"));
            const QString digits = m_text.mid(m_pos + 1, 4);
            if (kHex.match(digits).hasMatch()) {
                const uint code = digits.toUInt(nullptr, 16);
                out->append(QChar(char16_t(code)));
                m_pos += 5;
                return true;
            }
        }
        return fail(at, ValueMapJson::tr("invalid escape sequence"));
    }

    bool scalar(QString *out)
    {
        if (peek() == u'"')
            return string(out, QString());
        if (peek() == u'{' || peek() == u'[')
            return fail(m_pos,
                ValueMapJson::tr("a target value must be text, a number, true or "
                                 "false"));
        const int start = m_pos;
        while (m_pos < m_text.size()
            && (peek().isLetterOrNumber() || peek() == u'.' || peek() == u'-' || peek() == u'+'))
            ++m_pos;
        const QString token = m_text.mid(start, m_pos - start);
        static const QRegularExpression kNumber(
            QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
        if (token == QLatin1String("true") || token == QLatin1String("false")
            || kNumber.match(token).hasMatch()) {
            *out = token;
            return true;
        }
        if (token == QLatin1String("null"))
            return fail(start,
                ValueMapJson::tr("null is not a target value; write \"\" for empty "
                                 "text"));
        if (token.isEmpty())
            return fail(start, ValueMapJson::tr("expected a target value"));
        return fail(
            start, ValueMapJson::tr("'%1' is not a value; put text in double quotes").arg(token));
    }

    const QString &m_text;
    int m_pos = 0;
};

} // namespace

QString ValueMapJson::write(const Entries &entries)
{
    if (entries.isEmpty())
        return QStringLiteral("{}");
    QStringList lines;
    for (const auto &[source, target] : entries)
        lines.append(QStringLiteral("    %1: %2").arg(quoted(source), quoted(target)));
    return QStringLiteral("{\n%1\n}").arg(lines.join(QStringLiteral(",\n")));
}

bool ValueMapJson::parse(const QString &text, Entries *entries, QString *error, int *position)
{
    Parser parser(text);
    Entries parsed;
    if (!parser.parse(&parsed)) {
        if (error)
            *error = parser.error;
        if (position)
            *position = parser.errorPosition;
        return false;
    }
    *entries = parsed;
    return true;
}

} // namespace dw
