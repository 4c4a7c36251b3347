import { describe, expect, it } from 'vitest';
import { proposalKeys } from './proposal-keys';

describe('proposalKeys', () => {
  it('keys items by their numbers when each is printed once', () => {
    expect(
      proposalKeys([
        { ordinal: '1', parentOrdinal: null },
        { ordinal: '1a', parentOrdinal: '1' },
        { ordinal: '2', parentOrdinal: null },
      ]),
    ).toEqual([
      { key: '1', parentKey: null },
      { key: '1a', parentKey: '1' },
      { key: '2', parentKey: null },
    ]);
  });

  it('gives a number printed twice a key of its own, and its sub-items the nearest parent above them', () => {
    const keys = proposalKeys([
      { ordinal: '1', parentOrdinal: null },
      { ordinal: '2', parentOrdinal: null },
      { ordinal: '1', parentOrdinal: null },
      { ordinal: '1a', parentOrdinal: '1' },
      { ordinal: '1b', parentOrdinal: '1' },
      { ordinal: '2', parentOrdinal: null },
    ]);
    expect(keys.map((k) => k.key)).toEqual(['1', '2', '1#3', '1a', '1b', '2#6']);
    expect(new Set(keys.map((k) => k.key)).size).toBe(keys.length);
    expect(keys[3]!.parentKey).toBe('1#3');
    expect(keys[4]!.parentKey).toBe('1#3');
  });

  it('keeps keys within the 20 characters the server reads', () => {
    const long = 'IV.12.3.a.ii.7.9.x.y';
    const keys = proposalKeys([
      { ordinal: long, parentOrdinal: null },
      { ordinal: long, parentOrdinal: null },
    ]);
    expect(keys[1]!.key.length).toBeLessThanOrEqual(20);
    expect(keys[1]!.key).not.toBe(keys[0]!.key);
  });
});
