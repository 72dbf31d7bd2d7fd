#include "fieldmappingseditor.h"

#include "choicedelegate.h"
#include "fieldmappingmodel.h"
#include "rowlisteditor.h"
#include "schemacatalog.h"
#include "transformeditor.h"

#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dw {

namespace {
// The side a row reads from: for '=' rows Finance, as a Value map on them reads Finance values
// (MapValidator's convention, after dual-write listing Finance on the left).
Side sourceSide(FieldDirection direction)
{
    return direction == FieldDirection::ToFinance ? Side::Dataverse : Side::Finance;
}
} // namespace

FieldMappingsEditor::FieldMappingsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new FieldMappingModel(this))
    , m_rows(new RowListEditor(m_model, this))
    , m_transformBox(new QGroupBox(this))
    , m_transform(new TransformEditor(m_transformBox))
{
    QTableView *view = m_rows->view();
    view->setObjectName(QStringLiteral("fieldMappings"));
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_transformBox->setObjectName(QStringLiteral("transformBox"));

    const auto columnChoices = [this](Side side) {
        return [this, side](const QModelIndex &) {
            QList<ChoiceDelegate::Choice> choices;
            const TableDefinition *table
                = m_catalog ? m_catalog->table(side, m_tables[int(side)]) : nullptr;
            for (const QString &name : columns(side)) {
                const ColumnDefinition *column = table ? table->column(name) : nullptr;
                //: %1 a column type id such as text or integer
                const QString tip
                    = column ? tr("Type: %1").arg(columnTypeId(column->type)) : QString();
                choices.append({ name, name, tip });
            }
            return choices;
        };
    };
    view->setItemDelegateForColumn(FieldMappingModel::FinanceColumn,
        new ChoiceDelegate(columnChoices(Side::Finance), true, this));
    view->setItemDelegateForColumn(FieldMappingModel::DataverseColumn,
        new ChoiceDelegate(columnChoices(Side::Dataverse), true, this));
    view->setItemDelegateForColumn(FieldMappingModel::DirectionColumn,
        new ChoiceDelegate(
            [](const QModelIndex &) {
                QList<ChoiceDelegate::Choice> choices;
                for (FieldDirection d : { FieldDirection::ToDataverse, FieldDirection::ToFinance,
                         FieldDirection::Both })
                    choices.append({ QStringLiteral("%1   %2").arg(
                                         directionSymbol(d), FieldMappingModel::directionName(d)),
                        directionSymbol(d), QString() });
                return choices;
            },
            false, this));
    const int charWidth = fontMetrics().averageCharWidth();
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(FieldMappingModel::FinanceColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FieldMappingModel::DataverseColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FieldMappingModel::TransformColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FieldMappingModel::DirectionColumn, QHeaderView::Fixed);
    const QString directionHeader
        = m_model->headerData(FieldMappingModel::DirectionColumn, Qt::Horizontal, Qt::DisplayRole)
              .toString();
    header->resizeSection(FieldMappingModel::DirectionColumn,
        qMax(8 * charWidth,
            header->fontMetrics().horizontalAdvance(directionHeader) + 4 * charWidth));

    auto *boxLayout = new QVBoxLayout(m_transformBox);
    boxLayout->addWidget(m_transform);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_rows);
    splitter->addWidget(m_transformBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // Room for a Value map of a few entries without scrolling.
    m_transformBox->setMinimumHeight(14 * fontMetrics().lineSpacing());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setFocusProxy(m_rows);

    connect(m_model, &FieldMappingModel::edited, this, &FieldMappingsEditor::edited);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &FieldMappingsEditor::showCurrentTransform);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) {
            if (m_transformRow < from.row() || m_transformRow > to.row())
                return;
            // A new direction changes the side the transform reads; a new name only the title.
            if (from.column() <= FieldMappingModel::DirectionColumn
                && to.column() >= FieldMappingModel::DirectionColumn)
                showCurrentTransform();
            else if (from.column() < FieldMappingModel::TransformColumn)
                updateTitle();
        });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
        &FieldMappingsEditor::showCurrentTransform);
    connect(
        m_model, &QAbstractItemModel::modelReset, this, &FieldMappingsEditor::showCurrentTransform);
    connect(m_transform, &TransformEditor::edited, this,
        [this] { m_model->setTransform(m_transformRow, m_transform->transform()); });
    connect(m_transform, &TransformEditor::jsonErrorChanged, this,
        &FieldMappingsEditor::jsonErrorChanged);
    retranslate();
    showCurrentTransform();
}

void FieldMappingsEditor::setCatalog(const SchemaCatalog *catalog)
{
    m_catalog = catalog;
    m_transform->setCatalog(catalog);
    showCurrentTransform();
}

void FieldMappingsEditor::setTables(const QString &financeTable, const QString &dataverseTable)
{
    m_tables[int(Side::Finance)] = financeTable;
    m_tables[int(Side::Dataverse)] = dataverseTable;
}

void FieldMappingsEditor::setFields(const QList<FieldMapping> &fields)
{
    m_model->setFields(fields);
    if (!fields.isEmpty())
        selectRow(0);
}

QList<FieldMapping> FieldMappingsEditor::fields() const
{
    return m_model->fields();
}

void FieldMappingsEditor::setIssues(const QList<ValidationIssue> &issues)
{
    m_model->setIssues(issues);
}

void FieldMappingsEditor::selectRow(int row)
{
    QTableView *view = m_rows->view();
    const QModelIndex index = m_model->index(row, FieldMappingModel::FinanceColumn);
    view->setCurrentIndex(index);
    view->scrollTo(index);
}

bool FieldMappingsEditor::hasJsonError() const
{
    return m_transformRow >= 0 && m_transform->hasJsonError();
}

QTableView *FieldMappingsEditor::view() const
{
    return m_rows->view();
}

QStringList FieldMappingsEditor::columns(Side side) const
{
    return m_catalog ? m_catalog->columnNames(side, m_tables[int(side)]) : QStringList();
}

void FieldMappingsEditor::showCurrentTransform()
{
    const QModelIndex current = m_rows->view()->currentIndex();
    const bool hadError = hasJsonError();
    m_transformRow = current.isValid() ? current.row() : -1;
    m_transformBox->setEnabled(m_transformRow >= 0);
    const FieldMapping field = m_model->field(m_transformRow);
    m_transform->setTransform(field.transform, sourceSide(field.direction));
    updateTitle();
    if (hadError != hasJsonError())
        emit jsonErrorChanged(hasJsonError());
}

void FieldMappingsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateTitle();
    }
    QWidget::changeEvent(event);
}

void FieldMappingsEditor::retranslate()
{
    m_rows->view()->setAccessibleName(tr("Field mappings"));
    m_rows->setButtonNames(tr("Add field mapping"), tr("Remove field mapping"));
}

void FieldMappingsEditor::updateTitle()
{
    if (m_transformRow < 0) {
        m_transformBox->setTitle(tr("Transform"));
        return;
    }
    const FieldMapping field = m_model->field(m_transformRow);
    //: %1 row number, %2 Finance field, %3 direction symbol, %4 Dataverse field
    m_transformBox->setTitle(tr("Transform of row %1: %2 %3 %4")
                                 .arg(QString::number(m_transformRow + 1), field.finance,
                                     directionSymbol(field.direction), field.dataverse));
}

} // namespace dw
