// ProjectStore's label set: adding labels, renaming them (with history), and
// what annotators see of them (LabelDetails.h).
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

#include "data/DataFormat.h"
#include "data/ProjectDb.h"
#include "data/ProjectStore.h"

namespace assay::data {

using detail::Statement;
using detail::Transaction;

namespace {

[[noreturn]] void labelsFail(const QString& path, const QString& problem) {
  throw StoreError(QString(path + QStringLiteral(": ") + problem).toStdString());
}

}  // namespace

bool isReservedLabelKey(const QString& key) {
  static const QSet<QString> kReserved = {QStringLiteral("S"), QStringLiteral("E"), QStringLiteral("L"),
                                          QStringLiteral("Y"), QStringLiteral("N")};
  return kReserved.contains(key.toUpper());
}

int ProjectStore::addLabel(const QString& name, const QString& english) {
  LabelSchema next = schema_;
  int id = -1;
  try {
    id = next.addLabel(name, english);
  } catch (const std::invalid_argument& e) {
    labelsFail(path_, QString::fromUtf8(e.what()));
  }
  saveLabels(next, id);
  return id;
}

QStringList ProjectStore::addLabelsFoundIn(const QStringList& files, Format format) {
  requireWritable();
  const LabelSchema next = scanLabels(files, format, &schema_);
  QStringList added;
  for (int id = schema_.size(); id < next.size(); ++id) added << next.nameOf(id);
  if (!added.isEmpty()) saveLabels(next, schema_.size());
  return added;
}

// Stores the labels of `next` from id `firstNew` on, and its kind, in one
// transaction; the in-memory schema follows only once that committed.
void ProjectStore::saveLabels(const LabelSchema& next, int firstNew) {
  Transaction tx(db_->handle, path_);
  Statement st(db_->handle, path_, "INSERT INTO labels(id, name, english) VALUES(?, ?, ?)");
  for (int id = firstNew; id < next.size(); ++id)
    st.bind(1, static_cast<qint64>(id)).bindText(2, next.nameOf(id)).bindText(3, next.englishOf(id)).run();
  Statement kind(db_->handle, path_, "UPDATE settings SET value = ? WHERE key = 'schema'");
  kind.bindText(1, schemaKindName(next.kind())).run();
  tx.commit();
  schema_ = next;
}

void ProjectStore::renameLabel(int id, const QString& name, const QString& english, const QString& by) {
  if (id < 0 || id >= schema_.size()) labelsFail(path_, QStringLiteral("no label with id %1").arg(id));
  const QString n = name.trimmed(), e = english.trimmed().isEmpty() ? name.trimmed() : english.trimmed();
  if (n.isEmpty()) labelsFail(path_, QStringLiteral("label %1: a name cannot be empty").arg(id));
  if (by.trimmed().isEmpty()) labelsFail(path_, QStringLiteral("label %1: a rename needs who made it").arg(id));
  for (const QString& spelling : {n, e}) {
    const int other = schema_.idOf(spelling);
    if (other >= 0 && other != id)
      labelsFail(path_, QStringLiteral("label %1: \"%2\" is already label %3's").arg(id).arg(spelling).arg(other));
  }
  const QString oldName = schema_.nameOf(id), oldEnglish = schema_.englishOf(id);
  if (n == oldName && e == oldEnglish) return;
  std::vector<Label> labels = schema_.labels();
  labels[size_t(id)].name = n;
  labels[size_t(id)].english = e;
  // A preset whose label is renamed is the user's own label set from then on
  // (a correctness project's import looks its verdicts up by name).
  SchemaKind kind = SchemaKind::Custom;
  if (schema_.kind() != SchemaKind::Custom) {
    QStringList names;
    for (const Label& l : labels) names << l.name;
    if (LabelSchema::fromNames(names).kind() == schema_.kind()) kind = schema_.kind();
  }
  sqlite3* h = db_->handle;
  Transaction tx(h, path_);
  Statement update(h, path_, "UPDATE labels SET name = ?, english = ? WHERE id = ?");
  update.bindText(1, n).bindText(2, e).bind(3, static_cast<qint64>(id)).run();
  Statement history(h, path_,
                    "INSERT INTO label_renames(label_id, old_name, old_english, new_name, new_english, renamed_by, "
                    "renamed_at) VALUES(?, ?, ?, ?, ?, ?, ?)");
  history.bind(1, static_cast<qint64>(id)).bindText(2, oldName).bindText(3, oldEnglish).bindText(4, n).bindText(5, e);
  history.bindText(6, by).bindText(7, detail::nowUtc()).run();
  Statement setKind(h, path_, "UPDATE settings SET value = ? WHERE key = 'schema'");
  setKind.bindText(1, schemaKindName(kind)).run();
  tx.commit();
  schema_ = LabelSchema(kind, std::move(labels));
}

std::vector<LabelRename> ProjectStore::labelRenames() const {
  Statement st(db_->handle, path_,
               "SELECT label_id, old_name, old_english, new_name, new_english, renamed_by, renamed_at "
               "FROM label_renames ORDER BY id");
  std::vector<LabelRename> out;
  while (st.step()) {
    QDateTime t = QDateTime::fromString(st.qtext(6), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    out.push_back({int(st.int64(0)), st.qtext(1), st.qtext(2), st.qtext(3), st.qtext(4), st.qtext(5), t});
  }
  return out;
}

std::vector<LabelDetails> ProjectStore::labelDetails() const {
  Statement st(db_->handle, path_,
               "SELECT id, description, color, shortcut, coalesce(position, id) FROM labels ORDER BY id");
  std::vector<LabelDetails> out;
  while (st.step()) out.push_back({int(st.int64(0)), st.qtext(1), st.qtext(2), st.qtext(3), int(st.int64(4))});
  return out;
}

void ProjectStore::setLabelDetails(const std::vector<LabelDetails>& details) {
  if (int(details.size()) != schema_.size())
    labelsFail(
        path_,
        QStringLiteral("label details for %1 labels, the project has %2").arg(details.size()).arg(schema_.size()));
  static const QRegularExpression kColor(QStringLiteral("^#[0-9a-fA-F]{6}$"));
  std::vector<bool> positionUsed(details.size(), false);
  QSet<QString> keys;
  for (const LabelDetails& d : details) {
    const QString who = QStringLiteral("label \"%1\"").arg(schema_.nameOf(d.id));
    if (d.id < 0 || d.id >= schema_.size()) labelsFail(path_, QStringLiteral("no label with id %1").arg(d.id));
    if (d.position < 0 || d.position >= int(details.size()) || positionUsed[size_t(d.position)])
      labelsFail(path_, who + QStringLiteral(": positions must be 0..%1, each once").arg(details.size() - 1));
    positionUsed[size_t(d.position)] = true;
    if (!d.color.isEmpty() && !kColor.match(d.color).hasMatch())
      labelsFail(path_, who + QStringLiteral(": colour \"%1\" is not #rrggbb").arg(d.color));
    if (!d.key.isEmpty()) {
      if (d.key.size() != 1 || !d.key.at(0).isLetterOrNumber())
        labelsFail(path_, who + QStringLiteral(": a key is one letter or digit, not \"%1\"").arg(d.key));
      if (isReservedLabelKey(d.key))
        labelsFail(path_, who + QStringLiteral(": key %1 is the annotate pane's own (S skip, E note, L picker, Y/N)")
                                    .arg(d.key.toUpper()));
      if (keys.contains(d.key.toUpper()))
        labelsFail(path_, who + QStringLiteral(": key %1 is already another label's").arg(d.key.toUpper()));
      keys.insert(d.key.toUpper());
    }
  }
  sqlite3* h = db_->handle;
  Transaction tx(h, path_);
  Statement st(h, path_, "UPDATE labels SET description = ?, color = ?, shortcut = ?, position = ? WHERE id = ?");
  for (const LabelDetails& d : details)
    st.bindText(1, d.description.trimmed())
        .bindText(2, d.color)
        .bindText(3, d.key.toUpper())
        .bind(4, static_cast<qint64>(d.position))
        .bind(5, static_cast<qint64>(d.id))
        .run();
  tx.commit();
}

std::vector<int> ProjectStore::labelOrder() const {
  std::vector<LabelDetails> details = labelDetails();
  std::stable_sort(details.begin(), details.end(),
                   [](const LabelDetails& a, const LabelDetails& b) { return a.position < b.position; });
  std::vector<int> order;
  for (const LabelDetails& d : details) order.push_back(d.id);
  return order;
}

}  // namespace assay::data
