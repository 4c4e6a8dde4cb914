// assay-cli agreement: how much the project's annotators agree, each by
// their latest label per text sample (data/AgreementStats.h has the
// definitions): per pair the shared samples, percent agreement and Cohen's
// kappa; Fleiss' kappa, Krippendorff's alpha; agreement per label; with
// --pair A B the confusion matrix of two annotators. --json prints one object.
#include <QCoreApplication>
#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "CliArgs.h"
#include "CliCommand.h"
#include "data/AgreementStats.h"
#include "data/ProjectStore.h"

namespace {

using namespace assay;
using Json = nlohmann::ordered_json;

struct Msg {
  Q_DECLARE_TR_FUNCTIONS(assay::cli::agreement)
};

void say(const QString& text) { std::printf("%s\n", text.toUtf8().constData()); }

Json orNull(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

// Terminal columns of a string: CJK and other wide characters take two.
int displayWidth(const QString& s) {
  int w = 0;
  for (const uint c : s.toUcs4()) {
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
    w += wide ? 2 : 1;
  }
  return w;
}

// Rows of cells printed in aligned columns: the first left-aligned, the rest right-aligned.
void printTable(const std::vector<QStringList>& rows) {
  std::vector<int> widths;
  for (const QStringList& row : rows)
    for (int i = 0; i < row.size(); ++i) {
      if (size_t(i) >= widths.size()) widths.push_back(0);
      widths[size_t(i)] = std::max(widths[size_t(i)], displayWidth(row[i]));
    }
  for (const QStringList& row : rows) {
    QString line = QStringLiteral("   ");
    for (int i = 0; i < row.size(); ++i) {
      const QString pad(widths[size_t(i)] - displayWidth(row[i]), QLatin1Char(' '));
      line += i == 0 ? QString(row[i] + pad) : QString(QStringLiteral("  ") + pad + row[i]);
    }
    say(line);
  }
}

QString number(const std::optional<double>& v, int decimals = 3) {
  return v ? QString::number(*v, 'f', decimals) : QStringLiteral("—");
}

QString percent(const std::optional<double>& v) {
  return v ? QString::number(*v * 100.0, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
}

int runAgreement(const QStringList& rawArgs) {
  // --pair takes two values: taken out before the usual parsing.
  QStringList args;
  QStringList pair;
  for (int i = 0; i < rawArgs.size(); ++i) {
    if (rawArgs[i] == QLatin1String("--pair")) {
      if (i + 2 >= rawArgs.size() || rawArgs[i + 1].startsWith(QLatin1String("--")) ||
          rawArgs[i + 2].startsWith(QLatin1String("--")))
        throw cli::UsageError("--pair needs two annotator names: --pair A B");
      pair = {rawArgs[i + 1], rawArgs[i + 2]};
      i += 2;
    } else {
      args << rawArgs[i];
    }
  }
  const cli::CliArgs a(args, {}, {"json"});
  if (a.positional().size() != 1) throw cli::UsageError("agreement takes exactly one PROJECT.assay");
  if (!pair.isEmpty() && pair[0] == pair[1]) throw cli::UsageError("--pair needs two different annotators");
  const QString path = a.positional().first();
  const auto store = data::ProjectStore::open(path, data::ProjectStore::Access::ReadOnly);
  const data::LabelSchema& schema = store->labelSchema();
  std::vector<int> labelIds;
  for (const data::Label& l : schema.labels()) labelIds.push_back(l.id);
  const data::RatingTable table = data::loadRatings(*store);
  const data::AgreementReport r = data::computeAgreement(table, labelIds);
  if (r.annotators.size() < 2)
    throw std::runtime_error(
        QString(path +
                QStringLiteral(": agreement needs text labels by at least two annotators; found %1%2")
                    .arg(r.annotators.size())
                    .arg(r.annotators.isEmpty() ? QString() : QStringLiteral(" (") + r.annotators.join(", ") + ")"))
            .toStdString());
  for (const QString& name : pair)
    if (!r.annotators.contains(name))
      throw std::runtime_error(QString(path + QStringLiteral(": no annotator \"%1\" (annotators: %2)")
                                                  .arg(name, r.annotators.join(QStringLiteral(", "))))
                                   .toStdString());
  const auto labelName = [&](int id) { return id < schema.size() ? schema.nameOf(id) : QString::number(id); };
  std::optional<data::ConfusionMatrix> confusion;
  if (!pair.isEmpty()) confusion = data::confusionMatrix(table, pair[0], pair[1], labelIds);

  if (a.has("json")) {
    Json annotators = Json::array();
    for (const QString& n : r.annotators) annotators.push_back(n.toStdString());
    Json pairs = Json::array();
    for (const data::PairAgreement& p : r.pairs)
      pairs.push_back({{"a", p.a.toStdString()},
                       {"b", p.b.toStdString()},
                       {"n", p.n},
                       {"percent_agreement", orNull(p.percentAgreement)},
                       {"cohen_kappa", orNull(p.cohenKappa)}});
    Json perLabel = Json::object();
    for (const data::LabelAgreement& l : r.perLabel)
      perLabel[labelName(l.label).toStdString()] = {{"assignments", l.assignments},
                                                    {"samples", l.samples},
                                                    {"pairable", l.pairable},
                                                    {"agreeing_pairs", l.agreeingPairs},
                                                    {"specific_agreement", orNull(l.specificAgreement)}};
    Json j = {{"annotators", annotators},
              {"samples", r.samples},
              {"samples_with_two_or_more", r.multiplyRated},
              {"pairs", pairs},
              {"fleiss_kappa", orNull(r.fleissKappa)},
              {"fleiss_subset", {{"ratings_per_sample", r.fleissRatings}, {"samples", r.fleissSamples}}},
              {"krippendorff_alpha", orNull(r.krippendorffAlpha)},
              {"per_label", perLabel}};
    if (confusion) {
      Json labels = Json::array();
      for (int id : confusion->labels) labels.push_back(labelName(id).toStdString());
      j["confusion"] = {{"a", confusion->a.toStdString()},
                        {"b", confusion->b.toStdString()},
                        {"n", confusion->n},
                        {"labels", labels},
                        {"matrix", confusion->counts}};
    }
    std::printf("%s\n", j.dump(-1, ' ', false).c_str());
    return cli::kOk;
  }

  say(Msg::tr("👥 %1 annotators: %2").arg(r.annotators.size()).arg(r.annotators.join(QStringLiteral(", "))));
  say(Msg::tr("   %1 labelled text samples, %2 labelled by two or more annotators")
          .arg(r.samples)
          .arg(r.multiplyRated));
  say(Msg::tr("🤝 Pairs (each annotator's latest label):"));
  std::vector<QStringList> rows{{Msg::tr("annotators"), Msg::tr("shared"), Msg::tr("agreement"), Msg::tr("Cohen's κ")}};
  for (const data::PairAgreement& p : r.pairs)
    rows.push_back(
        {p.a + QStringLiteral(" · ") + p.b, QString::number(p.n), percent(p.percentAgreement), number(p.cohenKappa)});
  printTable(rows);
  say(r.fleissKappa || r.fleissRatings >= 2 ? Msg::tr("📐 Fleiss' κ: %1 (%2 samples with %3 ratings each)")
                                                  .arg(number(r.fleissKappa))
                                                  .arg(r.fleissSamples)
                                                  .arg(r.fleissRatings)
                                            : Msg::tr("📐 Fleiss' κ: — (no sample has two ratings)"));
  say(Msg::tr("📐 Krippendorff's α (nominal): %1").arg(number(r.krippendorffAlpha)));
  say(Msg::tr("🏷️ Per label:"));
  rows = {{Msg::tr("label"), Msg::tr("labels"), Msg::tr("samples"), Msg::tr("agreeing pairs"),
           Msg::tr("specific agreement")}};
  for (const data::LabelAgreement& l : r.perLabel)
    rows.push_back({labelName(l.label), QString::number(l.assignments), QString::number(l.samples),
                    QString::number(l.agreeingPairs), percent(l.specificAgreement)});
  printTable(rows);
  if (confusion) {
    say(Msg::tr("🔀 Confusion matrix, %1 (rows) × %2 (columns), %3 shared samples:")
            .arg(confusion->a, confusion->b)
            .arg(confusion->n));
    QStringList header{QString()};
    for (int id : confusion->labels) header << labelName(id);
    rows = {header};
    for (size_t i = 0; i < confusion->labels.size(); ++i) {
      QStringList row{labelName(confusion->labels[i])};
      for (qint64 v : confusion->counts[i]) row << QString::number(v);
      rows.push_back(row);
    }
    printTable(rows);
  }
  return cli::kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("agreement",
                  "assay-cli agreement PROJECT.assay [--json] [--pair A B]\n"
                  "                  (agreement between annotators, each by their latest label: per pair the\n"
                  "                  shared samples, percent agreement and Cohen's kappa; Fleiss' kappa,\n"
                  "                  Krippendorff's alpha, agreement per label; --pair: confusion matrix of A and B)",
                  runAgreement);
