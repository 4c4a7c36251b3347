import { describe, expect, it } from 'vitest';
import { shouldSeedDemo } from './start';

describe('shouldSeedDemo', () => {
  it('follows SEED_DEMO when set, else seeds the demo only in embedded mode', () => {
    expect(shouldSeedDemo({ SEED_DEMO: 'true', DATABASE_URL: 'postgres://x' })).toBe(true);
    expect(shouldSeedDemo({ SEED_DEMO: '1' })).toBe(true);
    expect(shouldSeedDemo({ SEED_DEMO: 'false' })).toBe(false);
    expect(shouldSeedDemo({})).toBe(true);
    expect(shouldSeedDemo({ DATABASE_URL: 'postgres://x' })).toBe(false);
  });
});
