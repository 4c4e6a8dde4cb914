#include "review/ReviewTableModel.h"

#include <QColor>
#include <QCoreApplication>
#include <algorithm>
#include <functional>

namespace assay {

namespace {
constexpr int kProbabilitiesShown = 3;  // the column's top answers; the detail pane shows them all
}

ReviewTableModel::ReviewTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReviewTableModel::setRows(std::vector<ReviewRow> rows, const QStringList& modelLabels,
                               const data::LabelSchema& schema) {
  rows_ = std::move(rows);
  modelLabels_ = modelLabels;
  schema_ = schema;
  rowOfId_.clear();
  candidates_.clear();
  candidates_.reserve(rows_.size());
  for (size_t i = 0; i < rows_.size(); ++i) {
    const ReviewRow& r = rows_[i];
    rowOfId_[r.sampleId] = i;
    candidates_.push_back(
        data::reviewCandidate(r.humanLabel, r.predictedLabel, r.confidence, r.probabilities, modelLabels_, schema_));
  }
  rank();
  rebuild();
}

void ReviewTableModel::rank() {
  priority_.assign(rows_.size(), 0);
  const std::vector<int> order = data::mostLikelyWrongFirst(candidates_);
  for (size_t place = 0; place < order.size(); ++place) priority_[static_cast<size_t>(order[place])] = int(place);
}

void ReviewTableModel::setReviewed(std::unordered_set<qint64> ids) {
  reviewed_ = std::move(ids);
  rebuild();
}

void ReviewTableModel::setFlagged(std::unordered_set<qint64> ids) {
  flagged_ = std::move(ids);
  rebuild();
}

void ReviewTableModel::setVerdicts(const std::vector<data::Review>& reviews) {
  verdicts_.clear();
  for (const data::Review& r : reviews) verdicts_[r.sampleId] = r;  // in id order: the latest wins
  if (!visible_.empty()) Q_EMIT dataChanged(index(0, ReviewedColumn), index(rowCount() - 1, ReviewedColumn));
}

void ReviewTableModel::setFilter(ReviewFilter filter, double lowConfidence) {
  filter_ = filter;
  lowConfidence_ = lowConfidence;
  rebuild();
}

bool ReviewTableModel::passes(size_t i) const {
  const ReviewRow& r = rows_[i];
  switch (filter_) {
    case ReviewFilter::All:
      return true;
    case ReviewFilter::Disagreement:
      return r.humanLabel >= 0 && r.predictedLabel >= 0 && r.humanLabel != r.predictedLabel;
    case ReviewFilter::LowConfidence:
      return r.confidence < lowConfidence_;
    case ReviewFilter::Unreviewed:
      return reviewed_.count(r.sampleId) == 0;
    case ReviewFilter::Flagged:
      return flagged_.count(r.sampleId) > 0;
  }
  return true;
}

void ReviewTableModel::rebuild() {
  beginResetModel();
  visible_.clear();
  for (size_t i = 0; i < rows_.size(); ++i)
    if (passes(i)) visible_.push_back(static_cast<int>(i));
  sortVisible();
  endResetModel();
}

void ReviewTableModel::sort(int column, Qt::SortOrder order) {
  if (column < 0 || column >= ColumnCount) column = PriorityColumn;
  sortColumn_ = column;
  sortOrder_ = order;
  Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
  const QModelIndexList before = persistentIndexList();
  std::vector<qint64> ids;
  for (const QModelIndex& i : before) ids.push_back(rowAt(i.row()) ? rowAt(i.row())->sampleId : -1);
  sortVisible();
  QModelIndexList after;
  for (size_t k = 0; k < ids.size(); ++k) {
    const int row = rowOfSample(ids[k]);
    after << (row < 0 ? QModelIndex() : index(row, before[int(k)].column()));
  }
  changePersistentIndexList(before, after);
  Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ReviewTableModel::sortVisible() {
  // Sorted by the column's value, ties (and the Priority column) by the
  // default order; descending reverses the whole order.
  const auto byPriority = [this](int a, int b) { return priority_[size_t(a)] < priority_[size_t(b)]; };
  std::function<bool(int, int)> less = byPriority;
  const auto row = [this](int i) -> const ReviewRow& { return rows_[size_t(i)]; };
  const auto then = [byPriority](auto key) {
    return [key, byPriority](int a, int b) {
      const auto ka = key(a), kb = key(b);
      return ka < kb || (!(kb < ka) && byPriority(a, b));
    };
  };
  switch (sortColumn_) {
    case IdColumn:
      less = then([&row](int i) { return row(i).sampleId; });
      break;
    case TextColumn:
      less = then([&row](int i) { return row(i).text; });
      break;
    case HumanColumn:
      less = then([this, &row](int i) { return labelName(row(i).humanLabel); });
      break;
    case PredictedColumn:
      less = then([this, &row](int i) { return labelName(row(i).predictedLabel); });
      break;
    case ConfidenceColumn:
      less = then([&row](int i) { return row(i).confidence; });
      break;
    case ProbabilitiesColumn:  // how much the model believes the human label
      less = then([this](int i) { return candidates_[size_t(i)].pHuman.value_or(-1.0); });
      break;
    case ReviewedColumn:
      less = then([this, &row](int i) { return verdictTextOf(row(i).sampleId); });
      break;
    default:
      break;
  }
  std::stable_sort(visible_.begin(), visible_.end(), less);
  if (sortOrder_ == Qt::DescendingOrder) std::reverse(visible_.begin(), visible_.end());
}

const ReviewRow* ReviewTableModel::rowAt(int row) const {
  return row >= 0 && row < static_cast<int>(visible_.size())
             ? &rows_[static_cast<size_t>(visible_[static_cast<size_t>(row)])]
             : nullptr;
}

int ReviewTableModel::rowOfSample(qint64 sampleId) const {
  const auto it = rowOfId_.find(sampleId);
  if (it == rowOfId_.end()) return -1;
  const auto at = std::find(visible_.begin(), visible_.end(), static_cast<int>(it->second));
  return at == visible_.end() ? -1 : static_cast<int>(at - visible_.begin());
}

int ReviewTableModel::priorityOf(qint64 sampleId) const {
  const auto it = rowOfId_.find(sampleId);
  return it == rowOfId_.end() ? 0 : priority_[it->second] + 1;
}

void ReviewTableModel::setRecordState(qint64 sampleId, int humanLabel, const std::optional<data::Review>& latestVerdict,
                                      bool reviewedByMe) {
  const auto it = rowOfId_.find(sampleId);
  if (it == rowOfId_.end()) return;
  rows_[it->second].humanLabel = humanLabel;
  if (latestVerdict) verdicts_[sampleId] = *latestVerdict;
  else verdicts_.erase(sampleId);
  if (reviewedByMe) reviewed_.insert(sampleId);
  else reviewed_.erase(sampleId);
  // The row stays in view and in place until the filter or sort is applied
  // again: the reviewer sees what they just decided.
  const int row = rowOfSample(sampleId);
  if (row >= 0) Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString reviewLabelName(const data::LabelSchema& schema, int id) {
  return id < 0 ? QStringLiteral("—") : QStringLiteral("%1 %2").arg(schema.nameOf(id), schema.englishOf(id));
}

QString reviewVerdictText(const data::Review& review, const data::LabelSchema& schema) {
  // The table's translation context (a literal, for lupdate): the names read the same everywhere.
  switch (review.verdict) {
    case data::Verdict::Accepted:
      return QCoreApplication::translate("assay::ReviewTableModel", "accepted model");
    case data::Verdict::KeptHuman:
      return QCoreApplication::translate("assay::ReviewTableModel", "kept human label");
    case data::Verdict::Relabelled:
      return QCoreApplication::translate("assay::ReviewTableModel", "relabelled as %1")
          .arg(reviewLabelName(schema, review.label));
    case data::Verdict::Skipped:
      break;
  }
  return QCoreApplication::translate("assay::ReviewTableModel", "skipped");
}

QString ReviewTableModel::labelName(int id) const { return reviewLabelName(schema_, id); }

QString ReviewTableModel::verdictText(const data::Review& review) const { return reviewVerdictText(review, schema_); }

QString ReviewTableModel::verdictTextOf(qint64 sampleId) const {
  const auto it = verdicts_.find(sampleId);
  return it == verdicts_.end() ? QString() : verdictText(it->second);
}

int ReviewTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(visible_.size());
}

int ReviewTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReviewTableModel::data(const QModelIndex& index, int role) const {
  const ReviewRow* r = rowAt(index.row());
  if (!r) return {};
  if (role == Qt::ForegroundRole && index.column() == PredictedColumn && r->humanLabel >= 0 && r->predictedLabel >= 0 &&
      r->humanLabel != r->predictedLabel)
    return QColor(0xc0, 0x30, 0x20);  // the model disagrees with the human label
  if (role == Qt::TextAlignmentRole && (index.column() == PriorityColumn || index.column() == IdColumn))
    return int(Qt::AlignRight | Qt::AlignVCenter);
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  switch (index.column()) {
    case PriorityColumn: {
      const int place = priorityOf(r->sampleId);
      if (role == Qt::DisplayRole) return place;
      const size_t i = rowOfId_.at(r->sampleId);
      switch (data::reviewTier(candidates_[i], lowConfidence_)) {
        case data::ReviewTier::Disagreement:
          return tr("The model disagrees with the human label (margin %1)")
              .arg(data::disagreementMargin(candidates_[i]), 0, 'f', 2);
        case data::ReviewTier::LowConfidence:
          return tr("The model is unsure (confidence below %1)").arg(lowConfidence_, 0, 'f', 2);
        case data::ReviewTier::Rest:
          break;
      }
      return tr("The model is sure and agrees, or the record is unlabeled");
    }
    case IdColumn:
      return r->sampleId;
    case TextColumn: {
      if (role == Qt::ToolTipRole) return r->text.left(2000);
      QString line = r->text.left(300);
      return line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    }
    case HumanColumn:
      return labelName(r->humanLabel);
    case PredictedColumn:
      return labelName(r->predictedLabel);
    case ConfidenceColumn:
      return r->pCorrect ? QStringLiteral("%1 (P正确 %2)").arg(r->confidence, 0, 'f', 3).arg(*r->pCorrect, 0, 'f', 3)
                         : QString::number(r->confidence, 'f', 3);
    case ProbabilitiesColumn: {
      std::vector<std::pair<double, QString>> ranked;
      for (size_t i = 0; i < r->probabilities.size(); ++i)
        ranked.emplace_back(r->probabilities[i], modelLabels_.value(static_cast<int>(i)));
      std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
      QStringList parts;
      for (size_t i = 0; i < ranked.size(); ++i) {
        if (role == Qt::DisplayRole && i == size_t(kProbabilitiesShown)) {
          parts << QStringLiteral("…");
          break;
        }
        parts << QStringLiteral("%1 %2").arg(ranked[i].second).arg(ranked[i].first, 0, 'f', 2);
      }
      return parts.join(QStringLiteral(" · "));
    }
    case ReviewedColumn:
      return verdictTextOf(r->sampleId);
    default:
      return {};
  }
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal) return {};
  if (role == Qt::InitialSortOrderRole) return Qt::AscendingOrder;  // a first click sorts up, whatever the last did
  if (role == Qt::ToolTipRole) {
    if (section == PriorityColumn)
      return tr(
          "Most likely wrong first: disagreements with the human label, the most confident first, then "
          "low-confidence predictions, then the rest. Click a header to sort by it, this one to go back.");
    if (section == ProbabilitiesColumn) return tr("Sorted by the probability the model gives the human label");
    return {};
  }
  if (role != Qt::DisplayRole) return {};
  switch (section) {
    case PriorityColumn:
      return tr("Priority");
    case IdColumn:
      return tr("ID");
    case TextColumn:
      return tr("Text");
    case HumanColumn:
      return tr("Human label");
    case PredictedColumn:
      return tr("Predicted");
    case ConfidenceColumn:
      return tr("Confidence");
    case ProbabilitiesColumn:
      return tr("Probabilities");
    case ReviewedColumn:
      return tr("Verdict");
    default:
      return {};
  }
}

}  // namespace assay
