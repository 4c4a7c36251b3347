/**
 * Errors the domain raises on purpose. Server actions and route handlers turn them into a plain message
 * (and field errors) for the user; anything else is a bug and is logged, never shown.
 */
export type AppErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'Không tìm thấy bản ghi hoặc bạn không có quyền xem.') =>
  new AppError('NOT_FOUND', what);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => new AppError('FORBIDDEN', message);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const invalid = (message: string, fieldErrors: Record<string, string> = {}) =>
  new AppError('INVALID', message, fieldErrors);

/** The stale-save message shared by every versioned record. */
export const STALE_MESSAGE =
  'Bản ghi đã được người khác cập nhật sau khi bạn mở. Nội dung bạn nhập vẫn được giữ nguyên: hãy tải lại để xem thay đổi mới rồi lưu lại.';
