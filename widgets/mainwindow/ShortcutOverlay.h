#pragma once
// Help ▸ Keyboard Shortcuts (F1, ?): the keys of the current pane (its
// HasShortcuts::shortcuts()) above the menus' keys, read when it opens, so a
// key a pane or menu gains is listed without editing this dialog.
#include <QDialog>
#include <vector>

#include "common/PaneShortcuts.h"

class QMenuBar;
class QTableWidget;

namespace assay {

class ShortcutOverlay : public QDialog {
  Q_OBJECT
 public:
  ShortcutOverlay(const QString& paneName, const std::vector<KeyHelp>& paneKeys, const std::vector<KeyHelp>& menuKeys,
                  QWidget* parent = nullptr);
  // Every menu action that has a shortcut, as "Menu ▸ Action".
  static std::vector<KeyHelp> menuShortcuts(const QMenuBar* menus);
  // The rows as shown: keys and description of each (section titles too).
  QStringList rowTexts() const;

 private:
  QTableWidget* table_ = nullptr;
};

}  // namespace assay
