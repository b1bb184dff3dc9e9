<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AdminCommands</name>
    <message>
        <location filename="../server/cli/AdminCommands.cpp" line="+76"/>
        <source>Unknown admin command; see danhgia-server --help.</source>
        <translation>Lệnh quản trị không xác định; xem danhgia-server --help.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the units list needs the columns Mã đơn vị, Tên đơn vị and Loại (code, name, kind).</source>
        <translation>%1: danh sách đơn vị cần có các cột Mã đơn vị, Tên đơn vị và Loại (code, name, kind).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, line %2: the code and the name of a unit are required.</source>
        <translation>%1, dòng %2: phải có mã và tên của đơn vị.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, line %2, column %3: &quot;%4&quot; is not a kind of unit (tỉnh, sở, xã, phường, phòng, khác).</source>
        <translation>%1, dòng %2, cột %3: &quot;%4&quot; không phải là loại đơn vị (tỉnh, sở, xã, phường, phòng, khác).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, line %2: the parent unit %3 is neither in the database nor on an earlier line.</source>
        <translation>%1, dòng %2: đơn vị cấp trên %3 không có trong cơ sở dữ liệu và cũng không có ở dòng trước.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Nothing was imported.</source>
        <translation>Chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 units imported.</source>
        <translation>Đã nhập %1 đơn vị.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the unit of the account with --unit CODE.</source>
        <translation>Hãy cho biết đơn vị của tài khoản bằng --unit MÃ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the roles of the account with --role ROLE (for example self_assessor).</source>
        <translation>Hãy cho biết vai trò của tài khoản bằng --role VAI_TRÒ (ví dụ self_assessor).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown role %1; the roles are: %2.</source>
        <translation>Vai trò %1 không xác định; các vai trò gồm: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No unit has the code %1; import the units first.</source>
        <translation>Không có đơn vị nào mang mã %1; hãy nhập danh sách đơn vị trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the password of the account on standard input.</source>
        <translation>Hãy nhập mật khẩu của tài khoản qua đầu vào chuẩn (standard input).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password could not be hashed.</source>
        <translation>Không băm được mật khẩu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account %1 of %2 with the roles %3.</source>
        <translation>Tài khoản %1 thuộc %2, vai trò: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No account has the login %1.</source>
        <translation>Không có tài khoản nào có tên đăng nhập %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account %1 disabled; its tokens are revoked.</source>
        <translation>Đã khóa tài khoản %1; các mã truy cập của tài khoản đã bị thu hồi.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 ended sessions (signed out, revoked or expired) are forgotten.</source>
        <translation>Đã loại bỏ %1 phiên làm việc đã kết thúc (đã đăng xuất, bị thu hồi hoặc hết hạn).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the age of the deletions to forget with --older-than-days N.</source>
        <translation>Hãy cho biết các bản ghi xóa cũ hơn bao nhiêu ngày thì được loại bỏ, bằng --older-than-days N.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deletions up to version %1 are forgotten; clients behind it resynchronise.</source>
        <translation>Đã loại bỏ các bản ghi xóa đến phiên bản %1; máy trạm chưa đồng bộ đến đó sẽ phải đồng bộ lại toàn bộ.</translation>
    </message>
</context>
<context>
    <name>AdoptedRows</name>
    <message>
        <location filename="../core/storage/sync/AdoptedRows.cpp" line="+27"/>
        <source>cannot record the link of the row %1 to the server&apos;s row %2: %3</source>
        <translation>không ghi được việc liên kết hàng %1 với hàng %2 của máy chủ: %3</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <location filename="../server/api/ApiError.cpp" line="+23"/>
        <source>The request body is not valid JSON: %1.</source>
        <translation>Nội dung yêu cầu không phải là JSON hợp lệ: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>Thiếu trường &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The field &quot;%1&quot; is not valid: %2</source>
        <translation>Trường &quot;%1&quot; không hợp lệ: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in first: the request has no valid access token.</source>
        <translation>Hãy đăng nhập trước: yêu cầu không có mã truy cập hợp lệ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The access token has expired or was revoked; refresh it or sign in again.</source>
        <translation>Mã truy cập đã hết hạn hoặc đã bị thu hồi; hãy làm mới mã hoặc đăng nhập lại.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The login or the password is wrong, or the account is disabled.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many failed sign-ins; try again in %1 seconds.</source>
        <translation>Đăng nhập sai quá nhiều lần; hãy thử lại sau %1 giây.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was found at this address for this account.</source>
        <translation>Không tìm thấy dữ liệu tại địa chỉ này đối với tài khoản này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server has no such address.</source>
        <translation>Máy chủ không có địa chỉ này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This address does not accept this method.</source>
        <translation>Địa chỉ này không chấp nhận phương thức yêu cầu này.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request body is larger than the server accepts (%1 bytes).</source>
        <translation>Nội dung yêu cầu lớn hơn mức máy chủ chấp nhận (%1 byte).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request headers are larger than the server accepts (%1 bytes).</source>
        <translation>Phần đầu của yêu cầu lớn hơn mức máy chủ chấp nhận (%1 byte).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server has too many open connections; try again shortly.</source>
        <translation>Máy chủ đang có quá nhiều kết nối; hãy thử lại sau ít phút.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server could not complete the request; nothing was changed. Try again.</source>
        <translation>Máy chủ không hoàn tất được yêu cầu; chưa có dữ liệu nào bị thay đổi. Hãy thử lại.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server cannot reach its database; nothing was changed. Try again shortly.</source>
        <translation>Máy chủ không kết nối được cơ sở dữ liệu; chưa có dữ liệu nào bị thay đổi. Hãy thử lại sau ít phút.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer has not synchronised for too long (deletions before version %1 are no longer kept); a full synchronisation is needed.</source>
        <translation>Máy này đã quá lâu chưa đồng bộ (các bản ghi xóa trước phiên bản %1 không còn được lưu); cần đồng bộ lại toàn bộ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The uploaded file does not match its SHA-256 (expected %1, received %2); upload it again.</source>
        <translation>Tệp tải lên không khớp với mã SHA-256 (cần %1, nhận được %2); hãy tải lên lại.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upload continues at byte %1; send the part from there.</source>
        <translation>Việc tải lên được tiếp tục từ byte %1; hãy gửi phần dữ liệu từ vị trí đó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The requested range starts past the end of the file, which has %1 bytes; download it again from the start.</source>
        <translation>Đoạn được yêu cầu bắt đầu sau cuối tệp (tệp có %1 byte); hãy tải lại từ đầu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The refresh token is not valid any more (used, expired or revoked); sign in again.</source>
        <translation>Mã làm mới không còn hiệu lực (đã dùng, hết hạn hoặc bị thu hồi); hãy đăng nhập lại.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/common/AppSettings.cpp" line="+32"/>
        <source>Officer</source>
        <translation>Công chức</translation>
    </message>
</context>
<context>
    <name>AppraisalComparison</name>
    <message>
        <location filename="../core/documents/AppraisalComparison.cpp" line="+17"/>
        <source>the appraisal is of the subject &quot;%1&quot; but the self-assessment of &quot;%2&quot;; both must be of the same unit</source>
        <translation>phiếu thẩm định là của đối tượng &quot;%1&quot; nhưng phiếu tự đánh giá là của &quot;%2&quot;; cả hai phải là của cùng một đơn vị</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no period)</source>
        <translation>(không có kỳ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the appraisal is of the period %1 but the self-assessment of %2; both must be of the same period</source>
        <translation>phiếu thẩm định thuộc kỳ %1 nhưng phiếu tự đánh giá thuộc kỳ %2; cả hai phải thuộc cùng một kỳ đánh giá</translation>
    </message>
</context>
<context>
    <name>AppraisalCouncil</name>
    <message>
        <location filename="../core/rules/councils/AppraisalCouncil.cpp" line="+20"/>
        <source>The council has no members yet</source>
        <translation>Hội đồng chưa có thành viên nào</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1/%2 members present: the quorum (more than half) is met</source>
        <translation>Có mặt %1/%2 thành viên: đủ số lượng (quá một nửa) để tiến hành họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/%2 members present: no quorum (more than half must attend)</source>
        <translation>Có mặt %1/%2 thành viên: không đủ số lượng (phải có mặt quá một nửa)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The council needs at least one member</source>
        <translation>Hội đồng phải có ít nhất một thành viên</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member on row %1 has no name</source>
        <translation>Thành viên ở dòng %1 chưa có họ và tên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The founding decision %1 needs its date</source>
        <translation>Quyết định thành lập %1 thiếu ngày ban hành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The founding decision %1 needs who signed it</source>
        <translation>Quyết định thành lập %1 thiếu người ký (cơ quan ban hành)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The founding decision needs its number</source>
        <translation>Quyết định thành lập thiếu số quyết định</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of the founding decision, %1, is in the future</source>
        <translation>Ngày của quyết định thành lập (%1) ở tương lai</translation>
    </message>
</context>
<context>
    <name>AppraisalCouncilReader</name>
    <message>
        <location filename="../core/documents/AppraisalCouncilReader.cpp" line="+18"/>
        <source>lists no member; give at least one</source>
        <translation>không có thành viên nào; cần khai báo ít nhất một thành viên</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
</context>
<context>
    <name>AppraisalCouncilStore</name>
    <message>
        <location filename="../core/storage/stores/AppraisalCouncilStore.cpp" line="+25"/>
        <source>cannot read the appraisal councils: %1</source>
        <translation>không đọc được dữ liệu Hội đồng thẩm định: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the appraisal council of the campaign %1 is damaged (%2)</source>
        <translation>dữ liệu Hội đồng thẩm định của đợt đánh giá %1 bị hỏng (%2)</translation>
    </message>
</context>
<context>
    <name>AppraisalDocumentCommand</name>
    <message>
        <location filename="../app/cli/AppraisalDocumentCommand.cpp" line="+40"/>
        <source>Usage: danhgia-cli document appraisal --criteria SET.json --self SELF.json
         --appraised APPRAISED.json --pdf OUT.pdf [OPTIONS]

Prints the appraisal minutes of one unit&apos;s self-assessment: the points of every field
self-assessed and appraised, each changed criterion with the appraiser&apos;s reason (the
&quot;reason&quot; of a value in the appraised sheet), the totals, indexes and grades, the
council&apos;s conclusion, and an annex with every criterion.

Input:
  --criteria FILE        the criteria set (danhgia.criteria/1)
  --self FILE            the unit&apos;s self-assessed sheet (danhgia.scores/1)
  --appraised FILE       the appraised sheet of the same unit and period
  --members FILE         the council: members present and absent, chair, secretary
                         (JSON, see docs/documents.md)
  --conclusion TEXT      the council&apos;s conclusion and requests
</source>
        <translation>Cách dùng: danhgia-cli document appraisal --criteria SET.json --self SELF.json
             --appraised APPRAISED.json --pdf OUT.pdf [TÙY_CHỌN]

In biên bản thẩm định kết quả tự đánh giá của một đơn vị: điểm của từng lĩnh vực theo
kết quả tự đánh giá và kết quả thẩm định, từng tiêu chí được điều chỉnh kèm lý do của
người thẩm định (trường &quot;reason&quot; của giá trị trong phiếu thẩm định), tổng điểm, chỉ số và
xếp loại, kết luận của Hội đồng, và phụ lục chi tiết toàn bộ các tiêu chí.

Đầu vào:
  --criteria TỆP         bộ tiêu chí (danhgia.criteria/1)
  --self TỆP             phiếu tự đánh giá của đơn vị (danhgia.scores/1)
  --appraised TỆP        phiếu thẩm định của cùng đơn vị và cùng kỳ đánh giá
  --members TỆP          Hội đồng: thành viên có mặt và vắng mặt, chủ tọa, thư ký
                         (JSON, xem docs/documents.md)
  --conclusion CHỮ       kết luận và kiến nghị của Hội đồng
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>  --help                 show this help

Exit status: 0 done, 1 invalid data, 2 wrong command line, 3 unreadable file.
</source>
        <translation>  --help                 hiển thị trợ giúp này

Mã thoát: 0 thành công, 1 dữ liệu không hợp lệ, 2 sai dòng lệnh, 3 không đọc được tệp.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>tham số không mong đợi &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>AppraisalMinutesBatch</name>
    <message>
        <location filename="../ui/documents/AppraisalMinutesBatch.cpp" line="+41"/>
        <source>No unit of the campaign %1 has been appraised yet: there are no minutes to print.</source>
        <translation>Chưa có đơn vị nào của đợt đánh giá %1 được thẩm định: chưa có biên bản để in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the scores do not fit the criteria set (%2)</source>
        <translation>%1: điểm không khớp với bộ tiêu chí (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n minutes written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n biên bản vào %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n unit(s) could not be printed:</source>
        <translation>
            <numerusform>Không in được biên bản của %n đơn vị:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppraisalMinutesSource</name>
    <message>
        <location filename="../core/storage/sources/AppraisalMinutesSource.cpp" line="+23"/>
        <location line="+36"/>
        <source>The score sheets cannot be read: %1</source>
        <translation>Không đọc được các phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The campaign %1 has no score sheet of %2.</source>
        <translation>Đợt đánh giá %1 không có phiếu chấm điểm của %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign %1 has no score sheet of %2 for the period %3.</source>
        <translation>Đợt đánh giá %1 không có phiếu chấm điểm của %2 cho kỳ đánh giá %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The campaign %1 has %2 score sheets of %3, one per period: give the period.</source>
        <translation>Đợt đánh giá %1 có %2 phiếu chấm điểm của %3, mỗi kỳ đánh giá một phiếu: hãy chỉ định kỳ đánh giá.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The score sheet of %1 (%2) has no appraisal yet: the appraisal minutes need the appraised scores. Appraise the sheet first.</source>
        <translation>Phiếu chấm điểm của %1 (%2) chưa được thẩm định: biên bản thẩm định cần có điểm thẩm định. Hãy thẩm định phiếu trước.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>There is no campaign %1 in the database.</source>
        <translation>Không có đợt đánh giá %1 trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The reasons for the appraised scores cannot be read: %1</source>
        <translation>Không đọc được lý do của các điểm thẩm định: %1</translation>
    </message>
</context>
<context>
    <name>AppraisalReasonTrail</name>
    <message>
        <location filename="../core/storage/sources/AppraisalReasonTrail.cpp" line="+52"/>
        <source>cannot read the audit trail: %1</source>
        <translation>không đọc được nhật ký thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalPolicy</name>
    <message>
        <location filename="../core/rules/workflow/ApprovalPolicy.cpp" line="+61"/>
        <source>&quot;%1&quot; is not a role that can approve; the roles are: %2</source>
        <translation>&quot;%1&quot; không phải là vai trò có thể phê duyệt; các vai trò gồm: %2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/storage/database/AuditLog.cpp" line="+55"/>
        <location line="+71"/>
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
    <name>Authorizer</name>
    <message>
        <location filename="../server/service/Authorizer.cpp" line="+34"/>
        <source>The account does not hold the role %1.</source>
        <translation>Tài khoản không có vai trò %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account holds no role.</source>
        <translation>Tài khoản chưa được giao vai trò nào.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only accounts of the province publish criteria sets and open campaigns.</source>
        <translation>Chỉ tài khoản cấp tỉnh mới được ban hành bộ tiêu chí và mở đợt đánh giá.</translation>
    </message>
</context>
<context>
    <name>CampaignCommand</name>
    <message>
        <location filename="../app/cli/CampaignCommand.cpp" line="+30"/>
        <source>--deadline %1: write STAGE=DATE, the stage being self, appraisal or classification</source>
        <translation>--deadline %1: hãy viết BƯỚC=NGÀY, bước là self (tự đánh giá), appraisal (thẩm định) hoặc classification (xếp loại)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Usage: danhgia-cli campaign create --db FILE --code CODE --title TITLE
           --criteria SET[@VERSION] --periods PERIOD[,PERIOD...] [OPTIONS]

Creates an assessment campaign with a deadline per stage, adds its participants (units
or people, by code) and creates their score sheets, one per participant and period:
all of it, or nothing when anything is wrong.

Options:
  --db FILE              the database (created by &quot;danhgia-cli db init&quot;)
  --code CODE            the campaign&apos;s code (letters without diacritics, digits, . - _)
  --title TITLE          the campaign&apos;s title
  --criteria SET@VERSION a criteria set stored in the database; without @VERSION, its
                         latest version
  --kind KIND            staff, par_index, agency, it_ranking or interview (default: the
                         kind of the criteria set)
  --periods LIST         the periods, separated by commas (2026, 2026-01, 2026-Q1...)
  --deadline STAGE=DATE  a stage&apos;s deadline, YYYY-MM-DD or DD/MM/YYYY; the stage is
                         self, appraisal or classification; may be repeated. Without a
                         classification deadline: 15 December of the periods&apos; year
  --special-calendar     the default classification deadline is 15 January of the next
                         year (units on a special calendar)
  --participants FILE    a CSV or Excel list whose column Mã (code) holds the codes of
                         units or people of the catalogue
  --actor NAME           who is recorded in the audit trail (default: danhgia-cli)
  --help                 show this help

Exit status: 0 created, 1 invalid data, 2 wrong command line, 3 unreadable file.
</source>
        <translation>Cách dùng: danhgia-cli campaign create --db TỆP --code MÃ --title TÊN
           --criteria BỘ[@PHIÊN_BẢN] --periods KỲ[,KỲ...] [TÙY_CHỌN]

Tạo một đợt đánh giá với thời hạn của từng bước, thêm các đối tượng tham gia (đơn vị hoặc
cán bộ, theo mã) và tạo phiếu chấm điểm của họ, mỗi đối tượng một phiếu cho mỗi kỳ:
làm tất cả, hoặc không ghi gì khi có bất kỳ chỗ nào sai.

Tùy chọn:
  --db TỆP               cơ sở dữ liệu (tạo bằng &quot;danhgia-cli db init&quot;)
  --code MÃ              mã của đợt (chữ không dấu, chữ số, . - _)
  --title TÊN            tên của đợt
  --criteria BỘ@PHIÊN_BẢN  một bộ tiêu chí đã lưu trong cơ sở dữ liệu; không có @PHIÊN_BẢN
                         thì dùng phiên bản mới nhất
  --kind LOẠI            staff, par_index, agency, it_ranking hoặc interview (mặc định: loại
                         của bộ tiêu chí)
  --periods DANH_SÁCH    các kỳ đánh giá, cách nhau bằng dấu phẩy (2026, 2026-01, 2026-Q1...)
  --deadline BƯỚC=NGÀY   thời hạn của một bước, YYYY-MM-DD hoặc DD/MM/YYYY; bước là self (tự
                         đánh giá), appraisal (thẩm định) hoặc classification (xếp loại); có thể
                         lặp lại. Không có hạn xếp loại: ngày 15 tháng 12 của năm các kỳ đánh giá
  --special-calendar     hạn xếp loại mặc định là ngày 15 tháng 01 năm sau (đơn vị theo lịch
                         làm việc đặc thù)
  --participants TỆP     danh sách CSV hoặc Excel có cột Mã chứa mã của các đơn vị hoặc cán bộ
                         trong danh mục
  --actor TÊN            người được ghi vào nhật ký thay đổi (mặc định: danhgia-cli)
  --help                 hiển thị trợ giúp này

Mã thoát: 0 đã tạo, 1 dữ liệu không hợp lệ, 2 sai dòng lệnh, 3 không đọc được tệp.
</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>say what to do with a campaign: create</source>
        <translation>hãy cho biết việc cần làm với đợt đánh giá: create (tạo)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--criteria %1: write SET@VERSION, the version a whole number from 1</source>
        <translation>--criteria %1: hãy viết BỘ@PHIÊN_BẢN, phiên bản là số nguyên từ 1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>danhgia-cli: the criteria set %1 is not in the database; import it first with &quot;danhgia-cli import criteria&quot;</source>
        <translation>danhgia-cli: bộ tiêu chí %1 chưa có trong cơ sở dữ liệu; hãy nhập trước bằng &quot;danhgia-cli import criteria&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>danhgia-cli: %1</source>
        <translation>danhgia-cli: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>danhgia-cli: the campaign was not created: %1</source>
        <translation>danhgia-cli: chưa tạo đợt đánh giá: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign %1 created: %2</source>
        <translation>Đã tạo đợt đánh giá %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  deadline for %1: %2</source>
        <translation>  hạn %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n participant(s), %1 score sheet(s) created</source>
        <translation>
            <numerusform>%n đối tượng tham gia, đã tạo %1 phiếu chấm điểm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDeadlines</name>
    <message>
        <location filename="../core/rules/workflow/CampaignDeadlines.cpp" line="+70"/>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraisal</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the %1 deadline (%2) comes before the %3 deadline (%4): the deadlines must follow the order of the stages</source>
        <translation>hạn %1 (%2) sớm hơn hạn %3 (%4): các hạn phải theo đúng thứ tự các bước</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: &quot;%2&quot; is not a date (write it as YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>%1: &quot;%2&quot; không phải là ngày (hãy viết theo dạng YYYY-MM-DD hoặc DD/MM/YYYY)</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <location filename="../core/storage/services/CampaignEditor.cpp" line="+47"/>
        <source>cannot read the sheets of the campaign: %1</source>
        <translation>không đọc được các phiếu của đợt đánh giá: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Code: the campaign needs a code</source>
        <translation>Mã: đợt đánh giá cần có mã</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code: &quot;%1&quot; may hold only letters without diacritics, digits, dots, hyphens and underscores</source>
        <translation>Mã: &quot;%1&quot; chỉ được gồm chữ cái không dấu, chữ số, dấu chấm, dấu gạch ngang và dấu gạch dưới</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title: the campaign needs a title</source>
        <translation>Tên: đợt đánh giá cần có tên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind: &quot;%1&quot; is not a kind of campaign; use one of %2</source>
        <translation>Loại: &quot;%1&quot; không phải là loại đợt đánh giá; hãy dùng một trong các loại %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criteria set: choose the version of a criteria set</source>
        <translation>Bộ tiêu chí: hãy chọn một phiên bản bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Criteria set: %1</source>
        <translation>Bộ tiêu chí: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criteria set: %1 version %2 is for campaigns of the kind &quot;%3&quot;, not &quot;%4&quot;</source>
        <translation>Bộ tiêu chí: %1 phiên bản %2 dùng cho đợt đánh giá loại &quot;%3&quot;, không phải loại &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Periods: name at least one period (2026, 2026-01, 2026-Q1...)</source>
        <translation>Kỳ đánh giá: hãy nêu ít nhất một kỳ (2026, 2026-01, 2026-Q1...)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Periods: a period is empty</source>
        <translation>Kỳ đánh giá: có một kỳ để trống</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Periods: %1 is named twice</source>
        <translation>Kỳ đánh giá: kỳ %1 được nêu hai lần</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadlines: %1</source>
        <translation>Thời hạn: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Code: a campaign with the code %1 exists already</source>
        <translation>Mã: đã có đợt đánh giá mang mã %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the campaign %1 is closed: it can no longer be changed</source>
        <translation>đợt đánh giá %1 đã đóng: không thể sửa đổi nữa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Criteria set: the campaign %1 has score sheets already; its kind and criteria set can no longer change</source>
        <translation>Bộ tiêu chí: đợt đánh giá %1 đã có phiếu chấm điểm; không thể đổi loại và bộ tiêu chí nữa</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Periods: the period %1 has %n score sheet(s); it cannot be removed</source>
        <translation>
            <numerusform>Kỳ đánh giá: kỳ %1 đã có %n phiếu chấm điểm; không thể bỏ kỳ này</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the campaign %1 is closed already</source>
        <translation>đợt đánh giá %1 đã được đóng trước đó</translation>
    </message>
</context>
<context>
    <name>CampaignResults</name>
    <message>
        <location filename="../core/storage/queries/CampaignResults.cpp" line="+32"/>
        <source>the sheet of %1 (%2) does not fit the criteria set: %3</source>
        <translation>phiếu chấm điểm của %1 (%2) không phù hợp với bộ tiêu chí: %3</translation>
    </message>
</context>
<context>
    <name>CampaignSetup</name>
    <message>
        <location filename="../core/storage/services/CampaignSetup.cpp" line="+39"/>
        <source>the sheet of %1 (%2) does not fit the criteria set: %3</source>
        <translation>phiếu chấm điểm của %1 (%2) không phù hợp với bộ tiêu chí: %3</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no campaign has been created for the sheet of %1</source>
        <translation>chưa tạo đợt đánh giá để ghi phiếu chấm điểm của %1</translation>
    </message>
</context>
<context>
    <name>CampaignSheets</name>
    <message>
        <location filename="../core/storage/services/CampaignSheets.cpp" line="+34"/>
        <source>cannot read the participants of the campaign %1: %2</source>
        <translation>không đọc được danh sách tham gia đợt đánh giá %1: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the campaign %1 is closed: it takes no new score sheets</source>
        <translation>đợt đánh giá %1 đã đóng: không nhận thêm phiếu chấm điểm mới</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>created for the participants of the campaign</source>
        <translation>tạo cho các đối tượng tham gia đợt đánh giá</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <location filename="../core/storage/stores/CampaignStore.cpp" line="+35"/>
        <source>the campaign %1 is closed: its participants can no longer change</source>
        <translation>đợt đánh giá %1 đã đóng: không thể thay đổi danh sách tham gia nữa</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+138"/>
        <source>cannot read the campaigns: %1</source>
        <translation>không đọc được các đợt đánh giá: %1</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>a code in the list is empty</source>
        <translation>danh sách có mã để trống</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the code %1 is listed twice</source>
        <translation>mã %1 bị liệt kê hai lần</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+266"/>
        <source>cannot read the participants of the campaign %1: %2</source>
        <translation>không đọc được danh sách đối tượng tham gia đợt đánh giá %1: %2</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>there is no unit with the code %1</source>
        <translation>không có đơn vị nào mang mã %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no person with the code %1</source>
        <translation>không có người nào mang mã %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the unit %1 (%2) already takes part in the campaign %3</source>
        <translation>đơn vị %1 (%2) đã tham gia đợt đánh giá %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the person %1 (%2) already takes part in the campaign %3</source>
        <translation>công chức %1 (%2) đã tham gia đợt đánh giá %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the unit %1 (%2) does not take part in the campaign %3</source>
        <translation>đơn vị %1 (%2) không tham gia đợt đánh giá %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the person %1 (%2) does not take part in the campaign %3</source>
        <translation>công chức %1 (%2) không tham gia đợt đánh giá %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot change the participants of the campaign %1: %2</source>
        <translation>không thay đổi được danh sách đối tượng tham gia đợt đánh giá %1: %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>there is no campaign with the code &quot;%1&quot;</source>
        <translation>không có đợt đánh giá nào mang mã &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the campaign &quot;%1&quot; uses another criteria set</source>
        <translation>đợt đánh giá &quot;%1&quot; dùng một bộ tiêu chí khác</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot read the catalogue: %1</source>
        <translation>không đọc được danh mục: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the code %1 is both a unit&apos;s and a person&apos;s: add it from the list of units or of people</source>
        <translation>mã %1 vừa là mã của một đơn vị vừa là mã của một cán bộ: hãy thêm từ danh sách đơn vị hoặc danh sách cán bộ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no unit or person with the code %1</source>
        <translation>không có đơn vị hoặc cán bộ nào mang mã %1</translation>
    </message>
</context>
<context>
    <name>CatalogueImport</name>
    <message>
        <location filename="../core/storage/services/CatalogueImport.cpp" line="+154"/>
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
        <location filename="../core/storage/services/CataloguePlanning.cpp" line="+201"/>
        <source>cannot read the database: %1</source>
        <translation>không đọc được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&quot;%1&quot; is not a leader value; use one of: %2</source>
        <translation>&quot;%1&quot; không phải là giá trị hợp lệ để xác định lãnh đạo; hãy dùng một trong các giá trị: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/services/CataloguePlanning.cpp" line="+108"/>
        <source>the same name is in row %1 in the same unit, with the code &quot;%2&quot;; check that these are two different people</source>
        <translation>dòng %1 có người trùng họ và tên trong cùng đơn vị, với mã &quot;%2&quot;; hãy kiểm tra để bảo đảm đây là hai người khác nhau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the database already has &quot;%1&quot; in this unit, with the code &quot;%2&quot;; check that these are two different people</source>
        <translation>cơ sở dữ liệu đã có &quot;%1&quot; trong đơn vị này, với mã &quot;%2&quot;; hãy kiểm tra để bảo đảm đây là hai người khác nhau</translation>
    </message>
    <message>
        <location filename="../core/storage/services/CatalogueImport.cpp" line="+35"/>
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
        <location filename="../core/storage/services/CataloguePlanning.cpp" line="-184"/>
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
        <location filename="../core/storage/services/CatalogueRowChecker.cpp" line="+16"/>
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
        <location filename="../core/storage/database/ChangeLog.cpp" line="+52"/>
        <source>cannot record the change for synchronisation: %1</source>
        <translation>không ghi lại được thay đổi để phục vụ đồng bộ hóa: %1</translation>
    </message>
</context>
<context>
    <name>ChartAdapter</name>
    <message>
        <location filename="../ui/charts/ChartAdapter.cpp" line="+281"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>there is no chart to export</source>
        <translation>không có biểu đồ nào để xuất</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot write the image %1: %2</source>
        <translation>không ghi được tệp hình ảnh %1: %2</translation>
    </message>
</context>
<context>
    <name>ClassificationStore</name>
    <message>
        <location filename="../core/storage/stores/ClassificationStore.cpp" line="+98"/>
        <source>&quot;%1&quot; is not a grade of the criteria set %2</source>
        <translation>&quot;%1&quot; không phải là mức xếp loại của bộ tiêu chí %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no score sheet in the campaign %2</source>
        <translation>%1 không có phiếu chấm điểm trong đợt đánh giá %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot read the campaigns: %1</source>
        <translation>không đọc được danh sách đợt đánh giá: %1</translation>
    </message>
</context>
<context>
    <name>CliActor</name>
    <message>
        <location filename="../app/cli/CliActor.cpp" line="+17"/>
        <source>The link of this database to the server cannot be read: %1</source>
        <translation>Không đọc được liên kết của cơ sở dữ liệu này với máy chủ: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This database is linked to the server&apos;s account %1: what is changed here is recorded under that account, so --actor cannot name &quot;%2&quot;.</source>
        <translation>Cơ sở dữ liệu này đã liên kết với tài khoản %1 trên máy chủ: mọi thay đổi ở đây được ghi dưới tên tài khoản đó, nên --actor không thể ghi tên &amp;quot;%2&amp;quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This database is linked to the server&apos;s account %1, which does not hold the role %2 that this needs (its roles: %3).</source>
        <translation>Cơ sở dữ liệu này đã liên kết với tài khoản %1 trên máy chủ; tài khoản này không có vai trò %2 mà việc này cần (các vai trò của tài khoản: %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>không có</translation>
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
        <location line="+10"/>
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
        <location filename="../app/cli/main.cpp" line="+79"/>
        <source>danhgia-cli: unknown command &quot;%1&quot;</source>
        <translation>danhgia-cli: lệnh không xác định &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="+23"/>
        <source>score sheets against a criteria set (JSON results)</source>
        <translation>chấm điểm các phiếu chấm điểm theo một bộ tiêu chí (kết quả dạng JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>results of an interview council (JSON)</source>
        <translation>tính kết quả của hội đồng sát hạch (dạng JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check a criteria set and summarise it</source>
        <translation>kiểm tra một bộ tiêu chí và in bản tóm tắt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print minutes, reports and decisions to PDF, .xlsx and CSV</source>
        <translation>in biên bản, báo cáo, quyết định ra PDF, .xlsx và CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create a new database, or bring one to the current schema (db init)</source>
        <translation>tạo cơ sở dữ liệu mới hoặc nâng cấp cơ sở dữ liệu lên cấu trúc hiện hành (db init)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import criteria sets, score sheets, units or people into a database</source>
        <translation>nhập bộ tiêu chí, phiếu chấm điểm, danh sách đơn vị hoặc danh sách người vào cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>create a campaign with its deadlines, participants and score sheets (campaign create)</source>
        <translation>tạo đợt đánh giá với thời hạn, đối tượng tham gia và phiếu chấm điểm (campaign create)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record, remove or list the facts that change a person&apos;s grade (flag add|remove|list)</source>
        <translation>ghi, gỡ bỏ hoặc liệt kê các yếu tố làm thay đổi mức xếp loại của một người (flag add|remove|list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export a campaign&apos;s results (CSV, .xlsx) or its score sheets</source>
        <translation>xuất kết quả của một đợt đánh giá (CSV, .xlsx) hoặc các phiếu chấm điểm của đợt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a consistent copy of a database to a backup file</source>
        <translation>ghi bản sao nhất quán của cơ sở dữ liệu ra một tệp sao lưu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check a backup copy and replace the content of a database with it</source>
        <translation>kiểm tra một bản sao lưu rồi thay nội dung cơ sở dữ liệu bằng bản sao lưu đó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the hash chain of a database&apos;s audit trail (audit verify)</source>
        <translation>kiểm tra chuỗi mã băm của nhật ký thay đổi trong cơ sở dữ liệu (audit verify)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send the database&apos;s changes to the provincial server and receive the others&apos;</source>
        <translation>gửi các thay đổi của cơ sở dữ liệu lên máy chủ của tỉnh và nhận các thay đổi từ nơi khác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list, show side by side and resolve the conflicts with the provincial server</source>
        <translation>liệt kê, đối chiếu và giải quyết các xung đột với máy chủ cấp tỉnh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoke the saved sign-in to the provincial server and delete it from the keychain</source>
        <translation>thu hồi phiên đăng nhập đã lưu với máy chủ tỉnh và xóa nó khỏi kho khóa bảo mật</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Usage: danhgia-cli COMMAND [OPTIONS]

Commands:
%1
&quot;danhgia-cli COMMAND --help&quot; describes a command. Set DANHGIA_LANG=en for English
messages. Exit statuses are listed in docs/cli.md.
</source>
        <translation>Cách dùng: danhgia-cli LỆNH [TÙY_CHỌN]

Các lệnh:
%1
&quot;danhgia-cli LỆNH --help&quot; mô tả cách dùng từng lệnh. Đặt DANHGIA_LANG=en để hiển thị
thông báo bằng tiếng Anh. Danh sách mã thoát có trong docs/cli.md.
</translation>
    </message>
</context>
<context>
    <name>CodeList</name>
    <message>
        <location filename="../core/rules/text/CodeList.cpp" line="+54"/>
        <source>%1: the list needs a column titled Mã (code) with the codes of the units or people</source>
        <translation>%1: danh sách cần có cột Mã chứa mã của các đơn vị hoặc cán bộ</translation>
    </message>
</context>
<context>
    <name>CommentStore</name>
    <message>
        <location filename="../core/storage/stores/CommentStore.cpp" line="+20"/>
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
    <name>ConflictColumns</name>
    <message>
        <location filename="../core/rules/conflicts/ConflictColumns.cpp" line="+22"/>
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
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task group</source>
        <translation>Nhóm nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tên gọi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria set code</source>
        <translation>Mã bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods</source>
        <translation>Các kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessment deadline</source>
        <translation>Hạn tự đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraisal deadline</source>
        <translation>Hạn thẩm định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classification deadline</source>
        <translation>Hạn xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who approves</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria fed</source>
        <translation>Các tiêu chí được tính điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned sample</source>
        <translation>Cỡ mẫu dự kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample per unit</source>
        <translation>Cỡ mẫu theo đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject code</source>
        <translation>Mã đối tượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject group</source>
        <translation>Nhóm đối tượng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Kỳ đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Mức xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade overridden</source>
        <translation>Điều chỉnh mức xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approver</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage</source>
        <translation>Tỷ lệ phần trăm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation>Ngày ghi nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person code</source>
        <translation>Mã cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact</source>
        <translation>Tình tiết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Đã gỡ bỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Người thêm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Người viết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score sheet</source>
        <translation>Phiếu chấm điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Cuộc khảo sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council</source>
        <translation>Hội đồng</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>it may not be empty: choose the server&apos;s</source>
        <translation>không được để trống: hãy chọn giá trị của máy chủ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>it may not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+40"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; không phải là số nguyên</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>&quot;%1&quot; không phải là có hoặc không</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; không phải là ngày hợp lệ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+60"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; không thuộc các giá trị: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>this field is not typed: keep yours or the server&apos;s</source>
        <translation>trường này không nhập tay được: hãy giữ giá trị của bạn hoặc của máy chủ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not yes or no: write có or không</source>
        <translation>&quot;%1&quot; không phải là có hoặc không: hãy ghi có hoặc không</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ConflictComparison</name>
    <message>
        <location filename="../core/rules/conflicts/ConflictComparison.cpp" line="+202"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flags</source>
        <translation>Tình tiết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted on the server</source>
        <translation>Đã xóa trên máy chủ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explanation of %1</source>
        <translation>Giải trình của %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score (%1) of %2</source>
        <translation>Điểm %1 của %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (%1) for %2</source>
        <translation>Lý do %1 của %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept</source>
        <translation>còn giữ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>level %1</source>
        <translation>mức %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 items</source>
        <translation>%1 mục</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n nhiệm vụ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <location filename="../core/storage/sync/ConflictInbox.cpp" line="+75"/>
        <location line="+10"/>
        <location line="+99"/>
        <location line="+26"/>
        <location line="+31"/>
        <source>cannot read the sync conflicts: %1</source>
        <translation>không đọc được các xung đột đồng bộ: %1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>%1 (not in this database)</source>
        <translation>%1 (không có trong cơ sở dữ liệu này)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>there is no sync conflict %1 (&quot;conflicts list&quot; shows them)</source>
        <translation>không có xung đột đồng bộ số %1 (lệnh &quot;conflicts list&quot; liệt kê các xung đột)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sync conflict %1 was resolved already</source>
        <translation>xung đột đồng bộ số %1 đã được giải quyết rồi</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cannot read the row of the sync conflict %1: %2</source>
        <translation>không đọc được bản ghi của xung đột đồng bộ số %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the rows the sync conflict %1 names: %2</source>
        <translation>không đọc được các bản ghi mà xung đột đồng bộ %1 tham chiếu: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the sheet of the sync conflict %1: %2</source>
        <translation>không đọc được phiếu của xung đột đồng bộ số %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ConflictResolution</name>
    <message>
        <location filename="../core/rules/conflicts/ConflictResolution.cpp" line="+80"/>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the server&apos;s</source>
        <translation>Giữ bản máy chủ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited</source>
        <translation>Sửa giá trị</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a field&apos;s choice: write PATH=mine, PATH=server or PATH=VALUE</source>
        <translation>&quot;%1&quot; không phải lựa chọn cho một trường: hãy viết ĐƯỜNG_DẪN=mine, ĐƯỜNG_DẪN=server hoặc ĐƯỜNG_DẪN=GIÁ_TRỊ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the choice for %1 is empty: write mine, server or a value</source>
        <translation>lựa chọn cho %1 đang để trống: hãy viết mine, server hoặc một giá trị</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: this field does not differ between the server and here (the fields that differ: %2)</source>
        <translation>%1: trường này không khác nhau giữa máy chủ và máy này (các trường khác nhau: %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2): an overridden grade needs its reason and who approves it; keep or type both</source>
        <translation>%1 (%2): mức xếp loại được điều chỉnh phải có lý do và người phê duyệt; hãy giữ hoặc nhập cả hai</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the server deleted this row; it can only be kept deleted (your version stays in the conflict&apos;s record)</source>
        <translation>máy chủ đã xóa bản ghi này; chỉ có thể chấp nhận việc xóa (bản của bạn vẫn được lưu trong hồ sơ xung đột)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+115"/>
        <source>only the server&apos;s value can be kept for this field; yours stays in the conflict&apos;s record</source>
        <translation>với trường này chỉ có thể giữ giá trị của máy chủ; giá trị của bạn vẫn được lưu trong hồ sơ xung đột</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>a reason follows its value: choose for %1 instead</source>
        <translation>lý do đi theo giá trị của nó: hãy chọn cho %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a state is not typed: keep yours or the server&apos;s</source>
        <translation>trạng thái không nhập tay được: hãy giữ trạng thái của bạn hoặc của máy chủ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the state here is unknown; keep the server&apos;s</source>
        <translation>không rõ trạng thái trên máy này; hãy giữ trạng thái của máy chủ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sheet was %1 on the server after your change, and an approved sheet changes only once its approver reopens it. Keep the server&apos;s state; if the sheet must change, ask the approver to reopen it, then make your change again</source>
        <translation>phiếu đã ở trạng thái &quot;%1&quot; trên máy chủ sau khi bạn sửa, và phiếu đã phê duyệt chỉ được thay đổi khi người phê duyệt mở lại. Hãy giữ trạng thái của máy chủ; nếu cần sửa phiếu, hãy đề nghị người phê duyệt mở lại phiếu rồi sửa lại</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no workflow action takes the sheet from &quot;%1&quot; on the server to &quot;%2&quot;; keep the server&apos;s state</source>
        <translation>không có thao tác quy trình nào chuyển phiếu từ &quot;%1&quot; trên máy chủ sang &quot;%2&quot;; hãy giữ trạng thái của máy chủ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 Keep the server&apos;s value; ask the approver to reopen the sheet to change it</source>
        <translation>%1 Hãy giữ giá trị của máy chủ; muốn sửa thì đề nghị người phê duyệt mở lại phiếu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the criteria set of the sheet has no leaf criterion %1</source>
        <translation>bộ tiêu chí của phiếu không có tiêu chí thành phần %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only a self-assessed value may be removed; keep the server&apos;s value or type one</source>
        <translation>chỉ được xóa điểm tự chấm; hãy giữ giá trị của máy chủ hoặc nhập một giá trị</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>your value cannot be read: %1</source>
        <translation>không đọc được giá trị của bạn: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your value does not fit the criterion: %1</source>
        <translation>giá trị của bạn không phù hợp với tiêu chí: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the criteria set was published on the server, and a published version never changes: keep the server&apos;s</source>
        <translation>bộ tiêu chí đã được ban hành trên máy chủ, và phiên bản đã ban hành không bao giờ thay đổi: hãy giữ bản của máy chủ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>your value cannot be kept: %1</source>
        <translation>không thể giữ giá trị của bạn: %1</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../core/storage/sync/ConflictResolver.cpp" line="+87"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the row you keep (%2) is not in this database; synchronise first or keep the server&apos;s</source>
        <translation>%1: bản ghi bạn giữ (%2) không có trong cơ sở dữ liệu này; hãy đồng bộ trước hoặc giữ giá trị của máy chủ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: &quot;%2&quot; is already used by another row of the table (%3); choose another</source>
        <translation>%1: &quot;%2&quot; đã được dùng cho một bản ghi khác cùng loại (%3); hãy chọn giá trị khác</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+13"/>
        <source>The conflict %1 was not resolved:
%2</source>
        <translation>Xung đột số %1 chưa được giải quyết:
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolution of the sync conflict %1</source>
        <translation>giải quyết xung đột đồng bộ số %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>replaced by the resolution of the sync conflict %1</source>
        <translation>được thay bằng kết quả giải quyết xung đột đồng bộ số %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The conflict %1 was not resolved: %2</source>
        <translation>Xung đột số %1 chưa được giải quyết: %2</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <location filename="../app/cli/ConflictsCommand.cpp" line="+23"/>
        <source>sending</source>
        <translation>gửi đi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receiving</source>
        <translation>nhận về</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: danhgia-cli conflicts list --db FILE
       danhgia-cli conflicts show --db FILE ID
       danhgia-cli conflicts resolve --db FILE ID --keep mine|server
                                     [--field PATH=mine|server|VALUE ...] [--role ROLE]

The rows changed both here and on the provincial server since the last sync: a change
the server did not apply because the row had changed there, or a change received for a
row with a change here not yet sent. &quot;show&quot; puts each field that differs side by side:
the version both started from, the server&apos;s and yours. &quot;resolve&quot; keeps the server&apos;s
version and writes the fields you keep or type as a new change on it, sent at the next
sync; a sheet approved on the server meanwhile keeps its state and values (ask its
approver to reopen it). Fields are named as &quot;show&quot; names them: state,
values.self.1.2, explanations.1.2... for a sheet; a column&apos;s name for another row
(full_name, position, unit_uuid, self_deadline...). Writing a unit, a person, a
campaign... needs the role that may write it (--role administrator).

Options:
  --db FILE                 the database
  --keep mine|server        what to keep of every field not named by --field
  --field PATH=CHOICE       for one field: mine, server, or a value typed as in a
                            sheet (8,5; 9/10; có) or in a column (a name, 15/12/2026,
                            có/không); may be repeated
  --role ROLE               the role you write in (default: self_assessor)
  --actor NAME              who is recorded in the audit trail (default: danhgia-cli)
  --help                    show this help

Exit status: 0 done, 1 refused (each field at fault is named), 2 wrong command line,
3 unreadable database.
</source>
        <translation>Cách dùng: danhgia-cli conflicts list --db TỆP
          danhgia-cli conflicts show --db TỆP SỐ
          danhgia-cli conflicts resolve --db TỆP SỐ --keep mine|server
                                        [--field ĐƯỜNG_DẪN=mine|server|GIÁ_TRỊ ...] [--role VAI_TRÒ]

Các bản ghi đã bị sửa cả trên máy này và trên máy chủ cấp tỉnh kể từ lần đồng bộ trước: một
thay đổi máy chủ không áp dụng vì bản ghi đã đổi ở đó, hoặc một thay đổi nhận về cho bản ghi
có thay đổi trên máy này chưa gửi. &quot;show&quot; đặt cạnh nhau từng trường khác nhau: bản gốc mà
hai bên cùng bắt đầu, bản của máy chủ và bản của bạn. &quot;resolve&quot; giữ bản của máy chủ và ghi
các trường bạn giữ hoặc nhập thành một thay đổi mới trên bản đó, gửi đi ở lần đồng bộ sau;
phiếu đã được phê duyệt trên máy chủ trong lúc đó giữ nguyên trạng thái và điểm (hãy đề nghị
người phê duyệt mở lại phiếu). Tên trường viết như &quot;show&quot; hiển thị: state,
values.self.1.2, explanations.1.2... với phiếu chấm điểm; tên cột với các bản ghi khác
(full_name, position, unit_uuid, self_deadline...). Muốn ghi đơn vị, cán bộ, đợt đánh
giá... cần vai trò được phép ghi bản ghi đó (--role administrator).

Tùy chọn:
  --db TỆP                  cơ sở dữ liệu
  --keep mine|server        giữ bản nào cho mọi trường không nêu trong --field
  --field ĐƯỜNG_DẪN=CHỌN    cho một trường: mine (của tôi), server (máy chủ), hoặc một giá
                            trị nhập như trên phiếu (8,5; 9/10; có) hoặc trong một cột (một
                            tên, 15/12/2026, có/không); có thể lặp lại
  --role VAI_TRÒ            vai trò bạn ghi (mặc định: self_assessor)
  --actor TÊN               người được ghi vào nhật ký kiểm tra (mặc định: danhgia-cli)
  --help                    hiện hướng dẫn này

Mã thoát: 0 đã xong, 1 bị từ chối (nêu từng trường sai), 2 dòng lệnh sai,
3 không đọc được cơ sở dữ liệu.
</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>say what to do with the conflicts: list, show or resolve</source>
        <translation>hãy nói cần làm gì với các xung đột: list, show hoặc resolve</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;conflicts list&quot; takes no conflict number</source>
        <translation>&quot;conflicts list&quot; không nhận số xung đột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the number of one conflict (&quot;conflicts list&quot; shows them)</source>
        <translation>hãy cho số của một xung đột (lệnh &quot;conflicts list&quot; liệt kê các xung đột)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a conflict&apos;s number</source>
        <translation>&quot;%1&quot; không phải là số của một xung đột</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--keep is mine or server, not &quot;%1&quot;</source>
        <translation>--keep phải là mine hoặc server, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--field: %1</source>
        <translation>--field: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--role: &quot;%1&quot; is not a role</source>
        <translation>--role: &quot;%1&quot; không phải là một vai trò</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+21"/>
        <location line="+46"/>
        <location line="+4"/>
        <source>danhgia-cli: %1</source>
        <translation>danhgia-cli: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-66"/>
        <source>%1	%2	while %3	server version %4	%n field(s) differ	recorded on %5</source>
        <translation>
            <numerusform>%1	%2	khi %3	phiên bản máy chủ %4	%n trường khác nhau	ghi nhận lúc %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No conflict waits for a decision.</source>
        <translation>Không có xung đột nào chờ quyết định.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Conflict %1: %2</source>
        <translation>Xung đột %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded while %1 on %2; the server&apos;s version %3, based on version %4.</source>
        <translation>Ghi nhận khi %1 lúc %2; bản của máy chủ là phiên bản %3, dựa trên phiên bản %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>không xác định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed here by %1 on %2.</source>
        <translation>Sửa lần cuối trên máy này: %1, lúc %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FIELD	BASE	SERVER	MINE	CHANGED BY	ALLOWED</source>
        <translation>TRƯỜNG	BẢN GỐC	MÁY CHỦ	CỦA TÔI	BÊN ĐÃ SỬA	ĐƯỢC CHỌN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server</source>
        <translation>máy chủ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>here</source>
        <translation>máy này</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Conflict %1 resolved; what you kept will be sent at the next sync.
</source>
        <translation>Xung đột %1 đã được giải quyết; phần bạn giữ sẽ được gửi ở lần đồng bộ sau.
</translation>
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
        <location filename="../app/cli/CouncilDocumentCommand.cpp" line="+45"/>
        <source>give exactly one council file</source>
        <translation>cần chỉ định đúng một tệp hội đồng</translation>
    </message>
</context>
<context>
    <name>CouncilDocumentCommand</name>
    <message>
        <location filename="../app/cli/CouncilDocumentCommand.cpp" line="-32"/>
        <source>Usage: danhgia-cli document council COUNCIL.json --pdf OUT.pdf [--xlsx OUT.xlsx] [--csv OUT.csv] [OPTIONS]

Prints the minutes of an interview council meeting and, on a new page, the summary
sheet of its results: every member&apos;s score, the mean, the spread, the dialogue and who
held it, the agreed and the official score, pass or fail and the rank. The council file
(danhgia.council/1) is checked as &quot;danhgia-cli council&quot; checks it; the names and roles
of the members come from its &quot;members&quot;. The meeting&apos;s start and end times, its place,
the decision that formed the council and the names of the chair and the secretary can
be given in a --settings file (meeting_start, meeting_end, meeting_place, basis, chair,
secretary).

</source>
        <translation>Cách dùng: danhgia-cli document council COUNCIL.json --pdf OUT.pdf [--xlsx OUT.xlsx] [--csv OUT.csv] [TÙY_CHỌN]

In biên bản họp Hội đồng kiểm tra, sát hạch và, trên một trang mới, bảng tổng hợp kết quả:
điểm của từng thành viên, điểm trung bình, độ chênh lệch, việc đối thoại và người chủ trì
đối thoại, điểm thống nhất và điểm chính thức, đạt hay không đạt và thứ hạng. Tệp hội đồng
(danhgia.council/1) được kiểm tra như lệnh &quot;danhgia-cli council&quot;; họ tên và vai trò
của các thành viên lấy từ trường &quot;members&quot; của tệp. Thời gian bắt đầu và kết thúc, địa điểm
cuộc họp, quyết định thành lập Hội đồng, họ tên chủ tọa và thư ký có thể được khai báo
trong tệp --settings (meeting_start, meeting_end, meeting_place, basis, chair,
secretary).

</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>
Exit status: 0 done, 1 invalid data, 2 wrong command line, 3 unreadable file or output
that cannot be written.
</source>
        <translation>
Mã thoát: 0 thành công, 1 dữ liệu không hợp lệ, 2 sai dòng lệnh, 3 không đọc được tệp
hoặc không ghi được tệp kết quả.
</translation>
    </message>
</context>
<context>
    <name>CouncilExamination</name>
    <message>
        <location filename="../core/rules/councils/CouncilExamination.cpp" line="+19"/>
        <source>%1.%2 is not a number written as text</source>
        <translation>%1.%2 không phải là một số viết dạng văn bản</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The %1 part is given twice</source>
        <translation>Phần %1 được khai hai lần</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The maximum of the %1 part must be above 0, not %2</source>
        <translation>Điểm tối đa của phần %1 phải lớn hơn 0, không phải %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The maximum of the interview part is the council&apos;s maximum, %1, not %2</source>
        <translation>Điểm tối đa của phần phỏng vấn là thang điểm của hội đồng, %1, không phải %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The examination has no interview part: the council scores the interview</source>
        <translation>Kỳ thi không có phần phỏng vấn: hội đồng chấm phần phỏng vấn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Candidate %1 is not a candidate of the council</source>
        <translation>%1 không phải là thí sinh của hội đồng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate %1 is given twice</source>
        <translation>Thí sinh %1 được khai hai lần</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Candidate %1: the priority points are one of %2 (or none), not %3</source>
        <translation>Thí sinh %1: điểm ưu tiên là một trong các mức %2 (hoặc không có), không phải %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidate %1: the interview score is the council&apos;s, not typed</source>
        <translation>Thí sinh %1: điểm phỏng vấn do hội đồng chấm, không nhập tay</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Candidate %1 has a score of the %2 part, which the examination does not have</source>
        <translation>Thí sinh %1 có điểm phần %2, nhưng kỳ thi không có phần này</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate %1: the score %2 of the %3 part is outside 0 to %4</source>
        <translation>Thí sinh %1: điểm %2 của phần %3 nằm ngoài khoảng 0 đến %4</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1.kind is not written, interview or practical</source>
        <translation>%1.kind không phải là written (thi viết), interview (phỏng vấn) hay practical (thực hành)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1.candidate is missing</source>
        <translation>Thiếu %1.candidate</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1.scores.%2 is not the score of a part</source>
        <translation>%1.scores.%2 không phải là điểm của một phần thi</translation>
    </message>
</context>
<context>
    <name>CouncilExaminationStore</name>
    <message>
        <location filename="../core/storage/stores/CouncilExaminationStore.cpp" line="+20"/>
        <source>cannot read the examinations of the councils: %1</source>
        <translation>không đọc được các kỳ thi của hội đồng: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the examination of council session %1 is damaged (%2)</source>
        <translation>dữ liệu kỳ thi của phiên hội đồng %1 bị hỏng (%2)</translation>
    </message>
</context>
<context>
    <name>CouncilPresets</name>
    <message>
        <location filename="../core/rules/councils/CouncilPresets.cpp" line="+9"/>
        <source>Decision 612/QĐ-UBND: the council chair, when the scores are 10 or more points apart</source>
        <translation>Quyết định 612/QĐ-UBND: Chủ tịch Hội đồng, khi điểm chênh lệch từ 10 điểm trở lên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circular 06/2020/TT-BNV: the board head above 5 points apart, the council chair from 10</source>
        <translation>Thông tư 06/2020/TT-BNV: Trưởng ban khi chênh lệch trên 5 điểm, Chủ tịch Hội đồng khi chênh lệch từ 10 điểm trở lên</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the pass mark %1 is outside 0 to %2</source>
        <translation>điểm đạt %1 nằm ngoài khoảng từ 0 đến %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the pass mark %1 has more than %n decimal(s)</source>
        <translation>
            <numerusform>điểm đạt %1 có nhiều hơn %n chữ số thập phân</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CouncilQuestions</name>
    <message>
        <location filename="../ui/council/CouncilQuestions.cpp" line="+42"/>
        <source>New council</source>
        <translation>Tạo hội đồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the council session:</source>
        <translation>Tên phiên họp hội đồng:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who holds a dialogue when the members&apos; scores are far apart:</source>
        <translation>Người chủ trì trao đổi thống nhất khi điểm của các thành viên chênh lệch lớn:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass mark out of %1 (Decree 170/2025: %2; leave it blank for none):</source>
        <translation>Điểm đạt trên thang %1 (Nghị định 170/2025: %2; để trống nếu không quy định):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a pass mark: write a number like %2.</source>
        <translation>“%1” không phải là điểm đạt: hãy ghi một số, ví dụ %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” cannot be the pass mark: %2.</source>
        <translation>“%1” không thể là điểm đạt: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name of the member:</source>
        <translation>Họ và tên thành viên:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role of %1 in the council:</source>
        <translation>Vai trò của %1 trong hội đồng:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add candidate</source>
        <translation>Thêm thí sinh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exam number of the candidate:</source>
        <translation>Số báo danh của thí sinh:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name of candidate %1:</source>
        <translation>Họ và tên thí sinh %1:</translation>
    </message>
</context>
<context>
    <name>CouncilReader</name>
    <message>
        <location filename="../core/rules/councils/CouncilReader.cpp" line="+26"/>
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
    <name>CouncilRoles</name>
    <message>
        <location filename="../core/rules/councils/CouncilRoles.cpp" line="+26"/>
        <source>Council vice-chair</source>
        <translation>Phó Chủ tịch Hội đồng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Council member</source>
        <translation>Ủy viên</translation>
    </message>
</context>
<context>
    <name>CouncilSession</name>
    <message>
        <location filename="../core/rules/councils/CouncilSession.cpp" line="+103"/>
        <source>Candidate %1: at least two members must score before a dialogue</source>
        <translation>Thí sinh %1: phải có ít nhất hai thành viên chấm điểm trước khi trao đổi thống nhất</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate %1 needs no dialogue: the spread of the scores is %2, so the mean %3 is the official score</source>
        <translation>Thí sinh %1 không cần trao đổi thống nhất: độ chênh lệch điểm là %2, nên điểm trung bình %3 là điểm chính thức</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidate %1: the dialogue is held by %2; the agreed score cannot be recorded as “%3”</source>
        <translation>Thí sinh %1: việc trao đổi thống nhất do %2 chủ trì; không thể ghi nhận điểm thống nhất với vai trò “%3”</translation>
    </message>
</context>
<context>
    <name>CouncilStore</name>
    <message>
        <location filename="../core/storage/stores/CouncilStore.cpp" line="+68"/>
        <source>the council session needs a title</source>
        <translation>phiên họp hội đồng cần có tên</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+220"/>
        <source>a member of the council has no code</source>
        <translation>có thành viên hội đồng chưa có mã</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>the member %1 is listed twice</source>
        <translation>thành viên %1 bị liệt kê hai lần</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+259"/>
        <source>Candidate %1: %2 is not a member of the council</source>
        <translation>Thí sinh %1: %2 không phải là thành viên hội đồng</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Candidate %1: member %2 has two scores</source>
        <translation>Thí sinh %1: thành viên %2 có hai điểm chấm</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+122"/>
        <source>there is no council session %1</source>
        <translation>không có phiên họp hội đồng %1</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+99"/>
        <location line="+38"/>
        <source>cannot read the council sessions: %1</source>
        <translation>không đọc được các phiên họp hội đồng: %1</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>there is already a council session “%1” (number %2)</source>
        <translation>đã có phiên họp hội đồng “%1” (số %2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no score</source>
        <translation>chưa có điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scores are now %1 points apart: %2 holds a new dialogue</source>
        <translation>điểm của các thành viên nay chênh lệch %1 điểm: %2 chủ trì trao đổi thống nhất lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the scores are now %1 points apart: the mean %2 is the official score</source>
        <translation>điểm của các thành viên nay chênh lệch %1 điểm: điểm trung bình %2 là điểm chính thức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidate %1: the agreed score %2 (scores %3 points apart, dialogue held by %4) is void because member %5 changed their score from %6 to %7; %8</source>
        <translation>Thí sinh %1: điểm thống nhất %2 (khi điểm của các thành viên chênh lệch %3 điểm, do %4 chủ trì trao đổi thống nhất) bị hủy vì thành viên %5 sửa điểm từ %6 thành %7; %8</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the council session “%1” has no candidate %2</source>
        <translation>phiên họp hội đồng “%1” không có thí sinh %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the council session %1 cannot be read: %2</source>
        <translation>không đọc được phiên họp hội đồng %1: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is already a member of the council “%2”</source>
        <translation>%1 đã là thành viên của hội đồng “%2”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a candidate needs a code</source>
        <translation>thí sinh cần có mã</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the candidate %1 is already in the council session “%2”</source>
        <translation>thí sinh %1 đã có trong phiên họp hội đồng “%2”</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Candidate %1: the score %2 of member %3 is negative</source>
        <translation>Thí sinh %1: điểm %2 của thành viên %3 là số âm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidate %1: the score %2 of member %3 is above the maximum %4</source>
        <translation>Thí sinh %1: điểm %2 của thành viên %3 vượt quá điểm tối đa %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidate %1: the score %2 of member %3 has more decimals than the council allows (%4)</source>
        <translation>Thí sinh %1: điểm %2 của thành viên %3 có nhiều chữ số thập phân hơn mức hội đồng cho phép (%4)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Candidate %1: the agreed score %2 is negative</source>
        <translation>Thí sinh %1: điểm thống nhất %2 là số âm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate %1: the agreed score %2 is above the maximum %3</source>
        <translation>Thí sinh %1: điểm thống nhất %2 vượt quá điểm tối đa %3</translation>
    </message>
</context>
<context>
    <name>CriteriaDraft</name>
    <message>
        <location filename="../core/rules/criteria/CriteriaDraft.cpp" line="+231"/>
        <source>Achieved</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not achieved</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&quot;%1&quot; should be written &quot;ratio=points&quot;, e.g. &quot;0,8=1,5&quot;</source>
        <translation>&quot;%1&quot; phải được viết dạng &quot;tỷ lệ=điểm&quot;, ví dụ &quot;0,8=1,5&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; should be written &quot;level title=points&quot;, e.g. &quot;Good=5&quot;</source>
        <translation>&quot;%1&quot; phải được viết dạng &quot;tên mức=điểm&quot;, ví dụ &quot;Tốt=5&quot;</translation>
    </message>
</context>
<context>
    <name>CriteriaSetEditor</name>
    <message>
        <location filename="../core/storage/services/CriteriaSetEditor.cpp" line="+23"/>
        <source>The criteria set has errors and was not saved; fix the problems listed</source>
        <translation>Bộ tiêu chí có lỗi nên chưa được lưu; hãy sửa các vấn đề được liệt kê</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A draft keeps its id and version (%1, version %2)</source>
        <translation>Bản nháp phải giữ nguyên mã và phiên bản (%1, phiên bản %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Title: the new version needs a title</source>
        <translation>Tên: phiên bản mới phải có tên</translation>
    </message>
</context>
<context>
    <name>CriteriaSetReader</name>
    <message>
        <location filename="../core/rules/criteria/CriteriaSetReader.cpp" line="+29"/>
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
        <location line="+100"/>
        <source>a flag must have exactly one of &quot;grade&quot;, &quot;max_grade&quot;, &quot;unclassified&quot;: true or &quot;waives&quot;</source>
        <translation>mỗi tình huống đặc biệt phải có đúng một trong các trường &quot;grade&quot;, &quot;max_grade&quot;, &quot;unclassified&quot;: true hoặc &quot;waives&quot;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>must be the code of a flag of the set</source>
        <translation>phải là mã của một tình huống đặc biệt trong bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must name at least one flag of the set</source>
        <translation>phải nêu ít nhất một tình huống đặc biệt của bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be a grade code</source>
        <translation>phải là mã mức xếp loại</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must name at least one of the subject fields %1</source>
        <translation>phải nêu ít nhất một trong các trường của đối tượng: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be one of the subject fields %1</source>
        <translation>phải là một trong các trường của đối tượng: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>names %1 a second time</source>
        <translation>nêu trường %1 lần thứ hai</translation>
    </message>
</context>
<context>
    <name>CriteriaSetStore</name>
    <message>
        <location filename="../core/storage/stores/CriteriaSetStore.cpp" line="+18"/>
        <source>the criteria set has errors and was not imported</source>
        <translation>bộ tiêu chí có lỗi nên không được nhập</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+68"/>
        <location line="+14"/>
        <location line="+24"/>
        <source>cannot read the criteria sets: %1</source>
        <translation>không đọc được các bộ tiêu chí: %1</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the criteria set %1 version %2 is already in the database with different content; a published version cannot change: give the new content a higher &quot;version&quot;</source>
        <translation>bộ tiêu chí %1 phiên bản %2 đã có trong cơ sở dữ liệu với nội dung khác; phiên bản đã công bố không được thay đổi: hãy đặt &quot;version&quot; cao hơn cho nội dung mới</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+19"/>
        <location line="+41"/>
        <location line="+66"/>
        <source>the criteria set %1 is not in the database</source>
        <translation>bộ tiêu chí %1 chưa có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>the stored criteria set %1 is damaged: %2</source>
        <translation>bộ tiêu chí %1 đã lưu bị hỏng: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the criteria set %1 version %2 is already in the database; give the new one another id or a higher version</source>
        <translation>bộ tiêu chí %1 phiên bản %2 đã có trong cơ sở dữ liệu; hãy đặt cho bộ mới một mã khác hoặc một phiên bản cao hơn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the criteria set %1 version %2 is stored in another row; its id and version cannot change</source>
        <translation>bộ tiêu chí %1 phiên bản %2 đã được lưu ở một bản ghi khác; không thể đổi mã và phiên bản của bộ tiêu chí</translation>
    </message>
</context>
<context>
    <name>CriteriaSetValidator</name>
    <message>
        <location filename="../core/rules/criteria/CriteriaSetValidator.cpp" line="+45"/>
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
        <source>the flag %1 waives the flag %2, which the set does not define</source>
        <translation>tình huống đặc biệt %1 miễn áp dụng tình huống %2, nhưng bộ tiêu chí không có tình huống này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the flag %1 waives the flag %2, which itself only waives flags</source>
        <translation>tình huống đặc biệt %1 miễn áp dụng tình huống %2, nhưng tình huống này cũng chỉ dùng để miễn áp dụng tình huống khác</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the flag code %1 is used twice</source>
        <translation>mã tình huống đặc biệt %1 được dùng hai lần</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <name>CriteriaSetVersions</name>
    <message numerus="yes">
        <location filename="../core/rules/criteria/CriteriaSetVersions.cpp" line="+40"/>
        <source>The version cannot be published while it has %n error(s); fix them first. The first one: %1</source>
        <translation>
            <numerusform>Chưa thể công bố phiên bản khi còn %n lỗi; hãy sửa các lỗi trước. Lỗi đầu tiên: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The criteria set %1 version %2 is published and can no longer change; copy it to a new version to make changes</source>
        <translation>Bộ tiêu chí %1 phiên bản %2 đã được công bố nên không thể thay đổi nữa; hãy sao chép thành phiên bản mới để sửa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the criteria set %1 version %2 is still a draft; publish it before a campaign uses it</source>
        <translation>bộ tiêu chí %1 phiên bản %2 vẫn là bản nháp; hãy công bố trước khi dùng cho đợt đánh giá</translation>
    </message>
</context>
<context>
    <name>CriteriaTableReader</name>
    <message>
        <location filename="../core/rules/criteria/CriteriaTableReader.cpp" line="+116"/>
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
        <location filename="../core/rules/criteria/CriteriaTemplates.cpp" line="+45"/>
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
        <location filename="../core/storage/database/Database.cpp" line="+55"/>
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
        <location line="+27"/>
        <source>cannot start a transaction: %1</source>
        <translation>không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the change could not be saved: %1</source>
        <translation>không lưu được thay đổi: %1</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location filename="../core/storage/database/DatabaseBackup.cpp" line="+61"/>
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
    <name>DemoDatabase</name>
    <message>
        <location filename="../core/demo/DemoDatabase.cpp" line="+109"/>
        <source>The database cannot be read: %1</source>
        <translation>Không đọc được cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo data goes only into an empty database; %1 already has units.</source>
        <translation>Dữ liệu mẫu chỉ được nạp vào cơ sở dữ liệu trống; %1 đã có đơn vị.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The demo database %1 exists already.</source>
        <translation>Cơ sở dữ liệu mẫu %1 đã tồn tại.</translation>
    </message>
</context>
<context>
    <name>DemoSteps</name>
    <message>
        <location filename="../core/demo/DemoSteps.cpp" line="+43"/>
        <source>The built-in criteria set %1 cannot be read.</source>
        <translation>Không đọc được bộ tiêu chí có sẵn %1.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The evidence does not show the full result that was self-assessed.</source>
        <translation>Tài liệu kiểm chứng chưa chứng minh đầy đủ kết quả đã tự chấm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appraised as self-assessed.</source>
        <translation>Thẩm định giữ nguyên kết quả tự đánh giá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria %1 appraised below the self-assessment; the reason is given with each.</source>
        <translation>Tiêu chí %1 được thẩm định thấp hơn kết quả tự chấm; lý do ghi kèm theo từng tiêu chí.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../ui/documents/DocumentActions.cpp" line="+60"/>
        <location line="+113"/>
        <source>no database is open</source>
        <translation>chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Council minutes</source>
        <translation>Biên bản Hội đồng sát hạch</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Score sheet</source>
        <translation>Phiếu đánh giá, xếp loại</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Appraisal minutes</source>
        <translation>Biên bản thẩm định</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Report of the results</source>
        <translation>Báo cáo kết quả đánh giá, xếp loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft decision</source>
        <translation>Dự thảo quyết định công nhận kết quả</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Appraisal council</source>
        <translation>Hội đồng thẩm định</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appraisal minutes of every appraised unit</source>
        <translation>Biên bản thẩm định của mọi đơn vị đã thẩm định</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder for the appraisal minutes of %1</source>
        <translation>Thư mục lưu biên bản thẩm định của %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Export score sheets to PDF</source>
        <translation>Xuất các phiếu chấm điểm ra PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the PDF files of %1</source>
        <translation>Thư mục lưu các tệp PDF của %1</translation>
    </message>
</context>
<context>
    <name>DocumentCommand</name>
    <message>
        <location filename="../app/cli/DocumentCommand.cpp" line="+41"/>
        <source>Usage: danhgia-cli document KIND [OPTIONS]

Prints a document in the layout of Decree 30/2020/ND-CP to PDF (A4, fonts embedded),
and its tables to .xlsx and CSV. Kinds:
  council    minutes and summary sheet of an interview council (from a council file)
  appraisal  appraisal minutes of a unit&apos;s self-assessment (criteria set and two sheets)
  report     report of the evaluation and classification of a campaign (from a database)
  decision   draft decision recognising the results of a campaign (from a database)

&quot;danhgia-cli document KIND --help&quot; lists the options of a kind.
</source>
        <translation>Cách dùng: danhgia-cli document LOẠI [TÙY_CHỌN]

In một văn bản theo thể thức của Nghị định 30/2020/NĐ-CP ra PDF (khổ A4, nhúng phông chữ)
và các bảng của văn bản ra .xlsx và CSV. Các loại:
  council    biên bản và bảng tổng hợp kết quả của Hội đồng kiểm tra, sát hạch (từ tệp hội đồng)
  appraisal  biên bản thẩm định kết quả tự đánh giá của một đơn vị (bộ tiêu chí và hai phiếu)
  report     báo cáo kết quả đánh giá, xếp loại của một đợt đánh giá (từ cơ sở dữ liệu)
  decision   dự thảo quyết định công nhận kết quả của một đợt đánh giá (từ cơ sở dữ liệu)

&quot;danhgia-cli document LOẠI --help&quot; liệt kê các tùy chọn của từng loại.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Output:
  --pdf FILE             the document as PDF (required)
  --xlsx FILE            its tables as an Excel workbook, one sheet per table
  --csv FILE             its tables as CSV (several tables: FILE-&lt;table&gt;.csv each)
Header (Decree 30/2020/ND-CP):
  --settings FILE        a JSON file of document settings (see docs/documents.md)
  --parent-agency TEXT   the parent agency (&quot;UBND tỉnh Lạng Sơn&quot;)
  --agency TEXT          the issuing agency (&quot;Sở Nội vụ&quot;)
  --number N             the document number (1 to 99999; printed 05 under 10)
  --symbol TEXT          the symbol after the number (&quot;BB-HĐTĐ&quot;)
  --place TEXT           the place of the date line (&quot;Lạng Sơn&quot;)
  --date DATE            the date, as 2026-01-05 or 05/01/2026
</source>
        <translation>Kết quả:
  --pdf TỆP              văn bản dạng PDF (bắt buộc)
  --xlsx TỆP             các bảng của văn bản dạng sổ tính Excel, mỗi bảng một trang tính
  --csv TỆP              các bảng dạng CSV (nhiều bảng: mỗi bảng một tệp TỆP-&lt;bảng&gt;.csv)
Phần đầu văn bản (Nghị định 30/2020/NĐ-CP):
  --settings TỆP         tệp JSON thiết lập văn bản (xem docs/documents.md)
  --parent-agency CHỮ    cơ quan chủ quản (&quot;UBND tỉnh Lạng Sơn&quot;)
  --agency CHỮ           cơ quan ban hành (&quot;Sở Nội vụ&quot;)
  --number SỐ            số văn bản (từ 1 đến 99999; dưới 10 in thêm số 0: 05)
  --symbol CHỮ           ký hiệu sau số (&quot;BB-HĐTĐ&quot;)
  --place CHỮ            địa danh của dòng ngày tháng (&quot;Lạng Sơn&quot;)
  --date NGÀY            ngày ban hành, dạng 2026-01-05 hoặc 05/01/2026
</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>file &quot;%1&quot;: error: not a JSON object of document settings (%2)</source>
        <translation>tệp &quot;%1&quot;: lỗi: không phải một đối tượng JSON thiết lập văn bản (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--number must be a whole number from 1 to 99999, not &quot;%1&quot;</source>
        <translation>--number phải là số nguyên từ 1 đến 99999, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--date &quot;%1&quot; is not a date (write 2026-01-05 or 05/01/2026)</source>
        <translation>--date &quot;%1&quot; không phải là ngày (hãy viết 2026-01-05 hoặc 05/01/2026)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>unknown document kind &quot;%1&quot; (council, appraisal, report or decision)</source>
        <translation>loại văn bản không xác định &quot;%1&quot; (council, appraisal, report hoặc decision)</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <location filename="../core/documents/DocumentRenderer.cpp" line="+271"/>
        <source>The document &quot;%1&quot; could not be laid out.</source>
        <translation>Không dàn trang được văn bản &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsStore</name>
    <message>
        <location filename="../core/storage/sources/DocumentSettingsStore.cpp" line="+83"/>
        <source>there is no unit with the code &quot;%1&quot;</source>
        <translation>không có đơn vị nào mang mã &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>DocumentTableExport</name>
    <message>
        <location filename="../core/documents/DocumentTableExport.cpp" line="+54"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
</context>
<context>
    <name>EvidencePartial</name>
    <message>
        <location filename="../core/storage/sync/EvidencePartial.cpp" line="+46"/>
        <source>the server sent the evidence file &quot;%1&quot; from byte %2, not from the %3 bytes kept here</source>
        <translation>máy chủ gửi tệp minh chứng &quot;%1&quot; từ byte %2, không phải tiếp sau %3 byte đã nhận trên máy này</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the folder to store &quot;%1&quot; in %2</source>
        <translation>không tạo được thư mục để lưu &quot;%1&quot; trong %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+12"/>
        <location line="+40"/>
        <source>cannot store &quot;%1&quot; in %2: %3</source>
        <translation>không lưu được &quot;%1&quot; vào %2: %3</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the evidence file &quot;%1&quot; received from the server is not the one attached (%2 bytes, SHA-256 %3; expected %4 bytes, %5): it was not kept and will be downloaded again at the next synchronisation</source>
        <translation>tệp minh chứng &quot;%1&quot; nhận từ máy chủ không phải tệp đã đính kèm (%2 byte, SHA-256 %3; cần %4 byte, %5): tệp không được giữ lại và sẽ được tải lại từ đầu ở lần đồng bộ sau</translation>
    </message>
</context>
<context>
    <name>EvidenceService</name>
    <message>
        <location filename="../server/service/EvidenceService.cpp" line="+33"/>
        <source>64 lower-case hexadecimal digits</source>
        <translation>phải gồm 64 chữ số thập lục phân viết thường</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the upload was started with %1 bytes</source>
        <translation>lần tải lên này đã bắt đầu với kích thước %1 byte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the part goes past the end of the file</source>
        <translation>phần dữ liệu vượt quá cuối tệp</translation>
    </message>
</context>
<context>
    <name>EvidenceStore</name>
    <message>
        <location filename="../core/storage/stores/EvidenceStore.cpp" line="+61"/>
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
        <location line="+61"/>
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
        <location line="-183"/>
        <source>the file &quot;%1&quot; is empty</source>
        <translation>tệp &quot;%1&quot; rỗng</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+210"/>
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
        <location line="+30"/>
        <source>cannot remove the unused file %1</source>
        <translation>không xóa được tệp không còn dùng %1</translation>
    </message>
</context>
<context>
    <name>EvidenceTransfer</name>
    <message>
        <location filename="../core/sync/engine/EvidenceTransfer.cpp" line="+80"/>
        <source>The provincial server did not answer (%1). Open the file again once the server can be reached; the next synchronisation also brings it.</source>
        <translation>Máy chủ của tỉnh không phản hồi (%1). Hãy mở lại tệp khi kết nối được với máy chủ; lần đồng bộ sau cũng sẽ tải tệp về.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The evidence file &quot;%1&quot; could not be sent: %2</source>
        <translation>Không gửi được tệp minh chứng &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The evidence file &quot;%1&quot; could not be sent: the server did not take its parts.</source>
        <translation>Không gửi được tệp minh chứng &quot;%1&quot;: máy chủ không nhận các phần của tệp.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The evidence file &quot;%1&quot; is not on the server yet; it will be downloaded when it is.</source>
        <translation>Tệp minh chứng &quot;%1&quot; chưa có trên máy chủ; tệp sẽ được tải về khi máy chủ đã có.</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+18"/>
        <source>The evidence file &quot;%1&quot; could not be downloaded: %2</source>
        <translation>Không tải về được tệp minh chứng &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>EvidenceTransferState</name>
    <message>
        <location filename="../core/storage/sync/EvidenceTransferState.cpp" line="+20"/>
        <source>cannot read or write the state of the evidence transfers: %1</source>
        <translation>không đọc hoặc ghi được trạng thái truyền tệp minh chứng: %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>cannot read the stored copy of &quot;%1&quot; (%2): %3</source>
        <translation>không đọc được bản lưu của &quot;%1&quot; (%2): %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the stored copy of &quot;%1&quot; is shorter than its %2 bytes</source>
        <translation>bản lưu của &quot;%1&quot; ngắn hơn %2 byte của tệp</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+20"/>
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
        <location line="+26"/>
        <source>danhgia-cli: database &quot;%1&quot;: %2</source>
        <translation>danhgia-cli: cơ sở dữ liệu &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+40"/>
        <source>danhgia-cli: file &quot;%1&quot;: %2</source>
        <translation>danhgia-cli: tệp &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-36"/>
        <source>Exported %n result(s) to %1
</source>
        <translation>
            <numerusform>Đã xuất %n kết quả ra %1
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
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
    <name>FlagCommand</name>
    <message>
        <location filename="../app/cli/FlagCommand.cpp" line="+33"/>
        <source>Usage: danhgia-cli flag add --db FILE --campaign ID --person CODE --flag CODE --reason TEXT
                            [--document NUMBER] [--document-date DATE]
       danhgia-cli flag remove --db FILE --campaign ID --person CODE --flag CODE --reason TEXT
       danhgia-cli flag list --db FILE --campaign ID [--person CODE]
       danhgia-cli flag history --db FILE --campaign ID --person CODE

The facts that change a person&apos;s grade in a campaign, whatever the score: discipline in
the year, a conclusion of degradation, legal absence, months worked, maternity leave and,
for leaders, their unit&apos;s results or a unit handled for corruption or waste. The flags
are those of the campaign&apos;s criteria set (&quot;danhgia-cli validate&quot; lists them). A flag
added applies to every score sheet of the person in the campaign; removing it needs a
reason too. Each change goes to the audit trail with who made it, when and why.

Options:
  --db FILE              the database
  --campaign ID          the campaign&apos;s code
  --person CODE          the person&apos;s code (the subject of their score sheets)
  --flag CODE            the flag&apos;s code in the criteria set (ky_luat, thai_san...)
  --reason TEXT          what happened and on which grounds (required)
  --document NUMBER      the number of the decision or conclusion (optional)
  --document-date DATE   its date, YYYY-MM-DD or DD/MM/YYYY (with --document)
  --actor NAME           who is recorded in the audit trail (default: danhgia-cli)
  --help                 show this help

Exit status: 0 done, 1 refused (the problem is named), 2 wrong command line,
3 unreadable database.
</source>
        <translation>Cách dùng: danhgia-cli flag add --db TỆP --campaign ID --person MÃ --flag MÃ --reason LÝ_DO
                            [--document SỐ] [--document-date NGÀY]
           danhgia-cli flag remove --db TỆP --campaign ID --person MÃ --flag MÃ --reason LÝ_DO
           danhgia-cli flag list --db TỆP --campaign ID [--person MÃ]
           danhgia-cli flag history --db TỆP --campaign ID --person MÃ

Các yếu tố làm thay đổi mức xếp loại của một người trong đợt đánh giá, bất kể số điểm: bị kỷ
luật trong năm, có kết luận suy thoái, nghỉ theo quy định, thời gian công tác, nghỉ thai sản
và, đối với lãnh đạo, kết quả của đơn vị phụ trách hoặc đơn vị bị xử lý về tham nhũng, lãng
phí. Các yếu tố là những yếu tố do bộ tiêu chí của đợt đánh giá quy định (lệnh
&quot;danhgia-cli validate&quot; liệt kê chúng). Yếu tố được ghi sẽ áp dụng cho mọi phiếu chấm điểm
của người đó trong đợt đánh giá; gỡ bỏ yếu tố cũng phải có lý do. Mỗi thay đổi được ghi vào
nhật ký kiểm tra cùng người thực hiện, thời điểm và lý do.

Tùy chọn:
  --db TỆP               cơ sở dữ liệu
  --campaign ID          mã của đợt đánh giá
  --person MÃ            mã của người (đối tượng của các phiếu chấm điểm)
  --flag MÃ              mã của yếu tố trong bộ tiêu chí (ky_luat, thai_san...)
  --reason LÝ_DO         sự việc gì, căn cứ nào (bắt buộc)
  --document SỐ          số của quyết định hoặc kết luận (không bắt buộc)
  --document-date NGÀY   ngày của văn bản, YYYY-MM-DD hoặc DD/MM/YYYY (đi kèm --document)
  --actor TÊN            người được ghi vào nhật ký kiểm tra (mặc định: danhgia-cli)
  --help                 hiển thị trợ giúp này

Mã thoát: 0 thành công, 1 bị từ chối (có nêu rõ vấn đề), 2 sai dòng lệnh,
3 không đọc được cơ sở dữ liệu.
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>say what to do with a flag: add, remove, list or history</source>
        <translation>hãy cho biết thao tác với yếu tố: add (ghi), remove (gỡ bỏ), list (liệt kê) hoặc history (lịch sử)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+8"/>
        <location line="+34"/>
        <location line="+21"/>
        <source>danhgia-cli: %1</source>
        <translation>danhgia-cli: %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>danhgia-cli: the flag was not recorded: %1</source>
        <translation>danhgia-cli: chưa ghi được yếu tố: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 recorded in the campaign %3.
</source>
        <translation>%1: đã ghi yếu tố %2 trong đợt đánh giá %3.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>danhgia-cli: the flag was not removed: %1</source>
        <translation>danhgia-cli: chưa gỡ bỏ được yếu tố: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 removed in the campaign %3.
</source>
        <translation>%1: đã gỡ bỏ yếu tố %2 trong đợt đánh giá %3.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>; document %1 of %2</source>
        <translation>; văn bản số %1 ngày %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; document %1</source>
        <translation>; văn bản số %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1	%2	reason: %3%4; recorded by %5 on %6</source>
        <translation>%1	%2	lý do: %3%4; người ghi: %5, lúc %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No flag is in force in the campaign %1.</source>
        <translation>Không có yếu tố ảnh hưởng xếp loại nào đang áp dụng trong đợt đánh giá %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1	%2	%3 %4	reason: %5</source>
        <translation>%1	%2	%3 %4	lý do: %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removed</source>
        <translation>đã gỡ bỏ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recorded</source>
        <translation>đã ghi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no flag recorded in the campaign %2.</source>
        <translation>%1 chưa có yếu tố ảnh hưởng xếp loại nào được ghi trong đợt đánh giá %2.</translation>
    </message>
</context>
<context>
    <name>GradeOverride</name>
    <message>
        <location filename="../core/rules/results/GradeOverride.cpp" line="+18"/>
        <source>%1 is tied at the quota boundary; the decision needs a reason and the name of the person who approves it</source>
        <translation>%1 bằng điểm tại ngưỡng tỷ lệ tối đa; quyết định cần ghi rõ lý do và họ tên người phê duyệt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is graded %2 by the rules (quota included); giving %3 is an override and needs a reason and the name of the person who approves it</source>
        <translation>%1 được xếp loại %2 theo quy định (đã tính tỷ lệ tối đa); xếp %3 là quyết định vượt quy định, cần ghi rõ lý do và họ tên người phê duyệt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no grade)</source>
        <translation>(không xếp loại)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+90"/>
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
        <location line="+129"/>
        <location line="+106"/>
        <source>danhgia-cli: file &quot;%1&quot;: %2</source>
        <translation>danhgia-cli: tệp &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+8"/>
        <location line="+29"/>
        <location line="+22"/>
        <location line="+26"/>
        <location line="+13"/>
        <location line="+53"/>
        <location line="+20"/>
        <source>danhgia-cli: nothing was imported</source>
        <translation>danhgia-cli: không có dữ liệu nào được nhập</translation>
    </message>
    <message numerus="yes">
        <location line="-131"/>
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
        <location line="-157"/>
        <location line="+85"/>
        <location line="+79"/>
        <location line="+47"/>
        <source>danhgia-cli: %1</source>
        <translation>danhgia-cli: %1</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Usage: danhgia-cli import criteria --db FILE SET.json [SET.json ...]
       danhgia-cli import criteria --db FILE --id ID --title TITLE [--kind KIND]
                                   [--set-version N] SET.csv|SET.xlsx [SET.json ...]
       danhgia-cli import sheets --db FILE --campaign ID SHEET.json [SHEET.json ...]
       danhgia-cli import units --db FILE [--dry-run] LIST [LIST ...]
       danhgia-cli import people --db FILE [--dry-run] LIST [LIST ...]

Imports criteria sets, or score sheets into a campaign (created from the sheets&apos;
criteria set and periods when it does not exist yet), or lists of units or of people
from CSV files (UTF-8, TCVN3, VNI or Windows-1258) or Excel workbooks (.xlsx, or .xls
of Excel 97-2003). Every file is checked first; when any has a problem, all problems
are listed and nothing is written.

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
  --approvers ROLES  sheets: who approves the campaign&apos;s sheets, role names separated
                   by commas (unit_head; council_chair,administrator). Default: by the
                   kind of the criteria set: unit_head for staff, council_chair and
                   administrator for par_index and it_ranking, council_chair otherwise
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

Nhập các bộ tiêu chí; hoặc nhập phiếu chấm điểm vào một đợt đánh giá (nếu đợt đánh giá
chưa có thì được tạo từ bộ tiêu chí và các kỳ đánh giá của phiếu); hoặc nhập danh sách đơn vị,
danh sách người từ tệp CSV (UTF-8, TCVN3, VNI hoặc Windows-1258) hoặc sổ làm việc Excel
(.xlsx, hoặc .xls của Excel 97-2003). Mọi tệp đều được kiểm tra trước; nếu có tệp bị lỗi,
toàn bộ các lỗi sẽ được liệt kê và không có dữ liệu nào được ghi.

Các cột của danh sách đơn vị (theo tiêu đề cột, tiếng Việt hoặc tiếng Anh): Mã đơn vị/code,
Tên đơn vị/name, Loại/kind (tỉnh, sở, ban, ngành, xã, phường, đặc khu, phòng, khác),
Mã đơn vị cấp trên/parent (không bắt buộc). Các cột của danh sách người: Mã/code,
Họ và tên/full name, Chức vụ/position (không bắt buộc), Mã đơn vị/unit,
Nhóm nhiệm vụ/task group (không bắt buộc), Lãnh đạo/leader (có/không, không bắt buộc).

Bộ tiêu chí cũng có thể được nhập từ một bảng CSV hoặc .xlsx, mỗi dòng một tiêu chí:
Mã/code (&quot;1.2.3&quot; là tiêu chí con của &quot;1.2&quot;, và tiêu chí cha phải nằm ở một dòng phía trên),
Tiêu chí/title, Điểm tối đa/max, Phương pháp/method (để trống nếu là nhóm; chấm điểm,
có/không, chọn mức, tỷ lệ theo khung, tỷ lệ, điểm trừ, so với cao nhất, nhiệm vụ hoặc
tên tiếng Anh), Mức/levels (&quot;Tên mức=điểm; ...&quot;, hoặc với khung tỷ lệ &quot;1=2; 0,8=1,5&quot;),
Tài liệu kiểm chứng/evidence (bắt buộc, không bắt buộc, không), và các cột không bắt buộc
Bước/step, Trừ mỗi lần/per_item, Trừ tối đa/limit, Không áp dụng được/na_allowed
(có/không), Điểm sàn/floor, Khi không phát sinh/when_none.

Tùy chọn:
  --db TỆP         cơ sở dữ liệu (tạo bằng lệnh &quot;danhgia-cli db init&quot;)
  --campaign ID    mã đợt đánh giá (chỉ dùng khi nhập phiếu)
  --approvers VAI_TRÒ  phiếu: ai phê duyệt phiếu của đợt, tên vai trò cách nhau bởi dấu
                   phẩy (unit_head; council_chair,administrator). Mặc định theo loại bộ
                   tiêu chí: unit_head (thủ trưởng đơn vị) cho công chức (staff),
                   council_chair và administrator cho par_index và it_ranking,
                   council_chair cho các loại khác
  --dry-run        khi nhập đơn vị và người: hiển thị những gì sẽ thay đổi, không ghi gì
  --id ID          bộ tiêu chí từ bảng: mã của bộ tiêu chí (bắt buộc)
  --title TÊN      bộ tiêu chí từ bảng: tên của bộ tiêu chí (bắt buộc)
  --kind LOẠI      bộ tiêu chí từ bảng: par_index (mặc định), staff, agency,
                   it_ranking hoặc interview
  --set-version N  bộ tiêu chí từ bảng: phiên bản của bộ tiêu chí (mặc định 1)
  --actor TÊN      người được ghi vào nhật ký thay đổi (mặc định: danhgia-cli)
  --help           hiển thị trợ giúp này
</translation>
    </message>
    <message>
        <location line="+99"/>
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
        <location line="+16"/>
        <source>--approvers: %1</source>
        <translation>--approvers: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no role given</source>
        <translation>chưa nêu vai trò nào</translation>
    </message>
    <message>
        <location line="+129"/>
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
        <location filename="../core/storage/services/ImportPlan.cpp" line="+12"/>
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
        <location filename="../core/rules/criteria/JsonFieldReader.cpp" line="+33"/>
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
        <location filename="../core/rules/scoring/LeafScorer.cpp" line="+56"/>
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
        <location line="+11"/>
        <source>the number done and the total number must not be negative (%1 of %2)</source>
        <translation>số đã thực hiện và tổng số không được âm (%1 trên tổng số %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the number done (%1) is greater than the total number (%2)</source>
        <translation>số đã thực hiện (%1) lớn hơn tổng số (%2)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>whole points from 0 to %1</source>
        <translation>số điểm nguyên từ 0 đến %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>from 0 to %1 points, with at most %n decimal place(s)</source>
        <translation>
            <numerusform>từ 0 đến %1 điểm, tối đa %n chữ số thập phân</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from 0 to %1 points in steps of %2</source>
        <translation>từ 0 đến %1 điểm, theo từng bước %2 điểm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes or no</source>
        <translation>có hoặc không</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>one of its %n level(s)</source>
        <translation>
            <numerusform>một trong %n mức của tiêu chí</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number done and a total number that are whole numbers from 0, the number done not above the total number</source>
        <translation>số đã thực hiện và tổng số là số nguyên từ 0 trở lên, số đã thực hiện không lớn hơn tổng số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number of items that is %1</source>
        <translation>số lần là %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>a value from 0, with at most %n decimal place(s)</source>
        <translation>
            <numerusform>giá trị từ 0 trở lên, tối đa %n chữ số thập phân</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of tasks, each with a coefficient that is %1</source>
        <translation>danh sách nhiệm vụ, mỗi nhiệm vụ có hệ số %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>above 0 and at most %1, with at most %n decimal place(s)</source>
        <translation>
            <numerusform>lớn hơn 0 và không quá %1, tối đa %n chữ số thập phân</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a whole number from 0</source>
        <translation>số nguyên từ 0 trở lên</translation>
    </message>
    <message>
        <location line="-120"/>
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
    <name>LeafValueParser</name>
    <message>
        <location filename="../core/rules/scoring/LeafValueParser.cpp" line="+107"/>
        <source>&quot;%1&quot; is not accepted: %2</source>
        <translation>không nhận &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a number; the criterion takes %2</source>
        <translation>&quot;%1&quot; không phải là số; tiêu chí nhận %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is neither yes (&quot;có&quot;) nor no (&quot;không&quot;)</source>
        <translation>&quot;%1&quot; không phải &quot;có&quot; hay &quot;không&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a whole number of items</source>
        <translation>&quot;%1&quot; không phải là số lần (số nguyên)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a list of tasks is not written in one cell: import it from its own file in the criterion&apos;s task list</source>
        <translation>danh sách nhiệm vụ không ghi trong một ô: hãy nhập nó từ tệp riêng trong cửa sổ danh sách nhiệm vụ của tiêu chí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the method of the criterion is not known</source>
        <translation>không rõ phương pháp chấm của tiêu chí</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is not one of the levels of the criterion (%2)</source>
        <translation>&quot;%1&quot; không phải là một mức của tiêu chí (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number done and a total number written as done/total (for example 9/10)</source>
        <translation>&quot;%1&quot; không phải là số đã thực hiện và tổng số viết dạng đã thực hiện/tổng số (ví dụ 9/10)</translation>
    </message>
</context>
<context>
    <name>LeafValueText</name>
    <message>
        <location filename="../ui/sheet/LeafValueDelegate.cpp" line="+39"/>
        <location filename="../ui/sheet/LeafValueText.cpp" line="+48"/>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <location filename="../ui/sheet/LeafValueText.cpp" line="+5"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level %1</source>
        <translation>Mức %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %n task(s) done</source>
        <translation>
            <numerusform>Đã hoàn thành %1 trên %n nhiệm vụ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegacyEncoding</name>
    <message>
        <location filename="../core/rules/text/LegacyEncoding.cpp" line="+330"/>
        <source>unknown</source>
        <translation>không xác định</translation>
    </message>
</context>
<context>
    <name>Listings</name>
    <message>
        <location filename="../core/storage/queries/Listings.cpp" line="+13"/>
        <source>cannot read the list of units: %1</source>
        <translation>không đọc được danh sách đơn vị: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the list of criteria sets: %1</source>
        <translation>không đọc được danh sách bộ tiêu chí: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the list of campaigns: %1</source>
        <translation>không đọc được danh sách đợt đánh giá: %1</translation>
    </message>
</context>
<context>
    <name>PersonDirectory</name>
    <message>
        <location filename="../core/storage/stores/PersonDirectory.cpp" line="+21"/>
        <source>cannot read the list of people: %1</source>
        <translation>không đọc được danh sách người: %1</translation>
    </message>
</context>
<context>
    <name>PersonFlag</name>
    <message>
        <location filename="../core/rules/results/PersonFlag.cpp" line="+10"/>
        <source>The flag names no person; give the person&apos;s code.</source>
        <translation>Chưa ghi người được áp dụng yếu tố; hãy nhập mã của người đó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No flag is chosen for %1.</source>
        <translation>Chưa chọn yếu tố ảnh hưởng xếp loại nào cho %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The criteria set %1 has no flag &quot;%2&quot;; its flags are: %3.</source>
        <translation>Bộ tiêu chí %1 không có yếu tố &quot;%2&quot;; các yếu tố của bộ tiêu chí gồm: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The flag %1 of %2 needs a reason (what happened, on which grounds).</source>
        <translation>Yếu tố %1 của %2 cần có lý do (sự việc gì, căn cứ nào).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The flag %1 of %2 has a document date but no document number.</source>
        <translation>Yếu tố %1 của %2 có ngày văn bản nhưng chưa có số văn bản.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removing the flag %1 of %2 needs a reason.</source>
        <translation>Gỡ bỏ yếu tố %1 của %2 cần có lý do.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>forces the grade %1</source>
        <translation>buộc xếp loại %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1</source>
        <translation>tối đa %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not classified</source>
        <translation>không xếp loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancels %1</source>
        <translation>miễn áp dụng %1</translation>
    </message>
</context>
<context>
    <name>PersonFlagStore</name>
    <message>
        <location filename="../core/storage/stores/PersonFlagStore.cpp" line="+64"/>
        <source>cannot read the flags of the campaign %1: %2</source>
        <translation>không đọc được các yếu tố ảnh hưởng xếp loại của đợt đánh giá %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot read the flags of %1: %2</source>
        <translation>không đọc được các yếu tố ảnh hưởng xếp loại của %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot read the history of the flags of %1: %2</source>
        <translation>không đọc được lịch sử các yếu tố ảnh hưởng xếp loại của %1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The flag %1 is already recorded for %2 in the campaign %3 (by %4).</source>
        <translation>Yếu tố %1 đã được ghi cho %2 trong đợt đánh giá %3 (người ghi: %4).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 has no flag %2 in force in the campaign %3.</source>
        <translation>%1 không có yếu tố %2 đang áp dụng trong đợt đánh giá %3.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot read the score sheets of %1: %2</source>
        <translation>không đọc được các phiếu chấm điểm của %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no score sheet in the campaign %2; a flag is recorded for a person who takes part.</source>
        <translation>%1 không có phiếu chấm điểm nào trong đợt đánh giá %2; chỉ ghi yếu tố ảnh hưởng xếp loại cho người tham gia đợt đánh giá.</translation>
    </message>
</context>
<context>
    <name>PulledAdoption</name>
    <message>
        <location filename="../core/storage/sync/PulledAdoption.cpp" line="+101"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s row %1 (%2 = %3) was not applied: the row %4 here holds the same %2 and the server already has it under its own UUID. Ask the administrator of the province which of the two rows stays.</source>
        <translation>Không áp dụng hàng %1 của máy chủ (%2 = %3): hàng %4 ở máy này có cùng %2 và máy chủ đã nhận hàng đó theo UUID riêng của nó. Hãy hỏi quản trị viên của tỉnh giữ lại hàng nào trong hai hàng.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the row was linked to the server&apos;s row %1 of the same %2</source>
        <translation>hàng đã được gắn với hàng %1 của máy chủ có cùng %2</translation>
    </message>
</context>
<context>
    <name>PulledPageApplier</name>
    <message>
        <location filename="../core/storage/sync/PulledPageApplier.cpp" line="+89"/>
        <source>the change of %1 %2 could not be applied: %3</source>
        <translation>không áp dụng được thay đổi của %1 %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The changes received from the server could not be saved: %1</source>
        <translation>Không lưu được các thay đổi nhận từ máy chủ: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the server&apos;s version names a row that is not here yet: synchronise first</source>
        <translation>bản của máy chủ tham chiếu một bản ghi chưa có trên máy này: hãy đồng bộ trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row still has local work waiting to be sent</source>
        <translation>bản ghi vẫn còn thay đổi trên máy này đang chờ gửi</translation>
    </message>
</context>
<context>
    <name>PulledRowWriter</name>
    <message>
        <location filename="../core/storage/sync/PulledRowWriter.cpp" line="+147"/>
        <source>the table %1 does not exist</source>
        <translation>bảng %1 không tồn tại</translation>
    </message>
</context>
<context>
    <name>PushService</name>
    <message>
        <location filename="../server/service/PushService.cpp" line="+54"/>
        <source>a push holds at most %1 operations</source>
        <translation>mỗi lần gửi có tối đa %1 thao tác</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the server does not synchronise &quot;%1&quot;</source>
        <translation>máy chủ không đồng bộ &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>a row is named by its UUID</source>
        <translation>mỗi bản ghi được xác định bằng UUID của nó</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>insert, update or delete</source>
        <translation>phải là insert, update hoặc delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a version is 0 or more</source>
        <translation>phiên bản phải từ 0 trở lên</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The field %1 holds a local id; rows refer to each other by UUID (%2).</source>
        <translation>Trường %1 chứa mã nội bộ của máy trạm; các bản ghi tham chiếu nhau bằng UUID (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it differs from the operation&apos;s uuid</source>
        <translation>khác với UUID của thao tác</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not applied: the row that %1 refers to was refused earlier in this synchronisation (%2).</source>
        <translation>Không áp dụng: bản ghi mà %1 tham chiếu tới đã bị từ chối trước đó trong lần đồng bộ này (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The row that %1 refers to is not known to this account; send it first.</source>
        <translation>Bản ghi mà %1 tham chiếu tới không có đối với tài khoản này; hãy gửi bản ghi đó trước.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>another unit</source>
        <translation>một đơn vị khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit code %1 is already held on the server by %2: this unit was not created again; the next synchronisation links the unit here to it.</source>
        <translation>Mã đơn vị %1 đã thuộc về %2 trên máy chủ: đơn vị này không được tạo thêm lần nữa; lần đồng bộ tiếp theo sẽ gắn đơn vị ở máy này với đơn vị đó.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not applied: the change that creates this row was refused earlier in this synchronisation (%1).</source>
        <translation>Không áp dụng: thay đổi tạo bản ghi này đã bị từ chối trước đó trong lần đồng bộ này (%1).</translation>
    </message>
</context>
<context>
    <name>QuotaCeiling</name>
    <message>
        <location filename="../core/rules/results/QuotaCeiling.cpp" line="+13"/>
        <source>(no unit)</source>
        <translation>(không có đơn vị)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The raised ceiling names no unit.</source>
        <translation>Tỷ lệ được nâng chưa ghi đơn vị nào.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The raised ceiling of %1 is %2%; it must be above 0% and at most 100%.</source>
        <translation>Tỷ lệ được nâng của %1 là %2%; tỷ lệ phải lớn hơn 0% và không quá 100%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The raised ceiling of %1 is %2%; give it with at most two decimals.</source>
        <translation>Tỷ lệ được nâng của %1 là %2%; chỉ ghi tối đa hai chữ số thập phân.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The raised ceiling of %1 needs the number of the decision of the competent level that allows it.</source>
        <translation>Tỷ lệ được nâng của %1 cần có số quyết định của cấp có thẩm quyền cho phép.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The raised ceiling of %1 needs the date of that decision.</source>
        <translation>Tỷ lệ được nâng của %1 cần có ngày ban hành quyết định đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The raised ceiling of %1 needs a reason.</source>
        <translation>Tỷ lệ được nâng của %1 cần có lý do.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a percentage; type a number such as 30 or 30,5.</source>
        <translation>&quot;%1&quot; không phải là tỷ lệ phần trăm; hãy nhập một số, ví dụ 30 hoặc 30,5.</translation>
    </message>
</context>
<context>
    <name>QuotaCeilingStore</name>
    <message>
        <location filename="../core/storage/stores/QuotaCeilingStore.cpp" line="+29"/>
        <source>cannot read the raised ceilings of the quota: %1</source>
        <translation>không đọc được các tỷ lệ được nâng của hạn mức: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the raised ceiling of %1 has a damaged percentage &quot;%2&quot;</source>
        <translation>tỷ lệ được nâng của %1 có giá trị phần trăm bị hỏng &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The unit %1 is not in the catalogue; a raised ceiling is recorded for a unit of it.</source>
        <translation>Đơn vị %1 không có trong danh mục; tỷ lệ được nâng chỉ ghi cho đơn vị có trong danh mục.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Withdrawing the raised ceiling of %1 needs a reason.</source>
        <translation>Thu hồi tỷ lệ được nâng của %1 cần có lý do.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The unit %1 has no raised ceiling in the campaign %2.</source>
        <translation>Đơn vị %1 không có tỷ lệ được nâng trong đợt đánh giá %2.</translation>
    </message>
</context>
<context>
    <name>RecordPermissions</name>
    <message>
        <location filename="../core/rules/workflow/RecordPermissions.cpp" line="+70"/>
        <source>%1 may not record %2; that is done by: %3.</source>
        <translation>%1 không có quyền ghi %2; việc này do: %3 thực hiện.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the self-assessment of a sheet</source>
        <translation>phần tự đánh giá của phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the appraised scores of a sheet</source>
        <translation>điểm thẩm định của phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the final scores of a sheet</source>
        <translation>điểm quyết định cuối cùng của phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the questions, criteria and planned sample of a survey</source>
        <translation>câu hỏi, tiêu chí và số phiếu theo kế hoạch của cuộc khảo sát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>survey questionnaires</source>
        <translation>phiếu khảo sát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>survey points in the sheets</source>
        <translation>điểm khảo sát vào phiếu chấm điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the members and candidates of a council</source>
        <translation>thành viên và thí sinh của hội đồng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the members&apos; scores of a council</source>
        <translation>điểm chấm của các thành viên hội đồng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the score agreed after a council&apos;s dialogue</source>
        <translation>điểm thống nhất sau khi hội đồng trao đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grade decisions</source>
        <translation>quyết định xếp loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the catalogue of units and people</source>
        <translation>danh mục đơn vị và cán bộ, công chức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>campaigns, their sheets and criteria sets</source>
        <translation>đợt đánh giá, phiếu chấm điểm và bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a unit&apos;s raised ceiling of the quota</source>
        <translation>tỷ lệ &quot;hoàn thành xuất sắc&quot; được nâng của một đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the facts that change a person&apos;s grade</source>
        <translation>các yếu tố ảnh hưởng xếp loại của một người</translation>
    </message>
</context>
<context>
    <name>RecordRules</name>
    <message>
        <location filename="../server/service/RecordRules.cpp" line="+77"/>
        <source>the kind of a unit is one of: %1</source>
        <translation>loại đơn vị phải là một trong: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+17"/>
        <source>No unit or person with the code %1 is known to this account.</source>
        <translation>Tài khoản này không có đơn vị hoặc người nào mang mã %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A published version of a criteria set cannot change; publish a new version instead.</source>
        <translation>Phiên bản đã ban hành của bộ tiêu chí không được sửa đổi; hãy ban hành một phiên bản mới.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the status is draft or published</source>
        <translation>trạng thái phải là draft (dự thảo) hoặc published (đã ban hành)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The set_id is not the id of the criteria set&apos;s document.</source>
        <translation>Trường set_id không trùng với mã của bộ tiêu chí trong tài liệu.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The council this examination belongs to is not known to this account.</source>
        <translation>Hội đồng mà kỳ thi này thuộc về không có đối với tài khoản này.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The score sheet this row refers to is not known to this account.</source>
        <translation>Phiếu chấm điểm mà bản ghi này tham chiếu tới không có đối với tài khoản này.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>64 lower-case hexadecimal digits</source>
        <translation>phải gồm 64 chữ số thập lục phân viết thường</translation>
    </message>
</context>
<context>
    <name>RecruitmentParts</name>
    <message>
        <location filename="../core/rules/councils/RecruitmentParts.cpp" line="+11"/>
        <source>written test</source>
        <translation>thi viết</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interview</source>
        <translation>phỏng vấn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>practical test</source>
        <translation>thực hành</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Candidate %1 has no part of the examination</source>
        <translation>Thí sinh %1 chưa có phần thi nào</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Candidate %1: the %2 part is given twice</source>
        <translation>Thí sinh %1: phần %2 được nhập hai lần</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate %1: the maximum of the %2 part must be above 0, not %3</source>
        <translation>Thí sinh %1: điểm tối đa của phần %2 phải lớn hơn 0, không phải %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candidate %1: the score %2 of the %3 part is outside 0 to %4</source>
        <translation>Thí sinh %1: điểm %2 của phần %3 nằm ngoài khoảng từ 0 đến %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Candidate %1: the priority points are one of %2 (or none), not %3</source>
        <translation>Thí sinh %1: điểm ưu tiên là một trong các mức %2 (hoặc không có), không phải %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The total %1 is below the pass mark %2</source>
        <translation>Tổng điểm %1 thấp hơn điểm đạt %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 part scored %2/%3, below 50%</source>
        <translation>Phần %1 đạt %2/%3, dưới 50%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The pass mark %1 is negative</source>
        <translation>Điểm đạt %1 là số âm</translation>
    </message>
</context>
<context>
    <name>RefusedCreation</name>
    <message>
        <location filename="../core/storage/sync/RefusedCreation.cpp" line="+30"/>
        <source>refused by the server</source>
        <translation>máy chủ từ chối</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the change that creates this row was refused earlier (%1).</source>
        <translation>Không gửi: thay đổi tạo bản ghi này đã bị từ chối trước đó (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent: the row it names (%1) was refused earlier (%2).</source>
        <translation>Không gửi: bản ghi mà thay đổi này nhắc đến (%1) đã bị từ chối trước đó (%2).</translation>
    </message>
</context>
<context>
    <name>ReportDocumentCommand</name>
    <message>
        <location filename="../app/cli/ReportDocumentCommand.cpp" line="+33"/>
        <location line="+89"/>
        <source>danhgia-cli: database &quot;%1&quot;: %2</source>
        <translation>danhgia-cli: cơ sở dữ liệu &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Usage: danhgia-cli document decision --db FILE --campaign ID --pdf OUT.pdf [--unit CODE]
                                    [--proposer TEXT] [OPTIONS]

Prints the draft decision recognising the results of a campaign (Decree 30/2020/ND-CP):
the legal basis, three articles, the recipients and the signer, and on a new page the
annex listing every result with its grade.

Input:
  --db FILE              the database
  --campaign ID          the campaign whose results are recognised
  --unit CODE            only the people of this unit and of the units under it; the
                         unit&apos;s document settings are used (default: those of the
                         Department of Home Affairs)
  --proposer TEXT        who proposed the decision (default: the head of the office)
</source>
        <translation>Cách dùng: danhgia-cli document decision --db TỆP --campaign ID --pdf OUT.pdf [--unit MÃ]
                                        [--proposer CHỮ] [TÙY_CHỌN]

In dự thảo quyết định công nhận kết quả của một đợt đánh giá (Nghị định 30/2020/NĐ-CP):
các căn cứ, ba điều, nơi nhận và người ký, và trên một trang mới là phụ lục danh sách
toàn bộ kết quả kèm xếp loại.

Đầu vào:
  --db TỆP               cơ sở dữ liệu
  --campaign ID          đợt đánh giá có kết quả được công nhận
  --unit MÃ              chỉ tính những người thuộc đơn vị này và các đơn vị trực thuộc;
                         dùng thiết lập văn bản của đơn vị này (mặc định: thiết lập của
                         Sở Nội vụ)
  --proposer CHỮ         người đề nghị ban hành quyết định (mặc định: Chánh Văn phòng)
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: danhgia-cli document report --db FILE --campaign ID --pdf OUT.pdf [--unit CODE]
                                  [OPTIONS]

Prints the report of the evaluation and classification of a campaign (Decree
30/2020/ND-CP): the counts per grade and per task group, the quota check with the
grades decided against the rules, the full results table and the signer.

Input:
  --db FILE              the database
  --campaign ID          the campaign to report on
  --unit CODE            only the people of this unit and of the units under it; the
                         unit&apos;s document settings are used (default: those of the
                         Department of Home Affairs)
</source>
        <translation>Cách dùng: danhgia-cli document report --db TỆP --campaign ID --pdf OUT.pdf [--unit MÃ]
                                      [TÙY_CHỌN]

In báo cáo kết quả đánh giá, xếp loại của một đợt đánh giá (Nghị định
30/2020/NĐ-CP): số lượng theo từng mức xếp loại và từng nhóm nhiệm vụ, kết quả kiểm tra
tỷ lệ tối đa kèm các trường hợp xếp loại khác với quy định, bảng kết quả đầy đủ và người ký.

Đầu vào:
  --db TỆP               cơ sở dữ liệu
  --campaign ID          đợt đánh giá cần báo cáo
  --unit MÃ              chỉ tính những người thuộc đơn vị này và các đơn vị trực thuộc;
                         dùng thiết lập văn bản của đơn vị này (mặc định: thiết lập của
                         Sở Nội vụ)
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>
The header and the signer come from the unit&apos;s document settings in the database;
the options below change them for this document only.
</source>
        <translation>
Phần đầu văn bản và người ký lấy từ thiết lập văn bản của đơn vị trong cơ sở dữ liệu;
các tùy chọn dưới đây chỉ thay đổi các thông tin đó cho riêng văn bản này.
</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>tham số không mong đợi &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ResultReportSource</name>
    <message>
        <location filename="../core/storage/sources/ResultReportSource.cpp" line="+74"/>
        <source>there is no unit with the code &quot;%1&quot;</source>
        <translation>không có đơn vị nào mang mã &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <location filename="../core/rules/results/ResultTable.cpp" line="+24"/>
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
    <message>
        <location line="+41"/>
        <source>Within the quota</source>
        <translation>Trong tỷ lệ tối đa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above the quota, graded one grade lower</source>
        <translation>Vượt tỷ lệ tối đa, xếp loại thấp hơn một mức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tied at the quota boundary, to be decided</source>
        <translation>Bằng điểm tại ngưỡng tỷ lệ tối đa, chờ quyết định</translation>
    </message>
</context>
<context>
    <name>ResultsChartData</name>
    <message>
        <location filename="../ui/charts/ResultsChartData.cpp" line="+43"/>
        <source>No grade</source>
        <translation>Không xếp loại</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no period)</source>
        <translation>(không có kỳ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Index</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+35"/>
        <source>Province average</source>
        <translation>Bình quân của tỉnh</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Grades</source>
        <translation>Mức xếp loại</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../core/rules/workflow/Role.cpp" line="+46"/>
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
    <message>
        <location line="+2"/>
        <source>Board head</source>
        <translation>Trưởng ban</translation>
    </message>
</context>
<context>
    <name>RowJson</name>
    <message>
        <location filename="../core/storage/sync/RowJson.cpp" line="+41"/>
        <location line="+20"/>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the conflict names an unknown table &quot;%1&quot;</source>
        <translation>xung đột nêu một bảng không xác định &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <location filename="../core/storage/database/SchemaMigrations.cpp" line="+355"/>
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
    <name>SchemaMigrator</name>
    <message>
        <location filename="../server/db/SchemaMigrator.cpp" line="+128"/>
        <source>The database was written by a newer server (schema version %1; this server knows up to %2). Use the newer server.</source>
        <translation>Cơ sở dữ liệu do phiên bản máy chủ mới hơn ghi (lược đồ phiên bản %1; máy chủ này chỉ hỗ trợ đến %2). Hãy dùng phiên bản máy chủ mới hơn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Migration %1 failed: %2</source>
        <translation>Nâng cấp lược đồ %1 không thành công: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The schema migrations did not finish.</source>
        <translation>Việc nâng cấp lược đồ cơ sở dữ liệu chưa hoàn tất.</translation>
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
        <location filename="../core/rules/scoring/ScoreSheetReader.cpp" line="+26"/>
        <source>is &quot;%1&quot;; a score sheet must have &quot;%2&quot;</source>
        <translation>có giá trị &quot;%1&quot;; phiếu chấm điểm phải có giá trị &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a stage; use self, appraised or final</source>
        <translation>&quot;%1&quot; không phải là giai đoạn hợp lệ; hãy dùng self, appraised hoặc final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a flag code</source>
        <translation>phải là mã tình huống đặc biệt</translation>
    </message>
    <message>
        <location line="+61"/>
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
        <location filename="../core/rules/scoring/ScoringEngine.cpp" line="+56"/>
        <source>(no period)</source>
        <translation>(không có kỳ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the subject %1 already has a sheet for the period %2 (sheet %3); a subject may have one sheet per period</source>
        <translation>đối tượng %1 đã có phiếu cho kỳ %2 (phiếu thứ %3); mỗi đối tượng chỉ được có một phiếu cho mỗi kỳ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>agency</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group with similar tasks</source>
        <translation>nhóm có nhiệm vụ tương đồng</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the subject %1 is in the %2 &quot;%3&quot; here but &quot;%4&quot; in sheet %5; the quota is counted within each %2, so every period of a subject must name the same one</source>
        <translation>đối tượng %1 thuộc %2 &quot;%3&quot; ở phiếu này nhưng thuộc &quot;%4&quot; ở phiếu thứ %5; tỷ lệ tối đa được tính trong từng %2, nên mọi kỳ của một đối tượng phải ghi cùng một %2</translation>
    </message>
</context>
<context>
    <name>ServerAccount</name>
    <message>
        <location filename="../core/rules/workflow/ServerAccount.cpp" line="+13"/>
        <source>The server&apos;s description of the account has no login.</source>
        <translation>Thông tin tài khoản do máy chủ trả về không có tên đăng nhập.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The account &quot;%1&quot; holds no role on the server: ask the provincial administrator to give it one.</source>
        <translation>Tài khoản &quot;%1&quot; chưa được giao vai trò nào trên máy chủ: hãy đề nghị quản trị viên cấp tỉnh giao vai trò.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sign in to the provincial server again (in the app: File &gt; Sign in to the server…; on the command line: danhgia-cli sync) to go on working.</source>
        <translation>Hãy đăng nhập lại máy chủ của tỉnh (trong ứng dụng: Tệp &gt; Đăng nhập máy chủ…; trên dòng lệnh: danhgia-cli sync) để tiếp tục làm việc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account %1 signed out on this computer: nothing can be changed as this account until it signs in again. %2</source>
        <translation>Tài khoản %1 đã đăng xuất trên máy này: không thể thay đổi dữ liệu bằng tài khoản này cho đến khi đăng nhập lại. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offline use as %1 ended at %2: nothing can be changed as this account until it signs in again. %3</source>
        <translation>Thời hạn làm việc ngoại tuyến bằng tài khoản %1 đã hết lúc %2: không thể thay đổi dữ liệu bằng tài khoản này cho đến khi đăng nhập lại. %3</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <location filename="../core/sync/network/ServerAddress.cpp" line="+12"/>
        <source>Write the address of the provincial server, for example https://danhgia.tinh.gov.vn.</source>
        <translation>Hãy nhập địa chỉ máy chủ của tỉnh, ví dụ https://danhgia.tinh.gov.vn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server address &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Địa chỉ máy chủ &quot;%1&quot; không phải là địa chỉ http:// hoặc https://.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The CA certificate file &quot;%1&quot; does not exist or cannot be read.</source>
        <translation>Tệp chứng thư CA &quot;%1&quot; không tồn tại hoặc không đọc được.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file &quot;%1&quot; holds no certificate in PEM form (-----BEGIN CERTIFICATE-----).</source>
        <translation>Tệp &quot;%1&quot; không chứa chứng thư nào ở dạng PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <location filename="../server/cli/ServerCommands.cpp" line="+51"/>
        <source>Unknown option %1; see danhgia-server --help.</source>
        <translation>Tùy chọn %1 không xác định; xem danhgia-server --help.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The option %1 needs a value.</source>
        <translation>Tùy chọn %1 cần có giá trị.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: danhgia-server COMMAND [options]

Commands:
  serve                      serve the API (migrates the database first)
  migrate                    bring the database schema up to date
  admin unit import FILE     import units from CSV or .xlsx (the client&apos;s columns)
  admin user add LOGIN --unit CODE --role ROLE[,ROLE]
                             add or replace an account; the password is read from
                             standard input
  admin user disable LOGIN   disable an account and revoke its tokens
  admin user list            list the accounts
  admin tombstones purge --older-than-days N
                             forget deletions older than N days
  admin sessions purge       forget ended sessions (signed out, revoked, expired)

Settings (a file given with --config, then DANHGIA_SERVER_&lt;KEY&gt;, then --key; later wins):
</source>
        <translation>Cách dùng: danhgia-server LỆNH [tùy chọn]

Các lệnh:
  serve                      phục vụ API (nâng cấp lược đồ cơ sở dữ liệu trước)
  migrate                    nâng cấp lược đồ cơ sở dữ liệu lên phiên bản mới nhất
  admin unit import TỆP      nhập danh sách đơn vị từ CSV hoặc .xlsx (các cột như ở máy trạm)
  admin user add TÊN --unit MÃ --role VAI_TRÒ[,VAI_TRÒ]
                             thêm hoặc thay thế tài khoản; mật khẩu được đọc từ
                             đầu vào chuẩn
  admin user disable TÊN     khóa tài khoản và thu hồi các mã truy cập của tài khoản
  admin user list            liệt kê các tài khoản
  admin tombstones purge --older-than-days N
                             loại bỏ các bản ghi xóa cũ hơn N ngày
  admin sessions purge       loại bỏ các phiên đã kết thúc (đã đăng xuất, bị thu hồi, hết hạn)

Cấu hình (tệp chỉ định bằng --config, rồi biến môi trường DANHGIA_SERVER_&lt;KEY&gt;, rồi --key; giá trị sau được ưu tiên):
</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No database: give --database CONNINFO or set DANHGIA_SERVER_DATABASE.</source>
        <translation>Chưa có cơ sở dữ liệu: hãy chỉ định --database CHUỖI_KẾT_NỐI hoặc đặt biến DANHGIA_SERVER_DATABASE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libsodium cannot start.</source>
        <translation>Không khởi động được thư viện libsodium.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot connect to the database %1: %2</source>
        <translation>Không kết nối được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schema migration %1 applied.</source>
        <translation>Đã áp dụng nâng cấp lược đồ %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is at schema version %1.</source>
        <translation>Cơ sở dữ liệu đang ở lược đồ phiên bản %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Không lắng nghe được trên %1:%2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the port file %1.</source>
        <translation>Không ghi được tệp cổng %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listening on %1:%2.</source>
        <translation>Đang lắng nghe trên %1:%2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database schema is not up to date; run danhgia-server migrate first.</source>
        <translation>Lược đồ cơ sở dữ liệu chưa được nâng cấp; hãy chạy danhgia-server migrate trước.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown command %1; see danhgia-server --help.</source>
        <translation>Lệnh %1 không xác định; xem danhgia-server --help.</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <location filename="../server/config/ServerConfig.cpp" line="+28"/>
        <source>a file of &quot;key = value&quot; lines (flags and the environment win)</source>
        <translation>tệp gồm các dòng &quot;khóa = giá trị&quot; (tham số dòng lệnh và biến môi trường được ưu tiên hơn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libpq connection string or URI of the PostgreSQL database</source>
        <translation>chuỗi kết nối libpq hoặc URI của cơ sở dữ liệu PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOST:PORT to listen on (port 0: any free port); default 127.0.0.1:8470</source>
        <translation>MÁY:CỔNG để lắng nghe (cổng 0: một cổng trống bất kỳ); mặc định 127.0.0.1:8470</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file where `serve` writes the port it listens on</source>
        <translation>tệp mà lệnh `serve` ghi số cổng đang lắng nghe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threads serving requests (default 2)</source>
        <translation>số luồng xử lý yêu cầu (mặc định 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open connections accepted at once (default 512)</source>
        <translation>số kết nối mở được chấp nhận cùng lúc (mặc định 512)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bytes of request headers (default 16384; more: 413)</source>
        <translation>số byte tối đa của phần đầu yêu cầu (mặc định 16384; vượt quá: 413)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bytes of a request body (default 8388608; more: 413)</source>
        <translation>số byte tối đa của nội dung yêu cầu (mặc định 8388608; vượt quá: 413)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milliseconds to receive a whole request, and to keep an idle connection (default 30000)</source>
        <translation>số mili giây để nhận xong một yêu cầu và để giữ một kết nối nhàn rỗi (mặc định 30000)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seconds an access token lives (default 900)</source>
        <translation>số giây hiệu lực của mã truy cập (mặc định 900)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds a refresh token lives (default 2592000)</source>
        <translation>số giây hiệu lực của mã làm mới (mặc định 2592000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed sign-ins of one login before it is locked (default 5)</source>
        <translation>số lần đăng nhập sai của một tài khoản trước khi bị tạm khóa (mặc định 5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed sign-ins from one address before it is locked (default 30)</source>
        <translation>số lần đăng nhập sai từ một địa chỉ trước khi bị tạm khóa (mặc định 30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how long a lock lasts (default 300)</source>
        <translation>thời gian tạm khóa, tính bằng giây (mặc định 300)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operations accepted in one push (default 1000)</source>
        <translation>số thao tác tối đa trong một lần gửi (mặc định 1000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes in one page of a pull (default 1000)</source>
        <translation>số thay đổi trong một trang khi nhận dữ liệu (mặc định 1000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true behind nginx: a client&apos;s address is the last of X-Forwarded-For (default false)</source>
        <translation>true khi chạy sau nginx: địa chỉ của máy trạm là địa chỉ cuối cùng trong X-Forwarded-For (mặc định false)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one log line per request on stderr: true or false</source>
        <translation>ghi một dòng nhật ký cho mỗi yêu cầu ra stderr: true hoặc false</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>The setting &quot;%1&quot; has a value that is not valid: &quot;%2&quot; (from %3).</source>
        <translation>Tham số cấu hình &quot;%1&quot; có giá trị không hợp lệ: &quot;%2&quot; (từ %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The configuration file %1 cannot be read.</source>
        <translation>Không đọc được tệp cấu hình %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %2 of the configuration file %1 is not &quot;key = value&quot;.</source>
        <translation>Dòng %2 của tệp cấu hình %1 không có dạng &quot;khóa = giá trị&quot;.</translation>
    </message>
</context>
<context>
    <name>ServerLinkStore</name>
    <message>
        <location filename="../core/storage/sync/ServerLinkStore.cpp" line="+30"/>
        <location line="+86"/>
        <source>cannot read the server the database is linked to: %1</source>
        <translation>không đọc được máy chủ mà cơ sở dữ liệu đã liên kết: %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>cannot link the database to the server: %1</source>
        <translation>không liên kết được cơ sở dữ liệu với máy chủ: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot record the sign-out in the database: %1</source>
        <translation>không ghi được việc đăng xuất vào cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot record how long the account may work offline: %1</source>
        <translation>không ghi được thời hạn làm việc ngoại tuyến của tài khoản: %1</translation>
    </message>
</context>
<context>
    <name>SheetContextStore</name>
    <message>
        <location filename="../core/storage/stores/SheetContextStore.cpp" line="+24"/>
        <source>cannot read the score sheet %1: %2</source>
        <translation>không đọc được phiếu chấm điểm %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the score sheet %1 is not in the database</source>
        <translation>phiếu chấm điểm %1 không có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the score sheet %1 has an unknown state &quot;%2&quot;</source>
        <translation>phiếu chấm điểm %1 có trạng thái không xác định &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot read the criteria set of the score sheet %1: %2</source>
        <translation>không đọc được bộ tiêu chí của phiếu chấm điểm %1: %2</translation>
    </message>
</context>
<context>
    <name>SheetEditCommand</name>
    <message>
        <location filename="../ui/sheet/SheetEditCommand.cpp" line="+21"/>
        <source>change of criterion %1</source>
        <translation>sửa giá trị tiêu chí %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appraisal of criterion %1</source>
        <translation>thẩm định tiêu chí %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No score sheet is open.</source>
        <translation>Chưa mở phiếu chấm điểm nào.</translation>
    </message>
</context>
<context>
    <name>SheetEditor</name>
    <message>
        <location filename="../core/storage/services/SheetEditor.cpp" line="+52"/>
        <source>The score sheet cannot be opened: %1.</source>
        <translation>Không mở được phiếu chấm điểm: %1.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The surveys of the campaign cannot be read: %1</source>
        <translation>Không đọc được các cuộc khảo sát của đợt đánh giá: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The values of the score sheet cannot be read: %1</source>
        <translation>Không đọc được các giá trị của phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The stored score sheet is damaged: %1</source>
        <translation>Phiếu chấm điểm đã lưu bị hỏng: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The other sheets of the campaign cannot be read: %1</source>
        <translation>Không đọc được các phiếu khác của đợt đánh giá: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 may not change the %2, which is entered by: %3.</source>
        <translation>%1 không có quyền sửa phần %2; vai trò có quyền nhập phần này: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 starts once the self-assessment has been submitted (the sheet is %2)</source>
        <translation>phần %1 chỉ bắt đầu sau khi phần tự đánh giá đã được gửi (phiếu đang ở trạng thái %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 cannot be changed: %2.</source>
        <translation>Không sửa được phần %1: %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The criteria set has no leaf criterion %1.</source>
        <translation>Bộ tiêu chí không có tiêu chí thành phần %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criterion %1 takes its points from the survey &quot;%2&quot;: they are written from the Surveys screen (Write the points into the sheets), not typed.</source>
        <translation>Tiêu chí %1 lấy điểm từ cuộc khảo sát &quot;%2&quot;: điểm được ghi từ màn hình Khảo sát (Ghi điểm vào phiếu), không nhập tay.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Criterion %1: a value of the %2 cannot be removed; set the value you accept instead.</source>
        <translation>Tiêu chí %1: không thể xóa giá trị ở phần %2; thay vào đó, hãy nhập giá trị được chấp nhận.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value of criterion %1 is not valid: %2.</source>
        <translation>Giá trị của tiêu chí %1 không hợp lệ: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criterion %1: the value of the %2 differs from the %3; give the reason for the change.</source>
        <translation>Tiêu chí %1: giá trị ở phần %2 khác với phần %3; hãy nêu lý do thay đổi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <location line="+115"/>
        <source>No score sheet is open.</source>
        <translation>Chưa mở phiếu chấm điểm nào.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The value of criterion %1 could not be saved: %2</source>
        <translation>Không lưu được giá trị của tiêu chí %1: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+102"/>
        <source>The explanation of criterion %1 could not be saved: %2.</source>
        <translation>Không lưu được nội dung giải trình của tiêu chí %1: %2.</translation>
    </message>
</context>
<context>
    <name>SheetHistory</name>
    <message>
        <location filename="../core/storage/queries/SheetHistory.cpp" line="+54"/>
        <location line="+104"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+104"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>cannot read the score sheets: %1</source>
        <translation>không đọc được các phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the score sheet %1 is not in the database</source>
        <translation>phiếu chấm điểm %1 không có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read the audit trail: %1</source>
        <translation>không đọc được nhật ký thay đổi: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>level %1</source>
        <translation>mức %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 of %n task(s) done</source>
        <translation>
            <numerusform>Đã hoàn thành %1 trên %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Evidence removed</source>
        <translation>Đã xóa tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence added</source>
        <translation>Đã thêm tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sheet created</source>
        <translation>Đã tạo phiếu</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n value(s)</source>
        <translation>
            <numerusform>%1, %n giá trị</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores changed</source>
        <translation>Đã thay đổi điểm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Explanation written</source>
        <translation>Đã ghi giải trình</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheet details changed</source>
        <translation>Đã thay đổi thông tin phiếu</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n more</source>
        <translation>
            <numerusform>và %n mục khác</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value changed</source>
        <translation>không có giá trị nào thay đổi</translation>
    </message>
</context>
<context>
    <name>SheetImportCommand</name>
    <message numerus="yes">
        <location filename="../ui/sheet/SheetImportCommand.cpp" line="+22"/>
        <source>import of %n criterion/criteria</source>
        <translation>
            <numerusform>nhập giá trị của %n tiêu chí</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No score sheet is open.</source>
        <translation>Chưa mở phiếu chấm điểm nào.</translation>
    </message>
</context>
<context>
    <name>SheetPrintoutSource</name>
    <message>
        <location filename="../core/storage/sources/SheetPrintoutSource.cpp" line="+61"/>
        <source>The score sheets of the campaign %1 cannot be read: %2</source>
        <translation>Không đọc được các phiếu chấm điểm của đợt đánh giá %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no campaign %1 in the database.</source>
        <translation>Không có đợt đánh giá %1 trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The units of the catalogue cannot be read: %1</source>
        <translation>Không đọc được các đơn vị trong danh mục: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The person of the score sheet cannot be read: %1</source>
        <translation>Không đọc được thông tin người được đánh giá của phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+111"/>
        <source>The values of the score sheet cannot be read: %1</source>
        <translation>Không đọc được các giá trị của phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>The stored score sheet %1 does not fit its criteria set: %2</source>
        <translation>Phiếu chấm điểm %1 đã lưu không phù hợp với bộ tiêu chí của phiếu: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The other sheets of the campaign cannot be read: %1</source>
        <translation>Không đọc được các phiếu khác của đợt đánh giá: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The audit trail cannot be read: %1</source>
        <translation>Không đọc được nhật ký thay đổi: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The comments of the score sheet cannot be read: %1</source>
        <translation>Không đọc được các ý kiến của phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The grade decided for the subject cannot be read: %1</source>
        <translation>Không đọc được mức xếp loại đã quyết định cho đối tượng: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The score sheet cannot be printed: %1.</source>
        <translation>Không in được phiếu chấm điểm: %1.</translation>
    </message>
</context>
<context>
    <name>SheetQueue</name>
    <message>
        <location filename="../core/storage/queries/SheetQueue.cpp" line="+123"/>
        <source>the score sheet %1 is not in the database</source>
        <translation>phiếu chấm điểm %1 không có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot read the score sheets: %1</source>
        <translation>không đọc được các phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the score sheet %1 has an unknown state &quot;%2&quot;</source>
        <translation>phiếu chấm điểm %1 có trạng thái không xác định &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>SheetRefusals</name>
    <message>
        <location filename="../core/storage/sync/SheetRefusals.cpp" line="+25"/>
        <source>cannot read the refused changes of the sheets: %1</source>
        <translation>không đọc được các thay đổi của phiếu bị máy chủ từ chối: %1</translation>
    </message>
</context>
<context>
    <name>SheetResults</name>
    <message>
        <location filename="../ui/sheet/SheetResults.cpp" line="+51"/>
        <location line="+12"/>
        <source>N/A</source>
        <translation>Không áp dụng</translation>
    </message>
</context>
<context>
    <name>SheetRules</name>
    <message>
        <location filename="../server/service/SheetRules.cpp" line="+137"/>
        <source>Only a draft score sheet can be deleted.</source>
        <translation>Chỉ được xóa phiếu chấm điểm còn là dự thảo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No unit or person with the code %1 is known to this account.</source>
        <translation>Tài khoản này không có đơn vị hoặc người nào mang mã %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+52"/>
        <source>a stage is self, appraised or final</source>
        <translation>giai đoạn phải là self (tự đánh giá), appraised (thẩm định) hoặc final (cuối cùng)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The campaign, the subject and the period of a score sheet cannot change.</source>
        <translation>Không được thay đổi đợt đánh giá, đối tượng và kỳ đánh giá của phiếu chấm điểm.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>not a state of a score sheet</source>
        <translation>không phải là trạng thái của phiếu chấm điểm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No workflow action moves a score sheet from %1 to %2.</source>
        <translation>Không có bước xử lý nào chuyển phiếu chấm điểm từ trạng thái %1 sang %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+51"/>
        <source>The criteria set of the campaign cannot be read.</source>
        <translation>Không đọc được bộ tiêu chí của đợt đánh giá.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The action %1 moves the sheet to %2, not to %3.</source>
        <translation>Thao tác %1 chuyển phiếu sang trạng thái %2, không phải %3.</translation>
    </message>
</context>
<context>
    <name>SheetScorer</name>
    <message>
        <location filename="../core/rules/scoring/SheetScorer.cpp" line="+26"/>
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
        <location filename="../core/rules/workflow/SheetState.cpp" line="+42"/>
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
        <location filename="../core/storage/stores/SheetStore.cpp" line="+177"/>
        <source>the score sheet of %1 (%2) cannot change: %3</source>
        <translation>phiếu chấm điểm của %1 (%2) không thể thay đổi: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the sheet&apos;s values: %1</source>
        <translation>không đọc được các giá trị của phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>the stored sheet of %1 has a value of an unknown stage &quot;%2&quot;</source>
        <translation>phiếu chấm điểm đã lưu của %1 có giá trị thuộc giai đoạn không xác định &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/storage/services/SurveyPointsWriter.cpp" line="+243"/>
        <location filename="../core/storage/stores/SheetStore.cpp" line="-154"/>
        <location line="+23"/>
        <location line="+13"/>
        <source>cannot write the sheet&apos;s values: %1</source>
        <translation>không ghi được các giá trị của phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/stores/SheetStore.cpp" line="+35"/>
        <source>the criterion %1 has no self-assessed value to explain</source>
        <translation>tiêu chí %1 chưa có giá trị tự đánh giá để giải trình</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot write the explanation: %1</source>
        <translation>không ghi được nội dung giải trình: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/services/SurveyPointsWriter.cpp" line="-96"/>
        <location line="+41"/>
        <location line="+27"/>
        <location filename="../core/storage/stores/SheetStore.cpp" line="+28"/>
        <source>cannot read the score sheets: %1</source>
        <translation>không đọc được các phiếu chấm điểm: %1</translation>
    </message>
    <message>
        <location line="+129"/>
        <location filename="../core/storage/stores/SheetStore.cpp" line="+58"/>
        <source>the stored sheet of %1 is damaged: %2</source>
        <translation>phiếu chấm điểm đã lưu của %1 bị hỏng: %2</translation>
    </message>
</context>
<context>
    <name>SheetTransitions</name>
    <message>
        <location filename="../core/storage/services/SheetTransitions.cpp" line="+64"/>
        <source>the score sheet %1 is not in the database</source>
        <translation>phiếu chấm điểm %1 không có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the score sheet %1 has an unknown state &quot;%2&quot;</source>
        <translation>phiếu chấm điểm %1 có trạng thái không xác định &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the new state could not be written: %1</source>
        <translation>không ghi được trạng thái mới: %1</translation>
    </message>
</context>
<context>
    <name>SheetValueStore</name>
    <message>
        <location filename="../core/storage/stores/SheetValueStore.cpp" line="+95"/>
        <source>the value of criterion %1 has an unknown stage &quot;%2&quot;</source>
        <translation>giá trị của tiêu chí %1 thuộc giai đoạn không xác định &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The value of criterion %1 could not be saved: %2</source>
        <translation>Không lưu được giá trị của tiêu chí %1: %2</translation>
    </message>
</context>
<context>
    <name>SheetValuesImport</name>
    <message>
        <location filename="../core/storage/services/SheetValuesImport.cpp" line="+43"/>
        <source>criterion %1 has no self-assessed value to explain: give its value on the same row</source>
        <translation>tiêu chí %1 chưa có giá trị tự đánh giá để giải trình: hãy ghi giá trị trên cùng dòng</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>criterion %1: %2</source>
        <translation>tiêu chí %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing can be imported: %1</source>
        <translation>Không nhập được gì: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) refused: nothing will be written until the file is corrected (see the rows marked &quot;Refused&quot;).</source>
        <translation>
            <numerusform>Có %n dòng bị từ chối: chưa ghi gì cho đến khi tệp được sửa (xem các dòng &quot;Từ chối&quot;).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file changes nothing in this sheet: every value it gives is already there.</source>
        <translation>Tệp không thay đổi gì trong phiếu này: mọi giá trị trong tệp đã có sẵn.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n criterion/criteria will be written; %1 unchanged; %2 without a value.</source>
        <translation>
            <numerusform>Sẽ ghi %n tiêu chí; %1 không đổi; %2 không có giá trị.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetValuesTable</name>
    <message>
        <location filename="../core/rules/scoring/SheetValuesTable.cpp" line="+67"/>
        <source>The header row (row %1) has no column %2. The file needs a column &quot;Mã tiêu chí&quot; and a column &quot;Giá trị&quot; (and may have &quot;Giải trình&quot;).</source>
        <translation>Dòng tiêu đề (dòng %1) không có cột %2. Tệp cần một cột &quot;Mã tiêu chí&quot; và một cột &quot;Giá trị&quot; (có thể thêm cột &quot;Giải trình&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> nor </source>
        <translation> và cột </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>criterion %1 is already on row %2</source>
        <translation>tiêu chí %1 đã có ở dòng %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the row has no criterion code</source>
        <translation>dòng không có mã tiêu chí</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>criterion %1 is not in the criteria set of the sheet</source>
        <translation>tiêu chí %1 không có trong bộ tiêu chí của phiếu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a group of criteria: its points are the sum of its criteria, it takes no value</source>
        <translation>%1 là nhóm tiêu chí: điểm của nhóm là tổng điểm các tiêu chí trong nhóm, không ghi giá trị</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>criterion %1: %2</source>
        <translation>tiêu chí %1: %2</translation>
    </message>
</context>
<context>
    <name>SheetWorkflow</name>
    <message>
        <location filename="../core/rules/workflow/SheetWorkflow.cpp" line="+85"/>
        <source>the sheet is %1; its scores can no longer change unless it is reopened</source>
        <translation>phiếu đang ở trạng thái &quot;%1&quot;; điểm không thể thay đổi nữa trừ khi phiếu được mở lại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the self-assessment can only change while the sheet is a draft (it is %1)</source>
        <translation>phần tự đánh giá chỉ được sửa khi phiếu còn là dự thảo (phiếu đang ở trạng thái &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+84"/>
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
    <name>SignOutCommand</name>
    <message>
        <location filename="../app/cli/SignOutCommand.cpp" line="+20"/>
        <source>Usage: danhgia-cli signout --db FILE [--server URL] [--user LOGIN]

Signs out of the provincial server: the saved sign-in is revoked on the server and deleted
from this computer&apos;s keychain; the database may no longer be used offline as the account
until the next sign-in. The server and the login are those of the database&apos;s link unless
given.

Exit status: 0 signed out; 2 wrong command line; 3 the database cannot be opened;
5 the server could not be reached (the sign-in is deleted from this computer all the same).
</source>
        <translation>Cách dùng: danhgia-cli signout --db TỆP [--server ĐỊA_CHỈ] [--user TÊN_ĐĂNG_NHẬP]

Đăng xuất khỏi máy chủ tỉnh: phiên đăng nhập đã lưu bị thu hồi trên máy chủ và bị xóa
khỏi kho khóa bảo mật của máy này; cơ sở dữ liệu không còn được dùng khi không có mạng
dưới tài khoản đó cho đến lần đăng nhập sau. Máy chủ và tên đăng nhập là của liên kết
trong cơ sở dữ liệu, trừ khi được chỉ định.

Mã thoát: 0 đã đăng xuất; 2 dòng lệnh sai; 3 không mở được cơ sở dữ liệu;
5 không kết nối được máy chủ (phiên đăng nhập vẫn được xóa khỏi máy này).
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>danhgia-cli: %1</source>
        <translation>danhgia-cli: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>danhgia-cli: the server could not revoke the sign-in: %1</source>
        <translation>danhgia-cli: máy chủ không thu hồi được phiên đăng nhập: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed out of %1 as %2.
</source>
        <translation>Đã đăng xuất tài khoản %2 khỏi %1.
</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <location filename="../core/storage/database/SqliteStatement.cpp" line="+21"/>
        <source>the database is not open</source>
        <translation>cơ sở dữ liệu chưa được mở</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the SQLite library of the database driver (%1) is not the one this program was built with (%2)</source>
        <translation>thư viện SQLite của trình điều khiển cơ sở dữ liệu (%1) không phải là phiên bản đã dùng để biên dịch chương trình này (%2)</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <location filename="../core/rules/workflow/Stage.cpp" line="+37"/>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraisal</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final assessment</source>
        <translation>Đánh giá cuối cùng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>self-assessment</source>
        <translation>tự đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appraisal</source>
        <translation>thẩm định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>final assessment</source>
        <translation>đánh giá cuối cùng</translation>
    </message>
</context>
<context>
    <name>StoredDocumentSettings</name>
    <message>
        <location filename="../core/storage/stores/StoredDocumentSettings.cpp" line="+22"/>
        <source>cannot read the units: %1</source>
        <translation>không đọc được danh sách đơn vị: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no unit with the code &quot;%1&quot;</source>
        <translation>không có đơn vị nào mang mã &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read the document settings: %1</source>
        <translation>không đọc được thiết lập văn bản: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the document settings of the unit %1 are damaged (%2)</source>
        <translation>thiết lập văn bản của đơn vị %1 bị hỏng (%2)</translation>
    </message>
</context>
<context>
    <name>SubmissionReadiness</name>
    <message>
        <location filename="../core/rules/workflow/SubmissionReadiness.cpp" line="+20"/>
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
    <name>SurveyDefinitionValidator</name>
    <message numerus="yes">
        <location filename="../core/rules/scoring/SurveyDefinitionValidator.cpp" line="+20"/>
        <source>%n questionnaire(s) are recorded with this survey&apos;s questions</source>
        <translation>
            <numerusform>đã có %n phiếu khảo sát được nhập theo các câu hỏi của cuộc khảo sát này</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the number of questions can no longer change (it is %2); reword the questions or change the coefficients only</source>
        <translation>%1: không được thay đổi số câu hỏi nữa (hiện là %2); chỉ được sửa lời câu hỏi hoặc sửa hệ số</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 must keep its %3 answer options; reword them or change their coefficients only</source>
        <translation>%1: %2 phải giữ đủ %3 phương án trả lời; chỉ được sửa lời các phương án hoặc sửa hệ số</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the survey needs a title</source>
        <translation>cuộc khảo sát cần có tiêu đề</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no text</source>
        <translation>%1 chưa có nội dung câu hỏi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the survey feeds no criterion: choose at least one criterion of the criteria set “%1”</source>
        <translation>cuộc khảo sát chưa cho điểm tiêu chí nào: hãy chọn ít nhất một tiêu chí của bộ tiêu chí “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>criterion %1 is chosen more than once</source>
        <translation>tiêu chí %1 được chọn nhiều lần</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the criteria set %1 of the campaign has no criterion %2</source>
        <translation>bộ tiêu chí %1 của đợt đánh giá không có tiêu chí %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>criterion %1 is a group; a survey feeds a leaf criterion</source>
        <translation>tiêu chí %1 là một nhóm; khảo sát chỉ cho điểm tiêu chí thành phần (tiêu chí lá)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>criterion %1 is scored by the %2 method; a survey feeds only a criterion scored by points or linear</source>
        <translation>tiêu chí %1 được chấm theo phương pháp %2; khảo sát chỉ cho điểm tiêu chí chấm theo điểm (points) hoặc theo tỷ lệ tuyến tính (linear)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the planned sample per unit cannot be negative (it is %1)</source>
        <translation>số phiếu theo kế hoạch của mỗi đơn vị không được âm (đang là %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the planned sample of unit %1 cannot be negative (it is %2)</source>
        <translation>số phiếu theo kế hoạch của đơn vị %1 không được âm (đang là %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the population of unit %1 cannot be negative (it is %2)</source>
        <translation>quy mô tổng thể của đơn vị %1 không được âm (đang là %2)</translation>
    </message>
</context>
<context>
    <name>SurveyListings</name>
    <message>
        <location filename="../core/storage/queries/SurveyListings.cpp" line="+17"/>
        <source>cannot read the list of surveys: %1</source>
        <translation>không đọc được danh sách cuộc khảo sát: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>cannot read the units of the campaign %1: %2</source>
        <translation>không đọc được các đơn vị của đợt đánh giá %1: %2</translation>
    </message>
</context>
<context>
    <name>SurveyPointsWriter</name>
    <message>
        <location filename="../core/storage/services/SurveyPointsWriter.cpp" line="-257"/>
        <source>the survey “%1” feeds no criterion</source>
        <translation>cuộc khảo sát “%1” chưa cho điểm tiêu chí nào</translation>
    </message>
    <message numerus="yes">
        <location line="+174"/>
        <source>Sociological survey points “%1”: %n valid questionnaire(s); %2 is their mean coefficient (about %3), and %3 × %4 points at most = %5 points</source>
        <translation>
            <numerusform>Điểm điều tra xã hội học “%1”: %n phiếu khảo sát hợp lệ; %2 là hệ số bình quân của các phiếu (khoảng %3); %3 × %4 điểm tối đa = %5 điểm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>no valid questionnaire (%n entered)</source>
        <translation>
            <numerusform>không có phiếu khảo sát hợp lệ nào (đã nhập %n phiếu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>Sociological survey points “%1”: %n valid questionnaire(s); their mean coefficient is about %2, and %2 × %3 points at most = %4 points</source>
        <translation>
            <numerusform>Điểm điều tra xã hội học “%1”: %n phiếu khảo sát hợp lệ; hệ số bình quân của các phiếu khoảng %2; %2 × %3 điểm tối đa = %4 điểm</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the self-assessment is still a draft; apply the survey again once the sheet is submitted</source>
        <translation>phần tự đánh giá vẫn đang là dự thảo; hãy áp dụng lại kết quả khảo sát sau khi phiếu đã được gửi</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>the survey criterion %1 uses the %2 method; survey points can be written only to a criterion scored by points or linear</source>
        <translation>tiêu chí khảo sát %1 dùng phương pháp %2; điểm khảo sát chỉ ghi được vào tiêu chí chấm theo phương pháp chấm điểm (points) hoặc tỷ lệ (linear)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the unit has no score sheet in the campaign %1</source>
        <translation>đơn vị không có phiếu chấm điểm trong đợt đánh giá %1</translation>
    </message>
</context>
<context>
    <name>SurveyQuestionnaire</name>
    <message>
        <location filename="../core/rules/scoring/SurveyScoring.cpp" line="+72"/>
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
    <name>SurveySample</name>
    <message>
        <location filename="../core/rules/scoring/SurveySample.cpp" line="+13"/>
        <source>the population size must be a whole number of at least 1 (it is %1)</source>
        <translation>quy mô tổng thể phải là số nguyên từ 1 trở lên (đang là %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the margin of error must be above 0 and below 1 (5% is 0.05; it is %1)</source>
        <translation>sai số cho phép phải lớn hơn 0 và nhỏ hơn 1 (5% là 0,05; đang là %1)</translation>
    </message>
</context>
<context>
    <name>SurveyScoring</name>
    <message>
        <location filename="../core/rules/scoring/SurveyScoring.cpp" line="+11"/>
        <source>the questionnaire has %1 answers but the survey has %2 questions</source>
        <translation>phiếu có %1 câu trả lời nhưng cuộc khảo sát có %2 câu hỏi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the answer %2 is not one of its %3 options (1 to %3, or blank)</source>
        <translation>%1: câu trả lời %2 không thuộc %3 phương án của câu hỏi (từ 1 đến %3, hoặc để trống)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the questionnaire has no answer (every question is blank): a blank questionnaire is not counted; enter the option chosen for at least one question</source>
        <translation>phiếu không có câu trả lời nào (tất cả câu hỏi đều bỏ trống): phiếu để trống toàn bộ không được tính là phiếu khảo sát; hãy nhập phương án đã chọn cho ít nhất một câu hỏi</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>the criterion %1 cannot be given exactly %2 points</source>
        <translation>không thể cho tiêu chí %1 đúng %2 điểm</translation>
    </message>
</context>
<context>
    <name>SurveyStore</name>
    <message>
        <location filename="../core/storage/services/SurveyPointsWriter.cpp" line="-392"/>
        <location filename="../core/storage/stores/SurveyStore.cpp" line="+83"/>
        <source>the criteria set %1 of the campaign %2 has no criterion %3</source>
        <translation>bộ tiêu chí %1 của đợt đánh giá %2 không có tiêu chí %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/storage/stores/SurveyStore.cpp" line="+5"/>
        <source>the criterion %1 is a group; a survey scores a leaf criterion</source>
        <translation>tiêu chí %1 là nhóm tiêu chí; khảo sát chỉ chấm điểm cho tiêu chí thành phần</translation>
    </message>
    <message>
        <location filename="../core/storage/stores/SurveyStore.cpp" line="+36"/>
        <source>there is no questionnaire %1 any more</source>
        <translation>phiếu khảo sát %1 không còn trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+51"/>
        <source>there is no survey %1</source>
        <translation>không có cuộc khảo sát %1</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>criterion %1 is already fed by the survey “%2” of this campaign</source>
        <translation>tiêu chí %1 đã được cuộc khảo sát “%2” của đợt đánh giá này cho điểm</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+21"/>
        <source>cannot read the surveys: %1</source>
        <translation>không đọc được các cuộc khảo sát: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>there is no unit with the code %1</source>
        <translation>không có đơn vị nào mang mã %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+49"/>
        <source>cannot write the questionnaire: %1</source>
        <translation>không ghi được phiếu khảo sát: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot delete the questionnaire: %1</source>
        <translation>không xóa được phiếu khảo sát: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/queries/SurveyListings.cpp" line="-22"/>
        <location filename="../core/storage/services/SurveyPointsWriter.cpp" line="+27"/>
        <location filename="../core/storage/stores/SurveyStore.cpp" line="-275"/>
        <location line="+298"/>
        <source>cannot read the questionnaires: %1</source>
        <translation>không đọc được các phiếu khảo sát: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/services/SurveyPointsWriter.cpp" line="+7"/>
        <location filename="../core/storage/stores/SurveyStore.cpp" line="+38"/>
        <source>a questionnaire of the survey “%1” no longer fits its questions: %2</source>
        <translation>một phiếu của cuộc khảo sát “%1” không còn khớp với các câu hỏi: %2</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="+47"/>
        <source>Usage: danhgia-cli sync --db FILE [--server URL] [--user LOGIN]

Signs in to the provincial server, sends the changes of the database that the server has
not answered yet, receives the changes made elsewhere, and prints a summary: sent,
applied, refused (with the server&apos;s reasons), conflicts, received.
The server and the login are those of the database&apos;s link (its last sync) unless given.
The sign-in saved in this computer&apos;s keychain is used when there is one; else the
password is read from DANHGIA_PASSWORD, else from the first line of standard input, and
the new sign-in is saved in the keychain (never in a file).

Exit status: 0 done; 2 wrong command line; 3 the database cannot be opened;
4 done, but conflicts or refused changes wait for a decision; 5 the server could not be
reached or the sync did not finish (what was saved stays saved; run it again);
6 the server refused the sign-in.
</source>
        <translation>Cách dùng: danhgia-cli sync --db TỆP [--server ĐỊA_CHỈ] [--user TÊN_ĐĂNG_NHẬP]

Đăng nhập máy chủ tỉnh, gửi các thay đổi của cơ sở dữ liệu mà máy chủ chưa trả lời,
nhận các thay đổi được thực hiện ở nơi khác, rồi in bản tóm tắt: đã gửi, được chấp nhận,
bị từ chối (kèm lý do của máy chủ), xung đột, đã nhận.
Máy chủ và tên đăng nhập là của liên kết trong cơ sở dữ liệu (lần đồng bộ trước), trừ khi được chỉ định.
Nếu kho khóa bảo mật của máy này có phiên đăng nhập đã lưu thì dùng phiên đó; nếu không,
mật khẩu được đọc từ biến DANHGIA_PASSWORD, hoặc từ dòng đầu của đầu vào chuẩn, và
phiên đăng nhập mới được lưu vào kho khóa bảo mật (không bao giờ vào tệp).

Mã thoát: 0 hoàn tất; 2 dòng lệnh sai; 3 không mở được cơ sở dữ liệu;
4 hoàn tất, nhưng còn xung đột hoặc thay đổi bị từ chối chờ quyết định; 5 không kết nối được
máy chủ hoặc đồng bộ chưa xong (những gì đã lưu vẫn được giữ; hãy chạy lại);
6 máy chủ từ chối đăng nhập.
</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no password: set DANHGIA_PASSWORD or write it on standard input</source>
        <translation>chưa có mật khẩu: hãy đặt biến DANHGIA_PASSWORD hoặc nhập mật khẩu qua đầu vào chuẩn (standard input)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+10"/>
        <source>danhgia-cli: %1</source>
        <translation>danhgia-cli: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>danhgia-cli: the sign-in is not kept: %1</source>
        <translation>danhgia-cli: phiên đăng nhập không được lưu lại: %1</translation>
    </message>
</context>
<context>
    <name>SyncLogStore</name>
    <message>
        <location filename="../core/storage/sync/SyncLogStore.cpp" line="+51"/>
        <source>cannot read the refused changes: %1</source>
        <translation>không đọc được các thay đổi bị máy chủ từ chối: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Score sheet of %1 (%2)</source>
        <translation>Phiếu chấm điểm của %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot record the sync in the log: %1</source>
        <translation>không ghi được lần đồng bộ vào nhật ký: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot record a refusal in the sync log: %1</source>
        <translation>không ghi được thay đổi bị từ chối vào nhật ký đồng bộ: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot forget the oldest syncs of the log: %1</source>
        <translation>không xóa được các lần đồng bộ cũ nhất khỏi nhật ký: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+25"/>
        <source>cannot read the sync log: %1</source>
        <translation>không đọc được nhật ký đồng bộ: %1</translation>
    </message>
</context>
<context>
    <name>SyncOutbox</name>
    <message>
        <location filename="../core/storage/sync/SyncOutbox.cpp" line="+105"/>
        <location line="+16"/>
        <location line="+26"/>
        <location line="+26"/>
        <location line="+12"/>
        <location line="+16"/>
        <source>cannot read the outbox: %1</source>
        <translation>không đọc được hàng đợi thay đổi chờ gửi: %1</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>the outbox names an unknown table &quot;%1&quot;</source>
        <translation>hàng đợi thay đổi chờ gửi ghi một bảng không xác định &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the row %1 of %2 that this change names no longer exists</source>
        <translation>dòng %1 của bảng %2 mà thay đổi này nhắc đến không còn tồn tại</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>cannot record the outcome of a change: %1</source>
        <translation>không ghi được kết quả của một thay đổi: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>cannot record the server&apos;s outcomes: %1</source>
        <translation>không ghi được kết quả do máy chủ trả về: %1</translation>
    </message>
</context>
<context>
    <name>SyncStateStore</name>
    <message>
        <location filename="../core/storage/sync/SyncStateStore.cpp" line="+12"/>
        <source>cannot read the sync state: %1</source>
        <translation>không đọc được trạng thái đồng bộ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the sync state: the database has none</source>
        <translation>không đọc được trạng thái đồng bộ: cơ sở dữ liệu chưa có</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot save the sync cursor: %1</source>
        <translation>không lưu được mốc đồng bộ: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot save the time of the sync: %1</source>
        <translation>không lưu được thời điểm đồng bộ: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusReader</name>
    <message>
        <location filename="../core/storage/sync/SyncStatusReader.cpp" line="+17"/>
        <source>cannot read the state of the sync: %1</source>
        <translation>không đọc được tình trạng đồng bộ: %1</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <location filename="../core/sync/engine/SyncSummary.cpp" line="+8"/>
        <source>Sent: %1 changes (applied: %2, refused: %3, conflicts: %4).</source>
        <translation>Đã gửi: %1 thay đổi (được chấp nhận: %2, bị từ chối: %3, xung đột: %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received: %1 changes.</source>
        <translation>Đã nhận: %1 thay đổi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence files: %1 sent, %2 received, %3 to try again.</source>
        <translation>Tệp minh chứng: đã gửi %1, đã nhận %2, %3 tệp sẽ thử lại.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server asked for a full synchronisation: everything was received again; the changes not yet sent were kept.</source>
        <translation>Máy chủ yêu cầu đồng bộ lại toàn bộ: toàn bộ dữ liệu đã được nhận lại; các thay đổi chưa gửi vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 received rows wait for the rows they refer to.</source>
        <translation>%1 dòng dữ liệu đã nhận đang chờ các dòng dữ liệu mà chúng tham chiếu đến.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not applied: %1: %2</source>
        <translation>Không áp dụng: %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The synchronisation was cancelled; what was saved stays saved.</source>
        <translation>Đã hủy đồng bộ; những gì đã lưu vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The synchronisation did not finish: %1</source>
        <translation>Đồng bộ chưa hoàn tất: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts wait for a decision: the local and the server&apos;s versions are both kept.</source>
        <translation>Có xung đột đang chờ quyết định: cả phiên bản trên máy này và phiên bản trên máy chủ đều được giữ lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The synchronisation finished.</source>
        <translation>Đồng bộ đã hoàn tất.</translation>
    </message>
</context>
<context>
    <name>SyncTarget</name>
    <message>
        <location filename="../app/cli/SyncTarget.cpp" line="+17"/>
        <source>danhgia-cli: %1</source>
        <translation>danhgia-cli: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing --server URL: the database is not linked to a server yet</source>
        <translation>thiếu --server ĐỊA_CHỈ: cơ sở dữ liệu chưa liên kết với máy chủ nào</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--server &quot;%1&quot; is not an http:// or https:// address</source>
        <translation>--server &quot;%1&quot; không phải là địa chỉ http:// hoặc https://</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the database is linked to the server %1, not %2</source>
        <translation>cơ sở dữ liệu đã liên kết với máy chủ %1, không phải %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing --user LOGIN: the database is not linked to an account yet</source>
        <translation>thiếu --user TÊN_ĐĂNG_NHẬP: cơ sở dữ liệu chưa liên kết với tài khoản nào</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>tham số không mong đợi &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SyncedEntities</name>
    <message>
        <location filename="../core/rules/workflow/SyncedEntities.cpp" line="+45"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score sheet</source>
        <translation>Phiếu chấm điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence file</source>
        <translation>Tệp minh chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council</source>
        <translation>Hội đồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey response</source>
        <translation>Phiếu khảo sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade decision</source>
        <translation>Quyết định xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document settings</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraisal council</source>
        <translation>Hội đồng thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact affecting a grade</source>
        <translation>Yếu tố ảnh hưởng xếp loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interview examination</source>
        <translation>Phần thi sát hạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised quota ceiling</source>
        <translation>Trần tỷ lệ được nâng</translation>
    </message>
</context>
<context>
    <name>SyncedTable</name>
    <message>
        <location filename="../core/storage/database/SyncedTable.cpp" line="+95"/>
        <location line="+21"/>
        <source>cannot read %1: %2</source>
        <translation>không đọc được bảng %1: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+39"/>
        <source>cannot write %1: %2</source>
        <translation>không ghi được vào bảng %1: %2</translation>
    </message>
</context>
<context>
    <name>TabularReader</name>
    <message>
        <location filename="../core/tabular/TabularReader.cpp" line="+65"/>
        <location filename="../core/tabular/XlsReader.cpp" line="+65"/>
        <source>The file &quot;%1&quot; cannot be opened: %2</source>
        <translation>Không mở được tệp &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/tabular/XlsReader.cpp" line="+8"/>
        <source>The file &quot;%1&quot; cannot be read: %2</source>
        <translation>Không đọc được tệp &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+70"/>
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
    <name>TaskListTable</name>
    <message>
        <location filename="../core/rules/scoring/TaskListTable.cpp" line="+64"/>
        <source>The header row (row %1) has no column &quot;Nhiệm vụ&quot;. The file needs a column &quot;Nhiệm vụ&quot; and may have &quot;Hệ số&quot;, &quot;Hoàn thành&quot;, &quot;Lỗi chất lượng&quot;, &quot;Chậm tiến độ&quot; and &quot;Có lý do khách quan&quot;.</source>
        <translation>Dòng tiêu đề (dòng %1) không có cột &quot;Nhiệm vụ&quot;. Tệp cần một cột &quot;Nhiệm vụ&quot; và có thể có các cột &quot;Hệ số&quot;, &quot;Hoàn thành&quot;, &quot;Lỗi chất lượng&quot;, &quot;Chậm tiến độ&quot;, &quot;Có lý do khách quan&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file has %1 tasks; a task list holds at most %2.</source>
        <translation>Tệp có %1 nhiệm vụ; một danh sách nhiệm vụ có tối đa %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the task has no title</source>
        <translation>nhiệm vụ chưa có tên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the coefficient &quot;%1&quot; is not %2</source>
        <translation>hệ số &quot;%1&quot; không hợp lệ: hệ số phải %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; in %2 is neither yes (&quot;có&quot;) nor no (&quot;không&quot;)</source>
        <translation>&quot;%1&quot; ở cột %2 không phải &quot;có&quot; hay &quot;không&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; in %2 is not %3</source>
        <translation>&quot;%1&quot; ở cột %2 không phải là %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;Hoàn thành&quot;</source>
        <translation>&quot;Hoàn thành&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Lỗi chất lượng&quot;</source>
        <translation>&quot;Lỗi chất lượng&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Chậm tiến độ&quot;</source>
        <translation>&quot;Chậm tiến độ&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;Có lý do khách quan&quot;</source>
        <translation>&quot;Có lý do khách quan&quot;</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <location filename="../core/sync/credentials/TokenVault.cpp" line="+108"/>
        <source>The keychain of this computer did not answer within %1 seconds.</source>
        <translation>Kho khóa bảo mật của máy này không phản hồi trong %1 giây.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keychain of this computer refused access (%1).</source>
        <translation>Kho khóa bảo mật của máy này từ chối truy cập (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no keychain service (%1).</source>
        <translation>Máy này không có dịch vụ kho khóa bảo mật (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain of this computer cannot be used (%1).</source>
        <translation>Không dùng được kho khóa bảo mật của máy này (%1).</translation>
    </message>
</context>
<context>
    <name>UnitClassification</name>
    <message>
        <location filename="../core/storage/queries/UnitClassification.cpp" line="+111"/>
        <source>cannot read the campaigns: %1</source>
        <translation>không đọc được danh sách đợt đánh giá: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read the grade decisions: %1</source>
        <translation>không đọc được các quyết định xếp loại: %1</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../app/cli/ValidateCommand.cpp" line="+13"/>
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
        <location line="+8"/>
        <source>Quota counted within each: %1</source>
        <translation>Tỷ lệ tối đa tính trong từng: %1</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../core/rules/criteria/ValidationIssue.cpp" line="+11"/>
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
        <location filename="../core/rules/workflow/WorkflowAction.cpp" line="+44"/>
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
    <name>XlsReader</name>
    <message>
        <location filename="../core/tabular/XlsReader.cpp" line="-45"/>
        <source>The file &quot;%1&quot; cannot be read as an Excel 97-2003 workbook (.xls) (FreeXL error %2). It may be damaged. Open it in Excel and save it as an Excel Workbook (.xlsx) or as CSV UTF-8.</source>
        <translation>Không đọc được tệp &quot;%1&quot; dưới dạng sổ làm việc Excel 97-2003 (.xls) (lỗi FreeXL %2). Tệp có thể bị hỏng. Hãy mở tệp trong Excel và lưu dưới dạng Excel Workbook (.xlsx) hoặc CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The file &quot;%1&quot; is a workbook protected with a password, or not a workbook at all, and cannot be read. Open it in Excel and save it as an Excel Workbook (.xlsx) without a password, or as CSV UTF-8.</source>
        <translation>Không đọc được tệp &quot;%1&quot;: tệp là sổ làm việc được bảo vệ bằng mật khẩu hoặc hoàn toàn không phải là sổ làm việc. Hãy mở tệp trong Excel và lưu dưới dạng Excel Workbook (.xlsx) không đặt mật khẩu, hoặc dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file &quot;%1&quot; is protected with a password, which cannot be read. Open it in Excel and save it as an Excel Workbook (.xlsx) without a password, or as CSV UTF-8.</source>
        <translation>Tệp &quot;%1&quot; được bảo vệ bằng mật khẩu nên không đọc được. Hãy mở tệp trong Excel và lưu dưới dạng Excel Workbook (.xlsx) không đặt mật khẩu, hoặc dưới dạng CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The sheet &quot;%2&quot; of the file &quot;%1&quot; cannot be read at the cell %3 (FreeXL error %4).</source>
        <translation>Không đọc được trang tính &quot;%2&quot; của tệp &quot;%1&quot; tại ô %3 (lỗi FreeXL %4).</translation>
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
        <location filename="../core/tabular/XlsReader.cpp" line="-28"/>
        <location filename="../core/tabular/XlsxReader.cpp" line="+70"/>
        <source>The file &quot;%1&quot; has no worksheet.</source>
        <translation>Tệp &quot;%1&quot; không có trang tính nào.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/tabular/XlsxReader.cpp" line="+8"/>
        <source>The file &quot;%1&quot; has no sheet named &quot;%2&quot;; its sheets are %3.</source>
        <translation>Tệp &quot;%1&quot; không có trang tính nào tên là &quot;%2&quot;; các trang tính của tệp là %3.</translation>
    </message>
    <message>
        <location filename="../core/tabular/XlsxReader.cpp" line="+5"/>
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
    <name>danhgia::AccountSignIn</name>
    <message>
        <location filename="../core/sync/credentials/AccountSignIn.cpp" line="+33"/>
        <source>The sign-in cannot be kept on this computer: %1 The password is asked at each sign-in.</source>
        <translation>Không thể lưu phiên đăng nhập trên máy này: %1 Mật khẩu sẽ được hỏi ở mỗi lần đăng nhập.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No saved sign-in for %1 on this computer.</source>
        <translation>Máy này chưa lưu phiên đăng nhập nào của %1.</translation>
    </message>
</context>
<context>
    <name>danhgia::BatchDocumentExport</name>
    <message>
        <location filename="../ui/documents/BatchDocumentExport.cpp" line="+38"/>
        <source>An export of score sheets is running already.</source>
        <translation>Một lượt xuất phiếu chấm điểm khác đang chạy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 does not exist.</source>
        <translation>Cơ sở dữ liệu %1 không tồn tại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
</context>
<context>
    <name>danhgia::ServerConnection</name>
    <message>
        <location filename="../core/sync/network/ServerConnection.cpp" line="+51"/>
        <source>Sign-in to the server failed: %1</source>
        <translation>Đăng nhập vào máy chủ không thành công: %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The server&apos;s answer to the sign-in has no access token.</source>
        <translation>Phản hồi đăng nhập của máy chủ không có mã truy cập.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The sign-out could not reach the server: %1</source>
        <translation>Không kết nối được máy chủ để đăng xuất: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sign in to the server first.</source>
        <translation>Hãy đăng nhập vào máy chủ trước.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The server did not say who the account is: %1</source>
        <translation>Máy chủ không cho biết thông tin tài khoản: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The server no longer accepts the saved sign-in: %1</source>
        <translation>Máy chủ không còn chấp nhận phiên đăng nhập đã lưu: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+11"/>
        <source>The synchronisation was cancelled.</source>
        <translation>Đã hủy đồng bộ.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The server&apos;s answer was cut off after %1 of its %2 bytes.</source>
        <translation>Câu trả lời của máy chủ bị cắt ngang sau %1 trên %2 byte.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The download was stopped.</source>
        <translation>Việc tải xuống đã bị dừng.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Máy chủ không phản hồi trong vòng %1 giây.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached: %1</source>
        <translation>Không kết nối được với máy chủ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered HTTP %1.</source>
        <translation>Máy chủ trả lời mã HTTP %1.</translation>
    </message>
</context>
<context>
    <name>danhgia::SyncEngine</name>
    <message>
        <location filename="../core/sync/engine/SyncEngine.cpp" line="+79"/>
        <source>The server did not take the changes: %1</source>
        <translation>Máy chủ không nhận các thay đổi: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server answered none of the %1 changes sent.</source>
        <translation>Máy chủ không trả lời thay đổi nào trong số %1 thay đổi đã gửi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outbox did not empty within %1 pushes.</source>
        <translation>Hàng đợi thay đổi chờ gửi vẫn chưa hết sau %1 lần gửi.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The changes could not be received: %1</source>
        <translation>Không nhận được các thay đổi: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server&apos;s page after %1 does not move on (next: %2).</source>
        <translation>Trang dữ liệu máy chủ trả về sau mốc %1 không tiến thêm (mốc tiếp theo: %2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server still had changes after %1 pages.</source>
        <translation>Máy chủ vẫn còn thay đổi sau %1 trang dữ liệu.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::AppSession</name>
    <message>
        <location filename="../ui/common/AppSession.cpp" line="+127"/>
        <source>This database is not linked to the provincial server, so the file cannot be fetched from it.</source>
        <translation>Cơ sở dữ liệu này chưa được liên kết với máy chủ của tỉnh nên không tải được tệp từ máy chủ.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::AppraisalCouncilDialog</name>
    <message>
        <location filename="../ui/documents/AppraisalCouncilDialog.cpp" line="+39"/>
        <source>Appraisal council of %1</source>
        <translation>Hội đồng thẩm định của đợt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision forming the council</source>
        <translation>Quyết định thành lập Hội đồng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>ví dụ: 125/QĐ-UBND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Chairman of the Provincial People&apos;s Committee</source>
        <translation>ví dụ: Chủ tịch Ủy ban nhân dân tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed &amp;by:</source>
        <translation>&amp;Cơ quan, người ký:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members (tick those present at the meeting)</source>
        <translation>Thành viên (đánh dấu người có mặt tại cuộc họp)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position and role in the council</source>
        <translation>Chức vụ và vai trò trong Hội đồng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;member</source>
        <translation>Thê&amp;m thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation>Bỏ thành viên</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Conclusion of the council:</source>
        <translation>&amp;Kết luận của Hội đồng:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The date of the decision “%1” is not a date like 05/01/2026</source>
        <translation>Ngày ban hành quyết định “%1” không phải là ngày hợp lệ theo dạng 05/01/2026</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Quorum: %1.</source>
        <translation>Số lượng thành viên: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The appraisal council was not saved:</source>
        <translation>Chưa lưu được Hội đồng thẩm định:</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ApprovalQueueModel</name>
    <message>
        <location filename="../ui/queue/ApprovalQueueModel.cpp" line="+242"/>
        <source>%1, overdue</source>
        <translation>%1, quá hạn</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Name</source>
        <comment>short column title: the assessed person or unit</comment>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The provincial server refused the last change of this sheet: %1</source>
        <translation>Máy chủ của tỉnh đã từ chối thay đổi gần nhất của phiếu này: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, overdue for: %2</source>
        <translation>%1, quá hạn: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Period</source>
        <comment>short column title: the evaluation period</comment>
        <translation>Kỳ đánh giá</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessed person or unit</source>
        <translation>Đối tượng được đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task group</source>
        <translation>Nhóm nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Kỳ đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Thay đổi gần nhất</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, done in time</source>
        <translation>%1, đã xong đúng hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, done late</source>
        <translation>%1, đã xong nhưng muộn</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ApprovalQueueView</name>
    <message>
        <location filename="../ui/queue/ApprovalQueueView.cpp" line="+75"/>
        <source>Sheets waiting for you</source>
        <translation>Phiếu chờ tôi xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more sheets to approve or return them; double-click or Enter opens a sheet</source>
        <translation>Chọn một hoặc nhiều phiếu để phê duyệt hoặc trả lại; nhấp đúp hoặc nhấn Enter để mở phiếu</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Campaign</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the sheets of one campaign only</source>
        <translation>Chỉ hiển thị các phiếu của một đợt đánh giá</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Campaign:</source>
        <translation>Đợt đánh &amp;giá:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the sheets of one unit only</source>
        <translation>Chỉ hiển thị các phiếu của một đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the sheets in one state only, among those waiting for you</source>
        <translation>Chỉ hiển thị các phiếu ở một trạng thái, trong số các phiếu chờ tôi xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tate:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue only</source>
        <translation>Chỉ phiếu &amp;quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>Chỉ phiếu quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the sheets whose campaign deadline has passed</source>
        <translation>Chỉ hiển thị các phiếu đã quá hạn hoàn thành của đợt đánh giá</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, code, unit or campaign; accents may be left out (&quot;nguyen van&quot; finds &quot;Nguyễn Văn&quot;)</source>
        <translation>Tìm theo tên, mã, đơn vị hoặc đợt đánh giá; có thể gõ không dấu (&quot;nguyen van&quot; sẽ tìm thấy &quot;Nguyễn Văn&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search, with or without accents</source>
        <translation>Tìm kiếm, có dấu hoặc không dấu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+293"/>
        <source>Send the selected sheets back to draft, with one reason for all of them</source>
        <translation>Trả lại các phiếu đã chọn về trạng thái dự thảo, với cùng một lý do cho tất cả các phiếu</translation>
    </message>
    <message>
        <location line="-289"/>
        <location line="+291"/>
        <source>Record the appraisal of the selected sheets as done</source>
        <translation>Ghi nhận đã thẩm định xong các phiếu đang chọn</translation>
    </message>
    <message>
        <location line="-286"/>
        <location line="+288"/>
        <source>Approve the selected sheets, with one comment for all of them</source>
        <translation>Phê duyệt các phiếu đã chọn, với cùng một ý kiến cho tất cả các phiếu</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>The queue cannot be read: %1</source>
        <translation>Không đọc được hàng chờ duyệt: %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1, period %2</source>
        <translation>%1, kỳ %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n phiếu khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Return %n sheet(s)</source>
        <translation>
            <numerusform>Trả lại %n phiếu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to draft:
%1

Why are the sheets returned? The reason is kept in the audit trail and shown to the assessed person or unit.</source>
        <translation>Trả lại về dự thảo:
%1

Vì sao trả lại các phiếu này? Lý do được lưu trong nhật ký và gửi kèm cho người hoặc đơn vị được đánh giá.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve the appraised result of:
%1

Once approved, the scores can no longer change unless a sheet is reopened. Comment for the audit trail (may be left empty):</source>
        <translation>Phê duyệt kết quả thẩm định của:
%1

Sau khi phê duyệt, điểm không thể thay đổi trừ khi phiếu được mở lại. Ý kiến ghi vào nhật ký (có thể để trống):</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Appraise %n sheet(s)</source>
        <translation>
            <numerusform>Thẩm định %n phiếu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the appraisal as done for:
%1</source>
        <translation>Ghi nhận đã thẩm định xong:
%1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>%1 — select one or more sheets first</source>
        <translation>%1 — hãy chọn ít nhất một phiếu trước</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-162"/>
        <source>Approve %n sheet(s)</source>
        <translation>
            <numerusform>Phê duyệt %n phiếu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n sheet(s) returned.</source>
        <translation>
            <numerusform>Đã trả lại %n phiếu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sheet(s) approved.</source>
        <translation>
            <numerusform>Đã phê duyệt %n phiếu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sheet(s) appraised.</source>
        <translation>
            <numerusform>Đã thẩm định %n phiếu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n sheet(s) done; refused:</source>
        <translation>
            <numerusform>Đã xử lý %1 trên %n phiếu; các phiếu bị từ chối:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All campaigns</source>
        <translation>Tất cả đợt đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All waiting states</source>
        <translation>Tất cả trạng thái chờ xử lý</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sheet(s) waiting for %1</source>
        <translation>
            <numerusform>%n phiếu chờ %1 xử lý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n sheet(s) waiting for %2 shown</source>
        <translation>
            <numerusform>Đang hiển thị %1 trên %n phiếu chờ %2 xử lý</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CampaignDialog</name>
    <message>
        <location filename="../ui/campaigns/CampaignDialog.cpp" line="+36"/>
        <source>New campaign</source>
        <translation>Tạo đợt đánh giá</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for example DG-2026</source>
        <translation>ví dụ DG-2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;riteria set:</source>
        <translation>&amp;Bộ tiêu chí:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>periods separated by commas: 2026, or 2026-01, 2026-02</source>
        <translation>các kỳ cách nhau bằng dấu phẩy: 2026, hoặc 2026-01, 2026-02</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Periods:</source>
        <translation>&amp;Kỳ đánh giá:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 by</source>
        <translation>Hạn %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deadlines:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The units follow a &amp;special calendar</source>
        <translation>Đơn vị theo lịch đặc &amp;thù</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By the rules, classification is done by 15 December of the year, or by 15 January of the next year for units on a special calendar: that is the default, which you may change.</source>
        <translation>Theo quy định, việc xếp loại hoàn thành trước ngày 15 tháng 12 của năm, hoặc trước ngày 15 tháng 01 năm sau đối với đơn vị theo lịch làm việc đặc thù: đó là hạn mặc định, bạn có thể thay đổi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, phiên bản %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No published criteria set of this kind is stored: import one in the Criteria sets screen and publish it, or use danhgia-cli import criteria</source>
        <translation>Chưa có bộ tiêu chí nào thuộc loại này đã được công bố: hãy nhập một bộ tại màn hình Bộ tiêu chí rồi công bố, hoặc dùng lệnh danhgia-cli import criteria</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit the campaign %1</source>
        <translation>Sửa đợt đánh giá %1</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CampaignParticipantsDialog</name>
    <message>
        <location filename="../ui/campaigns/CampaignParticipantsDialog.cpp" line="+37"/>
        <source>Participants and sheets of %1</source>
        <translation>Đối tượng tham gia và phiếu của %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find units or people (with or without diacritics):</source>
        <translation>Tìm đơn vị hoặc cán bộ (gõ có dấu hoặc không dấu):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add the selected</source>
        <translation>&amp;Thêm mục đã chọn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add its &amp;people</source>
        <translation>Thêm cán &amp;bộ của đơn vị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or paste codes (one a line, or separated by commas):</source>
        <translation>Hoặc dán danh sách mã (mỗi dòng một mã, hoặc cách nhau bằng dấu phẩy):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the &amp;codes</source>
        <translation>Thêm các &amp;mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a list (.xlsx, .csv)…</source>
        <translation>&amp;Nhập danh sách (.xlsx, .csv)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taking part:</source>
        <translation>Đang tham gia:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove the selected</source>
        <translation>&amp;Bỏ mục đã chọn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task group</source>
        <translation>Nhóm nhiệm vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create &amp;sheets</source>
        <translation>Tạo &amp;phiếu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a list of participants</source>
        <translation>Nhập danh sách đối tượng tham gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>Danh sách (*.xlsx *.xls *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+151"/>
        <source>Unit %1: %2</source>
        <translation>Đơn vị %1: %2</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>They all take part already.</source>
        <translation>Tất cả đều đã tham gia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody was added: %1</source>
        <translation>Chưa thêm ai: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n added.</source>
        <translation>
            <numerusform>Đã thêm %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select units or people in the list first.</source>
        <translation>Hãy chọn đơn vị hoặc cán bộ trong danh sách trước.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nobody works in %1.</source>
        <translation>Không có cán bộ nào thuộc %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paste the codes first.</source>
        <translation>Hãy dán danh sách mã trước.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No sheet was created: %1</source>
        <translation>Chưa tạo phiếu nào: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n score sheet(s) created.</source>
        <translation>
            <numerusform>Đã tạo %n phiếu chấm điểm.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>exists</source>
        <translation>đã có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>will be created</source>
        <translation>sẽ được tạo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 score sheet(s) for %2 participant(s): %3 exist, %4 will be created.</source>
        <translation>%1 phiếu chấm điểm cho %2 đối tượng tham gia: %3 phiếu đã có, %4 phiếu sẽ được tạo.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CampaignsView</name>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="+67"/>
        <source>Double-click a campaign to see its score sheets.</source>
        <translation>Nhấp đúp vào một đợt đánh giá để xem các phiếu chấm điểm của đợt đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export sheets to &amp;PDF…</source>
        <translation>Xuất phiếu ra &amp;PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write every score sheet of the selected campaign as a PDF file, in a folder</source>
        <translation>Ghi mỗi phiếu chấm điểm của đợt đánh giá đang chọn thành một tệp PDF, vào một thư mục</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who approves…</source>
        <translation>&amp;Người phê duyệt…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Campaigns</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Periods</source>
        <translation>Kỳ đánh giá</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Tạo đợt đánh giá…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Participants and sheets…</source>
        <translation>Đối tượng tham gia và phiế&amp;u…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close the campaign</source>
        <translation>Đón&amp;g đợt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deadlines</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a campaign first.</source>
        <translation>Hãy chọn một đợt đánh giá trước.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Approved by: %1</source>
        <translation>Người phê duyệt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (closed)</source>
        <translation>%1 (đã đóng)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sheets still open after the campaign&apos;s deadline</source>
        <translation>Phiếu vẫn chưa hoàn tất khi đã quá hạn hoàn thành của đợt đánh giá</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a campaign first, then choose who approves its score sheets</source>
        <translation>Chọn một đợt đánh giá trước, rồi chọn người phê duyệt các phiếu chấm điểm của đợt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who approves the score sheets of %1; now: %2</source>
        <translation>Chọn người phê duyệt các phiếu chấm điểm của đợt %1; hiện nay: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>As the kind of campaign says: %1</source>
        <translation>Theo loại đợt đánh giá (mặc định): %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who approves</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who approves the score sheets of the campaign %1?</source>
        <translation>Ai phê duyệt các phiếu chấm điểm của đợt %1?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who approves could not be changed: %1</source>
        <translation>Không đổi được người phê duyệt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The score sheets of %1 are now approved by: %2.</source>
        <translation>Từ nay các phiếu chấm điểm của đợt %1 do %2 phê duyệt.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The campaign %1 is created: now choose its participants.</source>
        <translation>Đã tạo đợt đánh giá %1: bây giờ hãy chọn các đối tượng tham gia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign %1 is saved.</source>
        <translation>Đã lưu đợt đánh giá %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Close the campaign</source>
        <translation>Đóng đợt đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the campaign %1? Its sheets are kept as they are; it takes no new sheets or participants and can no longer be edited. Why is it closed?</source>
        <translation>Đóng đợt đánh giá %1? Các phiếu của đợt được giữ nguyên; đợt không nhận thêm phiếu hay đối tượng tham gia và không sửa được nữa. Lý do đóng đợt?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The campaign could not be closed: %1</source>
        <translation>Không đóng được đợt đánh giá: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The campaign %1 is closed.</source>
        <translation>Đã đóng đợt đánh giá %1.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CatalogueView</name>
    <message>
        <location filename="../ui/catalogue/CatalogueView.cpp" line="+55"/>
        <source>Import &amp;units…</source>
        <translation>Nhập danh sách đơn &amp;vị…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a list of units from a CSV or Excel file, check it and show what would change before writing</source>
        <translation>Đọc danh sách đơn vị từ tệp CSV hoặc Excel, kiểm tra và hiển thị những nội dung sẽ thay đổi trước khi ghi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;people…</source>
        <translation>Nhập danh sách &amp;người…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a list of people from a CSV or Excel file, check it and show what would change before writing</source>
        <translation>Đọc danh sách công chức, viên chức từ tệp CSV hoặc Excel, kiểm tra và hiển thị những nội dung sẽ thay đổi trước khi ghi</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The units, each under its parent unit</source>
        <translation>Các đơn vị, mỗi đơn vị nằm dưới đơn vị cấp trên của mình</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search people</source>
        <translation>Tìm kiếm công chức, viên chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or code, with or without accents</source>
        <translation>Tên hoặc mã, có dấu hoặc không dấu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;nguyen van a&quot; finds &quot;Nguyễn Văn A&quot;</source>
        <translation>&quot;nguyen van a&quot; sẽ tìm thấy &quot;Nguyễn Văn A&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>People</source>
        <translation>Công chức, viên chức</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task group</source>
        <translation>Nhóm nhiệm vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The people, sorted by given name as Vietnamese lists are</source>
        <translation>Danh sách công chức, viên chức, sắp xếp theo tên theo thông lệ của danh sách tiếng Việt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criteria sets</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The criteria set versions stored in the database</source>
        <translation>Các phiên bản bộ tiêu chí được lưu trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a database to see its units, people and criteria sets.</source>
        <translation>Hãy mở một cơ sở dữ liệu để xem danh mục đơn vị, công chức, viên chức và bộ tiêu chí.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department</source>
        <translation>Sở, ban, ngành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commune</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import units</source>
        <translation>Nhập danh sách đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import people</source>
        <translation>Nhập danh sách người</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists (*.csv *.xlsx *.xls);;All files (*)</source>
        <translation>Danh sách (*.csv *.xlsx *.xls);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing was imported from %1.</source>
        <translation>Không có dữ liệu nào được nhập từ %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported: %1</source>
        <translation>Không có dữ liệu nào được nhập: %1</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ClassificationModel</name>
    <message>
        <location filename="../ui/queue/ClassificationModel.cpp" line="+98"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computed grade</source>
        <translation>Xếp loại theo tính toán</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided grade</source>
        <translation>Xếp loại quyết định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quota</source>
        <translation>Tỷ lệ tối đa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Within the quota</source>
        <translation>Trong tỷ lệ tối đa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above the quota</source>
        <translation>Vượt tỷ lệ tối đa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tie, decided</source>
        <translation>Bằng điểm, đã quyết định</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tie: needs a decision</source>
        <translation>Bằng điểm: cần quyết định</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (override)</source>
        <translation>%1 (điều chỉnh)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 points</source>
        <translation>%1/%2 điểm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No grade: the sheet is incomplete or the person is not classified</source>
        <translation>Không xếp loại: phiếu chưa hoàn chỉnh hoặc người này thuộc trường hợp không xếp loại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fact: %1</source>
        <translation>Yếu tố: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No grade has been decided yet</source>
        <translation>Chưa quyết định mức xếp loại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, recorded on %2</source>
        <translation>%1, ghi nhận ngày %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override of %1, approved by %2</source>
        <translation>Điều chỉnh mức xếp loại (thay cho %1), do %2 phê duyệt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The index proposes %1, but only %n person(s) in this task group may keep it; the rules give %2 unless an override is recorded</source>
        <translation>
            <numerusform>Theo chỉ số, đề xuất xếp loại %1, nhưng trong nhóm nhiệm vụ này chỉ %n người được giữ mức này; theo quy định sẽ xếp loại %2, trừ khi có quyết định điều chỉnh được ghi nhận</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tied with others at the quota boundary: the grade needs a decision with a reason and an approver</source>
        <translation>Bằng điểm với người khác tại ngưỡng tỷ lệ tối đa: mức xếp loại cần được quyết định, có lý do và người phê duyệt</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ClassificationView</name>
    <message>
        <location filename="../ui/queue/ClassificationView.cpp" line="+44"/>
        <source>Campaign</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign whose grades are shown</source>
        <translation>Đợt đánh giá có kết quả xếp loại đang hiển thị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Campaign:</source>
        <translation>Đợt đánh &amp;giá:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Override grade…</source>
        <translation>Điều chỉnh mức &amp;xếp loại…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+246"/>
        <source>Override grade</source>
        <translation>Điều chỉnh mức xếp loại</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Record another grade for the selected person, with a reason and the name of the approver</source>
        <translation>Ghi nhận mức xếp loại khác cho người được chọn, kèm lý do và họ tên người phê duyệt</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The grades of %1 cannot be computed: %2</source>
        <translation>Không tính được mức xếp loại của %1: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nobody of this unit has a score sheet in the campaign.</source>
        <translation>Không có ai trong đơn vị này có phiếu chấm điểm trong đợt đánh giá.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no task group)</source>
        <translation>(không có nhóm nhiệm vụ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task group: %1</source>
        <translation>Nhóm nhiệm vụ: %1</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The unit whose people are listed; the quota is counted as the criteria set says (per agency and task group)</source>
        <translation>Đơn vị có người được liệt kê; tỷ lệ tối đa được tính theo quy định của bộ tiêu chí (theo từng cơ quan và từng nhóm nhiệm vụ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Facts affecting the grade…</source>
        <translation>Các &amp;yếu tố ảnh hưởng xếp loại…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facts affecting the grade</source>
        <translation>Các yếu tố ảnh hưởng xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discipline, conclusions, absence, months worked, maternity leave, a leader&apos;s unit: record or remove them for the selected person, with a reason</source>
        <translation>Kỷ luật, kết luận, nghỉ theo quy định, thời gian công tác, nghỉ thai sản, kết quả của đơn vị do lãnh đạo phụ trách: ghi hoặc gỡ bỏ cho người đang chọn, kèm lý do</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>%1 proposed for %2 by the index, %3 allowed by the quota in the task group.</source>
        <translation>%1 người được đề xuất %2 theo điểm, %3 người được giữ theo tỷ lệ tối đa trong nhóm nhiệm vụ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Above the quota here: %1.</source>
        <translation>Vượt tỷ lệ tối đa trong đơn vị này: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ties to decide: %1.</source>
        <translation>Trường hợp bằng điểm cần quyết định: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grades of the task group %1</source>
        <translation>Xếp loại của nhóm nhiệm vụ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a person to override the grade</source>
        <translation>Chọn một người để điều chỉnh mức xếp loại</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Grade for %1:</source>
        <translation>Mức xếp loại cho %1:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason for the grade</source>
        <translation>Lý do xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does %1 get %2? The reason is recorded with the decision.</source>
        <translation>Vì sao %1 được xếp loại %2? Lý do được ghi nhận cùng với quyết định.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved by</source>
        <translation>Người phê duyệt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the person who approves this grade:</source>
        <translation>Họ và tên người phê duyệt mức xếp loại này:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The grade of %1 was not recorded: %2</source>
        <translation>Không ghi nhận được mức xếp loại của %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is graded %2; the decision is recorded.</source>
        <translation>%1 được xếp loại %2; quyết định đã được ghi nhận.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No campaign has score sheets yet.</source>
        <translation>Chưa có đợt đánh giá nào có phiếu chấm điểm.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2% (decision %3)</source>
        <translation>%1: %2% (quyết định số %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raised ceilings: %1.</source>
        <translation>Tỷ lệ được nâng: %1.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ConflictsView</name>
    <message>
        <location filename="../ui/conflicts/ConflictsView.cpp" line="+55"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rows changed both here and on the provincial server since the last sync</source>
        <translation>Các bản ghi đã bị sửa cả trên máy này và trên máy chủ cấp tỉnh kể từ lần đồng bộ trước</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Fields in conflict</source>
        <translation>Các trường xung đột</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each field that differs: the version both started from, the server&apos;s, yours, and what to keep</source>
        <translation>Từng trường khác nhau: bản gốc hai bên cùng bắt đầu, bản của máy chủ, bản của bạn và phần cần giữ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base</source>
        <translation>Bản gốc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by</source>
        <translation>Bên đã sửa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typed value</source>
        <translation>Giá trị nhập</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep mine for all</source>
        <translation>Giữ bản của tôi cho tất cả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your value in every field where the rules allow it</source>
        <translation>Giữ giá trị của bạn ở mọi trường mà quy định cho phép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the server&apos;s for all</source>
        <translation>Giữ bản máy chủ cho tất cả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the server&apos;s value in every field</source>
        <translation>Giữ giá trị của máy chủ ở mọi trường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>Giải quyết</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the server&apos;s version with the fields you chose, as a new change sent at the next sync</source>
        <translation>Giữ bản của máy chủ cùng các trường bạn đã chọn, thành một thay đổi mới được gửi ở lần đồng bộ sau</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%1
%n field(s) differ — %2</source>
        <translation>
            <numerusform>%1
%n trường khác nhau — %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>while sending</source>
        <translation>khi gửi đi</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>while receiving</source>
        <translation>khi nhận về</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>No conflict waits for a decision.</source>
        <translation>Không có xung đột nào chờ quyết định.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Conflict %1: %2</source>
        <translation>Xung đột %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded %1 on %2; the server&apos;s version %3, based on version %4.</source>
        <translation>Ghi nhận %1 lúc %2; bản của máy chủ là phiên bản %3, dựa trên phiên bản %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Last changed here by %1 on %2.</source>
        <translation>Sửa lần cuối trên máy này: %1, lúc %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the server</source>
        <translation>máy chủ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this computer</source>
        <translation>máy này</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What to keep of %1</source>
        <translation>Phần cần giữ của %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Conflict %1 resolved; what you kept will be sent at the next sync.</source>
        <translation>Xung đột %1 đã được giải quyết; phần bạn giữ sẽ được gửi ở lần đồng bộ sau.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CouncilCandidatesTable</name>
    <message>
        <location filename="../ui/council/CouncilCandidatesTable.cpp" line="+15"/>
        <source>Exam number</source>
        <translation>Số báo danh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority points</source>
        <translation>Điểm ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written test score</source>
        <translation>Điểm thi viết</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practical test score</source>
        <translation>Điểm thực hành</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Candidates, row %1: the exam number and the full name are both needed</source>
        <translation>Thí sinh, dòng %1: cần có cả số báo danh và họ tên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidates, row %1: the exam number %2 is given twice</source>
        <translation>Thí sinh, dòng %1: số báo danh %2 bị trùng</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Candidates, row %1 (%2): the %3 score “%4” is not a number</source>
        <translation>Thí sinh, dòng %1 (%2): điểm %3 “%4” không phải là số</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CouncilGridModel</name>
    <message>
        <location filename="../ui/council/CouncilGridModel.cpp" line="+239"/>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No members yet</source>
        <translation>Chưa có thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring: %1 of %2 members</source>
        <translation>Đang chấm: %1/%2 thành viên</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs a dialogue, held by %1</source>
        <translation>Cần trao đổi thống nhất, do %1 chủ trì</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed</source>
        <translation>Đã thống nhất</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The agreed score %1 was voided: %2 changed their score from %3 to %4</source>
        <translation>Điểm thống nhất %1 đã bị hủy: %2 đã sửa điểm từ %3 thành %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agreed score %1 was voided: %2 gave a score of %3 after it</source>
        <translation>Điểm thống nhất %1 đã bị hủy: %2 chấm %3 điểm sau khi đã thống nhất</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The members&apos; scores are %1 points apart: %2 holds a dialogue with the members and records the agreed score</source>
        <translation>Điểm của các thành viên chênh lệch %1 điểm: %2 chủ trì trao đổi thống nhất với các thành viên và ghi nhận điểm thống nhất</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only %1 may record the agreed score</source>
        <translation>Chỉ %1 được ghi nhận điểm thống nhất</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Score given by %1 (%2)</source>
        <translation>Điểm chấm của %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The members&apos; scores were %1 points apart: %2 held a dialogue and the agreed score is official</source>
        <translation>Điểm của các thành viên chênh lệch %1 điểm: %2 đã chủ trì trao đổi thống nhất và điểm thống nhất là điểm chính thức</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass mark: %1 of %2</source>
        <translation>Điểm đạt: %1/%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tied: no professional or written score breaks the tie (Decree 170/2025), so the head of the agency decides</source>
        <translation>Bằng điểm: không có điểm chuyên môn hoặc điểm bài viết để phân định (Nghị định 170/2025), do đó người đứng đầu cơ quan quyết định</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ranked: below the pass mark</source>
        <translation>Không xếp hạng: dưới điểm đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ranked: no official score yet</source>
        <translation>Không xếp hạng: chưa có điểm chính thức</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scores given by %1 (%2), member %3</source>
        <translation>Điểm chấm của %1 (%2), thành viên %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Candidate</source>
        <translation>Thí sinh</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mean</source>
        <translation>Điểm trung bình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spread</source>
        <translation>Độ chênh lệch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed score</source>
        <translation>Điểm thống nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official score</source>
        <translation>Điểm chính thức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>“%1” is not a score: write it like 78,5</source>
        <translation>“%1” không phải là điểm hợp lệ: hãy nhập theo dạng 78,5</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The scores are now %1 points apart: %2 holds a new dialogue and records the agreed score.</source>
        <translation>Điểm của các thành viên nay chênh lệch %1 điểm: %2 chủ trì trao đổi thống nhất lại và ghi nhận điểm thống nhất.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scores are now %1 points apart: the mean %2 is the official score.</source>
        <translation>Điểm của các thành viên nay chênh lệch %1 điểm: điểm trung bình %2 là điểm chính thức.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agreed score %1 of %2 no longer stands: the members&apos; scores changed.</source>
        <translation>Điểm thống nhất %1 của thí sinh %2 không còn hiệu lực do điểm của thành viên đã thay đổi.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CouncilScoreDelegate</name>
    <message>
        <location filename="../ui/council/CouncilScoreDelegate.cpp" line="+17"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CouncilSetupDialog</name>
    <message>
        <location filename="../ui/council/CouncilSetupDialog.cpp" line="+70"/>
        <source>Set up an interview council</source>
        <translation>Tạo hội đồng sát hạch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the interview council</source>
        <translation>Sửa hội đồng sát hạch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tên hội đồng:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The council&apos;s own rule, as stored</source>
        <translation>Quy định riêng của hội đồng (giữ như đã lưu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rule:</source>
        <translation>&amp;Quy định:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blank: no pass mark</source>
        <translation>để trống: không có điểm đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass mark:</source>
        <translation>Điểm &amp;chuẩn đạt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;member</source>
        <translation>Thê&amp;m thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation>Bỏ thành viên</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Candidates</source>
        <translation>Thí sinh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add c&amp;andidate</source>
        <translation>Thêm thí &amp;sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove candidate</source>
        <translation>Bỏ thí sinh</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Parts of the examination (Decree 170/2025: each part at 50% of its maximum)</source>
        <translation>Các phần thi (Nghị định 170/2025: mỗi phần đạt từ 50% điểm tối đa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interview: scored by this council, out of its maximum.</source>
        <translation>Phỏng vấn: do hội đồng này chấm, theo thang điểm của hội đồng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Written test, out of:</source>
        <translation>Thi &amp;viết, điểm tối đa:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Practical &amp;test, out of:</source>
        <translation>Thực &amp;hành, điểm tối đa:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Members, row %1: the full name is missing</source>
        <translation>Thành viên, dòng %1: thiếu họ và tên</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pass mark “%1”: %2</source>
        <translation>Điểm đạt “%1”: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a number</source>
        <translation>không phải là số</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The maximum “%1” of the %2 part is not a number</source>
        <translation>Điểm tối đa “%1” của phần %2 không phải là số</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The council was not saved:</source>
        <translation>Chưa lưu được hội đồng:</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CouncilView</name>
    <message>
        <location filename="../ui/council/CouncilView.cpp" line="+44"/>
        <source>Council</source>
        <translation>Hội đồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interview council whose scores are shown</source>
        <translation>Hội đồng sát hạch có điểm đang hiển thị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Council:</source>
        <translation>&amp;Hội đồng:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New council…</source>
        <translation>&amp;Tạo hội đồng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New council</source>
        <translation>Tạo hội đồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an interview council: its title, who holds a dialogue, its pass mark</source>
        <translation>Tạo hội đồng sát hạch: tên, người chủ trì trao đổi thống nhất, điểm đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;up interview council…</source>
        <translation>Tạo hội đồng sát hạ&amp;ch…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up interview council</source>
        <translation>Tạo hội đồng sát hạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an interview council in one dialog: members with their roles, candidates with priority points, the parts of the examination</source>
        <translation>Tạo hội đồng sát hạch trong một hộp thoại: thành viên và vai trò, thí sinh và điểm ưu tiên, các phần thi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit council…</source>
        <translation>Sử&amp;a hội đồng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit council</source>
        <translation>Sửa hội đồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the council shown: title, rule, pass mark, members, candidates, parts</source>
        <translation>Sửa hội đồng đang xem: tên, quy định, điểm đạt, thành viên, thí sinh, các phần thi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;member…</source>
        <translation>Thêm thành &amp;viên…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a scoring member to the council, with their role</source>
        <translation>Thêm thành viên chấm điểm vào hội đồng, kèm vai trò</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add c&amp;andidate…</source>
        <translation>Thêm thí &amp;sinh…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add candidate</source>
        <translation>Thêm thí sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a candidate to the council, with their exam number and name</source>
        <translation>Thêm thí sinh vào hội đồng, kèm số báo danh và họ tên</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Print minutes…</source>
        <translation>&amp;In biên bản…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print minutes</source>
        <translation>In biên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview, print or save the minutes and the summary sheet of the council</source>
        <translation>Xem trước, in hoặc lưu biên bản và bảng tổng hợp kết quả của Hội đồng</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Council scores</source>
        <translation>Bảng điểm của hội đồng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per candidate, one column per member: type a score and press Enter</source>
        <translation>Mỗi dòng là một thí sinh, mỗi cột là một thành viên: nhập điểm rồi nhấn Enter</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Candidates: %1 · passed: %2 · waiting for a dialogue: %3</source>
        <translation>Thí sinh: %1 · đạt: %2 · chờ trao đổi thống nhất: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open a database to see its interview councils.</source>
        <translation>Hãy mở một cơ sở dữ liệu để xem các hội đồng sát hạch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No interview council yet: create one with “New council…”.</source>
        <translation>Chưa có hội đồng sát hạch nào: hãy tạo bằng “Tạo hội đồng…”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores out of %1, pass mark %2.</source>
        <translation>Thang điểm %1, điểm đạt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores out of %1, no pass mark.</source>
        <translation>Thang điểm %1, không quy định điểm đạt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 when the scores are more than %2 points apart</source>
        <translation>%1 khi điểm chênh lệch trên %2 điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 when they are %2 or more points apart</source>
        <translation>%1 khi điểm chênh lệch từ %2 điểm trở lên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dialogue: %1.</source>
        <translation>Trao đổi thống nhất: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a score and press Enter to go to the next candidate.</source>
        <translation>Nhập điểm rồi nhấn Enter để chuyển sang thí sinh tiếp theo.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Council “%1” saved.</source>
        <translation>Đã lưu hội đồng “%1”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Candidates: %1 · passed the interview: %2 · passed every part: %3 · waiting for a dialogue: %4</source>
        <translation>Thí sinh: %1 · đạt phỏng vấn: %2 · đạt mọi phần thi: %3 · chờ trao đổi thống nhất: %4</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The council was not created: %1</source>
        <translation>Không tạo được hội đồng: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Council “%1” created: add its members and candidates.</source>
        <translation>Đã tạo hội đồng “%1”: hãy bổ sung thành viên và thí sinh.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 joined the council as member %2.</source>
        <translation>%1 đã được bổ sung vào hội đồng là thành viên %2.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CriteriaDetailsPanel</name>
    <message>
        <location filename="../ui/criteria/CriteriaDetailsPanel.cpp" line="+33"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Maximum:</source>
        <translation>Điểm tối đ&amp;a:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scoring &amp;method:</source>
        <translation>&amp;Phương pháp chấm:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Levels as &quot;Good=5; Fair=3,5; Poor=0&quot;; ratio bands as &quot;1=2; 0,8=1,5&quot;</source>
        <translation>Các mức dạng &quot;Tốt=5; Đạt=3,5; Chưa đạt=0&quot;; các khung tỷ lệ dạng &quot;1=2; 0,8=1,5&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le&amp;vels or bands:</source>
        <translation>&amp;Danh sách mức hoặc khung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not required</source>
        <translation>Không yêu cầu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Evidence:</source>
        <translation>Tài liệu kiểm &amp;chứng:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+74"/>
        <location line="+12"/>
        <source>Step of &amp;points:</source>
        <translation>&amp;Bước điểm:</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Deduct at &amp;most:</source>
        <translation>T&amp;rừ tối đa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the maximum</source>
        <translation>được điểm tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no points</source>
        <translation>không được điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted (not applicable)</source>
        <translation>không tính (không áp dụng)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When &amp;nothing arose:</source>
        <translation>&amp;Khi không phát sinh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be marked &amp;not applicable</source>
        <translation>Được đánh dấu khô&amp;ng áp dụng</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Deduct &amp;per item:</source>
        <translation>Trừ &amp;mỗi lần:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deduct per &amp;failure or delay:</source>
        <translation>Trừ mỗi &amp;lỗi hoặc lần chậm:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not applicable of %1</source>
        <translation>không áp dụng của %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>what %1 gives when nothing arose</source>
        <translation>điểm của %1 khi không phát sinh</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2: &quot;%3&quot; is not a number; write it like 0,5</source>
        <translation>%1 của %2: &quot;%3&quot; không phải là số; hãy ghi như 0,5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation>%1 của %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step of points</source>
        <translation>bước điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deduction per item</source>
        <translation>mức trừ mỗi lần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>largest deduction</source>
        <translation>mức trừ tối đa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deduction per failure or delay</source>
        <translation>mức trừ mỗi lỗi hoặc lần chậm</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Maximum of %1: &quot;%2&quot; is not a number; write it like 5 or 3,5</source>
        <translation>Điểm tối đa của %1: &quot;%2&quot; không phải là số; hãy viết như 5 hoặc 3,5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>code of %1</source>
        <translation>mã của %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title of %1</source>
        <translation>tên của %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maximum of %1</source>
        <translation>điểm tối đa của %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>method of %1</source>
        <translation>phương pháp chấm của %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evidence of %1</source>
        <translation>tài liệu kiểm chứng của %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Levels of %1: %2</source>
        <translation>Các mức của %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>levels of %1</source>
        <translation>các mức của %1</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CriteriaEditorDialog</name>
    <message>
        <location filename="../ui/criteria/CriteriaEditorDialog.cpp" line="+38"/>
        <source>Edit the draft %1, version %2</source>
        <translation>Sửa bản nháp %1, phiên bản %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;under</source>
        <translation>Thêm tiêu chí co&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new criterion under the chosen one (which becomes a group)</source>
        <translation>Thêm tiêu chí mới bên trong tiêu chí đang chọn (tiêu chí đang chọn trở thành nhóm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;after</source>
        <translation>Thêm tiêu chí &amp;kế tiếp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new criterion after the chosen one, at the same level</source>
        <translation>Thêm tiêu chí mới ngay sau tiêu chí đang chọn, cùng cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen criterion with everything under it</source>
        <translation>Xóa tiêu chí đang chọn cùng toàn bộ tiêu chí bên trong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move u&amp;p</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen criterion up</source>
        <translation>Chuyển tiêu chí đang chọn lên trên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Chuyển xuốn&amp;g</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen criterion down</source>
        <translation>Chuyển tiêu chí đang chọn xuống dưới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Hoàn tác thao tác sửa gần nhất (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;do</source>
        <translation>Làm lạ&amp;i</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo the edit undone (Ctrl+Y)</source>
        <translation>Làm lại thao tác vừa hoàn tác (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Problems of the draft</source>
        <translation>Các vấn đề của bản nháp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save draft</source>
        <translation>Lư&amp;u bản nháp</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+12"/>
        <source>add %1</source>
        <translation>thêm %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>remove %1</source>
        <translation>xóa %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>move %1 up</source>
        <translation>chuyển %1 lên</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>move %1 down</source>
        <translation>chuyển %1 xuống</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>change the %1</source>
        <translation>sửa %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No problems: the draft may be saved and published.</source>
        <translation>Không có vấn đề nào: có thể lưu và công bố bản nháp.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s), %1 of them errors to fix before publishing.</source>
        <translation>
            <numerusform>%n vấn đề, trong đó có %1 lỗi phải sửa trước khi công bố.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Draft saved with %n error(s); it cannot be published until they are fixed.</source>
        <translation>
            <numerusform>Đã lưu bản nháp còn %n lỗi; chưa thể công bố cho đến khi sửa hết lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft saved; it stays editable until it is published.</source>
        <translation>Đã lưu bản nháp; bản nháp vẫn sửa được cho đến khi công bố.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the editor</source>
        <translation>Đóng trình soạn thảo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft has changes that are not saved. Close and lose them?</source>
        <translation>Bản nháp có thay đổi chưa được lưu. Đóng và bỏ các thay đổi đó?</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CriteriaImportDialog</name>
    <message>
        <location filename="../ui/criteria/CriteriaImportDialog.cpp" line="+34"/>
        <source>Import a criteria set: %1</source>
        <translation>Nhập bộ tiêu chí: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read from the Excel/CSV template %1: give the set&apos;s id, title and kind.</source>
        <translation>Đọc từ tệp mẫu Excel/CSV %1: hãy nhập mã, tên và loại của bộ tiêu chí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from the criteria set file %1.</source>
        <translation>Đọc từ tệp bộ tiêu chí %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A short name without spaces that stays the same from one version to the next</source>
        <translation>Tên ngắn, không có dấu cách, giữ nguyên qua các phiên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Version:</source>
        <translation>&amp;Phiên bản:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Excel/CSV template has no grades or quota: they are taken from this set</source>
        <translation>Mẫu Excel/CSV không có các mức xếp loại và tỷ lệ tối đa: các nội dung này được lấy từ bộ tiêu chí này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (points only)</source>
        <translation>Không có (chỉ tính điểm)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Grades and quota from:</source>
        <translation>&amp;Xếp loại và tỷ lệ theo:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems found</source>
        <translation>Các vấn đề phát hiện được</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save as draft</source>
        <translation>Lư&amp;u bản nháp</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>No problems found: %n criteria read.</source>
        <translation>
            <numerusform>Không phát hiện vấn đề nào: đã đọc %n tiêu chí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n warning(s); the set can be saved.</source>
        <translation>
            <numerusform>%n cảnh báo; vẫn có thể lưu bộ tiêu chí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s): fix the file and import it again; the set cannot be saved.</source>
        <translation>
            <numerusform>%n lỗi: hãy sửa tệp rồi nhập lại; chưa thể lưu bộ tiêu chí.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a database first.</source>
        <translation>Hãy mở một cơ sở dữ liệu trước.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The set has errors and was not saved; they are listed below.</source>
        <translation>Bộ tiêu chí có lỗi nên chưa được lưu; các lỗi được liệt kê bên dưới.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CriteriaSetView</name>
    <message>
        <location filename="../ui/CriteriaSetView.cpp" line="+49"/>
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
        <location line="+72"/>
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
        <location line="+5"/>
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
    <name>danhgia::ui::CriteriaSetsPage</name>
    <message>
        <location filename="../ui/criteria/CriteriaSetsPage.cpp" line="+53"/>
        <source>Import from Excel/CSV/JSON…</source>
        <translation>Nhập từ Excel/CSV/JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a criteria set from the Excel/CSV template or a JSON file, check it and store it as a draft</source>
        <translation>Đọc bộ tiêu chí từ tệp mẫu Excel/CSV hoặc tệp JSON, kiểm tra rồi lưu thành bản nháp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from a template…</source>
        <translation>Tạo từ mẫu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store one of the templates shipped with the program as a new draft</source>
        <translation>Lưu một trong các mẫu có sẵn trong chương trình thành bản nháp mới</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy to a new version…</source>
        <translation>Sao chép thành phiên bản mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new draft version of the chosen set, for a new year; the chosen one stays as it is</source>
        <translation>Tạo phiên bản nháp mới của bộ tiêu chí đang chọn, cho năm mới; bộ đang chọn được giữ nguyên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the draft…</source>
        <translation>Sửa bản nháp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the tree, methods, maxima and evidence of the chosen draft, with undo</source>
        <translation>Sửa cây tiêu chí, phương pháp chấm, điểm tối đa và tài liệu kiểm chứng của bản nháp đang chọn, có thể hoàn tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+282"/>
        <source>Publish</source>
        <translation>Công bố</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Publish the chosen draft: campaigns may then use it, and it can no longer change</source>
        <translation>Công bố bản nháp đang chọn: sau đó các đợt đánh giá có thể sử dụng và bộ tiêu chí không thể thay đổi nữa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Criteria sets</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1
%2, version %3 (%4)</source>
        <translation>%1
%2, phiên bản %3 (%4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>published</source>
        <translation>đã công bố</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Import a criteria set</source>
        <translation>Nhập bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria sets (*.xlsx *.xls *.csv *.json);;All files (*)</source>
        <translation>Bộ tiêu chí (*.xlsx *.xls *.csv *.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Excel template: civil servants&apos; monthly appraisal (%1)</source>
        <translation>Mẫu Excel: đánh giá, xếp loại công chức hằng tháng (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in set: %1</source>
        <translation>Bộ tiêu chí có sẵn: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from a template</source>
        <translation>Tạo từ mẫu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new draft starts from:</source>
        <translation>Bản nháp mới được tạo từ:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Excel template cannot be copied to %1.</source>
        <translation>Không sao chép được tệp mẫu Excel vào %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stored as a draft: check it, then publish it for campaigns to use.</source>
        <translation>Đã lưu thành bản nháp: hãy kiểm tra rồi công bố để các đợt đánh giá sử dụng.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy to a new version</source>
        <translation>Sao chép thành phiên bản mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the new version (for example with the new year):</source>
        <translation>Tên của phiên bản mới (ví dụ kèm năm mới):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied to version %1, a draft you may edit.</source>
        <translation>Đã sao chép thành phiên bản %1, là bản nháp có thể chỉnh sửa.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Publish %1 version %2? Campaigns may then use it, and it can never change again.</source>
        <translation>Công bố %1 phiên bản %2? Sau đó các đợt đánh giá có thể sử dụng và phiên bản này sẽ không bao giờ thay đổi được nữa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Published: campaigns may now use it.</source>
        <translation>Đã công bố: các đợt đánh giá có thể sử dụng bộ tiêu chí này.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::CriteriaTreeModel</name>
    <message>
        <location filename="../ui/CriteriaTreeModel.cpp" line="+168"/>
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
        <source>Points by the share done (number done ÷ total number), from the first band reached:</source>
        <translation>Điểm theo tỷ lệ hoàn thành (số đã thực hiện ÷ tổng số), lấy theo khung đầu tiên đạt được:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Points in proportion to the share done: %1 × number done ÷ total number.</source>
        <translation>Điểm tỷ lệ thuận với tỷ lệ hoàn thành: %1 × số đã thực hiện ÷ tổng số.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>• from %1%: %2 points</source>
        <translation>• từ %1%: %2 điểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• below %1%: 0 points</source>
        <translation>• dưới %1%: 0 điểm</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <translation>Khi trong kỳ không phát sinh việc (tổng số bằng 0): được đủ điểm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When nothing arose in the period (total 0): 0 points.</source>
        <translation>Khi trong kỳ không phát sinh việc (tổng số bằng 0): được 0 điểm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When nothing arose in the period (total 0): not applicable, left out of the maximum.</source>
        <translation>Khi trong kỳ không phát sinh việc (tổng số bằng 0): không áp dụng, không tính vào điểm tối đa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>May be marked not applicable.</source>
        <translation>Được phép đánh dấu không áp dụng.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::DatabaseActions</name>
    <message>
        <location filename="../ui/DatabaseActions.cpp" line="+20"/>
        <source>Evaluation databases (*.sqlite *.db);;All files (*)</source>
        <translation>Tệp cơ sở dữ liệu đánh giá (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New database…</source>
        <translation>Tạo &amp;mới cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>Mở cơ sở &amp;dữ liệu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the open database to a file</source>
        <translation>Lưu một bản sao của cơ sở dữ liệu đang mở vào tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the data of the open database with a backup copy</source>
        <translation>Thay thế dữ liệu của cơ sở dữ liệu đang mở bằng dữ liệu của một bản sao lưu</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>Không mở được cơ sở dữ liệu %1.

%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>danh-gia.sqlite</source>
        <translation>danh-gia.sqlite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file %1 exists already. Open it with File &gt; Open database, or choose another name.</source>
        <translation>Tệp %1 đã tồn tại. Hãy mở tệp này bằng Tệp &gt; Mở cơ sở dữ liệu, hoặc chọn tên khác.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup copy was saved to %1.</source>
        <translation>Đã lưu bản sao lưu vào %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Every change made to %1 since the backup %2 was taken will be replaced by the backup&apos;s data. Restore?</source>
        <translation>Mọi thay đổi đối với %1 kể từ khi tạo bản sao lưu %2 sẽ bị thay thế bằng dữ liệu của bản sao lưu. Tiếp tục khôi phục?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The data of the backup was restored.</source>
        <translation>Đã khôi phục dữ liệu từ bản sao lưu.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No recent databases</source>
        <translation>Chưa có cơ sở dữ liệu nào mở gần đây</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::DocumentDialog</name>
    <message>
        <location filename="../ui/documents/DocumentDialog.cpp" line="+74"/>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the page width</source>
        <translation>Hiển thị vừa chiều rộng trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show whole pages</source>
        <translation>Hiển thị trọn trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Print...</source>
        <translation>&amp;In...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF...</source>
        <translation>Lưu thành P&amp;DF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save tables as &amp;Excel...</source>
        <translation>Lưu các bảng thành &amp;Excel...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save tables as CS&amp;V...</source>
        <translation>Lưu các bảng thành CS&amp;V...</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The document settings were not kept for next time: %1</source>
        <translation>Không lưu được thiết lập văn bản cho lần sau: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Save tables as Excel</source>
        <translation>Lưu các bảng thành Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save tables as CSV</source>
        <translation>Lưu các bảng thành CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This document has no tables.</source>
        <translation>Văn bản này không có bảng nào.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Đã lưu %n tệp vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The printer could not be used. Check that it is switched on and try again.</source>
        <translation>Không sử dụng được máy in. Hãy kiểm tra máy in đã được bật chưa rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::DocumentSettingsForm</name>
    <message>
        <location filename="../ui/documents/DocumentSettingsForm.cpp" line="+40"/>
        <source>Header</source>
        <translation>Phần đầu văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed in capitals on the first line of the header</source>
        <translation>In chữ in hoa ở dòng đầu tiên của phần đầu văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed in bold capitals, with a short rule below</source>
        <translation>In chữ in hoa, đậm, có đường kẻ ngắn bên dưới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(blank, written by hand)</source>
        <translation>(để trống, viết tay)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers under 10 are printed with a leading zero (05)</source>
        <translation>Số nhỏ hơn 10 được in thêm số 0 ở trước (05)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The symbol after the number, such as BB-HĐTĐ or QĐ-SNV</source>
        <translation>Ký hiệu sau số văn bản, ví dụ BB-HĐTĐ hoặc QĐ-SNV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The place name of the date line</source>
        <translation>Địa danh ở dòng ngày tháng</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting (minutes)</source>
        <translation>Cuộc họp (biên bản)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Started at</source>
        <translation>Bắt đầu lúc</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Ended at</source>
        <translation>Kết thúc lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting place</source>
        <translation>Địa điểm họp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the meeting was held</source>
        <translation>Nơi tổ chức cuộc họp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>Chủ tọa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signs on the right of minutes</source>
        <translation>Ký bên phải biên bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signs on the left of minutes</source>
        <translation>Ký bên trái biên bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On behalf of</source>
        <translation>Ký thay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example KT. GIÁM ĐỐC; leave empty when the head signs</source>
        <translation>Ví dụ KT. GIÁM ĐỐC; để trống nếu người đứng đầu ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The signer&apos;s title, such as PHÓ GIÁM ĐỐC</source>
        <translation>Chức vụ của người ký, ví dụ PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The signer&apos;s full name</source>
        <translation>Họ và tên người ký</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One legal basis per line (Căn cứ ...)</source>
        <translation>Mỗi căn cứ một dòng (Căn cứ ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One recipient per line; the last is usually Lưu: VT</source>
        <translation>Mỗi nơi nhận một dòng; dòng cuối thường là Lưu: VT</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::EvidencePanel</name>
    <message>
        <location filename="../ui/sheet/EvidencePanel.cpp" line="+62"/>
        <source>Evidence files</source>
        <translation>Tệp tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files attached to this criterion; Enter or a double click opens one. Files can be dropped here.</source>
        <translation>Các tệp đính kèm cho tiêu chí này; nhấn Enter hoặc nhấp đúp để mở tệp. Có thể kéo thả tệp vào đây.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop files here or choose Attach.</source>
        <translation>Kéo thả tệp vào đây hoặc chọn Đính kèm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Attach...</source>
        <translation>Đính &amp;kèm...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach evidence</source>
        <translation>Đính kèm tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files as evidence of the selected criterion</source>
        <translation>Đính kèm tệp làm tài liệu kiểm chứng cho tiêu chí đang chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open evidence</source>
        <translation>Mở tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected file with the program the system uses for it</source>
        <translation>Mở tệp đang chọn bằng chương trình mặc định của hệ thống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move...</source>
        <translation>&amp;Xóa...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+247"/>
        <source>Remove evidence</source>
        <translation>Xóa tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Remove the selected file from the sheet (a reason is asked)</source>
        <translation>Xóa tệp đang chọn khỏi phiếu (phải nêu lý do)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xplanation where there is no evidence file:</source>
        <translation>&amp;Giải trình khi không có tệp tài liệu kiểm chứng:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explanation</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why there is no evidence file, and where the evidence can be seen; saved as you type</source>
        <translation>Lý do không có tệp tài liệu kiểm chứng và nơi có thể xem tài liệu kiểm chứng; nội dung được lưu ngay trong khi nhập</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Evidence of %1 %2</source>
        <translation>Tài liệu kiểm chứng của %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence is required: attach a file or write an explanation.</source>
        <translation>Bắt buộc có tài liệu kiểm chứng: hãy đính kèm tệp hoặc nhập nội dung giải trình.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence may be attached.</source>
        <translation>Có thể đính kèm tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No evidence is asked for.</source>
        <translation>Không yêu cầu tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached by %1</source>
        <translation>Do %1 đính kèm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a criterion to see its evidence.</source>
        <translation>Chọn một tiêu chí để xem tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give the criterion a value first; then an explanation can be written.</source>
        <translation>Cần nhập giá trị cho tiêu chí trước, sau đó mới có thể nhập nội dung giải trình.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why there is no evidence file, and where the evidence can be seen</source>
        <translation>Lý do không có tệp tài liệu kiểm chứng và nơi có thể xem tài liệu kiểm chứng</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Attach evidence to criterion %1</source>
        <translation>Đính kèm tài liệu kiểm chứng cho tiêu chí %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents and scans (*.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Văn bản và bản quét (*.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.jpg *.jpeg *.png *.tif *.tiff);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file &quot;%1&quot; is not on this computer yet. %2</source>
        <translation>Tệp &quot;%1&quot; chưa có trên máy này. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file &quot;%1&quot; could not be prepared for opening in %2.</source>
        <translation>Không thể chuẩn bị tệp &quot;%1&quot; để mở tại %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No program could open &quot;%1&quot;.</source>
        <translation>Không có chương trình nào mở được &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why is &quot;%1&quot; removed from criterion %2?</source>
        <translation>Lý do xóa &quot;%1&quot; khỏi tiêu chí %2?</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ExaminationResultsTable</name>
    <message>
        <location filename="../ui/council/ExaminationResultsTable.cpp" line="+22"/>
        <source>Candidate</source>
        <translation>Thí sinh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total of the parts</source>
        <translation>Tổng điểm các phần</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority points</source>
        <translation>Điểm ưu tiên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total with priority points</source>
        <translation>Tổng điểm kể cả ưu tiên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank</source>
        <translation>Thứ hạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result (Decree 170/2025)</source>
        <translation>Kết quả (Nghị định 170/2025)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot be decided: %1</source>
        <translation>Chưa xác định được kết quả: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the score of: %1</source>
        <translation>Chờ điểm phần: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passed</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>Không đạt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(tied after every tie-break: the head of the agency decides)</source>
        <translation>(vẫn bằng điểm sau mọi tiêu chí phụ: người đứng đầu cơ quan quyết định)</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ImportPreviewDialog</name>
    <message>
        <location filename="../ui/catalogue/ImportPreviewDialog.cpp" line="+36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import units: preview</source>
        <translation>Nhập đơn vị: xem trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import people: preview</source>
        <translation>Nhập công chức, viên chức: xem trước</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing has been written yet. Press Import to write these changes.</source>
        <translation>Chưa có dữ liệu nào được ghi. Nhấn Nhập để ghi các thay đổi này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be imported: correct the rejected rows (or the file) and import it again. Nothing will be written.</source>
        <translation>Không thể nhập tệp này: hãy sửa các dòng bị từ chối (hoặc sửa tệp) rồi nhập lại. Sẽ không có dữ liệu nào được ghi.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rows of the file</source>
        <translation>Các dòng của tệp</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task group</source>
        <translation>Nhóm nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rows listed here</source>
        <translation>Ghi các dòng được liệt kê ở đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected rows must be corrected first</source>
        <translation>Phải sửa các dòng bị từ chối trước</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>changes: %1</source>
        <translation>thay đổi: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::LeafValueDelegate</name>
    <message>
        <location filename="../ui/sheet/LeafValueDelegate.cpp" line="+22"/>
        <source>Reason for the change of criterion %1</source>
        <translation>Lý do thay đổi tiêu chí %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the appraised value differs from the self-assessed one</source>
        <translation>Lý do giá trị thẩm định khác với giá trị tự đánh giá</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Value of criterion %1</source>
        <translation>Giá trị của tiêu chí %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2 points)</source>
        <translation>%1 (%2 điểm)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Nothing entered; criterion %1 accepts %2.</source>
        <translation>Chưa nhập giá trị; tiêu chí %1 cho phép %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entered %1; criterion %2 accepts %3.</source>
        <translation>Đã nhập %1; tiêu chí %2 cho phép %3.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+88"/>
        <location line="+330"/>
        <source>Evaluation</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Screens</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A synchronisation is running; open the file again when it has finished.</source>
        <translation>Đang đồng bộ; hãy mở lại tệp khi đồng bộ xong.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is on the provincial server: sign in to fetch it.</source>
        <translation>Tệp đang ở máy chủ của tỉnh: hãy đăng nhập để tải về.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Campaigns</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluation campaigns, their deadlines and progress</source>
        <translation>Các đợt đánh giá, hạn hoàn thành và tiến độ thực hiện</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for me</source>
        <translation>Chờ tôi xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification and quota</source>
        <translation>Xếp loại và tỷ lệ tối đa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval queue</source>
        <translation>Hàng chờ duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheets waiting for your role, and the classification of a unit</source>
        <translation>Các phiếu đang chờ vai trò của bạn xử lý và kết quả xếp loại của đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score sheets</source>
        <translation>Phiếu chấm điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score, attach evidence, appraise</source>
        <translation>Chấm điểm, đính kèm tài liệu kiểm chứng, thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview councils</source>
        <translation>Hội đồng sát hạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members&apos; scores, dialogues, agreed and official scores</source>
        <translation>Điểm của thành viên, trao đổi thống nhất, điểm thống nhất và điểm chính thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry of paper questionnaires and the survey points</source>
        <translation>Nhập phiếu khảo sát giấy và điểm khảo sát</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results and charts</source>
        <translation>Kết quả và biểu đồ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ranking, field indexes, grades and trends</source>
        <translation>Xếp hạng, chỉ số lĩnh vực, xếp loại và diễn biến</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogues</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units, people and criteria sets</source>
        <translation>Đơn vị, công chức, viên chức và bộ tiêu chí</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+227"/>
        <source>Sync conflicts</source>
        <translation>Xung đột đồng bộ</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Rows changed both here and on the provincial server: compare and decide</source>
        <translation>Các bản ghi bị sửa cả trên máy này và trên máy chủ cấp tỉnh: đối chiếu và quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User, role and language</source>
        <translation>Người dùng, vai trò và ngôn ngữ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign &amp;in to the server…</source>
        <translation>Đăng &amp;nhập máy chủ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Chuyển đến</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync &amp;log</source>
        <translation>&amp;Nhật ký đồng bộ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sync</source>
        <translation>Đồng &amp;bộ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>User: %1 — %2</source>
        <translation>Người dùng: %1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — Evaluation</source>
        <translation>%1 — Đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database open: File &gt; Open database</source>
        <translation>Chưa mở cơ sở dữ liệu: Tệp &gt; Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working on a single computer (not linked to a server)</source>
        <translation>Làm việc trên một máy (chưa liên kết máy chủ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is not linked to the provincial server: every change is kept only in the database file on this computer, and any role may be chosen in Settings. Keep copies with File &gt; Back up.</source>
        <translation>Cơ sở dữ liệu này chưa liên kết với máy chủ của tỉnh: mọi thay đổi chỉ được lưu trong tệp cơ sở dữ liệu trên máy này, và có thể chọn bất kỳ vai trò nào trong Cài đặt. Hãy giữ bản sao bằng Tệp &gt; Sao lưu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in to %1 as %2</source>
        <translation>Đã đăng nhập %1 bằng tài khoản %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account %1 of %2, offline</source>
        <translation>Tài khoản %1 của %2, đang làm việc ngoại tuyến</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account %1 of %2: sign in again to make changes</source>
        <translation>Tài khoản %1 của %2: đăng nhập lại để thay đổi dữ liệu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linked to %1. Offline work as this account is possible until %2.</source>
        <translation>Đã liên kết với %1. Có thể làm việc ngoại tuyến bằng tài khoản này đến %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked to %1. Sign in to work as this account again.</source>
        <translation>Đã liên kết với %1. Hãy đăng nhập để tiếp tục làm việc bằng tài khoản này.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Sign out of the provincial server? The saved sign-in is deleted from this computer, and the next synchronisation asks for the password. Until you sign in again nothing can be changed in this database; it can still be read, printed and exported.</source>
        <translation>Đăng xuất khỏi máy chủ của tỉnh? Phiên đăng nhập đã lưu sẽ bị xóa khỏi máy này, và lần đồng bộ sau sẽ hỏi mật khẩu. Cho đến khi đăng nhập lại, không thể thay đổi dữ liệu trong cơ sở dữ liệu này; vẫn có thể xem, in và xuất dữ liệu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed out of the provincial server.</source>
        <translation>Đã đăng xuất khỏi máy chủ của tỉnh.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <location line="-88"/>
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
</context>
<context>
    <name>danhgia::ui::MessageBar</name>
    <message>
        <location filename="../ui/common/MessageBar.cpp" line="+43"/>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Ẩn thông báo này</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::OfflineUseBanner</name>
    <message>
        <location filename="../ui/sync/OfflineUseBanner.cpp" line="+25"/>
        <source>Sign in…</source>
        <translation>Đăng nhập…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to the provincial server to work as the account again</source>
        <translation>Đăng nhập máy chủ của tỉnh để làm việc lại bằng tài khoản</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 Reading, printing and exporting still work.</source>
        <translation>%1 Vẫn có thể xem, in ấn và xuất dữ liệu.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::PersonFlagsDialog</name>
    <message>
        <location filename="../ui/queue/PersonFlagsDialog.cpp" line="+54"/>
        <source>Facts affecting the grade: %1 (%2)</source>
        <translation>Các yếu tố ảnh hưởng xếp loại: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discipline, conclusions, absence, months worked, maternity leave and, for leaders, their unit&apos;s results change the grade whatever the score. A fact recorded here applies to every score sheet of %1 in the campaign %2.</source>
        <translation>Kỷ luật, kết luận, nghỉ theo quy định, thời gian công tác, nghỉ thai sản và, đối với lãnh đạo, kết quả của đơn vị phụ trách làm thay đổi mức xếp loại bất kể số điểm. Yếu tố ghi ở đây được áp dụng cho mọi phiếu chấm điểm của %1 trong đợt đánh giá %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In force:</source>
        <translation>Đang áp dụng:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <location line="+40"/>
        <source>Fact</source>
        <translation>Yếu tố</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+14"/>
        <location line="+33"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded at</source>
        <translation>Thời điểm ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts in force</source>
        <translation>Các yếu tố đang áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a fact to remove it</source>
        <translation>Chọn một yếu tố để gỡ bỏ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A fact the criteria set defines, with what it does to the grade</source>
        <translation>Yếu tố do bộ tiêu chí quy định, kèm tác động đến mức xếp loại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fact:</source>
        <translation>&amp;Yếu tố:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened and on which grounds (required)</source>
        <translation>Sự việc gì, căn cứ nào (bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of the decision or conclusion, if there is one</source>
        <translation>Số của quyết định hoặc kết luận, nếu có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 12/QĐ-UBND</source>
        <translation>ví dụ 12/QĐ-UBND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the document; kept only with a document number</source>
        <translation>Ngày ban hành văn bản; chỉ được lưu khi có số văn bản</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document &amp;date:</source>
        <translation>&amp;Ngày văn bản:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record the fact</source>
        <translation>&amp;Ghi yếu tố</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move the selected fact…</source>
        <translation>Gỡ &amp;bỏ yếu tố đang chọn…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History:</source>
        <translation>Lịch sử:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of the facts</source>
        <translation>Lịch sử các yếu tố ảnh hưởng xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who recorded or removed each fact, when and why</source>
        <translation>Ai đã ghi hoặc gỡ bỏ từng yếu tố, khi nào và vì sao</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> of %1</source>
        <translation> ngày %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>removed</source>
        <translation>đã gỡ bỏ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recorded</source>
        <translation>đã ghi</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is recorded for %2.</source>
        <translation>Đã ghi yếu tố %1 cho %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove a fact</source>
        <translation>Gỡ bỏ yếu tố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does &quot;%1&quot; no longer apply to %2? The reason is recorded.</source>
        <translation>Vì sao yếu tố &quot;%1&quot; không còn áp dụng cho %2? Lý do sẽ được lưu lại.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is removed for %2.</source>
        <translation>Đã gỡ bỏ yếu tố %1 của %2.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::QuotaCeilingDialog</name>
    <message>
        <location filename="../ui/queue/QuotaCeilingDialog.cpp" line="+24"/>
        <source>Raised ceiling of the quota</source>
        <translation>Nâng tỷ lệ tối đa &quot;hoàn thành xuất sắc&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The competent level may allow an outstanding agency more than %1% of its people graded at the quota grade. Record its decision here.</source>
        <translation>Cấp có thẩm quyền có thể cho phép cơ quan, đơn vị có thành tích nổi bật được xếp loại &quot;hoàn thành xuất sắc&quot; vượt quá %1%. Ghi quyết định đó tại đây.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan, đơn vị:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ceiling in percent</source>
        <translation>Tỷ lệ tối đa (phần trăm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 30</source>
        <translation>ví dụ 30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ceiling (%):</source>
        <translation>&amp;Tỷ lệ tối đa (%):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>ví dụ 125/QĐ-UBND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision &amp;date:</source>
        <translation>&amp;Ngày quyết định:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Record</source>
        <translation>&amp;Ghi nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::QuotaScopeModel</name>
    <message>
        <location filename="../ui/queue/QuotaScopeModel.cpp" line="+57"/>
        <source>Raised by decision %1 of %2: %3 (recorded by %4)</source>
        <translation>Được nâng theo quyết định số %1 ngày %2: %3 (người ghi: %4)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no agency)</source>
        <translation>(không có cơ quan)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no task group)</source>
        <translation>(không có nhóm nhiệm vụ)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% (decision %2, %3)</source>
        <translation>%1% (QĐ số %2, ngày %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How many are graded %1 in this scope once the quota is applied; the quota is a share of them</source>
        <translation>Số người xếp loại %1 trong phạm vi này sau khi áp dụng tỷ lệ tối đa; tỷ lệ tối đa được tính trên số này</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many may keep %1 in this scope</source>
        <translation>Số người được giữ %1 trong phạm vi này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share in force: the criteria set&apos;s, or a raised ceiling allowed by the competent level</source>
        <translation>Tỷ lệ đang áp dụng: tỷ lệ của bộ tiêu chí, hoặc tỷ lệ được cấp có thẩm quyền cho phép nâng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task group</source>
        <translation>Nhóm nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graded %1</source>
        <translation>Xếp loại %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed</source>
        <translation>Được giữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tied</source>
        <translation>Bằng điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowered</source>
        <translation>Hạ loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ceiling in force</source>
        <translation>Tỷ lệ áp dụng</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::QuotaScopesPanel</name>
    <message>
        <location filename="../ui/queue/QuotaScopesPanel.cpp" line="+38"/>
        <source>&amp;Raise ceiling…</source>
        <translation>&amp;Nâng tỷ lệ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise ceiling</source>
        <translation>Nâng tỷ lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw ceiling…</source>
        <translation>&amp;Thu hồi tỷ lệ nâng…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw ceiling</source>
        <translation>Thu hồi tỷ lệ nâng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quota by agency and task group</source>
        <translation>Tỷ lệ tối đa theo cơ quan và nhóm nhiệm vụ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Quota of %1: at most %2% of those graded %3, counted within each %4</source>
        <translation>Tỷ lệ %1: không quá %2% số người xếp loại %3, tính trong từng %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and within each </source>
        <translation> và trong từng </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The criteria set does not count the quota per agency, so a unit&apos;s ceiling does not apply.</source>
        <translation>Bộ tiêu chí không tính tỷ lệ tối đa theo từng cơ quan, nên không áp dụng tỷ lệ nâng cho đơn vị.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a higher share allowed to the selected agency by the competent level</source>
        <translation>Ghi tỷ lệ cao hơn mà cấp có thẩm quyền cho phép đối với cơ quan, đơn vị đang chọn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdraw the raised ceiling of the selected agency</source>
        <translation>Thu hồi tỷ lệ được nâng của cơ quan, đơn vị đang chọn</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The raised ceiling of %1 (%2%) is recorded; the quota is counted again.</source>
        <translation>Đã ghi tỷ lệ được nâng của %1 (%2%); tỷ lệ tối đa đã được tính lại.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Withdraw the raised ceiling</source>
        <translation>Thu hồi tỷ lệ được nâng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the raised ceiling of %1 withdrawn?</source>
        <translation>Vì sao thu hồi tỷ lệ được nâng của %1?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The raised ceiling of %1 was not withdrawn: %2</source>
        <translation>Chưa thu hồi được tỷ lệ được nâng của %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The raised ceiling of %1 is withdrawn; the criteria set&apos;s quota applies.</source>
        <translation>Đã thu hồi tỷ lệ được nâng của %1; áp dụng lại tỷ lệ tối đa của bộ tiêu chí.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::RatioEditor</name>
    <message>
        <location filename="../ui/sheet/RatioEditor.cpp" line="+35"/>
        <source>Number done</source>
        <translation>Số đã thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number done (on time, as the criterion asks)</source>
        <translation>Số đã thực hiện (đúng hạn, theo yêu cầu của tiêu chí)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of</source>
        <translation>trên tổng số</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total number</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The total number that arose in the period (0: none arose)</source>
        <translation>Tổng số phát sinh trong kỳ (0: không phát sinh)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 of %2</source>
        <translation>%1 trên tổng số %2</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ResultsView</name>
    <message>
        <location filename="../ui/charts/ResultsView.cpp" line="+60"/>
        <source>&amp;Campaign:</source>
        <translation>Đợt đánh &amp;giá:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign whose results are shown</source>
        <translation>Đợt đánh giá đang hiển thị kết quả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export chart as PNG…</source>
        <translation>&amp;Xuất biểu đồ ra tệp PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the chart of the current tab as a PNG image</source>
        <translation>Lưu biểu đồ của thẻ hiện tại thành ảnh PNG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Report…</source>
        <translation>&amp;Báo cáo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, print or save the report of the campaign&apos;s results</source>
        <translation>Xem trước, in hoặc lưu báo cáo kết quả của đợt đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft &amp;decision…</source>
        <translation>Dự thảo &amp;quyết định…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, print or save the draft decision recognising the results</source>
        <translation>Xem trước, in hoặc lưu dự thảo quyết định công nhận kết quả</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+132"/>
        <source>Subject</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+132"/>
        <location line="+33"/>
        <location line="+5"/>
        <source>Index</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Grade</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grades</source>
        <translation>Mức xếp loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Diễn biến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subjects ranked by index</source>
        <translation>Xếp hạng các đối tượng theo chỉ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The field indexes of the selected subject against the province average</source>
        <translation>Chỉ số từng lĩnh vực của đối tượng đang chọn so với bình quân của tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many subjects have each grade</source>
        <translation>Số đối tượng theo từng mức xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The index of the selected subject in each period, with the province average</source>
        <translation>Chỉ số của đối tượng đang chọn qua từng kỳ đánh giá, kèm bình quân của tỉnh</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open a database to see the results of its campaigns.</source>
        <translation>Hãy mở một cơ sở dữ liệu để xem kết quả các đợt đánh giá.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no campaigns in this database yet.</source>
        <translation>Cơ sở dữ liệu này chưa có đợt đánh giá nào.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The results of %1 cannot be computed: %2</source>
        <translation>Không tính được kết quả của %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The campaign %1 has no score sheets yet.</source>
        <translation>Đợt đánh giá %1 chưa có phiếu chấm điểm nào.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ranking by index: %1</source>
        <translation>Xếp hạng theo chỉ số: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Distribution of grades: %1</source>
        <translation>Phân bố mức xếp loại: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Field indexes: province average</source>
        <translation>Chỉ số lĩnh vực: bình quân của tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field indexes: %1 and the province average</source>
        <translation>Chỉ số lĩnh vực: %1 và bình quân của tỉnh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index by period: province average</source>
        <translation>Chỉ số theo kỳ đánh giá: bình quân của tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index by period: %1 and the province average</source>
        <translation>Chỉ số theo kỳ đánh giá: %1 và bình quân của tỉnh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Kỳ đánh giá</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: some criteria have no value yet</source>
        <translation>%1: một số tiêu chí chưa có giá trị</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No results to show.</source>
        <translation>Không có kết quả để hiển thị.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chart %1</source>
        <comment>file name of an exported chart: the chart&apos;s tab</comment>
        <translation>Biểu đồ %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no chart to export.</source>
        <translation>Không có biểu đồ để xuất.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The chart was saved to %1.</source>
        <translation>Đã lưu biểu đồ vào %1.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::RowsImportDialog</name>
    <message>
        <location filename="../ui/sheet/RowsImportDialog.cpp" line="+24"/>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing has been written yet. Press Import to write these rows.</source>
        <translation>Chưa ghi gì. Bấm &quot;Nhập&quot; để ghi các dòng này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing will be written.</source>
        <translation>Sẽ không ghi gì.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows of the file</source>
        <translation>Các dòng của tệp</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the rows listed here</source>
        <translation>Ghi các dòng liệt kê ở đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused rows must be corrected in the file first</source>
        <translation>Phải sửa các dòng bị từ chối trong tệp trước</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ScoreSheetForm</name>
    <message>
        <location filename="../ui/sheet/ScoreSheetForm.cpp" line="+55"/>
        <source>Criteria and scores</source>
        <translation>Tiêu chí và điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a value or press Enter to edit it; Enter saves it and goes to the next criterion</source>
        <translation>Nhập giá trị hoặc nhấn Enter để sửa; nhấn Enter để lưu và chuyển sang tiêu chí tiếp theo</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n criterion/criteria imported. Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>
            <numerusform>Đã nhập %n tiêu chí. Hoàn tác (Ctrl+Z) sẽ bỏ toàn bộ lần nhập này.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: %1</source>
        <translation>Không ghi giá trị đã nhập: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected criterion not applicable in this period</source>
        <translation>Đánh dấu tiêu chí đang chọn là không áp dụng trong kỳ đánh giá này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear value</source>
        <translation>Xóa giá trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the self-assessed value of the selected criterion (Delete)</source>
        <translation>Xóa giá trị tự đánh giá của tiêu chí đang chọn (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit tasks...</source>
        <translation>Sửa danh sách nhiệm vụ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the list of tasks of the selected criterion</source>
        <translation>Sửa danh sách nhiệm vụ của tiêu chí đang chọn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import from Excel...</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the self-assessed values from a spreadsheet with one row per criterion (columns &quot;Mã tiêu chí&quot;, &quot;Giá trị&quot; and, if needed, &quot;Giải trình&quot;)</source>
        <translation>Nhập giá trị tự đánh giá từ bảng tính, mỗi tiêu chí một dòng (cột &quot;Mã tiêu chí&quot;, &quot;Giá trị&quot; và, nếu cần, &quot;Giải trình&quot;)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before submission</source>
        <translation>Trước khi gửi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>The sheet is now &quot;%1&quot;.</source>
        <translation>Phiếu đã chuyển sang trạng thái &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::ScoreSheetModel</name>
    <message>
        <location filename="../ui/sheet/ScoreSheetModel.cpp" line="+164"/>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explained</source>
        <translation>Đã giải trình</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not appraised yet: the self-assessment is shown.</source>
        <translation>Chưa thẩm định: đang hiển thị kết quả tự đánh giá.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed by the appraiser: %1</source>
        <translation>Người thẩm định đã thay đổi: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n evidence file(s) attached.</source>
        <translation>
            <numerusform>Đã đính kèm %n tệp tài liệu kiểm chứng.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence is required: attach a file or write an explanation.</source>
        <translation>Bắt buộc có tài liệu kiểm chứng: hãy đính kèm tệp hoặc nhập nội dung giải trình.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file; explained: %1</source>
        <translation>Không có tệp; giải trình: %1</translation>
    </message>
    <message>
        <location line="+145"/>
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
        <source>The most points the criterion gives (a deduction: the most it takes away)</source>
        <translation>Số điểm tối đa của tiêu chí (đối với tiêu chí điểm trừ: số điểm trừ tối đa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value given in the self-assessment</source>
        <translation>Giá trị nhập khi tự đánh giá</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Self-assessed</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points of the self-assessment</source>
        <translation>Điểm tự đánh giá</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The value accepted by the appraiser</source>
        <translation>Giá trị được người thẩm định chấp nhận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points after the appraisal</source>
        <translation>Điểm sau thẩm định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraised points minus self-assessed points</source>
        <translation>Điểm thẩm định trừ điểm tự đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the appraiser changed the value (required for every change)</source>
        <translation>Lý do người thẩm định thay đổi giá trị (bắt buộc đối với mọi thay đổi)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence files attached, or whether required evidence is missing</source>
        <translation>Các tệp tài liệu kiểm chứng đã đính kèm, hoặc tình trạng thiếu tài liệu kiểm chứng bắt buộc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SettingsView</name>
    <message>
        <location filename="../ui/settings/SettingsView.cpp" line="+28"/>
        <source>Who works at this computer</source>
        <translation>Người sử dụng máy tính này</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your full name, as the audit trail records who changed what</source>
        <translation>Họ và tên của bạn, vì nhật ký thay đổi ghi lại người thay đổi và nội dung thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role you act in: it decides which steps of the workflow you may take</source>
        <translation>Vai trò bạn đảm nhận: quyết định các bước trong quy trình mà bạn được thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Provincial server</source>
        <translation>Máy chủ của tỉnh</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Language of the program</source>
        <translation>Ngôn ngữ của chương trình</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Address of the provincial server</source>
        <translation>Địa chỉ máy chủ của tỉnh</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Applies the next time the program starts</source>
        <translation>Có hiệu lực từ lần khởi động chương trình tiếp theo</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Where the database is synchronised; empty: this computer works alone</source>
        <translation>Nơi cơ sở dữ liệu được đồng bộ; để trống: máy này làm việc một mình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Địa chỉ máy chủ:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect when the program restarts. After saving, you may restart it at once.</source>
        <translation>Ngôn ngữ mới có hiệu lực khi khởi động lại chương trình. Sau khi lưu, bạn có thể khởi động lại ngay.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>CA certificate to trust</source>
        <translation>Chứng thư CA được tin cậy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a PEM file with the certificate authority of the provincial server; then only that authority is trusted</source>
        <translation>Không bắt buộc: tệp PEM chứa chứng thư của tổ chức cấp chứng thư (CA) của máy chủ tỉnh; khi đó chỉ tin cậy tổ chức này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Lưu cài đặt</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Chứng thư CA:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the user, the role, the server and the language</source>
        <translation>Lưu người dùng, vai trò, máy chủ và ngôn ngữ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Write your full name: the audit trail records it with every change.</source>
        <translation>Hãy nhập họ và tên: nhật ký thay đổi ghi lại họ và tên cùng với mỗi thay đổi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settings saved. The new language applies the next time the program starts.</source>
        <translation>Đã lưu cài đặt. Ngôn ngữ mới có hiệu lực từ lần khởi động chương trình tiếp theo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the program</source>
        <translation>Khởi động lại chương trình</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is shown once the program starts again. Restart it now?</source>
        <translation>Ngôn ngữ mới được hiển thị khi chương trình khởi động lại. Khởi động lại ngay bây giờ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program cannot be started again. Close it and start it yourself to see the new language.</source>
        <translation>Không khởi động lại được chương trình. Hãy đóng chương trình và tự mở lại để dùng ngôn ngữ mới.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CA certificate of the provincial server</source>
        <translation>Chứng thư CA của máy chủ tỉnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Chứng thư (*.pem *.crt *.cer);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in to %1 as %2, unit: %3. The name, the unit and the roles are those of the account.</source>
        <translation>Đã đăng nhập %1 bằng tài khoản %2, đơn vị: %3. Họ tên, đơn vị và vai trò là của tài khoản.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database is not linked to the provincial server: any role may be chosen.</source>
        <translation>Cơ sở dữ liệu này chưa liên kết với máy chủ của tỉnh: có thể chọn bất kỳ vai trò nào.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SheetBatchExportDialog</name>
    <message>
        <location filename="../ui/documents/SheetBatchExportDialog.cpp" line="+12"/>
        <source>Export score sheets to PDF</source>
        <translation>Xuất các phiếu chấm điểm ra PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the score sheets...</source>
        <translation>Đang ghi các phiếu chấm điểm...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing score sheet %1 of %2...</source>
        <translation>Đang ghi phiếu %1/%2...</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n PDF file(s) written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n tệp PDF vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was cancelled; the files written so far are complete.</source>
        <translation>Đã hủy việc xuất; các tệp đã ghi đều đầy đủ.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n sheet(s) could not be written:</source>
        <translation>
            <numerusform>Không ghi được %n phiếu:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SheetEditController</name>
    <message>
        <location filename="../ui/sheet/SheetEditController.cpp" line="+50"/>
        <source>Reason for the change</source>
        <translation>Lý do thay đổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion %1 %2: the appraised value &quot;%3&quot; differs from the self-assessed &quot;%4&quot;. Why was it changed?</source>
        <translation>Tiêu chí %1 %2: giá trị thẩm định &quot;%3&quot; khác với giá trị tự đánh giá &quot;%4&quot;. Lý do thay đổi?</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SheetHistoryModel</name>
    <message>
        <location filename="../ui/queue/SheetHistoryModel.cpp" line="+56"/>
        <source>When, who</source>
        <translation>Thời gian, người thực hiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SheetHistoryPanel</name>
    <message>
        <location filename="../ui/queue/SheetHistoryPanel.cpp" line="+48"/>
        <source>Campaign:</source>
        <translation>Đợt đánh giá:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task group:</source>
        <translation>Nhóm nhiệm vụ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>Kỳ đánh giá:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline:</source>
        <translation>Hạn hoàn thành:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last change:</source>
        <translation>Thay đổi gần nhất:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History and audit trail</source>
        <translation>Lịch sử và nhật ký thay đổi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History of the sheet</source>
        <translation>Lịch sử của phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to the sheet, its evidence and its comments, newest first</source>
        <translation>Mọi thay đổi đối với phiếu, tài liệu kiểm chứng và ý kiến của phiếu, mới nhất xếp trước</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Open sheet</source>
        <translation>&amp;Mở phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open sheet</source>
        <translation>Mở phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the score sheet with its values and evidence (Enter in the list)</source>
        <translation>Mở phiếu chấm điểm cùng các giá trị và tài liệu kiểm chứng (nhấn Enter trong danh sách)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The sheet cannot be shown: %1</source>
        <translation>Không hiển thị được phiếu: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (overdue)</source>
        <translation>%1 (quá hạn)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No sheet chosen</source>
        <translation>Chưa chọn phiếu</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SheetRefusalBanner</name>
    <message>
        <location filename="../ui/sync/SheetRefusalBanner.cpp" line="+23"/>
        <source>The provincial server refused the last change of this sheet: %1</source>
        <translation>Máy chủ của tỉnh đã từ chối thay đổi gần nhất của phiếu này: %1</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SheetSummaryBar</name>
    <message>
        <location filename="../ui/sheet/SheetSummaryBar.cpp" line="+88"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: not started</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: chưa bắt đầu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: total &lt;b&gt;%2&lt;/b&gt; of %3 points · index &lt;b&gt;%4&lt;/b&gt; · &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: tổng điểm &lt;b&gt;%2&lt;/b&gt;/%3 điểm · chỉ số &lt;b&gt;%4&lt;/b&gt; · &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no grade</source>
        <translation>chưa xếp loại</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n criterion(s) without a value</source>
        <translation>
            <numerusform>%n tiêu chí chưa có giá trị</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign: %1</source>
        <translation>Đợt đánh giá: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1</source>
        <translation>Kỳ đánh giá: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criteria: %1</source>
        <translation>Bộ tiêu chí: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working as %1, %2</source>
        <translation>Đang làm việc với tư cách %1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SheetUndoControls</name>
    <message>
        <location filename="../ui/sheet/SheetUndoControls.cpp" line="+48"/>
        <location line="+18"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Undo the %1; the value saved before comes back (Ctrl+Z)</source>
        <translation>Hoàn tác %1; giá trị đã lưu trước đó được khôi phục (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to undo</source>
        <translation>Không có thao tác để hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the %1 again (Ctrl+Y)</source>
        <translation>Thực hiện lại %1 (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to redo</source>
        <translation>Không có thao tác để làm lại</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SheetValuesImporter</name>
    <message>
        <location filename="../ui/sheet/SheetValuesImporter.cpp" line="+25"/>
        <source>Will be written (value and explanation)</source>
        <translation>Sẽ ghi (giá trị và giải trình)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will be written</source>
        <translation>Sẽ ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will be written (explanation)</source>
        <translation>Sẽ ghi (giải trình)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No value: left as it is</source>
        <translation>Không có giá trị: giữ nguyên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: %1</source>
        <translation>Từ chối: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import self-assessed values</source>
        <translation>Nhập giá trị tự đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.xls *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file could not be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import self-assessed values: preview</source>
        <translation>Nhập giá trị tự đánh giá: xem trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value now</source>
        <translation>Giá trị hiện có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value in the file</source>
        <translation>Giá trị trong tệp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explanation</source>
        <translation>Giải trình</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SheetWorkflowBar</name>
    <message>
        <location filename="../ui/sheet/SheetWorkflowBar.cpp" line="+23"/>
        <source>Send the sheet back to the assessed person or unit, with a reason</source>
        <translation>Trả lại phiếu cho người hoặc đơn vị được đánh giá, kèm theo lý do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the self-assessment for appraisal</source>
        <translation>Gửi kết quả tự đánh giá để thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the appraisal as done</source>
        <translation>Ghi nhận đã hoàn thành thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the appraised result</source>
        <translation>Phê duyệt kết quả đã thẩm định</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1, period %2</source>
        <translation>%1, kỳ %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submit the self-assessment of %1 for appraisal?

Once submitted, the self-assessed values can no longer be changed unless the sheet is returned.</source>
        <translation>Gửi phần tự đánh giá của %1 để thẩm định?

Sau khi gửi, điểm tự đánh giá không sửa được nữa, trừ khi phiếu bị trả lại.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve the appraised result of %1?

Once approved, its scores can no longer change unless the sheet is reopened with a reason.</source>
        <translation>Phê duyệt kết quả thẩm định của %1?

Sau khi phê duyệt, điểm không thể thay đổi trừ khi phiếu được mở lại có nêu lý do.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Why is the sheet returned? The reason goes with it and stays in the audit trail.</source>
        <translation>Lý do trả lại phiếu? Lý do được gửi kèm phiếu và được lưu trong nhật ký thay đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? The reason stays in the audit trail.</source>
        <translation>Lý do? Lý do được lưu trong nhật ký thay đổi.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SheetsPage</name>
    <message>
        <location filename="../ui/SheetsPage.cpp" line="+38"/>
        <source>Campaign</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign whose sheets are listed</source>
        <translation>Đợt đánh giá có các phiếu đang được liệt kê</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name or code, with or without diacritics</source>
        <translation>Tìm theo tên hoặc mã, gõ có dấu hoặc không dấu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the sheets</source>
        <translation>Tìm kiếm phiếu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Score sheets</source>
        <translation>Phiếu chấm điểm</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Print &amp;sheet…</source>
        <translation>In &amp;phiếu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, print or save the selected score sheet as a form to sign</source>
        <translation>Xem trước, in hoặc lưu phiếu đang chọn thành biểu mẫu để ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraisal &amp;minutes…</source>
        <translation>&amp;Biên bản thẩm định…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, print or save the minutes of the appraisal of the selected unit</source>
        <translation>Xem trước, in hoặc lưu biên bản thẩm định của đơn vị đang chọn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appraisal &amp;council</source>
        <translation>&amp;Hội đồng thẩm định</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The appraisal council of the campaign, and the minutes of every appraised unit</source>
        <translation>Hội đồng thẩm định của đợt đánh giá, và biên bản của mọi đơn vị đã thẩm định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appraisal council…</source>
        <translation>Hội đồng thẩm định…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The appraisal council of the campaign: founding decision, members present, quorum, conclusion</source>
        <translation>Hội đồng thẩm định của đợt đánh giá: quyết định thành lập, thành viên có mặt, số lượng tham dự, kết luận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the minutes of every appraised unit…</source>
        <translation>In biên bản cho mọi đơn vị đã thẩm định…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the appraisal minutes of every appraised unit of the campaign to PDF files</source>
        <translation>In biên bản thẩm định của mọi đơn vị đã thẩm định trong đợt ra các tệp PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a campaign in the list above first.</source>
        <translation>Hãy chọn một đợt đánh giá trong danh sách phía trên trước.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All campaigns</source>
        <translation>Tất cả đợt đánh giá</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SignInDialog</name>
    <message>
        <location filename="../ui/sync/SignInDialog.cpp" line="+20"/>
        <source>Sign in to the provincial server</source>
        <translation>Đăng nhập máy chủ của tỉnh</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is never saved. The sign-in is kept in this computer&apos;s keychain, so that the next synchronisations need no password.</source>
        <translation>Mật khẩu không bao giờ được lưu. Phiên đăng nhập được giữ trong kho khóa bảo mật của máy này, để các lần đồng bộ sau không cần nhập mật khẩu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write your login on the provincial server.</source>
        <translation>Hãy nhập tên đăng nhập của bạn trên máy chủ tỉnh.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the password of %1.</source>
        <translation>Hãy nhập mật khẩu của %1.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SignInFlow</name>
    <message>
        <location filename="../ui/sync/SignInFlow.cpp" line="+44"/>
        <source>No provincial server is set: write its address in Settings, under &quot;Provincial server&quot;.</source>
        <translation>Chưa đặt máy chủ của tỉnh: hãy nhập địa chỉ trong Cài đặt, mục &quot;Máy chủ của tỉnh&quot;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The provincial server cannot be reached; working offline: %1</source>
        <translation>Không kết nối được máy chủ của tỉnh; đang làm việc ngoại tuyến: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sign-in is not kept on this computer: %1 The password will be asked at the next sign-in.</source>
        <translation>Phiên đăng nhập không được lưu trên máy này: %1 Mật khẩu sẽ được hỏi ở lần đăng nhập sau.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Sign in to the provincial server</source>
        <translation>Đăng nhập máy chủ của tỉnh</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open a database first: the sign-in links it to the server.</source>
        <translation>Hãy mở một cơ sở dữ liệu trước: việc đăng nhập sẽ liên kết nó với máy chủ.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SubmissionBlockerList</name>
    <message>
        <location filename="../ui/sheet/SubmissionBlockerList.cpp" line="+21"/>
        <source>What still blocks submission</source>
        <translation>Những nội dung còn cản trở việc gửi phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What must be done before the sheet can be submitted; Enter goes to the criterion</source>
        <translation>Những việc cần hoàn thành trước khi gửi phiếu; nhấn Enter để chuyển đến tiêu chí</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The self-assessment has been submitted.</source>
        <translation>Đã gửi kết quả tự đánh giá.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing blocks submission.</source>
        <translation>Không có vấn đề nào cản trở việc gửi phiếu.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) block submission:</source>
        <translation>
            <numerusform>Còn %n vấn đề cản trở việc gửi phiếu:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SurveyApplyDialog</name>
    <message>
        <location filename="../ui/survey/SurveyApplyDialog.cpp" line="+29"/>
        <source>Apply the survey points to the sheets</source>
        <translation>Áp dụng điểm khảo sát vào phiếu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Survey “%1”: %2 value(s) will be written into the appraisal of the sheets, as a change with the survey as its reason; %3 unchanged; %4 left alone. The sheets&apos; states do not change.</source>
        <translation>Khảo sát “%1”: %2 giá trị sẽ được ghi vào phần thẩm định của các phiếu, là một thay đổi có lý do là cuộc khảo sát; %3 không đổi; %4 không ghi. Trạng thái của các phiếu không thay đổi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sheets and criteria</source>
        <translation>Phiếu và tiêu chí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each sheet and criterion, the survey points and what applying does</source>
        <translation>Từng phiếu và tiêu chí, điểm khảo sát và việc áp dụng sẽ làm gì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Kết quả áp dụng</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to write: every sheet already has these points or is left alone</source>
        <translation>Không có gì để ghi: mọi phiếu đã có điểm này hoặc không được ghi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 points will be written</source>
        <translation>sẽ được ghi %1 điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 points written</source>
        <translation>đã ghi %1 điểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already has %1 points</source>
        <translation>đã có %1 điểm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not written</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(below the planned sample)</source>
        <translation>(chưa đạt cỡ mẫu kế hoạch)</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SurveyDefinitionActions</name>
    <message>
        <location filename="../ui/survey/SurveyDefinitionActions.cpp" line="+38"/>
        <source>Define a new survey: questions, coefficients, criteria fed, planned sample</source>
        <translation>Tạo cuộc khảo sát mới: câu hỏi, hệ số, tiêu chí được cho điểm, số phiếu theo kế hoạch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the questions, criteria and planned sample of the survey shown</source>
        <translation>Sửa câu hỏi, tiêu chí và số phiếu theo kế hoạch của cuộc khảo sát đang xem</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The survey is not saved:
%1</source>
        <translation>Chưa lưu được cuộc khảo sát:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The survey “%1” is created: enter its questionnaires unit by unit.</source>
        <translation>Đã tạo cuộc khảo sát “%1”: hãy nhập phiếu khảo sát của từng đơn vị.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The survey “%1” is saved.</source>
        <translation>Đã lưu cuộc khảo sát “%1”.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SurveyDefinitionDialog</name>
    <message>
        <location filename="../ui/survey/SurveyDefinitionDialog.cpp" line="+32"/>
        <source>New survey</source>
        <translation>Tạo khảo sát</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title of the survey</source>
        <translation>Tiêu đề cuộc khảo sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Khảo sát sự hài lòng của người dân, tổ chức năm 2026</source>
        <translation>ví dụ: Khảo sát sự hài lòng của người dân, tổ chức năm 2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Đợt đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign whose sheets receive the survey points</source>
        <translation>Đợt đánh giá có các phiếu nhận điểm khảo sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaign:</source>
        <translation>Đợt đánh &amp;giá:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questionnaire</source>
        <translation>Phiếu khảo sát</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Criteria fed by the survey</source>
        <translation>Tiêu chí lấy điểm từ khảo sát</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criteria fed</source>
        <translation>Tiêu chí được cho điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick each criterion whose points come from this survey (scored by points or linear)</source>
        <translation>Đánh dấu từng tiêu chí lấy điểm từ cuộc khảo sát này (chấm theo điểm hoặc theo tỷ lệ tuyến tính)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned sample</source>
        <translation>Số phiếu theo kế hoạch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New question</source>
        <translation>Câu hỏi mới</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Survey “%1”</source>
        <translation>Khảo sát “%1”</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 — %2 (at most %3 points)</source>
        <translation>%1 — %2 (tối đa %3 điểm)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the campaign whose sheets receive the survey points.</source>
        <translation>Hãy chọn đợt đánh giá có các phiếu nhận điểm khảo sát.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SurveyEntryLine</name>
    <message>
        <location filename="../ui/survey/SurveyEntryLine.cpp" line="+24"/>
        <location filename="../ui/survey/SurveyResponseActions.cpp" line="+100"/>
        <source>New questionnaire</source>
        <translation>Phiếu khảo sát mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the option of each question in turn: 1, 2, 3…; 0 or Space for a blank answer; Backspace goes back one answer; Enter records the questionnaire</source>
        <translation>Lần lượt nhập phương án trả lời của từng câu hỏi: 1, 2, 3…; nhập 0 hoặc nhấn Space nếu bỏ trống; nhấn Backspace để quay lại một câu trả lời; nhấn Enter để ghi nhận phiếu khảo sát</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Every question is answered: press Enter to record the questionnaire, or Backspace to correct the last answer</source>
        <translation>Đã trả lời tất cả câu hỏi: nhấn Enter để ghi nhận phiếu khảo sát, hoặc nhấn Backspace để sửa câu trả lời cuối cùng</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question %1 has %2 options: type 1 to %2, or 0 or Space for a blank answer</source>
        <translation>Câu hỏi %1 có %2 phương án: nhập từ 1 đến %2, hoặc nhập 0 hay nhấn Space nếu bỏ trống</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SurveyEntryModel</name>
    <message>
        <location filename="../ui/survey/SurveyEntryModel.cpp" line="+63"/>
        <source>Question %1</source>
        <translation>Câu %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(blank)</source>
        <translation>(bỏ trống)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not valid: no question is answered</source>
        <translation>Không hợp lệ: không có câu hỏi nào được trả lời</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SurveyEntryView</name>
    <message>
        <location filename="../ui/survey/SurveyEntryView.cpp" line="+49"/>
        <source>Survey</source>
        <translation>Cuộc khảo sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The survey whose paper questionnaires are entered</source>
        <translation>Cuộc khảo sát đang được nhập phiếu khảo sát giấy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Survey:</source>
        <translation>&amp;Cuộc khảo sát:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit the questionnaires were collected for</source>
        <translation>Đơn vị được thu thập phiếu khảo sát</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New survey…</source>
        <translation>&amp;Tạo khảo sát...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit survey…</source>
        <translation>&amp;Sửa khảo sát...</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Questionnaires of the unit</source>
        <translation>Phiếu khảo sát của đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The questionnaires entered for this unit, one row each, the latest at the bottom</source>
        <translation>Các phiếu khảo sát đã nhập cho đơn vị này, mỗi phiếu một dòng, phiếu mới nhất ở dưới cùng</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The database holds no survey yet.</source>
        <translation>Cơ sở dữ liệu chưa có cuộc khảo sát nào.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a database to enter its surveys.</source>
        <translation>Hãy mở một cơ sở dữ liệu để nhập dữ liệu khảo sát.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correcting questionnaire No. %1: Backspace goes back to a wrong answer, type the answers again from there, Enter records the correction; Esc gives it up.</source>
        <translation>Đang sửa phiếu số %1: nhấn Backspace để quay lại câu trả lời cần sửa, nhập lại các câu trả lời từ đó, nhấn Enter để ghi nhận phiếu đã sửa; nhấn Esc để thôi không sửa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For each questionnaire, type the option of every question in turn (1 to %1), 0 or Space for a blank answer; Backspace goes back one answer, Enter records the questionnaire. To correct or delete a recorded one, double-click it or right-click it.</source>
        <translation>Với mỗi phiếu khảo sát, lần lượt nhập phương án trả lời của từng câu hỏi (từ 1 đến %1), nhập 0 hoặc nhấn Space nếu bỏ trống; nhấn Backspace để quay lại một câu trả lời, nhấn Enter để ghi nhận phiếu khảo sát. Để sửa hoặc xóa phiếu đã ghi, nhấp đúp hoặc nhấp chuột phải vào phiếu đó.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: %2 of %3 planned questionnaires entered, %4 valid</source>
        <translation>%1: đã nhập %2/%3 phiếu khảo sát theo kế hoạch, %4 phiếu hợp lệ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>points of criterion %1: mean coefficient %2 × %3 points at most = %4 points</source>
        <translation>điểm của tiêu chí %1: hệ số bình quân %2 × %3 điểm tối đa = %4 điểm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Below the planned sample: %1 valid questionnaires of %2 planned</source>
        <translation>Chưa đạt cỡ mẫu kế hoạch: %1 phiếu hợp lệ/%2 phiếu theo kế hoạch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The planned sample is reached</source>
        <translation>Đã đạt cỡ mẫu kế hoạch</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The questionnaire was not recorded: %1</source>
        <translation>Không ghi nhận được phiếu khảo sát: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+18"/>
        <source>The points were not written into the sheets: %1</source>
        <translation>Không ghi được điểm vào các phiếu: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Survey points: %1 sheets written, %2 unchanged, %3 not written.</source>
        <translation>Điểm khảo sát: đã ghi %1 phiếu, %2 phiếu không thay đổi, %3 phiếu chưa ghi.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SurveyPlanEditor</name>
    <message>
        <location filename="../ui/survey/SurveyPlanEditor.cpp" line="+35"/>
        <source>Planned questionnaires per unit</source>
        <translation>Số phiếu kế hoạch mỗi đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The questionnaires planned for each unit without a plan of its own</source>
        <translation>Số phiếu kế hoạch cho mỗi đơn vị không có kế hoạch riêng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Planned per unit:</source>
        <translation>Số phiếu &amp;kế hoạch mỗi đơn vị:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Margin of error</source>
        <translation>Sai số cho phép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The margin of error e of Slovin&apos;s n = N / (1 + N × e²)</source>
        <translation>Sai số cho phép e trong công thức Slovin n = N / (1 + N × e²)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggest by &amp;Slovin</source>
        <translation>Gợi ý theo &amp;Slovin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the plan of every unit with a population with Slovin&apos;s n = N / (1 + N × e²), rounded up</source>
        <translation>Điền số phiếu kế hoạch của mọi đơn vị đã có quy mô tổng thể theo công thức Slovin n = N / (1 + N × e²), làm tròn lên</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Margin of &amp;error:</source>
        <translation>&amp;Sai số cho phép:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned sample per unit</source>
        <translation>Số phiếu kế hoạch theo đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per unit: the population surveyed and the questionnaires planned</source>
        <translation>Từng đơn vị: quy mô tổng thể được khảo sát và số phiếu theo kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Population</source>
        <translation>Quy mô tổng thể</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Population of %1</source>
        <translation>Quy mô tổng thể của %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>by default</source>
        <translation>theo mặc định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned questionnaires of %1</source>
        <translation>Số phiếu kế hoạch của %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Type the population of a unit first: Slovin&apos;s n is drawn from it.</source>
        <translation>Hãy nhập quy mô tổng thể của đơn vị trước: cỡ mẫu Slovin được tính từ đó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slovin&apos;s n at a margin of error of %1%: the plan of %2 unit(s) is filled in; change it where the plan says otherwise.</source>
        <translation>Cỡ mẫu Slovin với sai số %1%: đã điền số phiếu kế hoạch của %2 đơn vị; hãy sửa lại nếu kế hoạch quy định khác.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SurveyQuestionsEditor</name>
    <message>
        <location filename="../ui/survey/SurveyQuestionsEditor.cpp" line="+32"/>
        <source>Questions and answer options</source>
        <translation>Câu hỏi và phương án trả lời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each question with its answer options below it; double-click a cell to change it</source>
        <translation>Mỗi câu hỏi với các phương án trả lời bên dưới; nhấp đúp vào ô để sửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question / answer option</source>
        <translation>Câu hỏi / phương án trả lời</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coefficient</source>
        <translation>Hệ số</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a &amp;question</source>
        <translation>Thêm &amp;câu hỏi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an &amp;option</source>
        <translation>Thêm &amp;phương án</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected question (with its options) or option</source>
        <translation>Xóa câu hỏi đang chọn (cùng các phương án của nó) hoặc phương án đang chọn</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1, option “%2”: the coefficient “%3” is not a number (e.g. 0,75)</source>
        <translation>%1, phương án “%2”: hệ số “%3” không phải là số (ví dụ 0,75)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New question</source>
        <translation>Câu hỏi mới</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very dissatisfied</source>
        <translation>Rất không hài lòng</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New option</source>
        <translation>Phương án mới</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SurveyResponseActions</name>
    <message>
        <location filename="../ui/survey/SurveyResponseActions.cpp" line="-75"/>
        <source>&amp;Correct questionnaire</source>
        <translation>&amp;Sửa phiếu khảo sát</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the answers of this questionnaire on the entry line to correct them</source>
        <translation>Đưa các câu trả lời của phiếu này lên dòng nhập để sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete questionnaire…</source>
        <translation>&amp;Xóa phiếu khảo sát…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete this questionnaire (one entered twice, say), after a confirmation</source>
        <translation>Xóa phiếu khảo sát này (chẳng hạn phiếu bị nhập hai lần), sau khi xác nhận</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Correction of questionnaire No. %1</source>
        <translation>Sửa phiếu khảo sát số %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The correction was not recorded: %1</source>
        <translation>Không ghi nhận được nội dung sửa phiếu: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questionnaire No. %1 was corrected.</source>
        <translation>Đã sửa phiếu khảo sát số %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete questionnaire</source>
        <translation>Xóa phiếu khảo sát</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete questionnaire No. %1 of this unit?

%2

It will no longer count among the unit&apos;s questionnaires nor in its points. The deletion is kept in the audit trail.</source>
        <translation>Xóa phiếu khảo sát số %1 của đơn vị này?

%2

Phiếu sẽ không còn được tính vào số phiếu và điểm của đơn vị. Việc xóa được lưu lại trong nhật ký thay đổi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Questionnaire No. %1 was not deleted: %2</source>
        <translation>Chưa xóa được phiếu khảo sát số %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire No. %1 was deleted.</source>
        <translation>Đã xóa phiếu khảo sát số %1.</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SurveyUnitPanel</name>
    <message>
        <location filename="../ui/survey/SurveyUnitPanel.cpp" line="+44"/>
        <source>Questionnaires and points per unit</source>
        <translation>Phiếu khảo sát và điểm theo từng đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a unit to enter its questionnaires</source>
        <translation>Nhấp vào một đơn vị để nhập phiếu khảo sát của đơn vị đó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entered</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaires entered / planned sample</source>
        <translation>Số phiếu khảo sát đã nhập / cỡ mẫu kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaires with at least one answer</source>
        <translation>Số phiếu khảo sát có ít nhất một câu trả lời</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Apply points to the sheets…</source>
        <translation>Á&amp;p dụng điểm vào phiếu...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply points to the sheets</source>
        <translation>Áp dụng điểm vào phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Preview, then put each unit&apos;s points into the appraised stage of its submitted and appraised sheets; drafts, approved and published sheets are left alone and reported</source>
        <translation>Xem trước, rồi ghi điểm của từng đơn vị vào phần thẩm định của các phiếu đã gửi và đã thẩm định; phiếu nháp, phiếu đã phê duyệt và đã công bố không bị ghi và được báo lại</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Whole campaign</source>
        <translation>Toàn bộ đợt đánh giá</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Points per unit</source>
        <translation>Điểm theo từng đơn vị</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Points of criterion %1 (at most %2) per unit</source>
        <translation>Điểm tiêu chí %1 (tối đa %2) theo từng đơn vị</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaires without a unit, counted for no sheet: %1</source>
        <translation>Phiếu khảo sát không gắn với đơn vị, không được tính cho phiếu chấm điểm nào: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 / %2 ⚠ short by %3</source>
        <translation>%1 / %2 ⚠ thiếu %3</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 (at most %2)</source>
        <translation>%1 (tối đa %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points of criterion %1 (at most %2) per unit; the survey feeds %3</source>
        <translation>Điểm tiêu chí %1 (tối đa %2) theo đơn vị; cuộc khảo sát cho điểm các tiêu chí %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Below the planned sample: %1 valid questionnaires of %2 planned</source>
        <translation>Chưa đạt cỡ mẫu kế hoạch: %1 phiếu hợp lệ/%2 phiếu theo kế hoạch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mean coefficient of the valid questionnaires %1 × %2 points at most</source>
        <translation>Hệ số bình quân của các phiếu hợp lệ %1 × %2 điểm tối đa</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SyncController</name>
    <message>
        <location filename="../ui/sync/SyncController.cpp" line="+30"/>
        <source>&amp;Sync</source>
        <translation>Đồng &amp;bộ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the changes made here to the provincial server and receive theirs (F9)</source>
        <translation>Gửi các thay đổi trên máy này lên máy chủ của tỉnh và nhận các thay đổi từ máy chủ (F9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top sync</source>
        <translation>&amp;Dừng đồng bộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the sync in progress; what was sent and received stays</source>
        <translation>Dừng lần đồng bộ đang chạy; những gì đã gửi và đã nhận vẫn được giữ</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Open a database before synchronising.</source>
        <translation>Hãy mở một cơ sở dữ liệu trước khi đồng bộ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not signed in to the provincial server: the sync did not start.</source>
        <translation>Chưa đăng nhập máy chủ của tỉnh: chưa đồng bộ.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Stopped by the user.</source>
        <translation>Người dùng đã dừng.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sync did not finish: %1</source>
        <translation>Đồng bộ không hoàn tất: %1</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SyncLogPanel</name>
    <message>
        <location filename="../ui/sync/SyncLogPanel.cpp" line="+28"/>
        <source>Finished, with changes to look at</source>
        <translation>Hoàn tất, có thay đổi cần xem lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did not finish: %1</source>
        <translation>Không hoàn tất: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Sync log</source>
        <translation>Nhật ký đồng bộ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applied</source>
        <translation>Đã áp dụng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Đã nhận về</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Refused: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::SyncStatusBar</name>
    <message>
        <location filename="../ui/sync/SyncStatusBar.cpp" line="+28"/>
        <source>Synchronising</source>
        <translation>Đang đồng bộ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sent %1, received %2</source>
        <translation>Đã gửi %1, đã nhận %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provincial server answered the last request.</source>
        <translation>Máy chủ của tỉnh đã trả lời yêu cầu gần nhất.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provincial server did not answer the last request; the changes are kept here and sent at the next sync.</source>
        <translation>Máy chủ của tỉnh không trả lời yêu cầu gần nhất; các thay đổi được giữ trên máy này và sẽ gửi ở lần đồng bộ sau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected yet</source>
        <translation>Chưa kết nối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No request to the provincial server since the program started.</source>
        <translation>Chưa gửi yêu cầu nào đến máy chủ của tỉnh từ khi mở chương trình.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Synchronised at %1</source>
        <translation>Đồng bộ lúc %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never synchronised</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n chờ gửi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n xung đột</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhgia::ui::TaskListEditor</name>
    <message>
        <location filename="../ui/sheet/TaskListEditor.cpp" line="+38"/>
        <location line="+122"/>
        <location line="+173"/>
        <source>Coefficient</source>
        <translation>Hệ số</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>The task&apos;s conversion coefficient, above 0</source>
        <translation>Hệ số quy đổi của nhiệm vụ, lớn hơn 0</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How many times, from 0</source>
        <translation>Số lần, từ 0 trở lên</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Entered %1; the coefficient of task %2 must be %3.</source>
        <translation>Đã nhập %1; hệ số của nhiệm vụ %2 phải %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the number of quality failures of task %1</source>
        <translation>số lần không đạt chất lượng của nhiệm vụ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the number of delays of task %1</source>
        <translation>số lần chậm tiến độ của nhiệm vụ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered %1; %2 must be %3.</source>
        <translation>Đã nhập %1; %2 phải là %3.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tasks of criterion %1</source>
        <translation>Nhiệm vụ của tiêu chí %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per task: Insert adds a task, Delete removes the selected one, Space ticks a box</source>
        <translation>Mỗi nhiệm vụ một dòng: nhấn Insert để thêm nhiệm vụ, Delete để xóa nhiệm vụ đang chọn, Space để đánh dấu ô chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+173"/>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+173"/>
        <source>Quality failures</source>
        <translation>Không đảm bảo chất lượng</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+174"/>
        <source>Delays</source>
        <translation>Chậm tiến độ</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+174"/>
        <source>Excused</source>
        <translation>Có lý do khách quan</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>&amp;Add task</source>
        <translation>&amp;Thêm nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Add task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Add a task at the end of the list (Insert)</source>
        <translation>Thêm một nhiệm vụ vào cuối danh sách (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove task</source>
        <translation>&amp;Xóa nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Remove task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Remove the selected task (Delete)</source>
        <translation>Xóa nhiệm vụ đang chọn (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from Excel...</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import tasks from Excel</source>
        <translation>Nhập nhiệm vụ từ Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the list with the tasks of a spreadsheet, one row per task (columns &quot;Nhiệm vụ&quot;, &quot;Hệ số&quot;, &quot;Hoàn thành&quot;, &quot;Lỗi chất lượng&quot;, &quot;Chậm tiến độ&quot;, &quot;Có lý do khách quan&quot;), after a preview</source>
        <translation>Thay danh sách bằng các nhiệm vụ trong bảng tính, mỗi nhiệm vụ một dòng (cột &quot;Nhiệm vụ&quot;, &quot;Hệ số&quot;, &quot;Hoàn thành&quot;, &quot;Lỗi chất lượng&quot;, &quot;Chậm tiến độ&quot;, &quot;Có lý do khách quan&quot;), sau khi xem trước</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the task list (Ctrl+Enter)</source>
        <translation>Lưu danh sách nhiệm vụ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving the task list</source>
        <translation>Đóng mà không lưu danh sách nhiệm vụ</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Task %1</source>
        <translation>Nhiệm vụ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>Import tasks</source>
        <translation>Nhập nhiệm vụ</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.xls *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file could not be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Will be imported</source>
        <translation>Sẽ nhập</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused: %1</source>
        <translation>Từ chối: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing can be imported: %1</source>
        <translation>Không nhập được gì: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) refused: the list is left as it is until the file is corrected.</source>
        <translation>
            <numerusform>Có %n dòng bị từ chối: danh sách giữ nguyên cho đến khi tệp được sửa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has no task.</source>
        <translation>Tệp không có nhiệm vụ nào.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s) will replace the %1 of the list now. The list is saved only when you save it (Ctrl+Enter).</source>
        <translation>
            <numerusform>%n nhiệm vụ trong tệp sẽ thay cho %1 đang có trong danh sách. Danh sách chỉ được lưu khi bạn bấm lưu (Ctrl+Enter).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import tasks: preview</source>
        <translation>Nhập nhiệm vụ: xem trước</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Points: %1 of %2</source>
        <translation>Điểm: %1/%2</translation>
    </message>
</context>
<context>
    <name>danhgia::ui::UserGuideDialog</name>
    <message>
        <location filename="../ui/UserGuideDialog.cpp" line="+18"/>
        <location line="+4"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user guide is missing from this installation.</source>
        <translation>Bản cài đặt này không có tài liệu hướng dẫn sử dụng.</translation>
    </message>
</context>
</TS>
