import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';

export const HISTORIES_DIR = join(__dirname, '..', 'histories');
const TEMPORAL_CLI = join(__dirname, '..', '..', '..', '.tools', 'temporal-cli', 'bin', 'temporal');

/**
 * With RECORD_HISTORIES=1 a suite stores the event history of a finished run under
 * workflows/test/histories/ (reviewed and committed); replay.test.ts replays every stored one
 * against today's workflow code, so a change that breaks running workflows fails CI. The Temporal
 * CLI writes the JSON (proto3 JSON, as `historyFromJSON` reads it). HISTORY_SET names a new set
 * (`<name>.<set>.json`) so histories recorded after a patch join those recorded before it.
 */
export async function recordHistory(handle: WorkflowHandle, name: string, address: string): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  mkdirSync(HISTORIES_DIR, { recursive: true });
  const json = execFileSync(TEMPORAL_CLI, ['workflow', 'show', '--workflow-id', handle.workflowId, '--address', address, '--output', 'json'], { encoding: 'utf8' });
  const set = process.env.HISTORY_SET ? `.${process.env.HISTORY_SET}` : '';
  writeFileSync(join(HISTORIES_DIR, `${name}${set}.json`), json);
}

export function storedHistories(): { name: string; json: unknown }[] {
  return readdirSync(HISTORIES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), json: JSON.parse(readFileSync(join(HISTORIES_DIR, f), 'utf8')) as unknown }));
}
