export type EmailContent = { title: string; lines: string[]; link: string | null };

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One Vietnamese email layout for every notice: greeting, the notice, its details, the link, and a
 * footer that says how to stop such emails. Plain text and HTML carry the same words.
 */
export function renderEmail(
  content: EmailContent,
  recipientName: string,
): { subject: string; text: string; html: string } {
  const subject = `[Theo dõi chỉ đạo] ${content.title}`;
  const footer =
    'Thư gửi tự động từ hệ thống Theo dõi chỉ đạo. Có thể tắt email theo từng loại thông báo tại trang Thông báo.';
  const text = [
    `Kính gửi ${recipientName},`,
    '',
    content.title,
    ...content.lines.map((l) => `- ${l}`),
    '',
    ...(content.link ? [`Xem chi tiết: ${content.link}`, ''] : []),
    footer,
  ].join('\n');
  const html = `<!doctype html><html lang="vi"><body style="font-family:Arial,sans-serif;color:#0f172a;line-height:1.5">
<p>Kính gửi ${escape(recipientName)},</p>
<p><strong>${escape(content.title)}</strong></p>
${content.lines.length ? `<ul>${content.lines.map((l) => `<li>${escape(l)}</li>`).join('')}</ul>` : ''}
${content.link ? `<p><a href="${escape(content.link)}">Xem chi tiết</a></p>` : ''}
<p style="color:#475569;font-size:12px">${escape(footer)}</p>
</body></html>`;
  return { subject, text, html };
}
