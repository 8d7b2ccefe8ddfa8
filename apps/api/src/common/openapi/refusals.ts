import { ApiProperty, ApiPropertyOptional, type OpenAPIObject } from '@nestjs/swagger';

class FieldProblemBody {
  @ApiProperty({ example: 'nomineeName' }) field!: string;
  @ApiProperty({ type: [String] }) messages!: string[];
}

/** The body of every refusal (see GlobalExceptionFilter): status, code, Vietnamese message, per-field problems. */
export class RefusalBody {
  @ApiProperty({ type: 'integer', example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'VALIDATION_FAILED' }) code!: string;
  @ApiProperty({ example: 'Dữ liệu gửi lên không hợp lệ.' }) message!: string;
  @ApiPropertyOptional({ type: [FieldProblemBody] }) errors?: FieldProblemBody[];
  @ApiProperty({ example: '4f3c2b1a-0000-4000-8000-000000000000' }) correlationId!: string;
}

const REFUSALS: Record<string, string> = {
  '400': 'Dữ liệu gửi lên không hợp lệ (thông báo tiếng Việt theo từng trường).',
  '401': 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn.',
  '403': 'Vai trò của người dùng không được thực hiện thao tác này.',
  '404': 'Không tìm thấy hoặc không thuộc phạm vi của người dùng.',
  '409': 'Hồ sơ/đợt không ở bước cho phép thao tác này.',
  '413': 'Nội dung gửi lên vượt quá dung lượng cho phép.',
  '415': 'Kiểu nội dung hoặc loại tệp không được chấp nhận.',
  '422': 'Không đáp ứng điều kiện theo quy định (nêu từng lý do và điều khoản).',
  '429': 'Gửi quá nhiều yêu cầu trong thời gian ngắn; vui lòng thử lại sau.',
  '503': 'Hệ thống tạm thời không sẵn sàng; vui lòng thử lại sau (Retry-After).',
};
const WITHOUT_SESSION = ['401', '403'];
const WITH_PAYLOAD = ['413', '415'];

type Operation = { security?: unknown[]; responses: Record<string, { description?: string; content?: unknown; headers?: unknown }> };

/**
 * The refusals `operation` can answer: every operation validates and may meet an outage; sessions and
 * payloads add theirs; a refusal its controller declares (a login's 401) stays.
 */
export function refusalStatuses(method: string, operation: Operation): string[] {
  const secured = (operation.security ?? []).length > 0;
  const carriesPayload = method !== 'get' && method !== 'head';
  return Object.keys(REFUSALS).filter(
    (status) => status in operation.responses || ((secured || !WITHOUT_SESSION.includes(status)) && (carriesPayload || !WITH_PAYLOAD.includes(status))),
  );
}

/** Declares, on every /api/v1 operation, each refusal status with the one refusal body schema. */
export function declareRefusals(document: OpenAPIObject): void {
  const schema = { $ref: `#/components/schemas/${RefusalBody.name}` };
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith('/api/v1/')) continue;
    for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
      for (const status of refusalStatuses(method, operation)) {
        const declared = operation.responses[status] ?? {};
        operation.responses[status] = {
          ...declared,
          description: declared.description || REFUSALS[status],
          content: { 'application/json': { schema } },
          ...(status === '503' || status === '429' ? { headers: { 'Retry-After': { description: 'Số giây nên chờ trước khi thử lại.', schema: { type: 'integer' } } } } : {}),
        };
      }
    }
  }
}
