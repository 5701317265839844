#include "ui/desktop/project_loader.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include "gis/error.h"

namespace coverplan::desktop {

ProjectLoader::ProjectLoader(QObject* parent) : QObject(parent) {}

ProjectLoader::~ProjectLoader() {
    // The worker holds its own flag and result; waiting here keeps the
    // process from exiting under a thread that is still reading GDAL.
    cancel();
    if (watcher_) watcher_->waitForFinished();
}

bool ProjectLoader::busy() const { return watcher_ && watcher_->isRunning(); }

void ProjectLoader::open(const QString& project_file, const ViewRequest& view) {
    cancel();
    if (watcher_) {
        watcher_->disconnect(this);
        watcher_->deleteLater();
    }
    file_ = project_file;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    watcher_ = new QFutureWatcher<LoadOutcome>(this);
    connect(watcher_, &QFutureWatcher<LoadOutcome>::finished, this, [this, watcher = watcher_] { finished(watcher); });
    const auto flag = cancel_;
    // The worker reports through a queued signal; `this` outlives it (the
    // destructor waits for the worker).
    auto report = [this, flag](std::string_view stage, std::size_t done, std::size_t total) {
        if (flag->load()) return;
        QMetaObject::invokeMethod(
            this, [this, stage = QString::fromUtf8(stage.data(), qsizetype(stage.size())), done, total] {
                emit progressed(stage, int(done), int(total));
            },
            Qt::QueuedConnection);
    };
    watcher_->setFuture(QtConcurrent::run([project_file, view, flag, report]() {
        LoadOutcome outcome;
        try {
            outcome.session = load_project_session(project_file, *flag, report);
            if (outcome.session && !flag->load()) {
                try {
                    prepare_view(*outcome.session, view);
                } catch (const std::exception&) {
                    // Nothing prepared: the window makes it when it shows the
                    // session, and meets the same error there.
                    outcome.session->prepared.reset();
                }
            }
        } catch (const InputError& error) {
            outcome.error = error_line(error);
            outcome.bad_input = true;
        } catch (const std::exception& error) {
            outcome.error = error_line(error);
        }
        return outcome;
    }));
    emit started(project_file);
}

void ProjectLoader::cancel() {
    if (cancel_ && busy()) {
        cancel_->store(true);
        emit cancelled();
    }
}

void ProjectLoader::finished(QFutureWatcher<LoadOutcome>* watcher) {
    if (watcher != watcher_ || cancel_->load()) return;
    const LoadOutcome outcome = watcher->result();
    if (outcome.session)
        emit loaded(outcome.session);
    else if (!outcome.error.isEmpty())
        emit failed(file_, outcome.error, outcome.bad_input);
}

}  // namespace coverplan::desktop
