<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Cli</name>
    <message>
        <source>Some input features were repaired, rejected or flagged: see `coverplan validate`.</source>
        <translation>Một số đối tượng đầu vào đã được sửa, bị loại hoặc bị đánh dấu: xem `coverplan validate`.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Đã ghi %1</translation>
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
    <name>DayPlan</name>
    <message>
        <source>Team %1</source>
        <translation>Đội %1</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Selling day %1</source>
        <translation>Ngày bán hàng %1</translation>
    </message>
    <message>
        <source>Distances are straight lines (%1); streets make them longer. Made with Coverplan.</source>
        <translation>Khoảng cách tính theo đường thẳng (%1); đi theo đường phố sẽ xa hơn. Lập bằng Coverplan.</translation>
    </message>
    <message>
        <source>Start at %1, %2</source>
        <translation>Xuất phát tại %1, %2</translation>
    </message>
    <message>
        <source> (the middle of the zones asked; --start sets it)</source>
        <translation> (giữa các khu vực đã chọn; đặt bằng --start)</translation>
    </message>
    <message>
        <source>, in %1</source>
        <translation>, tại %1</translation>
    </message>
    <message>
        <source>, %1 from the nearest zone asked</source>
        <translation>, cách khu vực đã chọn gần nhất %1</translation>
    </message>
    <message>
        <source>stops for %1</source>
        <translation>điểm đến cho %1</translation>
    </message>
    <message>
        <source>at most one apart in number</source>
        <translation>số điểm mỗi đội chênh nhau không quá một</translation>
    </message>
    <message>
        <source>of routes in all</source>
        <translation>tổng lộ trình</translation>
    </message>
    <message>
        <source>straight lines, start to last stop</source>
        <translation>đường thẳng, từ điểm xuất phát đến điểm cuối</translation>
    </message>
    <message>
        <source>open leads can be served now</source>
        <translation>khách hàng tiềm năng đang mở phục vụ được ngay</translation>
    </message>
    <message>
        <source>of %1 open; %2 left for another day</source>
        <translation>trên %1 đang mở; %2 để lại hôm khác</translation>
    </message>
    <message>
        <source>The teams</source>
        <translation>Các đội</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đội</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Điểm đến</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Lộ trình</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>First stop</source>
        <translation>Điểm đầu</translation>
    </message>
    <message>
        <source>Last stop</source>
        <translation>Điểm cuối</translation>
    </message>
    <message>
        <source>Teams share the stops by direction from the start: each takes one sector, so routes do not cross. Each route is the nearest-neighbour order shortened by 2-opt and Or-opt.</source>
        <translation>Các đội chia điểm đến theo hướng từ điểm xuất phát: mỗi đội nhận một góc, nên lộ trình không cắt nhau. Mỗi lộ trình đi theo điểm gần nhất kế tiếp, rút ngắn bằng 2-opt và Or-opt.</translation>
    </message>
    <message>
        <source>%1 open leads in these zones on %2: %3 can be served now, %4 are covered but full, %5 only planned, %6 not covered.</source>
        <translation>%1 khách hàng tiềm năng đang mở trong các khu vực này ngày %2: %3 phục vụ được ngay, %4 trong vùng phục vụ nhưng hết cổng, %5 mới có trong kế hoạch, %6 ngoài vùng phục vụ.</translation>
    </message>
    <message>
        <source>%1 servable leads are left for another day: the teams visit those nearest the start first.</source>
        <translation>%1 khách hàng tiềm năng phục vụ được để lại hôm khác: các đội đến những điểm gần điểm xuất phát trước.</translation>
    </message>
    <message>
        <source>%1 are left out because nearer stops take the last spare ports of their nodes.</source>
        <translation>%1 khách hàng bị bỏ qua vì các điểm gần hơn đã dùng hết cổng trống cuối cùng của node.</translation>
    </message>
    <message>
        <source>%1 leads created after the day are not counted.</source>
        <translation>%1 khách hàng tiềm năng tạo sau ngày này không được tính.</translation>
    </message>
    <message>
        <source>lead %1</source>
        <translation>khách hàng %1</translation>
    </message>
    <message>
        <source>No stop for this team: fewer servable leads than teams. Join another team.</source>
        <translation>Đội này không có điểm đến: số khách hàng phục vụ được ít hơn số đội. Hãy ghép với đội khác.</translation>
    </message>
    <message>
        <source>Visit the stops in their numbered order; the route is %1 in straight lines (the plain nearest-neighbour order would be %2).</source>
        <translation>Đi theo thứ tự đánh số; lộ trình dài %1 theo đường thẳng (nếu chỉ đi đến điểm gần nhất kế tiếp: %2).</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Tech</source>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <source>Node (spare)</source>
        <translation>Node (cổng trống)</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Từ điểm trước</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>cách %2 %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>The project has no address layer ([layers.addresses]): find each stop by its coordinates in the CSV or XLSX plan.</source>
        <translation>Dự án chưa có lớp địa chỉ ([layers.addresses]): tìm từng điểm đến theo tọa độ trong kế hoạch CSV hoặc XLSX.</translation>
    </message>
    <message>
        <source>Address: the nearest in the project&apos;s address layer (within %1); &quot;120 m from&quot; when it is not the door.</source>
        <translation>Địa chỉ: địa chỉ gần nhất trong lớp địa chỉ của dự án (trong phạm vi %1); ghi &quot;cách … 120 m&quot; khi không đúng cửa nhà.</translation>
    </message>
    <message>
        <source>Routes are straight lines between stops, not streets.</source>
        <translation>Lộ trình là đường thẳng giữa các điểm, không theo đường phố.</translation>
    </message>
    <message>
        <source>stops</source>
        <translation>điểm đến</translation>
    </message>
    <message>
        <source>Other teams&apos; stops</source>
        <translation>Điểm đến của đội khác</translation>
    </message>
    <message>
        <source>Team %1&apos;s stops</source>
        <translation>Điểm đến của đội %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Xuất phát</translation>
    </message>
    <message>
        <source>points</source>
        <translation>điểm</translation>
    </message>
    <message>
        <source>Where the teams set off</source>
        <translation>Nơi các đội xuất phát</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Lộ trình</translation>
    </message>
    <message>
        <source>Stop number, in visiting order</source>
        <translation>Số thứ tự điểm đến, theo thứ tự ghé</translation>
    </message>
    <message>
        <source>Zones of the day</source>
        <translation>Khu vực trong ngày</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Method (docs/scoring.md)</source>
        <translation>Phương pháp (docs/scoring.md)</translation>
    </message>
    <message>
        <source>score = (%1) / %2</source>
        <translation>điểm = (%1) / %2</translation>
    </message>
    <message>
        <source>each component is scaled 0..1 by its largest value over the zones (quality is a rate already); largest:</source>
        <translation>mỗi thành phần được quy về thang 0..1 theo giá trị lớn nhất trong các khu vực (quality vốn đã là tỷ lệ); giá trị lớn nhất:</translation>
    </message>
    <message>
        <source>each component is scaled 0..1 by its largest value over the zones; largest:</source>
        <translation>mỗi thành phần được quy về thang 0..1 theo giá trị lớn nhất trong các khu vực; giá trị lớn nhất:</translation>
    </message>
    <message>
        <source>complaints counted: %1</source>
        <translation>khiếu nại đã tính: %1</translation>
    </message>
    <message>
        <source>most complained-about live nodes (recent complaints): %1</source>
        <translation>node đang hoạt động bị khiếu nại nhiều nhất (khiếu nại gần đây): %1</translation>
    </message>
    <message>
        <source>a zone&apos;s reason names the node holding at least %1 (and %2 or more) of its recent complaints</source>
        <translation>lý do của khu vực nêu tên node chiếm từ %1 số khiếu nại gần đây của khu vực trở lên (và ít nhất %2 khiếu nại)</translation>
    </message>
    <message>
        <source>a zone&apos;s reason names the node holding at least %1 (and %2 or more) of its recent complaints when the complaints carry a technology (this project&apos;s do not)</source>
        <translation>lý do của khu vực nêu tên node chiếm từ %1 số khiếu nại gần đây của khu vực trở lên (và ít nhất %2 khiếu nại) khi khiếu nại có ghi công nghệ (dữ liệu của dự án này thì không)</translation>
    </message>
    <message>
        <source>forecast: damped trend (damping %1) of monthly activations</source>
        <translation>dự báo: xu hướng tắt dần (hệ số tắt dần %1) của thuê bao mới hằng tháng</translation>
    </message>
    <message>
        <source>fitted per series</source>
        <translation>ước lượng riêng cho từng chuỗi</translation>
    </message>
    <message>
        <source> over %1 months (%2 to %3)</source>
        <translation> trong %1 tháng (%2 đến %3)</translation>
    </message>
    <message>
        <source>, plus open leads × conversion (%1, other %2), over %3 months</source>
        <translation>, cộng khách hàng tiềm năng đang mở × tỷ lệ chuyển đổi (%1, trạng thái khác %2), cho %3 tháng tới</translation>
    </message>
    <message>
        <source>forecast accuracy: hiding the last %1 months and forecasting them, the project&apos;s monthly activations are off by %2 on average (MAPE); zone totals by %3 (WAPE; repeating the last quarter: %4)</source>
        <translation>độ chính xác dự báo: ẩn %1 tháng gần nhất rồi dự báo lại, thuê bao mới hằng tháng của dự án sai lệch trung bình %2 (MAPE); tổng theo khu vực sai lệch %3 (WAPE; nếu lặp lại quý gần nhất: %4)</translation>
    </message>
    <message>
        <source>forecast accuracy: not assessed (%1)</source>
        <translation>độ chính xác dự báo: chưa đánh giá (%1)</translation>
    </message>
    <message>
        <source>needs %1 months of activation dates</source>
        <translation>cần %1 tháng có ngày kích hoạt</translation>
    </message>
    <message>
        <source>the subscribers layer maps no `activated` date: no trend, only the lead pipeline</source>
        <translation>lớp thuê bao không khai báo ngày `activated`: không có xu hướng, chỉ tính khách hàng tiềm năng</translation>
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
    <message>
        <source>below average</source>
        <translation>dưới mức trung bình</translation>
    </message>
    <message>
        <source>1 – 1.5× average</source>
        <translation>gấp 1 – 1,5 lần trung bình</translation>
    </message>
    <message>
        <source>1.5 – 2× average</source>
        <translation>gấp 1,5 – 2 lần trung bình</translation>
    </message>
    <message>
        <source>2 – 3× average</source>
        <translation>gấp 2 – 3 lần trung bình</translation>
    </message>
    <message>
        <source>3× average or more</source>
        <translation>gấp 3 lần trung bình trở lên</translation>
    </message>
    <message>
        <source>Recent complaints</source>
        <translation>Khiếu nại gần đây</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>khiếu nại</translation>
    </message>
    <message>
        <source>other</source>
        <translation>khác</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>in the last %1 days before %2</source>
        <translation>trong %1 ngày trước %2</translation>
    </message>
    <message>
        <source>(the complaints have no dates: all of them)</source>
        <translation>(khiếu nại không ghi ngày: tính tất cả)</translation>
    </message>
    <message>
        <source>Recent complaints per subscriber, by zone</source>
        <translation>Khiếu nại gần đây trên số thuê bao, theo khu vực</translation>
    </message>
    <message>
        <source>no subscribers  (%1)</source>
        <translation>không có thuê bao  (%1)</translation>
    </message>
    <message>
        <source>Complaints %1 per 1,000 subscribers; the project&apos;s average is %2 per 1,000. Zones above it are labelled with the multiple.</source>
        <translation>Số khiếu nại %1 trên 1.000 thuê bao; trung bình của dự án là %2 trên 1.000. Khu vực cao hơn trung bình ghi kèm số lần.</translation>
    </message>
    <message>
        <source>By node</source>
        <translation>Theo node</translation>
    </message>
    <message>
        <source>The %1 live service areas holding the most recent complaints, named with their count</source>
        <translation>%1 vùng phục vụ đang hoạt động có nhiều khiếu nại gần đây nhất, ghi kèm số khiếu nại</translation>
    </message>
    <message>
        <source>A complaint counts for every live node of its technology whose service area holds it.</source>
        <translation>Mỗi khiếu nại được tính cho mọi node đang hoạt động cùng công nghệ có vùng phục vụ chứa nó.</translation>
    </message>
    <message>
        <source>The complaints name no technology: each counts for every live node over its place.</source>
        <translation>Khiếu nại không ghi công nghệ: mỗi khiếu nại được tính cho mọi node đang hoạt động phục vụ vị trí đó.</translation>
    </message>
    <message>
        <source>%1, %2 per 1,000 subscribers; %3 in a live node&apos;s service area</source>
        <translation>%1, %2 trên 1.000 thuê bao; %3 trong vùng phục vụ của node đang hoạt động</translation>
    </message>
    <message>
        <source>Any technology</source>
        <translation>Mọi công nghệ</translation>
    </message>
    <message>
        <source>%1  ·  as of %2  ·  %3</source>
        <translation>%1  ·  số liệu ngày %2  ·  %3</translation>
    </message>
    <message>
        <source>Investment score</source>
        <translation>Điểm ưu tiên đầu tư</translation>
    </message>
    <message>
        <source>Sales-focus score</source>
        <translation>Điểm ưu tiên bán hàng</translation>
    </message>
    <message>
        <source>Classes hold equal numbers of zones (quantiles). Score 0–1 weighs %1.</source>
        <translation>Mỗi lớp có số khu vực bằng nhau (phân vị). Điểm 0–1 theo trọng số %1.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Top %1 of %2 zones, 1 = invest first</source>
        <translation>%1 khu vực đứng đầu trong %2, hạng 1 = đầu tư trước</translation>
    </message>
    <message>
        <source>Top %1 of %2 zones, 1 = sell first</source>
        <translation>%1 khu vực đứng đầu trong %2, hạng 1 = bán trước</translation>
    </message>
    <message>
        <source>Proposed new service area (%1 of uncovered leads)</source>
        <translation>Vùng phục vụ mới đề xuất (%1 khách hàng tiềm năng ngoài vùng phục vụ)</translation>
    </message>
    <message>
        <source>%1 zones ranked by %2</source>
        <translation>%1 khu vực xếp hạng theo %2</translation>
    </message>
    <message>
        <source>Open leads that cannot be served now</source>
        <translation>Khách hàng tiềm năng đang mở chưa phục vụ được</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>Covered, no spare port</source>
        <translation>Trong vùng phục vụ, hết cổng trống</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Ngoài vùng phục vụ</translation>
    </message>
    <message>
        <source>Service areas by technology</source>
        <translation>Vùng phục vụ theo công nghệ</translation>
    </message>
    <message>
        <source>%1 live (%2)</source>
        <translation>%1 đang hoạt động (%2)</translation>
    </message>
    <message>
        <source>%1 planned (%2)</source>
        <translation>%1 theo kế hoạch (%2)</translation>
    </message>
    <message>
        <source>%1 live and %2 planned service areas; %3 open leads cannot be served now</source>
        <translation>%1 vùng phục vụ đang hoạt động và %2 theo kế hoạch; %3 khách hàng tiềm năng đang mở chưa phục vụ được</translation>
    </message>
    <message>
        <source>under 50 %</source>
        <translation>dưới 50 %</translation>
    </message>
    <message>
        <source>full (100 % or more)</source>
        <translation>hết cổng (từ 100 % trở lên)</translation>
    </message>
    <message>
        <source>full</source>
        <translation>hết cổng</translation>
    </message>
    <message>
        <source>Utilisation of live nodes (ports used / capacity)</source>
        <translation>Hiệu suất sử dụng node đang hoạt động (cổng đã dùng / dung lượng)</translation>
    </message>
    <message>
        <source>capacity unknown  (%1)</source>
        <translation>chưa rõ dung lượng  (%1)</translation>
    </message>
    <message>
        <source>Runs out of ports within %1 months (%2; the first %3 named with the month)</source>
        <translation>Hết cổng trong %1 tháng tới (%2; ghi tên và tháng hết cổng của %3 node đầu)</translation>
    </message>
    <message>
        <source>Run-out month: ports used plus the activation trend and the open leads expected to convert.</source>
        <translation>Tháng hết cổng: cổng đã dùng cộng xu hướng phát triển thuê bao và số khách hàng tiềm năng dự kiến chuyển đổi.</translation>
    </message>
    <message>
        <source>%1 of %2 live nodes run out of ports within %3 months</source>
        <translation>%1 trong %2 node đang hoạt động hết cổng trong %3 tháng tới</translation>
    </message>
    <message>
        <source>on target (%1 or more)</source>
        <translation>đạt chỉ tiêu (từ %1 trở lên)</translation>
    </message>
    <message>
        <source>up to 2 points below</source>
        <translation>thấp hơn chỉ tiêu đến 2 điểm</translation>
    </message>
    <message>
        <source>2 – 5 points below</source>
        <translation>thấp hơn 2 – 5 điểm</translation>
    </message>
    <message>
        <source>5 – 10 points below</source>
        <translation>thấp hơn 5 – 10 điểm</translation>
    </message>
    <message>
        <source>more than 10 points below</source>
        <translation>thấp hơn trên 10 điểm</translation>
    </message>
    <message>
        <source>Installations on time, by zone</source>
        <translation>Lắp đặt đúng hạn theo khu vực</translation>
    </message>
    <message>
        <source>no installation assessed  (%1)</source>
        <translation>chưa có yêu cầu lắp đặt được đánh giá  (%1)</translation>
    </message>
    <message>
        <source>On-time rate: orders installed by their due date, over orders installed or overdue. Target %1.</source>
        <translation>Tỷ lệ đúng hạn: số yêu cầu lắp đặt xong trước hạn trên số yêu cầu đã lắp đặt hoặc quá hạn. Chỉ tiêu %1.</translation>
    </message>
    <message>
        <source>on time %1 of %2 against a target of %3</source>
        <translation>đúng hạn %1 trên %2, chỉ tiêu %3</translation>
    </message>
    <message>
        <source>no installation orders assessed yet</source>
        <translation>chưa có yêu cầu lắp đặt nào được đánh giá</translation>
    </message>
    <message>
        <source>up 10+ places</source>
        <translation>tăng từ 10 hạng</translation>
    </message>
    <message>
        <source>up 3 – 9</source>
        <translation>tăng 3 – 9 hạng</translation>
    </message>
    <message>
        <source>up 1 – 2</source>
        <translation>tăng 1 – 2 hạng</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>down 1 – 2</source>
        <translation>giảm 1 – 2 hạng</translation>
    </message>
    <message>
        <source>down 3 – 9</source>
        <translation>giảm 3 – 9 hạng</translation>
    </message>
    <message>
        <source>down 10+ places</source>
        <translation>giảm từ 10 hạng</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(mới)</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>(trước: %1)</translation>
    </message>
    <message>
        <source>Rank in the investment ranking since %1</source>
        <translation>Thay đổi hạng trong xếp hạng đầu tư từ %1</translation>
    </message>
    <message>
        <source>Rank in the sales ranking since %1</source>
        <translation>Thay đổi hạng trong xếp hạng bán hàng từ %1</translation>
    </message>
    <message>
        <source>not in the snapshot  (%1)</source>
        <translation>không có trong bản lưu  (%1)</translation>
    </message>
    <message>
        <source>Up: nearer rank 1, more to invest in than on %1.</source>
        <translation>Tăng: gần hạng 1 hơn, cần đầu tư hơn so với ngày %1.</translation>
    </message>
    <message>
        <source>Up: nearer rank 1, more to sell than on %1.</source>
        <translation>Tăng: gần hạng 1 hơn, nên tập trung bán hơn so với ngày %1.</translation>
    </message>
    <message>
        <source>Top %1</source>
        <translation>Top %1</translation>
    </message>
    <message>
        <source>Rank now; (new): entered the top %1 since %2 (%3)</source>
        <translation>Hạng hiện tại; (mới): vào top %1 từ %2 (%3)</translation>
    </message>
    <message>
        <source>Left the top %1 (%2), with the rank it had</source>
        <translation>Rời top %1 (%2), kèm hạng trước đó</translation>
    </message>
    <message>
        <source>investment rank moves since the snapshot of %1</source>
        <translation>thay đổi hạng đầu tư từ bản lưu ngày %1</translation>
    </message>
    <message>
        <source>sales rank moves since the snapshot of %1</source>
        <translation>thay đổi hạng bán hàng từ bản lưu ngày %1</translation>
    </message>
    <message>
        <source>Where to invest: zones by investment priority</source>
        <translation>Đầu tư ở đâu: khu vực theo mức ưu tiên đầu tư</translation>
    </message>
    <message>
        <source>Where to sell: zones by sales focus</source>
        <translation>Bán hàng ở đâu: khu vực theo mức ưu tiên bán hàng</translation>
    </message>
    <message>
        <source>Network coverage and the demand it cannot serve</source>
        <translation>Vùng phục vụ của mạng và nhu cầu chưa phục vụ được</translation>
    </message>
    <message>
        <source>Node utilisation and ports running out</source>
        <translation>Hiệu suất sử dụng node và node sắp hết cổng</translation>
    </message>
    <message>
        <source>What moved: zones by rank change since the last snapshot</source>
        <translation>Biến động: khu vực theo thay đổi hạng từ bản lưu gần nhất</translation>
    </message>
    <message>
        <source>Complaints and the network: by zone and by node</source>
        <translation>Khiếu nại và mạng lưới: theo khu vực và theo node</translation>
    </message>
    <message>
        <source>Zone boundary</source>
        <translation>Ranh giới khu vực</translation>
    </message>
    <message>
        <source>%1 %2 in view, too many to draw one by one: counted per hexagon of %3 across.</source>
        <translation>%1 %2 trong khung nhìn, quá nhiều để vẽ từng điểm: đếm theo ô lục giác rộng %3.</translation>
    </message>
    <message>
        <source>Basemap: %1.</source>
        <translation>Bản đồ nền: %1.</translation>
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
    <message>
        <source>no complaints in the data: the component is 0 for every zone</source>
        <translation>dữ liệu không có khiếu nại: thành phần này bằng 0 ở mọi khu vực</translation>
    </message>
    <message>
        <source>%1 complaints in the %2 days before %3 (of %4)</source>
        <translation>%1 khiếu nại trong %2 ngày tính đến %3 (trên tổng số %4)</translation>
    </message>
    <message>
        <source>%1 complaints (the layer maps no date: every complaint counts)</source>
        <translation>%1 khiếu nại (lớp khiếu nại không có ngày: tính mọi khiếu nại)</translation>
    </message>
    <message>
        <source>%1, %2 per 1,000 subscribers across the zones; %3 of them lie in the service area of a live node of their technology.</source>
        <translation>%1, bình quân %2 khiếu nại trên 1.000 thuê bao của các khu vực; %3 khiếu nại trong số đó nằm trong vùng phục vụ của node đang hoạt động cùng công nghệ.</translation>
    </message>
    <message>
        <source>%1, %2 per 1,000 subscribers across the zones; %3 of them lie in the service area of a live node (any technology: the complaints name none).</source>
        <translation>%1, bình quân %2 khiếu nại trên 1.000 thuê bao của các khu vực; %3 khiếu nại trong số đó nằm trong vùng phục vụ của node đang hoạt động (mọi công nghệ: khiếu nại không ghi công nghệ).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không rõ loại)</translation>
    </message>
    <message>
        <source>, and %1 more</source>
        <translation> và %1 loại khác</translation>
    </message>
    <message>
        <source> By category (all %1): %2.</source>
        <translation> Theo loại khiếu nại (tổng %1): %2.</translation>
    </message>
</context>
<context>
    <name>Remind</name>
    <message>
        <source>Reminders for %1, %2: orders due within %3 days, prospects of the last %4 days</source>
        <translation>Nhắc việc cho %1, %2: yêu cầu đến hạn trong %3 ngày tới, khách hàng tiềm năng của %4 ngày gần nhất</translation>
    </message>
    <message>
        <source>%1: %2 overdue, %3 due soon, %4 new prospects, %5 failed checks -&gt; %6, %7, %8</source>
        <translation>%1: %2 quá hạn, %3 sắp đến hạn, %4 khách hàng tiềm năng mới, %5 kiểm tra không đạt -&gt; %6, %7, %8</translation>
    </message>
    <message>
        <source>Wrote %1 files in %2</source>
        <translation>Đã ghi %1 tệp vào %2</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>%1 day</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(chưa có đơn vị)</translation>
    </message>
    <message>
        <source>LATE %1: install order %2</source>
        <translation>TRỄ %1: yêu cầu lắp đặt %2</translation>
    </message>
    <message>
        <source>Install order %1</source>
        <translation>Yêu cầu lắp đặt %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Yêu cầu %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Hạn hoàn thành %1</translation>
    </message>
    <message>
        <source>Due %1 (%2 late)</source>
        <translation>Hạn hoàn thành %1 (trễ %2)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Địa chỉ: %1</translation>
    </message>
    <message>
        <source>Place (lat, lon): %1</source>
        <translation>Vị trí (vĩ độ, kinh độ): %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Khách hàng: %1</translation>
    </message>
    <message>
        <source>Zone: %1</source>
        <translation>Khu vực: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Đơn vị phụ trách: %1</translation>
    </message>
    <message>
        <source>From %1 (Coverplan), as of %2</source>
        <translation>Từ %1 (Coverplan), số liệu ngày %2</translation>
    </message>
    <message>
        <source>On time: %1 of %2 assessed orders (target %3)</source>
        <translation>Đúng hạn: %1 trên %2 yêu cầu đã đánh giá (chỉ tiêu %3)</translation>
    </message>
    <message>
        <source> — below target</source>
        <translation> — dưới chỉ tiêu</translation>
    </message>
    <message>
        <source>and %1 more (see the work list)</source>
        <translation>và %1 mục khác (xem danh sách công việc)</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>khách hàng %1</translation>
    </message>
    <message>
        <source>Overdue orders</source>
        <translation>Yêu cầu quá hạn</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>trễ %1</translation>
    </message>
    <message>
        <source>Due within %1</source>
        <translation>Đến hạn trong %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>tại %1</translation>
    </message>
    <message>
        <source>New prospects the network serves now</source>
        <translation>Khách hàng tiềm năng mới mạng phục vụ được ngay</translation>
    </message>
    <message>
        <source>Failed checks (prospects where the network is full or absent)</source>
        <translation>Kiểm tra không đạt (khách hàng tiềm năng nơi mạng hết cổng hoặc chưa có)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>phục vụ được</translation>
    </message>
    <message>
        <source>full</source>
        <translation>hết cổng</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>có trong kế hoạch</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>ngoài vùng phục vụ</translation>
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
    <message>
        <source>… and %1 more in %2.</source>
        <translation>… và %1 mục khác trong %2.</translation>
    </message>
    <message>
        <source>Network and demand: management report</source>
        <translation>Mạng lưới và nhu cầu: báo cáo quản lý</translation>
    </message>
    <message>
        <source>%1  ·  as of %2  ·  forecast horizon %3 months</source>
        <translation>%1  ·  số liệu ngày %2  ·  dự báo %3 tháng</translation>
    </message>
    <message>
        <source>Coverplan  ·  %1  ·  as of %2</source>
        <translation>Coverplan  ·  %1  ·  số liệu ngày %2</translation>
    </message>
    <message>
        <source>subscribers</source>
        <translation>thuê bao</translation>
    </message>
    <message>
        <source>+%1 expected in %2 months</source>
        <translation>dự kiến +%1 trong %2 tháng</translation>
    </message>
    <message>
        <source>of the zones&apos; area covered by the live network</source>
        <translation>diện tích các khu vực nằm trong vùng phục vụ của mạng đang hoạt động</translation>
    </message>
    <message>
        <source>%1 live nodes, %2 planned</source>
        <translation>%1 node đang hoạt động, %2 theo kế hoạch</translation>
    </message>
    <message>
        <source>spare ports on live nodes</source>
        <translation>cổng trống trên các node đang hoạt động</translation>
    </message>
    <message>
        <source>%1 of their capacity</source>
        <translation>%1 dung lượng</translation>
    </message>
    <message>
        <source>capacity unknown</source>
        <translation>chưa rõ dung lượng</translation>
    </message>
    <message>
        <source>; %1 nodes without capacity data</source>
        <translation>; %1 node chưa có số liệu dung lượng</translation>
    </message>
    <message>
        <source>open leads cannot be served now</source>
        <translation>khách hàng tiềm năng đang mở chưa phục vụ được</translation>
    </message>
    <message>
        <source>of %1: %2 no spare port, %3 not covered</source>
        <translation>trên %1: %2 hết cổng trống, %3 ngoài vùng phục vụ</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>installations on time</source>
        <translation>lắp đặt đúng hạn</translation>
    </message>
    <message>
        <source>target %1; %2 overdue, %3 at risk</source>
        <translation>chỉ tiêu %1; %2 quá hạn, %3 có nguy cơ trễ hạn</translation>
    </message>
    <message>
        <source>no installation order assessed yet</source>
        <translation>chưa có yêu cầu lắp đặt nào được đánh giá</translation>
    </message>
    <message>
        <source>nodes run out of ports within %1 months</source>
        <translation>node hết cổng trong %1 tháng tới</translation>
    </message>
    <message>
        <source>none within the horizon</source>
        <translation>không có node nào trong kỳ dự báo</translation>
    </message>
    <message>
        <source>first: %1, %2</source>
        <translation>sớm nhất: %1, %2</translation>
    </message>
    <message>
        <source>Where to act first</source>
        <translation>Cần xử lý trước</translation>
    </message>
    <message>
        <source>Sell first</source>
        <translation>Ưu tiên bán hàng</translation>
    </message>
    <message>
        <source>Extend coverage: %1 clusters of open leads lie outside every live service area; the largest, %2 leads in %3, needs about %4 ports.</source>
        <translation>Mở rộng vùng phục vụ: %1 cụm khách hàng tiềm năng đang mở nằm ngoài mọi vùng phục vụ đang hoạt động; cụm lớn nhất, %2 khách hàng tiềm năng tại %3, cần khoảng %4 cổng.</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>Về các số liệu này</translation>
    </message>
    <message>
        <source>Data: %1. %2 features read, %3 repaired and %4 rejected (`coverplan validate` lists each with its reason).</source>
        <translation>Dữ liệu: %1. Đã đọc %2 đối tượng, sửa %3 và loại %4 (`coverplan validate` liệt kê từng đối tượng kèm lý do).</translation>
    </message>
    <message>
        <source>A lead cannot be served when no live node of its technology covers it, or when every node that covers it has no spare port. Spare ports are counted once per node.</source>
        <translation>Một khách hàng tiềm năng chưa phục vụ được khi không có node đang hoạt động cùng công nghệ phục vụ vị trí đó, hoặc mọi node phục vụ vị trí đó đều hết cổng trống. Cổng trống được tính một lần cho mỗi node.</translation>
    </message>
    <message>
        <source>Forecast check: with the last %1 months hidden, the forecast missed zone activations by %2 (repeating the last months: %3).</source>
        <translation>Kiểm tra dự báo: khi ẩn %1 tháng gần nhất, dự báo thuê bao mới theo khu vực sai lệch %2 (nếu lặp lại các tháng gần nhất: %3).</translation>
    </message>
    <message>
        <source>Where to invest: the top %1 zones</source>
        <translation>Đầu tư ở đâu: %1 khu vực đứng đầu</translation>
    </message>
    <message>
        <source>Where to sell: the top %1 zones</source>
        <translation>Bán hàng ở đâu: %1 khu vực đứng đầu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>No zones to rank.</source>
        <translation>Không có khu vực để xếp hạng.</translation>
    </message>
    <message>
        <source>Score 0–1 (1 = the zone leading every component). Every zone&apos;s components in figures: `coverplan rank` (.csv, .xlsx).</source>
        <translation>Điểm 0–1 (1 = khu vực dẫn đầu mọi thành phần). Số liệu từng thành phần của mọi khu vực: `coverplan rank` (.csv, .xlsx).</translation>
    </message>
    <message>
        <source>Nodes that run out of ports within %1 months</source>
        <translation>Node hết cổng trong %1 tháng tới</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Đã dùng</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>%1 cổng</translation>
    </message>
    <message>
        <source>No live node runs out of ports within the horizon.</source>
        <translation>Không có node đang hoạt động nào hết cổng trong kỳ dự báo.</translation>
    </message>
    <message>
        <source>the nodes layer (`coverplan overlay`)</source>
        <translation>lớp node (`coverplan overlay`)</translation>
    </message>
    <message>
        <source>Uncovered demand clusters</source>
        <translation>Cụm nhu cầu ngoài vùng phục vụ</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>Ports needed</source>
        <translation>Cổng cần thêm</translation>
    </message>
    <message>
        <source>Nearest live node</source>
        <translation>Node đang hoạt động gần nhất</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Khoảng cách</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>No cluster of uncovered open leads (at least %1 leads within %2 of each other).</source>
        <translation>Không có cụm khách hàng tiềm năng đang mở ngoài vùng phục vụ (ít nhất %1 khách hàng tiềm năng cách nhau không quá %2).</translation>
    </message>
    <message>
        <source>`coverplan rank` outputs</source>
        <translation>kết quả của `coverplan rank`</translation>
    </message>
    <message>
        <source>Complaints and the network</source>
        <translation>Khiếu nại và mạng lưới</translation>
    </message>
    <message>
        <source>Counted by the investment ranking: %1</source>
        <translation>Xếp hạng đầu tư đã tính: %1</translation>
    </message>
    <message>
        <source>Nodes most complained about</source>
        <translation>Node bị khiếu nại nhiều nhất</translation>
    </message>
    <message>
        <source>Recent complaints</source>
        <translation>Khiếu nại gần đây</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>Tổng khiếu nại</translation>
    </message>
    <message>
        <source>Per 100 subscribers</source>
        <translation>Trên 100 thuê bao</translation>
    </message>
    <message>
        <source>No recent complaint lies in a live node&apos;s service area.</source>
        <translation>Không có khiếu nại gần đây nào trong vùng phục vụ của node đang hoạt động.</translation>
    </message>
    <message>
        <source>the nodes layer (`coverplan overlay`), column complaints_recent</source>
        <translation>lớp node (`coverplan overlay`), cột complaints_recent</translation>
    </message>
    <message>
        <source>Installation on time, by team</source>
        <translation>Lắp đặt đúng hạn theo đơn vị phụ trách</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Đã đánh giá</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Có nguy cơ trễ</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>Tỷ lệ đúng hạn</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(chưa có đơn vị)</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>No installation orders in the project (add an orders layer to measure this).</source>
        <translation>Dự án chưa có yêu cầu lắp đặt (thêm lớp yêu cầu lắp đặt để đo chỉ số này).</translation>
    </message>
    <message>
        <source>No installation order assessed yet.</source>
        <translation>Chưa có yêu cầu lắp đặt nào được đánh giá.</translation>
    </message>
    <message>
        <source>Assessed: installed, or open past the due date. On-time rate: installed by the due date over assessed; target %1. At risk: open and due within %2 days.</source>
        <translation>Đã đánh giá: đã lắp đặt, hoặc chưa xong mà quá hạn. Tỷ lệ đúng hạn: số lắp đặt xong trước hạn trên số đã đánh giá; chỉ tiêu %1. Có nguy cơ trễ: chưa xong và đến hạn trong %2 ngày.</translation>
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
    <name>Sla</name>
    <message>
        <source>(no team)</source>
        <translation>(chưa có đơn vị)</translation>
    </message>
    <message>
        <source>(outside every zone)</source>
        <translation>(ngoài mọi khu vực)</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 điểm %</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>yêu cầu</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>đã đánh giá</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>late</source>
        <translation>trễ hạn</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>có nguy cơ trễ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>chưa hoàn thành</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>không có hạn</translation>
    </message>
    <message>
        <source>on-time rate</source>
        <translation>tỷ lệ đúng hạn</translation>
    </message>
    <message>
        <source>vs target</source>
        <translation>so với chỉ tiêu</translation>
    </message>
    <message>
        <source>Installation SLA: %1</source>
        <translation>SLA lắp đặt: %1</translation>
    </message>
    <message>
        <source>As of %1; target %2 on time; at risk = open orders due within %3 day.</source>
        <translation>Số liệu ngày %1; chỉ tiêu đúng hạn %2; có nguy cơ trễ = yêu cầu chưa hoàn thành đến hạn trong %3 ngày tới.</translation>
    </message>
    <message>
        <source>As of %1; target %2 on time; at risk = open orders due within %3 days.</source>
        <translation>Số liệu ngày %1; chỉ tiêu đúng hạn %2; có nguy cơ trễ = yêu cầu chưa hoàn thành đến hạn trong %3 ngày tới.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>tổng</translation>
    </message>
    <message>
        <source>team</source>
        <translation>đơn vị phụ trách</translation>
    </message>
    <message>
        <source>By team (worst first)</source>
        <translation>Theo đơn vị phụ trách (kém nhất trước)</translation>
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
        <source>By zone (worst first)</source>
        <translation>Theo khu vực (kém nhất trước)</translation>
    </message>
    <message>
        <source>(%1 more zones with orders: --all lists them, -o FILE writes them)</source>
        <translation>(còn %1 khu vực có yêu cầu: --all để liệt kê hết, -o TỆP để ghi ra tệp)</translation>
    </message>
    <message>
        <source>month due</source>
        <translation>tháng đến hạn</translation>
    </message>
    <message>
        <source>By month of the due date</source>
        <translation>Theo tháng đến hạn</translation>
    </message>
    <message>
        <source>order</source>
        <translation>yêu cầu</translation>
    </message>
    <message>
        <source>due</source>
        <translation>hạn hoàn thành</translation>
    </message>
    <message>
        <source>Overdue open orders (most days late first)</source>
        <translation>Yêu cầu lắp đặt quá hạn chưa hoàn thành (trễ lâu nhất trước)</translation>
    </message>
    <message>
        <source>days late</source>
        <translation>số ngày trễ</translation>
    </message>
    <message>
        <source>At-risk open orders (due soonest first)</source>
        <translation>Yêu cầu lắp đặt có nguy cơ trễ hạn (sắp đến hạn nhất trước)</translation>
    </message>
    <message>
        <source>days left</source>
        <translation>số ngày còn lại</translation>
    </message>
    <message>
        <source>[layers.orders] maps no &apos;due&apos; field: no order has a due date, so none is assessed</source>
        <translation>[layers.orders] không khai báo trường &apos;due&apos;: không yêu cầu nào có hạn hoàn thành nên không yêu cầu nào được đánh giá</translation>
    </message>
    <message>
        <source>[layers.orders] maps no &apos;installed&apos; field: every order counts as not installed</source>
        <translation>[layers.orders] không khai báo trường &apos;installed&apos;: mọi yêu cầu được tính là chưa lắp đặt</translation>
    </message>
    <message>
        <source>[layers.orders] maps no &apos;team&apos; field: each order goes to its zone&apos;s team</source>
        <translation>[layers.orders] không khai báo trường &apos;team&apos;: mỗi yêu cầu giao cho đơn vị phụ trách khu vực của nó</translation>
    </message>
    <message>
        <source>Work lists: %1</source>
        <translation>Danh sách công việc: %1</translation>
    </message>
    <message>
        <source>As of %1; target %2 on time.</source>
        <translation>Số liệu ngày %1; chỉ tiêu đúng hạn %2.</translation>
    </message>
    <message>
        <source>Wrote %1 files beside %2</source>
        <translation>Đã ghi %1 tệp cạnh %2</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Lưu ý: %1.</translation>
    </message>
    <message>
        <source>no order assessed yet</source>
        <translation>chưa có yêu cầu nào được đánh giá</translation>
    </message>
    <message>
        <source>%1 on time of %2 assessed orders, target %3 (met)</source>
        <translation>đúng hạn %1 trên %2 yêu cầu đã đánh giá, chỉ tiêu %3 (đạt)</translation>
    </message>
    <message>
        <source>%1 on time of %2 assessed orders, target %3 (below)</source>
        <translation>đúng hạn %1 trên %2 yêu cầu đã đánh giá, chỉ tiêu %3 (chưa đạt)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>phục vụ được</translation>
    </message>
    <message>
        <source>full</source>
        <translation>hết cổng</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>có trong kế hoạch</translation>
    </message>
    <message>
        <source>not_covered</source>
        <translation>ngoài vùng phục vụ</translation>
    </message>
    <message>
        <source>Work list: %1 — %2</source>
        <translation>Danh sách công việc: %1 — %2</translation>
    </message>
    <message>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>khách hàng</translation>
    </message>
    <message>
        <source>Overdue orders (most days late first)</source>
        <translation>Yêu cầu quá hạn (trễ lâu nhất trước)</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Đến hạn trong %1 ngày tới</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>created</source>
        <translation>ngày tạo</translation>
    </message>
    <message>
        <source>technology</source>
        <translation>công nghệ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <source>New prospects the network serves now (created in the last %1 days)</source>
        <translation>Khách hàng tiềm năng mới mạng phục vụ được ngay (tạo trong %1 ngày gần nhất)</translation>
    </message>
    <message>
        <source>Failed checks: new prospects where the network is full or absent (created in the last %1 days)</source>
        <translation>Kiểm tra không đạt: khách hàng tiềm năng mới nơi mạng hết cổng hoặc chưa có (tạo trong %1 ngày gần nhất)</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>zone</source>
        <translation>khu vực</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>khu vực</translation>
    </message>
    <message>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>node</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cụm</translation>
    </message>
    <message>
        <source>clusters</source>
        <translation>cụm</translation>
    </message>
    <message>
        <source>installation</source>
        <translation>yêu cầu lắp đặt</translation>
    </message>
    <message>
        <source>installations</source>
        <translation>yêu cầu lắp đặt</translation>
    </message>
    <message>
        <source>recent complaint</source>
        <translation>khiếu nại gần đây</translation>
    </message>
    <message>
        <source>recent complaints</source>
        <translation>khiếu nại gần đây</translation>
    </message>
    <message>
        <source>team</source>
        <translation>đội</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>đội</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>điểm đến</translation>
    </message>
    <message>
        <source>stops</source>
        <translation>điểm đến</translation>
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
