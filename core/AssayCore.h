#pragma once
// Umbrella for the core library.
#include <QString>

namespace assay {

QString version();

}  // namespace assay
