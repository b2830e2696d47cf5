// Lets TypeScript import single-file components (vue-tsc type-checks their insides).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
