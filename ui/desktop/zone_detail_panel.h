#pragma once
// The selected zone in full: its figures, each ranking's score broken into
// its weighted components (raw value, share of the leader, weight, points)
// and the reasons, as the planner wrote them.

#include <QWidget>
#include <array>
#include <memory>

#include "ui/desktop/project_session.h"

class QTextBrowser;

namespace coverplan::desktop {

class ZoneDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit ZoneDetailPanel(QWidget* parent = nullptr);

    void set_session(std::shared_ptr<const ProjectSession> session);
    /// -1: nothing selected.
    void show_zone(int zone);
    int zone() const { return zone_; }
    /// The plain text shown (tests, copy).
    QString text() const;

private:
    QString ranking_html(planner::RankingKind kind, std::size_t z) const;

    std::shared_ptr<const ProjectSession> session_;
    int zone_ = -1;
    QTextBrowser* browser_;
};

}  // namespace coverplan::desktop
