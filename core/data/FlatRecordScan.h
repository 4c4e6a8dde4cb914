#pragma once
// Fast path of the record reader for the commonest shape of a large import:
// a flat KTO correctness record, {"prompt": "...", "completion": "正确"|"错误",
// "label": true|false}, whose strings need no unescaping. Anything else (other
// keys, nesting, escapes, numbers, bad JSON, bad UTF-8, empty text) is left to
// the nlohmann DOM path, so every error message stays the one that path gives.
#include <string_view>

#include "data/DataFormat.h"

namespace assay::data::detail {

class LabelResolver;
struct ParsedRecord;

// Tries [s, e) (one record, trailing white space already trimmed). True when
// the record was recognised and `out` filled exactly as interpretRecord
// would fill it; false when the caller must take the DOM path (`out` is then
// unchanged; `labels` at most inferred the correctness schema, as the DOM
// path would for the same record).
bool scanFlatKtoRecord(const char* s, const char* e, Format format, LabelResolver& labels, ParsedRecord* out);

}  // namespace assay::data::detail
