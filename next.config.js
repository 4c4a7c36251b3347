/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres'],
  // Server-action arguments include passwords: never log them.
  logging: { serverFunctions: false },
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
