#include "mapversionmodel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace dw {

MapVersionModel::MapVersionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MapVersionModel::setVersions(const QList<MapVersionInfo> &versions)
{
    bool sameRows = versions.size() == m_versions.size();
    for (qsizetype i = 0; sameRows && i < versions.size(); ++i)
        sameRows = versions.at(i).id == m_versions.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_versions = versions;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < versions.size(); ++i) {
        if (versions.at(i).active == m_versions.at(i).active
            && versions.at(i).description == m_versions.at(i).description)
            continue;
        m_versions[i] = versions.at(i);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

int MapVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int MapVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MapVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MapVersionInfo &version = m_versions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Version:
            return version.version;
        case Publisher:
            return version.publisher;
        case Description:
            return version.description;
        case Created:
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(version.createdAt), QLocale::ShortFormat);
        case Active:
            return version.active ? tr("Active", "the version in use") : QString();
        }
        return {};
    case Qt::FontRole:
        if (version.active) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Description && !version.description.isEmpty())
            return version.description;
        return {};
    case VersionIdRole:
        return version.id;
    case ActiveRole:
        return version.active;
    }
    return {};
}

QVariant MapVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Version:
        return tr("Version");
    case Publisher:
        return tr("Publisher");
    case Description:
        return tr("Description");
    case Created:
        return tr("Created", "when a version was saved");
    case Active:
        return tr("State", "whether the version is the active one");
    }
    return {};
}

} // namespace dw
