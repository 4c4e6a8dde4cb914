#include "dataset/SampleTableModel.h"

#include <QColor>
#include <QFont>
#include <algorithm>

namespace assay {

SampleTableModel::SampleTableModel(QObject* parent) : QAbstractTableModel(parent) {}
SampleTableModel::~SampleTableModel() = default;

void SampleTableModel::setQuery(std::shared_ptr<data::SampleQuery> query, const data::LabelSchema& schema) {
  query_ = std::move(query);
  schema_ = schema;
  filter_ = {};
  refresh();
}

void SampleTableModel::setFilter(const data::SampleFilter& filter) {
  filter_ = filter;
  refresh();
}

void SampleTableModel::setOrder(const data::SampleOrder& order) {
  order_ = order;
  refresh();
}

data::SampleOrder::Key SampleTableModel::sortKey(int column) {
  using Key = data::SampleOrder::Key;
  switch (column) {
    case TextColumn:
      return Key::Text;
    case LabelColumn:
      return Key::Label;
    case AnnotatorColumn:
      return Key::Annotators;
    case SplitColumn:
      return Key::Split;
    case PredictionColumn:
      return Key::Prediction;
    case ReviewColumn:
      return Key::Review;
    case NoteColumn:
      return Key::Note;
    case FlagColumn:
      return Key::Flags;
    default:
      return Key::Id;
  }
}

void SampleTableModel::sort(int column, Qt::SortOrder order) {
  const data::SampleOrder wanted{sortKey(column), order == Qt::DescendingOrder};
  if (wanted.key == order_.key && wanted.descending == order_.descending) return;
  setOrder(wanted);
}

void SampleTableModel::reloadRows() {
  clearCache();
  if (!ids_.empty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SampleTableModel::refresh() {
  beginResetModel();
  ids_.clear();
  ids_.shrink_to_fit();
  clearCache();
  exhausted_ = query_ == nullptr;
  endResetModel();
  // The first chunk right away, so rowCount() answers without waiting for a view.
  if (canFetchMore()) fetchMore();
}

qint64 SampleTableModel::sampleId(int row) const {
  return row >= 0 && row < static_cast<int>(ids_.size()) ? ids_[static_cast<size_t>(row)] : 0;
}

int SampleTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(ids_.size());
}

int SampleTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

bool SampleTableModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !exhausted_; }

void SampleTableModel::fetchMore(const QModelIndex& parent) {
  if (parent.isValid() || exhausted_ || !query_) return;
  const qint64 after = ids_.empty() ? 0 : ids_.back();
  std::vector<qint64> more;
  try {
    more = query_->matchingIds(filter_, after, kIdChunk, order_);
  } catch (const std::exception&) {
    exhausted_ = true;  // the file vanished under us: show what is there
    return;
  }
  exhausted_ = static_cast<int>(more.size()) < kIdChunk;
  if (more.empty()) return;
  const int first = static_cast<int>(ids_.size());
  beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
  ids_.insert(ids_.end(), more.begin(), more.end());
  endInsertRows();
}

void SampleTableModel::clearCache() const {
  pages_.clear();
  lru_.clear();
}

const data::SampleRow* SampleTableModel::rowAt(int row) const {
  if (!query_ || row < 0 || row >= static_cast<int>(ids_.size())) return nullptr;
  const int page = row / kPageSize;
  auto it = pages_.find(page);
  if (it != pages_.end()) {
    lru_.splice(lru_.begin(), lru_, it->second.second);
  } else {
    const size_t begin = static_cast<size_t>(page) * kPageSize;
    const size_t end = std::min(ids_.size(), begin + kPageSize);
    std::vector<qint64> slice(ids_.begin() + static_cast<std::ptrdiff_t>(begin),
                              ids_.begin() + static_cast<std::ptrdiff_t>(end));
    std::vector<data::SampleRow> loaded;
    try {
      loaded = query_->rows(slice);
    } catch (const std::exception&) {
      return nullptr;  // the file vanished under us; the view shows empty cells
    }
    // A sample deleted since the ids were read leaves a hole: keep positions aligned.
    std::vector<data::SampleRow> aligned(slice.size());
    size_t j = 0;
    for (size_t i = 0; i < slice.size(); ++i) {
      if (j < loaded.size() && loaded[j].id == slice[i]) aligned[i] = std::move(loaded[j++]);
      else aligned[i].id = slice[i];
    }
    lru_.push_front(page);
    it = pages_.emplace(page, std::make_pair(std::move(aligned), lru_.begin())).first;
    while (static_cast<int>(pages_.size()) > kMaxPages) {
      pages_.erase(lru_.back());
      lru_.pop_back();
    }
  }
  return &it->second.first[static_cast<size_t>(row % kPageSize)];
}

namespace {
QString oneLine(const QString& text) {
  QString line = text.left(300);
  line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
  return line;
}
}  // namespace

QVariant SampleTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid()) return {};
  if (role == kSampleIdRole) return sampleId(index.row());
  if (role == kDeletedRole || role == Qt::FontRole || role == Qt::ForegroundRole) {
    const data::SampleRow* r = rowAt(index.row());
    const bool deleted = r && r->deleted;
    if (role == kDeletedRole) return deleted;
    if (!deleted) return {};
    if (role == Qt::ForegroundRole) return QColor(Qt::gray);
    QFont struck;
    struck.setStrikeOut(true);
    return struck;
  }
  if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
  const data::SampleRow* r = rowAt(index.row());
  if (!r) return {};
  switch (index.column()) {
    case IdColumn:
      return r->id;
    case TextColumn:
      return role == Qt::ToolTipRole ? QVariant(r->text.left(2000)) : QVariant(oneLine(r->text));
    case LabelColumn:
      if (r->kind == data::SampleKind::Pair) return tr("pair");
      if (r->kind == data::SampleKind::Completion) return tr("completion");
      if (r->label < 0) return tr("—");
      return QStringLiteral("%1 %2").arg(schema_.nameOf(r->label), schema_.englishOf(r->label));
    case AnnotatorColumn:
      return r->annotators.join(QStringLiteral(", "));
    case SplitColumn:
      switch (r->split) {
        case data::Split::Train:
          return tr("train");
        case data::Split::Test:
          return tr("test");
        default:
          return tr("unassigned");
      }
    case PredictionColumn: {
      if (!r->hasPrediction) return QString();
      const QString name = r->predictedLabel >= 0 ? schema_.nameOf(r->predictedLabel) : r->predictedName;
      return QStringLiteral("%1 %2").arg(name, QString::number(r->confidence, 'f', 2));
    }
    case ReviewColumn:
      return r->hasReview ? QStringLiteral("%1 · %2").arg(verdictText(r->verdict), r->reviewer) : QString();
    case NoteColumn:
      return role == Qt::ToolTipRole ? QVariant(r->note) : QVariant(oneLine(r->note));
    case FlagColumn: {
      QStringList flags;
      if (r->deleted) flags << tr("deleted");
      if (r->disagreement) flags << tr("annotators disagree");
      if (isSkipped_ && isSkipped_(r->id)) flags << tr("skipped");
      return flags.join(QStringLiteral(", "));
    }
    default:
      return {};
  }
}

QString SampleTableModel::verdictText(data::Verdict v) {
  switch (v) {
    case data::Verdict::Accepted:
      return tr("accepted");
    case data::Verdict::KeptHuman:
      return tr("kept human");
    case data::Verdict::Relabelled:
      return tr("relabelled");
    case data::Verdict::Skipped:
      break;
  }
  return tr("skipped");
}

QVariant SampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole) return {};
  if (orientation == Qt::Vertical) return section + 1;
  switch (section) {
    case IdColumn:
      return tr("ID");
    case TextColumn:
      return tr("Text");
    case LabelColumn:
      return tr("Label");
    case AnnotatorColumn:
      return tr("Annotators");
    case SplitColumn:
      return tr("Split");
    case PredictionColumn:
      return tr("Prediction");
    case ReviewColumn:
      return tr("Review");
    case NoteColumn:
      return tr("Note");
    case FlagColumn:
      return tr("Flags");
    default:
      return {};
  }
}

}  // namespace assay
