// Builds what `npm start` serves: the web app (Vite) into dist/web and the server (esbuild)
// into dist/server. `--server-only` skips the web build.
import { build as buildServer } from 'esbuild';
import { build as buildWeb } from 'vite';

const serverOnly = process.argv.includes('--server-only');

if (!serverOnly) {
  await buildWeb({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
await buildServer({
  entryPoints: ['src/server/main.ts', 'src/server/admin-cli.ts'],
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
console.log(`Built ${serverOnly ? 'the server' : 'the web app and the server'} into dist/.`);
