import { AwardTitle } from '../awards/award-title';
import { searchKey } from '../text/vietnamese-text';

/**
 * The identity of a rewarded achievement, for "one achievement is not rewarded several times or in
 * several forms" (Luật TĐKT 2022, Điều 5). A yearly title is one achievement per recipient, title
 * and year; an ad-hoc or campaign reward is identified by what it rewards (`achievementRef`, e.g.
 * the event or campaign), whatever the form, so a second form for the same feat collides.
 */
export function achievementKey(input: { recipientId: string; title: AwardTitle; year: number; achievementRef?: string }): string {
  const recipient = input.recipientId.trim();
  const ref = input.achievementRef === undefined ? '' : searchKey(input.achievementRef);
  return ref !== '' ? `${recipient}|ref:${ref}` : `${recipient}|${input.title}|${input.year}`;
}
