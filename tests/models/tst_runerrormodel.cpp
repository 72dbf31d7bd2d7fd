#include "runerrormodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dw;

namespace {
// Failures numbered from..to, newest (highest) first.
QList<RecordIssue> failures(int from, int to)
{
    QList<RecordIssue> list;
    for (int i = to; i >= from; --i) {
        RecordIssue issue;
        issue.map = QStringLiteral("Items");
        issue.key = QStringLiteral("K%1").arg(i, 5, 10, QLatin1Char('0'));
        issue.errorClass = ErrorClass::Validation;
        issue.message = QStringLiteral("Bad value %1").arg(i);
        issue.at = 1700000000000 + i;
        list.append(issue);
    }
    return list;
}
} // namespace

class TestRunErrorModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void newFailuresGoOnTopInOneInsertion();
};

void TestRunErrorModel::passesModelTester()
{
    RunErrorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLatest(failures(1, 3));
    model.setLatest(failures(1, 10));
    model.setLatest(failures(600, 1200)); // nothing in common: starts over
    QCOMPARE(model.rowCount(), RunErrorModel::limit);
    model.setLatest(failures(1190, 1300));
    QCOMPARE(model.rowCount(), RunErrorModel::limit);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRunErrorModel::newFailuresGoOnTopInOneInsertion()
{
    RunErrorModel model;
    model.setLatest(failures(1, 5));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setLatest(failures(1, 5));
    QCOMPARE(inserted.size(), 0);
    model.setLatest(failures(1, 8));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.index(0, RunErrorModel::Key).data().toString(), QStringLiteral("K00008"));
    QCOMPARE(model.index(7, RunErrorModel::Key).data().toString(), QStringLiteral("K00001"));
    QCOMPARE(
        model.index(0, RunErrorModel::Message).data().toString(), QStringLiteral("Bad value 8"));
}

QTEST_MAIN(TestRunErrorModel)
#include "tst_runerrormodel.moc"
