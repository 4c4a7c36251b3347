import { describe, expect, it } from 'vitest';
import { commentSchema } from '@/lib/tasks/schemas';
import { optionalText, requiredText, withoutControls } from './zod';

describe('text from forms', () => {
  it('loses control characters (PostgreSQL cannot store NUL), keeps tabs and line breaks', () => {
    expect(withoutControls('a\u0000b\u0007c\u007fd\te\nf\r\ng')).toBe('abcd\te\nf\r\ng');
    expect(requiredText(10, 'Lý do').safeParse('\u0000').success).toBe(false); // nothing left: refused as empty
    expect(requiredText(10, 'Lý do').parse(' Lý\u0000 do ')).toBe('Lý do');
    expect(optionalText(10, 'Ghi chú').parse('\u0000\u0001')).toBeNull();
    expect(commentSchema.parse({ taskId: '3', note: 'Ý kiến\u0000' }).note).toBe('Ý kiến');
  });
});
