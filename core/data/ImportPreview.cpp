#include "data/ImportPreview.h"

#include "data/RecordReader.h"

namespace assay::data {

Format ImportPreview::detectedFormat() const {
  if (formats.empty()) return Format::Auto;
  for (Format f : formats)
    if (f != formats.front()) return Format::Auto;
  return formats.front();
}

ImportPreview previewImportFile(const QString& file, Format format, const LabelSchema& schema, int maxRecords) {
  ImportPreview preview;
  detail::InputFile input;
  ImportIssue openIssue;
  if (!input.open(file, &openIssue)) {
    preview.fileUnreadable = true;
    preview.issues.push_back(std::move(openIssue));
    return preview;
  }
  struct Enough {};  // thrown from the callback: the reader stops, nothing more is read
  detail::RecordReader reader(file, format, &schema);
  detail::ReadCallbacks cb;
  cb.record = [&](detail::ParsedRecord& r) {
    preview.records.push_back(detail::toSample(r, file));
    preview.formats.push_back(r.format);
    if (static_cast<int>(preview.records.size()) >= maxRecords) throw Enough{};
  };
  cb.issue = [&](ImportIssue&& issue) {
    preview.issues.push_back(std::move(issue));
    // A file of nothing but bad records is not read to its end either.
    if (static_cast<int>(preview.issues.size()) >= maxRecords) throw Enough{};
  };
  try {
    preview.fileUnreadable = !reader.parse(input.data(), input.size(), cb);
  } catch (const Enough&) {
  }
  return preview;
}

}  // namespace assay::data
