import { describe, expect, it } from 'vitest';
import { leavesPage } from './leave-guard';

const HERE = 'https://app.example/sessions/7/edit?tab=1';
const click = { button: 0 };

describe('leavesPage: which link clicks ask before unsaved changes are lost', () => {
  it('a plain click on a link to another page, of this app or another site, leaves', () => {
    expect(leavesPage({ href: '/sessions/7' }, click, HERE)).toBe(true);
    expect(leavesPage({ href: '/tasks' }, click, HERE)).toBe(true);
    expect(leavesPage({ href: '../7' }, click, HERE)).toBe(true);
    expect(leavesPage({ href: 'https://other.example/' }, click, HERE)).toBe(true);
    // The same path with another query is another page (a filter, another tab).
    expect(leavesPage({ href: '/sessions/7/edit?tab=2' }, click, HERE)).toBe(true);
    expect(leavesPage({ href: '/sessions/7/edit' }, click, HERE)).toBe(true);
    expect(leavesPage({ href: '/', target: '_self' }, click, HERE)).toBe(true);
  });

  it('a link within this page, to mail or a phone, in a new tab or a download stays', () => {
    expect(leavesPage({ href: '#agenda' }, click, HERE)).toBe(false);
    expect(leavesPage({ href: '/sessions/7/edit?tab=1#agenda' }, click, HERE)).toBe(false);
    expect(leavesPage({ href: 'mailto:vp@example.vn' }, click, HERE)).toBe(false);
    expect(leavesPage({ href: 'tel:0243' }, click, HERE)).toBe(false);
    expect(leavesPage({ href: '/api/evidence/3', target: '_blank' }, click, HERE)).toBe(false);
    expect(leavesPage({ href: '/api/attendance-template.xlsx', download: true }, click, HERE)).toBe(false);
  });

  it('a click with a modifier, another button, or one already handled stays', () => {
    for (const k of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey'] as const)
      expect(leavesPage({ href: '/tasks' }, { button: 0, [k]: true }, HERE), k).toBe(false);
    expect(leavesPage({ href: '/tasks' }, { button: 1 }, HERE)).toBe(false);
    expect(leavesPage({ href: '/tasks' }, { button: 0, defaultPrevented: true }, HERE)).toBe(false);
  });
});
