#include "versioncomparedialog.h"

#include "mapchangemodel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace dw {

namespace {
QString describe(const MapVersionInfo &info)
{
    //: a map version: %1 number, %2 publisher, %3 when it was saved
    return VersionCompareDialog::tr("%1 by %2, %3")
        .arg(info.version, info.publisher,
            QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(info.createdAt), QLocale::ShortFormat));
}
} // namespace

VersionCompareDialog::VersionCompareDialog(const MapVersionInfo &olderInfo, const TableMap &older,
    const MapVersionInfo &newerInfo, const TableMap &newer, QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new MapChangeModel(this))
{
    setObjectName(QStringLiteral("versionCompareDialog"));
    //: %1 map name
    setWindowTitle(tr("Compare versions of %1").arg(newer.name));
    const QList<MapChange> changes = MapDiff::compare(older, newer);
    m_model->setChanges(changes);
    m_heading->setWordWrap(true);
    m_heading->setText(changes.isEmpty()
            //: %1 and %2 describe the two versions
            ? tr("Versions %1 and %2 have the same definition.")
                  .arg(describe(olderInfo), describe(newerInfo))
            : tr("From version %1 to version %2: %n change(s).", nullptr, int(changes.size()))
                  .arg(describe(olderInfo), describe(newerInfo)));
    m_view->setObjectName(QStringLiteral("versionChanges"));
    m_view->setAccessibleName(tr("Changes between the versions"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    const int charWidth = fontMetrics().averageCharWidth();
    m_view->header()->resizeSection(MapChangeModel::Item, 44 * charWidth);
    m_view->header()->resizeSection(MapChangeModel::Kind, 12 * charWidth);
    m_view->header()->resizeSection(MapChangeModel::Before, 34 * charWidth);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(130 * charWidth, 24 * fontMetrics().height());
}

} // namespace dw
