import { describe, expect, it } from 'vitest';
import { bellBadge, unreadFromAnswer } from './bell';

describe('the bell', () => {
  it('shows nothing when all is read, the number up to 99, then 99+', () => {
    expect(bellBadge(0)).toBeNull();
    expect(bellBadge(-1)).toBeNull();
    expect(bellBadge(1)).toBe('1');
    expect(bellBadge(99)).toBe('99');
    expect(bellBadge(100)).toBe('99+');
  });

  it('takes the count from the unread route’s answer and ignores any other answer', () => {
    expect(unreadFromAnswer({ unread: 3 })).toBe(3);
    expect(unreadFromAnswer({ unread: 0 })).toBe(0);
    expect(unreadFromAnswer({ error: 'Chưa đăng nhập.' })).toBeNull();
    expect(unreadFromAnswer({ unread: '3' })).toBeNull();
    expect(unreadFromAnswer({ unread: -1 })).toBeNull();
    expect(unreadFromAnswer({ unread: 1.5 })).toBeNull();
    expect(unreadFromAnswer(null)).toBeNull();
    expect(unreadFromAnswer('<!doctype html>')).toBeNull();
  });
});
