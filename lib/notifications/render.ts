import type { NotificationParams, NotificationText } from '@/db/schema';

/**
 * The notices' words in one language: message key → text with {name} placeholders, and English's plurals as
 * `{days, plural, one {# day} other {# days}}` (lib/i18n, notifications.texts).
 */
export type NotificationTexts = Record<string, string>;

function render(text: NotificationText | null | undefined, texts: NotificationTexts): string | null {
  const template = text ? texts[text.key] : undefined;
  if (template === undefined) return null;
  const value = (k: string) => text!.vars?.[k] ?? '';
  return template
    .replace(/\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g, (_, k: string, one: string, other: string) =>
      (Number(value(k)) === 1 ? one : other).replace(/#/g, String(value(k))),
    )
    .replace(/\{(\w+)\}/g, (_, k: string) => String(value(k)));
}

/**
 * A stored notice in the reader's language: its title and body rendered from their message keys and values;
 * what was stored (Vietnamese) when the row has none (written before keys were kept) or a key is unknown.
 */
export function renderNotification(
  row: { title: string; body: string | null; params: NotificationParams | null },
  texts: NotificationTexts,
): { title: string; body: string | null } {
  return {
    title: render(row.params?.title, texts) ?? row.title,
    body: render(row.params?.body, texts) ?? row.body,
  };
}
