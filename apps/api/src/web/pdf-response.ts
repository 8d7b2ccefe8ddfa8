import type { Response } from 'express';
import { searchKey } from '@khenthuong/domain';

/** Sends an archived paper inline, its file named from its Vietnamese title without diacritics ("quyet-dinh-01-qd-ubnd.pdf"). */
export function sendPdf(res: Response, title: string, bytes: Buffer): void {
  const name = searchKey(title).replace(/[^0-9a-z]+/g, '-').replace(/^-|-$/g, '') || 'van-ban';
  res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="${name}.pdf"`);
  res.send(bytes);
}
