import type { PdfSignatureCheck } from '@khenthuong/documents';

/** One digital signature as the public verification page shows it. */
export interface SignatureView {
  heading: string;
  signer: string;
  timeText: string;
  integrityText: string;
  certificateText: string;
  revocationText: string;
  valid: boolean;
}

export interface SignaturesView {
  /** "Hợp lệ: …" or what is wrong, in one sentence. */
  summary: string;
  valid: boolean;
  signatures: SignatureView[];
}

const HEADINGS = ['Chữ ký số của người có thẩm quyền', 'Chữ ký số của cơ quan'];

/** The signatures of one PDF, in Vietnamese: integrity, chain, signer, time (the timestamp's). */
export function describeSignatures(checks: PdfSignatureCheck[]): SignaturesView {
  if (checks.length === 0) return { summary: 'Tệp không có chữ ký số.', valid: false, signatures: [] };
  const signatures = checks.map((check, index): SignatureView => {
    const valid = check.integrityValid && check.chainTrusted && check.timestampedAt !== null && !check.revocation?.beforeSigning;
    return {
      heading: checks.length === 2 ? HEADINGS[index]! : `Chữ ký số thứ ${index + 1}`,
      signer: [check.signerName, check.signerTitle, check.signerTitle === null || check.signerOrganization !== check.signerName ? check.signerOrganization : null]
        .filter((part, i, all) => part && all.indexOf(part) === i)
        .join(', '),
      timeText: check.timestampedAt ? `${dateTimeVi(check.timestampedAt)} (giờ Việt Nam, theo dấu thời gian)` : 'Không có dấu thời gian hợp lệ',
      integrityText: check.integrityValid ? 'Hợp lệ: nội dung không bị thay đổi sau khi ký' : 'Không hợp lệ: nội dung đã bị thay đổi sau khi ký hoặc chữ ký bị hỏng',
      certificateText: check.chainTrusted ? 'Hợp lệ: chứng thư số do tổ chức chứng thực tin cậy cấp, còn hiệu lực khi ký' : 'Không xác minh được: chứng thư số không thuộc tổ chức chứng thực tin cậy hoặc hết hiệu lực',
      revocationText: revocationText(check.revocation),
      valid,
    };
  });
  const addedAfter = !checks[checks.length - 1]!.coversWholeFile;
  const valid = signatures.every((s) => s.valid) && !addedAfter;
  const summary = valid
    ? `Hợp lệ: tệp có ${checks.length} chữ ký số, đều xác thực được.`
    : addedAfter
      ? 'Không hợp lệ: tệp có nội dung được thêm vào sau chữ ký số cuối cùng.'
      : 'Không hợp lệ: có chữ ký số không xác thực được (xem chi tiết bên dưới).';
  return { summary, valid, signatures };
}

function revocationText(revocation: PdfSignatureCheck['revocation']): string {
  if (!revocation) return 'Chưa kiểm tra (hệ thống chưa cấu hình dịch vụ kiểm tra thu hồi chứng thư)';
  const source = revocation.source === 'OCSP' ? 'dịch vụ OCSP' : 'danh sách chứng thư bị thu hồi (CRL)';
  if (revocation.state === 'GOOD') return `Chứng thư số chưa bị thu hồi (theo ${source} của tổ chức cấp chứng thư)`;
  if (revocation.state === 'UNKNOWN') return 'Không kiểm tra được: không lấy được thông tin thu hồi từ tổ chức cấp chứng thư';
  const when = dateTimeVi(revocation.revokedAt!);
  return revocation.beforeSigning
    ? `Không hợp lệ: chứng thư số đã bị thu hồi từ ${when}, trước thời điểm ký (theo ${source})`
    : `Chứng thư số bị thu hồi từ ${when}, sau thời điểm ký: chữ ký vẫn có giá trị (theo ${source})`;
}

/** dd/mm/yyyy hh:mm:ss in Vietnam time. */
function dateTimeVi(instant: Date): string {
  const local = new Date(instant.getTime() + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(local.getUTCDate())}/${p(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${p(local.getUTCHours())}:${p(local.getUTCMinutes())}:${p(local.getUTCSeconds())}`;
}
