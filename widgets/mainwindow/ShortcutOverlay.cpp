#include "mainwindow/ShortcutOverlay.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assay {

namespace {

QString plainText(QString menuText) {
  // "文件(&F)" and "&File" both read as the menu's name.
  menuText.remove(QRegularExpression(QStringLiteral("\\(&[^)]\\)")));
  menuText.remove(QRegularExpression(QStringLiteral("&(?!&)")));
  return menuText.replace(QStringLiteral("&&"), QStringLiteral("&")).remove(QStringLiteral("…"));
}

void collect(const QMenu* menu, const QString& path, std::vector<KeyHelp>* out) {
  for (const QAction* action : menu->actions()) {
    const QString name = path + plainText(action->text());
    if (action->menu()) {
      collect(action->menu(), name + QStringLiteral(" ▸ "), out);
      continue;
    }
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts()) keys << key.toString(QKeySequence::NativeText);
    if (!keys.isEmpty()) out->push_back({keys.join(QStringLiteral(" / ")), name});
  }
}

}  // namespace

std::vector<KeyHelp> ShortcutOverlay::menuShortcuts(const QMenuBar* menus) {
  std::vector<KeyHelp> out;
  for (const QAction* top : menus->actions())
    if (top->menu()) collect(top->menu(), plainText(top->text()) + QStringLiteral(" ▸ "), &out);
  return out;
}

ShortcutOverlay::ShortcutOverlay(const QString& paneName, const std::vector<KeyHelp>& paneKeys,
                                 const std::vector<KeyHelp>& menuKeys, QWidget* parent)
    : QDialog(parent) {
  setObjectName(QStringLiteral("shortcutOverlay"));
  setWindowTitle(tr("Keyboard shortcuts"));
  table_ = new QTableWidget(0, 2, this);
  table_->horizontalHeader()->hide();
  table_->verticalHeader()->hide();
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::NoSelection);
  table_->setShowGrid(false);
  table_->setWordWrap(false);  // one line a key: rows of even height
  const auto addSection = [this](const QString& title) {
    const int row = table_->rowCount();
    table_->insertRow(row);
    auto* item = new QTableWidgetItem(title);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    table_->setItem(row, 0, item);
    table_->setSpan(row, 0, 1, 2);
  };
  const auto addKeys = [this](const std::vector<KeyHelp>& keys) {
    for (const KeyHelp& k : keys) {
      const int row = table_->rowCount();
      table_->insertRow(row);
      table_->setItem(row, 0, new QTableWidgetItem(k.keys));
      table_->setItem(row, 1, new QTableWidgetItem(k.description));
    }
  };
  addSection(paneKeys.empty() ? tr("%1 pane: no keys of its own").arg(paneName) : tr("%1 pane").arg(paneName));
  addKeys(paneKeys);
  addSection(tr("Everywhere (menus)"));
  addKeys(menuKeys);
  table_->resizeColumnToContents(0);
  table_->horizontalHeader()->setStretchLastSection(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(table_, 1);
  layout->addWidget(buttons);
  resize(640, 560);
}

QStringList ShortcutOverlay::rowTexts() const {
  QStringList rows;
  for (int r = 0; r < table_->rowCount(); ++r) {
    const QTableWidgetItem* keys = table_->item(r, 0);
    const QTableWidgetItem* what = table_->item(r, 1);
    rows << (keys ? keys->text() : QString()) + QStringLiteral("\t") + (what ? what->text() : QString());
  }
  return rows;
}

}  // namespace assay
