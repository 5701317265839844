#pragma once
// The projects opened lately, newest first, kept in QSettings across runs,
// as a File menu of their own.

#include <QEvent>
#include <QMenu>
#include <QStringList>

namespace coverplan::desktop {

class RecentProjectsMenu : public QMenu {
    Q_OBJECT
public:
    static constexpr int kKept = 8;

    explicit RecentProjectsMenu(QWidget* parent = nullptr);
    /// Puts the file first (absolute path) and saves the list.
    void add(const QString& project_file);
    QStringList files() const;

signals:
    void open_requested(const QString& project_file);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
};

}  // namespace coverplan::desktop
