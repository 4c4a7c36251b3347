import { describe, expect, it } from 'vitest';
import { firstRepeatedKey } from './keys';

describe('firstRepeatedKey: a name given twice in one JSON object', () => {
  it.each([
    ['{"status":"a","status":"b"}', '/status'],
    // The same name escaped another way is the same name to JSON.parse.
    ['{"status":"a","st\\u0061tus":"b"}', '/status'],
    ['{"note":"x","deadline":{"kind":"dated","kind":"none"}}', '/deadline/kind'],
    ['{"evidence":[{"x":1},{"x":1,"x":2}]}', '/evidence/1/x'],
    ['[[1],{"a":{"b":[0,{"c":1,"c":2}]}}]', '/1/a/b/1/c'],
    ['{ "a" : 1 ,\n "a" : 2 }', '/a'],
    ['{"":1,"":2}', '/'],
  ])('%s → %s', (json, pointer) => {
    expect(firstRepeatedKey(json)).toBe(pointer);
  });

  it.each([
    '{"a":1,"b":2}',
    // Names repeat across objects, and inside strings, without being given twice.
    '[{"a":1},{"a":2}]',
    '{"a":{"a":{"a":1}}}',
    '{"note":"\\"status\\":1,{\\"status\\":2}","status":"in_progress"}',
    '{"note":"a\\\\","status":"b","x":"\\\\\\""}',
    '{"a":[{"b":1}],"b":{"a":1}}',
    '"status"',
    '[]',
    '{}',
  ])('%s: none', (json) => {
    JSON.parse(json); // the cases are valid JSON, as the function's callers have checked
    expect(firstRepeatedKey(json)).toBeNull();
  });

  it('is linear in the text: 200,000 names in one object are read once each', () => {
    const names = Array.from({ length: 200_000 }, (_, i) => `"k${i}":${i}`);
    const t0 = performance.now();
    expect(firstRepeatedKey(`{${names.join(',')}}`)).toBeNull();
    expect(firstRepeatedKey(`{${names.join(',')},"k7":0}`)).toBe('/k7');
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
