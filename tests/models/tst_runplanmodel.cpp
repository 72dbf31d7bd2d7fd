#include "runplan.h"
#include "runplanmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dw;

namespace {
TableMap map(const QString &name, const QStringList &dependsOn = {}, bool twoWay = false)
{
    TableMap m;
    m.name = name;
    m.dependsOn = dependsOn;
    m.fields = { { QStringLiteral("A"), QStringLiteral("a"),
        twoWay ? FieldDirection::Both : FieldDirection::ToFinance, {} } };
    return m;
}

// Projects → Tasks → Actuals; Units is a prerequisite of Actuals; Customers is two-way.
QList<TableMap> workspace()
{
    return { map(QStringLiteral("Actuals"), { QStringLiteral("Tasks"), QStringLiteral("Units") }),
        map(QStringLiteral("Customers"), {}, true), map(QStringLiteral("Projects")),
        map(QStringLiteral("Tasks"), { QStringLiteral("Projects") }),
        map(QStringLiteral("Units")) };
}

QStringList names(const RunPlanModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, RunPlanModel::Name).data().toString());
    return result;
}
} // namespace

class TestRunPlanModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void listsDependenciesNotRunningInOrder();
    void movesOnlyWhereDependenciesHold();
    void untickedDependencyIsReported();
    void planSplitsByMasterAndServesAllLive();
};

void TestRunPlanModel::passesModelTester()
{
    RunPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY(model.setMaps(workspace(), {}, { QStringLiteral("Actuals") }, &error));
    QVERIFY(model.setData(model.index(0, RunPlanModel::Name), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model.moveDown(1) || model.moveUp(1) || true);
    QVERIFY(model.setMaps(workspace(), {}, { QStringLiteral("Customers") }, &error));
    QVERIFY(model.setData(model.index(0, RunPlanModel::Master), int(Side::Finance), Qt::EditRole));
    QVERIFY(model.setMaps({}, {}, {}, &error));
}

void TestRunPlanModel::listsDependenciesNotRunningInOrder()
{
    RunPlanModel model;
    QString error;
    QHash<QString, MapStatus> statuses;
    statuses.insert(QStringLiteral("Units"), MapStatus::Running);
    QVERIFY(model.setMaps(workspace(), statuses, { QStringLiteral("Actuals") }, &error));
    // Units runs already: not listed. Projects comes in through Tasks.
    QCOMPARE(names(model),
        QStringList(
            { QStringLiteral("Projects"), QStringLiteral("Tasks"), QStringLiteral("Actuals") }));
    QCOMPARE(
        model.index(0, RunPlanModel::Reason).data().toString(), QStringLiteral("Needed by Tasks"));
    QCOMPARE(model.index(2, RunPlanModel::Reason).data().toString(), QStringLiteral("Selected"));
    // A chosen map cannot be left out; a related one can.
    QVERIFY(!(model.flags(model.index(2, RunPlanModel::Name)) & Qt::ItemIsUserCheckable));
    QVERIFY(model.flags(model.index(0, RunPlanModel::Name)) & Qt::ItemIsUserCheckable);
    QCOMPARE(model.index(0, RunPlanModel::InitialSync).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
    // One-way maps have no master to choose.
    QVERIFY(!(model.flags(model.index(0, RunPlanModel::Master)) & Qt::ItemIsEditable));
}

void TestRunPlanModel::movesOnlyWhereDependenciesHold()
{
    RunPlanModel model;
    QString error;
    QVERIFY(model.setMaps(
        workspace(), {}, { QStringLiteral("Actuals"), QStringLiteral("Customers") }, &error));
    QCOMPARE(names(model),
        QStringList({ QStringLiteral("Customers"), QStringLiteral("Projects"),
            QStringLiteral("Tasks"), QStringLiteral("Units"), QStringLiteral("Actuals") }));
    QVERIFY(!model.canMoveUp(0));
    QVERIFY(model.canMoveUp(1)); // Projects before Customers: no dependency between them
    QVERIFY(!model.canMoveUp(2)); // Tasks depends on Projects
    QVERIFY(model.canMoveUp(3)); // Units and Tasks are unrelated
    QVERIFY(!model.canMoveUp(4)); // Actuals depends on Units
    QVERIFY(!model.canMoveDown(4));
    QVERIFY(!model.moveUp(2));
    QVERIFY(model.moveUp(3));
    QCOMPARE(names(model),
        QStringList({ QStringLiteral("Customers"), QStringLiteral("Projects"),
            QStringLiteral("Units"), QStringLiteral("Tasks"), QStringLiteral("Actuals") }));
    QVERIFY(model.moveDown(0));
    QCOMPARE(names(model).constFirst(), QStringLiteral("Projects"));
}

void TestRunPlanModel::untickedDependencyIsReported()
{
    RunPlanModel model;
    QString error;
    QVERIFY(model.setMaps(workspace(), {}, { QStringLiteral("Tasks") }, &error));
    QVERIFY(model.unmetDependencies().isEmpty());
    QVERIFY(model.setData(model.index(0, RunPlanModel::Name), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.unmetDependencies(), QStringList(QStringLiteral("Tasks → Projects")));
    QCOMPARE(model.includedEntries().size(), 1);
    // Left out: its other settings cannot be changed.
    QVERIFY(!(model.flags(model.index(0, RunPlanModel::InitialSync)) & Qt::ItemIsUserCheckable));
}

void TestRunPlanModel::planSplitsByMasterAndServesAllLive()
{
    const QList<RunPlanItem> items = {
        { QStringLiteral("Projects"), true, {} },
        { QStringLiteral("Customers"), true, Side::Dataverse },
        { QStringLiteral("Vendors"), true, Side::Finance },
        { QStringLiteral("Units"), false, {} },
        { QStringLiteral("Tasks"), true, {} },
    };
    const RunPlan live = RunPlan::build(items, true, { QStringLiteral("Running already") });
    QCOMPARE(live.startFirst,
        QStringList({ QStringLiteral("Projects"), QStringLiteral("Customers"),
            QStringLiteral("Vendors"), QStringLiteral("Tasks") }));
    QCOMPARE(live.initial.size(), 2);
    QCOMPARE(live.initial.at(0).maps,
        QStringList({ QStringLiteral("Projects"), QStringLiteral("Customers") }));
    QCOMPARE(live.initial.at(0).master, std::optional<Side>(Side::Dataverse));
    QCOMPARE(live.initial.at(1).maps,
        QStringList({ QStringLiteral("Vendors"), QStringLiteral("Tasks") }));
    QCOMPARE(live.initial.at(1).master, std::optional<Side>(Side::Finance));
    for (const SyncRequest &request : live.initial) {
        QCOMPARE(request.kind, RunKind::Initial);
        QVERIFY(!request.live);
    }
    QVERIFY(live.live);
    QCOMPARE(live.live->kind, RunKind::CatchUp);
    QVERIFY(live.live->live);
    QCOMPARE(live.live->maps.size(), 6);
    QVERIFY(live.live->maps.contains(QStringLiteral("Units")));
    QVERIFY(live.live->maps.contains(QStringLiteral("Running already")));

    const RunPlan once = RunPlan::build(items, false);
    QVERIFY(once.startFirst.isEmpty());
    QVERIFY(!once.live);
    QCOMPARE(once.initial.size(), 2);
    QVERIFY(RunPlan::build({ { QStringLiteral("Units"), false, {} } }, false).isEmpty());
}

QTEST_MAIN(TestRunPlanModel)
#include "tst_runplanmodel.moc"
