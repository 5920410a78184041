import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // PGlite must not be bundled: it loads its WASM and data files from its own package folder.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: '12mb' },
  },
};

export default nextConfig;
