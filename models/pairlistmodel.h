#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>
#include <QStringList>

namespace dw {

// Two editable text columns over a short list of pairs: the integration key pairs of a map
// (Finance field, Dataverse field) or the entries of a Value map (source value, target value).
// A row may carry problem messages: shown as an error icon with the messages as tooltip in the
// vertical header (which numbers rows from 1, as validation messages do) and as cell tooltips.
// edited() is emitted for changes made through the model's editing API, never by setPairs() or
// setProblems(), so a listener that validates on edits cannot loop.
class PairListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairListModel)
public:
    using Pair = QPair<QString, QString>;
    enum Role { ProblemsRole = Qt::UserRole + 1 }; // QStringList of the row's problems

    PairListModel(
        const QString &firstHeader, const QString &secondHeader, QObject *parent = nullptr);

    void setPairs(const QList<Pair> &pairs);
    const QList<Pair> &pairs() const { return m_pairs; }
    // Problem messages by row; rows not in the hash have none.
    void setProblems(const QHash<int, QStringList> &problems);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // New column titles, e.g. after a language change.
    void setHeaders(const QString &firstHeader, const QString &secondHeader);
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void edited();

private:
    QString m_headers[2];
    QList<Pair> m_pairs;
    QHash<int, QStringList> m_problems;
};

} // namespace dw
