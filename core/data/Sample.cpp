#include "data/Sample.h"

namespace assay::data {

QString splitName(Split split) {
  switch (split) {
    case Split::Unassigned:
      return QStringLiteral("unassigned");
    case Split::Train:
      return QStringLiteral("train");
    case Split::Test:
      return QStringLiteral("test");
    case Split::All:
      return QStringLiteral("all");
  }
  return {};
}

bool parseSplit(const QString& text, Split* split) {
  for (Split s : {Split::Unassigned, Split::Train, Split::Test, Split::All}) {
    if (text == splitName(s)) {
      *split = s;
      return true;
    }
  }
  return false;
}

}  // namespace assay::data
