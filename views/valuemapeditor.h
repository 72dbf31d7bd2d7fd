#pragma once

#include "valuemapjson.h"

#include <QWidget>

class QPlainTextEdit;

namespace dw {

class MessageLabel;
class PairListModel;
class RowListEditor;

// A Value map as a two-column table (source value → target value) and as JSON text side by
// side, kept in sync both ways: an edit of the table rewrites the JSON; JSON that parses
// replaces the table; JSON that does not parse shows the error position, underlines the place
// and leaves the table (and entries()) as they were until the text parses again.
class ValueMapEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueMapEditor)
public:
    explicit ValueMapEditor(QWidget *parent = nullptr);

    void setEntries(const ValueMapJson::Entries &entries); // emits no edited()
    ValueMapJson::Entries entries() const;
    bool hasJsonError() const { return m_jsonError; }
    QString jsonMessage() const;

signals:
    void edited();
    void jsonErrorChanged(bool hasError);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void tableEdited();
    void jsonEdited();
    void writeJson();
    void setJsonError(const QString &message, int position);

    PairListModel *m_model;
    RowListEditor *m_table;
    QPlainTextEdit *m_json;
    MessageLabel *m_jsonMessage;
    bool m_writing = false; // the JSON text is being rewritten from the table
    bool m_jsonError = false;
};

} // namespace dw
