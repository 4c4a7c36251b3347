import { describe, expect, it } from 'vitest';
import { proposalErrors } from './proposal-errors';

describe('proposalErrors', () => {
  it("gives the server's refusal to the item sent at that index, by its key, with the field it names", () => {
    const errors = proposalErrors({ 'items.1': 'chọn thời hạn cho nhiệm vụ.', 'items.1.deadline': 'Chọn thời hạn.' }, [
      '1',
      '1a',
      '2',
    ]);
    expect([...errors.entries()]).toEqual([
      ['1a', { message: 'chọn thời hạn cho nhiệm vụ.', fields: { deadline: 'Chọn thời hạn.' } }],
    ]);
  });

  it('reads the validation paths of the schema (items.2.deadline.dueDate, items.0.text) and ignores others', () => {
    const errors = proposalErrors(
      {
        'items.2.deadline.dueDate': 'Thời hạn phải có dạng ngày/tháng/năm, ví dụ 02/02/2024.',
        'items.0.text': 'Vui lòng nhập nội dung chỉ đạo.',
        'items.9': 'không có mục này',
        sessionId: 'Phiên họp không hợp lệ.',
      },
      ['1', '2', '3'],
    );
    expect(errors.get('3')).toEqual({
      message: 'Thời hạn phải có dạng ngày/tháng/năm, ví dụ 02/02/2024.',
      fields: { deadline: 'Thời hạn phải có dạng ngày/tháng/năm, ví dụ 02/02/2024.' },
    });
    expect(errors.get('1')!.fields).toEqual({ text: 'Vui lòng nhập nội dung chỉ đạo.' });
    expect([...errors.keys()]).toEqual(['3', '1']);
    expect(proposalErrors(undefined, ['1']).size).toBe(0);
  });
});
