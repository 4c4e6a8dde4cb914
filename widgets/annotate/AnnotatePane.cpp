#include "annotate/AnnotatePane.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>
#include <limits>

#include "annotate/LabelButtonRow.h"
#include "annotate/LabelPicker.h"
#include "annotate/ReannotationControls.h"
#include "annotate/ModelSuggestions.h"
#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "data/SampleText.h"
#include "data/SampleQuery.h"

namespace assay {

namespace {

QLabel* textLabel(QWidget* parent, int pointSize) {
  auto* label = new QLabel(parent);
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  label->setTextFormat(Qt::PlainText);
  label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  QFont font = label->font();
  font.setPointSize(pointSize);
  label->setFont(font);
  return label;
}

}  // namespace

AnnotatePane::AnnotatePane(ProjectContext* context, QWidget* parent) : QWidget(parent), context_(context) {
  setFocusPolicy(Qt::StrongFocus);
  suggestions_ = new ModelSuggestions(this);
  connect(suggestions_, &ModelSuggestions::progress, this, &AnnotatePane::suggestionsProgress);
  connect(suggestions_, &ModelSuggestions::finished, this, &AnnotatePane::suggestionsFinished);

  order_ = new QComboBox(this);
  order_->addItem(QString(), static_cast<int>(QueueOrder::Sequential));
  order_->addItem(QString(), static_cast<int>(QueueOrder::Random));
  order_->addItem(QString(), static_cast<int>(QueueOrder::MostUncertain));
  order_->setFocusPolicy(Qt::NoFocus);
  order_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  setUncertainOrderAvailable(false);
  seed_ = new QSpinBox(this);
  seed_->setRange(0, 1 << 30);
  seed_->setValue(42);
  reloadButton_ = new QPushButton(this);
  reloadButton_->setFocusPolicy(Qt::NoFocus);
  connect(reloadButton_, &QPushButton::clicked, this, &AnnotatePane::reloadFromControls);
  progress_ = new QLabel(this);
  progress_->setObjectName(QStringLiteral("progress"));
  orderLabel_ = new QLabel(this);
  seedLabel_ = new QLabel(this);
  auto* top = new QHBoxLayout;
  top->addWidget(orderLabel_);
  top->addWidget(order_);
  top->addWidget(seedLabel_);
  top->addWidget(seed_);
  top->addWidget(reloadButton_);
  top->addStretch(1);
  top->addWidget(progress_);

  modelButton_ = new QPushButton(this);
  modelButton_->setFocusPolicy(Qt::NoFocus);
  connect(modelButton_, &QPushButton::clicked, this, &AnnotatePane::chooseModel);
  cancelModelButton_ = new QPushButton(this);
  cancelModelButton_->setFocusPolicy(Qt::NoFocus);
  cancelModelButton_->hide();
  connect(cancelModelButton_, &QPushButton::clicked, this, &AnnotatePane::cancelModel);
  modelProgress_ = new QProgressBar(this);
  modelProgress_->setMaximumWidth(220);
  modelProgress_->hide();
  modelStatus_ = new QLabel(this);
  modelStatus_->setObjectName(QStringLiteral("modelStatus"));
  auto* modelRow = new QHBoxLayout;
  modelRow->addWidget(modelButton_);
  modelRow->addWidget(modelProgress_);
  modelRow->addWidget(cancelModelButton_);
  modelRow->addWidget(modelStatus_, 1);

  questionBox_ = new QGroupBox(this);
  question_ = textLabel(questionBox_, 15);
  (new QVBoxLayout(questionBox_))->addWidget(question_);
  answerBox_ = new QGroupBox(this);
  answer_ = textLabel(answerBox_, 15);
  (new QVBoxLayout(answerBox_))->addWidget(answer_);
  metadata_ = textLabel(this, 10);
  metadata_->setObjectName(QStringLiteral("metadata"));
  current_ = textLabel(this, 11);
  suggestion_ = textLabel(this, 12);
  suggestion_->setObjectName(QStringLiteral("suggestion"));
  auto* content = new QWidget(this);
  auto* contentLayout = new QVBoxLayout(content);
  contentLayout->addWidget(questionBox_);
  contentLayout->addWidget(answerBox_);
  contentLayout->addWidget(metadata_);
  contentLayout->addWidget(current_);
  contentLayout->addWidget(suggestion_);
  contentLayout->addStretch(1);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setWidget(content);
  scroll->setFocusPolicy(Qt::NoFocus);

  noteLabel_ = new QLabel(this);
  note_ = new QLineEdit(this);
  note_->setObjectName(QStringLiteral("note"));
  note_->setClearButtonEnabled(true);
  note_->installEventFilter(this);  // Esc / Enter: back to labelling
  noteLabel_->setBuddy(note_);
  auto* noteRow = new QHBoxLayout;
  noteRow->addWidget(noteLabel_);
  noteRow->addWidget(note_, 1);

  labelButtons_ = new LabelButtonRow(this);
  connect(labelButtons_, &LabelButtonRow::labelClicked, this, [this](int id) { labelCurrent(id); });
  connect(labelButtons_, &LabelButtonRow::moreClicked, this, &AnnotatePane::openLabelPicker);

  reannotation_ = new ReannotationControls(this);
  connect(reannotation_, &ReannotationControls::leaveClicked, this, &AnnotatePane::leaveReannotation);
  connect(reannotation_, &ReannotationControls::allClicked, this, [this]() {
    if (!query_) return;
    try {
      startReannotation(query_->matchingIds({}, 0, std::numeric_limits<int>::max()), tr("all records"));
    } catch (const std::exception& e) {
      message_->setText(QString::fromUtf8(e.what()));
    }
  });
  connect(reannotation_, &ReannotationControls::disagreementsClicked, this,
          &AnnotatePane::reannotateModelDisagreements);
  auto* nav = new QHBoxLayout;
  auto navButton = [this, nav](void (AnnotatePane::*slot)()) {
    auto* button = new QPushButton(this);
    button->setFocusPolicy(Qt::NoFocus);
    connect(button, &QPushButton::clicked, this, slot);
    nav->addWidget(button);
    return button;
  };
  backButton_ = navButton(&AnnotatePane::back);
  skipButton_ = navButton(&AnnotatePane::skip);
  forwardButton_ = navButton(&AnnotatePane::forward);
  undoButton_ = new QPushButton(this);
  undoButton_->setFocusPolicy(Qt::NoFocus);
  connect(undoButton_, &QPushButton::clicked, this, [this]() { undo(); });
  nav->addWidget(undoButton_);
  nav->addStretch(1);
  message_ = new QLabel(this);
  nav->addWidget(message_);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(reannotation_->bar());
  layout->addLayout(modelRow);
  layout->addWidget(scroll, 1);
  layout->addWidget(reannotation_->offer());
  layout->addLayout(noteRow);
  layout->addWidget(labelButtons_);
  descriptions_ = new QLabel(this);
  descriptions_->setObjectName(QStringLiteral("labelDescriptions"));
  descriptions_->setWordWrap(true);
  descriptions_->hide();
  layout->addWidget(descriptions_);
  layout->addLayout(nav);

  connect(context_, &ProjectContext::projectOpened, this, &AnnotatePane::reload);
  connect(context_, &ProjectContext::labelSetChanged, this, &AnnotatePane::buildLabelButtons);
  connect(context_, &ProjectContext::projectClosed, this, &AnnotatePane::reload);
  // New samples (an import): a finished queue picks them up; a queue in
  // progress keeps its order until the user asks for a new one.
  connect(context_, &ProjectContext::dataChanged, this, [this]() {
    if (reannotating_) return;  // the records asked for stay the queue until the user leaves
    if (currentSampleId() == 0) queueStale_ = true;
    if (queueStale_ && isVisible()) reloadFromControls();
  });
  connect(context_, &ProjectContext::statsReady, this, &AnnotatePane::takeStats);
  connect(context_, &ProjectContext::reannotationRequested, this, &AnnotatePane::startReannotation);
  connect(context_, &ProjectContext::annotatorChanged, this, [this]() {
    recountToday();
    updateProgress();
  });
  retranslateUi();
  reload();
}

void AnnotatePane::retranslateUi() {
  order_->setItemText(0, tr("Sequential"));
  order_->setItemText(1, tr("Random (seeded)"));
  order_->setItemText(2, tr("Most uncertain first (model)"));
  orderLabel_->setText(tr("Order:"));
  seedLabel_->setText(tr("Seed:"));
  reloadButton_->setText(tr("New queue"));
  modelButton_->setText(tr("Load model…"));
  modelButton_->setToolTip(tr("A trained model directory: its suggestions are shown, never applied"));
  cancelModelButton_->setText(tr("Cancel"));
  if (!suggestions_->isRunning())
    modelStatus_->setText(suggestions_->isEmpty()
                              ? tr("No model loaded: the queue follows the order above.")
                              : tr("Model: %1").arg(QFileInfo(suggestions_->modelDir()).fileName()));
  noteLabel_->setText(tr("&Note:"));
  note_->setPlaceholderText(tr("saved with the next label — press E to write, Esc to go back to labelling"));
  backButton_->setText(tr("← Back"));
  skipButton_->setText(tr("Skip (S)"));
  forwardButton_->setText(tr("Forward →"));
  undoButton_->setText(tr("Undo (Ctrl+Z)"));
  reannotation_->retranslateUi();
  showCurrent();
}

void AnnotatePane::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslateUi();
}

bool AnnotatePane::eventFilter(QObject* watched, QEvent* event) {
  if (watched == note_ && event->type() == QEvent::KeyPress) {
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
      setFocus(Qt::ShortcutFocusReason);
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

AnnotatePane::~AnnotatePane() = default;

void AnnotatePane::reload() {
  query_.reset();
  session_.clear();
  reannotating_ = false;
  reannotation_->hideBar();
  // Suggestions belong to the project they were computed on.
  suggestions_->clear();
  setUncertainOrderAvailable(false);
  modelProgress_->hide();
  cancelModelButton_->hide();
  modelStatus_->setText(tr("No model loaded: the queue follows the order above."));
  setEnabled(context_->isOpen());
  if (context_->isOpen()) {
    try {
      query_ = std::make_unique<data::SampleQuery>(context_->path());
    } catch (const std::exception& e) {
      message_->setText(QString::fromUtf8(e.what()));
    }
  }
  buildLabelButtons();
  // Building a queue reads every unlabeled id: wait until the pane is shown.
  queueStale_ = true;
  showCurrent();
  if (isVisible()) reloadFromControls();
}

void AnnotatePane::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (queueStale_) reloadFromControls();
}

void AnnotatePane::takeStats() {
  const data::ProjectStats* stats = context_->stats();
  if (!stats) return;
  session_.setTotals(stats->texts - stats->all.unlabeled, stats->texts);
  updateProgress();
}

void AnnotatePane::leaveReannotation() { reloadFromControls(); }

void AnnotatePane::reloadFromControls() {
  loadQueue(static_cast<QueueOrder>(order_->currentData().toInt()), static_cast<uint32_t>(seed_->value()));
}

void AnnotatePane::buildLabelButtons() {
  labelButtons_->clear();
  descriptions_->clear();
  descriptions_->hide();
  if (!context_->isOpen()) return;
  const data::ProjectStore* store = context_->store();
  keymap_ = LabelKeymap(store->labelSchema(), store->labelDetails(), store->labelOrder());
  labelButtons_->rebuild(keymap_, store->labelSchema().size());
  if (!keymap_.descriptions().isEmpty()) {
    descriptions_->setText(keymap_.descriptions().join(QLatin1Char('\n')));
    descriptions_->show();
  }
  showSuggestion(currentSampleId());
}

void AnnotatePane::openLabelPicker() {
  if (!context_->isOpen()) return;
  if (!picker_) {
    picker_ = new LabelPicker(this);
    connect(picker_, &LabelPicker::picked, this, [this](int id) { labelCurrent(id); });
  }
  picker_->pick(context_->store()->labelSchema(), context_->store()->labelOrder());
}

void AnnotatePane::loadQueue(QueueOrder order, uint32_t seed) {
  queueStale_ = false;
  reannotating_ = false;
  reannotation_->hideBar();
  std::vector<qint64> ids;
  if (query_) {
    data::SampleFilter unlabeled;
    unlabeled.label = -1;
    ids = query_->matchingIds(unlabeled, 0, std::numeric_limits<int>::max());
  }
  session_.start(
      std::move(ids), order, seed,
      order == QueueOrder::MostUncertain ? suggestions_->certainties() : std::unordered_map<qint64, double>{});
  takeStats();
  recountToday();
  showCurrent();
}

void AnnotatePane::startReannotation(const std::vector<qint64>& ids, const QString& what, qint64 startId) {
  if (!context_->isOpen()) return;
  queueStale_ = false;
  reannotating_ = true;
  reannotation_->showBar(what);
  session_.startInOrder(ids, startId);
  takeStats();
  recountToday();
  showCurrent();
  // Asked for from another pane: come to the front (the tab that holds this pane).
  for (QWidget* w = parentWidget(); w; w = w->parentWidget())
    if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
      tabs->setCurrentWidget(this);
      break;
    }
  setFocus(Qt::OtherFocusReason);
}

bool AnnotatePane::reannotateModelDisagreements() {
  if (!query_) return false;
  data::SampleFilter disagreeing;
  disagreeing.modelDisagreesOnly = true;
  std::vector<qint64> ids;
  try {
    ids = query_->matchingIds(disagreeing, 0, std::numeric_limits<int>::max());
  } catch (const std::exception& e) {
    message_->setText(QString::fromUtf8(e.what()));
    return false;
  }
  if (ids.empty()) {
    message_->setText(tr("No stored prediction disagrees with a label: run a model in the review pane first."));
    return false;
  }
  startReannotation(ids, tr("the records the model disagrees with"));
  return true;
}

QueueOrder AnnotatePane::queueOrder() const { return static_cast<QueueOrder>(order_->currentData().toInt()); }

qint64 AnnotatePane::currentSampleId() const { return session_.currentSampleId(); }

void AnnotatePane::showCurrent() {
  const qint64 id = currentSampleId();
  message_->clear();
  const bool nothingToLabel = id == 0 && session_.isEmpty() && !reannotating_ && context_->isOpen();
  reannotation_->offer()->setVisible(nothingToLabel);
  currentLabel_ = -1;
  if (id == 0) {
    questionBox_->setTitle(tr("Text"));
    question_->setText(nothingToLabel       ? tr("All labelled. Re-annotate a filter from the dataset pane "
                                                       "(Re-annotate filtered records, or right-click rows), or:")
                       : session_.isEmpty() ? tr("No records to annotate.")
                                            : tr("End of the queue. Press ← to go back, or start a new queue."));
    answerBox_->hide();
    metadata_->clear();
    current_->clear();
    note_->clear();
    showSuggestion(0);
    updateProgress();
    return;
  }
  data::Sample sample;
  try {
    sample = context_->store()->sample(id);
  } catch (const std::exception& e) {
    message_->setText(QString::fromUtf8(e.what()));
    return;
  }
  QString question, answer;
  if (splitQuestionAnswer(sample.text, &question, &answer)) {
    questionBox_->setTitle(tr("User question"));
    question_->setText(question);
    answerBox_->setTitle(tr("Answer"));
    answer_->setText(answer);
    answerBox_->show();
  } else {
    questionBox_->setTitle(tr("Text"));
    question_->setText(sample.text);
    answer_->clear();
    answerBox_->hide();
  }
  metadata_->setText(metadataText(sample.extraJson));
  const data::LabelSchema& schema = context_->store()->labelSchema();
  currentLabel_ = sample.label;
  currentIsText_ = sample.kind == data::SampleKind::Text;
  QString state = sample.label < 0
                      ? tr("Not labeled yet")
                      : tr("Current label: %1 (%2)").arg(schema.nameOf(sample.label), schema.englishOf(sample.label));
  if (context_->isSkipped(id)) state += QStringLiteral("   ·   ") + tr("skipped earlier");
  if (context_->store()->isDeleted(id)) state += QStringLiteral("   ·   ") + tr("deleted");
  current_->setText(state);
  // Back on a sample labelled earlier: its note, to read or change with a new label.
  QString note;
  for (const data::Annotation& a : context_->store()->annotations(id))
    if (a.annotator == context_->annotator()) note = a.note;
  note_->setText(note);
  showSuggestion(id);
  updateProgress();
}

void AnnotatePane::showSuggestion(qint64 sampleId) {
  const Suggestion* s = sampleId != 0 && context_->isOpen() ? suggestions_->find(sampleId) : nullptr;
  suggested_ = s ? s->label : -1;
  labelButtons_->mark(suggested_, sampleId != 0 ? currentLabel_ : -1);
  if (!s) {
    suggestion_->setText(sampleId != 0 && !suggestions_->isEmpty() ? tr("The model has no suggestion for this sample.")
                                                                   : QString());
    return;
  }
  const data::LabelSchema& schema = context_->store()->labelSchema();
  if (s->label < 0) {
    suggestion_->setText(tr("The model's answer is not a label of this project."));
    return;
  }
  suggestion_->setText(tr("Model suggests: %1 (%2) — confidence %3%. Not applied: press its key to accept.")
                           .arg(schema.nameOf(s->label), schema.englishOf(s->label))
                           .arg(s->confidence * 100, 0, 'f', 1));
}

int AnnotatePane::suggestedLabel() const { return suggested_; }
QString AnnotatePane::suggestionText() const { return suggestion_->text(); }
QString AnnotatePane::messageText() const { return message_->text(); }

bool AnnotatePane::labelCurrent(int label) {
  const qint64 id = currentSampleId();
  if (id == 0 || !context_->isOpen()) return false;
  if (!currentIsText_) {  // a re-annotated filter may hold pairs and completions
    message_->setText(tr("Pairs and completions carry no class label: press → to go on."));
    return false;
  }
  if (context_->annotator().isEmpty()) {
    message_->setText(tr("Set your annotator name first (Edit ▸ Annotator name)."));
    return false;
  }
  const qint64 labeledBefore = session_.labeled();
  try {
    session_.label(*context_->store(), context_->annotator(), label, note_->text().trimmed());
  } catch (const std::exception& e) {
    message_->setText(QString::fromUtf8(e.what()));
    return false;
  }
  context_->markSkipped(id, false);
  showCurrent();
  // The status bar reads the same count as the header, corrected now.
  context_->noteLabeledTexts(session_.labeled() - labeledBefore);
  context_->notifyLabelsChanged();
  return true;
}

bool AnnotatePane::undo() {
  if (!session_.canUndo() || !context_->isOpen()) return false;
  const qint64 labeledBefore = session_.labeled();
  try {
    session_.undo(*context_->store(), context_->annotator());
  } catch (const std::exception& e) {
    message_->setText(QString::fromUtf8(e.what()));
    return false;
  }
  showCurrent();
  context_->noteLabeledTexts(session_.labeled() - labeledBefore);
  context_->notifyLabelsChanged();
  message_->setText(tr("Label undone."));
  return true;
}

void AnnotatePane::skip() {
  if (const qint64 id = currentSampleId()) context_->markSkipped(id);
  session_.forward();
  showCurrent();
}

void AnnotatePane::forward() {
  session_.forward();
  showCurrent();
}

void AnnotatePane::back() {
  session_.back();
  showCurrent();
}

void AnnotatePane::recountToday() {
  session_.setToday(0);
  if (!query_ || context_->annotator().isEmpty()) return;
  QDateTime midnight = QDateTime::currentDateTime();
  midnight.setTime(QTime(0, 0));
  try {
    session_.setToday(query_->annotationsSince(context_->annotator(), midnight));
  } catch (const std::exception& e) {
    message_->setText(QString::fromUtf8(e.what()));
  }
}

void AnnotatePane::updateProgress() {
  const int shown = std::min(position() + 1, queueSize());
  if (!context_->stats()) {
    progress_->setText(tr("counting…   ·   %1 of %2 in queue").arg(shown).arg(queueSize()));
    return;
  }
  // A rate only once it means something: before that, the session's count and minutes.
  const qint64 minutes = session_.elapsedMs() / 60000;
  const QString pace =
      session_.elapsedMs() >= AnnotationSession::kRateAfterMs
          ? tr("%1 per hour").arg(session_.perHour())
          : tr("%1 in the last %2 min").arg(session_.sessionLabels()).arg(std::max<qint64>(1, minutes));
  progress_->setText(tr("Labeled %1 / %2   ·   today %3   ·   %4   ·   %5 of %6 in queue")
                         .arg(session_.labeled())
                         .arg(session_.total())
                         .arg(session_.today())
                         .arg(pace)
                         .arg(shown)
                         .arg(queueSize()));
}

QString AnnotatePane::progressText() const { return progress_->text(); }
QString AnnotatePane::currentLabelText() const { return current_->text(); }
QString AnnotatePane::questionText() const { return question_->text(); }
QString AnnotatePane::answerText() const { return answerBox_->isHidden() ? QString() : answer_->text(); }

void AnnotatePane::keyPressEvent(QKeyEvent* event) {
  // A key the note field did not use comes up here: it is text, not a command.
  if (note_->hasFocus()) return QWidget::keyPressEvent(event);
  if (event->matches(QKeySequence::Undo)) {
    undo();
    return;
  }
  if (!context_->isOpen()) return QWidget::keyPressEvent(event);
  const data::LabelSchema& schema = context_->store()->labelSchema();
  const int key = event->key();
  if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
    return QWidget::keyPressEvent(event);
  if (keymap_.labelForKey(key) >= 0 && keymap_.labelForKey(key) < schema.size()) {
    labelCurrent(keymap_.labelForKey(key));
  } else if (key == Qt::Key_L) {
    openLabelPicker();
  } else if (key == Qt::Key_S) {
    skip();
  } else if (key == Qt::Key_E) {
    note_->setFocus(Qt::ShortcutFocusReason);
  } else if (key == Qt::Key_Left || key == Qt::Key_PageUp) {
    back();
  } else if (key == Qt::Key_Right || key == Qt::Key_PageDown) {
    forward();
  } else {
    QWidget::keyPressEvent(event);
  }
}

}  // namespace assay
