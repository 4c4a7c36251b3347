import type { Locale } from './index';

/**
 * What the error pages and the cookie-authenticated route handlers say when the normal path failed. Kept out
 * of vi.ts/en.ts on purpose: the error pages are client components shipped with every page, and this module
 * must stay small and browser-safe (no next/headers, no dictionaries), so it imports only a type.
 */
export type ErrorMessages = {
  /** The error page (app/error.tsx, app/(app)/error.tsx, app/global-error.tsx). */
  title: string;
  body: string;
  retry: string;
  home: string;
  /** Followed by the digest: the code an administrator looks for in the server's log. */
  reference: string;
  /** Route handlers' problem details (lib/http/route.ts). */
  unauthenticated: string;
  forbidden: string;
  notFound: string;
};

const MESSAGES: Record<Locale, ErrorMessages> = {
  vi: {
    title: 'Hệ thống đang gặp sự cố',
    body: 'Trang chưa hiển thị được do lỗi ở máy chủ. Dữ liệu bạn đã lưu trước đó không bị ảnh hưởng. Vui lòng thử lại sau ít phút; nếu lỗi vẫn còn, hãy báo quản trị viên kèm mã tham chiếu dưới đây.',
    retry: 'Thử lại',
    home: 'Về trang chủ',
    reference: 'Mã tham chiếu',
    unauthenticated: 'Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
    forbidden: 'Bạn không có quyền thực hiện thao tác này.',
    notFound: 'Không tìm thấy bản ghi hoặc bạn không có quyền xem.',
  },
  en: {
    title: 'The system has run into a problem',
    body: 'This page could not be shown because of a server error. What you saved before is not affected. Please try again in a few minutes; if the error persists, tell an administrator the reference code below.',
    retry: 'Try again',
    home: 'Back to the home page',
    reference: 'Reference code',
    unauthenticated: 'You are not signed in, or your session has ended. Please sign in again.',
    forbidden: 'You may not do this.',
    notFound: 'There is no such record, or you may not see it.',
  },
};

/** The messages in the reader's language; anything but English is Vietnamese (the app's default). */
export function errorMessages(locale: unknown): ErrorMessages {
  return locale === 'en' ? MESSAGES.en : MESSAGES.vi;
}

/**
 * The locale named by a `Cookie` header (or `document.cookie`): the `locale` cookie lib/i18n sets, Vietnamese
 * when it is absent or holds anything else.
 */
export function localeFromCookies(cookieHeader: string | null | undefined): Locale {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== 'locale') continue;
    return part.slice(eq + 1).trim() === 'en' ? 'en' : 'vi';
  }
  return 'vi';
}
