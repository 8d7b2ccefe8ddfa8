import { WorkflowErrorCode } from '@khenthuong/temporal';
import { ApiErrorCode } from './api-error';

interface ErrorEntry {
  status: number;
  messageVi: string;
}

/** One place for what each refusal means to a user: HTTP status and Vietnamese text. */
export const ERROR_CATALOG: Readonly<Record<string, ErrorEntry>> = {
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
  [ApiErrorCode.TEMPORAL_UNAVAILABLE]: { status: 503, messageVi: 'Hệ thống xử lý quy trình tạm thời không sẵn sàng, vui lòng thử lại sau.' },
  [ApiErrorCode.CSRF_INVALID]: { status: 403, messageVi: 'Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.' },
  [ApiErrorCode.TOO_MANY_LOGIN_ATTEMPTS]: { status: 429, messageVi: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.' },
  [WorkflowErrorCode.WRONG_STATE]: { status: 409, messageVi: 'Hồ sơ không ở bước cho phép thao tác này.' },
  [WorkflowErrorCode.NOT_ALLOWED]: { status: 403, messageVi: 'Bạn không có quyền thực hiện thao tác này ở bước hiện tại.' },
  [WorkflowErrorCode.NOT_COUNCIL_MEMBER]: { status: 403, messageVi: 'Chỉ thành viên Hội đồng Thi đua - Khen thưởng mới được biểu quyết.' },
  [WorkflowErrorCode.RECUSED_MEMBER]: { status: 403, messageVi: 'Thành viên có tên trong hồ sơ đề nghị không được biểu quyết hồ sơ này.' },
  [WorkflowErrorCode.INVALID_VOTE]: { status: 400, messageVi: 'Phiếu biểu quyết không hợp lệ.' },
  [WorkflowErrorCode.QUORUM_NOT_MET]: { status: 409, messageVi: 'Chưa đủ số thành viên biểu quyết để kết thúc phiên họp.' },
  [WorkflowErrorCode.REASON_REQUIRED]: { status: 400, messageVi: 'Vui lòng nêu lý do.' },
};

export const INTERNAL_ERROR_VI = 'Đã có lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.';
