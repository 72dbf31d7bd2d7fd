#include "queuedchangemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dw;

class TestQueuedChangeModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterAndShowsChanges();
};

void TestQueuedChangeModel::passesModelTesterAndShowsChanges()
{
    QueuedChangeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<QueuedChange> changes = {
        { Side::Dataverse, 7, 'I', QStringLiteral("{\"id\":\"A\"}"), 1700000000000 },
        { Side::Finance, 3, 'D', QStringLiteral("{\"ItemId\":\"B\"}"), 1700000001000 },
        { Side::Dataverse, 8, 'U', QStringLiteral("{\"id\":\"C\"}"), 1700000002000 },
    };
    model.setChanges(changes);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, QueuedChangeModel::SideColumn).data().toString(),
        QStringLiteral("Dataverse"));
    QCOMPARE(
        model.index(0, QueuedChangeModel::Operation).data().toString(), QStringLiteral("Insert"));
    QCOMPARE(
        model.index(1, QueuedChangeModel::Operation).data().toString(), QStringLiteral("Delete"));
    QCOMPARE(
        model.index(2, QueuedChangeModel::Operation).data().toString(), QStringLiteral("Update"));
    QCOMPARE(
        model.index(1, QueuedChangeModel::Key).data().toString(), QStringLiteral("ItemId = B"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setChanges(changes); // the same queue: the view is left alone
    QCOMPARE(reset.size(), 0);
    model.setChanges(changes.mid(1));
    QCOMPARE(reset.size(), 1);
    model.setChanges({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestQueuedChangeModel)
#include "tst_queuedchangemodel.moc"
