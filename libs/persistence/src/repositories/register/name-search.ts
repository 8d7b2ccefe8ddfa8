import { searchKey } from '@khenthuong/domain';

const LIKE_ESCAPE = /[\\%_]/g;

/**
 * The `LIKE` pattern matching `khenthuong_search_key(column)` (unaccented, lower-case), or a column
 * storing it, against a typed name, its wildcards taken literally; null when the query has nothing to
 * search for.
 */
export function nameLikePattern(query: string | undefined): string | null {
  const key = query ? searchKey(query) : '';
  return key ? `%${key.replace(LIKE_ESCAPE, (c) => `\\${c}`)}%` : null;
}
