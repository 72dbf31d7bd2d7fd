#pragma once

#include <QStyledItemDelegate>

namespace dw {

// Elides its column's text in the middle: for names that share long beginnings and differ at
// the end ("Project Operations integration … export entity"), where the view's own elision
// suits its other columns.
class MiddleElideDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MiddleElideDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace dw
