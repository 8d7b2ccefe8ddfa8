// Types of pg-base-backup.mjs for the TypeScript that imports it (its spec).
export function skippedInBackup(relative: string, name: string): boolean;
export function walSegmentsBetween(startFile: string, stopFile: string, segmentBytes: number): string[];
export function takeBaseBackup(options: { adminUrl: string; target: string; log?: (line: string) => void }): Promise<{
  label: string;
  startLsn: string;
  stopLsn: string;
  consistentAt: Date;
  walSegments: number;
  bytes: number;
}>;
