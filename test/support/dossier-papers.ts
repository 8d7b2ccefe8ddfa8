import { awardDefinition, ruleSetFor, vietnamDateOf, type AwardTitle, type DossierPaper } from '@khenthuong/domain';
import type { ApiClient } from './stack';

/** A small valid PDF whose bytes differ by label (the archive keeps one copy per content). */
export const paperPdf = (label: string) => ({ bytes: Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`), name: `${label}.pdf`, type: 'application/pdf' });

/** The papers the title requires under today's rule set (what the officer's completeness check asks for). */
export const requiredPapersOf = (title: AwardTitle | string): DossierPaper[] => awardDefinition(title as AwardTitle, ruleSetFor(vietnamDateOf(new Date()))).requiredPapers;

/** The nominating unit's head attaches one PDF per paper the title requires (or the kinds given). */
export async function attachRequiredPapers(unitHead: ApiClient, proposalId: string, title: AwardTitle | string, kinds = requiredPapersOf(title)): Promise<void> {
  for (const kind of kinds) {
    const res = await unitHead.upload(`/api/v1/proposals/${proposalId}/documents`, 'file', paperPdf(`${proposalId}-${kind.toLowerCase()}`), { kind });
    if (res.status !== 201 && res.status !== 200) throw new Error(`paper ${kind} refused: ${res.status} ${JSON.stringify(res.body)}`);
  }
}
