import { randomBytes } from 'node:crypto';
import { BallotSealError, BallotSealer, parseBallotSealKeys, type BallotSealKey, type SealedBallot } from './ballot-seal';

const key = (id: string): BallotSealKey => ({ id, key: randomBytes(32) });
const ballot = { defaultChoice: 'AGREE', exceptions: [{ proposalId: 'p-2', choice: 'DISAGREE', comment: 'Chưa đủ thành tích' }] };
const context = 'round:r-1|member:u-1';

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BallotSealError);
    return (error as BallotSealError).problem;
  }
  throw new Error('expected the sealed ballot to be refused');
}

describe('BallotSealer', () => {
  it('seals with the newest key and opens to the same content, holding no plaintext', () => {
    const sealer = new BallotSealer([key('2027'), key('2026')]);
    const sealed = sealer.seal(ballot, context);
    expect(sealed.keyId).toBe('2027');
    expect(JSON.stringify(sealed)).not.toMatch(/AGREE|DISAGREE|thành tích|p-2/);
    expect(sealer.open(sealed, context)).toEqual(ballot);
  });

  it('opens a ballot sealed before a rotation while the old key is still configured', () => {
    const old = key('2026');
    const sealedBefore = new BallotSealer([old]).seal(ballot, context);
    expect(new BallotSealer([key('2027'), old]).open(sealedBefore, context)).toEqual(ballot);
  });

  it('refuses a ballot whose key is not configured', () => {
    const sealed = new BallotSealer([key('2026')]).seal(ballot, context);
    expect(problemOf(() => new BallotSealer([key('2027')]).open(sealed, context))).toBe('UNKNOWN_KEY');
  });

  it('refuses a ballot opened with a wrong key under the same id', () => {
    const sealed = new BallotSealer([key('2026')]).seal(ballot, context);
    expect(problemOf(() => new BallotSealer([key('2026')]).open(sealed, context))).toBe('NOT_AUTHENTIC');
  });

  it('refuses a tampered ciphertext, nonce or a ballot moved to another member or session', () => {
    const sealer = new BallotSealer([key('2026')]);
    const sealed = sealer.seal(ballot, context);
    const bytes = Buffer.from(sealed.sealed, 'base64');
    bytes[3] ^= 0x01;
    const tampered: SealedBallot = { ...sealed, sealed: bytes.toString('base64') };
    expect(problemOf(() => sealer.open(tampered, context))).toBe('NOT_AUTHENTIC');
    const nonce = Buffer.from(sealed.nonce, 'base64');
    nonce[0] ^= 0x80;
    expect(problemOf(() => sealer.open({ ...sealed, nonce: nonce.toString('base64') }, context))).toBe('NOT_AUTHENTIC');
    expect(problemOf(() => sealer.open(sealed, 'round:r-1|member:u-2'))).toBe('NOT_AUTHENTIC');
    expect(problemOf(() => sealer.open({ ...sealed, sealed: 'AAAA' }, context))).toBe('MALFORMED');
    expect(problemOf(() => sealer.open({ keyId: 'x y' } as SealedBallot, context))).toBe('MALFORMED');
  });

  it('gives ballots of any choice and short comments the same length', () => {
    const sealer = new BallotSealer([key('2026')]);
    const lengths = [
      { defaultChoice: 'AGREE', exceptions: [] },
      { defaultChoice: 'DISAGREE', exceptions: [] },
      { defaultChoice: 'ABSTAIN', exceptions: [{ proposalId: 'p-1', choice: 'AGREE', comment: 'Đồng ý vì thành tích nổi bật trong năm' }] },
    ].map((b) => sealer.seal(b, context).sealed.length);
    expect(new Set(lengths).size).toBe(1);
  });
});

describe('parseBallotSealKeys', () => {
  const k = randomBytes(32).toString('base64');
  it('reads keyId:base64 pairs in order', () => {
    expect(parseBallotSealKeys(`new:${k},old:${k}`).map((x) => x.id)).toEqual(['new', 'old']);
  });
  it.each([
    [`a:${k},a:${k}`, 'unique'],
    ['a:c2hvcnQ=', '32 bytes'],
    [k, 'keyId:base64key'],
  ])('refuses %s', (text, message) => {
    expect(() => parseBallotSealKeys(text)).toThrow(message);
  });
});
