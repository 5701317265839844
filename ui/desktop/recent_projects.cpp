#include "ui/desktop/recent_projects.h"

#include <QFileInfo>
#include <QSettings>

namespace coverplan::desktop {

namespace {
const char* kKey = "recent_projects";
}

RecentProjectsMenu::RecentProjectsMenu(QWidget* parent) : QMenu(parent) { retranslate(); }

// Not keep_translated(): rebuilding deletes the menu's actions, and a watcher
// child would run while QWidget passes the event on to a list of the
// children taken before, which still holds the deleted actions. changeEvent
// runs before that list is taken.
void RecentProjectsMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMenu::changeEvent(event);
}

void RecentProjectsMenu::retranslate() {
    setTitle(tr("Open &Recent"));
    rebuild();
}

QStringList RecentProjectsMenu::files() const { return QSettings().value(kKey).toStringList(); }

void RecentProjectsMenu::add(const QString& project_file) {
    const QString path = QFileInfo(project_file).absoluteFilePath();
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kKept) list.removeLast();
    QSettings().setValue(kKey, list);
    rebuild();
}

void RecentProjectsMenu::rebuild() {
    clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString file = list[i];
        QAction* action = addAction(QString("&%1 %2").arg(i + 1).arg(file));
        connect(action, &QAction::triggered, this, [this, file] { emit open_requested(file); });
    }
    if (list.isEmpty()) addAction(tr("(none yet)"))->setEnabled(false);
    setEnabled(true);
}

}  // namespace coverplan::desktop
