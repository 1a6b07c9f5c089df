import type { NextConfig } from 'next';
import packageJson from './package.json' with { type: 'json' };

const config: NextConfig = {
  output: 'export',
  trailingSlash: false,
  images: { unoptimized: true },
  reactStrictMode: true,
  env: { NEXT_PUBLIC_APP_VERSION: packageJson.version },
};

export default config;
