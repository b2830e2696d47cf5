import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Tags starting with samspil- are custom elements, not Vue components to resolve.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('samspil-') } },
    }),
  ],
  build: { target: 'es2022' },
});
