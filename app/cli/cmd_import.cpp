// assay-cli import: read data files into a project (created when it does not
// exist yet, with the labels the files use), report every skipped record
// with its location, summarise, and split the new samples (decided as they
// are inserted: one stratified split over all the files). Records already in
// the project add no sample unless --allow_duplicates; the file's labels are
// credited to --annotator, else to "import:<file name>".
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "CliArgs.h"
#include "CliCommand.h"
#include "TerminalProgress.h"
#include "data/ProjectMerge.h"
#include "data/ProjectStore.h"
#include "data/StratifiedSplit.h"

namespace {

using namespace assay;

// Enough to find the problems; the counts in the summary cover the rest.
constexpr int kIssuesShownPerFile = 50;

QString reasons(const std::map<QString, qint64>& byReason) {
  QStringList parts;
  for (const auto& [reason, n] : byReason) parts << QString("%1 %2").arg(reason).arg(n);
  return parts.join(", ");
}

// "already present 5 (2 in the file itself; labels added or changed 1)", or
// with --allow_duplicates "duplicates 5 (imported anyway)".
QString duplicatesText(const data::ImportSummary& s) {
  if (s.duplicatesAllowed)
    return s.duplicates ? QString("duplicates %1 (imported anyway)").arg(s.duplicates) : QString("duplicates 0");
  QString text = QString("already present %1").arg(s.duplicates);
  QStringList details;
  if (s.duplicatesInFile) details << QString("%1 repeated within the file").arg(s.duplicatesInFile);
  if (s.duplicates > s.duplicatesInFile) details << QString("labels added or changed %1").arg(s.duplicateLabels);
  if (!details.isEmpty()) text += " (" + details.join("; ") + ")";
  return text;
}

QString labelList(const data::LabelSchema& schema, int from = 0) {
  QStringList names;
  for (int id = from; id < schema.size(); ++id) names << schema.nameOf(id);
  return names.join(", ");
}

// A new project takes every label the files use (a preset when one covers
// them all, else the labels in order of first appearance).
std::unique_ptr<data::ProjectStore> createFor(const QString& path, const QStringList& files, data::Format format) {
  const bool anyReadable = std::any_of(files.begin(), files.end(), [](const QString& f) {
    const QFileInfo info(f);
    return info.isFile() && info.isReadable() && info.size() > 0;
  });
  if (!anyReadable)
    throw std::runtime_error(QString(path + ": no such project, and no file to create it from").toStdString());
  data::LabelSchema labels = data::scanLabels(files, format, nullptr);
  if (labels.size() == 0) labels = data::LabelSchema::style();
  auto store = data::ProjectStore::create(path, labels);
  std::printf("created %s (schema %s; labels: %s)\n", path.toUtf8().constData(),
              data::schemaKindName(labels.kind()).toUtf8().constData(), labelList(labels).toUtf8().constData());
  return store;
}

int runImport(const QStringList& args) {
  const cli::CliArgs a(args, {"format", "annotator", "test_size", "seed"}, {"add_labels", "allow_duplicates"});
  if (a.positional().size() < 2) throw cli::UsageError("import needs PROJECT.assay and at least one FILE");
  data::Format format = data::Format::Auto;
  if (!data::parseFormat(a.value("format", "auto"), &format))
    throw cli::UsageError(
        QString("--format must be auto, style-json, trl, kto or text, not '%1'").arg(a.value("format")).toStdString());
  // Unnamed: each file's labels are its own annotator's ("import:<file name>").
  const QString annotator = a.value("annotator");
  if (a.has("annotator") && annotator.trimmed().isEmpty()) throw cli::UsageError("--annotator must not be empty");
  const double testSize = a.doubleValue("test_size", 0.2);
  if (testSize < 0.0 || testSize >= 1.0) throw cli::UsageError("--test_size must be in [0, 1)");
  const int seed = a.intValue("seed", 42);

  const QString path = a.positional().first();
  const QStringList files = a.positional().mid(1);
  const auto store = QFileInfo::exists(path) ? data::ProjectStore::open(path) : createFor(path, files, format);
  if (a.has("add_labels")) {
    const QStringList added = store->addLabelsFoundIn(files, format);
    std::printf("labels added: %s\n", added.isEmpty() ? "none (the project has every label the files use)"
                                                      : added.join(", ").toUtf8().constData());
  }
  // Large imports write their pages once (rollback journal) instead of twice
  // (WAL + checkpoint); silently skipped when the GUI has the project open.
  store->setBulkMode(true);
  bool failed = false;
  qint64 importedTotal = 0;
  data::StreamingSplit split(testSize, static_cast<uint32_t>(seed));
  for (const QString& file : files) {
    data::ImportSummary s;
    const data::ImportMark mark = data::markBeforeImport(*store);
    {
      cli::TerminalProgress progress("import " + QFileInfo(file).fileName(),
                                     std::max<qint64>(QFileInfo(file).size(), 1));
      const data::ImportOptions options{format, annotator, a.has("allow_duplicates")};
      s = store->importFile(
          file, options, [&](qint64 done, qint64) { progress.update(done); }, &split);
      if (!s.fileUnreadable) progress.finish();
    }
    int shown = 0;
    for (const data::ImportIssue& issue : s.issues) {
      if (shown++ == kIssuesShownPerFile) {
        std::fprintf(stderr, "%s: ... and %lld more skipped records\n", file.toUtf8().constData(),
                     static_cast<long long>(s.issues.size()) - kIssuesShownPerFile);
        break;
      }
      std::fprintf(stderr, "%s\n", issue.toString().toUtf8().constData());
    }
    if (s.fileUnreadable) {
      std::fprintf(stderr, "%s: nothing imported; the project is unchanged\n", file.toUtf8().constData());
      failed = true;
      continue;
    }
    std::printf("%s: imported %lld, %s, skipped %lld%s; labels by %s\n", file.toUtf8().constData(),
                static_cast<long long>(s.imported), duplicatesText(s).toUtf8().constData(),
                static_cast<long long>(s.skipped()),
                s.skippedByReason.empty() ? "" : QString(" (" + reasons(s.skippedByReason) + ")").toUtf8().constData(),
                s.annotator.toUtf8().constData());
    // The file's labels against the other annotators' latest labels on the
    // same samples (data/ProjectMerge.h): what merging a colleague's labels
    // brought.
    if (s.imported > 0 || s.duplicateLabels > 0) {
      const data::LabelMergeCounts c = data::importedLabelCounts(*store, s.annotator, mark);
      if (c.total() > 0)
        std::printf("%s: labels new %lld, equal %lld, conflicting %lld (against other annotators' latest labels)\n",
                    file.toUtf8().constData(), static_cast<long long>(c.added), static_cast<long long>(c.equal),
                    static_cast<long long>(c.conflicting));
    }
    // A file whose records are all in the project already is no failure;
    // one without a single usable record is.
    if (s.imported + s.duplicates == 0) failed = true;
    importedTotal += s.imported;
  }
  if (importedTotal > 0) {
    // Samples left unassigned by earlier imports (e.g. the GUI's, which
    // split on request) are split now, among themselves.
    if (store->sampleCount(data::Split::Unassigned) > 0) store->assignSplits(testSize, static_cast<uint32_t>(seed));
    std::printf("split: train %lld, test %lld (test_size %g, seed %d, stratified by label)\n",
                static_cast<long long>(store->sampleCount(data::Split::Train)),
                static_cast<long long>(store->sampleCount(data::Split::Test)), testSize, seed);
  }
  store->setBulkMode(false);
  return failed ? cli::kFailure : cli::kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("import",
                  "assay-cli import  PROJECT.assay FILE... [--format auto|style-json|trl|kto|text] [--annotator NAME] "
                  "[--test_size 0.2] [--seed 42] [--add_labels] [--allow_duplicates]\n"
                  "                  (a PROJECT that does not exist is created with the labels the files use;\n"
                  "                  --add_labels adds the labels of the files that the project lacks;\n"
                  "                  a record already in the project adds no sample, only its label as the\n"
                  "                  file annotator's, unless --allow_duplicates; labels are by --annotator,\n"
                  "                  else by import:FILE_NAME)",
                  runImport);
