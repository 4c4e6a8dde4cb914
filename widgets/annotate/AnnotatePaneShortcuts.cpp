// The annotate pane's keys, for Help ▸ Keyboard Shortcuts. They are handled
// in AnnotatePane::keyPressEvent and eventFilter (the note field): a key
// added there is listed here in the same change.
#include "annotate/AnnotatePane.h"

namespace assay {

std::vector<KeyHelp> AnnotatePane::shortcuts() const {
  return {
      {tr("1–9, a label's own key (Y / N)"), tr("Label the record and go to the next one")},
      {QStringLiteral("L"), tr("Pick a label from the list (type to search)")},
      {QStringLiteral("S"), tr("Skip the record")},
      {QStringLiteral("E"), tr("Write a note (Enter or Esc returns to the keys)")},
      {tr("← / Page Up"), tr("Back to the previous record")},
      {tr("→ / Page Down"), tr("Forward")},
      {QStringLiteral("Ctrl+Z"), tr("Undo the last label")},
  };
}

}  // namespace assay
