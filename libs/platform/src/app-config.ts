import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { DEMO_BALLOT_SEAL_KEY, parseBallotSealKeys, type BallotSealKey } from './ballot-seal';
import { remoteSigningSettings, type RemoteSigningSettings } from './remote-signing-config';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * Every setting of the api and the worker, read once from the environment at boot and validated;
 * nothing else reads process.env. Names are the environment variables (README lists them).
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Matches(/^[A-Za-z0-9.-]+:\d{1,5}$/, { message: 'TEMPORAL_ADDRESS must be host:port' })
  TEMPORAL_ADDRESS!: string;

  @IsString()
  @Matches(/^[A-Za-z0-9._-]+$/, { message: 'TEMPORAL_NAMESPACE must be a namespace name' })
  TEMPORAL_NAMESPACE = 'default';

  /** Names the task queues `<prefix>-proposals` and `<prefix>-documents`; api and workers of one deployment share it. */
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'TEMPORAL_TASK_QUEUE_PREFIX must be letters, digits, dots, dashes or underscores' })
  TEMPORAL_TASK_QUEUE_PREFIX = 'khenthuong';

  @IsString()
  CHROMIUM_PATH = '/usr/bin/chromium';

  @IsString()
  FONTS_DIR = '/usr/share/fonts/truetype/croscore';

  @IsString()
  ARCHIVE_DIR = '.data/archive';

  /**
   * Signing keys of issued papers: one PKCS#12 file per signer, their signature and seal images,
   * and the root signatures are checked against. `npm start` and the tests make a demo PKI here.
   */
  @IsString()
  SIGNING_KEYS_DIR = '.data/pki';

  /**
   * Revocation of signers' certificates on the verification page and in `archive:verify`: a folder
   * of CRL files (DER or PEM) kept up to date from the provider. Unset: not checked from files.
   */
  @IsOptional()
  @IsString()
  SIGNATURE_CRL_DIR?: string;

  /** How long the verification page trusts its last look at SIGNATURE_CRL_DIR: a replaced CRL counts within this. */
  @Transform(toInt)
  @IsInt({ message: 'SIGNATURE_CRL_RECHECK_SECONDS must be a whole number' })
  @Min(0)
  @Max(3600)
  SIGNATURE_CRL_RECHECK_SECONDS = 5;

  /** Also ask each certificate's OCSP responder and fetch the CRLs it names (needs the provider's network). */
  @IsIn(['true', 'false'], { message: 'SIGNATURE_REVOCATION_ONLINE must be true or false' })
  SIGNATURE_REVOCATION_ONLINE: 'true' | 'false' = 'false';

  /**
   * A remote hash-signing service for the competent persons who sign on their own device: its URL,
   * the ward's token, and `login=credentialId` per signer. Signers not named sign with their
   * PKCS#12 key in SIGNING_KEYS_DIR, at once (docs/signing.md).
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'SIGNING_REMOTE_URL must be an http(s) URL' })
  SIGNING_REMOTE_URL?: string;

  @IsOptional()
  @Matches(/^[^\s]{8,}$/, { message: 'SIGNING_REMOTE_TOKEN must be at least 8 characters without spaces' })
  SIGNING_REMOTE_TOKEN?: string;

  @IsOptional()
  @IsString()
  SIGNING_REMOTE_CREDENTIALS?: string;

  @Transform(toInt)
  @IsInt({ message: 'SIGNING_REMOTE_POLL_SECONDS must be a whole number' })
  @Min(1)
  @Max(3600)
  SIGNING_REMOTE_POLL_SECONDS = 30;

  @Transform(toInt)
  @IsInt({ message: 'SIGNING_REMOTE_REMINDER_SECONDS must be a whole number' })
  @Min(1)
  SIGNING_REMOTE_REMINDER_SECONDS = 4 * 3600;

  @Transform(toInt)
  @IsInt({ message: 'SIGNING_REMOTE_APPROVAL_SECONDS must be a whole number' })
  @Min(1)
  SIGNING_REMOTE_APPROVAL_SECONDS = 24 * 3600;

  @Transform(toInt)
  @IsInt({ message: 'SIGNING_REMOTE_MAX_REQUESTS must be a whole number' })
  @Min(1)
  @Max(20)
  SIGNING_REMOTE_MAX_REQUESTS = 3;

  remoteSigning(): RemoteSigningSettings | null {
    return remoteSigningSettings(this);
  }

  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'PUBLIC_BASE_URL must be an http(s) URL' })
  PUBLIC_BASE_URL?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Demo and test override of the public posting period (otherwise working days of the rule set). */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'POSTING_PERIOD_SECONDS must be a whole number' })
  @Min(0)
  POSTING_PERIOD_SECONDS?: number;

  /**
   * Demo installs only (`npm start` with the demo ward): a round may be opened with its own short
   * posting period, fixed into its workflow input, so the demo can show a finished round. Refused in
   * production.
   */
  @IsIn(['true', 'false'], { message: 'DEMO_ROUNDS must be true or false' })
  DEMO_ROUNDS: 'true' | 'false' = 'false';

  /** Concurrent PDF renders per worker. */
  @Transform(toInt)
  @IsInt({ message: 'RENDER_CONCURRENCY must be a whole number' })
  @Min(1)
  @Max(16)
  RENDER_CONCURRENCY = 2;

  @Transform(toInt)
  @IsInt({ message: 'SESSION_TTL_HOURS must be a whole number' })
  @Min(1)
  SESSION_TTL_HOURS = 12;

  /** Outgoing mail server for e-mailed notices (smtp:// or smtps://, credentials in the URL); none, no e-mail. */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The sender of e-mailed notices. */
  @IsString()
  @Matches(/^[^\r\n]+$/, { message: 'MAIL_FROM must be one line' })
  MAIL_FROM = 'Thi đua – Khen thưởng <no-reply@localhost>';

  /** How often the worker sends the e-mails of new notices. */
  @Transform(toInt)
  @IsInt({ message: 'EMAIL_POLL_SECONDS must be a whole number' })
  @Min(1)
  @Max(3600)
  EMAIL_POLL_SECONDS = 15;

  /** Workflows the worker keeps in memory between tasks; unset, the SDK sizes it from the heap. */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'WORKFLOW_CACHE_SIZE must be a whole number' })
  @Min(0)
  WORKFLOW_CACHE_SIZE?: number;

  /**
   * Keys that seal secret ballots, `keyId:base64` of 32 bytes each, comma-separated: the first seals,
   * every one opens (rotation: docs/secret-ballots.md). Required in production; elsewhere a demo key.
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)*$/, {
    message: 'BALLOT_SEAL_KEYS must be keyId:base64key pairs (32-byte keys), comma-separated',
  })
  BALLOT_SEAL_KEYS?: string;

  ballotSealKeys(): BallotSealKey[] {
    return this.BALLOT_SEAL_KEYS ? parseBallotSealKeys(this.BALLOT_SEAL_KEYS) : [DEMO_BALLOT_SEAL_KEY];
  }

  /** Said at start-up when secret ballots are sealed with the demo key (development and tests only). */
  ballotSealKeyWarning(): string | null {
    return this.BALLOT_SEAL_KEYS ? null : 'BALLOT_SEAL_KEYS is not set: secret ballots are sealed with the demo key, which anyone can derive; set real keys before a council votes';
  }

  publicBaseUrl(): string {
    return this.PUBLIC_BASE_URL ?? `http://localhost:${this.PORT}`;
  }

  /** Said at start-up when papers would print a verification address nobody else can open. */
  publicBaseUrlWarning(): string | null {
    return this.PUBLIC_BASE_URL
      ? null
      : `PUBLIC_BASE_URL is not set: verification links and QR codes on issued papers and e-mails will point to ${this.publicBaseUrl()}; set it to the public address before issuing papers`;
  }
}
