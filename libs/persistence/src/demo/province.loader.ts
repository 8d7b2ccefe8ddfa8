import type { DataSource } from 'typeorm';
import { hashDemoPassword, loadDemoData, type LoadedDemo } from './demo-data.loader';
import { PROVINCE_MAX_WARDS, provinceWard, type ProvinceWard } from './province-wards.data';

export interface ProvinceLoadOptions {
  wards: number;
  /** Told after each ward, with its position, so a long load shows progress. */
  onWard?: (ward: ProvinceWard, loadedMs: number) => void;
}

export type LoadedWard = ProvinceWard & LoadedDemo;

export interface LoadedProvince {
  wards: LoadedWard[];
  durationMs: number;
}

/**
 * Loads wards 1…n of the demo province idempotently, each a separate issuing body with the demo
 * ward's units, people, users (under the ward's username prefix), council and plan, named after the
 * ward. The password is hashed once for all wards; each ward is one transaction.
 */
export async function loadProvince(dataSource: DataSource, options: ProvinceLoadOptions): Promise<LoadedProvince> {
  if (!Number.isInteger(options.wards) || options.wards < 1 || options.wards > PROVINCE_MAX_WARDS) {
    throw new RangeError(`the number of wards must be 1 to ${PROVINCE_MAX_WARDS}, not ${options.wards}`);
  }
  const started = Date.now();
  const passwordHash = await hashDemoPassword();
  const wards: LoadedWard[] = [];
  for (let ordinal = 1; ordinal <= options.wards; ordinal++) {
    const ward = provinceWard(ordinal);
    const loaded = await loadDemoData(dataSource, { bodyCode: ward.code, usernamePrefix: ward.usernamePrefix, ward, passwordHash });
    wards.push({ ...ward, ...loaded });
    options.onWard?.(ward, Date.now() - started);
  }
  return { wards, durationMs: Date.now() - started };
}
