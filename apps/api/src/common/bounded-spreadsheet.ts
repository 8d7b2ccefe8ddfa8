import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { codePointLabel, forbiddenControlCharacter } from '@khenthuong/domain';
import { ApiError, ApiErrorCode, type FieldProblem } from './api-error';

/**
 * What an uploaded workbook may hold. A 10 MB xlsx can unpack to hundreds of megabytes and
 * millions of rows; these bound the memory and time one import takes, far above a ward's real
 * lists (a few thousand households in a round).
 */
export const SPREADSHEET_LIMITS = {
  /** Data rows of the first sheet (the heading excluded). */
  maxDataRows: 10_000,
  /** Cells read per row: the import's columns; anything to their right is never looked at. */
  maxCellsPerRow: 30,
  /** Characters of one cell. */
  maxCellChars: 10_000,
  /** Parts of the zip package. */
  maxEntries: 500,
  /** Unpacked bytes of one part and of the whole package, as declared and as actually inflated. */
  maxEntryBytes: 40 * 1024 * 1024,
  maxTotalBytes: 60 * 1024 * 1024,
  /** Unpacked / packed for a part above 1 MB: ordinary sheets stay far below. */
  maxCompressionRatio: 200,
} as const;

const RATIO_CHECKED_ABOVE = 1024 * 1024;
const MB = (bytes: number): string => String(Math.round(bytes / (1024 * 1024)));
const thousands = (n: number): string => n.toLocaleString('vi-VN');

/** The Vietnamese refusal naming every limit, so the person knows how to split the file. */
export const SPREADSHEET_TOO_LARGE_VI =
  `Tệp quá lớn: tối đa ${thousands(SPREADSHEET_LIMITS.maxDataRows)} dòng dữ liệu, ${thousands(SPREADSHEET_LIMITS.maxCellChars)} ký tự mỗi ô, ` +
  `${MB(SPREADSHEET_LIMITS.maxTotalBytes)} MB khi giải nén (${MB(SPREADSHEET_LIMITS.maxEntryBytes)} MB mỗi phần, ` +
  `${SPREADSHEET_LIMITS.maxEntries} phần). Vui lòng chia danh sách thành nhiều tệp nhỏ hơn.`;

function tooLarge(reason: string): ApiError {
  return new ApiError(ApiErrorCode.SPREADSHEET_TOO_LARGE, `spreadsheet refused: ${reason}`);
}

function notExcel(reason: string): ApiError {
  return new ApiError(ApiErrorCode.NOT_AN_EXCEL_FILE, `xlsx could not be read: ${reason}`);
}

const openZip = (bytes: Buffer): Promise<ZipFile> =>
  new Promise((resolve, reject) => yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => (error ? reject(error) : resolve(zip))));

function checkDeclared(entry: Entry, totalSoFar: number): void {
  const { uncompressedSize: size, compressedSize: packed, fileName } = entry;
  if (size > SPREADSHEET_LIMITS.maxEntryBytes) throw tooLarge(`${fileName} declares ${size} bytes`);
  if (totalSoFar + size > SPREADSHEET_LIMITS.maxTotalBytes) throw tooLarge(`package declares more than ${SPREADSHEET_LIMITS.maxTotalBytes} bytes`);
  if (size > RATIO_CHECKED_ABOVE && size > packed * SPREADSHEET_LIMITS.maxCompressionRatio) throw tooLarge(`${fileName} compressed ${Math.round(size / Math.max(packed, 1))}:1`);
}

/** Inflates one part to nowhere: yauzl stops as soon as the data outgrows the size the directory declared. */
async function drain(zip: ZipFile, entry: Entry): Promise<void> {
  const stream = await zip.openReadStreamPromise(entry);
  for await (const _chunk of stream as AsyncIterable<Buffer>) {
    // Only the counting matters.
  }
}

/**
 * The zip's central directory first (part count, each part's declared size, the total, the
 * compression ratio), then every part inflated without keeping it, so a package that lies about its
 * sizes is refused too. Nothing of the workbook is loaded before this passes.
 */
export async function checkSpreadsheetPackage(bytes: Buffer): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await openZip(bytes);
  } catch (error) {
    throw notExcel((error as Error).message);
  }
  try {
    if (zip.entryCount > SPREADSHEET_LIMITS.maxEntries) throw tooLarge(`${zip.entryCount} parts`);
    let total = 0;
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      checkDeclared(entry, total);
      total += entry.uncompressedSize;
      await drain(zip, entry).catch((error: Error) => {
        throw /too many bytes/i.test(error.message) ? tooLarge(`${entry!.fileName} inflates beyond its declared size`) : notExcel(error.message);
      });
    }
  } finally {
    zip.close();
  }
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
    zip.once('entry', (entry: Entry) => (cleanup(), resolve(entry)));
    zip.once('end', () => (cleanup(), resolve(null)));
    zip.once('error', (error: Error) => (cleanup(), reject(notExcel(error.message))));
    zip.readEntry();
  });
}

/** One row of the first sheet: its number and the text of its first `columns` cells, trimmed. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/**
 * Rows of the first sheet with the text of their first `columns` cells, read as a stream after
 * `checkSpreadsheetPackage`: it stops at the first limit passed, so no file holds more in memory
 * than the limits allow. Rows whose cells are all empty are left out.
 */
export async function readFirstSheet(bytes: Buffer, columns: number): Promise<SheetRow[]> {
  await checkSpreadsheetPackage(bytes);
  const width = Math.min(columns, SPREADSHEET_LIMITS.maxCellsPerRow);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const rows: SheetRow[] = [];
  const problems: FieldProblem[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (row.number > SPREADSHEET_LIMITS.maxDataRows + 1) throw tooLarge(`more than ${SPREADSHEET_LIMITS.maxDataRows} data rows`);
        const cells = Array.from({ length: width }, (_, i) => row.getCell(i + 1).text.trim());
        if (cells.some((c) => c.length > SPREADSHEET_LIMITS.maxCellChars)) throw tooLarge(`a cell of row ${row.number} is longer than ${SPREADSHEET_LIMITS.maxCellChars} characters`);
        const controls = cellControlProblems(cells);
        if (controls.length) problems.push({ field: `Dòng ${row.number}`, messages: controls });
        if (cells.some((c) => c !== '')) rows.push({ row: row.number, cells });
      }
      // The first sheet only.
      break;
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw notExcel((error as Error).message);
  }
  if (problems.length) throw new ApiError(ApiErrorCode.IMPORT_ROWS_INVALID, `${problems.length} rows with control characters`, problems);
  return rows;
}

/** The input-hygiene policy cell by cell: line breaks (Alt+Enter) pass, other control characters are named. */
function cellControlProblems(cells: string[]): string[] {
  return cells.flatMap((text, i) => {
    const code = forbiddenControlCharacter(text, true);
    return code === null ? [] : [`Ô ở cột ${i + 1} chứa ký tự điều khiển không được phép (${codePointLabel(code)}).`];
  });
}
