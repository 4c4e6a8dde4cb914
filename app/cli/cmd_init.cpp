// assay-cli init: create an empty project with a preset label set (the five
// styles, or correct / incorrect) or the user's own labels.
#include <cstdio>

#include "CliArgs.h"
#include "CliCommand.h"
#include "data/ProjectStore.h"

namespace {

using namespace assay;

data::LabelSchema labelsFromArgs(const cli::CliArgs& a) {
  const int given = int(a.has("schema")) + int(a.has("labels")) + int(a.has("labels_file"));
  if (given > 1) throw cli::UsageError("give one of --schema, --labels and --labels_file");
  if (a.has("labels")) {
    try {
      return data::LabelSchema::fromNames(a.value("labels").split(',', Qt::SkipEmptyParts));
    } catch (const std::invalid_argument& e) {
      throw cli::UsageError(std::string("--labels: ") + e.what());
    }
  }
  if (a.has("labels_file")) return data::LabelSchema::readLabelMapping(a.value("labels_file"));
  data::SchemaKind kind = data::SchemaKind::Style;
  if (!data::parseSchemaKind(a.value("schema", "style"), &kind) || kind == data::SchemaKind::Custom)
    throw cli::UsageError(QString("--schema must be style or correctness, not '%1' (your own labels: --labels a,b,c)")
                              .arg(a.value("schema"))
                              .toStdString());
  return data::LabelSchema::forKind(kind);
}

int runInit(const QStringList& args) {
  const cli::CliArgs a(args, {"schema", "labels", "labels_file"}, {});
  if (a.positional().size() != 1) throw cli::UsageError("init takes exactly one PROJECT.assay");
  const QString path = a.positional().first();
  const auto store = data::ProjectStore::create(path, labelsFromArgs(a));
  QStringList labels;
  for (const data::Label& l : store->labelSchema().labels())
    labels << (l.name == l.english ? QString("%1 %2").arg(l.name).arg(l.id)
                                   : QString("%1 %2 %3").arg(l.name, l.english).arg(l.id));
  std::printf("created %s (schema %s; labels: %s)\n", path.toUtf8().constData(),
              data::schemaKindName(store->labelSchema().kind()).toUtf8().constData(),
              labels.join(", ").toUtf8().constData());
  return cli::kOk;
}

}  // namespace

ASSAY_CLI_COMMAND("init",
                  "assay-cli init    PROJECT.assay [--schema style|correctness | --labels \"a,b,c\" | "
                  "--labels_file label_mapping.json]",
                  runInit);
