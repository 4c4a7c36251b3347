import createNextIntlPlugin from 'next-intl/plugin';

const production = process.env.NODE_ENV === 'production';

/** Headers every response carries; the Content-Security-Policy (with a per-request nonce) is set in proxy.ts. */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm start` runs the self-contained server in .next/standalone (scripts/postbuild.mjs adds the static
  // files and the migrations beside it): what a deployment copies to its servers.
  output: 'standalone',
  // pdf.js runs in a process of its own (lib/directives/notice-file.ts) and loads its worker module and
  // @napi-rs/canvas (its DOMMatrix) at run time, none of which tracing sees: without them a deployed copy read no PDF
  // at all (scripts/lib/app-server.ts runs the tests from such a copy, outside the repository).
  outputFileTracingIncludes: {
    '/*': [
      './db/migrations/**/*',
      './node_modules/pdfjs-dist/package.json',
      './node_modules/pdfjs-dist/legacy/build/pdf.mjs',
      './node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs',
      './node_modules/@napi-rs/canvas/**/*',
      './node_modules/@napi-rs/canvas-*/**/*',
    ],
  },
  // mammoth reads ZIPs through Node's buffers.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres', 'mammoth'],
  // Server-action arguments include passwords: never log them.
  logging: { serverFunctions: false },
  poweredByHeader: false,
  // The app serves no image through Next's optimizer; left on, /_next/image fetched pages through the proxy and
  // answered a server error. Off, it is "not found".
  images: { unoptimized: true },
  typedRoutes: false,
  // Evidence files are up to 20 MB each (checked again in lib/files). proxy.ts refuses larger bodies, and
  // large ones without a session, from their headers (lib/http/body-gate.ts, ACTION_BODY_LIMIT). Next.js
  // hands the proxy a copy of the body and passes on only the first proxyClientMaxBodySize bytes (10 MB by
  // default), so it must be as large as the actions' limit or bigger uploads arrive cut short.
  experimental: { serverActions: { bodySizeLimit: '45mb' }, proxyClientMaxBodySize: '45mb' },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

// next-intl reads its request configuration (language, catalogue, time zone) from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

export default withNextIntl(nextConfig);
