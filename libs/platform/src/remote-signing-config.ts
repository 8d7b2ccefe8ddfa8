/** What the worker needs to ask signers for their signature on a remote hash-signing service (docs/signing.md). */
export interface RemoteSigningSettings {
  baseUrl: string;
  accessToken: string;
  /** Login of a chairman or vice-chairman → their credential (certificate) id at the service. */
  credentials: ReadonlyMap<string, string>;
  pollIntervalMs: number;
  reminderIntervalMs: number;
  /** How long one request waits for the signer before it is made again (or the service's expiry, if sooner). */
  approvalWindowMs: number;
  /** Requests made in a row before the step waits for a person. */
  maxRequests: number;
}

export interface RemoteSigningVariables {
  NODE_ENV: string;
  SIGNING_REMOTE_URL?: string;
  SIGNING_REMOTE_TOKEN?: string;
  SIGNING_REMOTE_CREDENTIALS?: string;
  SIGNING_REMOTE_POLL_SECONDS: number;
  SIGNING_REMOTE_REMINDER_SECONDS: number;
  SIGNING_REMOTE_APPROVAL_SECONDS: number;
  SIGNING_REMOTE_MAX_REQUESTS: number;
}

const TOGETHER = ['SIGNING_REMOTE_URL', 'SIGNING_REMOTE_TOKEN', 'SIGNING_REMOTE_CREDENTIALS'] as const;

/** `login=credentialId` pairs, comma-separated; a login named twice is a mistake, not an override. */
export function parseSigningCredentials(text: string): Map<string, string> {
  const credentials = new Map<string, string>();
  for (const pair of text.split(',')) {
    const [login, credentialId] = pair.split('=').map((s) => s.trim());
    if (!login || !credentialId) throw new Error('SIGNING_REMOTE_CREDENTIALS must be login=credentialId pairs, comma-separated');
    if (credentials.has(login)) throw new Error(`SIGNING_REMOTE_CREDENTIALS names ${login} twice`);
    credentials.set(login, credentialId);
  }
  return credentials;
}

/** A half-configured remote signer would sign some decisions locally by surprise: all three variables or none. */
export function remoteSigningProblems(v: RemoteSigningVariables): string[] {
  const set = TOGETHER.filter((name) => v[name] !== undefined);
  if (set.length === 0) return [];
  if (set.length < TOGETHER.length) {
    const missing = TOGETHER.filter((name) => v[name] === undefined);
    return [`${set.join(', ')} set without ${missing.join(', ')}: a remote signer needs all of ${TOGETHER.join(', ')}`];
  }
  const problems: string[] = [];
  if (v.NODE_ENV === 'production' && !v.SIGNING_REMOTE_URL!.startsWith('https://')) problems.push('SIGNING_REMOTE_URL must be https:// in production');
  try {
    parseSigningCredentials(v.SIGNING_REMOTE_CREDENTIALS!);
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}

export function remoteSigningSettings(v: RemoteSigningVariables): RemoteSigningSettings | null {
  if (!v.SIGNING_REMOTE_URL || !v.SIGNING_REMOTE_TOKEN || !v.SIGNING_REMOTE_CREDENTIALS) return null;
  return {
    baseUrl: v.SIGNING_REMOTE_URL,
    accessToken: v.SIGNING_REMOTE_TOKEN,
    credentials: parseSigningCredentials(v.SIGNING_REMOTE_CREDENTIALS),
    pollIntervalMs: v.SIGNING_REMOTE_POLL_SECONDS * 1000,
    reminderIntervalMs: v.SIGNING_REMOTE_REMINDER_SECONDS * 1000,
    approvalWindowMs: v.SIGNING_REMOTE_APPROVAL_SECONDS * 1000,
    maxRequests: v.SIGNING_REMOTE_MAX_REQUESTS,
  };
}
