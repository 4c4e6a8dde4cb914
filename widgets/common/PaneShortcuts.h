#pragma once
// The keys a pane answers to, listed by the pane beside the code that handles
// them, so Help ▸ Keyboard Shortcuts (F1, ?) shows every key of the current
// pane without a second list to keep in step. A pane derives from
// HasShortcuts; the overlay (mainwindow/ShortcutOverlay) asks the current
// tab, and adds the menus' keys itself.
#include <QString>
#include <vector>

namespace assay {

struct KeyHelp {
  QString keys;         // as the user types them: "A", "1–9", "Ctrl+Z", "Ctrl+Shift+Z / Ctrl+Y"
  QString description;  // what they do, in the current language (tr())
};

class HasShortcuts {
 public:
  virtual ~HasShortcuts() = default;
  // In the current language; a key the pane gains goes here in the same change.
  virtual std::vector<KeyHelp> shortcuts() const = 0;
};

}  // namespace assay
