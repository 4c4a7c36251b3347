import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formDataToObject } from './action';
import { firstUnsafeKey, MAX_NESTING, paramsRecord, plainParams, pollutedPrototypes } from './keys';

describe('formDataToObject', () => {
  it('expands dotted names into nested arrays and objects, and collects repeated names', () => {
    const fd = new FormData();
    fd.append('title', 'Phiên họp');
    fd.append('agenda.0.title', 'Một');
    fd.append('agenda.2.title', 'Ba');
    fd.append('deadline.kind', 'dated');
    fd.append('leadAgencyIds', '3');
    fd.append('leadAgencyIds', '5');
    fd.append('$ACTION_ID_abc', '');
    expect(formDataToObject(fd)).toEqual({
      title: 'Phiên họp',
      agenda: [{ title: 'Một' }, { title: 'Ba' }],
      deadline: { kind: 'dated' },
      leadAgencyIds: ['3', '5'],
    });
  });

  it('refuses absurd array indexes', () => {
    const fd = new FormData();
    fd.append('rows.99999999.fullName', 'x');
    expect(() => formDataToObject(fd)).toThrow();
  });
});

describe('formDataToObject against hostile field names', () => {
  const hostile = [
    '__proto__.x',
    '__proto__.coordinatorIds',
    'constructor.prototype.x',
    'prototype.x',
    'a.__proto__.x',
    'agenda.0.__proto__.x',
    'agenda.constructor.prototype.y',
    '__proto__',
    'constructor',
    'a..b',
    '.a',
    'a.',
    'a b',
    'a[0]',
    'toString.x',
    `${'a.'.repeat(40)}b`,
  ];

  it.each(hostile)('refuses %s and leaves Object.prototype as it was', (name) => {
    const fd = new FormData();
    fd.append('title', 'Phiên họp');
    fd.append(name, '1');
    let result: unknown;
    try {
      result = formDataToObject(fd);
    } catch (error) {
      expect((error as { code?: string }).code).toBe('INVALID');
    }
    expect(pollutedPrototypes()).toEqual([]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).coordinatorIds).toBeUndefined();
    // A name that was accepted (toString.x is plain) is an own key of the result and nothing more.
    if (result) expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });

  it('never pollutes a prototype, whatever the names (generated)', () => {
    const segment = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'x', '0', '1'),
      fc.nat(20_000).map(String),
      fc.string({ maxLength: 6 }),
    );
    const name = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.'));
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.string({ maxLength: 4 })), { maxLength: 8 }), (fields) => {
        const fd = new FormData();
        for (const [k, v] of fields) fd.append(k, v);
        try {
          const out = formDataToObject(fd);
          // What comes out is plain data: no inherited values appear as fields.
          expect(JSON.parse(JSON.stringify(out))).toEqual(out);
        } catch (error) {
          expect((error as { code?: string }).code).toBe('INVALID');
        }
        expect(pollutedPrototypes()).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a name used both as a value and as a group, and indexes past the bound', () => {
    const a = new FormData();
    a.append('deadline', 'x');
    a.append('deadline.kind', 'dated');
    expect(() => formDataToObject(a)).toThrow();
    // in either order (attacker pass 26: a group then a value gave [{…}, 'X'], which broke the form's answer)
    const c = new FormData();
    c.append('title.a', '1');
    c.append('title', 'X');
    expect(() => formDataToObject(c)).toThrow('validation.badPost');
    const b = new FormData();
    b.append('rows.10001.fullName', 'x');
    expect(() => formDataToObject(b)).toThrow();
  });
});

describe('names from query strings and JSON', () => {
  it('paramsRecord keeps plain names on a record with no prototype and lists the others', () => {
    const { values, dropped } = paramsRecord(
      new URLSearchParams('q=a&__proto__=x&__proto__=y&constructor=z&toString=1&a%5Bb%5D=2&q=b'),
    );
    expect(dropped).toEqual(['__proto__', '__proto__', 'constructor', 'a[b]']);
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect({ ...values }).toEqual({ q: ['a', 'b'], toString: '1' });
    expect(values.hasOwnProperty).toBeUndefined();
  });

  it('plainParams repairs a Next.js searchParams object whose prototype a query replaced', () => {
    const raw: Record<string, string | string[]> = {};
    raw['__proto__'] = ['x', 'y'] as unknown as string; // what Next's searchParamsToUrlQuery does with ?__proto__=…
    raw.q = 'thuế';
    const clean = plainParams(raw);
    expect(Object.getPrototypeOf(clean)).toBeNull();
    expect({ ...clean }).toEqual({ q: 'thuế' });
    expect(clean.length).toBeUndefined();
  });

  it('firstUnsafeKey finds __proto__ and constructor anywhere in a JSON body', () => {
    expect(firstUnsafeKey(JSON.parse('{"a":1,"b":[{"c":{"__proto__":{"x":1}}}]}'))).toEqual({
      pointer: '/b/0/c/__proto__',
      reason: 'name',
    });
    expect(firstUnsafeKey(JSON.parse('{"constructor":{"prototype":{"x":1}}}'))).toEqual({
      pointer: '/constructor',
      reason: 'name',
    });
    expect(firstUnsafeKey({ a: [1, { b: 'c' }] })).toBeNull();
  });

  it('firstUnsafeKey walks a value reached from many places once, and refuses one nested too deep', () => {
    // An action's reply may point to one object from two keys at every level: 2^60 paths, 30 objects.
    let node: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 30; i++) node = { a: node, b: node };
    expect(firstUnsafeKey(node)).toBeNull(); // returns at once (it ran for hours before)
    let list: unknown[] = [1];
    for (let i = 0; i < 30; i++) list = [list, list];
    expect(firstUnsafeKey(list)).toBeNull();
    (function last(n: Record<string, unknown>): void {
      if (n.b) last(n.b as Record<string, unknown>);
      else n.c = JSON.parse('{"__proto__": 1}');
    })(node);
    expect(firstUnsafeKey(node)?.reason).toBe('name');
    // JSON nested 5,000 deep overflowed the stack (a 500); now it is refused at MAX_NESTING.
    const deep = JSON.parse(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`);
    expect(firstUnsafeKey(deep)).toEqual({ pointer: `/a`.repeat(MAX_NESTING), reason: 'depth' });
    let shallow: unknown = 1;
    for (let i = 0; i < MAX_NESTING; i++) shallow = { a: shallow };
    expect(firstUnsafeKey(shallow)).toBeNull();
  });
});
