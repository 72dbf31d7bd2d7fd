#include "pairlistmodel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace dw;

namespace {
QList<PairListModel::Pair> sample()
{
    return { { QStringLiteral("1"), QStringLiteral("Hour") },
        { QStringLiteral("2"), QStringLiteral("Expense") } };
}
} // namespace

class TestPairListModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void editsCellsAndReportsEdits();
    void marksRowsWithProblems();
};

void TestPairListModel::passesModelTester()
{
    PairListModel model(QStringLiteral("Source value"), QStringLiteral("Target value"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairs(sample());
    QVERIFY(model.insertRows(2, 2));
    QVERIFY(model.setData(model.index(3, 1), QStringLiteral("Fee")));
    model.setProblems({ { 0, { QStringLiteral("DW102: no column") } } });
    QVERIFY(model.removeRows(0, 3));
    model.setProblems({});
    model.setPairs({});
}

void TestPairListModel::editsCellsAndReportsEdits()
{
    PairListModel model(QStringLiteral("Source value"), QStringLiteral("Target value"));
    model.setPairs(sample());
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Target value"));
    QSignalSpy edited(&model, &PairListModel::edited);
    QVERIFY(model.setData(model.index(1, 1), QStringLiteral(" Expense line ")));
    // Value map values are data: spaces are kept as typed.
    QCOMPARE(model.pairs().at(1).second, QStringLiteral(" Expense line "));
    QVERIFY(model.setData(model.index(1, 1), QStringLiteral(" Expense line ")));
    QCOMPARE(edited.count(), 1);
    QVERIFY(model.insertRows(model.rowCount(), 1));
    QCOMPARE(model.pairs().constLast(), PairListModel::Pair());
    QCOMPARE(edited.count(), 2);
    model.setPairs(sample());
    QCOMPARE(edited.count(), 2);
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
}

void TestPairListModel::marksRowsWithProblems()
{
    PairListModel model(QStringLiteral("Finance field"), QStringLiteral("Dataverse field"));
    model.setPairs(sample());
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setProblems({ { 1, { QStringLiteral("DW102: the key names no Dataverse column") } } });
    QCOMPARE(header.count(), 1);
    QVERIFY(!model.headerData(1, Qt::Vertical, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.headerData(0, Qt::Vertical, Qt::DecorationRole).isNull());
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("DW102")));
    QCOMPARE(model.index(1, 0).data(PairListModel::ProblemsRole).toStringList().size(), 1);
    model.setProblems({});
    QVERIFY(model.headerData(1, Qt::Vertical, Qt::DecorationRole).isNull());
}

QTEST_MAIN(TestPairListModel)
#include "tst_pairlistmodel.moc"
