import { signInOverHttp, startApp } from '../lib/app-server';
const url = process.argv[2]!;
const path = process.argv[3] ?? '/reports';
const app = await startApp({ port: 3291, databaseUrl: url, env: { SEED_DEMO: 'false', JOBS_WORKER: 'off' }, quiet: true });
try {
  const cookie = await signInOverHttp(app.baseUrl, 'lanhdao@demo.gov.vn', 'CaiCach@2024');
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await (await fetch(app.baseUrl + path, { headers: { cookie } })).text();
    console.log('ms', Math.round(performance.now() - t));
  }
} finally {
  await app.stop();
}
