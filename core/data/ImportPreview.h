#pragma once
// What an import would read, before it runs: the first records of a file as
// they would become samples, and the format each was read as (the Import
// dialog shows them so a wrong file or format is seen before importing).
#include <QString>
#include <vector>

#include "data/DataFormat.h"
#include "data/LabelSchema.h"
#include "data/Sample.h"

namespace assay::data {

struct ImportPreview {
  std::vector<Sample> records;      // the first records read, in file order
  std::vector<Format> formats;      // the format each of them was read as
  std::vector<ImportIssue> issues;  // problems met before the last of them
  bool fileUnreadable = false;      // nothing could be read (issues says why)
  // The one format every record shown was read as; Auto when they differ or
  // none was read.
  Format detectedFormat() const;
};

// Reads records of `file` as ProjectStore::importFile would (labels resolved
// against `schema`) until `maxRecords` were read; the rest of the file is
// not read. Never throws for bad input.
ImportPreview previewImportFile(const QString& file, Format format, const LabelSchema& schema, int maxRecords = 8);

}  // namespace assay::data
