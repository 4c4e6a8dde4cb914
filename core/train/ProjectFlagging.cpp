#include "train/ProjectFlagging.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "data/LabelFlags.h"
#include "data/ProjectStore.h"

namespace assay {

void FlaggableRecords::add(const data::Sample& s, qint64 id) {
  if (s.kind == data::SampleKind::Text && s.label >= 0) {
    texts << s.text;
    labels.push_back(s.label);
    textIds.push_back(id);
  } else if (s.kind == data::SampleKind::Pair) {
    chosen << s.chosen;
    rejected << s.rejected;
    pairIds.push_back(id);
  }
}

std::vector<FoundFlag> flagRecords(const FlaggableRecords& records, int numClasses, const FlaggerOptions& options,
                                   const FlaggerControl& control) {
  const std::set<int> labelsInUse(records.labels.begin(), records.labels.end());
  const bool haveTexts = records.texts.size() >= options.folds && labelsInUse.size() >= 2;
  const bool havePairs = records.chosen.size() >= options.folds;
  if (!haveTexts && !havePairs)
    throw std::invalid_argument(QStringLiteral("needs at least %1 labelled texts with two labels or more, or %1 "
                                               "preference pairs (has %2 labelled texts, %3 pairs)")
                                    .arg(options.folds)
                                    .arg(records.texts.size())
                                    .arg(records.chosen.size())
                                    .toStdString());

  // Both passes on one progress scale: each reports (done, total) fits.
  const int passes = (haveTexts ? 1 : 0) + (havePairs ? 1 : 0);
  int pass = 0;
  const auto passControl = [&control, &pass, passes]() {
    FlaggerControl c;
    c.cancel = control.cancel;
    if (control.progress)
      c.progress = [&control, &pass, passes](int done, int total) {
        constexpr int kScale = 1000;
        control.progress(pass * kScale + (total > 0 ? kScale * done / total : 0), passes * kScale);
      };
    return c;
  };
  std::vector<FoundFlag> found;
  if (haveTexts) {
    for (const LabelFlag& f : flagLabels(records.texts, records.labels, numClasses, options, passControl()))
      found.push_back({records.textIds[size_t(f.index)], false, f});
    ++pass;
  }
  if (havePairs)
    for (const LabelFlag& f : flagPairs(records.chosen, records.rejected, options, passControl()))
      found.push_back({records.pairIds[size_t(f.index)], true, f});
  std::stable_sort(found.begin(), found.end(),
                   [](const FoundFlag& a, const FoundFlag& b) { return a.flag.score > b.flag.score; });
  if (options.maxFlags > 0 && found.size() > size_t(options.maxFlags)) found.resize(size_t(options.maxFlags));
  return found;
}

ProjectFlagRun flagProject(data::ProjectStore& store, const FlaggerOptions& options, const FlaggerControl& control,
                           const QString& by) {
  FlaggableRecords records;
  store.forEachSample(data::Split::All, [&records](const data::Sample& s) { records.add(s, s.id); });
  const std::vector<FoundFlag> found = flagRecords(records, store.labelSchema().size(), options, control);

  std::vector<data::NewLabelFlag> rows;
  rows.reserve(found.size());
  for (const FoundFlag& f : found)
    rows.push_back({f.id, f.flag.givenLabel, f.flag.suggestedLabel, f.flag.suggestedProbability, f.flag.score});
  ProjectFlagRun run;
  run.records = records.size();
  run.flags = qint64(rows.size());
  run.runId = data::saveFlagRun(store, by, flaggerMethodName(options), run.records, rows);
  return run;
}

}  // namespace assay
