#include "errormark.h"

#include <QPlainTextEdit>
#include <QTextBlock>

namespace dw {

void markErrorAt(QPlainTextEdit *edit, int position)
{
    QList<QTextEdit::ExtraSelection> marks;
    const int length = edit->document()->characterCount() - 1; // without the final separator
    if (position >= 0 && length > 0) {
        const int at = qMin(position, length - 1);
        const QColor red(0xc5, 0x22, 0x1f);
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(edit->document());
        mark.cursor.setPosition(at);
        mark.cursor.setPosition(at + 1, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(red);
        mark.format.setBackground(QColor(red.red(), red.green(), red.blue(), 60));
        marks.append(mark);
    }
    edit->setExtraSelections(marks);
}

} // namespace dw
