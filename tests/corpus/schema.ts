/**
 * The shape of a corpus notice's ground truth (tests/corpus/notices/<id>.json), as tests/corpus/README.md
 * describes it. Shared by the well-formedness test and scripts/eval-parser.ts.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'YYYY-MM-DD');
const name = z.string().trim().min(2);

/**
 * Unnamed addressees. Central: `ministries` (các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ), `provinces`
 * (UBND các tỉnh, thành phố), `committee_members`, `all` (các Bộ, ngành, địa phương). Provincial notices:
 * `departments` (các sở, ban, ngành [tỉnh]) and `localities` (UBND các huyện, thị xã, thành phố / các xã,
 * phường of the province).
 */
export const CORPUS_GROUPS = [
  'ministries',
  'provinces',
  'committee_members',
  'all',
  'departments',
  'localities',
] as const;

export const corpusDeadlineSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dated'), date: isoDate }).strict(),
  z.object({ kind: z.literal('urgent') }).strict(),
  z.object({ kind: z.literal('recurring'), period: z.enum(['monthly', 'quarterly', 'yearly']) }).strict(),
  z.object({ kind: z.literal('none') }).strict(),
]);

export const corpusItemSchema = z
  .object({
    ordinal: z.string().min(1),
    parent: z.string().min(1).nullable(),
    starts: z.string().min(8),
    assessment: z.boolean(),
    heading: z.boolean(),
    lead: z.array(name),
    coordinators: z.array(name),
    monitor: name.nullable(),
    groups: z.array(z.enum(CORPUS_GROUPS)),
    deadline: corpusDeadlineSchema,
    cites: z.array(z.string().min(3)),
  })
  .strict();

export const corpusNoticeSchema = z
  .object({
    id: z.string().regex(/^(?:vpcp|bo|tinh)-[a-z0-9-]+$/u),
    source: z
      .object({
        url: z.url(),
        title: z.string().min(5),
        number: z.string().min(3),
        date: isoDate,
        issuer: z.string().min(3),
        signer: z.string().min(3).nullable(),
        province: z.string().min(2).nullable(),
      })
      .strict(),
    note: z.string().optional(),
    items: z.array(corpusItemSchema),
  })
  .strict();

export type CorpusDeadline = z.infer<typeof corpusDeadlineSchema>;
export type CorpusItem = z.infer<typeof corpusItemSchema>;
export type CorpusNotice = z.infer<typeof corpusNoticeSchema>;

/**
 * The held-out third, fixed before any tuning: a notice is held out when the first 8 hex digits of
 * sha1(id) are divisible by 3. Whoever tunes the parser may read the other (dev) notices only.
 */
export function isHeldOut(id: string): boolean {
  return parseInt(createHash('sha1').update(id).digest('hex').slice(0, 8), 16) % 3 === 0;
}
