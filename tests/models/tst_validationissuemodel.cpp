#include "validationissuemodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace dw;

namespace {
ValidationIssue issue(const char *code, const char *message, int field = -1)
{
    ValidationIssue i;
    i.code = QString::fromLatin1(code);
    i.message = QString::fromLatin1(message);
    i.fieldIndex = field;
    return i;
}
} // namespace

class TestValidationIssueModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void sameIssuesKeepTheModel();
};

void TestValidationIssueModel::passesModelTester()
{
    ValidationIssueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIssues({ issue("DW101", "no key"), issue("DW202", "unknown column", 2) });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, ValidationIssueModel::CodeColumn).data().toString(),
        QStringLiteral("DW202"));
    QCOMPARE(model.index(1, ValidationIssueModel::MessageColumn).data().toString(),
        QStringLiteral("unknown column"));
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    model.setIssues({});
    QCOMPARE(model.rowCount(), 0);
}

void TestValidationIssueModel::sameIssuesKeepTheModel()
{
    ValidationIssueModel model;
    model.setIssues({ issue("DW202", "unknown column", 2) });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setIssues({ issue("DW202", "unknown column", 2) });
    QCOMPARE(reset.count(), 0);
    model.setIssues({ issue("DW202", "unknown column", 3) });
    QCOMPARE(reset.count(), 1);
}

QTEST_MAIN(TestValidationIssueModel)
#include "tst_validationissuemodel.moc"
