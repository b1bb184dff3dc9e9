<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <location filename="../app/cli/main.cpp" line="+16"/>
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
        <location line="+45"/>
        <source>danhgia-cli: unknown command &quot;%1&quot;</source>
        <translation>danhgia-cli: lệnh không xác định &quot;%1&quot;</translation>
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
        <location line="+16"/>
        <source>the maximum score must be greater than 0 (%1)</source>
        <translation>điểm tối đa phải lớn hơn 0 (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number from 0 to %1</source>
        <translation>phải là số nguyên từ 0 đến %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the pass mark %1 is outside 0 to %2</source>
        <translation>điểm đạt %1 nằm ngoài khoảng từ 0 đến %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a spread rule must have exactly one of &quot;spread_over&quot; or &quot;spread_at_least&quot;</source>
        <translation>quy tắc về độ chênh lệch phải có đúng một trong hai trường &quot;spread_over&quot; hoặc &quot;spread_at_least&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the spread threshold must not be negative (%1)</source>
        <translation>ngưỡng độ chênh lệch không được âm (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spread rules must be listed in increasing order: %1 comes after %2</source>
        <translation>các quy tắc về độ chênh lệch phải được liệt kê theo ngưỡng tăng dần: %1 lại đứng sau %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the score %1 is outside 0 to %2</source>
        <translation>điểm %1 nằm ngoài khoảng từ 0 đến %2</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+6"/>
        <source>the candidate %1 has %2 member score(s); at least two members must score</source>
        <translation>thí sinh %1 chỉ có %2 điểm của thành viên; phải có ít nhất hai thành viên chấm điểm</translation>
    </message>
</context>
<context>
    <name>CriteriaSetReader</name>
    <message>
        <location filename="../core/CriteriaSetReader.cpp" line="+28"/>
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
        <location line="+43"/>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>must be a whole number from 1</source>
        <translation>phải là số nguyên từ 1 trở lên</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a kind of set; use one of %2</source>
        <translation>&quot;%1&quot; không phải là loại bộ tiêu chí hợp lệ; hãy dùng một trong các giá trị %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a whole number from 0 to %1</source>
        <translation>phải là số nguyên từ 0 đến %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>has both &quot;children&quot; and &quot;method&quot;; a criterion is either a group or a leaf</source>
        <translation>có cả &quot;children&quot; lẫn &quot;method&quot;; mỗi tiêu chí chỉ có thể là nhóm tiêu chí hoặc tiêu chí thành phần</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has neither &quot;children&quot; (a group) nor &quot;method&quot; (a leaf)</source>
        <translation>không có &quot;children&quot; (nhóm tiêu chí) cũng không có &quot;method&quot; (tiêu chí thành phần)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the group has no criteria</source>
        <translation>nhóm tiêu chí không có tiêu chí nào</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not allowed; use required, optional or none</source>
        <translation>không chấp nhận giá trị &quot;%1&quot;; hãy dùng required, optional hoặc none</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not a scoring method; use points, yes_no, levels, ratio, linear, deduct, relative or tasks</source>
        <translation>&quot;%1&quot; không phải là phương pháp chấm điểm; hãy dùng points, yes_no, levels, ratio, linear, deduct, relative hoặc tasks</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not allowed; use full, zero or exclude</source>
        <translation>không chấp nhận giá trị &quot;%1&quot;; hãy dùng full, zero hoặc exclude</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>a flag must have exactly one of &quot;grade&quot;, &quot;max_grade&quot; or &quot;unclassified&quot;: true</source>
        <translation>mỗi tình huống đặc biệt phải có đúng một trong các trường &quot;grade&quot;, &quot;max_grade&quot; hoặc &quot;unclassified&quot;: true</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>must be a grade code</source>
        <translation>phải là mã mức xếp loại</translation>
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
        <location line="+11"/>
        <source>the maximum must not be negative (%1)</source>
        <translation>điểm tối đa không được âm (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the floor (%1) is above the maximum (%2)</source>
        <translation>điểm sàn (%1) lớn hơn điểm tối đa (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+6"/>
        <source>a levels criterion needs at least one level</source>
        <translation>tiêu chí chấm theo mức (levels) phải có ít nhất một mức</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>level %1 gives %2 points, above the maximum %3</source>
        <translation>mức %1 cho %2 điểm, vượt quá điểm tối đa %3</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+4"/>
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
        <location line="+7"/>
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
        <location line="+18"/>
        <source>the grade code %1 is used twice</source>
        <translation>mã mức xếp loại %1 được dùng hai lần</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>grades must be listed from the highest &quot;min&quot; to the lowest: %1 (%2) comes after %3 (%4)</source>
        <translation>các mức xếp loại phải được liệt kê theo &quot;min&quot; giảm dần: %1 (%2) lại đứng sau %3 (%4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the flag code %1 is used twice</source>
        <translation>mã tình huống đặc biệt %1 được dùng hai lần</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>JsonFieldReader</name>
    <message>
        <location filename="../core/JsonFieldReader.cpp" line="+32"/>
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
        <location filename="../core/LeafScorer.cpp" line="+55"/>
        <source>this criterion may not be marked not applicable</source>
        <translation>tiêu chí này không được phép đánh dấu không áp dụng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the criterion uses the %1 method, so its value must be %2, not %3</source>
        <translation>tiêu chí dùng phương pháp %1 nên giá trị phải có dạng %2, không phải %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 points is outside 0 to %2</source>
        <translation>%1 điểm nằm ngoài khoảng từ 0 đến %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 points is not a multiple of the step %2</source>
        <translation>%1 điểm không phải là bội số của bước %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>level %1 does not exist; the levels are numbered 0 to %2</source>
        <translation>không có mức %1; các mức được đánh số từ 0 đến %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>done and total must not be negative (%1/%2)</source>
        <translation>done và total không được âm (%1/%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done (%1) is greater than total (%2)</source>
        <translation>done (%1) lớn hơn total (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the count must not be negative (%1)</source>
        <translation>số lần không được âm (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the value must not be negative (%1)</source>
        <translation>giá trị không được âm (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the task list has %1 items; at most %2 are allowed</source>
        <translation>danh sách nhiệm vụ có %1 mục; chỉ được phép có tối đa %2 mục</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>task %1: the weight must be greater than 0 and at most %2 (%3)</source>
        <translation>nhiệm vụ %1: hệ số phải lớn hơn 0 và không quá %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>task %1: the counts of quality failures and delays must not be negative</source>
        <translation>nhiệm vụ %1: số lần không đạt chất lượng và số lần chậm tiến độ không được âm</translation>
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
        <location filename="../core/ScoreSheetReader.cpp" line="+25"/>
        <source>is &quot;%1&quot;; a score sheet must have &quot;%2&quot;</source>
        <translation>có giá trị &quot;%1&quot;; phiếu chấm điểm phải có giá trị &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a stage; use self, appraised or final</source>
        <translation>&quot;%1&quot; không phải là giai đoạn hợp lệ; hãy dùng self, appraised hoặc final</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a flag code</source>
        <translation>phải là mã tình huống đặc biệt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>holds no value; give one of points, yes, level, done and total, count, value, items, or na</source>
        <translation>không có giá trị; hãy ghi một trong các trường points, yes, level, done và total, count, value, items hoặc na</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mixes several kinds of value (%1 and %2); give only one</source>
        <translation>ghi lẫn nhiều dạng giá trị (%1 và %2); chỉ được ghi một dạng</translation>
    </message>
</context>
<context>
    <name>ScoringEngine</name>
    <message>
        <location filename="../core/ScoringEngine.cpp" line="+50"/>
        <source>(no period)</source>
        <translation>(không có kỳ)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+5"/>
        <source>this is a group; its points come from the criteria under it, so it takes no value</source>
        <translation>đây là nhóm tiêu chí; điểm của nhóm được tính từ các tiêu chí bên trong nên không nhận giá trị</translation>
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
        <location line="+1"/>
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
        <location line="+4"/>
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
