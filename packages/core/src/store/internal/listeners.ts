import { Id } from '../../common/schemas.js';
import type { StoreChange, StoreListener, StoreUnsubscribe } from '../store.schema.js';

const noop: StoreUnsubscribe = () => undefined;

/** Subscribers per collection. Each listener gets its own copy; one that throws does not stop the rest. */
export function createListeners(): {
  subscribe: (collection: unknown, listener: unknown) => StoreUnsubscribe;
  emit: (change: StoreChange) => void;
  has: (collection: string) => boolean;
} {
  const byCollection = new Map<string, Set<StoreListener>>();
  return {
    subscribe(collection, listener) {
      if (typeof listener !== 'function' || !Id.safeParse(collection).success) return noop;
      const key = collection as string;
      const set = byCollection.get(key) ?? new Set<StoreListener>();
      byCollection.set(key, set);
      // A wrapper, so subscribing the same function twice gives two independent subscriptions.
      const entry: StoreListener = (change) => (listener as StoreListener)(change);
      set.add(entry);
      return () => {
        set.delete(entry);
        if (set.size === 0 && byCollection.get(key) === set) byCollection.delete(key);
      };
    },
    emit(change) {
      const set = byCollection.get(change.collection);
      if (set === undefined) return;
      for (const listener of [...set]) {
        try {
          listener(structuredClone(change));
        } catch {
          // A subscriber's bug must not undo or block a stored change.
        }
      }
    },
    has: (collection) => (byCollection.get(collection)?.size ?? 0) > 0,
  };
}
