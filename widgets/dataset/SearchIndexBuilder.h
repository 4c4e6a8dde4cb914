#pragma once
// Keeps the open project's in-memory text search index (core's
// TextSearchIndex) up to date on a worker thread: built after the project
// opens, extended after each import with only the rows added since. Never
// part of the import path, so importing costs nothing extra. Searches made
// while it works are still right: SampleQuery scans the rows not yet indexed.
#include <QObject>
#include <QString>
#include <memory>

namespace assay {

class BackgroundTask;
namespace data {
class TextSearchIndex;
}

class SearchIndexBuilder : public QObject {
  Q_OBJECT
 public:
  explicit SearchIndexBuilder(QObject* parent = nullptr);
  ~SearchIndexBuilder() override;

  // Starts a fresh index for `projectPath` (empty: none) and returns it.
  std::shared_ptr<const data::TextSearchIndex> open(const QString& projectPath);
  // Indexes the rows added since the last pass (queued if a pass is running).
  void catchUp();
  bool isBuilding() const;
  std::shared_ptr<const data::TextSearchIndex> index() const { return index_; }

 Q_SIGNALS:
  // A pass ended; `error` is empty unless the project could not be read.
  void updated(const QString& error);

 private:
  void passFinished();

  BackgroundTask* task_ = nullptr;
  QString path_;
  std::shared_ptr<data::TextSearchIndex> index_;
  bool again_ = false;  // catchUp() arrived during a pass
};

}  // namespace assay
