// label_mapping.json (init --labels_file, train --label_mapping). An
// accepted mapping writes back to a mapping that reads as the same labels.
#include <QByteArray>
#include <QString>

#include "FuzzTarget.h"
#include "data/LabelSchema.h"

using assay::data::LabelSchema;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  try {
    const LabelSchema labels = LabelSchema::parseLabelMapping(bytes, QStringLiteral("fuzz.json"));
    const LabelSchema back = LabelSchema::parseLabelMapping(labels.labelMappingJson(), QStringLiteral("written.json"));
    FUZZ_CHECK(back.size() == labels.size());
    for (int id = 0; id < labels.size(); ++id) FUZZ_CHECK(back.nameOf(id) == labels.nameOf(id));
  } catch (const std::runtime_error&) {
  }
  return 0;
}
