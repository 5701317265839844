#pragma once
// Opens a project off the UI thread: reading the layers, building the plan
// and preparing what the window shows of it (prepare_view) run in a worker
// (QtConcurrent) while the window stays responsive. A new open or cancel()
// abandons the one under way (its result is dropped; the planner checks the
// flag between its stages).

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

#include "ui/desktop/prepared_view.h"
#include "ui/desktop/project_session.h"

namespace coverplan::desktop {

struct LoadOutcome {
    std::shared_ptr<ProjectSession> session;  ///< null on failure or cancel
    QString error;            ///< the line `coverplan` prints ("error: ..."), empty on success
    bool bad_input = false;   ///< the project cannot be used (exit 2), not an internal error
};

class ProjectLoader : public QObject {
    Q_OBJECT
public:
    explicit ProjectLoader(QObject* parent = nullptr);
    ~ProjectLoader() override;

    /// Starts loading; started() now, then loaded() or failed(), unless
    /// cancelled. The session arrives with `prepared` made for `view`.
    void open(const QString& project_file, const ViewRequest& view = {});
    void cancel();
    bool busy() const;

signals:
    void started(const QString& project_file);
    void loaded(std::shared_ptr<coverplan::desktop::ProjectSession> session);
    void failed(const QString& project_file, const QString& error, bool bad_input);
    void cancelled();
    /// From the worker, queued to the UI thread: the stage under way and
    /// how far along the whole opening is (done of total).
    void progressed(const QString& stage, int done, int total);

private:
    void finished(QFutureWatcher<LoadOutcome>* watcher);

    QFutureWatcher<LoadOutcome>* watcher_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_;
    QString file_;
};

}  // namespace coverplan::desktop
