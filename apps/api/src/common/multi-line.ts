import { controlCharacterMessageVi, forbiddenControlCharacter } from '@khenthuong/domain';
import type { FieldProblem } from './api-error';

const MULTI_LINE_FIELDS = Symbol('multiLineFields');
type WithMultiLine = { [MULTI_LINE_FIELDS]?: Set<string> };

/**
 * Marks a DTO field that may hold tabs and line breaks (comments, reasons, achievements). Every
 * other string field of every DTO is single-line: the validation pipe and the page forms refuse
 * tabs and line breaks in it, as the guard refuses every other control character everywhere.
 */
export function MultiLine(): PropertyDecorator {
  return (target, key) => {
    const holder = target as WithMultiLine;
    const inherited = holder[MULTI_LINE_FIELDS];
    const own = Object.prototype.hasOwnProperty.call(holder, MULTI_LINE_FIELDS) && inherited ? inherited : new Set(inherited);
    own.add(String(key));
    holder[MULTI_LINE_FIELDS] = own;
  };
}

function isMultiLine(owner: object, key: string): boolean {
  return (Object.getPrototypeOf(owner) as WithMultiLine | null)?.[MULTI_LINE_FIELDS]?.has(key) ?? false;
}

/** Control characters a validated DTO (or a plain value) holds where its fields do not allow them. */
export function controlCharacterProblems(value: unknown, path = '', multiLine = false): FieldProblem[] {
  if (typeof value === 'string') {
    const code = forbiddenControlCharacter(value, multiLine);
    return code === null ? [] : [{ field: path, messages: [controlCharacterMessageVi(path, code)] }];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => controlCharacterProblems(item, `${path}[${i}]`, multiLine));
  if (value === null || typeof value !== 'object' || value instanceof Date || Buffer.isBuffer(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => controlCharacterProblems(inner, path ? `${path}.${key}` : key, isMultiLine(value, key)));
}
