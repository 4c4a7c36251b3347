/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres'],
  // Server-action arguments include passwords: never log them.
  logging: { serverFunctions: false },
  poweredByHeader: false,
  typedRoutes: false,
  // Evidence files are up to 20 MB each (checked again in lib/files).
  experimental: { serverActions: { bodySizeLimit: '45mb' } },
};

export default nextConfig;
