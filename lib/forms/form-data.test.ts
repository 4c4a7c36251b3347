import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { paramsRecord } from '@/lib/keys';
import { formDataToObject, MAX_ENTRIES } from './form-data';
import { medianCpuMs } from '@/tests/cpu-time';

/** The median CPU time of five runs of `run` (decision 089: waiting for a core is not counted). */
const timed = (run: () => void) => medianCpuMs(run, 5);

/**
 * CPU time for 8× the input over time for 1×: about 8 when it grows with the input, 64 with its square. The bound sits
 * between, far from both (with 4× against 10, a busy run read 12.3 by the wall clock).
 */
const LINEAR_BOUND = 24;

function repeated(n: number): FormData {
  const data = new FormData();
  for (let i = 0; i < n; i++) data.append('taskIds', String(i + 1));
  return data;
}

describe('a post that repeats one name many times (an attacker\u2019s, or a long list of checkboxes)', () => {
  it('collects the values in order, in time that grows with their number, not its square', async () => {
    const big = repeated(40_000);
    const small = repeated(5_000);
    const values = formDataToObject(big).taskIds as string[];
    expect(values).toHaveLength(40_000);
    expect(values.slice(0, 3)).toEqual(['1', '2', '3']);
    formDataToObject(small); // warm up
    // The copy per value it replaced grew with the square (86 s for 40,000 on a busy machine).
    const ratio =
      (await timed(() => formDataToObject(big))) / Math.max(await timed(() => formDataToObject(small)), 0.5);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });

  it('refuses a post of more fields than any form has, as a bad post', () => {
    expect(() => formDataToObject(repeated(MAX_ENTRIES + 1))).toThrowError(AppError);
    expect(() => formDataToObject(repeated(MAX_ENTRIES + 1))).toThrowError('validation.badPost');
  });

  it('refuses a name nested deeper than any form, as a bad post (10,000 parts overflowed the stack)', () => {
    const deep = new FormData();
    deep.append(Array.from({ length: 10_000 }, () => 'a').join('.'), 'x');
    expect(() => formDataToObject(deep)).toThrowError('validation.badPost');
    const row = new FormData();
    row.append('rows.0.agencyName', 'Bộ Nội vụ');
    expect(formDataToObject(row)).toEqual({ rows: [{ agencyName: 'Bộ Nội vụ' }] });
  });

  it('reads a query string that repeats a name the same way', async () => {
    const query = (n: number) => new URLSearchParams(Array.from({ length: n }, (_, i) => ['id', String(i)]));
    const big = query(200_000);
    const small = query(25_000);
    expect(paramsRecord(big).values.id).toHaveLength(200_000);
    paramsRecord(small);
    const ratio = (await timed(() => paramsRecord(big))) / Math.max(await timed(() => paramsRecord(small)), 0.5);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});
