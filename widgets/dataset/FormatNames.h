#pragma once
// What the Import and Export dialogs call each exchange format: the name of
// what it is (and whose trainer reads it), in the user's language.
#include <QCoreApplication>
#include <QString>

#include "data/DataFormat.h"

namespace assay {

class FormatNames {
  Q_DECLARE_TR_FUNCTIONS(assay::FormatNames)

 public:
  // Format::Auto is "Detect automatically"; Text reads plain lines too on import.
  static QString forImport(data::Format format);
  static QString forExport(data::Format format);
};

}  // namespace assay
