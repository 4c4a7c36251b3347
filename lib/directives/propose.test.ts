import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { createTestDatabase } from '@/tests/db';
import { agencyIdOf } from '@/tests/factories';
import { proposeForSession } from './propose';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
}, 60_000);
afterAll(() => h.close());

// A provincial committee's notice as such notices are written: the departments by their bare names, no province.
const NOTICE = [
  'THÔNG BÁO',
  'Kết luận của Trưởng Ban Chỉ đạo tại phiên họp thứ ba',
  '1. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp rà soát thủ tục hành chính nội bộ, báo cáo trước ngày 30/6/2026.',
].join('\n');
const on = new Date('2026-03-02T02:00:00Z');

describe('proposals for a notice dropped on a session', () => {
  it("read a provincial committee's bare departments as that province's (the committee is the sender)", async () => {
    const [p] = await proposeForSession(
      NOTICE,
      { startsAt: on, committeeName: 'Ban Chỉ đạo cải cách hành chính tỉnh Tuyên Quang' },
      h.db,
    );
    expect(p!.leadAgencyIds).toEqual([await agencyIdOf(h.db, 'TQ-SNV')]);
    expect(p!.coordinatorAgencyIds).toEqual([await agencyIdOf(h.db, 'TQ-STP')]);
  });
  it("do not guess a province for the Government's committee", async () => {
    const [p] = await proposeForSession(
      NOTICE,
      { startsAt: on, committeeName: 'Ban Chỉ đạo cải cách hành chính của Chính phủ' },
      h.db,
    );
    expect(p!.leadAgencyIds).not.toContain(await agencyIdOf(h.db, 'TQ-SNV'));
  });
});
