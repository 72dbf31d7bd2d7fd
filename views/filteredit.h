#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace dw {

class MessageLabel;

// A source filter with live validation: the text is parsed (ODataFilter::parse) on every
// change; a syntax error is shown below as "Position N: …" and the offending character is
// underlined, with the cursor left where it is. The text stays one logical line that wraps:
// Return is not inserted (and does not trigger the dialog's default button either).
// The validator's complaint about the columns (DW402) is shown with setColumnProblem().
class FilterEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterEdit)
public:
    explicit FilterEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text); // shows and checks it; emits no edited()
    bool isValid() const { return m_errorPosition < 0; }
    int errorPosition() const { return m_errorPosition; }
    QString message() const;
    void setColumnProblem(const QString &message);
    QPlainTextEdit *editor() const { return m_edit; }

signals:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    void showMessage();

    QPlainTextEdit *m_edit;
    MessageLabel *m_message;
    QString m_syntaxError;
    QString m_columnProblem;
    int m_errorPosition = -1;
    bool m_loading = false;
};

} // namespace dw
