import { vietnamese } from './words';

export type EmailContent = { title: string; lines: string[]; link: string | null };

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * One email layout for every notice, in Vietnamese (the recipient's language is not known; lib/notifications/words.ts): greeting, the notice, its details, the link, and a
 * footer that says how to stop such emails. Plain text and HTML carry the same words.
 */
export function renderEmail(
  content: EmailContent,
  recipientName: string,
): { subject: string; text: string; html: string } {
  const subject = vietnamese('email.subject', { title: content.title });
  const footer = vietnamese('email.footer');
  const greeting = (name: string) => vietnamese('email.greeting', { name });
  const text = [
    greeting(recipientName),
    '',
    content.title,
    ...content.lines.map((l) => `- ${l}`),
    '',
    ...(content.link ? [vietnamese('email.detailsAt', { link: content.link }), ''] : []),
    footer,
  ].join('\n');
  const html = `<!doctype html><html lang="vi"><body style="font-family:Arial,sans-serif;color:#0f172a;line-height:1.5">
<p>${greeting(escape(recipientName))}</p>
<p><strong>${escape(content.title)}</strong></p>
${content.lines.length ? `<ul>${content.lines.map((l) => `<li>${escape(l)}</li>`).join('')}</ul>` : ''}
${content.link ? `<p><a href="${escape(content.link)}">${escape(vietnamese('email.details'))}</a></p>` : ''}
<p style="color:#475569;font-size:12px">${escape(footer)}</p>
</body></html>`;
  return { subject, text, html };
}
