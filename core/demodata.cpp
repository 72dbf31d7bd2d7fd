#include "demodata.h"

#include "tr.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace dw {

namespace {

struct Company
{
    const char *code;
    const char *name;
};
constexpr Company kCompanies[] = {
    { "USPM", "Contoso Project Services US" },
    { "GBPM", "Contoso Project Services UK" },
    { "FRPM", "Contoso Services Projets France" },
};

struct Category
{
    const char *name;
    int billingType;
};
// msdyn_billingtype option values from the CDM definition of msdyn_transactioncategory.
constexpr Category kCategories[] = {
    { "Consulting", 192350001 },
    { "Development", 192350001 },
    { "Project management", 192350001 },
    { "Travel", 192350001 },
    { "Hotel", 192350001 },
    { "Meals", 192350002 },
    { "Training", 192350002 },
    { "Hardware", 192350001 },
};

constexpr const char *kProjectSubjects[] = {
    "ERP rollout",
    "Data centre move",
    "Payroll upgrade",
    "CRM implementation",
    "Network refresh",
    "Audit support",
    "Warehouse automation",
    "Portal redesign",
};

// Stable GUIDs: the same scale always yields the same rows.
QString guid(QRandomGenerator &random)
{
    const quint32 a = random.generate();
    const quint32 b = random.generate();
    const quint32 c = random.generate();
    const quint32 d = random.generate();
    const QUuid uuid(a, quint16(b >> 16), quint16((b & 0x0fff) | 0x4000), uchar(0x80 | (c & 0x3f)),
        uchar(c >> 8), uchar(c >> 16), uchar(c >> 24), uchar(d), uchar(d >> 8), uchar(d >> 16),
        uchar(d >> 24));
    return uuid.toString(QUuid::WithoutBraces);
}

QString isoDate(const QDate &date)
{
    return date.startOfDay(Qt::UTC).toString(Qt::ISODate);
}

bool execRow(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = Tr::tr("Cannot write demo data: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

} // namespace

DemoData::DemoData(int scale)
    : m_scale(qMax(1, scale))
{ }

bool DemoData::fillDataverse(QSqlDatabase db, QString *error)
{
    QRandomGenerator random(20260101u + quint32(m_scale));
    const QString now = QStringLiteral("2026-01-05T08:00:00Z");
    if (!db.transaction()) {
        *error = Tr::tr("Cannot write demo data: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    auto fail = [&] {
        query.finish();
        db.rollback();
        return false;
    };

    QStringList companyIds;
    query.prepare(
        QStringLiteral("INSERT INTO cdm_company (cdm_companyid, cdm_companycode, cdm_name,"
                       " createdon, modifiedon) VALUES (?, ?, ?, ?, ?)"));
    for (const Company &company : kCompanies) {
        companyIds.append(guid(random));
        if (!execRow(query,
                { companyIds.constLast(), QString::fromLatin1(company.code),
                    QString::fromUtf8(company.name), now, now },
                error))
            return fail();
    }

    query.prepare(
        QStringLiteral("INSERT INTO msdyn_transactioncategory (msdyn_transactioncategoryid,"
                       " msdyn_name, msdyn_billingtype, createdon, modifiedon)"
                       " VALUES (?, ?, ?, ?, ?)"));
    for (const Category &category : kCategories) {
        if (!execRow(query,
                { guid(random), QString::fromLatin1(category.name), category.billingType, now,
                    now },
                error))
            return fail();
    }

    QSqlQuery taskQuery(db);
    taskQuery.prepare(QStringLiteral(
        "INSERT INTO msdyn_projecttask (msdyn_projecttaskid, msdyn_project, msdyn_parenttask,"
        " msdyn_wbsid, msdyn_subject, msdyn_effort, msdyn_scheduledstart, msdyn_scheduledend,"
        " createdon, modifiedon) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.prepare(QStringLiteral(
        "INSERT INTO msdyn_project (msdyn_projectid, msdyn_projectnumber, msdyn_subject,"
        " msdyn_description, msdyn_owningcompany, msdyn_scheduledstart, msdyn_scheduledend,"
        " createdon, modifiedon, statecode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDate firstStart(2025, 1, 6);
    for (int p = 0; p < projectCount(); ++p) {
        const QString projectId = guid(random);
        const qsizetype companyIndex = p % companyIds.size();
        const QString number = QStringLiteral("%1-PRJ-%2")
                                   .arg(QLatin1String(kCompanies[companyIndex].code))
                                   .arg(p + 1, 6, 10, QLatin1Char('0'));
        const QString subject
            = QString::fromLatin1(kProjectSubjects[p % 8]) + u' ' + QString::number(p / 8 + 1);
        const QDate start = firstStart.addDays(7 * (p % 52));
        const QDate end = start.addMonths(3 + int(random.bounded(9)));
        const int state = (p % 10 == 9) ? 1 : 0; // every tenth project is closed
        if (!execRow(query,
                { projectId, number, subject, Tr::tr("Demo project %1").arg(number),
                    companyIds.at(companyIndex), isoDate(start), isoDate(end), now, now, state },
                error))
            return fail();
        // Two summary tasks, each with two leaf tasks: 1, 1.1, 1.2, 2, 2.1, 2.2.
        QString parentId;
        for (int t = 0; t < tasksPerProject(); ++t) {
            const bool summary = t % 3 == 0;
            const QString taskId = guid(random);
            const QString wbs = summary ? QString::number(t / 3 + 1)
                                        : QStringLiteral("%1.%2").arg(t / 3 + 1).arg(t % 3);
            const QVariant parent
                = summary ? QVariant(QMetaType(QMetaType::QString)) : QVariant(parentId);
            if (!execRow(taskQuery,
                    { taskId, projectId, parent, wbs,
                        summary ? Tr::tr("Phase %1").arg(t / 3 + 1)
                                : Tr::tr("Work package %1").arg(wbs),
                        summary ? 0.0 : 8.0 * (1 + random.bounded(20)), isoDate(start),
                        isoDate(end), now, now },
                    error)) {
                taskQuery.finish();
                return fail();
            }
            if (summary)
                parentId = taskId;
        }
    }
    taskQuery.finish();
    query.finish();
    if (!db.commit()) {
        *error = Tr::tr("Cannot write demo data: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

bool DemoData::fillFinance(QSqlDatabase db, QString *error)
{
    // Finance is the master of legal entities: they exist there before any sync.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO OMLegalEntity (LegalEntityId, Name, CompanyType) VALUES (?, ?, ?)"));
    for (const Company &company : kCompanies) {
        if (!execRow(query,
                { QString::fromLatin1(company.code), QString::fromUtf8(company.name),
                    QStringLiteral("Organization") },
                error))
            return false;
    }
    return true;
}

} // namespace dw
