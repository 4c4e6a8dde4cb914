#include "dataset/DatasetPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <limits>

#include "common/BackgroundTask.h"
#include "common/ProjectContext.h"
#include "data/ProjectStore.h"
#include "dataset/AgreementPanel.h"
#include "dataset/ExportDialog.h"
#include "dataset/HealthPanel.h"
#include "dataset/LabelEditorDialog.h"
#include "dataset/ImportDialog.h"
#include "dataset/LabelDistributionChart.h"
#include "dataset/RecordActions.h"
#include "dataset/SampleTableModel.h"
#include "dataset/SearchIndexBuilder.h"

namespace assay {

DatasetPane::DatasetPane(ProjectContext* context, QWidget* parent) : QWidget(parent), context_(context) {
  search_ = new QLineEdit(this);
  search_->setObjectName(QStringLiteral("search"));
  search_->setClearButtonEnabled(true);
  label_ = new QComboBox(this);
  label_->setObjectName(QStringLiteral("labelFilter"));
  split_ = new QComboBox(this);
  split_->setObjectName(QStringLiteral("splitFilter"));
  for (data::Split s : {data::Split::All, data::Split::Train, data::Split::Test, data::Split::Unassigned})
    split_->addItem(QString(), static_cast<int>(s));
  annotator_ = new QComboBox(this);
  annotator_->setObjectName(QStringLiteral("annotatorFilter"));
  flagged_ = new QCheckBox(this);
  flagged_->setObjectName(QStringLiteral("flaggedFilter"));
  disagreement_ = new QCheckBox(this);
  disagreement_->setObjectName(QStringLiteral("disagreementFilter"));
  review_ = new QComboBox(this);
  review_->setObjectName(QStringLiteral("reviewFilter"));
  for (auto r :
       {data::SampleFilter::Review::Any, data::SampleFilter::Review::Reviewed, data::SampleFilter::Review::Unreviewed})
    review_->addItem(QString(), static_cast<int>(r));
  modelDisagrees_ = new QCheckBox(this);
  modelDisagrees_->setObjectName(QStringLiteral("modelDisagreesFilter"));
  hasNote_ = new QCheckBox(this);
  hasNote_->setObjectName(QStringLiteral("hasNoteFilter"));
  deleted_ = new QCheckBox(this);
  deleted_->setObjectName(QStringLiteral("deletedFilter"));
  likelyWrong_ = new QCheckBox(this);
  likelyWrong_->setObjectName(QStringLiteral("likelyWrongFilter"));
  shownIds_ = new QCheckBox(this);
  shownIds_->setObjectName(QStringLiteral("shownRecordsFilter"));
  shownIds_->hide();  // only while showRecords()'s list is on
  reannotateButton_ = new QPushButton(this);
  reannotateButton_->setObjectName(QStringLiteral("reannotateFiltered"));
  connect(reannotateButton_, &QPushButton::clicked, this, [this]() { reannotateFiltered(); });
  editMessage_ = new QLabel(this);
  editMessage_->setObjectName(QStringLiteral("editMessage"));
  // A long message (a read-only project's reason) must not widen the window: cut, whole in the tooltip.
  editMessage_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  counts_ = new QLabel(this);
  // Sized to their texts in every language (a switch to Chinese and back must not clip "All annotators").
  for (QComboBox* box : {label_, split_, annotator_, review_}) box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  searchIndex_ = new SearchIndexBuilder(this);

  auto* filters = new QHBoxLayout;
  filters->addWidget(search_, 2);
  filters->addWidget(label_);
  filters->addWidget(split_);
  filters->addWidget(annotator_);
  filters->addWidget(review_);
  filters->addWidget(shownIds_);
  filters->addWidget(counts_, 1);
  auto* checks = new QHBoxLayout;
  for (QCheckBox* box : {flagged_, disagreement_, likelyWrong_, modelDisagrees_, hasNote_, deleted_})
    checks->addWidget(box);
  checks->addWidget(editMessage_, 1);
  checks->addWidget(reannotateButton_);

  model_ = new SampleTableModel(this);
  table_ = new QTableView(this);
  table_->setModel(model_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setWordWrap(false);
  table_->verticalHeader()->hide();  // the ID column already numbers the rows
  table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);  // no per-row size queries
  table_->horizontalHeader()->setSectionResizeMode(SampleTableModel::TextColumn, QHeaderView::Stretch);
  // Narrow enough that the stretched text column keeps ~200 px at 1024 px wide; drag a header to widen.
  table_->setColumnWidth(SampleTableModel::IdColumn, 60);
  table_->setColumnWidth(SampleTableModel::LabelColumn, 150);
  table_->setColumnWidth(SampleTableModel::AnnotatorColumn, 110);
  table_->setColumnWidth(SampleTableModel::SplitColumn, 90);
  table_->setColumnWidth(SampleTableModel::PredictionColumn, 100);
  table_->setColumnWidth(SampleTableModel::ReviewColumn, 110);
  table_->setColumnWidth(SampleTableModel::NoteColumn, 110);
  table_->setColumnWidth(SampleTableModel::FlagColumn, 90);
  // Sorted by SQL a page at a time (SampleQuery): a header click re-reads from the top.
  table_->horizontalHeader()->setSortIndicator(SampleTableModel::IdColumn, Qt::AscendingOrder);
  table_->setSortingEnabled(true);
  actions_ = new RecordActions(context_, table_, model_, this);
  connect(actions_, &RecordActions::recordsEdited, this, &DatasetPane::recordsEdited);
  connect(actions_, &RecordActions::message, this, [this](const QString& text) {
    editMessage_->setText(text);
    editMessage_->setToolTip(text);
  });
  connect(actions_, &RecordActions::openRequested, this, &DatasetPane::reannotateFiltered);
  model_->setSkippedTest([this](qint64 id) { return context_->isSkipped(id); });

  chart_ = new LabelDistributionChart(this);
  testFraction_ = new QDoubleSpinBox(this);
  testFraction_->setRange(0.01, 0.9);
  testFraction_->setSingleStep(0.05);
  testFraction_->setValue(0.2);
  seed_ = new QSpinBox(this);
  seed_->setRange(0, 1 << 30);
  seed_->setValue(42);
  reassign_ = new QCheckBox(this);
  auto* splitButton = splitButton_ = new QPushButton(this);
  connect(splitButton, &QPushButton::clicked, this, &DatasetPane::applySplit);
  splitTask_ = new BackgroundTask(this);
  splitProgress_ = new QProgressBar(this);
  splitProgress_->setRange(0, 1000);
  splitProgress_->hide();  // only while a split runs
  connect(splitTask_, &BackgroundTask::progress, this, [this](qint64 done, qint64 total) {
    splitProgress_->setValue(total > 0 ? static_cast<int>(1000 * done / total) : 0);
  });
  connect(splitTask_, &BackgroundTask::finished, this, &DatasetPane::splitFinished);
  auto* importButton = importButton_ = new QPushButton(this);
  connect(importButton, &QPushButton::clicked, this, [this]() { openImportDialog(); });
  auto* exportButton = exportButton_ = new QPushButton(this);
  connect(exportButton, &QPushButton::clicked, this, &DatasetPane::openExportDialog);
  labelsButton_ = new QPushButton(this);
  labelsButton_->setObjectName(QStringLiteral("editLabels"));
  connect(labelsButton_, &QPushButton::clicked, this, &DatasetPane::openLabelEditor);

  auto* splitBox = splitBox_ = new QGroupBox(this);
  auto* splitRow = new QHBoxLayout(splitBox);
  testFractionLabel_ = new QLabel(splitBox);
  seedLabel_ = new QLabel(splitBox);
  splitRow->addWidget(testFractionLabel_);
  splitRow->addWidget(testFraction_);
  splitRow->addWidget(seedLabel_);
  splitRow->addWidget(seed_);
  splitRow->addWidget(reassign_);
  splitRow->addWidget(splitButton);
  splitRow->addWidget(splitProgress_);
  splitRow->addStretch(1);
  splitRow->addWidget(labelsButton_);
  splitRow->addWidget(importButton);
  splitRow->addWidget(exportButton);

  // The agreement matrix needs height, so it is a tab beside the table; the
  // health warnings are a short list, below, where the table they filter stays in view.
  agreement_ = new AgreementPanel(this);
  views_ = new QTabWidget(this);
  views_->setObjectName(QStringLiteral("datasetViews"));
  views_->setDocumentMode(true);
  views_->addTab(table_, QString());
  views_->addTab(agreement_, QString());
  health_ = new HealthPanel(this);
  connect(health_, &HealthPanel::recordsRequested, this, &DatasetPane::showRecords);
  connect(health_, &HealthPanel::updated, this, &DatasetPane::showHealthCount);
  lowerTabs_ = new QTabWidget(this);
  lowerTabs_->setObjectName(QStringLiteral("datasetLowerTabs"));
  lowerTabs_->setDocumentMode(true);
  lowerTabs_->addTab(chart_, QString());
  lowerTabs_->addTab(health_, QString());

  auto* bottom = new QWidget(this);
  auto* bottomLayout = new QVBoxLayout(bottom);
  bottomLayout->setContentsMargins(0, 0, 0, 0);
  bottomLayout->addWidget(lowerTabs_, 1);
  bottomLayout->addWidget(splitBox);
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->addWidget(views_);
  splitter->addWidget(bottom);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 1);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(filters);
  layout->addLayout(checks);
  layout->addWidget(splitter, 1);

  searchDelay_ = new QTimer(this);
  searchDelay_->setSingleShot(true);
  searchDelay_->setInterval(250);
  connect(searchDelay_, &QTimer::timeout, this, &DatasetPane::applyFilter);
  connect(search_, &QLineEdit::textChanged, searchDelay_, qOverload<>(&QTimer::start));
  for (QComboBox* box : {label_, split_, annotator_, review_})
    connect(box, qOverload<int>(&QComboBox::activated), this, &DatasetPane::applyFilter);
  for (QCheckBox* box : {flagged_, disagreement_, likelyWrong_, modelDisagrees_, hasNote_, deleted_})
    connect(box, &QCheckBox::toggled, this, &DatasetPane::applyFilter);
  connect(shownIds_, &QCheckBox::toggled, this, [this](bool on) {
    if (on) return;
    shownIdList_.clear();
    shownIds_->hide();
    applyFilter();
  });
  connect(model_, &QAbstractItemModel::rowsInserted, this, &DatasetPane::updateCounts);

  connect(context_, &ProjectContext::projectOpened, this, &DatasetPane::reload);
  connect(context_, &ProjectContext::projectClosed, this, &DatasetPane::reload);
  connect(context_, &ProjectContext::dataChanged, this, &DatasetPane::refreshData);
  connect(context_, &ProjectContext::statsReady, this, &DatasetPane::showStats);
  connect(context_, &ProjectContext::labelSetChanged, this, [this]() {
    if (!context_->isOpen()) return;
    model_->setQuery(query_, context_->store()->labelSchema());
    fillFilterChoices();
    agreement_->setProject(context_->path(), context_->store()->labelSchema());
    refreshData();
  });
  connect(context_, &ProjectContext::labelsChanged, this, [this]() {
    if (ownEdit_) return;  // the rows already show the edit
    if (isVisible()) refreshData();
    else stale_ = true;
  });
  retranslateUi();
  reload();
}

void DatasetPane::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::LanguageChange) retranslateUi();
}

void DatasetPane::retranslateUi() {
  search_->setPlaceholderText(tr("Search text…"));
  const QString splits[] = {tr("All splits"), tr("train"), tr("test"), tr("unassigned")};
  for (int i = 0; i < 4; ++i) split_->setItemText(i, splits[i]);
  flagged_->setText(tr("Flagged"));
  flagged_->setToolTip(tr("Annotators disagree, or the same text carries another label elsewhere"));
  disagreement_->setText(tr("Conflicts"));
  disagreement_->setToolTip(tr("Annotators gave the record different labels (see the Agreement tab)"));
  likelyWrong_->setText(tr("Likely wrong label"));
  likelyWrong_->setToolTip(
      tr("Records the latest \"Find likely wrong labels\" run flagged and nobody has accepted or dismissed yet"));
  shownIds_->setText(tr("Only: %1 (%2)").arg(shownIdsTitle_).arg(shownIdList_.size()));
  shownIds_->setToolTip(tr("Untick to show every record again"));
  views_->setTabText(0, tr("Table"));
  views_->setTabText(1, tr("Agreement"));
  views_->setTabToolTip(1, tr("How far the annotators agree: Cohen's kappa per pair, Fleiss' kappa, "
                              "Krippendorff's alpha, agreement per label"));
  lowerTabs_->setTabText(0, tr("Label distribution"));
  showHealthCount();
  const QString reviews[] = {tr("Reviewed or not"), tr("Reviewed"), tr("Unreviewed")};
  for (int i = 0; i < 3; ++i) review_->setItemText(i, reviews[i]);
  modelDisagrees_->setText(tr("Model disagrees"));
  modelDisagrees_->setToolTip(tr("The latest stored prediction differs from the sample's label"));
  hasNote_->setText(tr("Has note"));
  hasNote_->setToolTip(tr("An annotator wrote a note on the record"));
  deleted_->setText(tr("Deleted"));
  deleted_->setToolTip(tr("Show only the deleted records, to restore them (Delete key or right-click)"));
  reannotateButton_->setText(tr("Re-annotate filtered records"));
  reannotateButton_->setToolTip(
      tr("Go through the records this filter shows in the annotate pane, labelled ones included"));
  table_->setToolTip(RecordActions::keyHelp());
  reassign_->setText(tr("Re-split all samples"));
  splitButton_->setText(tr("Split"));
  importButton_->setText(tr("Import…"));
  exportButton_->setText(tr("Export…"));
  labelsButton_->setText(tr("Labels…"));
  labelsButton_->setToolTip(tr("Add, rename and reorder labels; keys, colours and descriptions for annotators"));
  splitBox_->setTitle(tr("Train / test split"));
  testFractionLabel_->setText(tr("Test fraction:"));
  seedLabel_->setText(tr("Seed:"));
  // Choices filled from the project keep their selection; only the fixed first items change.
  if (label_->count() >= 2) {
    label_->setItemText(0, tr("All labels"));
    label_->setItemText(1, tr("Unlabeled"));
  }
  if (annotator_->count() >= 1) annotator_->setItemText(0, tr("All annotators"));
  // The table model and the chart translate when asked for their texts.
  Q_EMIT model_->headerDataChanged(Qt::Horizontal, 0, model_->columnCount() - 1);
  updateCounts();
  showStats();
}

void DatasetPane::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (stale_) refreshData();
}

DatasetPane::~DatasetPane() = default;

void DatasetPane::reload() {
  query_.reset();
  setEnabled(context_->isOpen());
  shownIdList_.clear();  // another project's ids
  shownIds_->setChecked(false);
  shownIds_->hide();
  health_->setProject(context_->isOpen() ? context_->path() : QString());
  agreement_->setProject(context_->isOpen() ? context_->path() : QString(),
                         context_->isOpen() ? context_->store()->labelSchema() : data::LabelSchema());
  const auto index = searchIndex_->open(context_->isOpen() ? context_->path() : QString());
  if (!context_->isOpen()) {
    model_->setQuery(nullptr, {});
    chart_->clear();
    updateCounts();
    return;
  }
  try {
    query_ = std::make_shared<data::SampleQuery>(context_->path());
    query_->setSearchIndex(index);
  } catch (const std::exception& e) {
    QMessageBox::warning(this, tr("Dataset"), QString::fromUtf8(e.what()));
  }
  model_->setQuery(query_, context_->store()->labelSchema());
  fillFilterChoices();
  annotator_->clear();
  annotator_->addItem(tr("All annotators"), QString());
  chart_->clear();
  refreshData();
  showStats();
}

void DatasetPane::fillFilterChoices() {
  label_->clear();
  label_->addItem(tr("All labels"), data::SampleFilter::kAnyLabel);
  label_->addItem(tr("Unlabeled"), -1);
  if (context_->isOpen()) {
    const data::LabelSchema& schema = context_->store()->labelSchema();
    for (const data::Label& l : schema.labels()) label_->addItem(QStringLiteral("%1 %2").arg(l.name, l.english), l.id);
  }
}

void DatasetPane::refreshData() {
  stale_ = false;
  if (!context_->isOpen()) return;
  health_->refreshSoon();
  agreement_->refreshSoon();
  if (ownEdit_) {
    model_->reloadRows();
    return;
  }
  searchIndex_->catchUp();  // new imports: index the rows added since
  model_->setFilter(currentFilter());
  updateCounts();
}

void DatasetPane::showStats() {
  const data::ProjectStats* stats = context_->stats();
  if (!stats || !context_->isOpen()) return;
  chart_->setStats(context_->store()->labelSchema(), *stats);
  const QString chosen = annotator_->currentData().toString();
  annotator_->clear();
  annotator_->addItem(tr("All annotators"), QString());
  for (const QString& name : context_->annotators()) annotator_->addItem(name, name);
  annotator_->setCurrentIndex(std::max(0, annotator_->findData(chosen)));
}

data::SampleFilter DatasetPane::currentFilter() const {
  data::SampleFilter f;
  f.search = search_->text();
  if (label_->currentIndex() >= 0) f.label = label_->currentData().toInt();
  if (split_->currentIndex() >= 0) f.split = static_cast<data::Split>(split_->currentData().toInt());
  f.annotator = annotator_->currentData().toString();
  f.flaggedOnly = flagged_->isChecked();
  f.disagreementOnly = disagreement_->isChecked();
  f.review = static_cast<data::SampleFilter::Review>(review_->currentData().toInt());
  f.modelDisagreesOnly = modelDisagrees_->isChecked();
  f.hasNoteOnly = hasNote_->isChecked();
  f.deletedOnly = deleted_->isChecked();
  f.likelyWrongOnly = likelyWrong_->isChecked();
  if (shownIds_->isChecked()) f.ids = shownIdList_;
  return f;
}

void DatasetPane::recordsEdited(bool deletions, qint64 labeledDelta) {
  model_->reloadRows();
  ownEdit_ = true;
  context_->noteLabeledTexts(labeledDelta);
  if (deletions) context_->notifyDataChanged();
  else context_->notifyLabelsChanged();
  ownEdit_ = false;
}

void DatasetPane::reannotateFiltered(qint64 startId) {
  if (!query_ || !context_->isOpen()) return;
  std::vector<qint64> ids;
  try {
    ids = query_->matchingIds(currentFilter(), 0, std::numeric_limits<int>::max(), model_->order());
  } catch (const std::exception& e) {
    editMessage_->setText(QString::fromUtf8(e.what()));
    return;
  }
  if (ids.empty()) {
    editMessage_->setText(tr("No records in this filter."));
    return;
  }
  context_->requestReannotation(ids, tr("the %n filtered record(s)", nullptr, int(ids.size())), startId);
}

void DatasetPane::showRecords(const std::vector<qint64>& ids, const QString& title) {
  if (!query_) return;
  // Cleared, so every record of the list shows whatever the filter was.
  for (QCheckBox* box : {flagged_, disagreement_, likelyWrong_, modelDisagrees_, hasNote_, deleted_}) {
    const QSignalBlocker block(box);
    box->setChecked(false);
  }
  for (QComboBox* box : {label_, split_, annotator_, review_}) box->setCurrentIndex(0);
  {
    const QSignalBlocker block(search_);
    search_->clear();
  }
  shownIdList_ = ids;
  shownIdsTitle_ = title;
  {
    const QSignalBlocker block(shownIds_);
    shownIds_->setChecked(true);
  }
  shownIds_->setText(tr("Only: %1 (%2)").arg(shownIdsTitle_).arg(shownIdList_.size()));
  shownIds_->show();
  views_->setCurrentWidget(table_);
  applyFilter();
  if (model_->rowCount() > 0) table_->selectRow(0);
}

void DatasetPane::showHealthCount() {
  const size_t warnings = health_->report().warnings.size();
  const int index = lowerTabs_->indexOf(health_);
  lowerTabs_->setTabText(index, warnings > 0 ? tr("Health (%1)").arg(warnings) : tr("Health"));
  lowerTabs_->setTabIcon(index, warnings > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
  lowerTabs_->setTabToolTip(index, tr("Duplicates, conflicting labels, train/test overlap, imbalance, low "
                                      "diversity, length outliers and truncated texts"));
}

void DatasetPane::applyFilter() {
  searchDelay_->stop();
  if (!query_) return;
  model_->setFilter(currentFilter());
  updateCounts();
}

void DatasetPane::updateCounts() {
  const int rows = model_->rowCount();
  counts_->setText(model_->allFetched() ? tr("%n sample(s)", nullptr, rows)
                                        : tr("%1+ samples (scroll for more)").arg(rows));
}

bool DatasetPane::isSplitting() const { return splitTask_->isRunning(); }

void DatasetPane::applySplit() {
  if (!context_->isOpen() || splitTask_->isRunning()) return;
  // A full pass over the samples (about 2 s at a million): on a worker with
  // its own connection (a store belongs to its thread), the split rule is
  // core's assignSplits; the pane only shows progress and the result.
  const QString path = context_->path();
  const double fraction = testFraction_->value();
  const auto seed = static_cast<uint32_t>(seed_->value());
  const bool reassignAll = reassign_->isChecked();
  splitPath_ = path;
  splitButton_->setEnabled(false);
  splitProgress_->setValue(0);
  splitProgress_->show();
  splitTask_->start([path, fraction, seed, reassignAll](BackgroundTask& task) {
    data::ProjectStore::open(path)->assignSplits(fraction, seed, reassignAll,
                                                 [&task](qint64 done, qint64 total) { task.report(done, total); });
  });
}

void DatasetPane::splitFinished() {
  splitButton_->setEnabled(true);
  splitProgress_->hide();
  // The split belongs to the project it ran on; another one may be open now.
  if (!context_->isOpen() || context_->path() != splitPath_) return;
  if (!splitTask_->error().isEmpty()) {
    QMessageBox::warning(this, tr("Split"), splitTask_->error());
    return;
  }
  if (!splitTask_->wasCancelled()) context_->notifyDataChanged();
}

void DatasetPane::openImportDialog(const QString& file) {
  if (!context_->isOpen()) return;
  auto* dialog = new ImportDialog(context_->path(), context_->annotator(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &ImportDialog::imported, context_, &ProjectContext::notifyDataChanged);
  if (!file.isEmpty()) {
    dialog->setFile(file);
    dialog->startImport();
  }
  dialog->show();
}

void DatasetPane::openLabelEditor() {
  if (!context_->isOpen()) return;
  auto* dialog = new LabelEditorDialog(context_, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
}

void DatasetPane::openExportDialog() {
  if (!context_->isOpen()) return;
  auto* dialog = new ExportDialog(context_->path(), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setFilter(currentFilter());  // offers "only the N records the filter shows"
  dialog->show();
}

}  // namespace assay
