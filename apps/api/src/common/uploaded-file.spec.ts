import { cleanFileName, sniffEvidence } from './uploaded-file';

describe('sniffEvidence', () => {
  it('recognises PDF, PNG, JPEG and DOCX by their bytes', () => {
    expect(sniffEvidence(Buffer.from('%PDF-1.7\n…'))).toBe('PDF');
    expect(sniffEvidence(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('PNG');
    expect(sniffEvidence(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('JPEG');
    expect(sniffEvidence(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml')]))).toBe('DOCX');
  });

  it('refuses an xlsx, a script and a renamed text file', () => {
    expect(sniffEvidence(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('xl/workbook.xml')]))).toBeNull();
    expect(sniffEvidence(Buffer.from('#!/bin/sh\nrm -rf /'))).toBeNull();
    expect(sniffEvidence(Buffer.from('PDF-1.7 but not really'))).toBeNull();
  });
});

describe('cleanFileName', () => {
  it('keeps the UTF-8 name without its path', () => {
    expect(cleanFileName(Buffer.from('../../báo cáo quý 1.pdf', 'utf8').toString('latin1'))).toBe('báo cáo quý 1.pdf');
  });
});
