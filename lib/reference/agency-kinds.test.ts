import { describe, expect, it } from 'vitest';
import { agencyKind } from '@/db/schema';
import { AGENCY_KINDS } from './agency-kinds';

describe('AGENCY_KINDS', () => {
  it('is the database enum agency_kind, value for value and in order', () => {
    expect([...AGENCY_KINDS]).toEqual(agencyKind.enumValues);
  });
});
