#include "data/Adjudication.h"

#include <algorithm>
#include <functional>
#include <set>

#include "data/ProjectDb.h"

namespace assay::data {

using detail::Statement;

namespace {

[[noreturn]] void fail(const ProjectStore& store, const QString& what) {
  throw StoreError(QString(ProjectStoreAccess::path(store) + QStringLiteral(": ") + what).toStdString());
}

QDateTime parseTime(const QString& text) {
  QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
  t.setTimeSpec(Qt::UTC);
  return t;
}

Adjudication rowToAdjudication(const Statement& st) {  // id, sample_id, label, decided_by, decided_at
  Adjudication a;
  a.id = st.int64(0);
  a.sampleId = st.int64(1);
  a.label = st.isNull(2) ? -1 : static_cast<int>(st.int64(2));
  a.decidedBy = st.qtext(3);
  a.decidedAt = parseTime(st.qtext(4));
  return a;
}

// The current (latest, not withdrawn) adjudication of every sample that has one.
std::map<qint64, Adjudication> currentAdjudications(const ProjectStore& store) {
  std::map<qint64, Adjudication> out;
  Statement st(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store),
               "SELECT id, sample_id, label, decided_by, decided_at FROM adjudications ORDER BY id");
  while (st.step()) {
    Adjudication a = rowToAdjudication(st);
    if (a.label < 0) out.erase(a.sampleId);
    else out[a.sampleId] = std::move(a);
  }
  return out;
}

// Calls `fn(sampleId, labels)` for every non-deleted text sample whose
// annotators' latest labels differ, in id order; `labels` are (annotator,
// label) by annotator name. Streams: one sample's labels in memory at a time.
void forEachConflict(const ProjectStore& store,
                     const std::function<void(qint64, const std::vector<std::pair<QString, int>>&)>& fn) {
  Statement st(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store),
               "SELECT a.sample_id, a.annotator, a.label, max(a.id) FROM annotations a "
               "JOIN samples s ON s.id = a.sample_id WHERE s.kind = 0 AND s.deleted_at IS NULL "
               "GROUP BY a.sample_id, a.annotator ORDER BY a.sample_id, a.annotator");
  qint64 current = 0;
  std::vector<std::pair<QString, int>> labels;
  const auto flush = [&] {
    if (labels.size() < 2) return;
    const int first = labels.front().second;
    if (std::any_of(labels.begin(), labels.end(), [first](const auto& l) { return l.second != first; }))
      fn(current, labels);
  };
  while (st.step()) {
    const qint64 id = st.int64(0);
    if (id != current) {
      flush();
      labels.clear();
      current = id;
    }
    labels.emplace_back(st.qtext(1), static_cast<int>(st.int64(2)));
  }
  flush();
}

// The label most annotators gave; -1 when two or more labels share the top
// count. Where a person labelled the sample, only people vote: a file's
// labels (isFileCredit) count only where nobody did.
int majorityOf(const std::vector<std::pair<QString, int>>& labels) {
  const bool anyPerson =
      std::any_of(labels.begin(), labels.end(), [](const auto& l) { return !isFileCredit(l.first); });
  std::map<int, int> votes;
  for (const auto& [annotator, label] : labels)
    if (!anyPerson || !isFileCredit(annotator)) ++votes[label];
  int best = -1, bestVotes = 0;
  bool tie = false;
  for (const auto& [label, n] : votes) {
    if (n > bestVotes) {
      best = label;
      bestVotes = n;
      tie = false;
    } else if (n == bestVotes) {
      tie = true;
    }
  }
  return tie ? -1 : best;
}

}  // namespace

bool isFileCredit(const QString& annotator) {
  return annotator == QLatin1String("import") || annotator.startsWith(QLatin1String("import:"));
}

bool ConflictingSample::personOverFile() const {
  if (adjudication || majorityLabel < 0) return false;
  int people = 0;
  std::set<int> theirLabels;
  for (const auto& [annotator, label] : labels)
    if (!isFileCredit(annotator)) {
      ++people;
      theirLabels.insert(label);
    }
  return people > 0 && theirLabels.size() == 1;
}

int setAdjudication(ProjectStore& store, qint64 sampleId, int label, const QString& by) {
  ProjectStoreAccess::requireWritable(store);
  if (by.trimmed().isEmpty()) fail(store, QStringLiteral("an adjudication needs who decided"));
  if (label >= store.labelSchema().size() || label < -1)
    fail(store, QStringLiteral("sample %1: unknown label id %2").arg(sampleId).arg(label));
  sqlite3* h = ProjectStoreAccess::handle(store);
  const QString& path = ProjectStoreAccess::path(store);
  detail::Transaction tx(h, path);
  {
    Statement kind(h, path, "SELECT kind FROM samples WHERE id = ?");
    kind.bind(1, sampleId);
    if (!kind.step()) fail(store, QStringLiteral("no sample with id %1").arg(sampleId));
    if (kind.int64(0) != static_cast<qint64>(SampleKind::Text))
      fail(store, QStringLiteral("sample %1 is not a text sample: it has no class label to adjudicate").arg(sampleId));
  }
  int previous = -1;
  {
    Statement last(h, path, "SELECT label FROM adjudications WHERE sample_id = ? ORDER BY id DESC LIMIT 1");
    last.bind(1, sampleId);
    if (last.step() && !last.isNull(0)) previous = static_cast<int>(last.int64(0));
  }
  Statement add(h, path, "INSERT INTO adjudications(sample_id, label, decided_by, decided_at) VALUES(?, ?, ?, ?)");
  add.bind(1, sampleId);
  if (label < 0) add.bindNull(2);
  else add.bind(2, static_cast<qint64>(label));
  add.bindText(3, by.trimmed()).bindText(4, detail::nowUtc()).run();
  tx.commit();
  return previous;
}

int withdrawAdjudication(ProjectStore& store, qint64 sampleId, const QString& by) {
  return setAdjudication(store, sampleId, -1, by);
}

std::optional<Adjudication> currentAdjudication(const ProjectStore& store, qint64 sampleId) {
  Statement st(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store),
               "SELECT id, sample_id, label, decided_by, decided_at FROM adjudications WHERE sample_id = ? "
               "ORDER BY id DESC LIMIT 1");
  st.bind(1, sampleId);
  if (!st.step() || st.isNull(2)) return std::nullopt;
  return rowToAdjudication(st);
}

std::vector<Adjudication> adjudicationHistory(const ProjectStore& store, qint64 sampleId) {
  Statement st(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store),
               "SELECT id, sample_id, label, decided_by, decided_at FROM adjudications "
               "WHERE ?1 = 0 OR sample_id = ?1 ORDER BY id");
  st.bind(1, sampleId);
  std::vector<Adjudication> out;
  while (st.step()) out.push_back(rowToAdjudication(st));
  return out;
}

std::vector<ConflictingSample> conflictingSamples(const ProjectStore& store) {
  const std::map<qint64, Adjudication> decided = currentAdjudications(store);
  std::vector<ConflictingSample> out;
  forEachConflict(store, [&](qint64 id, const std::vector<std::pair<QString, int>>& labels) {
    ConflictingSample c;
    c.sampleId = id;
    c.labels = labels;
    c.majorityLabel = majorityOf(labels);
    if (const auto it = decided.find(id); it != decided.end()) c.adjudication = it->second;
    out.push_back(std::move(c));
  });
  Statement text(ProjectStoreAccess::handle(store), ProjectStoreAccess::path(store),
                 "SELECT text, label FROM samples WHERE id = ?");
  for (ConflictingSample& c : out) {
    text.bind(1, c.sampleId);
    if (text.step()) {
      c.text = text.qtext(0);
      c.currentLabel = text.isNull(1) ? -1 : static_cast<int>(text.int64(1));
    }
    text.reset();
  }
  return out;
}

ConflictResolution resolveConflicts(const ProjectStore& store) {
  const std::map<qint64, Adjudication> decided = currentAdjudications(store);
  ConflictResolution r;
  forEachConflict(store, [&](qint64 id, const std::vector<std::pair<QString, int>>& labels) {
    int label = -1;
    if (const auto it = decided.find(id); it != decided.end()) {
      label = it->second.label;
      ++r.byAdjudication;
    } else {
      ConflictingSample c;
      c.labels = labels;
      c.majorityLabel = label = majorityOf(labels);
      ++(c.personOverFile() ? r.byPersonOverFile : label >= 0 ? r.byMajority : r.skippedTies);
    }
    r.labels.emplace(id, label);
  });
  return r;
}

}  // namespace assay::data
