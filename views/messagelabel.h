#pragma once

#include <QWidget>

class QLabel;

namespace dw {

// A status message with an icon that tells its kind (error, success, information), so the
// state never depends on colour alone. Hidden while empty; the text is also the widget's
// accessible name, for screen readers.
class MessageLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLabel)
public:
    enum class Kind { Information, Success, Error };

    explicit MessageLabel(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Information;
};

} // namespace dw
