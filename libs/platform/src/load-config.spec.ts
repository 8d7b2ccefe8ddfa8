import { getMetadataStorage } from 'class-validator';
import { AppConfig } from './app-config';
import { ConfigError, loadConfig } from './load-config';

const valid = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db', TEMPORAL_ADDRESS: '127.0.0.1:7233' };

describe('loadConfig', () => {
  it('applies defaults and converts numbers', () => {
    const config = loadConfig({ ...valid, PORT: '8080' });
    expect(config.PORT).toBe(8080);
    expect(config.TEMPORAL_NAMESPACE).toBe('default');
    expect(config.publicBaseUrl()).toBe('http://localhost:8080');
    expect(config.POSTING_PERIOD_SECONDS).toBeUndefined();
    expect(config.TEMPORAL_TASK_QUEUE_PREFIX).toBe('khenthuong');
    expect(loadConfig({ ...valid, TEMPORAL_TASK_QUEUE_PREFIX: 'phuong-ngo-quyen' }).TEMPORAL_TASK_QUEUE_PREFIX).toBe('phuong-ngo-quyen');
    expect(config.DEMO_ROUNDS).toBe('false');
  });

  it('reads where signers\' certificates are checked for revocation, off by default', () => {
    expect(loadConfig(valid)).toMatchObject({ SIGNATURE_REVOCATION_ONLINE: 'false' });
    expect(loadConfig(valid).SIGNATURE_CRL_DIR).toBeUndefined();
    expect(loadConfig({ ...valid, SIGNATURE_CRL_DIR: '/srv/crl', SIGNATURE_REVOCATION_ONLINE: 'true' })).toMatchObject({ SIGNATURE_CRL_DIR: '/srv/crl', SIGNATURE_REVOCATION_ONLINE: 'true' });
    expect(() => loadConfig({ ...valid, SIGNATURE_REVOCATION_ONLINE: 'yes' })).toThrow('SIGNATURE_REVOCATION_ONLINE must be true or false');
  });

  it('allows demo rounds outside production only', () => {
    expect(loadConfig({ ...valid, DEMO_ROUNDS: 'true' }).DEMO_ROUNDS).toBe('true');
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production', DEMO_ROUNDS: 'true' })).toThrow('DEMO_ROUNDS is a demo setting and must not be true in production');
    expect(() => loadConfig({ ...valid, DEMO_ROUNDS: 'yes' })).toThrow('DEMO_ROUNDS must be true or false');
  });

  it('warns at start-up when papers would print a localhost verification address', () => {
    expect(loadConfig({ ...valid, PORT: '8080' }).publicBaseUrlWarning()).toBe(
      'PUBLIC_BASE_URL is not set: verification links and QR codes on issued papers and e-mails will point to http://localhost:8080; set it to the public address before issuing papers',
    );
    expect(loadConfig({ ...valid, PUBLIC_BASE_URL: 'https://khenthuong.ngoquyen.gov.vn' }).publicBaseUrlWarning()).toBeNull();
  });

  it('seals secret ballots with the first configured key, a demo key outside production, and none by default in production', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ ...valid, BALLOT_SEAL_KEYS: `k2:${key},k1:${key}` }).ballotSealKeys().map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(loadConfig(valid).ballotSealKeys().map((k) => k.id)).toEqual(['demo']);
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow('BALLOT_SEAL_KEYS is required in production');
    expect(() => loadConfig({ ...valid, BALLOT_SEAL_KEYS: `k1:${key},k1:${key}` })).toThrow('key ids must be unique');
    expect(() => loadConfig({ ...valid, BALLOT_SEAL_KEYS: 'k1:short' })).toThrow('BALLOT_SEAL_KEYS must be keyId:base64key pairs');
  });

  it('warns at start-up when secret ballots would be sealed with the demo key', () => {
    expect(loadConfig(valid).ballotSealKeyWarning()).toContain('BALLOT_SEAL_KEYS is not set');
    expect(loadConfig({ ...valid, BALLOT_SEAL_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}` }).ballotSealKeyWarning()).toBeNull();
  });

  it('signs at once with local keys unless a remote signer is configured whole, and refuses half of one', () => {
    expect(loadConfig(valid).remoteSigning()).toBeNull();
    const remote = { SIGNING_REMOTE_URL: 'https://ky-so.example.vn/api', SIGNING_REMOTE_TOKEN: 'token-phuong', SIGNING_REMOTE_CREDENTIALS: 'chutich=cred-1, phochutich=cred-2' };
    expect(loadConfig({ ...valid, ...remote, SIGNING_REMOTE_POLL_SECONDS: '5' }).remoteSigning()).toEqual({
      baseUrl: 'https://ky-so.example.vn/api', accessToken: 'token-phuong',
      credentials: new Map([['chutich', 'cred-1'], ['phochutich', 'cred-2']]),
      pollIntervalMs: 5000, reminderIntervalMs: 4 * 3600_000, approvalWindowMs: 24 * 3600_000, maxRequests: 3,
    });
    expect(() => loadConfig({ ...valid, SIGNING_REMOTE_URL: remote.SIGNING_REMOTE_URL })).toThrow(
      'SIGNING_REMOTE_URL set without SIGNING_REMOTE_TOKEN, SIGNING_REMOTE_CREDENTIALS: a remote signer needs all of SIGNING_REMOTE_URL, SIGNING_REMOTE_TOKEN, SIGNING_REMOTE_CREDENTIALS',
    );
    expect(() => loadConfig({ ...valid, ...remote, SIGNING_REMOTE_CREDENTIALS: 'chutich' })).toThrow('SIGNING_REMOTE_CREDENTIALS must be login=credentialId pairs');
    expect(() => loadConfig({ ...valid, ...remote, SIGNING_REMOTE_CREDENTIALS: 'chutich=a,chutich=b' })).toThrow('SIGNING_REMOTE_CREDENTIALS names chutich twice');
    const key = `k1:${Buffer.alloc(32, 1).toString('base64')}`;
    expect(() => loadConfig({ ...valid, ...remote, NODE_ENV: 'production', BALLOT_SEAL_KEYS: key, SIGNING_REMOTE_URL: 'http://ky-so.local' })).toThrow('SIGNING_REMOTE_URL must be https:// in production');
    expect(() => loadConfig({ ...valid, ...remote, SIGNING_REMOTE_MAX_REQUESTS: 'ba' })).toThrow('SIGNING_REMOTE_MAX_REQUESTS must be a whole number');
  });

  // Optional settings have no default, so an instance does not list them: each must still be read.
  const optionalSettings = getMetadataStorage()
    .getTargetValidationMetadatas(AppConfig, AppConfig.name, true, false)
    .filter((m) => m.type === 'conditionalValidation')
    .map((m) => m.propertyName);

  it('knows optional settings, such as the mail server', () => {
    expect(optionalSettings).toEqual(expect.arrayContaining(['SMTP_URL', 'SIGNATURE_CRL_DIR', 'WORKFLOW_CACHE_SIZE', 'SIGNING_REMOTE_URL']));
  });

  it.each(optionalSettings)('reads the optional setting %s from the environment', (name) => {
    // A value no rule accepts as it is: either it is kept as given, or refused naming the variable.
    const outcome = (() => {
      try {
        return String((loadConfig({ ...valid, [name]: 'x y' }) as unknown as Record<string, unknown>)[name]);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(outcome).toMatch(new RegExp(`^x y$|${name}`));
  });

  it.each([
    [{ TEMPORAL_ADDRESS: '127.0.0.1:7233' }, 'DATABASE_URL is required'],
    [{ ...valid, DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// URL'],
    [{ ...valid, TEMPORAL_ADDRESS: 'localhost' }, 'TEMPORAL_ADDRESS must be host:port'],
    [{ ...valid, PORT: 'eighty' }, 'PORT must be a whole number'],
    [{ ...valid, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ ...valid, TEMPORAL_TASK_QUEUE_PREFIX: 'khen thuong' }, 'TEMPORAL_TASK_QUEUE_PREFIX must be letters, digits, dots, dashes or underscores'],
  ])('rejects %j naming the variable', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(expected);
  });
});
