#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

namespace dw {

// A parsed OData `$filter` subset (eq ne gt ge lt le, and or not, parentheses, string, number,
// true/false/null literals) over a table's own columns. A plain value: copyable, no Qt object,
// usable from any thread. Parse errors are translated and carry the position of the offending
// token, counted in QString (UTF-16) units so an editor can place its cursor there.
//
// SQL and matches() share SQL's three-valued logic: a comparison with a NULL column value is
// unknown, `not unknown` stays unknown, and only a true result selects a row; `x eq null` and
// `x ne null` are the only tests for NULL (compiled to IS NULL / IS NOT NULL).
class ODataFilter
{
public:
    // Parses `text`. On failure returns false, sets *error to a translated message that
    // includes the 1-based position and, if errorPosition is non-null, the 0-based index of the
    // offending token. *filter is assigned only on success; filter and error may be null (to
    // validate only).
    static bool parse(
        const QString &text, ODataFilter *filter, QString *error, int *errorPosition = nullptr);

    bool isEmpty() const; // true for an empty filter (matches every row)
    // Every column name referenced, in first-appearance order, without duplicates.
    QStringList columns() const;
    // SQL boolean expression with '?' placeholders, parenthesized where needed so a caller may
    // AND it with other conditions; values are appended to *bindValues in placeholder order. Column
    // names only reach the SQL through quoteIdentifier. Empty filter → QString().
    QString toSql(const std::function<QString(const QString &)> &quoteIdentifier,
        QVariantList *bindValues) const;
    // Evaluates the filter against one row (column name → value), as the SQL would. A column
    // absent from `row` counts as NULL.
    bool matches(const QVariantHash &row) const;

private:
    enum class Kind { Or, And, Not, Compare, IsNull, IsNotNull };
    enum class Op { Eq, Ne, Gt, Ge, Lt, Le };

    struct Operand
    {
        bool isColumn = false;
        QString column;
        QVariant value; // literal: QString, qlonglong, double or bool
    };

    // One node of the expression tree; children are indexes into m_nodes, so copying the
    // filter copies the tree.
    struct Node
    {
        Kind kind = Kind::Compare;
        QList<int> children; // Or, And (two or more), Not (one)
        Op op = Op::Eq; // Compare
        Operand left; // Compare; IsNull/IsNotNull use left.column
        Operand right; // Compare
    };

    enum class Truth { False, True, Unknown };

    QString sqlFor(int node, bool wrapGroups,
        const std::function<QString(const QString &)> &quoteIdentifier,
        QVariantList *bindValues) const;
    Truth evaluate(int node, const QVariantHash &row) const;

    QList<Node> m_nodes;
    QStringList m_columns;
    int m_root = -1;

    class Parser;
};

} // namespace dw
