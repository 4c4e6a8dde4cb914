#include "AssayCore.h"

namespace assay {

QString version() { return QStringLiteral(ASSAY_VERSION); }

}  // namespace assay
