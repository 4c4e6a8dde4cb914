// Importers: one target per format (ASSAY_FUZZ_FORMAT names it, as the CLI
// spells it). Each input is read twice: against the style preset with
// unknown labels skipped, and with no schema and labels grown from the data.
// readSamplesData promises never to throw for bad input.
#include <QByteArray>
#include <QString>

#include "FuzzTarget.h"
#include "data/DataFormat.h"
#include "data/LabelSchema.h"

using namespace assay::data;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Format format = [] {
    Format f = Format::Auto;
    FUZZ_CHECK(parseFormat(QStringLiteral(ASSAY_FUZZ_FORMAT), &f));
    return f;
  }();
  static const LabelSchema style = LabelSchema::style();
  const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  const ImportResult known = readSamplesData(bytes, QStringLiteral("fuzz.input"), format, &style, LabelPolicy::Known);
  for (const Sample& s : known.samples) FUZZ_CHECK(s.label < style.size());
  const ImportResult grown = readSamplesData(bytes, QStringLiteral("fuzz.input"), format, nullptr, LabelPolicy::Grow);
  // Growing labels never loses a record that a known label kept.
  FUZZ_CHECK(grown.samples.size() >= known.samples.size());
  return 0;
}
