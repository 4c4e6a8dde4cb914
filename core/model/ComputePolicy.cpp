#include "model/ComputePolicy.h"

#include <stdexcept>

namespace assay {

QString kernelPathName(KernelPath path) {
  return path == KernelPath::Reference ? QStringLiteral("reference") : QStringLiteral("fused");
}

KernelPath parseKernelPath(const QString& name) {
  if (name == QLatin1String("fused")) return KernelPath::Fused;
  if (name == QLatin1String("reference")) return KernelPath::Reference;
  throw std::invalid_argument("kernels must be fused or reference, not " + name.toStdString());
}

}  // namespace assay
