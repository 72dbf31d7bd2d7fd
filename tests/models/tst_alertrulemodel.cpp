#include "alertrulemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dw;

namespace {
QList<AlertRule> sample()
{
    AlertRule pause;
    pause.errorClass = QStringLiteral("validation");
    pause.count = 10;
    pause.minutes = 15;
    pause.action = AlertAction::Pause;
    return { pause, AlertRule() };
}
} // namespace

class TestAlertRuleModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void showsNamesAndEditsIds();
    void refusesInvalidValues();
};

void TestAlertRuleModel::passesModelTester()
{
    AlertRuleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRules(sample());
    QVERIFY(model.insertRows(1, 2));
    QVERIFY(model.setData(model.index(2, AlertRuleModel::CountColumn), 3));
    QVERIFY(model.removeRows(0, 2));
    model.setRules({});
}

void TestAlertRuleModel::showsNamesAndEditsIds()
{
    AlertRuleModel model;
    model.setRules(sample());
    QCOMPARE(model.index(0, AlertRuleModel::ErrorClassColumn).data().toString(),
        QStringLiteral("Validation"));
    QCOMPARE(model.index(1, AlertRuleModel::ErrorClassColumn).data().toString(),
        QStringLiteral("Any error"));
    QCOMPARE(model.index(0, AlertRuleModel::ActionColumn).data().toString(),
        QStringLiteral("Pause the map"));
    QCOMPARE(model.index(0, AlertRuleModel::ActionColumn).data(Qt::EditRole).toString(),
        QStringLiteral("pause"));
    QSignalSpy edited(&model, &AlertRuleModel::edited);
    QVERIFY(model.setData(
        model.index(1, AlertRuleModel::ErrorClassColumn), QStringLiteral("transient")));
    QVERIFY(model.setData(model.index(1, AlertRuleModel::MinutesColumn), 60));
    QVERIFY(model.setData(model.index(1, AlertRuleModel::ActionColumn), QStringLiteral("stop")));
    QCOMPARE(edited.count(), 3);
    const AlertRule rule = model.rules().at(1);
    QCOMPARE(rule.errorClass, QStringLiteral("transient"));
    QCOMPARE(rule.minutes, 60);
    QCOMPARE(rule.action, AlertAction::Stop);
    QCOMPARE(AlertRuleModel::errorClassChoices().size(), 5);
    QCOMPARE(AlertRuleModel::actionChoices().size(), 3);
}

void TestAlertRuleModel::refusesInvalidValues()
{
    AlertRuleModel model;
    model.setRules(sample());
    QSignalSpy edited(&model, &AlertRuleModel::edited);
    QVERIFY(!model.setData(model.index(0, AlertRuleModel::CountColumn), 0));
    QVERIFY(!model.setData(model.index(0, AlertRuleModel::MinutesColumn), QStringLiteral("x")));
    QVERIFY(
        !model.setData(model.index(0, AlertRuleModel::ErrorClassColumn), QStringLiteral("bogus")));
    QVERIFY(
        !model.setData(model.index(0, AlertRuleModel::ActionColumn), QStringLiteral("explode")));
    QCOMPARE(model.rules(), sample());
    QCOMPARE(edited.count(), 0);
}

QTEST_MAIN(TestAlertRuleModel)
#include "tst_alertrulemodel.moc"
