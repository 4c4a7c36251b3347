import { describe, expect, it } from 'vitest';
import { firstRepeatedKey } from './keys';
import { cpuGrowth, cpuMs, GROWTH_LIMIT } from '@/tests/cpu-time';

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

  it('is linear in the text: 200,000 names in one object are read once each', async () => {
    const object = (n: number) => `{${Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(',')}}`;
    const cpu = await cpuMs(() => {
      expect(firstRepeatedKey(object(200_000))).toBeNull();
      expect(firstRepeatedKey(`${object(200_000).slice(0, -1)},"k7":0}`)).toBe('/k7');
    });
    expect(cpu).toBeLessThan(5_000);
    // CPU time, and its growth from a quarter of the names (decision 089).
    expect((await cpuGrowth(firstRepeatedKey, object(50_000), object(200_000))).ratio).toBeLessThan(GROWTH_LIMIT);
  });
});
