#pragma once

#include "workspace.h"

#include <QObject>

class QWidget;

namespace dw {

// File ▸ Import maps…, Export maps… and Apply template: dwadmin-maps/1 files read, checked and
// saved (all maps or none, MapStore::saveAll) or written, off the GUI thread. Each ends with
// finished(): a message naming the file and, on failure, the problem.
class MapFileActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapFileActions)
public:
    MapFileActions(const Workspace &workspace, QWidget *parent);

    // Ask for a file (a non-blocking dialog), then import or export.
    void chooseImport();
    void chooseExport();
    // Asks for confirmation, then saves the template's maps.
    void confirmTemplate();

    void importFrom(const QString &file);
    void exportTo(const QString &file);
    void applyTemplate();

signals:
    void finished(const QString &message, bool error);
    // Maps were saved: the lists showing them are out of date.
    void mapsChanged();

private:
    void save(const QByteArray &json, const QString &source);

    const Workspace m_workspace;
    QWidget *m_parent;
};

} // namespace dw
