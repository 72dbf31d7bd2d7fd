#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dw {

// One step of a schema's history. Applied once, in a transaction, in version order; never
// edited after it has shipped (a change is a new migration).
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements; // DDL with sqldialect.h placeholders
};

// The state store's schema history, oldest first.
QList<Migration> stateStoreMigrations();

} // namespace dw
