#include "odatafilter.h"

#include "tr.h"

#include <optional>

namespace dw {

namespace {

constexpr int kMaxIdentifierLength = 128;
constexpr int kMaxDepth = 100; // parentheses and 'not' nested deeper are rejected
constexpr int kMaxShownTokenLength = 40;

struct Token
{
    enum class Type {
        End,
        Error,
        Identifier,
        String,
        Number,
        True,
        False,
        Null,
        Eq,
        Ne,
        Gt,
        Ge,
        Lt,
        Le,
        And,
        Or,
        Not,
        LeftParen,
        RightParen
    };
    Type type = Type::End;
    int pos = 0;
    int length = 0;
    QVariant value; // Identifier: name; String: unescaped text; Number: qlonglong or double
    QString error; // Error: translated message, without the position
};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordChar(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'_';
}

// Splits the filter text into tokens on demand, so an error early in the text is reported
// before a lexical error further on.
class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    { }

    Token next()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        Token t;
        t.pos = static_cast<int>(m_pos);
        if (m_pos >= m_text.size())
            return t;
        const QChar c = m_text.at(m_pos);
        if (c == u'(' || c == u')') {
            t.type = c == u'(' ? Token::Type::LeftParen : Token::Type::RightParen;
            t.length = 1;
            ++m_pos;
            return t;
        }
        if (c == u'\'')
            return string(t);
        if (isAsciiDigit(c)
            || (c == u'-' && m_pos + 1 < m_text.size() && isAsciiDigit(m_text.at(m_pos + 1))))
            return number(t);
        if (isAsciiLetter(c) || c == u'_')
            return word(t);
        return unexpectedCharacter(t);
    }

private:
    Token string(Token t)
    {
        // Not a null QString: drivers bind a null QString as SQL NULL, and '' is a value.
        QString value = QStringLiteral("");
        qsizetype i = m_pos + 1;
        for (;;) {
            if (i >= m_text.size()) {
                t.type = Token::Type::Error;
                t.error = Tr::tr("unterminated string: the closing quote (') is missing");
                m_pos = m_text.size();
                return t;
            }
            const QChar c = m_text.at(i);
            if (c == u'\'') {
                if (i + 1 < m_text.size() && m_text.at(i + 1) == u'\'') {
                    value += u'\''; // '' stands for one quote inside a string
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            value += c;
            ++i;
        }
        t.type = Token::Type::String;
        t.value = value;
        t.length = static_cast<int>(i - m_pos);
        m_pos = i;
        return t;
    }

    Token number(Token t)
    {
        qsizetype i = m_pos;
        if (m_text.at(i) == u'-')
            ++i;
        while (i < m_text.size() && isAsciiDigit(m_text.at(i)))
            ++i;
        bool decimal = false;
        if (i + 1 < m_text.size() && m_text.at(i) == u'.' && isAsciiDigit(m_text.at(i + 1))) {
            decimal = true;
            i += 2;
            while (i < m_text.size() && isAsciiDigit(m_text.at(i)))
                ++i;
        }
        // "12abc", "1.", "1.2.3": reject the whole run rather than split it into tokens.
        if (i < m_text.size() && (isWordChar(m_text.at(i)) || m_text.at(i) == u'.')) {
            while (i < m_text.size() && (isWordChar(m_text.at(i)) || m_text.at(i) == u'.'))
                ++i;
            t.type = Token::Type::Error;
            t.error = Tr::tr("'%1' is not a valid number").arg(m_text.mid(m_pos, i - m_pos));
            m_pos = i;
            return t;
        }
        const QString digits = m_text.mid(m_pos, i - m_pos);
        bool ok = false;
        if (!decimal) {
            const qlonglong integer = digits.toLongLong(&ok);
            if (ok)
                t.value = integer;
        }
        if (!ok) // a decimal, or an integer too large for 64 bits
            t.value = digits.toDouble();
        t.type = Token::Type::Number;
        t.length = static_cast<int>(i - m_pos);
        m_pos = i;
        return t;
    }

    Token word(Token t)
    {
        qsizetype i = m_pos;
        while (i < m_text.size() && isWordChar(m_text.at(i)))
            ++i;
        const QString word = m_text.mid(m_pos, i - m_pos);
        t.length = static_cast<int>(i - m_pos);
        m_pos = i;
        static const QHash<QString, Token::Type> keywords = {
            { QStringLiteral("eq"), Token::Type::Eq },
            { QStringLiteral("ne"), Token::Type::Ne },
            { QStringLiteral("gt"), Token::Type::Gt },
            { QStringLiteral("ge"), Token::Type::Ge },
            { QStringLiteral("lt"), Token::Type::Lt },
            { QStringLiteral("le"), Token::Type::Le },
            { QStringLiteral("and"), Token::Type::And },
            { QStringLiteral("or"), Token::Type::Or },
            { QStringLiteral("not"), Token::Type::Not },
            { QStringLiteral("true"), Token::Type::True },
            { QStringLiteral("false"), Token::Type::False },
            { QStringLiteral("null"), Token::Type::Null },
        };
        const auto keyword = keywords.constFind(word);
        if (keyword != keywords.constEnd()) {
            t.type = *keyword;
            return t;
        }
        if (word.size() > kMaxIdentifierLength) {
            t.type = Token::Type::Error;
            t.error = Tr::tr("a column name may have at most %1 characters; this one has %2")
                          .arg(kMaxIdentifierLength)
                          .arg(word.size());
            return t;
        }
        t.type = Token::Type::Identifier;
        t.value = word;
        return t;
    }

    Token unexpectedCharacter(Token t)
    {
        const qsizetype length = m_text.at(m_pos).isHighSurrogate() && m_pos + 1 < m_text.size()
                && m_text.at(m_pos + 1).isLowSurrogate()
            ? 2
            : 1;
        const QString character = m_text.mid(m_pos, length);
        t.type = Token::Type::Error;
        if (character.size() == 1 && !character.at(0).isPrint()) {
            const QString code
                = QString::number(character.at(0).unicode(), 16).toUpper().rightJustified(4, u'0');
            t.error = Tr::tr("unexpected character U+%1").arg(code);
        } else {
            t.error = Tr::tr("unexpected character '%1'").arg(character);
        }
        m_pos += length;
        return t;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

bool isComparison(Token::Type type)
{
    return type >= Token::Type::Eq && type <= Token::Type::Le;
}

// --- evaluation helpers shared by matches() ---

struct Number
{
    bool integral = true;
    qlonglong integer = 0;
    double real = 0;
    double asReal() const { return integral ? static_cast<double>(integer) : real; }
};

std::optional<Number> numberOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return Number { true, value.toLongLong(), 0 };
    case QMetaType::Float:
    case QMetaType::Double:
        return Number { false, 0, value.toDouble() };
    default:
        return std::nullopt;
    }
}

// SQLite's conversion of text to a number under NUMERIC affinity: only text that is a whole
// number (surrounding spaces allowed) converts.
std::optional<Number> numberFromText(const QString &text)
{
    bool ok = false;
    const qlonglong integer = text.trimmed().toLongLong(&ok);
    if (ok)
        return Number { true, integer, 0 };
    const double real = text.trimmed().toDouble(&ok);
    if (ok)
        return Number { false, 0, real };
    return std::nullopt;
}

// How SQLite renders a number as text (TEXT affinity): integers plainly, reals with ".0" when
// whole.
QString textOf(const Number &n)
{
    if (n.integral)
        return QString::number(n.integer);
    QString text = QString::number(n.real, 'g', 15);
    if (!text.contains(u'.') && !text.contains(u'e') && !text.contains(u'n'))
        text += QStringLiteral(".0");
    return text;
}

int compareNumbers(const Number &a, const Number &b)
{
    if (a.integral && b.integral)
        return a.integer < b.integer ? -1 : (a.integer > b.integer ? 1 : 0);
    const double x = a.asReal();
    const double y = b.asReal();
    return x < y ? -1 : (x > y ? 1 : 0);
}

// Code point order, as SQLite's BINARY collation compares UTF-8 bytes (UTF-16 order differs
// for characters outside the Basic Multilingual Plane).
int compareText(const QString &a, const QString &b)
{
    const int c = a.toUtf8().compare(b.toUtf8());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// Compares two non-null values like SQLite compares a column with a bound parameter (or with
// another column): numbers numerically, text by code point. For mixed pairs a text column
// gives TEXT affinity to a literal number; otherwise text that reads as a number converts, and
// any number sorts before any text.
int compareValues(const QVariant &a, bool aIsColumn, const QVariant &b, bool bIsColumn)
{
    const std::optional<Number> na = numberOf(a);
    const std::optional<Number> nb = numberOf(b);
    if (na && nb)
        return compareNumbers(*na, *nb);
    if (!na && !nb)
        return compareText(a.toString(), b.toString());
    const bool textIsColumn = na ? bIsColumn : aIsColumn;
    const bool numberIsColumn = na ? aIsColumn : bIsColumn;
    const QString text = na ? b.toString() : a.toString();
    const Number number = na ? *na : *nb;
    int numberVsText; // sign of (number side) compared to (text side)
    if (textIsColumn && !numberIsColumn) {
        numberVsText = compareText(textOf(number), text);
    } else if (const std::optional<Number> converted = numberFromText(text)) {
        numberVsText = compareNumbers(number, *converted);
    } else {
        numberVsText = -1;
    }
    return na ? numberVsText : -numberVsText;
}

} // namespace

class ODataFilter::Parser
{
public:
    Parser(const QString &text, ODataFilter *filter)
        : m_lexer(text)
        , m_text(text)
        , m_filter(filter)
    { }

    bool run()
    {
        advance();
        if (m_token.type == Token::Type::End)
            return true;
        const int root = parseOr();
        if (root < 0)
            return false;
        if (m_token.type == Token::Type::RightParen)
            return fail(m_token.pos, Tr::tr("')' without a matching '('"));
        if (m_token.type != Token::Type::End) {
            return unexpected(
                Tr::tr("expected 'and', 'or' or the end of the filter but found %1"), QString());
        }
        m_filter->m_root = root;
        return true;
    }

    QString error() const { return m_error; }
    int errorPosition() const { return m_errorPosition; }

private:
    void advance() { m_token = m_lexer.next(); }

    bool fail(int position, const QString &message)
    {
        m_errorPosition = position;
        m_error = Tr::tr("Position %1: %2").arg(QString::number(position + 1), message);
        return false;
    }

    // Reports the current token as unexpected: a lexical error speaks for itself, the end of
    // the text gets `atEnd`, anything else fills the last placeholder of `found` with the
    // token as written.
    bool unexpected(const QString &found, const QString &atEnd)
    {
        if (m_token.type == Token::Type::Error)
            return fail(m_token.pos, m_token.error);
        if (m_token.type == Token::Type::End)
            return fail(m_token.pos, atEnd);
        QString shown = m_text.mid(m_token.pos, m_token.length);
        if (shown.size() > kMaxShownTokenLength)
            shown = shown.left(kMaxShownTokenLength) + u'…';
        if (m_token.type != Token::Type::String) // a string shows its own quotes
            shown = u'\'' + shown + u'\'';
        return fail(m_token.pos, found.arg(shown));
    }

    int addNode(Node node)
    {
        m_filter->m_nodes.append(std::move(node));
        return static_cast<int>(m_filter->m_nodes.size() - 1);
    }

    // orExpr := andExpr ('or' andExpr)*  and  andExpr := unary ('and' unary)*
    int parseOr() { return parseChain(Token::Type::Or, Kind::Or); }
    int parseAnd() { return parseChain(Token::Type::And, Kind::And); }

    int parseChain(Token::Type separator, Kind kind)
    {
        Node node;
        node.kind = kind;
        do {
            if (!node.children.isEmpty())
                advance();
            const int child = kind == Kind::Or ? parseAnd() : parseUnary();
            if (child < 0)
                return -1;
            node.children.append(child);
        } while (m_token.type == separator);
        if (node.children.size() == 1)
            return node.children.first();
        return addNode(std::move(node));
    }

    bool enter()
    {
        if (++m_depth <= kMaxDepth)
            return true;
        return fail(m_token.pos,
            Tr::tr("parentheses and 'not' may be nested at most %1 levels deep").arg(kMaxDepth));
    }

    int parseUnary()
    {
        if (m_token.type != Token::Type::Not)
            return parsePrimary();
        if (!enter())
            return -1;
        advance();
        const int child = parseUnary();
        if (child < 0)
            return -1;
        --m_depth;
        Node node;
        node.kind = Kind::Not;
        node.children.append(child);
        return addNode(std::move(node));
    }

    int parsePrimary()
    {
        if (m_token.type != Token::Type::LeftParen)
            return parseComparison();
        if (!enter())
            return -1;
        const int open = m_token.pos;
        advance();
        const int inner = parseOr();
        if (inner < 0)
            return -1;
        if (m_token.type != Token::Type::RightParen) {
            unexpected(
                Tr::tr("expected ')' to close the '(' at position %1 but found %2").arg(open + 1),
                Tr::tr("missing ')' to close the '(' at position %1").arg(open + 1));
            return -1;
        }
        advance();
        --m_depth;
        return inner;
    }

    // Reads an operand from the current token; false if the token is not one.
    bool operand(Operand *operand)
    {
        switch (m_token.type) {
        case Token::Type::Identifier:
            operand->isColumn = true;
            operand->column = m_token.value.toString();
            return true;
        case Token::Type::String:
        case Token::Type::Number:
            operand->value = m_token.value;
            return true;
        // Booleans bind as bool: QSQLITE binds a bool as the integer 1/0 (how SQLite stores
        // booleans) and QPSQL sends TRUE/FALSE, which a PostgreSQL boolean column needs.
        // matches() treats a bool as the number 1/0, consistent with SQLite.
        case Token::Type::True:
            operand->value = true;
            return true;
        case Token::Type::False:
            operand->value = false;
            return true;
        case Token::Type::Null:
            operand->value = QVariant(); // recognised below; never bound
            return true;
        default:
            return false;
        }
    }

    // comparison := operand op operand
    int parseComparison()
    {
        const Token first = m_token;
        Node node;
        if (!operand(&node.left)) {
            unexpected(Tr::tr("expected a column, a value or '(' but found %1"),
                Tr::tr("expected a column, a value or '(' but the filter ended"));
            return -1;
        }
        advance();
        if (!isComparison(m_token.type)) {
            unexpected(Tr::tr("expected a comparison operator (eq, ne, gt, ge, lt, le) but found "
                              "%1"),
                Tr::tr("expected a comparison operator (eq, ne, gt, ge, lt, le) but the "
                       "filter ended"));
            return -1;
        }
        const Token opToken = m_token;
        const QString opText = m_text.mid(opToken.pos, opToken.length);
        // Token::Type lists eq..le in the same order as Op.
        node.op
            = static_cast<Op>(static_cast<int>(opToken.type) - static_cast<int>(Token::Type::Eq));
        advance();
        const Token second = m_token;
        if (!operand(&node.right)) {
            unexpected(Tr::tr("expected a column or a value after '%1' but found %2").arg(opText),
                Tr::tr("expected a column or a value after '%1' but the filter ended").arg(opText));
            return -1;
        }
        advance();

        if (!node.left.isColumn && !node.right.isColumn) {
            fail(first.pos,
                Tr::tr("a comparison needs a column on at least one side, not two values"));
            return -1;
        }
        const bool leftNull = first.type == Token::Type::Null;
        const bool rightNull = second.type == Token::Type::Null;
        if ((leftNull || rightNull) && node.op != Op::Eq && node.op != Op::Ne) {
            fail(leftNull ? first.pos : second.pos,
                Tr::tr("null can only be compared with eq or ne"));
            return -1;
        }
        addColumn(node.left);
        addColumn(node.right);
        if (leftNull || rightNull) {
            Node test;
            test.kind = node.op == Op::Eq ? Kind::IsNull : Kind::IsNotNull;
            test.left = leftNull ? node.right : node.left;
            return addNode(std::move(test));
        }
        node.kind = Kind::Compare;
        return addNode(std::move(node));
    }

    void addColumn(const Operand &operand)
    {
        if (operand.isColumn && !m_filter->m_columns.contains(operand.column))
            m_filter->m_columns.append(operand.column);
    }

    Lexer m_lexer;
    const QString &m_text;
    ODataFilter *m_filter;
    Token m_token;
    int m_depth = 0;
    QString m_error;
    int m_errorPosition = -1;
};

bool ODataFilter::parse(
    const QString &text, ODataFilter *filter, QString *error, int *errorPosition)
{
    ODataFilter parsed;
    Parser parser(text, &parsed);
    if (!parser.run()) {
        if (error)
            *error = parser.error();
        if (errorPosition)
            *errorPosition = parser.errorPosition();
        return false;
    }
    if (filter)
        *filter = std::move(parsed);
    return true;
}

bool ODataFilter::isEmpty() const
{
    return m_root < 0;
}

QStringList ODataFilter::columns() const
{
    return m_columns;
}

QString ODataFilter::toSql(
    const std::function<QString(const QString &)> &quoteIdentifier, QVariantList *bindValues) const
{
    Q_ASSERT(bindValues);
    if (isEmpty())
        return QString();
    return sqlFor(m_root, true, quoteIdentifier, bindValues);
}

QString ODataFilter::sqlFor(int index, bool wrapGroups,
    const std::function<QString(const QString &)> &quoteIdentifier, QVariantList *bindValues) const
{
    const Node &node = m_nodes.at(index);
    const auto side = [&](const Operand &operand) {
        if (operand.isColumn)
            return quoteIdentifier(operand.column);
        bindValues->append(operand.value);
        return QStringLiteral("?");
    };
    switch (node.kind) {
    case Kind::Compare: {
        static const char16_t *const operators[] = { u"=", u"<>", u">", u">=", u"<", u"<=" };
        const QString left = side(node.left); // placeholders are bound left to right
        const QString right = side(node.right);
        return left + u' ' + QStringView(operators[static_cast<int>(node.op)]) + u' ' + right;
    }
    case Kind::IsNull:
        return quoteIdentifier(node.left.column) + QStringLiteral(" IS NULL");
    case Kind::IsNotNull:
        return quoteIdentifier(node.left.column) + QStringLiteral(" IS NOT NULL");
    case Kind::Not:
        return QStringLiteral("NOT (")
            + sqlFor(node.children.first(), false, quoteIdentifier, bindValues) + u')';
    case Kind::And:
    case Kind::Or: {
        QStringList parts;
        for (int child : node.children)
            parts.append(sqlFor(child, true, quoteIdentifier, bindValues));
        const QString joined
            = parts.join(node.kind == Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
        return wrapGroups ? u'(' + joined + u')' : joined;
    }
    }
    Q_UNREACHABLE();
    return QString();
}

bool ODataFilter::matches(const QVariantHash &row) const
{
    return isEmpty() || evaluate(m_root, row) == Truth::True;
}

ODataFilter::Truth ODataFilter::evaluate(int index, const QVariantHash &row) const
{
    const Node &node = m_nodes.at(index);
    switch (node.kind) {
    case Kind::Compare: {
        const QVariant left = node.left.isColumn ? row.value(node.left.column) : node.left.value;
        const QVariant right
            = node.right.isColumn ? row.value(node.right.column) : node.right.value;
        if (left.isNull() || right.isNull())
            return Truth::Unknown;
        const int c = compareValues(left, node.left.isColumn, right, node.right.isColumn);
        bool result = false;
        switch (node.op) {
        case Op::Eq:
            result = c == 0;
            break;
        case Op::Ne:
            result = c != 0;
            break;
        case Op::Gt:
            result = c > 0;
            break;
        case Op::Ge:
            result = c >= 0;
            break;
        case Op::Lt:
            result = c < 0;
            break;
        case Op::Le:
            result = c <= 0;
            break;
        }
        return result ? Truth::True : Truth::False;
    }
    case Kind::IsNull:
    case Kind::IsNotNull: {
        const bool isNull = row.value(node.left.column).isNull();
        return isNull == (node.kind == Kind::IsNull) ? Truth::True : Truth::False;
    }
    case Kind::Not: {
        const Truth t = evaluate(node.children.first(), row);
        return t == Truth::Unknown ? t : (t == Truth::True ? Truth::False : Truth::True);
    }
    case Kind::And:
    case Kind::Or: {
        // Kleene logic: the deciding value (false for and, true for or) wins over unknown.
        const Truth decisive = node.kind == Kind::And ? Truth::False : Truth::True;
        bool unknown = false;
        for (int child : node.children) {
            const Truth t = evaluate(child, row);
            if (t == decisive)
                return decisive;
            unknown |= t == Truth::Unknown;
        }
        if (unknown)
            return Truth::Unknown;
        return decisive == Truth::True ? Truth::False : Truth::True;
    }
    }
    Q_UNREACHABLE();
    return Truth::Unknown;
}

} // namespace dw
