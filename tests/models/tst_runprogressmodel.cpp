#include "runprogressmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace dw;

namespace {
MapProgress progress(const QString &map, qint64 done, qint64 total, qint64 inserted)
{
    MapProgress p;
    p.map = map;
    p.done = done;
    p.total = total;
    p.counts.read = done;
    p.counts.inserted = inserted;
    return p;
}
} // namespace

class TestRunProgressModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void accumulatesInitialThenLiveRounds();
};

void TestRunProgressModel::passesModelTester()
{
    RunProgressModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaps({ QStringLiteral("A"), QStringLiteral("B") });
    model.applyProgress(progress(QStringLiteral("A"), 10, 100, 10));
    model.applyProgress(progress(QStringLiteral("unknown"), 1, 1, 1));
    model.setLive({ QStringLiteral("A"), QStringLiteral("C") });
    QCOMPARE(model.rowCount(), 3);
    model.finish(true);
    model.setMaps({});
}

void TestRunProgressModel::accumulatesInitialThenLiveRounds()
{
    RunProgressModel model;
    model.setMaps({ QStringLiteral("A"), QStringLiteral("B") });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.applyProgress(progress(QStringLiteral("A"), 500, 2000, 490));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(
        model.index(0, RunProgressModel::Phase).data().toString(), QStringLiteral("Initial sync"));
    QCOMPARE(
        model.index(0, RunProgressModel::Progress).data(RunProgressModel::DoneRole).toLongLong(),
        500);
    QCOMPARE(model.remainingRows(), 1500);
    MapRunResult done;
    done.map = QStringLiteral("A");
    done.completed = true;
    done.counts.read = 2000;
    done.counts.inserted = 1990;
    done.counts.failed = 10;
    model.applyProgress(progress(QStringLiteral("A"), 2000, 2000, 1990));
    model.applyResult(done, RunKind::Initial);
    QCOMPARE(
        model.index(0, RunProgressModel::Inserted).data().toString(), QLocale().toString(1990));
    QCOMPARE(model.index(0, RunProgressModel::Failed).data().toString(), QStringLiteral("10"));
    QCOMPARE(model.remainingRows(), 0);
    model.setLive({ QStringLiteral("A"), QStringLiteral("B") });
    QCOMPARE(model.index(1, RunProgressModel::Phase).data().toString(), QStringLiteral("Live"));
    // A live round: its counts add to what the initial sync did.
    MapProgress round;
    round.map = QStringLiteral("A");
    round.done = 3;
    round.counts.read = 3;
    round.counts.updated = 3;
    model.applyProgress(round);
    MapRunResult roundDone;
    roundDone.map = QStringLiteral("A");
    roundDone.completed = true;
    roundDone.counts = round.counts;
    model.applyResult(roundDone, RunKind::CatchUp);
    QCOMPARE(model.index(0, RunProgressModel::Updated).data().toString(), QStringLiteral("3"));
    QCOMPARE(
        model.index(0, RunProgressModel::Inserted).data().toString(), QLocale().toString(1990));
    QCOMPARE(model.totals().read, 2003);
    model.finish(true);
    QCOMPARE(model.index(0, RunProgressModel::Phase).data().toString(), QStringLiteral("Stopped"));
    QCOMPARE(reset.size(), 0);
}

QTEST_MAIN(TestRunProgressModel)
#include "tst_runprogressmodel.moc"
