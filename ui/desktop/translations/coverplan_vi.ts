<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ComponentText</name>
    <message>
        <source>leads</source>
        <translation>khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>trạm</translation>
    </message>
    <message>
        <source>× average</source>
        <translation>× trung bình</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>cổng</translation>
    </message>
    <message>
        <source>households</source>
        <translation>hộ</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Subscribers</source>
        <translation>Thuê bao</translation>
    </message>
    <message>
        <source>subscribers</source>
        <translation>thuê bao</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>khiếu nại</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Khách hàng tiềm năng đang mở</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>can be served now</source>
        <translation>phục vụ được ngay</translation>
    </message>
    <message>
        <source>planned coverage</source>
        <translation>vùng phủ theo kế hoạch</translation>
    </message>
    <message>
        <source>covered, no spare port</source>
        <translation>đã phủ, hết cổng trống</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>chưa được phủ</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Đầu tư</translation>
    </message>
    <message>
        <source>Sales focus</source>
        <translation>Tập trung bán hàng</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Vùng phủ</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Hiệu suất sử dụng</translation>
    </message>
    <message>
        <source>Installation SLA</source>
        <translation>SLA lắp đặt</translation>
    </message>
    <message>
        <source>Rank change since a snapshot</source>
        <translation>Thay đổi thứ hạng từ lần chụp số liệu</translation>
    </message>
</context>
<context>
    <name>RankingComponent</name>
    <message>
        <source>Unserved demand</source>
        <translation>Nhu cầu chưa được phục vụ</translation>
    </message>
    <message>
        <source>Exhausting nodes</source>
        <translation>Trạm sắp hết cổng</translation>
    </message>
    <message>
        <source>Complaints vs average</source>
        <translation>Khiếu nại so với trung bình</translation>
    </message>
    <message>
        <source>Activation growth</source>
        <translation>Tăng trưởng lắp mới</translation>
    </message>
    <message>
        <source>Spare ports</source>
        <translation>Cổng trống</translation>
    </message>
    <message>
        <source>Households without service</source>
        <translation>Hộ chưa dùng dịch vụ</translation>
    </message>
    <message>
        <source>Leads servable now</source>
        <translation>Khách hàng tiềm năng phục vụ được ngay</translation>
    </message>
    <message>
        <source>Installations on time</source>
        <translation>Lắp đặt đúng hạn</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::AddCapacityTool</name>
    <message>
        <source>Click a service area to add ports to the node serving that spot; drag to move the map</source>
        <translation>Bấm vào vùng phục vụ để thêm cổng cho trạm đang phục vụ điểm đó; kéo để di chuyển bản đồ</translation>
    </message>
    <message>
        <source>No live node serves this spot: place a new node instead</source>
        <translation>Không có trạm đang hoạt động nào phục vụ điểm này: hãy đặt trạm mới</translation>
    </message>
    <message>
        <source>Added %1 ports to %2</source>
        <translation>Đã thêm %1 cổng cho %2</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::AddressSearchBox</name>
    <message>
        <source>Find an address</source>
        <translation>Tìm địa chỉ</translation>
    </message>
    <message>
        <source>No address layer in the project: click the map with “Check here”</source>
        <translation>Dự án chưa có lớp địa chỉ: chọn “Kiểm tra tại đây” rồi bấm vào bản đồ</translation>
    </message>
    <message>
        <source>Find an address: street, number, ward…</source>
        <translation>Tìm địa chỉ: số nhà, đường, phường/xã…</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::CheckPanel</name>
    <message>
        <source>Choose “Check here” in the toolbar and click the map.</source>
        <translation>Chọn “Kiểm tra tại đây” trên thanh công cụ rồi bấm vào bản đồ.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ/Đội</translation>
    </message>
    <message>
        <source>Outside every zone</source>
        <translation>Nằm ngoài mọi vùng</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Công nghệ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Spare ports</source>
        <translation>Cổng trống</translation>
    </message>
    <message>
        <source>Nearest node: %1, %2 m away</source>
        <translation>Trạm gần nhất: %1, cách %2 m</translation>
    </message>
    <message>
        <source>available</source>
        <translation>có thể bán</translation>
    </message>
    <message>
        <source>full</source>
        <translation>hết cổng</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>đang có kế hoạch</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>ngoài vùng phục vụ</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::CheckTool</name>
    <message>
        <source>Click a spot to check whether we can sell there; drag to move the map</source>
        <translation>Bấm vào một điểm để kiểm tra có bán được dịch vụ ở đó không; kéo để di chuyển bản đồ</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::CursorPosition</name>
    <message>
        <source>N</source>
        <translation>B</translation>
    </message>
    <message>
        <source>S</source>
        <translation>N</translation>
    </message>
    <message>
        <source>E</source>
        <translation>Đ</translation>
    </message>
    <message>
        <source>W</source>
        <translation>T</translation>
    </message>
    <message>
        <source>outside the CRS&apos;s area</source>
        <translation>ngoài phạm vi của hệ tọa độ</translation>
    </message>
    <message>
        <source>%1 m E, %2 m N</source>
        <translation>%1 m Đ, %2 m B</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::LayersPanel</name>
    <message>
        <source>Subscribers</source>
        <translation>Thuê bao</translation>
    </message>
    <message>
        <source>Open leads (by serviceability)</source>
        <translation>Khách hàng tiềm năng đang mở (theo khả năng phục vụ)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <source>Over the map: dots when zoomed in, counts per hexagon when too many are in view.</source>
        <translation>Trên bản đồ: từng điểm khi phóng to, số đếm theo ô lục giác khi khung nhìn có quá nhiều điểm.</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::MainWindow</name>
    <message>
        <source>Could not save the weights</source>
        <translation>Không lưu được trọng số</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Mở dự án…</translation>
    </message>
    <message>
        <source>&amp;Export map…</source>
        <translation>&amp;Xuất bản đồ…</translation>
    </message>
    <message>
        <source>Export the management report</source>
        <translation>Xuất báo cáo quản lý</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the &amp;report…</source>
        <translation>Xuất &amp;báo cáo…</translation>
    </message>
    <message>
        <source>Export both rankings</source>
        <translation>Xuất cả hai bảng xếp hạng</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;GeoPackage (*.gpkg)</source>
        <translation>Sổ tính Excel (*.xlsx);;GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Export the ran&amp;kings…</source>
        <translation>Xuất bảng xếp &amp;hạng…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Zoom to &amp;everything</source>
        <translation>Thu phóng &amp;toàn bộ</translation>
    </message>
    <message>
        <source>Zoom to the selected &amp;zone</source>
        <translation>Thu phóng đến &amp;vùng đang chọn</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <source>Map: </source>
        <translation>Bản đồ: </translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Công cụ</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>Check here</source>
        <translation>Kiểm tra tại đây</translation>
    </message>
    <message>
        <source>Add capacity</source>
        <translation>Thêm dung lượng</translation>
    </message>
    <message>
        <source>Place a node</source>
        <translation>Đặt trạm mới</translation>
    </message>
    <message>
        <source>Investment ranking</source>
        <translation>Xếp hạng đầu tư</translation>
    </message>
    <message>
        <source>Sales ranking</source>
        <translation>Xếp hạng tập trung bán hàng</translation>
    </message>
    <message>
        <source>Rankings</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Lớp bản đồ</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Kịch bản</translation>
    </message>
    <message>
        <source>Problems found reading the project</source>
        <translation>Lỗi phát hiện khi đọc dự án</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Khung</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Open a Coverplan project</source>
        <translation>Mở dự án Coverplan</translation>
    </message>
    <message>
        <source>Coverplan projects (*.toml);;All files (*)</source>
        <translation>Dự án Coverplan (*.toml);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Xuất bản đồ</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;Ảnh PNG (*.png);;Bản vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Đã ghi %1</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>Chưa mở dự án nào</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>Opening project</source>
        <translation>Đang mở dự án</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Đã hủy mở dự án</translation>
    </message>
    <message>
        <source>Reading the layers of %1 and building the plan…</source>
        <translation>Đang đọc các lớp của %1 và lập kế hoạch…</translation>
    </message>
    <message>
        <source>%1: %2 zones, %3 nodes, as of %4; %5 problems reading it</source>
        <translation>%1: %2 vùng, %3 trạm, số liệu đến %4; %5 lỗi khi đọc</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Không mở được %1</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>Không mở được dự án</translation>
    </message>
    <message>
        <source>Saved the weights in %1</source>
        <translation>Đã lưu trọng số vào %1</translation>
    </message>
    <message>
        <source>Open &amp;scenario…</source>
        <translation>Mở &amp;kịch bản…</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Lưu kịch bản &amp;thành…</translation>
    </message>
    <message>
        <source>Reading the changed data…</source>
        <translation>Đang đọc dữ liệu đã thay đổi…</translation>
    </message>
    <message>
        <source>&amp;Follow data changes</source>
        <translation>&amp;Theo dõi thay đổi dữ liệu</translation>
    </message>
    <message>
        <source>Read the project again in the background when its files or tables change</source>
        <translation>Đọc lại dự án ở chế độ nền khi tệp hoặc bảng dữ liệu của nó thay đổi</translation>
    </message>
    <message>
        <source>&amp;Reload data now</source>
        <translation>Tải &amp;lại dữ liệu ngay</translation>
    </message>
    <message>
        <source>The data changed: the figures are those read at %1</source>
        <translation>Dữ liệu đã thay đổi: số liệu là số liệu đọc lúc %1</translation>
    </message>
    <message>
        <source>The data changed (read at %1); the scenario lost what it no longer allows: %2</source>
        <translation>Dữ liệu đã thay đổi (đọc lúc %1); kịch bản đã bỏ những thay đổi dữ liệu mới không còn cho phép: %2</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::PlaceNodeTool</name>
    <message>
        <source>Click where a new node would stand; drag to move the map</source>
        <translation>Bấm vào nơi sẽ đặt trạm mới; kéo để di chuyển bản đồ</translation>
    </message>
    <message>
        <source>Placed a new node</source>
        <translation>Đã đặt trạm mới</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ProblemsModel</name>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>bị loại</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>bị đánh dấu</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>khu vực</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>node mạng</translation>
    </message>
    <message>
        <source>subscribers</source>
        <translation>thuê bao</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>khiếu nại</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>yêu cầu lắp đặt</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>địa chỉ</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ProblemsPanel</name>
    <message>
        <source>Filter by layer, feature, field or reason</source>
        <translation>Lọc theo lớp, đối tượng, trường hoặc lý do</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Mọi kết quả xử lý</translation>
    </message>
    <message>
        <source>%1 %2 read: %3 used, %4 repaired, %5 rejected, %6 flagged</source>
        <translation>Đã đọc %1 %2: %3 dùng được, %4 đã sửa, %5 bị loại, %6 bị đánh dấu</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::RankingModel</name>
    <message>
        <source>(no kind)</source>
        <translation>(chưa phân loại)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tổ/Đội</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại vùng</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::RankingPanel</name>
    <message>
        <source>Filter by zone name or id</source>
        <translation>Lọc theo tên hoặc mã vùng</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Tất cả tổ/đội</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ScenarioDetailsDialog</name>
    <message>
        <source>Save the scenario</source>
        <translation>Lưu kịch bản</translation>
    </message>
    <message>
        <source>e.g. More ports in the north</source>
        <translation>ví dụ: Thêm cổng phía bắc</translation>
    </message>
    <message>
        <source>Why this scenario, in a sentence or two</source>
        <translation>Vì sao có kịch bản này, trong một hai câu</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Người lập:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ScenarioFileActions</name>
    <message>
        <source>Coverplan scenarios (*.toml);;All files (*)</source>
        <translation>Kịch bản Coverplan (*.toml);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Mở kịch bản</translation>
    </message>
    <message>
        <source>Could not open the scenario</source>
        <translation>Không mở được kịch bản</translation>
    </message>
    <message>
        <source>Opened the scenario “%1” (Edit &gt; Undo puts back what was on screen)</source>
        <translation>Đã mở kịch bản “%1” (Sửa &gt; Hoàn tác để trở lại như trước)</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Không có gì để lưu</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Lưu kịch bản</translation>
    </message>
    <message>
        <source>Could not save the scenario</source>
        <translation>Không lưu được kịch bản</translation>
    </message>
    <message>
        <source>Saved the scenario in %1</source>
        <translation>Đã lưu kịch bản vào %1</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ScenarioPanel</name>
    <message>
        <source> ports</source>
        <translation> cổng</translation>
    </message>
    <message>
        <source>What the tools add</source>
        <translation>Công cụ sẽ thêm gì</translation>
    </message>
    <message>
        <source>Add capacity:</source>
        <translation>Thêm dung lượng:</translation>
    </message>
    <message>
        <source>New node reach:</source>
        <translation>Bán kính trạm mới:</translation>
    </message>
    <message>
        <source>New node capacity:</source>
        <translation>Dung lượng trạm mới:</translation>
    </message>
    <message>
        <source>New node technology:</source>
        <translation>Công nghệ trạm mới:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>The data as it is</source>
        <translation>Dữ liệu hiện trạng</translation>
    </message>
    <message>
        <source>Changes (click one to go back to it):</source>
        <translation>Các thay đổi (bấm vào một mục để quay lại mục đó):</translation>
    </message>
    <message>
        <source>any technology</source>
        <translation>mọi công nghệ</translation>
    </message>
    <message>
        <source>No change yet: the rankings are those of the data.</source>
        <translation>Chưa có thay đổi: xếp hạng theo dữ liệu hiện trạng.</translation>
    </message>
    <message>
        <source>%1 zones change investment rank; open leads that cannot be served: %2 → %3.</source>
        <translation>%1 vùng đổi hạng đầu tư; khách hàng tiềm năng chưa phục vụ được: %2 → %3.</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ScenarioState</name>
    <message>
        <source>Add %1 ports to %2</source>
        <translation>Thêm %1 cổng cho %2</translation>
    </message>
    <message>
        <source>New %1 node of %2 ports, %3 m reach</source>
        <translation>Trạm %1 mới %2 cổng, bán kính %3 m</translation>
    </message>
    <message>
        <source>any-technology</source>
        <translation>đa công nghệ</translation>
    </message>
    <message>
        <source>The scenario changes nothing yet: add capacity, place a node or move a weight first</source>
        <translation>Kịch bản chưa thay đổi gì: hãy thêm cổng, đặt trạm mới hoặc chỉnh trọng số trước</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>Chưa mở dự án nào</translation>
    </message>
    <message>
        <source>Open scenario “%1”</source>
        <translation>Mở kịch bản “%1”</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::SelectTool</name>
    <message>
        <source>Click a zone to select it; drag to move the map</source>
        <translation>Bấm vào một vùng để chọn; kéo để di chuyển bản đồ</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::StaleDataBanner</name>
    <message>
        <source>The changed data could not be read: %1
The figures shown are those read at %2; they are updated when the data can be read again.</source>
        <translation>Không đọc được dữ liệu đã thay đổi: %1
Số liệu đang hiển thị là số liệu đọc lúc %2; chúng sẽ được cập nhật khi đọc lại được dữ liệu.</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::WeightsPanel</name>
    <message>
        <source>Investment weights</source>
        <translation>Trọng số đầu tư</translation>
    </message>
    <message>
        <source>Sales weights</source>
        <translation>Trọng số bán hàng</translation>
    </message>
    <message>
        <source>How much %1 counts in the score</source>
        <translation>Mức ảnh hưởng của %1 đến điểm</translation>
    </message>
    <message>
        <source>Weights of the project file</source>
        <translation>Trọng số trong tệp dự án</translation>
    </message>
    <message>
        <source>Save weights in the project file</source>
        <translation>Lưu trọng số vào tệp dự án</translation>
    </message>
    <message>
        <source>Writes these weights into [scoring.investment] and [scoring.sales]; the rest of the file stays as it is</source>
        <translation>Ghi các trọng số này vào [scoring.investment] và [scoring.sales]; phần còn lại của tệp giữ nguyên</translation>
    </message>
</context>
<context>
    <name>coverplan::desktop::ZoneDetailPanel</name>
    <message>
        <source>Investment</source>
        <translation>Đầu tư</translation>
    </message>
    <message>
        <source>Sales focus</source>
        <translation>Tập trung bán hàng</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>hạng %1/%2</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>điểm %1</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>of the leader</source>
        <translation>so với vùng dẫn đầu</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Nodes serving the clicked spot</source>
        <translation>Các trạm phục vụ điểm vừa bấm</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Trạm</translation>
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
        <source>Forecast</source>
        <translation>Dự báo</translation>
    </message>
    <message>
        <source>At horizon</source>
        <translation>Cuối kỳ dự báo</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Hết cổng</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>theo kế hoạch</translation>
    </message>
    <message>
        <source>not within %1 months</source>
        <translation>không hết trong %1 tháng tới</translation>
    </message>
    <message>
        <source>Select a zone in the table or on the map to see its figures and why it ranks where it does.</source>
        <translation>Chọn một vùng trong bảng hoặc trên bản đồ để xem số liệu và lý do vùng đó được xếp hạng như vậy.</translation>
    </message>
    <message>
        <source>team</source>
        <translation>tổ/đội</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Thuê bao</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Penetration</source>
        <translation>Tỷ lệ thâm nhập</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Khách hàng tiềm năng đang mở</translation>
    </message>
    <message>
        <source>servable now</source>
        <translation>phục vụ được ngay</translation>
    </message>
    <message>
        <source>covered, no spare port</source>
        <translation>đã phủ, hết cổng trống</translation>
    </message>
    <message>
        <source>planned coverage</source>
        <translation>vùng phủ theo kế hoạch</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>chưa được phủ</translation>
    </message>
    <message>
        <source>Covered (live, any technology)</source>
        <translation>Đã phủ (đang hoạt động, mọi công nghệ)</translation>
    </message>
    <message>
        <source>Spare ports</source>
        <translation>Cổng trống</translation>
    </message>
    <message>
        <source>Nodes running out</source>
        <translation>Trạm sắp hết cổng</translation>
    </message>
    <message>
        <source>Complaints per 1,000 subscribers</source>
        <translation>Khiếu nại trên 1.000 thuê bao</translation>
    </message>
    <message>
        <source>Activation growth</source>
        <translation>Tăng trưởng lắp mới</translation>
    </message>
    <message>
        <source>Forecast additions</source>
        <translation>Dự báo phát triển mới</translation>
    </message>
    <message>
        <source>Installations on time</source>
        <translation>Lắp đặt đúng hạn</translation>
    </message>
    <message>
        <source>%1 assessed</source>
        <translation>%1 được đánh giá</translation>
    </message>
    <message>
        <source>(project)</source>
        <translation>(cả dự án)</translation>
    </message>
    <message>
        <source>none assessed</source>
        <translation>chưa có lắp đặt nào được đánh giá</translation>
    </message>
</context>
</TS>
