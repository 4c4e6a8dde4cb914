// The dataset pane's keys, for Help ▸ Keyboard Shortcuts. The table's keys
// are handled in RecordActions (eventFilter and its undo / redo actions):
// a key added there is listed here in the same change.
#include "dataset/DatasetPane.h"

namespace assay {

std::vector<KeyHelp> DatasetPane::shortcuts() const {
  return {
      {tr("1–9, a label's own key (Y / N)"), tr("Relabel the selected records (the Annotate pane's label keys)")},
      {tr("Delete"), tr("Delete the selected records; restore them when all are deleted")},
      {tr("Right click"), tr("Relabel, delete, restore or re-annotate the selection")},
      {QStringLiteral("Ctrl+Z"), tr("Undo the last relabel, delete or restore")},
      {QStringLiteral("Ctrl+Shift+Z / Ctrl+Y"), tr("Redo")},
      {tr("Double click"), tr("Open the record in the Annotate pane")},
  };
}

}  // namespace assay
