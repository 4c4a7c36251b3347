import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '@/lib/i18n';
import type { PreviewRow } from '@/lib/users/import';
import { ImportGrid, ImportWarnings } from './import-form';

const t = messagesFor('vi');
const render = (element: ReactElement) =>
  renderToString(
    createElement(NextIntlClientProvider, {
      locale: 'vi',
      messages: t as never,
      timeZone: 'Asia/Ho_Chi_Minh',
      children: element,
    }),
  );
const row = (line: number, values: Partial<PreviewRow['values']>, errors: PreviewRow['errors'] = {}): PreviewRow => ({
  line,
  values: {
    name: '',
    email: '',
    position: '',
    phone: '',
    role: 'agency',
    agencyId: '',
    agencyDuty: 'focal_point',
    committeePosition: '',
    personId: '',
    ...values,
  },
  agencyText: 'Bộ Không Có',
  errors,
});

describe('the preview grid', () => {
  it('posts every row as indexed fields; a row with errors is inputs with each error beside its field', () => {
    const html = render(
      createElement(ImportGrid, {
        rows: [
          row(2, { name: 'Nguyễn An', email: 'an@example.gov.vn', agencyId: '7' }),
          row(3, { name: 'Trần Bình', email: 'x' }, { email: ['Email sai'], agencyId: ['Không tìm thấy cơ quan'] }),
        ],
        agencies: [{ id: 7, name: 'Bộ Nội vụ' }],
        t: { userImport: t.userImport, roles: t.roles, committees: t.committees },
        onDone: () => {},
      }),
    );
    // The clean row: text, its values in hidden inputs.
    expect(html).toContain('<input type="hidden" name="rows.0.email" value="an@example.gov.vn"/>');
    expect(html).toContain('<input type="hidden" name="rows.0.agencyId" value="7"/>');
    // The row with errors: inputs, labelled, the error beside the field, the agency chosen from a select.
    expect(html).toMatch(/<label class="sr-only" for="row-1-email">Email \(Dòng 3\)<\/label>/);
    expect(html).toMatch(/<input id="row-1-email"[^>]*aria-invalid="true"[^>]*name="rows\.1\.email" value="x"\/>/);
    expect(html).toMatch(/id="row-1-email-error"[^>]*>Email sai</);
    expect(html).toMatch(/<select id="row-1-agencyId"[^>]*name="rows\.1\.agencyId"/);
    expect(html).toContain('Trong tệp: Bộ Không Có');
    expect(html).toMatch(/id="row-1-agencyId-error"[^>]*>Không tìm thấy cơ quan</);
    expect(html).toContain('2 dòng · 1 dòng có lỗi');
    expect(html).toContain('Nhập 2 người dùng');
  });

  it('with posts in the list, offers to add the people to the committee (the only one chosen), each post a select; a suggested role says so', () => {
    const suggested: PreviewRow = {
      ...row(2, { name: 'Phạm Minh Chính', email: 'a@example.gov.vn', role: 'leader', committeePosition: 'head' }),
      suggested: true,
    };
    const html = render(
      createElement(ImportGrid, {
        rows: [suggested, row(3, { name: 'Hồ Đức Phớc', email: 'b@example.gov.vn', agencyId: '7' })],
        agencies: [{ id: 7, name: 'Bộ Tài chính' }],
        committees: [{ id: 4, name: 'Ban Chỉ đạo cải cách hành chính của Chính phủ' }],
        today: '06/03/2024',
        t: { userImport: t.userImport, roles: t.roles, committees: t.committees },
        onDone: () => {},
      }),
    );
    expect(html).toContain('Thêm vào Ban Chỉ đạo');
    expect(html).toContain('Danh sách ghi chức danh trong Ban Chỉ đạo của 1 người.');
    expect(html).toMatch(/<option value="4" selected="">Ban Chỉ đạo cải cách hành chính của Chính phủ<\/option>/);
    expect(html).toContain('<option value="none">Chỉ tạo tài khoản (không thêm vào Ban)</option>');
    expect(html).toMatch(/name="committeeFrom" value="06\/03\/2024"/);
    expect(html).toMatch(/<select id="row-0-committeePosition"[^>]*name="rows\.0\.committeePosition"/);
    expect(html).toMatch(/<option value="head" selected="">Trưởng ban<\/option>/);
    expect(html).toContain('Theo chức vụ: hãy kiểm tra');
    // Without a committee to join, no step is offered: it says so, and the posts are not carried.
    const none = render(
      createElement(ImportGrid, {
        rows: [suggested],
        agencies: [],
        t: { userImport: t.userImport, roles: t.roles, committees: t.committees },
        onDone: () => {},
      }),
    );
    expect(none).not.toContain('Thêm vào Ban Chỉ đạo');
    expect(none).toContain('chưa có Ban Chỉ đạo nào đang hoạt động');
    expect(none).toContain('<input type="hidden" name="rows.0.committeePosition" value=""/>');
  });
});

describe('the preview’s warnings', () => {
  it('are a list, one item each, under a heading; none: nothing', () => {
    const html = render(
      createElement(ImportWarnings, {
        warnings: ['Đã gán nhiệm vụ mặc định cho 2 dòng.', 'Bộ Tư pháp chưa có đầu mối.'],
        title: t.userImport.warningsTitle,
      }),
    );
    expect(html).toContain('<h3 id="import-warnings-title"');
    expect(html).toContain('Cần lưu ý trước khi nhập');
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toContain('<li>Bộ Tư pháp chưa có đầu mối.</li>');
    expect(render(createElement(ImportWarnings, { warnings: [], title: 'x' }))).toBe('');
  });
});
