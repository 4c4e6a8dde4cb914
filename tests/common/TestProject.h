#pragma once
// Builds small projects for the GUI tests in a temporary directory.
#include <QTemporaryDir>
#include <memory>
#include <vector>

#include "data/ProjectStore.h"

namespace assay::testing {

inline data::Sample textSample(const QString& text, int label = -1, data::Split split = data::Split::Unassigned) {
  data::Sample s;
  s.text = text;
  s.label = label;
  s.split = split;
  return s;
}

// Creates DIR/name.assay holding `samples`; returns its path.
inline QString makeProject(const QTemporaryDir& dir, const QString& name, data::SchemaKind kind,
                           const std::vector<data::Sample>& samples,
                           const QString& annotator = QStringLiteral("import")) {
  const QString path = dir.filePath(name + QStringLiteral(".assay"));
  auto store = data::ProjectStore::create(path, kind);
  if (!samples.empty()) store->addSamples(samples, annotator);
  return path;
}

}  // namespace assay::testing
