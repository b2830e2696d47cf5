import { defineConfig } from 'vite';

// Nothing Samspil-specific: @samspil/widgets and @samspil/core are plain ES modules.
export default defineConfig({
  build: { target: 'es2022' },
});
