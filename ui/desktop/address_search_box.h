#pragma once
// Finding an address as it is typed, in the map's toolbar: the project's
// address layer ([layers.addresses]) searched by planner/address_index.h
// (the same search as `coverplan check --address` and the field page),
// suggestions under the box, best first, with the ward and district to
// tell namesakes apart. Picking one, or Enter for the best, says where it
// is; the window checks the place there. Without an address layer the box
// says so and stays off.

#include <QLineEdit>
#include <QPointF>
#include <cstdint>
#include <memory>
#include <vector>

class QCompleter;
class QStringListModel;

namespace coverplan::desktop {

struct ProjectSession;

class AddressSearchBox : public QLineEdit {
    Q_OBJECT
public:
    explicit AddressSearchBox(QWidget* parent = nullptr);

    /// The addresses of this session are searched from now on (none: the box is off).
    void set_session(std::shared_ptr<const ProjectSession> session);

    /// The suggestions shown for the text typed so far, best first.
    QStringList suggestions() const;

    /// Picks the `row`-th suggestion (0: the best), as a click in the list does.
    void pick(int row);

signals:
    /// An address was picked: its place in the working CRS, and how it reads
    /// ("12 Ngô Quyền, Phường Trần Phú, TP Bắc Giang").
    void picked(const QPointF& world, std::uint32_t address, const QString& text);

private:
    void suggest();
    void retranslate();

    std::shared_ptr<const ProjectSession> session_;
    QStringListModel* model_;
    QCompleter* completer_;
    std::vector<std::uint32_t> shown_;  ///< the addresses behind the suggestions
};

}  // namespace coverplan::desktop
