#pragma once
// Request bodies of `assay-cli serve` (POST /predict, /predict_batch, /score)
// turned into the texts the model scores, or into the HTTP error to answer.
// Free of LibTorch and of the HTTP server so that it can be fuzzed
// (fuzz/fuzz_serve_request.cpp) and tested without a model.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace assay::serve {

// Largest request body accepted by default (--max_body_bytes).
inline constexpr qint64 kDefaultMaxBodyBytes = 8LL * 1024 * 1024;
// Most texts one /predict_batch request may carry: one request must not
// hold the batching worker for minutes.
inline constexpr int kMaxTextsPerRequest = 4096;

enum class Endpoint { Predict, PredictBatch, Score };

struct RequestError {
  int status = 400;  // 400 malformed / missing / wrong type, 413 too large
  QString message;
};

// What a parsed request asks to score: one text for /predict and /score,
// one or more for /predict_batch, in request order.
struct ServeRequest {
  Endpoint endpoint = Endpoint::Predict;
  QStringList texts;
};

// Parses `body` for `endpoint`. /predict: {"text": string}. /predict_batch:
// {"texts": [string, ...]}. /score: {"prompt", "response"}, or a TRL record
// ({"chosen": ...} with optional "prompt", {"prompt", "completion"}, or
// {"messages": [...]}) read as the importer reads TRL records, so a response
// is scored as the text a reward model was trained on. False with `error`
// set otherwise.
bool parseServeRequest(Endpoint endpoint, const QByteArray& body, qint64 maxBodyBytes, ServeRequest* out,
                       RequestError* error);

// {"error": message} as compact JSON.
QByteArray errorBody(const QString& message);

}  // namespace assay::serve
