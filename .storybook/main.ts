import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const widgets = join(root, 'packages/widgets');
// The demo portal's DKFDS (dkfds publishes no package.json export for its files, so by path).
const dkfds = join(root, 'packages/demo-portal/node_modules/dkfds/dist');

type ExportEntry = string | { readonly source?: string };

/**
 * `@samspil/widgets` as its exports map names it under the `source` condition. The workspace
 * root depends only on `@samspil/core`, so the widgets package is not linked where the stories
 * live; these aliases give the stories the package's published names, pointing at its sources.
 */
function widgetSourceAliases(): { find: RegExp; replacement: string }[] {
  const manifest = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8')) as { name: string; exports: Record<string, ExportEntry> };
  return Object.entries(manifest.exports).flatMap(([subpath, entry]) => {
    const target = typeof entry === 'string' ? entry : entry.source;
    if (target === undefined || !target.endsWith('.ts')) return [];
    const name = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
    return [{ find: new RegExp(`^${name.replace(/[/.]/g, '\\$&')}$`), replacement: join(widgets, target) }];
  });
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // DKFDS's compiled CSS with the fonts and icons it refers to, for the DKFDS theme.
  staticDirs: [
    { from: join(dkfds, 'css'), to: '/dkfds/css' },
    { from: join(dkfds, 'fonts'), to: '/dkfds/fonts' },
    { from: join(dkfds, 'img'), to: '/dkfds/img' },
  ],
  async viteFinal(viteConfig) {
    const { defaultClientConditions, mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // `source` first: workspace packages resolve to their TypeScript sources, no build needed.
      resolve: { conditions: ['source', ...defaultClientConditions], alias: widgetSourceAliases() },
      // Storybook's own preview runtime is one ~830 kB chunk; the widgets' budgets are measured elsewhere.
      build: { chunkSizeWarningLimit: 1_024 },
    });
  },
};

export default config;
