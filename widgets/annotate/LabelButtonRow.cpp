#include "annotate/LabelButtonRow.h"

#include <QHBoxLayout>
#include <QPushButton>

#include "annotate/LabelKeymap.h"

namespace assay {

LabelButtonRow::LabelButtonRow(QWidget* parent) : QWidget(parent) { new QHBoxLayout(this); }

void LabelButtonRow::clear() {
  QLayout* row = layout();
  while (QLayoutItem* item = row->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  buttons_.clear();
}

void LabelButtonRow::rebuild(const LabelKeymap& keymap, int labelCount) {
  clear();
  buttons_.assign(size_t(std::max(labelCount, 0)), nullptr);
  for (const LabelButtonSpec& spec : keymap.buttons()) {
    if (spec.id < 0 || spec.id >= labelCount) continue;
    auto* button = new QPushButton(spec.caption, this);
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumHeight(84);  // three lines at 12 pt, with room for the suggestion's outline
    button->setToolTip(spec.description);
    button->setProperty("labelColour", spec.colour);
    QFont font = button->font();
    font.setPointSize(12);
    button->setFont(font);
    const int id = spec.id;
    connect(button, &QPushButton::clicked, this, [this, id]() { Q_EMIT labelClicked(id); });
    layout()->addWidget(button);
    buttons_[size_t(id)] = button;
  }
  if (keymap.pickerOnly() > 0) {  // beyond the number keys: one button for the picker
    auto* more = new QPushButton(tr("L\n%n more labels…", nullptr, keymap.pickerOnly()), this);
    more->setObjectName(QStringLiteral("moreLabels"));
    more->setFocusPolicy(Qt::NoFocus);
    more->setMinimumHeight(84);
    connect(more, &QPushButton::clicked, this, &LabelButtonRow::moreClicked);
    layout()->addWidget(more);
  }
}

QPushButton* LabelButtonRow::button(int label) const {
  return label >= 0 && label < int(buttons_.size()) ? buttons_[size_t(label)] : nullptr;
}

void LabelButtonRow::mark(int suggested, int current) {
  for (size_t i = 0; i < buttons_.size(); ++i) {
    QPushButton* button = buttons_[i];
    if (!button) continue;  // reached through the picker
    const bool isSuggested = int(i) == suggested, isCurrent = int(i) == current;
    button->setProperty("suggested", isSuggested);
    button->setProperty("current", isCurrent);
    // An outline for the suggestion: the button looks pressable, not
    // pressed. The current label is filled, as a pressed button. A label's
    // colour is a bar along the bottom, so both stay readable.
    const QString colour = button->property("labelColour").toString();
    const QString border = isSuggested ? QStringLiteral("3px solid #2ca02c")
                           : isCurrent ? QStringLiteral("2px solid #1f5fa8")
                                       : QStringLiteral("1px solid #a0a0a0");
    const QString background = isCurrent     ? QStringLiteral("#cfe0f5")
                               : isSuggested ? QStringLiteral("#eaf6ea")
                                             : QStringLiteral("#f6f6f6");
    QString style;
    // A styled border needs the whole frame styled, or Qt draws the native one.
    if (isSuggested || isCurrent || !colour.isEmpty())
      style = QStringLiteral("border: %1; border-radius: 4px; background: %2; padding: 0px;").arg(border, background);
    if (isCurrent) style += QStringLiteral(" font-weight: bold;");
    if (!colour.isEmpty()) style += QStringLiteral(" border-bottom: 6px solid %1;").arg(colour);
    button->setStyleSheet(style.isEmpty() ? QString() : QStringLiteral("QPushButton { %1 }").arg(style));
  }
}

}  // namespace assay
