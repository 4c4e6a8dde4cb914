#include "serve/ServeRequest.h"

#include <nlohmann/json.hpp>

#include "data/RecordFields.h"

namespace assay::serve {
namespace {

using Json = data::detail::Json;

bool fail(RequestError* error, int status, const QString& message) {
  error->status = status;
  error->message = message;
  return false;
}

QString typeName(const Json& v) { return QString::fromUtf8(v.type_name()); }

const Json* field(const Json& obj, const char* key) {
  const auto it = obj.find(key);
  return it == obj.end() ? nullptr : &*it;
}

// A text to classify: a non-blank string within the importer's size limit.
bool readText(const Json& v, const QString& name, QString* out, RequestError* error) {
  if (!v.is_string()) return fail(error, 400, QStringLiteral("\"%1\" must be a string, got %2").arg(name, typeName(v)));
  const std::string& s = v.get_ref<const std::string&>();
  data::detail::RecordProblem problem;
  if (!data::detail::checkText(s, name.toUtf8().constData(), &problem)) return fail(error, 400, problem.message);
  *out = QString::fromStdString(s);
  return true;
}

bool isTurns(const Json& v) { return v.is_string() || v.is_array(); }

// The response of a /score body as the TRL record the importer reads: the
// response on both sides of a pair, so that the record's "chosen" text is
// the prompt and response joined as training joins them.
bool scoreText(const Json& obj, QString* out, RequestError* error) {
  const char* responseKey = nullptr;
  for (const char* key : {"response", "completion", "chosen", "messages"})
    if (obj.contains(key)) {
      responseKey = key;
      break;
    }
  if (!responseKey)
    return fail(error, 400,
                QStringLiteral("missing field \"response\" (or a TRL \"chosen\", \"completion\" or "
                               "\"messages\")"));
  const Json& response = obj[responseKey];
  if (!isTurns(response))
    return fail(error, 400,
                QStringLiteral("\"%1\" must be a string or a list of messages, got %2")
                    .arg(QString::fromLatin1(responseKey), typeName(response)));
  Json record = Json::object();
  if (const Json* prompt = field(obj, "prompt")) {
    if (std::string_view(responseKey) == "messages")
      return fail(error, 400, QStringLiteral("\"messages\" carries the prompt; drop \"prompt\""));
    if (!isTurns(*prompt))
      return fail(error, 400,
                  QStringLiteral("\"prompt\" must be a string or a list of messages, got %1").arg(typeName(*prompt)));
    record["prompt"] = *prompt;
  }
  record["chosen"] = response;
  record["rejected"] = response;
  data::detail::LabelResolver labels(nullptr, data::LabelPolicy::Grow);
  data::detail::ParsedRecord parsed;
  data::detail::RecordProblem problem;
  if (!data::detail::interpretRecord(record, data::Format::Trl, labels, &parsed, &problem)) {
    QString message = problem.message;
    if (std::string_view(responseKey) != "chosen")
      message.replace(QStringLiteral("\"chosen\""), QStringLiteral("\"%1\"").arg(QString::fromLatin1(responseKey)));
    return fail(error, 400, message);
  }
  const std::string& text = parsed.kind == data::SampleKind::Pair ? parsed.chosen : parsed.text;
  *out = QString::fromStdString(text);
  return true;
}

}  // namespace

bool parseServeRequest(Endpoint endpoint, const QByteArray& body, qint64 maxBodyBytes, ServeRequest* out,
                       RequestError* error) {
  out->endpoint = endpoint;
  out->texts.clear();
  if (body.size() > maxBodyBytes)
    return fail(
        error, 413,
        QStringLiteral("request body of %1 bytes is over the limit of %2 bytes").arg(body.size()).arg(maxBodyBytes));
  const Json obj = Json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
  if (obj.is_discarded()) return fail(error, 400, QStringLiteral("malformed JSON"));
  if (!obj.is_object())
    return fail(error, 400, QStringLiteral("the body must be a JSON object, got %1").arg(typeName(obj)));
  QString text;
  switch (endpoint) {
    case Endpoint::Predict: {
      const Json* v = field(obj, "text");
      if (!v) return fail(error, 400, QStringLiteral("missing field \"text\""));
      if (!readText(*v, QStringLiteral("text"), &text, error)) return false;
      out->texts.append(text);
      return true;
    }
    case Endpoint::PredictBatch: {
      const Json* v = field(obj, "texts");
      if (!v) return fail(error, 400, QStringLiteral("missing field \"texts\""));
      if (!v->is_array())
        return fail(error, 400, QStringLiteral("\"texts\" must be a list of strings, got %1").arg(typeName(*v)));
      if (v->empty()) return fail(error, 400, QStringLiteral("\"texts\" is empty"));
      if (v->size() > static_cast<size_t>(kMaxTextsPerRequest))
        return fail(
            error, 413,
            QStringLiteral("\"texts\" holds %1 texts, over the limit of %2").arg(v->size()).arg(kMaxTextsPerRequest));
      for (size_t i = 0; i < v->size(); ++i) {
        if (!readText((*v)[i], QStringLiteral("texts[%1]").arg(i), &text, error)) return false;
        out->texts.append(text);
      }
      return true;
    }
    case Endpoint::Score:
      if (!scoreText(obj, &text, error)) return false;
      out->texts.append(text);
      return true;
  }
  return fail(error, 404, QStringLiteral("unknown route"));
}

QByteArray errorBody(const QString& message) {
  nlohmann::json j;
  j["error"] = message.toStdString();
  return QByteArray::fromStdString(j.dump());
}

}  // namespace assay::serve
