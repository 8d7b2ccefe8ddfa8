import { WorkflowErrorCode } from '@khenthuong/temporal';
import { ApiErrorCode } from './api-error';
import { SPREADSHEET_TOO_LARGE_VI } from './bounded-spreadsheet';

interface ErrorEntry {
  status: number;
  messageVi: string;
}

export type CatalogedErrorCode = ApiErrorCode | WorkflowErrorCode;

/**
 * One place for what each refusal means to a user: HTTP status and Vietnamese text. Keyed by every
 * code of both enums, so a code added without its entry does not compile.
 */
export const ERROR_CATALOG: Readonly<Record<CatalogedErrorCode, ErrorEntry>> = {
  [ApiErrorCode.UNAUTHENTICATED]: { status: 401, messageVi: 'Vui lòng đăng nhập.' },
  [ApiErrorCode.FORBIDDEN]: { status: 403, messageVi: 'Bạn không có quyền thực hiện thao tác này.' },
  [ApiErrorCode.NOT_FOUND]: { status: 404, messageVi: 'Không tìm thấy hồ sơ yêu cầu.' },
  [ApiErrorCode.VALIDATION_FAILED]: { status: 400, messageVi: 'Dữ liệu gửi lên không hợp lệ.' },
  [ApiErrorCode.INVALID_CREDENTIALS]: { status: 401, messageVi: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  [ApiErrorCode.NOT_WITHIN_WARD_AUTHORITY]: {
    status: 422,
    messageVi: 'Danh hiệu này không thuộc thẩm quyền của Chủ tịch UBND phường; hồ sơ cần trình cấp trên.',
  },
  [ApiErrorCode.NOMINEE_KIND_MISMATCH]: { status: 422, messageVi: 'Đối tượng được đề nghị không phù hợp với danh hiệu.' },
  [ApiErrorCode.TEMPORAL_UNAVAILABLE]: { status: 503, messageVi: 'Hệ thống xử lý quy trình tạm thời không sẵn sàng, vui lòng thử lại sau ít phút.' },
  [ApiErrorCode.DATABASE_UNAVAILABLE]: { status: 503, messageVi: 'Cơ sở dữ liệu tạm thời không sẵn sàng, vui lòng thử lại sau ít phút.' },
  [ApiErrorCode.PLAN_NOT_DRAFT]: { status: 409, messageVi: 'Kế hoạch đã ban hành; không thay đổi chỉ tiêu được nữa.' },
  [ApiErrorCode.PLAN_WITHOUT_TARGETS]: { status: 409, messageVi: 'Kế hoạch chưa có chỉ tiêu thi đua nào; chưa ban hành được.' },
  [ApiErrorCode.PLAN_DATES_INVALID]: { status: 400, messageVi: 'Thời gian của kế hoạch không hợp lệ: ngày bắt đầu phải trước ngày kết thúc và cùng năm kế hoạch.' },
  [ApiErrorCode.REGISTRATION_CLOSED]: { status: 409, messageVi: 'Đã hết hạn đăng ký thi đua của kế hoạch này; vui lòng liên hệ công chức Văn phòng - Thống kê.' },
  [ApiErrorCode.NOT_OWN_UNIT]: { status: 403, messageVi: 'Bạn chỉ được thao tác cho đơn vị của mình.' },
  [ApiErrorCode.ALREADY_REGISTERED]: { status: 409, messageVi: 'Đơn vị đã đăng ký thi đua; không cần nhắc.' },
  [ApiErrorCode.INVALID_PERIOD]: { status: 400, messageVi: 'Kỳ báo cáo không khớp với kỳ báo cáo của chỉ tiêu hoặc năm của kế hoạch.' },
  [ApiErrorCode.PERIOD_NOT_STARTED]: { status: 409, messageVi: 'Kỳ báo cáo chưa bắt đầu.' },
  [ApiErrorCode.FILE_REQUIRED]: { status: 400, messageVi: 'Vui lòng đính kèm tệp.' },
  [ApiErrorCode.FILE_TOO_LARGE]: { status: 413, messageVi: 'Tệp vượt quá dung lượng cho phép (10 MB).' },
  [ApiErrorCode.EVIDENCE_TYPE_NOT_ALLOWED]: { status: 415, messageVi: 'Tệp minh chứng phải là PDF, DOCX, PNG hoặc JPEG.' },
  [ApiErrorCode.SPREADSHEET_TOO_LARGE]: { status: 413, messageVi: SPREADSHEET_TOO_LARGE_VI },
  [ApiErrorCode.NOT_AN_EXCEL_FILE]: { status: 415, messageVi: 'Tệp phải là bảng tính Excel (.xlsx).' },
  [ApiErrorCode.IMPORT_ROWS_INVALID]: { status: 422, messageVi: 'Tệp có dòng không hợp lệ; chưa nhập dòng nào. Vui lòng sửa các dòng được liệt kê rồi tải lên lại.' },
  [ApiErrorCode.CSRF_INVALID]: { status: 403, messageVi: 'Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.' },
  [ApiErrorCode.NOT_IN_DECISION]: { status: 422, messageVi: 'Có trường hợp được chọn không thuộc quyết định này.' },
  [ApiErrorCode.REVOCATION_ALREADY_ISSUED]: { status: 409, messageVi: 'Quyết định thu hồi đã được ban hành; không còn bước nào chờ thử lại.' },
  [ApiErrorCode.ALREADY_REVOKED]: { status: 409, messageVi: 'Quyết định đã được đề nghị thu hồi toàn bộ; không thu hồi thêm được.' },
  [ApiErrorCode.TOO_MANY_LOGIN_ATTEMPTS]: { status: 429, messageVi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.' },
  [WorkflowErrorCode.WRONG_STATE]: { status: 409, messageVi: 'Hồ sơ không ở bước cho phép thao tác này.' },
  [WorkflowErrorCode.NOT_ALLOWED]: { status: 403, messageVi: 'Bạn không có quyền thực hiện thao tác này ở bước hiện tại.' },
  [WorkflowErrorCode.NOT_COUNCIL_MEMBER]: { status: 403, messageVi: 'Chỉ thành viên Hội đồng Thi đua - Khen thưởng mới được biểu quyết.' },
  [WorkflowErrorCode.RECUSED_MEMBER]: { status: 403, messageVi: 'Thành viên có tên trong hồ sơ đề nghị không được biểu quyết hồ sơ này.' },
  [WorkflowErrorCode.INVALID_VOTE]: { status: 400, messageVi: 'Phiếu biểu quyết không hợp lệ.' },
  [WorkflowErrorCode.QUORUM_NOT_MET]: { status: 409, messageVi: 'Chưa đủ số thành viên biểu quyết để kết thúc phiên họp.' },
  [WorkflowErrorCode.REASON_REQUIRED]: { status: 400, messageVi: 'Vui lòng nêu lý do.' },
  [WorkflowErrorCode.ALREADY_VOTED]: { status: 409, messageVi: 'Phiếu kín đã bỏ không thay đổi được.' },
  [WorkflowErrorCode.RETURN_LIMIT_REACHED]: {
    status: 409,
    messageVi: 'Hồ sơ đã được hướng dẫn bổ sung đủ số lần cho phép; cán bộ xác nhận hồ sơ hoặc đề nghị không khen thưởng.',
  },
  [WorkflowErrorCode.INVALID_ARGUMENT]: { status: 400, messageVi: 'Thông tin gửi lên không hợp lệ.' },
  [WorkflowErrorCode.UNRESOLVED_OBJECTIONS]: { status: 409, messageVi: 'Còn ý kiến phản ánh chưa được giải quyết.' },
  [WorkflowErrorCode.UNKNOWN_OBJECTION]: { status: 404, messageVi: 'Không tìm thấy ý kiến phản ánh này.' },
  [WorkflowErrorCode.NOT_IN_ROUND]: { status: 409, messageVi: 'Hồ sơ thuộc đợt khen thưởng: thao tác này thực hiện chung cho cả đợt.' },
  [ApiErrorCode.NOT_ELIGIBLE]: { status: 422, messageVi: 'Đối tượng chưa đủ điều kiện đề nghị khen thưởng; xem lý do kèm theo.' },
  [ApiErrorCode.ROUND_NOT_OPEN]: { status: 409, messageVi: 'Đợt khen thưởng không còn nhận hồ sơ đề nghị.' },
  [ApiErrorCode.ROUND_SESSION_STARTED]: {
    status: 409,
    messageVi: 'Đợt khen thưởng đã họp Hội đồng với danh sách của mình; hồ sơ này cần được đơn vị rút và đề nghị riêng.',
  },
  [ApiErrorCode.OBJECTIONS_CLOSED]: { status: 409, messageVi: 'Danh sách này hiện không trong thời gian công khai lấy ý kiến.' },
  [ApiErrorCode.USERNAME_TAKEN]: { status: 409, messageVi: 'Tên đăng nhập đã được sử dụng; vui lòng chọn tên khác.' },
  [ApiErrorCode.UNIT_CODE_TAKEN]: { status: 409, messageVi: 'Mã đơn vị đã tồn tại trong phường; vui lòng chọn mã khác.' },
  [ApiErrorCode.COUNCIL_CHAIR_TAKEN]: { status: 409, messageVi: 'Hội đồng đã có Chủ tịch Hội đồng; mỗi Hội đồng chỉ có một Chủ tịch.' },
  [ApiErrorCode.ALREADY_COUNCIL_MEMBER]: { status: 409, messageVi: 'Người dùng này đã là thành viên của Hội đồng.' },
  [ApiErrorCode.CANNOT_DEACTIVATE_SELF]: { status: 409, messageVi: 'Bạn không thể tự khóa tài khoản của mình.' },
  [ApiErrorCode.SCAN_TYPE_NOT_ALLOWED]: { status: 415, messageVi: 'Bản quét phiếu biểu quyết phải là tệp PDF, PNG hoặc JPEG.' },
  [ApiErrorCode.PAPER_TYPE_NOT_ALLOWED]: { status: 415, messageVi: 'Giấy tờ của hồ sơ phải là tệp PDF, DOCX, PNG hoặc JPEG.' },
  [ApiErrorCode.DOSSIER_CLOSED]: { status: 409, messageVi: 'Chỉ đính kèm giấy tờ khi hồ sơ vừa nộp hoặc đang được trả để bổ sung.' },
  [ApiErrorCode.DOSSIER_PAPERS_MISSING]: { status: 422, messageVi: 'Hồ sơ còn thiếu giấy tờ bắt buộc; chưa thể xác nhận hồ sơ đầy đủ.' },
  [ApiErrorCode.NOMINEE_NOT_OWN_UNIT]: { status: 403, messageVi: 'Chỉ được đề nghị cá nhân, hộ gia đình hoặc tập thể thuộc đơn vị của mình.' },
  [ApiErrorCode.AWARD_ALREADY_IN_REGISTER]: { status: 409, messageVi: 'Khen thưởng này đã có trong sổ theo dõi; mỗi thành tích chỉ ghi nhận một lần.' },
  [ApiErrorCode.TOO_MANY_OBJECTIONS]: { status: 429, messageVi: 'Bạn đã gửi nhiều ý kiến trong thời gian ngắn; vui lòng thử lại sau.' },
  [ApiErrorCode.OBJECTION_LIMIT_REACHED]: {
    status: 429,
    messageVi: 'Hồ sơ này đã nhận đủ số ý kiến phản ánh qua mạng; vui lòng gửi ý kiến bằng văn bản hoặc trực tiếp tới UBND phường.',
  },
};

export const INTERNAL_ERROR_VI = 'Đã có lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.';

/** The entry of a code that came from outside the enums (a workflow failure's type), if it is one. */
export function catalogEntry(code: string): ErrorEntry | undefined {
  return Object.prototype.hasOwnProperty.call(ERROR_CATALOG, code) ? ERROR_CATALOG[code as CatalogedErrorCode] : undefined;
}
