#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dw {

// Fills the demo environments with a small Project Operations firm: legal entities, transaction
// categories, projects and their task trees. Deterministic for a given scale, so tests can
// count on exact figures. Scale 1 is about 50 projects.
class DemoData
{
public:
    explicit DemoData(int scale);

    bool fillDataverse(QSqlDatabase db, QString *error);
    bool fillFinance(QSqlDatabase db, QString *error);

    int projectCount() const { return 50 * m_scale; }
    static int tasksPerProject() { return 6; }

private:
    int m_scale;
};

} // namespace dw
