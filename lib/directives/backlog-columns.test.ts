import { describe, expect, it } from 'vitest';
import { suggestBacklogMapping } from './backlog-import';

// A list with both "Kết quả thực hiện" (what was done) and "Tình trạng" (status): the first was suggested as the
// status, and the status column left out.
describe('suggesting the status column', () => {
  it('gives the status to "Tình trạng", "Trạng thái" or "Tình trạng thực hiện", and the results to the report', () => {
    for (const status of ['Tình trạng', 'Trạng thái', 'Tình trạng thực hiện'])
      expect(suggestBacklogMapping(['Nội dung', 'Cơ quan chủ trì', 'Kết quả thực hiện', status])).toEqual([
        'text',
        'lead',
        'latestReport',
        'status',
      ]);
    expect(suggestBacklogMapping(['Nội dung', 'Tình trạng', 'Kết quả thực hiện'])).toEqual([
      'text',
      'status',
      'latestReport',
    ]);
    // "Tình hình thực hiện" beside "Tình trạng" is the narrative; alone, it stays the status it was.
    expect(suggestBacklogMapping(['Tình hình thực hiện', 'Nội dung', 'Tình trạng'])).toEqual([
      'latestReport',
      'text',
      'status',
    ]);
    expect(suggestBacklogMapping(['Nội dung', 'Tình hình thực hiện'])).toEqual(['text', 'status']);
    // Alone, "Kết quả thực hiện" is the results narrative, not a status.
    expect(suggestBacklogMapping(['Nội dung', 'Kết quả thực hiện'])).toEqual(['text', 'latestReport']);
  });
});
