// The request bodies of `assay-cli serve`, read as each endpoint reads them.
// An accepted request carries at least one non-empty text (the scorer never
// gets an empty batch); a refused one names an HTTP 4xx status and a message.
#include <QByteArray>

#include "FuzzTarget.h"
#include "serve/ServeRequest.h"

using namespace assay::serve;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
  for (Endpoint endpoint : {Endpoint::Predict, Endpoint::PredictBatch, Endpoint::Score}) {
    ServeRequest request;
    RequestError error;
    if (parseServeRequest(endpoint, body, kDefaultMaxBodyBytes, &request, &error)) {
      FUZZ_CHECK(!request.texts.isEmpty());
      FUZZ_CHECK(request.texts.size() <= kMaxTextsPerRequest);
      for (const QString& text : request.texts) FUZZ_CHECK(!text.trimmed().isEmpty());
      FUZZ_CHECK(endpoint == Endpoint::PredictBatch || request.texts.size() == 1);
    } else {
      FUZZ_CHECK(error.status >= 400 && error.status < 500);
      FUZZ_CHECK(!error.message.isEmpty());
      FUZZ_CHECK(!errorBody(error.message).isEmpty());
    }
  }
  return 0;
}
