<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/storage/AuditLog.cpp" line="+41"/>
        <location line="+41"/>
        <source>cannot read the audit trail: %1</source>
        <translation>không đọc được nhật ký thay đổi: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>cannot write the audit trail: %1</source>
        <translation>không ghi được nhật ký thay đổi: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>row %1: the row before it was removed or changed (the chain breaks here)</source>
        <translation>dòng %1: dòng liền trước đã bị xóa hoặc bị sửa đổi (chuỗi băm bị đứt tại đây)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row %1: its content was changed after it was written</source>
        <translation>dòng %1: nội dung đã bị sửa đổi sau khi được ghi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the last rows of the audit trail were removed (the trail ends at row %1, it had more)</source>
        <translation>các dòng cuối của nhật ký thay đổi đã bị xóa (nhật ký kết thúc ở dòng %1, trước đó có nhiều dòng hơn)</translation>
    </message>
</context>
<context>
    <name>CampaignResults</name>
    <message>
        <location filename="../core/storage/CampaignResults.cpp" line="+31"/>
        <source>the sheet of %1 (%2) does not fit the criteria set: %3</source>
        <translation>phiếu chấm điểm của %1 (%2) không phù hợp với bộ tiêu chí: %3</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <location filename="../core/storage/CampaignStore.cpp" line="+20"/>
        <source>cannot read the campaigns: %1</source>
        <translation>không đọc được các đợt đánh giá: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no campaign with the code &quot;%1&quot;</source>
        <translation>không có đợt đánh giá nào mang mã &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the campaign &quot;%1&quot; uses another criteria set</source>
        <translation>đợt đánh giá &quot;%1&quot; dùng một bộ tiêu chí khác</translation>
    </message>
</context>
<context>
    <name>CatalogueImport</name>
    <message>
        <location filename="../core/storage/CatalogueImport.cpp" line="+152"/>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation>Không mở được tệp &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the kind &quot;%1&quot; is not known; use one of: %2</source>
        <translation>loại đơn vị &quot;%1&quot; không xác định; hãy dùng một trong các giá trị: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a unit cannot be its own parent</source>
        <translation>một đơn vị không thể là cấp trên của chính nó</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../core/storage/CataloguePlanning.cpp" line="+201"/>
        <source>cannot read the database: %1</source>
        <translation>không đọc được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a leader value; use one of: %2</source>
        <translation>&quot;%1&quot; không phải là giá trị hợp lệ để xác định lãnh đạo; hãy dùng một trong các giá trị: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/CataloguePlanning.cpp" line="+108"/>
        <source>the same name is in row %1 in the same unit, with the code &quot;%2&quot;; check that these are two different people</source>
        <translation>dòng %1 có người trùng họ và tên trong cùng đơn vị, với mã &quot;%2&quot;; hãy kiểm tra để bảo đảm đây là hai người khác nhau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the database already has &quot;%1&quot; in this unit, with the code &quot;%2&quot;; check that these are two different people</source>
        <translation>cơ sở dữ liệu đã có &quot;%1&quot; trong đơn vị này, với mã &quot;%2&quot;; hãy kiểm tra để bảo đảm đây là hai người khác nhau</translation>
    </message>
    <message>
        <location filename="../core/storage/CatalogueImport.cpp" line="+29"/>
        <source>the file &quot;%1&quot; has problems; nothing was written</source>
        <translation>tệp &quot;%1&quot; có vấn đề; không ghi gì vào cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>import from &quot;%1&quot;</source>
        <translation>nhập từ tệp &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the unit &quot;%1&quot; is not in the database</source>
        <translation>đơn vị &quot;%1&quot; chưa có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../core/storage/CataloguePlanning.cpp" line="-184"/>
        <source>the column «%1» already gives this; keep one of the two</source>
        <translation>cột «%1» đã cung cấp thông tin này; chỉ giữ lại một trong hai cột</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the required column «%1» (or «%2») is missing</source>
        <translation>thiếu cột bắt buộc «%1» (hoặc «%2»)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the file is empty</source>
        <translation>tệp không có dữ liệu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file has no data rows below the header (row %1)</source>
        <translation>tệp không có dòng dữ liệu nào bên dưới dòng tiêu đề (dòng %1)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the unit &quot;%1&quot; is not in the list of units (neither in the database nor in an earlier row)</source>
        <translation>đơn vị &quot;%1&quot; không có trong danh sách đơn vị (không có trong cơ sở dữ liệu và cũng không có ở dòng nào phía trên)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the unit &quot;%1&quot; is below this unit, so the chain of parent units would loop</source>
        <translation>đơn vị &quot;%1&quot; là đơn vị cấp dưới của đơn vị này, nên chuỗi đơn vị cấp trên sẽ bị lặp vòng</translation>
    </message>
    <message>
        <location filename="../core/storage/CatalogueRowChecker.cpp" line="+16"/>
        <source>the text cannot be read: the file has bytes that are not UTF-8, TCVN3, VNI or Windows-1258; save it as CSV UTF-8</source>
        <translation>không đọc được nội dung: tệp có các byte không thuộc bảng mã UTF-8, TCVN3, VNI hay Windows-1258; hãy lưu tệp dưới dạng CSV UTF-8</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the value is missing</source>
        <translation>thiếu giá trị</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the code &quot;%1&quot; contains spaces</source>
        <translation>mã &quot;%1&quot; có chứa dấu cách</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the code &quot;%1&quot; is already in row %2</source>
        <translation>mã &quot;%1&quot; đã có ở dòng %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the code &quot;%1&quot; is already in row %2 of the file &quot;%3&quot;</source>
        <translation>mã &quot;%1&quot; đã có ở dòng %2 của tệp &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <location filename="../core/storage/ChangeLog.cpp" line="+35"/>
        <source>cannot record the change for synchronisation: %1</source>
        <translation>không ghi lại được thay đổi để phục vụ đồng bộ hóa: %1</translation>
    </message>
</context>
<context>
    <name>ClassificationStore</name>
    <message>
        <location filename="../core/storage/ClassificationStore.cpp" line="+58"/>
        <source>&quot;%1&quot; is not a grade of the criteria set %2</source>
        <translation>&quot;%1&quot; không phải là mức xếp loại của bộ tiêu chí %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no score sheet in the campaign %2</source>
        <translation>%1 không có phiếu chấm điểm trong đợt đánh giá %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is tied at the quota boundary; the decision needs a reason and the name of the person who approves it</source>
        <translation>%1 bằng điểm tại ngưỡng tỷ lệ tối đa; quyết định cần ghi rõ lý do và họ tên người phê duyệt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is graded %2 by the rules (quota included); giving %3 is an override and needs a reason and the name of the person who approves it</source>
        <translation>%1 được xếp loại %2 theo quy định (đã tính tỷ lệ tối đa); xếp %3 là quyết định vượt quy định, cần ghi rõ lý do và họ tên người phê duyệt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no grade)</source>
        <translation>(không xếp loại)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot read the campaigns: %1</source>
        <translation>không đọc được danh sách đợt đánh giá: %1</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <location filename="../app/cli/CliArguments.cpp" line="+33"/>
        <source>%1 needs a value</source>
        <translation>%1 cần có giá trị</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown option %1</source>
        <translation>tùy chọn không xác định %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the option --%1 is missing</source>
        <translation>thiếu tùy chọn --%1</translation>
    </message>
</context>
<context>
    <name>CliIo</name>
    <message>
        <location filename="../app/cli/CliIo.cpp" line="+27"/>
        <source>danhgia-cli: file &quot;%1&quot;: the file does not exist</source>
        <translation>danhgia-cli: tệp &quot;%1&quot;: tệp không tồn tại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>danhgia-cli: file &quot;%1&quot;: this is a folder, not a file</source>
        <translation>danhgia-cli: tệp &quot;%1&quot;: đây là thư mục, không phải tệp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>danhgia-cli: file &quot;%1&quot;: cannot be opened: %2</source>
        <translation>danhgia-cli: tệp &quot;%1&quot;: không mở được: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>danhgia-cli: file &quot;%1&quot;: %2</source>
        <translation>danhgia-cli: tệp &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>danhgia-cli %1: %2</source>
        <translation>danhgia-cli %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &quot;danhgia-cli %1 --help&quot; for how to use it.</source>
        <translation>Chạy &quot;danhgia-cli %1 --help&quot; để xem cách dùng.</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+19"/>
        <source>Usage: danhgia-cli COMMAND [OPTIONS]

Commands:
  score     score sheets against a criteria set (JSON results)
  council   results of an interview council (JSON)
  validate  check a criteria set and summarise it

&quot;danhgia-cli COMMAND --help&quot; describes a command. Set DANHGIA_LANG=en for English
messages. Exit statuses are listed in docs/cli.md.
</source>
        <translation>Cách dùng: danhgia-cli LỆNH [TÙY_CHỌN]

Các lệnh:
  score     chấm điểm các phiếu chấm điểm theo một bộ tiêu chí (kết quả dạng JSON)
  council   tính kết quả của hội đồng sát hạch (dạng JSON)
  validate  kiểm tra một bộ tiêu chí và in bản tóm tắt

&quot;danhgia-cli LỆNH --help&quot; mô tả cách dùng từng lệnh. Đặt DANHGIA_LANG=en để hiển thị
thông báo bằng tiếng Anh. Danh sách mã thoát có trong docs/cli.md.
</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>danhgia-cli: unknown command &quot;%1&quot;</source>
        <translation>danhgia-cli: lệnh không xác định &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CommentStore</name>
    <message>
        <location filename="../core/storage/CommentStore.cpp" line="+20"/>
        <source>a comment needs some text</source>
        <translation>ý kiến cần có nội dung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a comment needs the name of its author</source>
        <translation>ý kiến cần có tên người viết</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no score sheet with the number %1</source>
        <translation>không có phiếu chấm điểm số %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write the comment: %1</source>
        <translation>không ghi được ý kiến: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot read the comments: %1</source>
        <translation>không đọc được các ý kiến: %1</translation>
    </message>
</context>
<context>
    <name>CouncilCommand</name>
    <message>
        <location filename="../app/cli/CouncilCommand.cpp" line="+12"/>
        <source>Usage: danhgia-cli council FILE

Computes the results of an interview council (danhgia.council/1): mean and spread of
the members&apos; scores for each candidate, whether a dialogue is needed and who holds it,
the official score and whether the candidate passed. Prints JSON.

Options:
  --help  show this help

Exit status: 0 done, 1 invalid data, 2 wrong command line, 3 unreadable file.
</source>
        <translation>Cách dùng: danhgia-cli council TỆP

Tính kết quả của hội đồng sát hạch (danhgia.council/1): với mỗi thí sinh, điểm trung bình
và độ chênh lệch điểm của các thành viên, có cần đối thoại hay không và ai chủ trì,
điểm chính thức và thí sinh có đạt hay không. Kết quả in ra dạng JSON.

Tùy chọn:
  --help  hiển thị trợ giúp này

Mã thoát: 0 thành công, 1 dữ liệu không hợp lệ, 2 sai dòng lệnh, 3 không đọc được tệp.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown option %1</source>
        <translation>tùy chọn không xác định %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give exactly one council file</source>
        <translation>cần chỉ định đúng một tệp hội đồng</translation>
    </message>
</context>
<context>
    <name>CouncilReader</name>
    <message>
        <location filename="../core/CouncilReader.cpp" line="+26"/>
        <source>is &quot;%1&quot;; a council file must have &quot;%2&quot;</source>
        <translation>có giá trị &quot;%1&quot;; tệp hội đồng phải có giá trị &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the maximum score must be greater than 0 (%1)</source>
        <translation>điểm tối đa phải lớn hơn 0 (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a whole number from 0 to %1</source>
        <translation>phải là số nguyên từ 0 đến %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the pass mark %1 is outside 0 to %2</source>
        <translation>điểm đạt %1 nằm ngoài khoảng từ 0 đến %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a spread rule must have exactly one of &quot;spread_over&quot; or &quot;spread_at_least&quot;</source>
        <translation>quy tắc về độ chênh lệch phải có đúng một trong hai trường &quot;spread_over&quot; hoặc &quot;spread_at_least&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the spread threshold must not be negative (%1)</source>
        <translation>ngưỡng độ chênh lệch không được âm (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spread rules must be listed in increasing order: %1 comes after %2</source>
        <translation>các quy tắc về độ chênh lệch phải được liệt kê theo ngưỡng tăng dần: %1 lại đứng sau %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the score %1 is outside 0 to %2</source>
        <translation>điểm %1 nằm ngoài khoảng từ 0 đến %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the candidate %1 is listed twice</source>
        <translation>thí sinh %1 bị liệt kê hai lần</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a number</source>
        <translation>phải là số</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the candidate %1 has %2 member score(s); at least two members must score</source>
        <translation>thí sinh %1 chỉ có %2 điểm của thành viên; phải có ít nhất hai thành viên chấm điểm</translation>
    </message>
</context>
<context>
    <name>CriteriaSetReader</name>
    <message>
        <location filename="../core/CriteriaSetReader.cpp" line="+29"/>
        <source>is &quot;%1&quot;; a criteria set must have &quot;%2&quot;</source>
        <translation>có giá trị &quot;%1&quot;; bộ tiêu chí phải có giá trị &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the set has no criteria</source>
        <translation>bộ tiêu chí không có tiêu chí nào</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+45"/>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>must be a whole number from 1</source>
        <translation>phải là số nguyên từ 1 trở lên</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a kind of set; use one of %2</source>
        <translation>&quot;%1&quot; không phải là loại bộ tiêu chí hợp lệ; hãy dùng một trong các giá trị %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number from 0 to %1</source>
        <translation>phải là số nguyên từ 0 đến %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>has both &quot;children&quot; and &quot;method&quot;; a criterion is either a group or a leaf</source>
        <translation>có cả &quot;children&quot; lẫn &quot;method&quot;; mỗi tiêu chí chỉ có thể là nhóm tiêu chí hoặc tiêu chí thành phần</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has neither &quot;children&quot; (a group) nor &quot;method&quot; (a leaf)</source>
        <translation>không có &quot;children&quot; (nhóm tiêu chí) cũng không có &quot;method&quot; (tiêu chí thành phần)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the group has no criteria</source>
        <translation>nhóm tiêu chí không có tiêu chí nào</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not allowed; use required, optional or none</source>
        <translation>không chấp nhận giá trị &quot;%1&quot;; hãy dùng required, optional hoặc none</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a scoring method; use points, yes_no, levels, ratio, linear, deduct, relative or tasks</source>
        <translation>&quot;%1&quot; không phải là phương pháp chấm điểm; hãy dùng points, yes_no, levels, ratio, linear, deduct, relative hoặc tasks</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not allowed; use full, zero or exclude</source>
        <translation>không chấp nhận giá trị &quot;%1&quot;; hãy dùng full, zero hoặc exclude</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>a flag must have exactly one of &quot;grade&quot;, &quot;max_grade&quot; or &quot;unclassified&quot;: true</source>
        <translation>mỗi tình huống đặc biệt phải có đúng một trong các trường &quot;grade&quot;, &quot;max_grade&quot; hoặc &quot;unclassified&quot;: true</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>must be a grade code</source>
        <translation>phải là mã mức xếp loại</translation>
    </message>
</context>
<context>
    <name>CriteriaSetStore</name>
    <message>
        <location filename="../core/storage/CriteriaSetStore.cpp" line="+17"/>
        <source>the criteria set has errors and was not imported</source>
        <translation>bộ tiêu chí có lỗi nên không được nhập</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+53"/>
        <source>cannot read the criteria sets: %1</source>
        <translation>không đọc được các bộ tiêu chí: %1</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>the criteria set %1 version %2 is already in the database with different content; a published version cannot change: give the new content a higher &quot;version&quot;</source>
        <translation>bộ tiêu chí %1 phiên bản %2 đã có trong cơ sở dữ liệu với nội dung khác; phiên bản đã công bố không được thay đổi: hãy đặt &quot;version&quot; cao hơn cho nội dung mới</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the criteria set %1 is not in the database</source>
        <translation>bộ tiêu chí %1 chưa có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the stored criteria set %1 is damaged: %2</source>
        <translation>bộ tiêu chí %1 đã lưu bị hỏng: %2</translation>
    </message>
</context>
<context>
    <name>CriteriaSetValidator</name>
    <message>
        <location filename="../core/CriteriaSetValidator.cpp" line="+45"/>
        <source>the code %1 is used twice (also at %2); codes must be unique in a set</source>
        <translation>mã %1 được dùng hai lần (cả ở %2); các mã trong một bộ tiêu chí không được trùng nhau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the maximum must not be negative (%1)</source>
        <translation>điểm tối đa không được âm (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the floor (%1) is above the maximum (%2)</source>
        <translation>điểm sàn (%1) lớn hơn điểm tối đa (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the maximum %1 has more decimals than the set&apos;s %2</source>
        <translation>điểm tối đa %1 có nhiều chữ số thập phân hơn quy định của bộ tiêu chí (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the maximum %1 cannot be reached: the criteria under it give at most %2</source>
        <translation>không thể đạt điểm tối đa %1: các tiêu chí bên trong chỉ cho tối đa %2 điểm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the step must be greater than 0</source>
        <translation>bước điểm phải lớn hơn 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the maximum %1 is not a multiple of the step %2, so it cannot be given</source>
        <translation>điểm tối đa %1 không phải là bội số của bước %2 nên không thể cho đủ điểm tối đa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a levels criterion needs at least one level</source>
        <translation>tiêu chí chấm theo mức (levels) phải có ít nhất một mức</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>level %1 gives %2 points, above the maximum %3</source>
        <translation>mức %1 cho %2 điểm, vượt quá điểm tối đa %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>level %1 gives negative points (%2)</source>
        <translation>mức %1 cho số điểm âm (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the maximum %1 cannot be reached: the best level gives %2</source>
        <translation>không thể đạt điểm tối đa %1: mức cao nhất chỉ cho %2 điểm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a ratio criterion needs at least one band</source>
        <translation>tiêu chí chấm theo tỷ lệ (ratio) phải có ít nhất một khung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bands must be sorted by &quot;from&quot; from highest to lowest: %1 comes after %2</source>
        <translation>các khung phải được xếp theo &quot;from&quot; giảm dần: %1 lại đứng sau %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a ratio band must start at 0 or more (%1)</source>
        <translation>khung tỷ lệ phải bắt đầu từ 0 trở lên (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no ratio reaches %1: the ratio done/total is at most 1</source>
        <translation>không tỷ lệ nào đạt được %1: tỷ lệ done/total tối đa chỉ bằng 1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>band %1 gives %2 points, above the maximum %3</source>
        <translation>khung %1 cho %2 điểm, vượt quá điểm tối đa %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>band %1 gives negative points (%2)</source>
        <translation>khung %1 cho số điểm âm (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the maximum %1 cannot be reached: the best band gives %2</source>
        <translation>không thể đạt điểm tối đa %1: khung cao nhất chỉ cho %2 điểm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the deduction per item must be greater than 0</source>
        <translation>số điểm trừ cho mỗi lần phải lớn hơn 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the deduction limit must not be negative</source>
        <translation>mức trừ tối đa không được âm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a deduction criterion only takes points away; its maximum %1 counts as 0</source>
        <translation>tiêu chí điểm trừ chỉ trừ điểm; điểm tối đa %1 của tiêu chí này được tính là 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the deduction per failure or delay must be between 0 and 1 (%1)</source>
        <translation>tỷ lệ trừ cho mỗi lần không đạt chất lượng hoặc chậm tiến độ phải từ 0 đến 1 (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the grade code %1 is used twice</source>
        <translation>mã mức xếp loại %1 được dùng hai lần</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>grades must be listed from the highest &quot;min&quot; to the lowest: %1 (%2) comes after %3 (%4)</source>
        <translation>các mức xếp loại phải được liệt kê theo &quot;min&quot; giảm dần: %1 (%2) lại đứng sau %3 (%4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the flag code %1 is used twice</source>
        <translation>mã tình huống đặc biệt %1 được dùng hai lần</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the flag %1 names the grade %2, which the set does not define</source>
        <translation>tình huống đặc biệt %1 nêu mức xếp loại %2, nhưng bộ tiêu chí không có mức này</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the quota names the grade %1, which the set does not define</source>
        <translation>tỷ lệ tối đa nêu mức xếp loại %1, nhưng bộ tiêu chí không có mức này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the quota grade %1 is the lowest grade; nobody could be moved below it</source>
        <translation>mức xếp loại %1 áp dụng tỷ lệ tối đa là mức thấp nhất; không thể hạ ai xuống dưới mức này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the quota ratio must not be negative</source>
        <translation>tỷ lệ tối đa không được âm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the quota counts the grade %1, which the set does not define</source>
        <translation>tỷ lệ tối đa tính theo mức xếp loại %1, nhưng bộ tiêu chí không có mức này</translation>
    </message>
</context>
<context>
    <name>CriteriaTableReader</name>
    <message>
        <location filename="../core/CriteriaTableReader.cpp" line="+116"/>
        <source>row %1, column «%2»</source>
        <translation>dòng %1, cột «%2»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a number is needed here</source>
        <translation>ô này cần một số</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; không phải là số</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the column «%1» is missing</source>
        <translation>thiếu cột «%1»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; should be written &quot;ratio=points&quot;, e.g. &quot;0,8=1,5&quot;</source>
        <translation>&quot;%1&quot; cần viết theo dạng &quot;tỷ lệ=điểm&quot;, ví dụ &quot;0,8=1,5&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; should be written &quot;level title=points&quot;</source>
        <translation>&quot;%1&quot; cần viết theo dạng &quot;tên mức=điểm&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>list the bands here, e.g. &quot;1=2; 0,8=1,5&quot;</source>
        <translation>hãy liệt kê các khung tại đây, ví dụ &quot;1=2; 0,8=1,5&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the levels here, e.g. &quot;Done=1; Not done=0&quot;</source>
        <translation>hãy liệt kê các mức tại đây, ví dụ &quot;Đạt=1; Không đạt=0&quot;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not one of: đủ điểm/full, 0 điểm/zero, loại trừ/exclude</source>
        <translation>&quot;%1&quot; không thuộc các giá trị: đủ điểm/full, 0 điểm/zero, loại trừ/exclude</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the code is empty</source>
        <translation>mã để trống</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the code %1 is already used in an earlier row</source>
        <translation>mã %1 đã được dùng ở một dòng phía trên</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is not a known method (chấm điểm, có/không, chọn mức, tỷ lệ theo khung, tỷ lệ, điểm trừ, so với cao nhất, nhiệm vụ)</source>
        <translation>&quot;%1&quot; không phải là phương pháp chấm đã biết (chấm điểm, có/không, chọn mức, tỷ lệ theo khung, tỷ lệ, điểm trừ, so với cao nhất, nhiệm vụ)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not one of: bắt buộc/required, không bắt buộc/optional, không/none</source>
        <translation>&quot;%1&quot; không thuộc các giá trị: bắt buộc/required, không bắt buộc/optional, không/none</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not có/yes or không/no</source>
        <translation>&quot;%1&quot; không phải là có/yes hoặc không/no</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the group %1 is not in an earlier row</source>
        <translation>nhóm tiêu chí %1 không có ở dòng nào phía trên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has a method, so it cannot have sub-criteria; leave its method empty to make it a group</source>
        <translation>%1 đã có phương pháp chấm nên không thể có tiêu chí con; hãy để trống phương pháp để biến nó thành nhóm tiêu chí</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>row %1 (%2)</source>
        <translation>dòng %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CriteriaTemplates</name>
    <message>
        <location filename="../core/CriteriaTemplates.cpp" line="+45"/>
        <source>there is no built-in criteria set template named &quot;%1&quot;</source>
        <translation>không có bộ tiêu chí mẫu có sẵn nào tên là &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the file &quot;%1&quot;: %2</source>
        <translation>không đọc được tệp &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/tabular/CsvReader.cpp" line="+60"/>
        <source>The file &quot;%1&quot; is not valid CSV: the quoted field that starts on line %2 has no closing quote.</source>
        <translation>Tệp &quot;%1&quot; không phải là tệp CSV hợp lệ: trường đặt trong dấu ngoặc kép bắt đầu ở dòng %2 không có dấu ngoặc kép đóng.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The file &quot;%1&quot; is not UTF-8 text (line %2). In Excel, save it as &quot;CSV UTF-8 (Comma delimited)&quot;.</source>
        <translation>Tệp &quot;%1&quot; không phải là văn bản UTF-8 (dòng %2). Trong Excel, hãy lưu tệp dưới dạng &quot;CSV UTF-8 (Comma delimited)&quot;.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../core/tabular/CsvWriter.cpp" line="+84"/>
        <source>The file &quot;%1&quot; cannot be created: %2</source>
        <translation>Không tạo được tệp &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>Không ghi được tệp &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+55"/>
        <source>the database &quot;%1&quot; does not exist</source>
        <translation>cơ sở dữ liệu &quot;%1&quot; không tồn tại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a database file</source>
        <translation>&quot;%1&quot; không phải là tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open the database &quot;%1&quot;: %2</source>
        <translation>không mở được cơ sở dữ liệu &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the database &quot;%1&quot; cannot be used: %2</source>
        <translation>không sử dụng được cơ sở dữ liệu &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it is not a database of this program or it is damaged (%1)</source>
        <translation>đây không phải là cơ sở dữ liệu của chương trình này hoặc cơ sở dữ liệu đã bị hỏng (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot configure the database: %1</source>
        <translation>không thiết lập được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot start a transaction: %1</source>
        <translation>không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the change could not be saved: %1</source>
        <translation>không lưu được thay đổi: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>the integrity check could not run: %1</source>
        <translation>không chạy được bước kiểm tra tính toàn vẹn: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the database is damaged: %1</source>
        <translation>cơ sở dữ liệu bị hỏng: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the table %1 refers to a row that does not exist</source>
        <translation>bảng %1 tham chiếu đến một dòng không tồn tại</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <location filename="../core/storage/DatabaseBackup.cpp" line="+61"/>
        <location line="+66"/>
        <source>the database is not open</source>
        <translation>cơ sở dữ liệu chưa được mở</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>cannot create the backup &quot;%1&quot;: %2</source>
        <translation>không tạo được bản sao lưu &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the backup &quot;%1&quot; failed: %2</source>
        <translation>sao lưu vào &quot;%1&quot; không thành công: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file &quot;%1&quot; does not exist</source>
        <translation>tệp &quot;%1&quot; không tồn tại</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>&quot;%1&quot; cannot be opened: %2</source>
        <translation>không mở được &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&quot;%1&quot; is not a sound database: %2</source>
        <translation>&quot;%1&quot; không phải là cơ sở dữ liệu nguyên vẹn: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a database of this version of the program (schema %2)</source>
        <translation>&quot;%1&quot; không phải là cơ sở dữ liệu của phiên bản chương trình này (lược đồ %2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the restore from &quot;%1&quot; failed: %2</source>
        <translation>khôi phục từ &quot;%1&quot; không thành công: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the restored database cannot be used: %1</source>
        <translation>không sử dụng được cơ sở dữ liệu đã khôi phục: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create the backup folder &quot;%1&quot;</source>
        <translation>không tạo được thư mục sao lưu &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot remove the old backup &quot;%1&quot;</source>
        <translation>không xóa được bản sao lưu cũ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../app/cli/DatabaseCommands.cpp" line="+17"/>
        <location line="+27"/>
        <location line="+68"/>
        <location line="+30"/>
        <location line="+4"/>
        <source>danhgia-cli: %1</source>
        <translation>danhgia-cli: %1</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Usage: danhgia-cli db init FILE

Creates a new, empty database (or brings an existing one to the current schema).
</source>
        <translation>Cách dùng: danhgia-cli db init TỆP

Tạo một cơ sở dữ liệu mới, trống (hoặc nâng cấp cơ sở dữ liệu hiện có lên lược đồ hiện hành).
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use: danhgia-cli db init FILE</source>
        <translation>cách dùng: danhgia-cli db init TỆP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database ready: %1
</source>
        <translation>Cơ sở dữ liệu đã sẵn sàng: %1
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: danhgia-cli audit verify --db FILE

Checks the hash chain of the audit trail. Exit status 0 only when every row verifies;
otherwise 1 and the first row that does not.
</source>
        <translation>Cách dùng: danhgia-cli audit verify --db TỆP

Kiểm tra chuỗi băm của nhật ký thay đổi. Mã thoát là 0 chỉ khi mọi dòng đều hợp lệ;
ngược lại là 1, kèm theo dòng đầu tiên không hợp lệ.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>use: danhgia-cli audit verify --db FILE</source>
        <translation>cách dùng: danhgia-cli audit verify --db TỆP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>danhgia-cli: database &quot;%1&quot;: the audit trail does not verify: %2</source>
        <translation>danhgia-cli: cơ sở dữ liệu &quot;%1&quot;: nhật ký thay đổi không toàn vẹn: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit trail verifies: %1 rows, chain intact.
</source>
        <translation>Nhật ký thay đổi toàn vẹn: %1 dòng, chuỗi băm không bị đứt.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: danhgia-cli backup --db FILE OUT

Writes a consistent copy of the database to OUT (SQLite online backup).
</source>
        <translation>Cách dùng: danhgia-cli backup --db TỆP OUT

Ghi một bản sao nhất quán của cơ sở dữ liệu vào OUT (sao lưu trực tuyến của SQLite).
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the backup file to write</source>
        <translation>cần chỉ định tệp sao lưu cần ghi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written: %1
</source>
        <translation>Đã ghi bản sao lưu: %1
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: danhgia-cli restore --db FILE BACKUP

Checks BACKUP (integrity and schema version) and replaces the content of the
database with it.
</source>
        <translation>Cách dùng: danhgia-cli restore --db TỆP BACKUP

Kiểm tra BACKUP (tính toàn vẹn và phiên bản lược đồ) rồi thay thế nội dung của
cơ sở dữ liệu bằng nội dung của BACKUP.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the backup file to restore</source>
        <translation>cần chỉ định tệp sao lưu cần khôi phục</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restored from %1
</source>
        <translation>Đã khôi phục từ %1
</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <location filename="../core/storage/EvidenceStore.cpp" line="+61"/>
        <source>&quot;%1&quot; is too large to attach (%2); an evidence file may be at most %3. Scan it at a lower resolution or split it into several files.</source>
        <translation>&quot;%1&quot; quá lớn để đính kèm (%2); mỗi tệp tài liệu kiểm chứng tối đa %3. Hãy quét với độ phân giải thấp hơn hoặc chia thành nhiều tệp.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is not enough space on the disk to store &quot;%1&quot; in %2</source>
        <translation>ổ đĩa không còn đủ chỗ để lưu &quot;%1&quot; vào %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot store &quot;%1&quot; in %2: %3</source>
        <translation>không lưu được &quot;%1&quot; vào %2: %3</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+60"/>
        <source>the database is not open</source>
        <translation>cơ sở dữ liệu chưa được mở</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>cannot read the evidence files: %1</source>
        <translation>không đọc được danh sách tài liệu kiểm chứng: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>cannot read the score sheets: %1</source>
        <translation>không đọc được các phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no score sheet with the number %1</source>
        <translation>không có phiếu chấm điểm số %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the criteria set of score sheet %1: %2</source>
        <translation>không đọc được bộ tiêu chí của phiếu chấm điểm %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a leaf criterion of the set &quot;%2&quot;; evidence is attached to leaf criteria</source>
        <translation>&quot;%1&quot; không phải là tiêu chí thành phần của bộ &quot;%2&quot;; tài liệu kiểm chứng được đính kèm vào tiêu chí thành phần</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot create the folder %1 to store &quot;%2&quot;</source>
        <translation>không tạo được thư mục %1 để lưu &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cannot record the evidence file &quot;%1&quot;: %2</source>
        <translation>không ghi nhận được tệp tài liệu kiểm chứng &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the file &quot;%1&quot; does not exist</source>
        <translation>tệp &quot;%1&quot; không tồn tại</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&quot;%1&quot; is not a file</source>
        <translation>&quot;%1&quot; không phải là một tệp</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>the file &quot;%1&quot; is empty</source>
        <translation>tệp &quot;%1&quot; rỗng</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+222"/>
        <source>cannot read the file &quot;%1&quot;: %2</source>
        <translation>không đọc được tệp &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file &quot;%1&quot; changed while it was being read; attach it again</source>
        <translation>tệp &quot;%1&quot; bị thay đổi trong khi đang đọc; hãy đính kèm lại</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an evidence file needs a name</source>
        <translation>tệp tài liệu kiểm chứng cần có tên</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there is no evidence file with the number %1</source>
        <translation>không có tệp tài liệu kiểm chứng số %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the stored copy of &quot;%1&quot; is missing from %2</source>
        <translation>bản lưu của &quot;%1&quot; không còn trong %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read the stored copy of &quot;%1&quot; (%2): %3</source>
        <translation>không đọc được bản lưu của &quot;%1&quot; (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the stored copy of &quot;%1&quot; (%2) is damaged: its content is not what was attached</source>
        <translation>bản lưu của &quot;%1&quot; (%2) bị hỏng: nội dung không còn như khi đính kèm</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot remove the evidence file &quot;%1&quot;: %2</source>
        <translation>không xóa được tệp tài liệu kiểm chứng &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot remove the unused file %1</source>
        <translation>không xóa được tệp không còn dùng %1</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+23"/>
        <source>Usage: danhgia-cli export results --db FILE --campaign ID (--csv OUT | --xlsx OUT) [--aggregate]

Computes the results of a campaign from the stored values and writes them:
  --csv OUT     for machines: UTF-8 with BOM, comma separated, dot decimals, a header row;
                columns subject id, subject name, period, total, max, index, grade code,
                rank, quota status, grade title, then the points of each criterion
  --xlsx OUT    for people: Vietnamese headers, formatted numbers, grade titles
  --aggregate   one row per subject: the mean over its periods (year score)
  --help        show this help
</source>
        <translation>Cách dùng: danhgia-cli export results --db TỆP --campaign ID (--csv OUT | --xlsx OUT) [--aggregate]

Tính kết quả của một đợt đánh giá từ các giá trị đã lưu và ghi ra tệp:
  --csv OUT     cho máy xử lý: UTF-8 có BOM, phân cách bằng dấu phẩy, dấu chấm thập phân,
                có dòng tiêu đề; các cột: mã và tên đối tượng, kỳ, tổng điểm, điểm tối đa,
                chỉ số, mã xếp loại, thứ hạng, tỷ lệ tối đa, xếp loại, rồi điểm từng tiêu chí
  --xlsx OUT    cho người đọc: tiêu đề tiếng Việt, số đã định dạng, tên mức xếp loại
  --aggregate   mỗi đối tượng một dòng: điểm trung bình các kỳ (điểm năm)
  --help        hiển thị trợ giúp này
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
Usage: danhgia-cli export sheets --db FILE --campaign ID --dir FOLDER

Writes the score sheets of the campaign as danhgia.scores/1 files into FOLDER, one per
subject and period, with the values of each sheet&apos;s most advanced stage.
</source>
        <translation>
Cách dùng: danhgia-cli export sheets --db TỆP --campaign ID --dir THƯ_MỤC

Ghi các phiếu chấm điểm của đợt đánh giá thành các tệp danhgia.scores/1 vào THƯ_MỤC, mỗi
đối tượng và mỗi kỳ một tệp, lấy giá trị ở bước sau cùng của từng phiếu (kết quả cuối cùng,
thẩm định hoặc tự đánh giá).
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>say what to export: results or sheets</source>
        <translation>hãy cho biết cần xuất gì: results (kết quả) hoặc sheets (phiếu chấm điểm)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give exactly one of --csv OUT or --xlsx OUT</source>
        <translation>cần chỉ định đúng một trong hai tùy chọn --csv OUT hoặc --xlsx OUT</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+30"/>
        <source>danhgia-cli: database &quot;%1&quot;: %2</source>
        <translation>danhgia-cli: cơ sở dữ liệu &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+43"/>
        <source>danhgia-cli: file &quot;%1&quot;: %2</source>
        <translation>danhgia-cli: tệp &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-39"/>
        <source>Exported %n result(s) to %1
</source>
        <translation>
            <numerusform>Đã xuất %n kết quả ra %1
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>danhgia-cli: cannot create the folder &quot;%1&quot;</source>
        <translation>danhgia-cli: không tạo được thư mục &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Exported %n score sheet(s) to %1
</source>
        <translation>
            <numerusform>Đã xuất %n phiếu chấm điểm vào %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+86"/>
        <source>say what to import: criteria, sheets, units or people</source>
        <translation>cần cho biết nội dung cần nhập: criteria, sheets, units hoặc people</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--dry-run is only for units and people</source>
        <translation>--dry-run chỉ dùng khi nhập đơn vị (units) hoặc người (people)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no file given</source>
        <translation>chưa chỉ định tệp nào</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+118"/>
        <source>danhgia-cli: file &quot;%1&quot;: %2</source>
        <translation>danhgia-cli: tệp &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+8"/>
        <location line="+29"/>
        <location line="+22"/>
        <location line="+31"/>
        <location line="+20"/>
        <location line="+53"/>
        <location line="+20"/>
        <source>danhgia-cli: nothing was imported</source>
        <translation>danhgia-cli: không có dữ liệu nào được nhập</translation>
    </message>
    <message numerus="yes">
        <location line="-143"/>
        <source>Imported %n criteria set(s).
</source>
        <translation>
            <numerusform>Đã nhập %n bộ tiêu chí.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>danhgia-cli: file &quot;%1&quot;: the criteria set &quot;%2&quot; is not in the database; import it first with &quot;danhgia-cli import criteria&quot;</source>
        <translation>danhgia-cli: tệp &quot;%1&quot;: bộ tiêu chí &quot;%2&quot; chưa có trong cơ sở dữ liệu; hãy nhập bộ tiêu chí này trước bằng lệnh &quot;danhgia-cli import criteria&quot;</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+79"/>
        <location line="+59"/>
        <source>danhgia-cli: %1</source>
        <translation>danhgia-cli: %1</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Usage: danhgia-cli import criteria --db FILE SET.json [SET.json ...]
       danhgia-cli import criteria --db FILE --id ID --title TITLE [--kind KIND]
                                   [--set-version N] SET.csv|SET.xlsx [SET.json ...]
       danhgia-cli import sheets --db FILE --campaign ID SHEET.json [SHEET.json ...]
       danhgia-cli import units --db FILE [--dry-run] LIST [LIST ...]
       danhgia-cli import people --db FILE [--dry-run] LIST [LIST ...]

Imports criteria sets, or score sheets into a campaign (created from the sheets&apos;
criteria set and periods when it does not exist yet), or lists of units or of people
from CSV files (UTF-8, TCVN3, VNI or Windows-1258) or Excel workbooks (.xlsx). Every
file is checked first; when any has a problem, all problems are listed and nothing is
written.

Columns of a list of units (by title, Vietnamese or English): Mã đơn vị/code,
Tên đơn vị/name, Loại/kind (tỉnh, sở, ban, ngành, xã, phường, đặc khu, phòng, khác),
Mã đơn vị cấp trên/parent (optional). Columns of a list of people: Mã/code,
Họ và tên/full name, Chức vụ/position (optional), Mã đơn vị/unit, Nhóm nhiệm vụ/task
group (optional), Lãnh đạo/leader (có/không, optional).

A criteria set may also come from one CSV or .xlsx table, one row per criterion:
Mã/code (&quot;1.2.3&quot; is a child of &quot;1.2&quot;, which comes in an earlier row),
Tiêu chí/title, Điểm tối đa/max, Phương pháp/method (empty for a group; chấm điểm,
có/không, chọn mức, tỷ lệ theo khung, tỷ lệ, điểm trừ, so với cao nhất, nhiệm vụ or
the English names), Mức/levels (&quot;Tên mức=điểm; ...&quot;, or for bands &quot;1=2; 0,8=1,5&quot;),
Tài liệu kiểm chứng/evidence (bắt buộc, không bắt buộc, không), and optionally
Bước/step, Trừ mỗi lần/per_item, Trừ tối đa/limit, Không áp dụng được/na_allowed
(có/không), Điểm sàn/floor, Khi không phát sinh/when_none.

Options:
  --db FILE        the database (created by &quot;danhgia-cli db init&quot;)
  --campaign ID    the campaign code (sheets only)
  --dry-run        units and people: show what would change and write nothing
  --id ID          criteria from a table: the code of the set (required)
  --title TITLE    criteria from a table: the title of the set (required)
  --kind KIND      criteria from a table: par_index (default), staff, agency,
                   it_ranking or interview
  --set-version N  criteria from a table: the version of the set (default 1)
  --actor NAME     who is recorded in the audit trail (default: danhgia-cli)
  --help           show this help
</source>
        <translation>Cách dùng: danhgia-cli import criteria --db TỆP SET.json [SET.json ...]
           danhgia-cli import criteria --db TỆP --id ID --title TÊN [--kind LOẠI]
                                       [--set-version N] SET.csv|SET.xlsx [SET.json ...]
           danhgia-cli import sheets --db TỆP --campaign ID SHEET.json [SHEET.json ...]
           danhgia-cli import units --db TỆP [--dry-run] DANH_SÁCH [DANH_SÁCH ...]
           danhgia-cli import people --db TỆP [--dry-run] DANH_SÁCH [DANH_SÁCH ...]

Nhập bộ tiêu chí; hoặc nhập phiếu chấm điểm vào một đợt đánh giá (nếu đợt đánh giá
chưa có thì được tạo mới theo bộ tiêu chí và các kỳ của phiếu); hoặc nhập danh sách
đơn vị, danh sách người từ tệp CSV (UTF-8, TCVN3, VNI hoặc Windows-1258) hoặc sổ làm
việc Excel (.xlsx). Mọi tệp đều được kiểm tra trước; nếu có tệp nào có vấn đề thì mọi
vấn đề đều được liệt kê và không ghi gì vào cơ sở dữ liệu.

Các cột của danh sách đơn vị (nhận theo tiêu đề cột, tiếng Việt hoặc tiếng Anh):
Mã đơn vị/code, Tên đơn vị/name, Loại/kind (tỉnh, sở, ban, ngành, xã, phường, đặc khu,
phòng, khác), Mã đơn vị cấp trên/parent (không bắt buộc). Các cột của danh sách người:
Mã/code, Họ và tên/full name, Chức vụ/position (không bắt buộc), Mã đơn vị/unit,
Nhóm nhiệm vụ/task group (không bắt buộc), Lãnh đạo/leader (có/không, không bắt buộc).

Bộ tiêu chí cũng có thể lấy từ một bảng CSV hoặc .xlsx, mỗi dòng một tiêu chí:
Mã/code (&quot;1.2.3&quot; là tiêu chí con của &quot;1.2&quot;, dòng &quot;1.2&quot; phải đứng trước),
Tiêu chí/title, Điểm tối đa/max, Phương pháp/method (để trống với nhóm tiêu chí; chấm
điểm, có/không, chọn mức, tỷ lệ theo khung, tỷ lệ, điểm trừ, so với cao nhất, nhiệm vụ
hoặc tên tiếng Anh), Mức/levels (&quot;Tên mức=điểm; ...&quot;, hoặc với khung &quot;1=2; 0,8=1,5&quot;),
Tài liệu kiểm chứng/evidence (bắt buộc, không bắt buộc, không), và có thể thêm
Bước/step, Trừ mỗi lần/per_item, Trừ tối đa/limit, Không áp dụng được/na_allowed
(có/không), Điểm sàn/floor, Khi không phát sinh/when_none.

Tùy chọn:
  --db TỆP         cơ sở dữ liệu (tạo bằng lệnh &quot;danhgia-cli db init&quot;)
  --campaign ID    mã đợt đánh giá (chỉ dùng với sheets)
  --dry-run        chỉ dùng với units và people: chạy thử, hiển thị những gì sẽ thay đổi
                   nhưng không ghi gì vào cơ sở dữ liệu
  --id ID          bộ tiêu chí từ bảng: mã của bộ tiêu chí (bắt buộc)
  --title TÊN      bộ tiêu chí từ bảng: tên của bộ tiêu chí (bắt buộc)
  --kind LOẠI      bộ tiêu chí từ bảng: par_index (mặc định), staff, agency,
                   it_ranking hoặc interview
  --set-version N  bộ tiêu chí từ bảng: phiên bản của bộ (mặc định 1)
  --actor NAME     người được ghi vào nhật ký thay đổi (mặc định: danhgia-cli)
  --help           hiển thị trợ giúp này
</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>--id, --title, --kind and --set-version are only for criteria from a CSV or .xlsx file</source>
        <translation>--id, --title, --kind và --set-version chỉ dùng khi nhập bộ tiêu chí từ tệp CSV hoặc .xlsx</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give one CSV or .xlsx criteria file at a time</source>
        <translation>mỗi lần chỉ nhập một tệp bộ tiêu chí CSV hoặc .xlsx</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--set-version must be a whole number from 1</source>
        <translation>--set-version phải là số nguyên từ 1 trở lên</translation>
    </message>
    <message>
        <location line="+145"/>
        <location line="+73"/>
        <source>danhgia-cli: database &quot;%1&quot;: %2</source>
        <translation>danhgia-cli: cơ sở dữ liệu &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-68"/>
        <source>Imported %n score sheet(s) into the campaign %1.
</source>
        <translation>
            <numerusform>Đã nhập %n phiếu chấm điểm vào đợt đánh giá %1.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>danhgia-cli: file &quot;%1&quot;: warning: %2</source>
        <translation>danhgia-cli: tệp &quot;%1&quot;: cảnh báo: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File &quot;%1&quot; (%2):
</source>
        <translation>Tệp &quot;%1&quot; (%2):
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dry run: nothing was written.
</source>
        <translation>Chạy thử: không ghi gì vào cơ sở dữ liệu.
</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../core/storage/ImportPlan.cpp" line="+12"/>
        <source>row %1, column «%2»: %3</source>
        <translation>dòng %1, cột «%2»: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Units from &quot;%1&quot;: %2 created, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>Đơn vị trong tệp &quot;%1&quot;: tạo mới %2, cập nhật %3, không đổi %4, từ chối %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People from &quot;%1&quot;: %2 created, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>Người trong tệp &quot;%1&quot;: tạo mới %2, cập nhật %3, không đổi %4, từ chối %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1: %2 %3 «%4»</source>
        <translation>dòng %1: %2 %3 «%4»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (changes: %1)</source>
        <translation> (thay đổi: %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>create</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reject</source>
        <translation>Từ chối</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <location filename="../core/JsonFieldReader.cpp" line="+33"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON không hợp lệ tại dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file must hold one JSON object { ... }</source>
        <translation>tệp phải chứa một đối tượng JSON { ... }</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>must be %1</source>
        <translation>phải là %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a text string</source>
        <translation>chuỗi văn bản</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a number of reasonable size</source>
        <translation>số có độ lớn hợp lý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number</source>
        <translation>số</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a whole number</source>
        <translation>số nguyên</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>true or false</source>
        <translation>true hoặc false</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a list [ ... ]</source>
        <translation>danh sách [ ... ]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an object { ... }</source>
        <translation>đối tượng { ... }</translation>
    </message>
</context>
<context>
    <name>LeafScorer</name>
    <message>
        <location filename="../core/LeafScorer.cpp" line="+56"/>
        <source>this criterion may not be marked not applicable</source>
        <translation>tiêu chí này không được phép đánh dấu không áp dụng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the criterion uses the %1 method, so its value must be %2, not %3</source>
        <translation>tiêu chí dùng phương pháp %1 nên giá trị phải có dạng %2, không phải %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 points is outside 0 to %2</source>
        <translation>%1 điểm nằm ngoài khoảng từ 0 đến %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 points is not a multiple of the step %2</source>
        <translation>%1 điểm không phải là bội số của bước %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>level %1 does not exist; the levels are numbered 0 to %2</source>
        <translation>không có mức %1; các mức được đánh số từ 0 đến %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>done and total must not be negative (%1/%2)</source>
        <translation>done và total không được âm (%1/%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done (%1) is greater than total (%2)</source>
        <translation>done (%1) lớn hơn total (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the count must not be negative (%1)</source>
        <translation>số lần không được âm (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the value must not be negative (%1)</source>
        <translation>giá trị không được âm (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the task list has %1 items; at most %2 are allowed</source>
        <translation>danh sách nhiệm vụ có %1 mục; chỉ được phép có tối đa %2 mục</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>task %1: the weight must be greater than 0 and at most %2 (%3)</source>
        <translation>nhiệm vụ %1: hệ số phải lớn hơn 0 và không quá %2 (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>task %1: the counts of quality failures and delays must not be negative</source>
        <translation>nhiệm vụ %1: số lần không đạt chất lượng và số lần chậm tiến độ không được âm</translation>
    </message>
</context>
<context>
    <name>LegacyEncoding</name>
    <message>
        <location filename="../core/text/LegacyEncoding.cpp" line="+330"/>
        <source>unknown</source>
        <translation>không xác định</translation>
    </message>
</context>
<context>
    <name>PersonDirectory</name>
    <message>
        <location filename="../core/storage/PersonDirectory.cpp" line="+21"/>
        <source>cannot read the list of people: %1</source>
        <translation>không đọc được danh sách người: %1</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <location filename="../core/ResultTable.cpp" line="+24"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Kỳ đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total points</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index (%)</source>
        <translation>Chỉ số (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade code</source>
        <translation>Mã xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Thứ hạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota</source>
        <translation>Tỷ lệ tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../core/workflow/Role.cpp" line="+44"/>
        <source>Self-assessor</source>
        <translation>Người tự đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit head</source>
        <translation>Thủ trưởng đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraiser</source>
        <translation>Người thẩm định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Council secretary</source>
        <translation>Thư ký Hội đồng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Council chair</source>
        <translation>Chủ tịch Hội đồng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <location filename="../core/storage/SchemaMigrations.cpp" line="+117"/>
        <source>cannot read the schema version: %1</source>
        <translation>không đọc được phiên bản lược đồ: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the database was written by a newer version of the program (schema %1; this version knows up to %2). Update the program to open it.</source>
        <translation>cơ sở dữ liệu được ghi bởi một phiên bản mới hơn của chương trình (lược đồ %1; phiên bản này chỉ hỗ trợ đến lược đồ %2). Hãy cập nhật chương trình để mở cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot start the upgrade to schema %1: %2</source>
        <translation>không bắt đầu được việc nâng cấp lên lược đồ %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>nâng cấp lên lược đồ %1 không thành công: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>upgrade to schema %1 could not be saved: %2</source>
        <translation>không lưu được kết quả nâng cấp lên lược đồ %1: %2</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <location filename="../app/cli/ScoreCommand.cpp" line="+14"/>
        <source>Usage: danhgia-cli score --criteria SET.json SHEET.json [SHEET.json ...] [--aggregate]

Scores the sheets against the criteria set and prints the results as JSON: points and
maximum of every criterion, total, index, grade, rank and quota of each subject.

Options:
  --criteria FILE  the criteria set (danhgia.criteria/1)
  --aggregate      combine the periods of each subject (the year score from monthly
                   scores) before grading and ranking
  --help           show this help

Exit status: 0 done, 1 invalid data, 2 wrong command line, 3 unreadable file.
</source>
        <translation>Cách dùng: danhgia-cli score --criteria SET.json SHEET.json [SHEET.json ...] [--aggregate]

Chấm điểm các phiếu theo bộ tiêu chí và in kết quả dạng JSON: điểm và điểm tối đa của từng
tiêu chí, tổng điểm, chỉ số, mức xếp loại, thứ hạng và tỷ lệ tối đa của từng đối tượng.

Tùy chọn:
  --criteria TỆP   bộ tiêu chí (danhgia.criteria/1)
  --aggregate      tổng hợp các kỳ của từng đối tượng (điểm năm từ điểm các tháng)
                   trước khi xếp loại và xếp hạng
  --help           hiển thị trợ giúp này

Mã thoát: 0 thành công, 1 dữ liệu không hợp lệ, 2 sai dòng lệnh, 3 không đọc được tệp.
</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--criteria needs a file name</source>
        <translation>--criteria cần có tên tệp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown option %1</source>
        <translation>tùy chọn không xác định %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the criteria set is missing (--criteria SET.json)</source>
        <translation>thiếu bộ tiêu chí (--criteria SET.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no score sheet given</source>
        <translation>chưa chỉ định phiếu chấm điểm nào</translation>
    </message>
</context>
<context>
    <name>ScoreSheetReader</name>
    <message>
        <location filename="../core/ScoreSheetReader.cpp" line="+26"/>
        <source>is &quot;%1&quot;; a score sheet must have &quot;%2&quot;</source>
        <translation>có giá trị &quot;%1&quot;; phiếu chấm điểm phải có giá trị &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a stage; use self, appraised or final</source>
        <translation>&quot;%1&quot; không phải là giai đoạn hợp lệ; hãy dùng self, appraised hoặc final</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a flag code</source>
        <translation>phải là mã tình huống đặc biệt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>holds no value; give one of points, yes, level, done and total, count, value, items, or na</source>
        <translation>không có giá trị; hãy ghi một trong các trường points, yes, level, done và total, count, value, items hoặc na</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mixes several kinds of value (%1 and %2); give only one</source>
        <translation>ghi lẫn nhiều dạng giá trị (%1 và %2); chỉ được ghi một dạng</translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <location filename="../core/ScoringEngine.cpp" line="+49"/>
        <source>(no period)</source>
        <translation>(không có kỳ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the subject %1 already has a sheet for the period %2 (sheet %3); a subject may have one sheet per period</source>
        <translation>đối tượng %1 đã có phiếu cho kỳ %2 (phiếu thứ %3); mỗi đối tượng chỉ được có một phiếu cho mỗi kỳ</translation>
    </message>
</context>
<context>
    <name>SheetScorer</name>
    <message>
        <location filename="../core/SheetScorer.cpp" line="+26"/>
        <source>the sheet is for the criteria set &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>phiếu này dùng cho bộ tiêu chí &quot;%1&quot;, không phải &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the flag &quot;%1&quot; is not defined by the criteria set</source>
        <translation>bộ tiêu chí không định nghĩa tình huống đặc biệt &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the criteria set has no criterion with this code</source>
        <translation>bộ tiêu chí không có tiêu chí nào mang mã này</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is a group; its points come from the criteria under it, so it takes no value</source>
        <translation>đây là nhóm tiêu chí; điểm của nhóm được tính từ các tiêu chí bên trong nên không nhận giá trị</translation>
    </message>
</context>
<context>
    <name>SheetStates</name>
    <message>
        <location filename="../core/workflow/SheetState.cpp" line="+42"/>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraised</source>
        <translation>Đã thẩm định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Đã công bố</translation>
    </message>
</context>
<context>
    <name>SheetStore</name>
    <message>
        <location filename="../core/storage/SheetStore.cpp" line="+86"/>
        <source>the score sheet of %1 (%2) cannot change: %3</source>
        <translation>phiếu chấm điểm của %1 (%2) không thể thay đổi: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the sheet&apos;s values: %1</source>
        <translation>không đọc được các giá trị của phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <location line="+13"/>
        <source>cannot write the sheet&apos;s values: %1</source>
        <translation>không ghi được các giá trị của phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the criterion %1 has no self-assessed value to explain</source>
        <translation>tiêu chí %1 chưa có giá trị tự đánh giá để giải trình</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write the explanation: %1</source>
        <translation>không ghi được nội dung giải trình: %1</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+151"/>
        <source>cannot read the score sheets: %1</source>
        <translation>không đọc được các phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the stored sheet of %1 is damaged: %2</source>
        <translation>phiếu chấm điểm đã lưu của %1 bị hỏng: %2</translation>
    </message>
</context>
<context>
    <name>SheetTransitions</name>
    <message>
        <location filename="../core/storage/SheetTransitions.cpp" line="+55"/>
        <source>the score sheet %1 is not in the database</source>
        <translation>phiếu chấm điểm %1 không có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the score sheet %1 has an unknown state &quot;%2&quot;</source>
        <translation>phiếu chấm điểm %1 có trạng thái không xác định &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sheet is %1; its scores can no longer change unless it is reopened</source>
        <translation>phiếu đang ở trạng thái &quot;%1&quot;; điểm không thể thay đổi nữa trừ khi phiếu được mở lại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the self-assessment can only change while the sheet is a draft (it is %1)</source>
        <translation>phần tự đánh giá chỉ được sửa khi phiếu còn là dự thảo (phiếu đang ở trạng thái &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the campaign of the score sheet %1 cannot be read</source>
        <translation>không đọc được đợt đánh giá của phiếu chấm điểm %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the new state could not be written: %1</source>
        <translation>không ghi được trạng thái mới: %1</translation>
    </message>
</context>
<context>
    <name>SheetWorkflow</name>
    <message>
        <location filename="../core/workflow/SheetWorkflow.cpp" line="+128"/>
        <source>%1 may not submit a sheet (state &quot;%2&quot;); submission is made by: %3.</source>
        <translation>%1 không có quyền gửi phiếu ở trạng thái &quot;%2&quot;; vai trò có quyền gửi phiếu: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may not return a sheet (state &quot;%2&quot;); returning is done by: %3.</source>
        <translation>%1 không có quyền trả lại phiếu ở trạng thái &quot;%2&quot;; vai trò có quyền trả lại phiếu: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may not appraise a sheet (state &quot;%2&quot;); appraisal is made by: %3.</source>
        <translation>%1 không có quyền thẩm định phiếu ở trạng thái &quot;%2&quot;; vai trò có quyền thẩm định phiếu: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may not approve a sheet (state &quot;%2&quot;); approval is made by: %3.</source>
        <translation>%1 không có quyền phê duyệt phiếu ở trạng thái &quot;%2&quot;; vai trò có quyền phê duyệt phiếu: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may not publish a sheet (state &quot;%2&quot;); publication is made by: %3.</source>
        <translation>%1 không có quyền công bố phiếu ở trạng thái &quot;%2&quot;; vai trò có quyền công bố phiếu: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may not reopen a sheet (state &quot;%2&quot;); reopening is done by: %3.</source>
        <translation>%1 không có quyền mở lại phiếu ở trạng thái &quot;%2&quot;; vai trò có quyền mở lại phiếu: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The action &quot;%1&quot; (asked by: %2) does not apply to a sheet in state &quot;%3&quot;; it applies only to a sheet in state %4.</source>
        <translation>Thao tác &quot;%1&quot; (do %2 yêu cầu) không áp dụng cho phiếu ở trạng thái &quot;%3&quot;; thao tác này chỉ áp dụng cho phiếu ở trạng thái %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The action &quot;%1&quot; by %2 on a sheet in state &quot;%3&quot; needs a reason: write why.</source>
        <translation>Thao tác &quot;%1&quot; của %2 đối với phiếu ở trạng thái &quot;%3&quot; cần có lý do: hãy ghi rõ lý do.</translation>
    </message>
</context>
<context>
    <name>SubmissionReadiness</name>
    <message>
        <location filename="../core/workflow/SubmissionReadiness.cpp" line="+17"/>
        <source>Criterion %1 has no value.</source>
        <translation>Tiêu chí %1 chưa có giá trị.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Criterion %1 requires evidence: attach a file or write an explanation.</source>
        <translation>Tiêu chí %1 bắt buộc có tài liệu kiểm chứng: hãy đính kèm tệp hoặc nêu rõ lý do.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sheet cannot be submitted: its completeness has not been checked.</source>
        <translation>Chưa thể gửi phiếu: tính đầy đủ của phiếu chưa được kiểm tra.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The sheet cannot be submitted while %n problem(s) remain:</source>
        <translation>
            <numerusform>Chưa thể gửi phiếu khi vẫn còn %n vấn đề:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyQuestionnaire</name>
    <message>
        <location filename="../core/SurveyScoring.cpp" line="+66"/>
        <source>the survey questions are not a JSON array: %1</source>
        <translation>danh sách câu hỏi khảo sát không phải là mảng JSON: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no list of answer options</source>
        <translation>%1 không có danh sách phương án trả lời</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, option “%2”: the coefficient is not a decimal number</source>
        <translation>%1, phương án “%2”: hệ số không phải là số thập phân</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>question %1</source>
        <translation>câu hỏi %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question %1 (“%2”)</source>
        <translation>câu hỏi %1 (“%2”)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the questionnaire has no question</source>
        <translation>phiếu khảo sát không có câu hỏi nào</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no answer option</source>
        <translation>%1 không có phương án trả lời nào</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has an option without a label</source>
        <translation>%1 có phương án trả lời không có nhãn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the option “%2” appears more than once</source>
        <translation>%1: phương án “%2” xuất hiện nhiều lần</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, option “%2”: the coefficient %3 is outside 0 to 1</source>
        <translation>%1, phương án “%2”: hệ số %3 nằm ngoài khoảng 0 đến 1</translation>
    </message>
</context>
<context>
    <name>SurveyScoring</name>
    <message>
        <location line="+11"/>
        <source>the questionnaire has %1 answers but the survey has %2 questions</source>
        <translation>phiếu có %1 câu trả lời nhưng cuộc khảo sát có %2 câu hỏi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the answer %2 is not one of its %3 options (1 to %3, or blank)</source>
        <translation>%1: câu trả lời %2 không thuộc %3 phương án của câu hỏi (từ 1 đến %3, hoặc để trống)</translation>
    </message>
</context>
<context>
    <name>SurveyStore</name>
    <message>
        <location filename="../core/storage/SurveyStore.cpp" line="+57"/>
        <source>the criteria set %1 of the campaign %2 has no criterion %3</source>
        <translation>bộ tiêu chí %1 của đợt đánh giá %2 không có tiêu chí %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the criterion %1 is a group; a survey scores a leaf criterion</source>
        <translation>tiêu chí %1 là nhóm tiêu chí; khảo sát chỉ chấm điểm cho tiêu chí thành phần</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the survey needs a title</source>
        <translation>cuộc khảo sát cần có tên</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the planned sample of a survey cannot be negative</source>
        <translation>cỡ mẫu dự kiến của cuộc khảo sát không được âm</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+30"/>
        <source>there is no survey %1</source>
        <translation>không có cuộc khảo sát %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>cannot read the surveys: %1</source>
        <translation>không đọc được các cuộc khảo sát: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>there is no unit with the code %1</source>
        <translation>không có đơn vị nào mang mã %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write the questionnaire: %1</source>
        <translation>không ghi được phiếu khảo sát: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the questionnaires: %1</source>
        <translation>không đọc được các phiếu khảo sát: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a questionnaire of the survey “%1” no longer fits its questions: %2</source>
        <translation>một phiếu của cuộc khảo sát “%1” không còn khớp với các câu hỏi: %2</translation>
    </message>
</context>
<context>
    <name>SyncedTable</name>
    <message>
        <location filename="../core/storage/SyncedTable.cpp" line="+66"/>
        <location line="+20"/>
        <source>cannot read %1: %2</source>
        <translation>không đọc được bảng %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+40"/>
        <source>cannot write %1: %2</source>
        <translation>không ghi được vào bảng %1: %2</translation>
    </message>
</context>
<context>
    <name>TabularReader</name>
    <message>
        <location filename="../core/tabular/TabularReader.cpp" line="+58"/>
        <source>The file &quot;%1&quot; is an Excel 97-2003 workbook (.xls) or a workbook protected with a password, which cannot be read. Open it in Excel and save it as an Excel Workbook (.xlsx) without a password, or as CSV UTF-8.</source>
        <translation>Tệp &quot;%1&quot; là sổ làm việc Excel 97-2003 (.xls) hoặc sổ làm việc được bảo vệ bằng mật khẩu nên không đọc được. Hãy mở tệp trong Excel và lưu dưới dạng Excel Workbook (.xlsx) không đặt mật khẩu, hoặc dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation>Không mở được tệp &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Không đọc được tệp &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The file &quot;%1&quot;</source>
        <translation>Tệp &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sheet &quot;%2&quot; of the file &quot;%1&quot;</source>
        <translation>Trang tính &quot;%2&quot; của tệp &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty.</source>
        <translation>%1 không có dữ liệu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no record that starts on line %2, where the header was expected.</source>
        <translation>%1 không có bản ghi nào bắt đầu ở dòng %2, là dòng lẽ ra phải chứa tiêu đề.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no row %2, where the header was expected.</source>
        <translation>%1 không có dòng %2, là dòng lẽ ra phải chứa tiêu đề.</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="+12"/>
        <source>Usage: danhgia-cli validate SET.json

Checks a criteria set (danhgia.criteria/1) and prints a summary: fields, criteria,
leaves, total maximum, evidence requirements, grades, flags and quota, then every
problem found with its place in the file. Errors make the set unusable; warnings
point at things that are allowed but probably unintended.

Options:
  --help  show this help

Exit status: 0 valid (warnings allowed), 1 invalid, 2 wrong command line,
3 unreadable file.
</source>
        <translation>Cách dùng: danhgia-cli validate SET.json

Kiểm tra bộ tiêu chí (danhgia.criteria/1) và in bản tóm tắt: lĩnh vực, tiêu chí,
tiêu chí thành phần, tổng điểm tối đa, yêu cầu tài liệu kiểm chứng, mức xếp loại,
tình huống đặc biệt, tỷ lệ tối đa, rồi mọi vấn đề phát hiện được kèm vị trí trong tệp.
Lỗi làm bộ tiêu chí không dùng được; cảnh báo chỉ ra điều được phép nhưng có thể ngoài ý muốn.

Tùy chọn:
  --help  hiển thị trợ giúp này

Mã thoát: 0 hợp lệ (có thể có cảnh báo), 1 không hợp lệ, 2 sai dòng lệnh,
3 không đọc được tệp.
</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Criteria set: %1</source>
        <translation>Bộ tiêu chí: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id: %1, version %2, kind %3, %4 decimal places</source>
        <translation>Mã: %1, phiên bản %2, loại %3, %4 chữ số thập phân</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not given)</source>
        <translation>(chưa khai báo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields (top-level criteria): %1</source>
        <translation>Lĩnh vực (tiêu chí cấp cao nhất): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria: %1 (%2 groups, %3 leaves)</source>
        <translation>Tiêu chí: %1 (%2 nhóm tiêu chí, %3 tiêu chí thành phần)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total maximum: %1</source>
        <translation>Tổng điểm tối đa: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence: required for %1 leaves, optional for %2; %3 leaves may be marked not applicable</source>
        <translation>Tài liệu kiểm chứng: bắt buộc với %1 tiêu chí thành phần, không bắt buộc với %2; %3 tiêu chí thành phần được phép đánh dấu không áp dụng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  %1. %2 (max %3)</source>
        <translation>  %1. %2 (tối đa %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grades: none</source>
        <translation>Mức xếp loại: không có</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 from %2</source>
        <translation>%1 từ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grades: %1</source>
        <translation>Mức xếp loại: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags: %1</source>
        <translation>Tình huống đặc biệt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quota: %1 at most %2 of %3</source>
        <translation>Tỷ lệ tối đa: %1 không quá %2 số đối tượng xếp loại %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown option %1</source>
        <translation>tùy chọn không xác định %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give exactly one criteria set file</source>
        <translation>cần chỉ định đúng một tệp bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No problems found: the set is valid.
</source>
        <translation>Không phát hiện vấn đề nào: bộ tiêu chí hợp lệ.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems: %1 error(s), %2 warning(s)
</source>
        <translation>Vấn đề: %1 lỗi, %2 cảnh báo
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>danhgia-cli: file &quot;%1&quot;: the criteria set is not valid (%2 error(s))</source>
        <translation>danhgia-cli: tệp &quot;%1&quot;: bộ tiêu chí không hợp lệ (%2 lỗi)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The set is valid.
</source>
        <translation>Bộ tiêu chí hợp lệ.
</translation>
    </message>
</context>
<context>
    <name>ValidationIssue</name>
    <message>
        <location filename="../core/ValidationIssue.cpp" line="+11"/>
        <source>criterion %1 (%2)</source>
        <translation>tiêu chí %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>criterion %1</source>
        <translation>tiêu chí %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <location filename="../core/workflow/WorkflowAction.cpp" line="+44"/>
        <source>Submit</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return</source>
        <comment>workflow action: send a sheet back to the assessed person or unit</comment>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraise</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <location filename="../core/tabular/XlsxPackage.cpp" line="+45"/>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Tệp &quot;%1&quot; không tồn tại.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file &quot;%1&quot; is not an .xlsx workbook: it cannot be opened as a zip archive (error %2). It may be damaged, protected with a password, or of another kind.</source>
        <translation>Tệp &quot;%1&quot; không phải là sổ làm việc .xlsx: không mở được dưới dạng tệp nén zip (lỗi %2). Tệp có thể bị hỏng, được bảo vệ bằng mật khẩu hoặc thuộc định dạng khác.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the part is missing</source>
        <translation>thiếu thành phần</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the part cannot be found in the archive (error %1)</source>
        <translation>không tìm thấy thành phần trong tệp nén (lỗi %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>the part is too large</source>
        <translation>thành phần quá lớn</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the part cannot be unpacked (error %1)</source>
        <translation>không giải nén được thành phần (lỗi %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the part is damaged (error %1)</source>
        <translation>thành phần bị hỏng (lỗi %1)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The file &quot;%1&quot; is not a valid .xlsx workbook: the part %2 is not well-formed XML at line %3, column %4 (%5).</source>
        <translation>Tệp &quot;%1&quot; không phải là sổ làm việc .xlsx hợp lệ: XML của thành phần %2 không đúng cú pháp tại dòng %3, cột %4 (%5).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file &quot;%1&quot; is not a valid .xlsx workbook: %2 (%3).</source>
        <translation>Tệp &quot;%1&quot; không phải là sổ làm việc .xlsx hợp lệ: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../core/tabular/XlsxReader.cpp" line="+70"/>
        <source>The file &quot;%1&quot; has no worksheet.</source>
        <translation>Tệp &quot;%1&quot; không có trang tính nào.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file &quot;%1&quot; has no sheet named &quot;%2&quot;; its sheets are %3.</source>
        <translation>Tệp &quot;%1&quot; không có trang tính nào tên là &quot;%2&quot;; các trang tính của tệp là %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet &quot;%2&quot; of the file &quot;%1&quot; is not a worksheet (it may be a chart).</source>
        <translation>Trang &quot;%2&quot; của tệp &quot;%1&quot; không phải là trang tính (có thể là trang biểu đồ).</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the sheet &quot;%1&quot; has no relationship</source>
        <translation>trang tính &quot;%1&quot; không có quan hệ (relationship) tương ứng</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&quot;%1&quot; is not a row number</source>
        <translation>&quot;%1&quot; không phải là số thứ tự dòng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>row %1 comes after row %2</source>
        <translation>dòng %1 lại đứng sau dòng %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the cell reference &quot;%1&quot; in row %2 is not valid</source>
        <translation>tham chiếu ô &quot;%1&quot; tại dòng %2 không hợp lệ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the cell %1 refers to shared string %2, which does not exist</source>
        <translation>ô %1 tham chiếu đến chuỗi dùng chung %2 nhưng chuỗi này không tồn tại</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <location filename="../core/tabular/XlsxWriter.cpp" line="+41"/>
        <source>a sheet needs a name</source>
        <translation>trang tính phải có tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sheet name &quot;%1&quot; is longer than 31 characters</source>
        <translation>tên trang tính &quot;%1&quot; dài quá 31 ký tự</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sheet name &quot;%1&quot; contains one of [ ] : * ? / \</source>
        <translation>tên trang tính &quot;%1&quot; chứa một trong các ký tự [ ] : * ? / \</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sheet name &quot;%1&quot; starts or ends with an apostrophe</source>
        <translation>tên trang tính &quot;%1&quot; bắt đầu hoặc kết thúc bằng dấu nháy đơn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is already a sheet named &quot;%1&quot;</source>
        <translation>đã có trang tính tên là &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the width %1 of column %2 is not between 0 and 255</source>
        <translation>độ rộng %1 của cột %2 không nằm trong khoảng từ 0 đến 255</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the text of the cell %1 of the sheet &quot;%2&quot; is longer than the 32767 characters a cell can hold</source>
        <translation>văn bản trong ô %1 của trang tính &quot;%2&quot; dài quá 32767 ký tự, là giới hạn tối đa của một ô</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the cell %1 of the sheet &quot;%2&quot; cannot hold %3, which is not a number</source>
        <translation>ô %1 của trang tính &quot;%2&quot; không thể chứa %3 vì đây không phải là số</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The file &quot;%1&quot; cannot be created: %2</source>
        <translation>Không tạo được tệp &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+39"/>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>Không ghi được tệp &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>zip error %1</source>
        <translation>lỗi zip %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the workbook was already closed</source>
        <translation>sổ làm việc đã được đóng trước đó</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no sheet was added to write to</source>
        <translation>chưa thêm trang tính nào để ghi dữ liệu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1, column %2 is outside a sheet</source>
        <translation>dòng %1, cột %2 nằm ngoài phạm vi trang tính</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CriteriaSetView</name>
    <message>
        <location filename="../ui/CriteriaSetView.cpp" line="+55"/>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total maximum:</source>
        <translation>Tổng điểm tối đa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal places:</source>
        <translation>Số chữ số thập phân:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaf criteria:</source>
        <translation>Tiêu chí thành phần:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence required:</source>
        <translation>Yêu cầu tài liệu kiểm chứng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grades:</source>
        <translation>Mức xếp loại:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota:</source>
        <translation>Tỷ lệ tối đa:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>no problems</source>
        <translation>không có vấn đề</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+5"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administrative reform (PAR) index</source>
        <translation>Chỉ số cải cách hành chính (CCHC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff appraisal</source>
        <translation>Đánh giá, xếp loại cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency appraisal</source>
        <translation>Đánh giá, xếp loại cơ quan, đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IT application ranking</source>
        <translation>Xếp hạng ứng dụng công nghệ thông tin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recruitment interview</source>
        <translation>Phỏng vấn tuyển dụng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not given</source>
        <translation>chưa khai báo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No criteria set</source>
        <translation>Chưa có bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in template %1</source>
        <translation>Mẫu có sẵn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File %1</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, version %2</source>
        <translation>%1, phiên bản %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 criteria (%3 top-level)</source>
        <translation>%1 trên tổng số %2 tiêu chí (%3 lĩnh vực)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n leaf criteria</source>
        <translation>
            <numerusform>%n tiêu chí thành phần</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none (points only)</source>
        <translation>không có (chỉ tính điểm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) from %3</source>
        <translation>%1 (%2) từ %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 for at most %2% of those graded %3</source>
        <translation>%1: không quá %2% số đối tượng xếp loại %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No problems found: the set is valid.</source>
        <translation>Không phát hiện vấn đề nào: bộ tiêu chí hợp lệ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems: %1. The set can still be used.</source>
        <translation>Có vấn đề: %1. Bộ tiêu chí vẫn có thể sử dụng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems: %1. The set cannot be used until they are fixed.</source>
        <translation>Có vấn đề: %1. Chỉ có thể sử dụng bộ tiêu chí sau khi đã khắc phục các lỗi.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CriteriaTreeModel</name>
    <message>
        <location filename="../ui/CriteriaTreeModel.cpp" line="+163"/>
        <source>A deduction of at most %1 points; it adds nothing to the maximum.</source>
        <translation>Trừ tối đa %1 điểm; không cộng vào điểm tối đa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 points.</source>
        <translation>Tối đa %1 điểm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sum of its criteria, at most %1 points.</source>
        <translation>Tổng điểm của các tiêu chí bên trong, tối đa %1 điểm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sum of its criteria, at least %1 and at most %2 points.</source>
        <translation>Tổng điểm của các tiêu chí bên trong, tối thiểu %1 và tối đa %2 điểm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence is required: a sheet without it must give an explanation.</source>
        <translation>Bắt buộc có tài liệu kiểm chứng: phiếu chấm điểm không kèm tài liệu kiểm chứng phải nêu rõ lý do.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence may be attached.</source>
        <translation>Có thể đính kèm tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No evidence is asked for.</source>
        <translation>Không yêu cầu tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Phương pháp chấm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Points</source>
        <translation>Chấm điểm trực tiếp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes / no</source>
        <translation>Có / không</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Levels</source>
        <translation>Chọn mức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratio bands</source>
        <translation>Tỷ lệ theo khung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proportional</source>
        <translation>Tỷ lệ tuyến tính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deduction</source>
        <translation>Điểm trừ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relative to the best</source>
        <translation>Chuẩn hóa theo kết quả cao nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task results</source>
        <translation>Kết quả thực hiện nhiệm vụ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Points entered directly, from 0 to %1 in steps of %2.</source>
        <translation>Nhập điểm trực tiếp, từ 0 đến %1, theo bước %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes gives %1 points; no gives 0.</source>
        <translation>Có: được %1 điểm; không: được 0 điểm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One of these levels:</source>
        <translation>Chọn một trong các mức sau:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• %1: %2 points</source>
        <translation>• %1: %2 điểm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points by the share done (done ÷ total), from the first band reached:</source>
        <translation>Điểm theo tỷ lệ hoàn thành (done ÷ total), lấy theo khung đầu tiên đạt được:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• from %1%: %2 points</source>
        <translation>• từ %1%: %2 điểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• below %1%: 0 points</source>
        <translation>• dưới %1%: 0 điểm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points in proportion to the share done: %1 × done ÷ total.</source>
        <translation>Điểm tỷ lệ thuận với tỷ lệ hoàn thành: %1 × done ÷ total.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deducts %1 points per item, at most %2 points in all.</source>
        <translation>Trừ %1 điểm cho mỗi lần, tổng số điểm trừ tối đa %2 điểm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It adds nothing to the maximum.</source>
        <translation>Không cộng vào điểm tối đa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points relative to the best: %1 × value ÷ the largest value among the subjects scored together.</source>
        <translation>Điểm chuẩn hóa theo kết quả cao nhất: %1 × value ÷ giá trị lớn nhất trong số các đối tượng được chấm cùng lần.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Task results (Decree 335/2025): %1 × (completion + quality + timeliness) ÷ 3, weighted by each task&apos;s coefficient.</source>
        <translation>Kết quả thực hiện nhiệm vụ (Nghị định 335/2025/NĐ-CP): %1 × (số lượng + chất lượng + tiến độ) ÷ 3, có tính theo hệ số quy đổi của từng nhiệm vụ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each quality failure or delay takes away %1% of that task&apos;s share.</source>
        <translation>Mỗi lần không đạt chất lượng hoặc chậm tiến độ bị trừ %1% phần điểm của nhiệm vụ đó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When nothing arose in the period (total 0): full points.</source>
        <translation>Khi trong kỳ không phát sinh việc (total bằng 0): được đủ điểm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When nothing arose in the period (total 0): 0 points.</source>
        <translation>Khi trong kỳ không phát sinh việc (total bằng 0): được 0 điểm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When nothing arose in the period (total 0): not applicable, left out of the maximum.</source>
        <translation>Khi trong kỳ không phát sinh việc (total bằng 0): không áp dụng, không tính vào điểm tối đa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>May be marked not applicable.</source>
        <translation>Được phép đánh dấu không áp dụng.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+32"/>
        <source>Evaluation</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built-in criteria sets</source>
        <translation>Bộ tiêu chí có sẵn</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open criteria set…</source>
        <translation>&amp;Mở bộ tiêu chí…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open criteria set</source>
        <translation>Mở bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria sets (*.criteria.json *.json);;All files (*)</source>
        <translation>Bộ tiêu chí (*.criteria.json *.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About %1</source>
        <translation>Giới thiệu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Scoring, appraisal and classification for Home Affairs officers: criteria sets, score sheets, councils and results.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Chấm điểm, thẩm định và xếp loại dành cho cán bộ ngành Nội vụ: bộ tiêu chí, phiếu chấm điểm, hội đồng và kết quả.&lt;/p&gt;&lt;p&gt;Xây dựng với Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No criteria set shown</source>
        <translation>Chưa hiển thị bộ tiêu chí nào</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in template %1</source>
        <translation>Mẫu có sẵn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File %1</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
