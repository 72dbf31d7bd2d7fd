#include "transformeditor.h"

#include "choicedelegate.h"
#include "schemacatalog.h"
#include "valuemapeditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dw {

namespace {
enum Page { NonePage, ValuePage, LookupPage, ValueMapPage };

Page pageOf(Transform::Type type)
{
    switch (type) {
    case Transform::Type::None:
        return NonePage;
    case Transform::Type::Default:
    case Transform::Type::Constant:
        return ValuePage;
    case Transform::Type::Lookup:
        return LookupPage;
    case Transform::Type::ValueMap:
        break;
    }
    return ValueMapPage;
}

// A label for a form row whose text retranslate() sets: QFormLayout::addRow makes a label only
// from a non-empty text.
QLabel *buddyLabel(QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    return label;
}

QLabel *hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

TransformEditor::TransformEditor(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_noneHint(hintLabel(this))
    , m_valueHint(hintLabel(this))
    , m_value(new QLineEdit(this))
    , m_lookupHint(hintLabel(this))
    , m_lookupTable(tableChooser(QStringLiteral("lookupTable")))
    , m_lookupKey(tableChooser(QStringLiteral("lookupKey")))
    , m_lookupValue(tableChooser(QStringLiteral("lookupValue")))
    , m_valueMap(new ValueMapEditor(this))
{
    m_type->setObjectName(QStringLiteral("transformType"));
    m_value->setObjectName(QStringLiteral("transformValue"));
    for (Transform::Type type : { Transform::Type::None, Transform::Type::Default,
             Transform::Type::Constant, Transform::Type::Lookup, Transform::Type::ValueMap })
        m_type->addItem(QString(), int(type));

    m_typeLabel = new QLabel(this);
    m_typeLabel->setBuddy(m_type);
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_typeLabel);
    typeRow->addWidget(m_type);
    typeRow->addStretch(1);

    auto *none = new QWidget(m_pages);
    auto *noneLayout = new QVBoxLayout(none);
    noneLayout->addWidget(m_noneHint);
    noneLayout->addStretch(1);
    auto *value = new QWidget(m_pages);
    auto *valueLayout = new QFormLayout(value);
    valueLayout->addRow(buddyLabel(m_value), m_value);
    valueLayout->addRow(m_valueHint);
    auto *lookup = new QWidget(m_pages);
    auto *lookupLayout = new QFormLayout(lookup);
    lookupLayout->addRow(m_lookupHint);
    for (QComboBox *combo : { m_lookupTable, m_lookupKey, m_lookupValue })
        lookupLayout->addRow(buddyLabel(combo), combo);
    for (QWidget *page : { none, value, lookup, static_cast<QWidget *>(m_valueMap) })
        m_pages->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(typeRow);
    layout->addWidget(m_pages, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this, &TransformEditor::typeChosen);
    connect(m_value, &QLineEdit::textEdited, this, &TransformEditor::valueEdited);
    connect(
        m_lookupTable, &QComboBox::currentTextChanged, this, &TransformEditor::lookupTableChosen);
    connect(m_lookupKey, &QComboBox::currentTextChanged, this, &TransformEditor::lookupEdited);
    connect(m_lookupValue, &QComboBox::currentTextChanged, this, &TransformEditor::lookupEdited);
    connect(m_valueMap, &ValueMapEditor::edited, this, [this] {
        m_transform.valueMap = m_valueMap->entries();
        emit edited();
    });
    connect(
        m_valueMap, &ValueMapEditor::jsonErrorChanged, this, &TransformEditor::jsonErrorChanged);
    retranslate();
}

void TransformEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TransformEditor::retranslate()
{
    // The form rows' labels were made by their QFormLayout; it finds them by field.
    const auto setLabel = [](QWidget *field, const QString &text) {
        const auto *form = static_cast<QFormLayout *>(field->parentWidget()->layout());
        static_cast<QLabel *>(form->labelForField(field))->setText(text);
    };
    m_typeLabel->setText(tr("&Transform:"));
    const QString types[] = { tr("None", "no transform"), tr("Default value"), tr("Constant"),
        tr("Lookup"), tr("Value map") };
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, types[i]);
    m_noneHint->setText(tr("The source value is written as it is."));
    setLabel(m_value, tr("&Value:", "default or constant value"));
    m_value->setPlaceholderText(tr("No value (null)"));
    setLabel(m_lookupTable, tr("Lookup ta&ble:"));
    setLabel(m_lookupKey, tr("Ke&y column:", "lookup column matched with the source value"));
    setLabel(m_lookupValue, tr("Val&ue column:", "lookup column written to the target"));
    updateHints();
}

void TransformEditor::updateHints()
{
    m_valueHint->setText(Transform::Type(m_type->currentData().toInt()) == Transform::Type::Constant
            ? tr("Always written to the target; the source value is not read.")
            : tr("Written to the target when the source value is empty."));
    //: %1 is the environment (Dataverse or Finance) the field row reads from
    m_lookupHint->setText(tr("Finds the row of a %1 table whose key column equals the source "
                             "value and writes its value column to the target.")
                              .arg(sideName(m_side)));
}

QComboBox *TransformEditor::tableChooser(const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    ChoiceDelegate::makeFilterable(combo);
    combo->setMinimumContentsLength(24);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

void TransformEditor::setTransform(const Transform &transform, Side sourceSide)
{
    m_loading = true;
    m_transform = transform;
    m_side = sourceSide;
    m_type->setCurrentIndex(m_type->findData(int(transform.type)));
    m_pages->setCurrentIndex(pageOf(transform.type));
    m_value->setText(transform.value.toString());
    updateHints();
    m_lookupTable->clear();
    if (m_catalog)
        m_lookupTable->addItems(m_catalog->tableNames(sourceSide));
    m_lookupTable->setEditText(transform.lookupTable);
    fillLookupColumns();
    m_valueMap->setEntries(transform.valueMap);
    m_loading = false;
}

Transform TransformEditor::transform() const
{
    Transform t;
    t.type = m_transform.type;
    switch (t.type) {
    case Transform::Type::Default:
    case Transform::Type::Constant:
        t.value = m_transform.value;
        break;
    case Transform::Type::Lookup:
        t.lookupTable = m_transform.lookupTable;
        t.lookupKey = m_transform.lookupKey;
        t.lookupValue = m_transform.lookupValue;
        break;
    case Transform::Type::ValueMap:
        t.valueMap = m_transform.valueMap;
        break;
    case Transform::Type::None:
        break;
    }
    return t;
}

bool TransformEditor::hasJsonError() const
{
    return m_transform.type == Transform::Type::ValueMap && m_valueMap->hasJsonError();
}

void TransformEditor::typeChosen()
{
    const auto type = Transform::Type(m_type->currentData().toInt());
    m_pages->setCurrentIndex(pageOf(type));
    updateHints();
    if (m_loading || type == m_transform.type)
        return;
    m_transform.type = type;
    emit edited();
    emit jsonErrorChanged(hasJsonError());
}

void TransformEditor::valueEdited(const QString &text)
{
    // An empty box means no value; a typed value is text, converted when written.
    m_transform.value = text.isEmpty() ? QVariant() : QVariant(text);
    emit edited();
}

void TransformEditor::lookupTableChosen()
{
    if (m_loading)
        return;
    m_loading = true;
    fillLookupColumns();
    m_loading = false;
    lookupEdited();
}

void TransformEditor::fillLookupColumns()
{
    const QStringList columns = m_catalog
        ? m_catalog->columnNames(m_side, m_lookupTable->currentText().trimmed())
        : QStringList();
    for (QComboBox *combo : { m_lookupKey, m_lookupValue }) {
        const QString text = combo == m_lookupKey ? m_transform.lookupKey : m_transform.lookupValue;
        combo->clear();
        combo->addItems(columns);
        combo->setEditText(text);
    }
}

void TransformEditor::lookupEdited()
{
    if (m_loading)
        return;
    m_transform.lookupTable = m_lookupTable->currentText().trimmed();
    m_transform.lookupKey = m_lookupKey->currentText().trimmed();
    m_transform.lookupValue = m_lookupValue->currentText().trimmed();
    emit edited();
}

} // namespace dw
