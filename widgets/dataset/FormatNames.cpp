#include "dataset/FormatNames.h"

namespace assay {

namespace {
QString common(data::Format format) {
  switch (format) {
    case data::Format::StyleJson:
      return FormatNames::tr("Style JSON (rm_train.py)");
    case data::Format::Trl:
      return FormatNames::tr("TRL chosen/rejected JSONL");
    case data::Format::Kto:
      return FormatNames::tr("KTO JSONL");
    case data::Format::Text:
    case data::Format::Auto:
      break;
  }
  return {};
}
}  // namespace

QString FormatNames::forImport(data::Format format) {
  if (format == data::Format::Auto) return tr("Detect automatically");
  if (format == data::Format::Text) return tr("Text JSONL or plain text lines");
  return common(format);
}

QString FormatNames::forExport(data::Format format) {
  if (format == data::Format::Text) return tr("Text JSONL");
  return common(format);
}

}  // namespace assay
