/**
 * npm run bench:session: a session with 63 conference points × 30 attendees in a throwaway PostgreSQL
 * database, served by the built app; measures the session page and a point page over HTTP (median, p95,
 * HTML size) and writes the figures to docs/benchmarks.md. Targets: p95 < 300 ms, page < 150 KB.
 */
import { writeFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { openPostgres } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { committees, conferencePoints, users } from '../db/schema';
import { loadActor } from '../lib/auth/actor';
import { addAttendees } from '../lib/sessions/attendees';
import { addAllProvincePoints, createSession } from '../lib/sessions/mutations';
import { sessionFormSchema } from '../lib/sessions/schemas';
import { DEMO_PASSWORD } from '../seeds/demo/accounts';
import { seedDatabase } from '../seeds';
import { machine, ms, summary, writeSection } from './lib/bench-report';
import { createThrowawayDatabase, signInOverHttp, startApp } from './lib/app-server';

const POINTS = 63;
const PER_POINT = 30;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 20;

async function prepare(url: string): Promise<{ sessionId: number; pointId: number }> {
  const h = await openPostgres(url, { max: 2 });
  try {
    await migrateDatabase(h);
    await seedDatabase(h.db, { demo: true });
    const [u] = await h.db.select().from(users).where(eq(users.email, 'thuky@demo.gov.vn'));
    const actor = (await loadActor(h.db, u!.id, u!.sessionVersion))!;
    const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    const values = sessionFormSchema.parse({
      committeeId: c!.id,
      number: 100,
      title: 'Phiên họp toàn quốc (benchmark): 63 điểm cầu × 30 đại biểu',
      date: '2024-12-20',
      time: '08:00',
      format: 'online',
      status: 'held',
      agenda: [{ title: 'Tổng kết năm 2024' }, { title: 'Nhiệm vụ năm 2025' }],
    });
    const sessionId = await createSession({ actor, values }, h.db);
    const added = await addAllProvincePoints({ actor, sessionId }, h.db);
    if (added !== POINTS) throw new Error(`expected ${POINTS} points, got ${added}`);
    const points = await h.db.select().from(conferencePoints).where(eq(conferencePoints.sessionId, sessionId));
    for (const p of points) {
      const rows = Array.from({ length: PER_POINT }, (_, i) => ({
        fullName: `Nguyễn Văn Đại Biểu ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? 'a' : ''}`,
        positionTitle: i === 0 ? 'Chủ tịch UBND tỉnh' : 'Giám đốc Sở, thành viên Ban Chỉ đạo cải cách hành chính tỉnh',
        agencyName: p.name.replace(/^Tỉnh /, 'UBND tỉnh ').replace(/^Thành phố /, 'UBND thành phố '),
        role: i === 0 ? 'chair' : 'member',
        presence: i % 10 === 9 ? 'absent' : i % 15 === 14 ? 'represented' : 'present',
        representedBy: i % 15 === 14 && i % 10 !== 9 ? 'Phó Giám đốc Sở' : null,
      }));
      await addAttendees({ actor, sessionId, pointId: p.id, attendees: rows }, h.db);
    }
    return { sessionId, pointId: points[0]!.id };
  } finally {
    await h.close();
  }
}

async function measure(url: string, cookie: string) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const body = await res.text();
    const dt = performance.now() - t0;
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
    if (i >= WARMUP) times.push(dt);
    bytes = Buffer.byteLength(body);
    if (i === 0 && process.env.BENCH_DUMP)
      writeFileSync(`${process.env.BENCH_DUMP}-${url.split('/').length}.html`, body);
  }
  return { ...summary(times), bytes };
}

async function main() {
  const db = await createThrowawayDatabase('steering_bench');
  if (!db) throw new Error('bench:session needs PostgreSQL (DATABASE_URL or 127.0.0.1:5432)');
  try {
    const t0 = performance.now();
    const { sessionId, pointId } = await prepare(db.url);
    console.info(`prepared ${POINTS} × ${PER_POINT} attendees in ${ms(performance.now() - t0)}`);
    const app = await startApp({ port: 3250, databaseUrl: db.url, env: { SEED_DEMO: 'false' }, quiet: true });
    try {
      const cookie = await signInOverHttp(app.baseUrl, 'thuky@demo.gov.vn', DEMO_PASSWORD);
      const session = await measure(`${app.baseUrl}/sessions/${sessionId}`, cookie);
      const point = await measure(`${app.baseUrl}/sessions/${sessionId}/points/${pointId}`, cookie);
      const rows = [
        ['Session page (63 points, 1,890 attendees)', session],
        ['Point page (30 attendees, secretariat forms)', point],
      ] as const;
      const table = rows
        .map(([name, r]) => `| ${name} | ${r.n} | ${ms(r.median)} | ${ms(r.p95)} | ${(r.bytes / 1024).toFixed(1)} KB |`)
        .join('\n');
      const ok = session.p95 < 300 && session.bytes < 150 * 1024;
      const md = `## Session page (\`npm run bench:session\`)

${new Date().toISOString().slice(0, 10)} · ${machine()} · PostgreSQL, \`next start\`, one client, sequential requests after ${WARMUP} warm-up requests, signed in as the secretariat.

| Page | Requests | Median | p95 | HTML |
| --- | --- | --- | --- | --- |
${table}

Target: session page p95 under 300 ms and under 150 KB of HTML: **${ok ? 'met' : 'NOT met'}**.
The session page lists points with their counts (one grouped query) and links to each point's attendee list,
so its size grows with the number of points, not of attendees.`;
      writeSection('session', md);
      console.info(md);
      if (!ok) process.exitCode = 1;
    } finally {
      await app.stop();
    }
  } finally {
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
