import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, type ValidationError } from 'class-validator';
import { AppConfig } from './app-config';
import { remoteSigningProblems } from './remote-signing-config';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

// The kind check reads better than a range check that failed because the value is not a number.
function describeProblem(error: ValidationError): string {
  if (error.value === undefined) return `${error.property} is required`;
  const c = error.constraints ?? {};
  return c.isInt ?? c.matches ?? c.isIn ?? Object.values(c)[0] ?? `${error.property} is invalid`;
}

// A demo key anyone can derive must never seal a real council's secret ballots.
function ballotSealKeyProblems(config: AppConfig): string[] {
  if (config.NODE_ENV === 'production' && !config.BALLOT_SEAL_KEYS) return ['BALLOT_SEAL_KEYS is required in production'];
  try {
    config.ballotSealKeys();
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

/**
 * The environment variables AppConfig reads: every property it validates. Settings without a
 * default (optional ones, and required ones such as DATABASE_URL) are not among an instance's keys,
 * so the names come from the class's validation metadata, where each decorated property is.
 */
export function configSettingNames(): string[] {
  const validated = getMetadataStorage().getTargetValidationMetadatas(AppConfig, AppConfig.name, true, false);
  return [...new Set([...Object.keys(new AppConfig()), ...validated.map((m) => m.propertyName)])];
}

/** Builds the config from an environment (process.env at boot); throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const picked: Record<string, string> = {};
  for (const key of configSettingNames()) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const config = plainToInstance(AppConfig, picked);
  const errors = validateSync(config, { forbidUnknownValues: true });
  const problems = errors.map(describeProblem);
  if (!errors.some((e) => e.property === 'BALLOT_SEAL_KEYS')) problems.push(...ballotSealKeyProblems(config));
  if (!errors.some((e) => e.property.startsWith('SIGNING_REMOTE_'))) problems.push(...remoteSigningProblems(config));
  if (config.NODE_ENV === 'production' && config.DEMO_ROUNDS === 'true') problems.push('DEMO_ROUNDS is a demo setting and must not be true in production');
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}

/** Boot-time form of loadConfig: a bad environment ends the process with one line and exit code 2. */
export function loadConfigOrExit(app: string, env: Record<string, string | undefined>): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${app}: ${error.message}`);
    process.exit(2);
  }
}
