/**
 * npm run cpu:top -- <file.cpuprofile | dir> [n]: the functions a V8 CPU profile spent its time in, by self time,
 * with the share of the whole (idle excluded). Used with `PAGES_PROFILE=<dir> npm run bench:pages`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const arg = process.argv[2];
if (!arg) throw new Error('usage: npm run cpu:top -- <file.cpuprofile | dir> [n]');
const files = statSync(arg).isDirectory()
  ? readdirSync(arg)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(arg, f))
  : [arg];
const n = Number(process.argv[3] ?? 30);
const self = new Map<string, number>();
/** Inclusive time by where the code comes from: a sample counts for every package on its stack, once. */
const byPackage = new Map<string, number>();
const packageOf = (url: string) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
  /chunks\/(?:ssr\/)?node_modules_((?:@[^_]+_)?[^_]+)/.exec(url)?.[1] ??
  (url.includes('.next/server') ? 'app (.next/server)' : url.startsWith('node:') ? 'node' : null);
let total = 0;
for (const file of files) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const parent = new Map<number, number>();
  for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  p.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const pkg = packageOf(byId.get(at)!.callFrame.url);
      if (pkg) seen.add(pkg);
    }
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') return;
    const where = url ? url.replace(/^.*\/(node_modules|\.next)\//, '$1/').slice(-70) : '';
    const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    const dt = p.timeDeltas[i] ?? 0;
    self.set(key, (self.get(key) ?? 0) + dt);
    for (const pkg of seen) byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
    total += dt;
  });
}
console.info(`${files.length} profile(s), ${(total / 1000).toFixed(0)} ms of CPU (idle excluded)`);
const show = (rows: Map<string, number>, count: number) => {
  for (const [key, us] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.info(`${((us / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
  }
};
console.info('\nby package (inclusive: anything on the stack):');
show(byPackage, 20);
console.info('\nby function (self):');
show(self, n);
