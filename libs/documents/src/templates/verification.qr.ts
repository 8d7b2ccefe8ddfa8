import { toString as qrToString } from 'qrcode';

/**
 * The verification QR code as inline SVG: vector (sharp at any print resolution) and inline, so
 * it passes the renderer's network block. The SVG holds only path data, never the URL text, which
 * is why templates may insert it unescaped.
 */
export function verificationQrSvg(url: string): Promise<string> {
  return qrToString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
}
