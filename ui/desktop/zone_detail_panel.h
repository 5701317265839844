#pragma once
// The selected zone in full: its figures, each ranking's score broken into
// its weighted components (raw value, share of the leader, weight, points)
// and the reasons, as the planner wrote them.

#include <QWidget>
#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "ui/desktop/project_session.h"

class QTextBrowser;

namespace coverplan::desktop {

class ZoneDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit ZoneDetailPanel(QWidget* parent = nullptr);

    void set_session(std::shared_ptr<const ProjectSession> session);
    /// -1: nothing selected. Clears the nodes shown.
    void show_zone(int zone);
    /// Also shows these nodes (a click on the map: the service areas there)
    /// with their capacity, use, forecast and the month they run out.
    void show_nodes(const std::vector<std::uint32_t>& nodes);
    int zone() const { return zone_; }
    /// The plan changed (weights, scenario): the same zone and nodes again.
    void refresh() { render(); }
    /// The plain text shown (tests, copy).
    QString text() const;

private:
    QString ranking_html(planner::RankingKind kind, std::size_t z) const;
    QString nodes_html() const;
    void render();

    std::shared_ptr<const ProjectSession> session_;
    int zone_ = -1;
    std::vector<std::uint32_t> nodes_;
    QTextBrowser* browser_;
};

}  // namespace coverplan::desktop
