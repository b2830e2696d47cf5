/** Content that ships with Samspil and loads on first use (decision 0008). */
export interface LazyContent<T> {
  /** The content once it has loaded; `undefined` before. */
  readonly current: T | undefined;
  /**
   * Starts loading, once. Resolves `true` when the content is there and `false` when its chunk could
   * not be fetched (offline, a portal that copied only part of cdn/); the next call tries again.
   */
  load(): Promise<boolean>;
}

/**
 * Wraps a dynamic import of shipped content, so a widget asks for it only when a configuration
 * needs it and every widget on the page shares one download.
 *
 * @example
 * const templates = lazyContent(() => import('./internal/checklist-templates.js').then((module) => module.CHECKLIST_TEMPLATES));
 * templates.current; //=> undefined
 * await templates.load(); //=> true
 */
export function lazyContent<T>(importer: () => Promise<T>): LazyContent<T> {
  let current: T | undefined;
  let loading: Promise<boolean> | undefined;
  return {
    get current() {
      return current;
    },
    load() {
      loading ??= importer().then(
        (value) => {
          current = value;
          return true;
        },
        () => {
          loading = undefined;
          return false;
        },
      );
      return loading;
    },
  };
}
