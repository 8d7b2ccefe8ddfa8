import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Test helpers over poppler-utils (Debian `poppler-utils`): what a reader or an archive checker
 * would get out of a PDF. Each call writes the bytes to a temporary file, runs one tool, removes it.
 */

const run = promisify(execFile);

export interface PageRange {
  firstPage?: number;
  lastPage?: number;
}

export interface PdfFont {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export interface PdfInfo {
  pages: number;
  /** Size of the first page in points (A4 ≈ 595.3 × 841.9). */
  pageWidthPt: number;
  pageHeightPt: number;
  title: string | undefined;
  /** Every "Key: value" line pdfinfo printed. */
  fields: Record<string, string>;
}

export interface PdfWord {
  page: number;
  text: string;
  /** Points from the top-left corner of the page. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Plain text (pdftotext reading order); pages separated by form feeds. */
export async function pdfText(pdf: Buffer, range: PageRange = {}): Promise<string> {
  return withPdfFile(pdf, async (file) => (await run('pdftotext', [...rangeArgs(range), '-enc', 'UTF-8', file, '-'])).stdout);
}

/** Text with every whitespace run collapsed to one space: for phrases a line break may split. */
export async function pdfFlatText(pdf: Buffer, range: PageRange = {}): Promise<string> {
  return (await pdfText(pdf, range)).replace(/\s+/g, ' ').trim();
}

export async function pdfFonts(pdf: Buffer): Promise<PdfFont[]> {
  const { stdout } = await withPdfFile(pdf, (file) => run('pdffonts', [file]));
  const lines = stdout.split('\n');
  const ruleIndex = lines.findIndex((line) => line.startsWith('---'));
  // Columns are fixed-width; their bounds come from the dashes under the heading.
  const bounds = [...(lines[ruleIndex] ?? '').matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  return lines
    .slice(ruleIndex + 1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cell = (i: number): string => {
        const [start, end] = bounds[i] ?? [0, 0];
        return line.slice(start, i === bounds.length - 1 ? undefined : end + 1).trim();
      };
      return {
        name: cell(0),
        type: cell(1),
        encoding: cell(2),
        embedded: cell(3) === 'yes',
        subset: cell(4) === 'yes',
        unicode: cell(5) === 'yes',
      };
    });
}

export async function pdfInfo(pdf: Buffer): Promise<PdfInfo> {
  const { stdout } = await withPdfFile(pdf, (file) => run('pdfinfo', ['-enc', 'UTF-8', file]));
  const fields: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) fields[match[1].trim()] = match[2].trim();
  }
  const size = /([\d.]+) x ([\d.]+) pts/.exec(fields['Page size'] ?? '');
  return {
    pages: Number(fields['Pages']),
    pageWidthPt: Number(size?.[1]),
    pageHeightPt: Number(size?.[2]),
    title: fields['Title'],
    fields,
  };
}

/** Words with their boxes, for layout checks (e.g. a page number in the top margin). */
export async function pdfWords(pdf: Buffer, range: PageRange = {}): Promise<PdfWord[]> {
  const { stdout } = await withPdfFile(pdf, (file) => run('pdftotext', [...rangeArgs(range), '-enc', 'UTF-8', '-bbox', file, '-']));
  const words: PdfWord[] = [];
  let page = (range.firstPage ?? 1) - 1;
  for (const line of stdout.split('\n')) {
    if (line.includes('<page ')) page++;
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (word) {
      words.push({
        page,
        xMin: Number(word[1]),
        yMin: Number(word[2]),
        xMax: Number(word[3]),
        yMax: Number(word[4]),
        text: decodeXml(word[5] ?? ''),
      });
    }
  }
  return words;
}

/** Each text run of the first page and whether it is set in a bold face (`pdftohtml -xml`). */
export async function pdfTextRuns(pdf: Buffer): Promise<Array<{ text: string; bold: boolean }>> {
  const { stdout } = await withPdfFile(pdf, (file) => run('pdftohtml', ['-xml', '-i', '-q', '-f', '1', '-l', '1', '-stdout', file]));
  const boldFonts = new Set<string>();
  for (const spec of stdout.matchAll(/<fontspec id="(\d+)"[^>]*family="([^"]*)"/g)) if (/bold/i.test(spec[2]!)) boldFonts.add(spec[1]!);
  // pdftohtml wraps runs in a bold face in <b>, or names the face in the font's family.
  return [...stdout.matchAll(/<text [^>]*font="(\d+)"[^>]*>(.*?)<\/text>/g)].map((m) => ({
    text: decodeXml(m[2]!.replace(/<[^>]+>/g, '')).trim(),
    bold: boldFonts.has(m[1]!) || /^<b>/.test(m[2]!),
  }));
}

function rangeArgs({ firstPage, lastPage }: PageRange): string[] {
  return [...(firstPage ? ['-f', String(firstPage)] : []), ...(lastPage ? ['-l', String(lastPage)] : [])];
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

async function withPdfFile<T>(pdf: Buffer, use: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-inspect-'));
  try {
    const file = join(dir, 'document.pdf');
    await writeFile(file, pdf);
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Visual lines: words whose tops are within 1.5 pt, left to right, per page. Unlike pdftotext's
 * reading order, a table row stays one line (first line of each cell) whatever the cell heights.
 */
export async function pdfVisualLines(pdf: Buffer, range: PageRange = {}): Promise<string[]> {
  const words = await pdfWords(pdf, range);
  const lines: Array<{ page: number; y: number; words: PdfWord[] }> = [];
  for (const word of [...words].sort((a, b) => a.page - b.page || a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.find((l) => l.page === word.page && Math.abs(l.y - word.yMin) < 1.5);
    if (line) line.words.push(word);
    else lines.push({ page: word.page, y: word.yMin, words: [word] });
  }
  return lines.map((line) => line.words.sort((a, b) => a.xMin - b.xMin).map((w) => w.text).join(' '));
}
