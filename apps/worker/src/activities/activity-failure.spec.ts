import { createServer } from 'node:net';
import { MockActivityEnvironment } from '@temporalio/testing';
import { ApplicationFailure } from '@temporalio/common';
import { Client } from 'pg';
import { DatabaseError } from 'pg-protocol';
import { AwardTitle } from '@khenthuong/domain';
import { DocumentModelError, DocumentRenderer, IssuedDocumentSigner, SigningKeysMissingError, type CertificateDocumentModel } from '@khenthuong/documents';
import { ActivityFailureType } from '@khenthuong/temporal';
import { classifyActivityError, classifyFailures, missingData } from './activity-failure';
import { buildCertificateModel } from './certificate-model.builder';
import { signIssuedPdf } from './issued-pdf.signing';

/** A port nothing listens on: bound by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sqlError = (code: string, message: string) => Object.assign(new DatabaseError(message, 0, 'error'), { code });

/** Runs an activity as the worker registers it (classified) in Temporal's activity environment. */
async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  const activity = classifyFailures({ run }).run;
  return new MockActivityEnvironment().run(activity).then(
    () => 'succeeded',
    (error: unknown) => error,
  );
}

describe('classifyFailures: errors that can never succeed stop retrying, transient ones retry', () => {
  it('a certificate model the document refuses becomes a non-retryable DOCUMENT_MODEL_INVALID failure', async () => {
    const body = { id: 'b-1', code: 'ngo-quyen', name: 'Ủy ban nhân dân phường Ngô Quyền', headerName: 'PHƯỜNG NGÔ QUYỀN', placeName: 'Ngô Quyền', shortName: 'phường Ngô Quyền' };
    const decision = { id: 'd-1', numberText: '07/QĐ-UBND', decisionDate: '2026-12-15', createdAt: new Date('2026-12-15T02:00:00Z'), signer: { displayName: 'Nguyễn Văn Hùng', roles: ['CHAIRMAN'] } };
    // Bad data in the read model: a nominee with no name prints no recipient line.
    const awardee = {
      proposalId: 'p-1', title: AwardTitle.GIAY_KHEN_CA_NHAN, year: 2026, nomineeName: '', nomineeKind: 'INDIVIDUAL', unitName: 'Tổ dân phố số 1',
      achievement: 'Hoàn thành xuất sắc nhiệm vụ', gender: null, position: null, tally: null, roundId: null,
    };
    const model = buildCertificateModel({ body, decision, awardee, publicBaseUrl: 'https://khenthuong.example.vn' }) as CertificateDocumentModel;
    // The model is refused before Chromium is asked for anything.
    const renderer = new DocumentRenderer({ renderPdf: () => Promise.reject(new Error('not reached')) });
    const unclassified = await renderer.renderCertificatesHtml([model]).catch((e: unknown) => e);
    expect(unclassified).toBeInstanceOf(DocumentModelError);

    const failure = await failureOf(() => renderer.renderCertificatesHtml([model]));
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: ActivityFailureType.DOCUMENT_MODEL_INVALID, nonRetryable: true });
    expect((failure as Error).message).toContain('recipientLine is empty');
  });

  it('a body with no signing keys of its own becomes a non-retryable SIGNING_KEYS_MISSING failure, not another body’s seal', async () => {
    const ring = { keysOf: (code: string) => { throw new SigningKeysMissingError(code, `no signing keys for body ${code}`); } };
    const facts = { label: 'Quyết định số 01/QĐ-UBND', signer: { positionLine: 'CHỦ TỊCH', name: 'Nguyễn Văn Hùng' }, body: { code: 'p100', name: 'Ủy ban nhân dân phường Phương Sài', placeName: 'Phương Sài' } };
    const failure = await failureOf(() => signIssuedPdf(new IssuedDocumentSigner(ring), Buffer.from('%PDF-1.7'), facts));
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: ActivityFailureType.SIGNING_KEYS_MISSING, nonRetryable: true, message: 'Quyết định số 01/QĐ-UBND: no signing keys for body p100' });
  });

  it('connection refused by PostgreSQL stays retryable (the error is rethrown unchanged)', async () => {
    const client = new Client({ host: '127.0.0.1', port: await closedPort(), user: 'x', database: 'x', connectionTimeoutMillis: 2000 });
    const failure = await failureOf(() => client.connect());
    expect(failure).not.toBeInstanceOf(ApplicationFailure);
    expect((failure as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it.each([
    ['22021', 'invalid byte sequence for encoding "UTF8": 0x00', ActivityFailureType.DATA_INVALID],
    ['22001', 'value too long for type character varying(200)', ActivityFailureType.DATA_INVALID],
    ['23502', 'null value in column "nominee_name" violates not-null constraint', ActivityFailureType.CONSTRAINT_VIOLATION],
    ['23503', 'insert or update on table "decision" violates foreign key constraint', ActivityFailureType.CONSTRAINT_VIOLATION],
  ])('SQLSTATE %s (%s) is non-retryable %s', (code, message, type) => {
    expect(classifyActivityError(sqlError(code, message))).toMatchObject({ type, nonRetryable: true });
  });

  it.each([
    ['08006', 'connection failure'],
    ['57P01', 'terminating connection due to administrator command'],
    ['57P03', 'the database system is starting up'],
    ['40001', 'could not serialize access due to concurrent update'],
    ['40P01', 'deadlock detected'],
    // A concurrent attempt of the same idempotent activity: the retry finds the row.
    ['23505', 'duplicate key value violates unique constraint "ux_audit_log_event_key"'],
  ])('SQLSTATE %s (%s) stays retryable', (code, message) => {
    const error = sqlError(code, message);
    expect(classifyActivityError(error)).toBe(error);
  });

  it("keeps an activity's own ApplicationFailure, and types its known permanent errors", () => {
    const own = ApplicationFailure.create({ type: ActivityFailureType.NO_ACTIVE_COUNCIL, message: 'no council', nonRetryable: true });
    expect(classifyActivityError(own)).toBe(own);
    expect(classifyActivityError(missingData('decision d-1 not found'))).toMatchObject({ type: ActivityFailureType.MISSING_DATA, nonRetryable: true });
    const crash = new Error('Protocol error (Page.printToPDF): Target closed');
    expect(classifyActivityError(crash)).toBe(crash);
  });
});
