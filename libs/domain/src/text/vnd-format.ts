import { DomainError, DomainErrorCode } from '../shared/domain-error';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const BILLION = 1_000_000_000;

function assertWholeVnd(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Số tiền không hợp lệ: ${amount} (phải là số nguyên không âm)`);
  }
}

/** 1872000 → '1.872.000' (Vietnamese grouping with dots). */
export function formatVnd(amount: number): string {
  if (!Number.isSafeInteger(amount)) {
    throw new DomainError(DomainErrorCode.INVALID_ARGUMENT, `Số tiền không hợp lệ: ${amount}`);
  }
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return amount < 0 ? `-${digits}` : digits;
}

/** A ratio as a Vietnamese percentage: 0.7777… → '77,78%'. */
export function formatPercentVi(ratio: number, decimals = 2): string {
  const fixed = (Math.round(ratio * 100 * 10 ** decimals) / 10 ** decimals).toFixed(decimals);
  return `${fixed.replace(/\.?0+$/, '').replace('.', ',')}%`;
}

/**
 * Three digits in words. `full` = the group follows a higher group, so zero hundreds and tens are
 * read out: 5 → 'không trăm linh năm'. Conventions of Vietnamese financial writing: 'mười' for
 * 10–19, 'mốt' for a final 1 after twenty and up, 'lăm' for a final 5 after ten and up, 'linh'
 * for a zero ten followed by a unit.
 */
function readTriple(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds], 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh');
  } else if (tens === 1) {
    words.push('mười');
  } else {
    words.push(DIGITS[tens], 'mươi');
  }
  if (units > 0) {
    if (units === 1 && tens >= 2) words.push('mốt');
    else if (units === 5 && tens >= 1) words.push('lăm');
    else words.push(DIGITS[units]);
  }
  return words.join(' ');
}

/** Below one billion. `full`: a higher unit precedes, so a leading group under 100 reads 'không trăm …'. */
function readBelowBillion(n: number, full: boolean): string {
  const groups = [Math.floor(n / 1_000_000), Math.floor((n % 1_000_000) / 1000), n % 1000];
  const units = ['triệu', 'nghìn', ''];
  const words: string[] = [];
  groups.forEach((g, i) => {
    if (g === 0) return;
    words.push(readTriple(g, full || words.length > 0), units[i]);
  });
  return words.filter((w) => w !== '').join(' ');
}

function readNumber(n: number, full = false): string {
  if (n < BILLION) return readBelowBillion(n, full);
  const billions = Math.floor(n / BILLION);
  const rest = n % BILLION;
  const head = `${readNumber(billions, full)} tỷ`;
  return rest === 0 ? head : `${head} ${readBelowBillion(rest, true)}`;
}

/** 1872000 → 'Một triệu tám trăm bảy mươi hai nghìn đồng' (the "Bằng chữ" of a decision's amount). */
export function vndInWords(amount: number): string {
  assertWholeVnd(amount);
  const words = amount === 0 ? 'không' : readNumber(amount);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} đồng`;
}
