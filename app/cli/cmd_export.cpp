// assay-cli export: write a split of a project in one of the exchange formats,
// or exactly the records a filter selects (the dataset pane's --label and
// --search, as its Export dialog's "only the records the filter shows").
#include <QFileInfo>
#include <cstdio>
#include <limits>

#include "CliArgs.h"
#include "CliCommand.h"
#include "TerminalProgress.h"
#include "data/ProjectStore.h"
#include "data/SampleQuery.h"

namespace {

using namespace assay;

int runExport(const QStringList& args) {
  const cli::CliArgs a(args, {"format", "split", "label_mapping", "label", "search"}, {"reviewed", "has_note"});
  if (a.positional().size() != 2) throw cli::UsageError("export needs PROJECT.assay and OUT");
  data::Split split = data::Split::All;
  const QString splitText = a.value("split", "all");
  if (!data::parseSplit(splitText, &split) || split == data::Split::Unassigned)
    throw cli::UsageError(QString("--split must be train, test or all, not '%1'").arg(splitText).toStdString());
  const auto store = data::ProjectStore::open(a.positional().at(0));
  // Default: the format that holds this project's records (as the GUI's Export dialog).
  data::Format format = store->defaultExportFormat();
  if (a.has("format") && (!data::parseFormat(a.value("format"), &format) || format == data::Format::Auto))
    throw cli::UsageError(
        QString("--format must be style-json, trl, kto or text, not '%1'").arg(a.value("format")).toStdString());

  // A filter, as the dataset pane's: the split, a label (or "unlabeled"), a text, notes.
  data::SampleFilter filter;
  filter.split = split;
  filter.search = a.value("search");
  filter.hasNoteOnly = a.has("has_note");
  if (a.has("label")) {
    const QString label = a.value("label");
    filter.label = label == "unlabeled" ? -1 : store->labelSchema().idOf(label);
    if (filter.label == -1 && label != "unlabeled")
      throw cli::UsageError(QString("--label: the project has no label '%1'").arg(label).toStdString());
  }
  const bool filtered = a.has("label") || a.has("search") || a.has("has_note");
  if (filtered && a.has("reviewed")) throw cli::UsageError("--reviewed cannot be combined with a filter");

  const QString out = a.positional().at(1);
  data::ExportResult r;
  {
    cli::TerminalProgress progress("export " + QFileInfo(out).fileName(),
                                   std::max<qint64>(store->sampleCount(split), 1));
    const auto report = [&](qint64 done, qint64) { progress.update(done); };
    // --reviewed: only samples a reviewer gave a verdict (skips excluded), every split.
    if (filtered)
      r = store->exportSamples(out, format,
                               data::SampleQuery(store->path()).matchingIds(filter, 0, std::numeric_limits<int>::max()),
                               report);
    else if (a.has("reviewed")) r = store->exportReviewed(out, format, report);
    else r = store->exportTo(out, format, split, report);
    progress.finish();
  }
  if (a.has("label_mapping")) store->labelSchema().writeLabelMapping(a.value("label_mapping"));
  QStringList skipped;
  for (const auto& [reason, n] : r.skippedByReason) skipped << QString("%1 %2").arg(reason).arg(n);
  std::printf("%s: wrote %lld records (%s, split %s, %lld bytes)%s\n", out.toUtf8().constData(),
              static_cast<long long>(r.written), data::formatName(format).toUtf8().constData(),
              splitText.toUtf8().constData(), static_cast<long long>(r.bytes),
              skipped.isEmpty() ? "" : QString("; skipped " + skipped.join(", ")).toUtf8().constData());
  return cli::kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("export",
                  "assay-cli export  PROJECT.assay OUT [--format style-json|trl|kto|text] [--split train|test|all] "
                  "[--label_mapping FILE] [--reviewed]\n"
                  "                  [--label NAME|unlabeled] [--search TEXT] [--has_note]  (only the records they\n"
                  "                  select, as the dataset pane's filter)",
                  runExport);
