<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Cli</name>
    <message>
        <source>Some input features were repaired, rejected or flagged: see `coverplan validate`.</source>
        <translation>Một số đối tượng đầu vào đã được sửa, bị loại hoặc bị đánh dấu: xem `coverplan validate`.</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Activation growth</source>
        <translation>Tăng trưởng thuê bao mới</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Diện tích (km²)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Số liệu ngày</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Đã đánh giá</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Có nguy cơ trễ hạn</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Người lập</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Dung lượng (cổng)</translation>
    </message>
    <message>
        <source>Changed by A</source>
        <translation>Thay đổi theo A</translation>
    </message>
    <message>
        <source>Changed by B</source>
        <translation>Thay đổi theo B</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Complaints per 1,000 subscribers</source>
        <translation>Khiếu nại trên 1.000 thuê bao</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>Khiếu nại theo loại</translation>
    </message>
    <message>
        <source>Complaints concentrate on</source>
        <translation>Khiếu nại tập trung tại trạm</translation>
    </message>
    <message>
        <source>Complaints vs average (×)</source>
        <translation>Khiếu nại so với trung bình (lần)</translation>
    </message>
    <message>
        <source>Most frequent complaint</source>
        <translation>Loại khiếu nại nhiều nhất</translation>
    </message>
    <message>
        <source>Share on that node</source>
        <translation>Tỷ lệ tại trạm đó</translation>
    </message>
    <message>
        <source>Covered (any live)</source>
        <translation>Trong vùng phục vụ (mạng đang chạy)</translation>
    </message>
    <message>
        <source>Covered %1</source>
        <translation>Trong vùng phục vụ %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Days late / left</source>
        <translation>Số ngày trễ / còn lại</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Due / created</source>
        <translation>Hạn / ngày tạo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Forecast additions</source>
        <translation>Thuê bao tăng thêm dự báo</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Households without service</source>
        <translation>Hộ chưa dùng dịch vụ</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Đã lắp đặt</translation>
    </message>
    <message>
        <source>Installed on time</source>
        <translation>Lắp đặt đúng hạn</translation>
    </message>
    <message>
        <source>Investment rank</source>
        <translation>Hạng đầu tư</translation>
    </message>
    <message>
        <source>Investment rank after</source>
        <translation>Hạng đầu tư sau</translation>
    </message>
    <message>
        <source>Investment rank before</source>
        <translation>Hạng đầu tư trước</translation>
    </message>
    <message>
        <source>Investment reasons</source>
        <translation>Lý do đầu tư</translation>
    </message>
    <message>
        <source>Investment score</source>
        <translation>Điểm đầu tư</translation>
    </message>
    <message>
        <source>Investment score after</source>
        <translation>Điểm đầu tư sau</translation>
    </message>
    <message>
        <source>Investment score before</source>
        <translation>Điểm đầu tư trước</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <source>Leads servable now</source>
        <translation>Khách hàng tiềm năng phục vụ được ngay</translation>
    </message>
    <message>
        <source>Leads: coverage planned</source>
        <translation>Khách hàng tiềm năng: mạng đang quy hoạch</translation>
    </message>
    <message>
        <source>Leads: network full</source>
        <translation>Khách hàng tiềm năng: mạng hết cổng</translation>
    </message>
    <message>
        <source>Leads: not covered</source>
        <translation>Khách hàng tiềm năng: ngoài vùng phục vụ</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <source>Meets target (1/0)</source>
        <translation>Đạt chỉ tiêu (1/0)</translation>
    </message>
    <message>
        <source>Month due</source>
        <translation>Tháng đến hạn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Không có hạn</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Số node</translation>
    </message>
    <message>
        <source>Nodes exhausting</source>
        <translation>Node sắp hết cổng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>Tỷ lệ đúng hạn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa hoàn thành</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Khách hàng tiềm năng đang mở</translation>
    </message>
    <message>
        <source>Open leads inside</source>
        <translation>Khách hàng tiềm năng đang mở trong khu vực</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Yêu cầu lắp đặt</translation>
    </message>
    <message>
        <source>Order / lead</source>
        <translation>Yêu cầu / khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Số yêu cầu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Penetration</source>
        <translation>Tỷ lệ thâm nhập</translation>
    </message>
    <message>
        <source>Places up since previous</source>
        <translation>Tăng hạng so với kỳ trước</translation>
    </message>
    <message>
        <source>Projected utilisation</source>
        <translation>Hiệu suất sử dụng dự báo</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Reasons after (investment)</source>
        <translation>Lý do sau thay đổi (đầu tư)</translation>
    </message>
    <message>
        <source>Recent complaints</source>
        <translation>Khiếu nại gần đây</translation>
    </message>
    <message>
        <source>Recomputed</source>
        <translation>Tính lại</translation>
    </message>
    <message>
        <source>Recomputed by A</source>
        <translation>Tính lại theo A</translation>
    </message>
    <message>
        <source>Recomputed by B</source>
        <translation>Tính lại theo B</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Ngày hết cổng</translation>
    </message>
    <message>
        <source>Sales rank</source>
        <translation>Hạng bán hàng</translation>
    </message>
    <message>
        <source>Sales rank after</source>
        <translation>Hạng bán hàng sau</translation>
    </message>
    <message>
        <source>Sales rank before</source>
        <translation>Hạng bán hàng trước</translation>
    </message>
    <message>
        <source>Sales reasons</source>
        <translation>Lý do bán hàng</translation>
    </message>
    <message>
        <source>Sales score</source>
        <translation>Điểm bán hàng</translation>
    </message>
    <message>
        <source>Sales score after</source>
        <translation>Điểm bán hàng sau</translation>
    </message>
    <message>
        <source>Sales score before</source>
        <translation>Điểm bán hàng trước</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Ngày lưu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <source>Spare</source>
        <translation>Cổng trống</translation>
    </message>
    <message>
        <source>Spare %1</source>
        <translation>Cổng trống %1</translation>
    </message>
    <message>
        <source>Spare ports</source>
        <translation>Cổng trống</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Thuê bao</translation>
    </message>
    <message>
        <source>Subscribers inside</source>
        <translation>Thuê bao trong khu vực</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đơn vị phụ trách</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <source>Unserved demand</source>
        <translation>Nhu cầu chưa đáp ứng</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Đã dùng</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Hiệu suất sử dụng</translation>
    </message>
    <message>
        <source>Utilisation at the horizon</source>
        <translation>Hiệu suất sử dụng cuối kỳ dự báo</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>Tên khu vực</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>zone_id</source>
        <translation>Mã khu vực</translation>
    </message>
    <message>
        <source>zone_name</source>
        <translation>Tên khu vực</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Đơn vị phụ trách</translation>
    </message>
    <message>
        <source>node_id</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>spare</source>
        <translation>Cổng trống</translation>
    </message>
    <message>
        <source>distance_m</source>
        <translation>Khoảng cách (m)</translation>
    </message>
    <message>
        <source>planned_date</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Address distance (m)</source>
        <translation>Cách địa chỉ (m)</translation>
    </message>
    <message>
        <source>From previous (m)</source>
        <translation>Từ điểm trước (m)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Trạng thái khách hàng</translation>
    </message>
    <message>
        <source>Nearest address</source>
        <translation>Địa chỉ gần nhất</translation>
    </message>
    <message>
        <source>Route so far (m)</source>
        <translation>Quãng đường đã đi (m)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Điểm dừng</translation>
    </message>
    <message>
        <source>Zone&apos;s team</source>
        <translation>Đơn vị phụ trách khu vực</translation>
    </message>
    <message>
        <source>Zone kind</source>
        <translation>Loại vùng</translation>
    </message>
    <message>
        <source>Rank in its kind</source>
        <translation>Hạng trong loại vùng</translation>
    </message>
</context>
<context>
    <name>Component</name>
    <message>
        <source>unserved demand</source>
        <translation>nhu cầu chưa đáp ứng</translation>
    </message>
    <message>
        <source>exhaustion</source>
        <translation>node sắp hết cổng</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>khiếu nại</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>tăng trưởng</translation>
    </message>
    <message>
        <source>spare capacity</source>
        <translation>dung lượng trống</translation>
    </message>
    <message>
        <source>untapped households</source>
        <translation>hộ chưa dùng dịch vụ</translation>
    </message>
    <message>
        <source>open leads</source>
        <translation>khách hàng tiềm năng phục vụ được</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>chất lượng lắp đặt</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>--kind: the project&apos;s zones have no kind (map the field that holds it: [layers.zones] kind = &quot;FIELD&quot;)</source>
        <translation>--kind: các khu vực của dự án chưa có loại vùng (khai báo trường chứa loại vùng: [layers.zones] kind = &quot;TÊN_TRƯỜNG&quot;)</translation>
    </message>
    <message>
        <source>--kind: no zone is of the kind &apos;%1&apos;; the project&apos;s kinds are %2</source>
        <translation>--kind: không có khu vực nào thuộc loại &apos;%1&apos;; các loại vùng của dự án: %2</translation>
    </message>
    <message>
        <source>--kind: every zone has a kind; the project&apos;s kinds are %1</source>
        <translation>--kind: khu vực nào cũng đã có loại vùng; các loại vùng của dự án: %1</translation>
    </message>
    <message>
        <source>Demand by kind of zone, %1, as of %2</source>
        <translation>Nhu cầu theo loại vùng, %1, số liệu ngày %2</translation>
    </message>
    <message>
        <source>in %1 months</source>
        <translation>trong %1 tháng tới</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại vùng</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>số khu vực</translation>
    </message>
    <message>
        <source>subscribers</source>
        <translation>thuê bao</translation>
    </message>
    <message>
        <source>penetration</source>
        <translation>tỷ lệ thâm nhập</translation>
    </message>
    <message>
        <source>open leads</source>
        <translation>KH tiềm năng đang mở</translation>
    </message>
    <message>
        <source>servable now</source>
        <translation>phục vụ được ngay</translation>
    </message>
    <message>
        <source>cannot be served</source>
        <translation>chưa phục vụ được</translation>
    </message>
    <message>
        <source>spare ports</source>
        <translation>cổng trống</translation>
    </message>
    <message>
        <source>invest first</source>
        <translation>ưu tiên đầu tư</translation>
    </message>
    <message>
        <source>sell first</source>
        <translation>ưu tiên bán hàng</translation>
    </message>
    <message>
        <source>Spare ports: each live node reaching a zone of the kind counted once. Points outside every zone belong to no kind.</source>
        <translation>Cổng trống: mỗi node đang chạy có vùng phục vụ chạm tới một khu vực thuộc loại đó được tính một lần. Các điểm nằm ngoài mọi khu vực không thuộc loại vùng nào.</translation>
    </message>
    <message>
        <source>(no kind)</source>
        <translation>(chưa phân loại)</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Coordinates: %1. Scale bar in ground distance (scale factor %2 at the map centre); north arrow to true north (%3° west of grid north).</source>
        <translation>Tọa độ: %1. Thước tỷ lệ theo khoảng cách mặt đất (hệ số tỷ lệ %2 tại tâm bản đồ); mũi tên chỉ hướng bắc thực (lệch %3° về phía tây so với bắc lưới).</translation>
    </message>
    <message>
        <source>Coordinates: %1. Scale bar in ground distance (scale factor %2 at the map centre); north arrow to true north (%3° east of grid north).</source>
        <translation>Tọa độ: %1. Thước tỷ lệ theo khoảng cách mặt đất (hệ số tỷ lệ %2 tại tâm bản đồ); mũi tên chỉ hướng bắc thực (lệch %3° về phía đông so với bắc lưới).</translation>
    </message>
    <message>
        <source>Data: %1, as of %2.</source>
        <translation>Dữ liệu: %1, số liệu ngày %2.</translation>
    </message>
    <message>
        <source>Made with Coverplan from the operator&apos;s own data.</source>
        <translation>Lập bằng Coverplan từ dữ liệu của nhà mạng.</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>rank</source>
        <translation>hạng</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>khu vực</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>score</source>
        <translation>điểm</translation>
    </message>
    <message>
        <source>reasons</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>Capacity investment ranking of %1 zones, %2, as of %3</source>
        <translation>Xếp hạng đầu tư dung lượng %1 khu vực, %2, số liệu ngày %3</translation>
    </message>
    <message>
        <source>Sales focus ranking of %1 zones, %2, as of %3</source>
        <translation>Xếp hạng ưu tiên bán hàng %1 khu vực, %2, số liệu ngày %3</translation>
    </message>
    <message>
        <source>(%1 more zones; --top 0 shows all)</source>
        <translation>(còn %1 khu vực; --top 0 để xem tất cả)</translation>
    </message>
    <message>
        <source>Only the zones of kind %1; ranks are in the whole project, &quot;in kind&quot; among the zones of the same kind</source>
        <translation>Chỉ các khu vực thuộc loại %1; hạng tính trên toàn dự án, &quot;trong loại&quot; là hạng giữa các khu vực cùng loại</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại vùng</translation>
    </message>
    <message>
        <source>in kind</source>
        <translation>trong loại</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>no pressure on the network</source>
        <translation>mạng chưa chịu áp lực</translation>
    </message>
    <message>
        <source>little to sell here</source>
        <translation>ít cơ hội bán hàng</translation>
    </message>
    <message>
        <source>%1 leads cannot be served</source>
        <translation>%1 khách hàng tiềm năng chưa phục vụ được</translation>
    </message>
    <message>
        <source>forecast exceeds spare ports by %1</source>
        <translation>nhu cầu dự báo vượt số cổng trống %1 cổng</translation>
    </message>
    <message>
        <source>%1 nodes above %2 within %3 months</source>
        <translation>%1 node vượt %2 dung lượng trong %3 tháng tới</translation>
    </message>
    <message>
        <source>complaints %1× average</source>
        <translation>khiếu nại gấp %1 lần trung bình</translation>
    </message>
    <message>
        <source>activations %1 % over %2 months</source>
        <translation>thuê bao mới %1 % trong %2 tháng qua</translation>
    </message>
    <message>
        <source>%1 spare ports</source>
        <translation>%1 cổng trống</translation>
    </message>
    <message>
        <source>%1 households not yet subscribed</source>
        <translation>%1 hộ chưa dùng dịch vụ</translation>
    </message>
    <message>
        <source>%1 leads can be served now</source>
        <translation>%1 khách hàng tiềm năng phục vụ được ngay</translation>
    </message>
    <message>
        <source>installs on time %1 (project)</source>
        <translation>lắp đặt đúng hạn %1 (toàn dự án)</translation>
    </message>
    <message>
        <source>installs on time %1</source>
        <translation>lắp đặt đúng hạn %1</translation>
    </message>
    <message>
        <source>, %1 on %2</source>
        <translation>, %1 tập trung tại node %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Investment top %1: zones that entered and left</source>
        <translation>Top %1 đầu tư: khu vực vào và ra khỏi nhóm</translation>
    </message>
    <message>
        <source>Sales top %1: zones that entered and left</source>
        <translation>Top %1 bán hàng: khu vực vào và ra khỏi nhóm</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đơn vị phụ trách</translation>
    </message>
    <message>
        <source>Rank then</source>
        <translation>Hạng kỳ trước</translation>
    </message>
    <message>
        <source>Rank now</source>
        <translation>Hạng hiện tại</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>vào nhóm</translation>
    </message>
    <message>
        <source>entered (new zone)</source>
        <translation>vào nhóm (khu vực mới)</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ra khỏi nhóm</translation>
    </message>
    <message>
        <source>left (zone gone)</source>
        <translation>ra khỏi nhóm (khu vực không còn)</translation>
    </message>
    <message>
        <source>No zone entered or left the top %1.</source>
        <translation>Không có khu vực nào vào hoặc ra khỏi top %1.</translation>
    </message>
    <message>
        <source>%1 zones climbed the investment ranking and %2 fell</source>
        <translation>%1 khu vực tăng hạng đầu tư và %2 khu vực giảm hạng</translation>
    </message>
    <message>
        <source>%1 zones climbed the sales ranking and %2 fell</source>
        <translation>%1 khu vực tăng hạng bán hàng và %2 khu vực giảm hạng</translation>
    </message>
    <message>
        <source>What changed since the last snapshot</source>
        <translation>Thay đổi so với lần chốt số liệu trước</translation>
    </message>
    <message>
        <source>Compared with the snapshot as of %1</source>
        <translation>So với số liệu chốt ngày %1</translation>
    </message>
    <message>
        <source>Compared with the snapshot as of %1, taken by %2</source>
        <translation>So với số liệu chốt ngày %1 do %2 chốt</translation>
    </message>
    <message>
        <source>%1 live nodes now run out of ports within the horizon that did not then.</source>
        <translation>%1 node đang chạy nay sẽ hết cổng trong kỳ dự báo, trước đây thì chưa.</translation>
    </message>
    <message>
        <source>Nodes newly running out of ports</source>
        <translation>Node mới có nguy cơ hết cổng</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <source>Used now</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>In %1 months</source>
        <translation>Sau %1 tháng</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Hết cổng</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (mới)</translation>
    </message>
    <message>
        <source>full now</source>
        <translation>đã hết cổng</translation>
    </message>
    <message>
        <source>No live node newly runs out of ports within the horizon.</source>
        <translation>Không có node đang chạy nào mới có nguy cơ hết cổng trong kỳ dự báo.</translation>
    </message>
    <message>
        <source>Demand and growth by kind of zone</source>
        <translation>Nhu cầu và tăng trưởng theo loại vùng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại vùng</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Số khu vực</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Thuê bao</translation>
    </message>
    <message>
        <source>Penetration</source>
        <translation>Tỷ lệ thâm nhập</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>KH tiềm năng đang mở</translation>
    </message>
    <message>
        <source>Cannot be served</source>
        <translation>Chưa phục vụ được</translation>
    </message>
    <message>
        <source>Spare ports</source>
        <translation>Cổng trống</translation>
    </message>
    <message>
        <source>Invest first</source>
        <translation>Ưu tiên đầu tư</translation>
    </message>
    <message>
        <source>No zones.</source>
        <translation>Không có khu vực nào.</translation>
    </message>
    <message>
        <source>Penetration: subscribers over households, in the zones that give households. In %1 months: net additions the forecast expects (trend and leads), and that as a share of today&apos;s subscribers. Spare ports: each live node reaching a zone of the kind counted once. Invest first: the kind&apos;s zone ranked highest for investment, with its rank in the whole project (`coverplan rank --kind`).</source>
        <translation>Tỷ lệ thâm nhập: thuê bao trên số hộ, tính ở các khu vực có số hộ. Trong %1 tháng tới: số thuê bao tăng thêm theo dự báo (xu hướng và khách hàng tiềm năng), kèm tỷ lệ so với số thuê bao hiện nay. Cổng trống: mỗi node đang chạy có vùng phục vụ chạm tới một khu vực thuộc loại đó được tính một lần. Ưu tiên đầu tư: khu vực xếp hạng đầu tư cao nhất của loại đó, kèm hạng trên toàn dự án (`coverplan rank --kind`).</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>investment_ranking</source>
        <translation>Xếp hạng đầu tư</translation>
    </message>
    <message>
        <source>sales_ranking</source>
        <translation>Xếp hạng bán hàng</translation>
    </message>
    <message>
        <source>sla_by_month</source>
        <translation>SLA theo tháng</translation>
    </message>
    <message>
        <source>sla_by_team</source>
        <translation>SLA theo đơn vị</translation>
    </message>
    <message>
        <source>sla_by_zone</source>
        <translation>SLA theo khu vực</translation>
    </message>
    <message>
        <source>sla_orders</source>
        <translation>Yêu cầu lắp đặt</translation>
    </message>
    <message>
        <source>work_list</source>
        <translation>Danh sách việc</translation>
    </message>
    <message>
        <source>zone_history</source>
        <translation>Lịch sử khu vực</translation>
    </message>
    <message>
        <source>node_history</source>
        <translation>Lịch sử node</translation>
    </message>
    <message>
        <source>compare_nodes</source>
        <translation>So sánh node</translation>
    </message>
    <message>
        <source>compare_scenarios</source>
        <translation>So sánh kịch bản</translation>
    </message>
    <message>
        <source>compare_zones</source>
        <translation>So sánh khu vực</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>Day plan</source>
        <translation>Kế hoạch ngày</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Đội %1</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Investment ranking</source>
        <translation>Xếp hạng đầu tư</translation>
    </message>
    <message>
        <source>Sales ranking</source>
        <translation>Xếp hạng bán hàng</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Installation SLA</source>
        <translation>SLA lắp đặt</translation>
    </message>
    <message>
        <source>Work lists</source>
        <translation>Danh sách việc</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>số liệu ngày %1</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Trang &amp;P/&amp;N</translation>
    </message>
    <message>
        <source>printed: the first %1 of %2 columns</source>
        <translation>in %1 cột đầu trong %2 cột</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Trọng số: %1</translation>
    </message>
    <message>
        <source>Investment weights: %1; sales weights: %2</source>
        <translation>Trọng số đầu tư: %1; trọng số bán hàng: %2</translation>
    </message>
    <message>
        <source>Target %1 on time</source>
        <translation>Chỉ tiêu lắp đặt đúng hạn %1</translation>
    </message>
    <message>
        <source>Serviceability checks</source>
        <translation>Kiểm tra khả năng cung cấp dịch vụ</translation>
    </message>
    <message>
        <source>Selling day %1</source>
        <translation>Ngày bán hàng %1</translation>
    </message>
</context>
</TS>
