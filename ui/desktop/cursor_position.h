#pragma once
// The status bar's reading of the cursor: latitude and longitude, and the
// working CRS's own coordinates in metres.

#include <QLabel>
#include <memory>
#include <string>

namespace coverplan::gis {
class LonLatConverter;
}

namespace coverplan::desktop {

class CursorPosition : public QLabel {
    Q_OBJECT
public:
    explicit CursorPosition(QWidget* parent = nullptr);
    ~CursorPosition() override;

    void set_crs(const std::string& working_crs);
    /// A point of the working CRS under the cursor.
    void show_position(const QPointF& world);

private:
    std::unique_ptr<gis::LonLatConverter> converter_;
    QString crs_name_;
};

}  // namespace coverplan::desktop
