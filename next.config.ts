import type { NextConfig } from 'next';
import { FRAME_DENY_HEADER, FRAME_DENY_SOURCE, STATIC_SECURITY_HEADERS } from './lib/security-headers';

const nextConfig: NextConfig = {
  // PGlite must not be bundled: it loads its WASM and data files from its own package folder.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] },
      { source: FRAME_DENY_SOURCE, headers: [FRAME_DENY_HEADER] },
    ];
  },
  experimental: {
    serverActions: { bodySizeLimit: '12mb' },
  },
};

export default nextConfig;
