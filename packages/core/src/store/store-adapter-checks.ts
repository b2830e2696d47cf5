// The input checks and the listener list every Store adapter shares, public for adapters that
// live outside core (the widgets' encrypted IndexedDB store, or a portal's own): the same rules
// and the same issue codes in one place, so every adapter refuses the same input the same way.
export {
  readCollection as readStoreCollection,
  readKey as readStoreKey,
  readListOptions as readStoreListOptions,
  readQuery as readStoreQuery,
  readRecord as readStoreRecord,
  readWriteOptions as readStoreWriteOptions,
} from './internal/read-input.js';
export type { Matcher as StoreMatcher, RecordInput as StoreRecordInput, RecordKey as StoreRecordKey } from './internal/read-input.js';
export { createListeners as createStoreListeners } from './internal/listeners.js';
export { readNow as readStoreNow } from './internal/read-now.js';
export { readLocale as readStoreLocale, readOption as readStoreOption } from './internal/read-store-options.js';
