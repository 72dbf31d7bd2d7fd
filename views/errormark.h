#pragma once

class QPlainTextEdit;

namespace dw {

// Underlines the character at `position` of `edit` with a red wave and tints it; a position at
// or past the end marks the last character (a text that ended too early); a negative position
// removes the mark. Used for the syntax errors of filters and Value map JSON.
void markErrorAt(QPlainTextEdit *edit, int position);

} // namespace dw
