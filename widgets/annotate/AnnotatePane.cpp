#include "annotate/AnnotatePane.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "data/SampleQuery.h"

namespace assay {

bool splitQuestionAnswer(const QString& text, QString* question, QString* answer) {
  static const QString kQuestion[] = {QStringLiteral("用户问题："), QStringLiteral("用户问题:")};
  static const QString kAnswer[] = {QStringLiteral("\n回答："), QStringLiteral("\n回答:")};
  for (const QString& q : kQuestion) {
    if (!text.startsWith(q)) continue;
    for (const QString& a : kAnswer) {
      const int at = text.indexOf(a, q.size());
      if (at < 0) continue;
      *question = text.mid(q.size(), at - q.size()).trimmed();
      *answer = text.mid(at + a.size()).trimmed();
      return true;
    }
  }
  return false;
}

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

// The record's metadata as "key: value" lines (nested objects flattened one level).
QString metadataText(const QByteArray& extraJson) {
  const QJsonObject extra = QJsonDocument::fromJson(extraJson).object();
  QStringList lines;
  for (auto it = extra.begin(); it != extra.end(); ++it) {
    if (it.value().isObject()) {
      const QJsonObject inner = it.value().toObject();
      for (auto j = inner.begin(); j != inner.end(); ++j)
        lines << QStringLiteral("%1: %2").arg(j.key(), j.value().toVariant().toString());
    } else {
      lines << QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString());
    }
  }
  return lines.join(QStringLiteral("   ·   "));
}

}  // namespace

AnnotatePane::AnnotatePane(ProjectContext* context, QWidget* parent) : QWidget(parent), context_(context) {
  setFocusPolicy(Qt::StrongFocus);
  order_ = new QComboBox(this);
  order_->addItem(tr("Sequential"), static_cast<int>(QueueOrder::Sequential));
  order_->addItem(tr("Random (seeded)"), static_cast<int>(QueueOrder::Random));
  order_->setFocusPolicy(Qt::NoFocus);
  seed_ = new QSpinBox(this);
  seed_->setRange(0, 1 << 30);
  seed_->setValue(42);
  auto* reloadButton = new QPushButton(tr("New queue"), this);
  reloadButton->setFocusPolicy(Qt::NoFocus);
  connect(reloadButton, &QPushButton::clicked, this, &AnnotatePane::reloadFromControls);
  progress_ = new QLabel(this);
  progress_->setObjectName(QStringLiteral("progress"));
  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Order:"), this));
  top->addWidget(order_);
  top->addWidget(new QLabel(tr("Seed:"), this));
  top->addWidget(seed_);
  top->addWidget(reloadButton);
  top->addStretch(1);
  top->addWidget(progress_);

  questionBox_ = new QGroupBox(tr("Question"), this);
  question_ = textLabel(questionBox_, 15);
  (new QVBoxLayout(questionBox_))->addWidget(question_);
  answerBox_ = new QGroupBox(tr("Answer"), this);
  answer_ = textLabel(answerBox_, 15);
  (new QVBoxLayout(answerBox_))->addWidget(answer_);
  metadata_ = textLabel(this, 10);
  metadata_->setObjectName(QStringLiteral("metadata"));
  current_ = textLabel(this, 11);
  auto* content = new QWidget(this);
  auto* contentLayout = new QVBoxLayout(content);
  contentLayout->addWidget(questionBox_);
  contentLayout->addWidget(answerBox_);
  contentLayout->addWidget(metadata_);
  contentLayout->addWidget(current_);
  contentLayout->addStretch(1);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setWidget(content);
  scroll->setFocusPolicy(Qt::NoFocus);

  labelButtons_ = new QWidget(this);
  new QHBoxLayout(labelButtons_);
  auto* nav = new QHBoxLayout;
  const struct {
    QString text;
    void (AnnotatePane::*slot)();
  } navButtons[] = {{tr("← Back"), &AnnotatePane::back},
                    {tr("Skip (S)"), &AnnotatePane::skip},
                    {tr("Forward →"), &AnnotatePane::forward}};
  for (const auto& b : navButtons) {
    auto* button = new QPushButton(b.text, this);
    button->setFocusPolicy(Qt::NoFocus);
    connect(button, &QPushButton::clicked, this, b.slot);
    nav->addWidget(button);
  }
  auto* undoButton = new QPushButton(tr("Undo (Ctrl+Z)"), this);
  undoButton->setFocusPolicy(Qt::NoFocus);
  connect(undoButton, &QPushButton::clicked, this, [this]() { undo(); });
  nav->addWidget(undoButton);
  nav->addStretch(1);
  message_ = new QLabel(this);
  nav->addWidget(message_);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(scroll, 1);
  layout->addWidget(labelButtons_);
  layout->addLayout(nav);

  connect(context_, &ProjectContext::projectOpened, this, &AnnotatePane::reload);
  connect(context_, &ProjectContext::projectClosed, this, &AnnotatePane::reload);
  // New samples (an import): a finished queue picks them up; a queue in
  // progress keeps its order until the user asks for a new one.
  connect(context_, &ProjectContext::dataChanged, this, [this]() {
    if (currentSampleId() == 0) queueStale_ = true;
    if (queueStale_ && isVisible()) reloadFromControls();
  });
  connect(context_, &ProjectContext::statsReady, this, &AnnotatePane::takeStats);
  connect(context_, &ProjectContext::annotatorChanged, this, [this]() {
    recountToday();
    updateProgress();
  });
  reload();
}

AnnotatePane::~AnnotatePane() = default;

void AnnotatePane::reload() {
  query_.reset();
  queue_.clear();
  undo_.clear();
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
  total_ = stats->texts;
  labeled_ = stats->texts - stats->all.unlabeled;
  updateProgress();
}

void AnnotatePane::reloadFromControls() {
  loadQueue(static_cast<QueueOrder>(order_->currentData().toInt()), static_cast<uint32_t>(seed_->value()));
}

void AnnotatePane::buildLabelButtons() {
  QLayout* row = labelButtons_->layout();
  while (QLayoutItem* item = row->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  if (!context_->isOpen()) return;
  const data::LabelSchema& schema = context_->store()->labelSchema();
  const bool correctness = schema.kind() == data::SchemaKind::Correctness;
  for (const data::Label& l : schema.labels()) {
    QString key = QString::number(l.id + 1);
    if (correctness && l.id == 0) key = QStringLiteral("Y / 1");
    if (correctness && l.id == 1) key = QStringLiteral("N / 2");
    auto* button = new QPushButton(QStringLiteral("%1\n%2\n%3").arg(key, l.name, l.english), labelButtons_);
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumHeight(72);
    QFont font = button->font();
    font.setPointSize(12);
    button->setFont(font);
    const int id = l.id;
    connect(button, &QPushButton::clicked, this, [this, id]() { labelCurrent(id); });
    row->addWidget(button);
  }
}

void AnnotatePane::loadQueue(QueueOrder order, uint32_t seed) {
  queue_.clear();
  undo_.clear();
  position_ = 0;
  session_ = 0;
  queueStale_ = false;
  if (query_) {
    data::SampleFilter unlabeled;
    unlabeled.label = -1;
    queue_ = orderQueue(query_->matchingIds(unlabeled, 0, std::numeric_limits<int>::max()), order, seed);
  }
  takeStats();
  recountToday();
  sessionClock_.start();
  showCurrent();
}

qint64 AnnotatePane::currentSampleId() const {
  return position_ >= 0 && position_ < queueSize() ? queue_[static_cast<size_t>(position_)] : 0;
}

void AnnotatePane::showCurrent() {
  const qint64 id = currentSampleId();
  message_->clear();
  if (id == 0) {
    questionBox_->setTitle(tr("Text"));
    question_->setText(queue_.empty() ? tr("Nothing to label: every text sample has a label.")
                                      : tr("End of the queue. Press ← to go back, or start a new queue."));
    answerBox_->hide();
    metadata_->clear();
    current_->clear();
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
  current_->setText(sample.label < 0 ? tr("Not labeled yet")
                                     : tr("Current label: %1 (%2)").arg(schema.nameOf(sample.label),
                                                                       schema.englishOf(sample.label)));
  updateProgress();
}

bool AnnotatePane::labelCurrent(int label) {
  const qint64 id = currentSampleId();
  if (id == 0 || !context_->isOpen()) return false;
  if (context_->annotator().isEmpty()) {
    message_->setText(tr("Set your annotator name first (Edit ▸ Annotator name)."));
    return false;
  }
  data::ProjectStore* store = context_->store();
  try {
    const int previous = store->sample(id).label;
    store->annotate(id, context_->annotator(), label);
    const qint64 annotationId = store->annotations(id).back().id;
    undo_.push_back({id, annotationId, previous, position_});
    if (previous < 0) ++labeled_;
  } catch (const std::exception& e) {
    message_->setText(QString::fromUtf8(e.what()));
    return false;
  }
  ++session_;
  ++today_;
  ++position_;
  showCurrent();
  context_->notifyLabelsChanged();
  return true;
}

bool AnnotatePane::undo() {
  if (undo_.empty() || !context_->isOpen()) return false;
  const UndoEntry entry = undo_.back();
  try {
    context_->store()->retractAnnotation(entry.annotationId, entry.previousLabel, context_->annotator());
  } catch (const std::exception& e) {
    message_->setText(QString::fromUtf8(e.what()));
    return false;
  }
  undo_.pop_back();
  if (entry.previousLabel < 0) --labeled_;
  --session_;
  --today_;
  position_ = entry.position;
  showCurrent();
  context_->notifyLabelsChanged();
  message_->setText(tr("Label undone."));
  return true;
}

void AnnotatePane::skip() {
  if (position_ < queueSize()) ++position_;
  showCurrent();
}

void AnnotatePane::forward() { skip(); }

void AnnotatePane::back() {
  if (position_ > 0) --position_;
  showCurrent();
}

void AnnotatePane::recountToday() {
  today_ = 0;
  if (!query_ || context_->annotator().isEmpty()) return;
  QDateTime midnight = QDateTime::currentDateTime();
  midnight.setTime(QTime(0, 0));
  try {
    today_ = query_->annotationsSince(context_->annotator(), midnight);
  } catch (const std::exception& e) {
    message_->setText(QString::fromUtf8(e.what()));
  }
}

void AnnotatePane::updateProgress() {
  const double hours = std::max(sessionClock_.elapsed(), qint64(60000)) / 3.6e6;
  if (!context_->stats()) {
    progress_->setText(tr("counting…   ·   %1 of %2 in queue").arg(std::min(position_ + 1, queueSize())).arg(queueSize()));
    return;
  }
  progress_->setText(tr("Labeled %1 / %2   ·   today %3   ·   %4 per hour   ·   %5 of %6 in queue")
                         .arg(labeled_)
                         .arg(total_)
                         .arg(today_)
                         .arg(session_ > 0 ? qRound(session_ / hours) : 0)
                         .arg(std::min(position_ + 1, queueSize()))
                         .arg(queueSize()));
}

QString AnnotatePane::progressText() const { return progress_->text(); }
QString AnnotatePane::questionText() const { return question_->text(); }
QString AnnotatePane::answerText() const { return answerBox_->isHidden() ? QString() : answer_->text(); }

void AnnotatePane::keyPressEvent(QKeyEvent* event) {
  if (event->matches(QKeySequence::Undo)) {
    undo();
    return;
  }
  if (!context_->isOpen()) return QWidget::keyPressEvent(event);
  const data::LabelSchema& schema = context_->store()->labelSchema();
  const bool correctness = schema.kind() == data::SchemaKind::Correctness;
  const int key = event->key();
  if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
    return QWidget::keyPressEvent(event);
  if (key >= Qt::Key_1 && key <= Qt::Key_9 && key - Qt::Key_1 < schema.size()) {
    labelCurrent(key - Qt::Key_1);
  } else if (correctness && key == Qt::Key_Y) {
    labelCurrent(0);
  } else if (correctness && key == Qt::Key_N) {
    labelCurrent(1);
  } else if (key == Qt::Key_S) {
    skip();
  } else if (key == Qt::Key_Left || key == Qt::Key_PageUp) {
    back();
  } else if (key == Qt::Key_Right || key == Qt::Key_PageDown) {
    forward();
  } else {
    QWidget::keyPressEvent(event);
  }
}

}  // namespace assay
