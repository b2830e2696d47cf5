import { learnMessages, readStoreConflict, storeMessagesDa } from '@samspil/core';
import type { Issue, Result, Store, StoredRecord } from '@samspil/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fieldDifferences, type FieldDifference } from './field-differences.js';
import { applyFieldChoices, fieldKey } from './apply-field-choices.js';
import type { ImmediateWrite } from '../../storage/create-indexed-db-store.js';

learnMessages(storeMessagesDa);

/** A store that can prepare a write to start synchronously (the encrypted IndexedDB store can). */
interface StoreWithImmediateWrites extends Store {
  prepareImmediateWrite(collection: unknown, record: unknown): Promise<Result<ImmediateWrite>>;
}

const canWriteImmediately = (store: Store | undefined): store is StoreWithImmediateWrites =>
  store !== undefined && typeof (store as Partial<StoreWithImmediateWrites>).prepareImmediateWrite === 'function';

/** What the person sees about saving: nothing yet, saving, saved (maybe queued), not saved, or two copies to reconcile. */
export type DraftSaveState =
  | { readonly kind: 'off' }
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date; readonly queued: boolean }
  | { readonly kind: 'restored'; readonly at: Date }
  | { readonly kind: 'updated-elsewhere' }
  | { readonly kind: 'failed'; readonly issue: Issue }
  | { readonly kind: 'conflict' };

/** Two copies of a draft that differ, and the person's choice per field so far. */
export interface DraftConflict<T> {
  readonly differences: readonly FieldDifference[];
  readonly theirs: StoredRecord<T> | null;
  readonly choices: Map<string, 'mine' | 'theirs'>;
}

/** How a widget plugs its draft into {@link DraftController}. */
export interface DraftControllerOptions<T> {
  /** Whether drafts are kept at all (the widget's `autosave`). */
  readonly enabled: () => boolean;
  /** The store to keep them in, `undefined` for none. */
  readonly store: () => Store | undefined;
  /** The draft's record id (`field-visit.v-17`); `undefined` while there is nothing to name it by. */
  readonly recordId: () => string | undefined;
  /** The draft as it is on screen now. */
  readonly current: () => T | undefined;
  /** Validates a stored value before it is shown (stored data is input like any other). */
  readonly parse: (value: unknown) => Result<T>;
  /** Puts a draft on screen: a restored one, one changed in another tab, or the person's merge. */
  readonly apply: (draft: T, reason: 'restored' | 'updated-elsewhere' | 'merged') => void;
  /**
   * Whether a finished record goes into the store too (the portal gave its own store). With the
   * default on-device store only the draft is removed: the record reaches the portal in the
   * widget's event and nothing finished lingers on the device.
   */
  readonly keepsRecords: () => boolean;
  /** Bookkeeping keys that never count as a difference (e.g. `updatedAt`). */
  readonly ignore?: readonly string[];
  /** Collection for drafts. Default `drafts`. */
  readonly collection?: string;
  /** Pause after the last change before saving. Default 400 ms (the issue allows 500). */
  readonly delayMs?: number;
  /** The clock for "saved at" times. */
  readonly now?: () => Date;
}

/**
 * Keeps a widget's draft in a `Store` while the person types: saves at most `delayMs` after the
 * last change and at once when the page is hidden or closed, brings a saved draft back when the
 * same record is opened again, follows changes made in another tab, and never overwrites a copy
 * changed elsewhere: a refused save (`store_conflict`) or another tab's change on top of unsaved
 * typing becomes a {@link DraftConflict} the person settles field by field. Nothing typed is
 * dropped on any failure; the state says what happened.
 *
 * @example
 * private readonly drafts = new DraftController<FieldVisitDraft>(this, { enabled: () => this.autosave, ... });
 * // after every edit:
 * this.drafts.changed();
 */
export class DraftController<T> implements ReactiveController {
  state: DraftSaveState = { kind: 'off' };
  conflict: DraftConflict<T> | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DraftControllerOptions<T>;
  readonly #collection: string;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #loadedFor: string | undefined;
  #storeInUse: Store | undefined;
  #unsubscribe: (() => void) | undefined;
  /** Version of the stored copy this tab's draft builds on; 0 when none is stored yet. */
  #version = 0;
  /** The stored value this tab's draft builds on, for telling who changed what. */
  #base: T | undefined;
  /** Edits made since the last successful save. */
  #dirty = false;
  #saving: Promise<void> | undefined;
  #loading: Promise<void> | undefined;
  // The latest draft sealed ahead of time, so a page that is closing can still write it.
  #rescue: ImmediateWrite | undefined;
  #sealing = false;
  #resealWanted = false;
  /** A rescue copy may exist in the store and goes once a normal save succeeds. */
  #rescueStored = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DraftControllerOptions<T>) {
    this.#host = host;
    this.#options = options;
    this.#collection = options.collection ?? 'drafts';
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.ownerDocument.addEventListener('visibilitychange', this.#onHidden);
    this.#host.ownerDocument.defaultView?.addEventListener('pagehide', this.#onHidden);
    this.#host.ownerDocument.defaultView?.addEventListener('online', this.#onOnline);
  }

  hostUpdated(): void {
    // Attributes and the store may arrive after connection; load once they name a record, and
    // again when the portal hands over another store.
    const id = this.#activeId();
    if (id !== undefined && (id !== this.#loadedFor || this.#options.store() !== this.#storeInUse)) this.#loading = this.#load(id);
    if (id === undefined && this.state.kind !== 'off') this.#setState({ kind: 'off' });
  }

  hostDisconnected(): void {
    this.#host.ownerDocument.removeEventListener('visibilitychange', this.#onHidden);
    this.#host.ownerDocument.defaultView?.removeEventListener('pagehide', this.#onHidden);
    this.#host.ownerDocument.defaultView?.removeEventListener('online', this.#onOnline);
    // Removing the element (or closing the page) saves what was typed at once; the store
    // connection is let go only after that save, and only if the element did not come back.
    void this.flush().finally(() => {
      if (this.#host.isConnected) return;
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      this.#loadedFor = undefined;
    });
  }

  /** Call after every edit the person makes: the draft is saved once typing pauses. */
  changed(): void {
    if (this.#activeId() === undefined) return;
    this.#dirty = true;
    // The copy sealed for the last keystroke stays until this one is sealed: one keystroke behind beats nothing.
    void this.#sealRescue();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#save();
    }, this.#options.delayMs ?? 400);
  }

  /** Saves now if a save is waiting; resolves when the draft is stored (or could not be). */
  async flush(): Promise<void> {
    await this.#loading;
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      await this.#save();
    }
    await this.#saving;
  }

  /** Resolves once the stored draft (if any) has been looked up and shown. */
  get ready(): Promise<void> {
    return this.#loading ?? Promise.resolve();
  }

  /** Records the person's choice for one differing field. */
  choose(difference: FieldDifference, side: 'mine' | 'theirs'): void {
    if (this.conflict === undefined) return;
    this.conflict.choices.set(fieldKey(difference.path), side);
    this.#host.requestUpdate();
  }

  /** Fields still without a choice. */
  get unchosen(): number {
    const conflict = this.conflict;
    if (conflict === undefined) return 0;
    return conflict.differences.filter((difference) => !conflict.choices.has(fieldKey(difference.path))).length;
  }

  /** Applies the choices: the merged draft goes on screen and is saved on top of the other copy. */
  async resolve(): Promise<void> {
    const conflict = this.conflict;
    const mine = this.#options.current();
    if (conflict === undefined || mine === undefined || this.unchosen > 0) return;
    const merged = applyFieldChoices(mine, conflict.differences, conflict.choices);
    this.conflict = undefined;
    this.#version = conflict.theirs?.version ?? 0;
    this.#base = conflict.theirs?.value;
    this.#options.apply(merged, 'merged');
    this.#dirty = true;
    await this.#save();
  }

  /**
   * After a successful submit: stores the submitted record in `collection` (when the portal's
   * store keeps records) and removes the draft, in one transaction where the store has them.
   * Answers the store's result.
   */
  async submitted(collection: string, record: { readonly id: string }): Promise<Result<unknown> | undefined> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const store = this.#storeInUse;
    const draftId = this.#activeId();
    if (store === undefined || draftId === undefined) return undefined;
    await this.#saving;
    const version = this.#version;
    const keep = this.#options.keepsRecords();
    const work = async (tx: Pick<Store, 'put' | 'delete'>): Promise<Result<unknown>> => {
      if (keep) {
        const put = await tx.put(collection, record);
        if (!put.ok) return put;
      }
      return version === 0 ? { ok: true, value: undefined } : tx.delete(this.#collection, draftId, { expectedVersion: version });
    };
    const result = store.transaction === undefined ? await work(store) : await store.transaction(work);
    if (result.ok) {
      this.#dirty = false;
      this.#version = 0;
      this.#base = undefined;
      this.#setState({ kind: 'idle' });
    } else this.#setState({ kind: 'failed', issue: firstIssue(result) });
    return result;
  }

  #activeId(): string | undefined {
    if (!this.#options.enabled()) return undefined;
    return this.#options.store() === undefined ? undefined : this.#options.recordId();
  }

  async #load(id: string): Promise<void> {
    this.#loadedFor = id;
    this.#unsubscribe?.();
    const store = this.#options.store();
    this.#storeInUse = store;
    if (store === undefined) return;
    this.#version = 0;
    this.#base = undefined;
    this.#unsubscribe = store.subscribe(this.#collection, (change) => {
      if (change.id === id && this.#loadedFor === id) void this.#onStoreChange(change.kind === 'put' ? change.record.version : change.version);
    });
    const [found, rescued] = await Promise.all([store.get<unknown>(this.#collection, id), store.get<unknown>(this.#rescueCollection, id)]);
    if (this.#loadedFor !== id) return;
    if (!found.ok) {
      this.#setState({ kind: 'failed', issue: firstIssue(found) });
      return;
    }
    if (rescued.ok && rescued.value !== null && this.#adoptRescue(rescued.value, found.value)) return;
    if (found.value === null) {
      this.#setState({ kind: 'idle' });
      return;
    }
    const parsed = this.#options.parse(draftOf(found.value.value));
    if (!parsed.ok) {
      this.#setState({ kind: 'failed', issue: firstIssue(parsed) });
      return;
    }
    const theirs = { ...found.value, value: parsed.value };
    // The person typed before the stored copy arrived (maybe already being saved, which clears
    // `#dirty`): both count, so they choose.
    if (this.#dirty || this.#saving !== undefined) {
      this.#openConflict(theirs);
      return;
    }
    this.#version = theirs.version;
    this.#base = parsed.value;
    this.#options.apply(parsed.value, 'restored');
    this.#setState({ kind: 'restored', at: new Date(theirs.updatedAt) });
  }

  get #rescueCollection(): string {
    return `${this.#collection}-rescue`;
  }

  /**
   * A copy written as the page closed, newer than the last save. It goes on screen as unsaved
   * typing: saved normally if the stored draft is still the one it built on, otherwise compared
   * field by field with the stored one. `false` when the copy cannot be read.
   */
  #adoptRescue(rescued: StoredRecord<unknown>, stored: StoredRecord<unknown> | null): boolean {
    const value = rescued.value as { draft?: unknown; baseVersion?: unknown } | null;
    const parsed = this.#options.parse(value?.draft);
    if (!parsed.ok || typeof value?.baseVersion !== 'number') return false;
    this.#rescueStored = true;
    const theirs = stored === null ? null : this.#options.parse(draftOf(stored.value));
    const storedDraft = theirs?.ok === true ? theirs.value : undefined;
    this.#version = stored?.version ?? 0;
    this.#base = storedDraft;
    this.#options.apply(parsed.value, 'restored');
    this.#dirty = true;
    if (value.baseVersion === this.#version) {
      this.#setState({ kind: 'restored', at: new Date(rescued.updatedAt) });
      this.changed();
    } else {
      // Someone saved on top of the version the rescued typing built on: nothing is overwritten.
      this.#base = undefined;
      this.#openConflict(stored === null || storedDraft === undefined ? null : { ...stored, value: storedDraft });
    }
    return true;
  }

  // Seals the draft on screen for an immediate write, one sealing at a time, always the latest.
  async #sealRescue(): Promise<void> {
    const store = this.#storeInUse;
    const id = this.#loadedFor;
    if (!canWriteImmediately(store) || id === undefined) return;
    if (this.#sealing) {
      this.#resealWanted = true;
      return;
    }
    this.#sealing = true;
    try {
      do {
        this.#resealWanted = false;
        const draft = this.#options.current();
        if (draft === undefined) return;
        const prepared = await store.prepareImmediateWrite(this.#rescueCollection, { id, draft, baseVersion: this.#version });
        if (prepared.ok && !this.#resealWanted && this.#options.current() === draft) this.#rescue = prepared.value;
      } while (this.#resealWanted);
    } finally {
      this.#sealing = false;
    }
  }

  async #onStoreChange(version: number): Promise<void> {
    if (version <= this.#version || this.#saving !== undefined) return;
    const store = this.#storeInUse;
    const id = this.#loadedFor;
    if (store === undefined || id === undefined) return;
    const found = await store.get<unknown>(this.#collection, id);
    // A save that started while the stored copy was read holds unsaved typing (it has already
    // cleared `#dirty`). Its own version check ends in a conflict, never in adopting theirs over it.
    if (this.#saving !== undefined) return;
    if (!found.ok || found.value === null || found.value.version <= this.#version) return;
    const parsed = this.#options.parse(draftOf(found.value.value));
    if (!parsed.ok) return;
    const theirs = { ...found.value, value: parsed.value };
    if (this.#dirty || this.conflict !== undefined) {
      this.#openConflict(theirs);
      return;
    }
    this.#version = theirs.version;
    this.#base = parsed.value;
    this.#options.apply(parsed.value, 'updated-elsewhere');
    this.#setState({ kind: 'updated-elsewhere' });
  }

  async #save(): Promise<void> {
    if (this.#saving !== undefined) {
      // One write at a time, in order: the next one starts from the version the last one made.
      await this.#saving;
      if (!this.#dirty) return;
    }
    const run = this.#write();
    this.#saving = run;
    try {
      await run;
    } finally {
      if (this.#saving === run) this.#saving = undefined;
    }
  }

  async #write(): Promise<void> {
    const store = this.#storeInUse;
    const id = this.#loadedFor;
    const value = this.#options.current();
    if (store === undefined || id === undefined || value === undefined || this.conflict !== undefined) return;
    this.#dirty = false;
    this.#setState({ kind: 'saving' });
    // The stored record wraps the draft: a store record's own `id` names the draft, not the visit.
    const result = await store.put(this.#collection, { id, draft: value }, { expectedVersion: this.#version });
    if (result.ok) {
      const write = result.value;
      if (write.queued) {
        if (write.nextVersion !== null) this.#version = write.nextVersion;
      } else this.#version = write.record.version;
      this.#base = value;
      if (this.#dirty) {
        // Typing went on during the save: the sealed copy must build on the new version.
        void this.#sealRescue();
      }
      this.#setState({ kind: 'saved', at: this.#now(), queued: write.queued });
      if (this.#rescueStored && !this.#dirty) {
        this.#rescueStored = false;
        await store.delete(this.#rescueCollection, id);
      }
      return;
    }
    this.#dirty = true;
    const conflict = readStoreConflict<unknown>(result);
    if (conflict !== undefined) {
      const current = conflict.current;
      const parsed = current === null ? undefined : this.#options.parse(draftOf(current.value));
      this.#openConflict(current === null || parsed === undefined || !parsed.ok ? null : { ...current, value: parsed.value });
      return;
    }
    this.#setState({ kind: 'failed', issue: firstIssue(result) });
  }

  #openConflict(theirs: StoredRecord<T> | null): void {
    const mine = this.#options.current();
    if (mine === undefined) return;
    const differences = fieldDifferences(mine, theirs?.value, this.#base, { ignore: this.#options.ignore ?? [] });
    if (differences.length === 0) {
      // Both copies say the same: carry on from the stored version.
      this.#version = theirs?.version ?? 0;
      this.#base = theirs?.value;
      this.conflict = undefined;
      return;
    }
    const choices = new Map<string, 'mine' | 'theirs'>();
    for (const difference of differences) if (difference.suggested !== undefined) choices.set(fieldKey(difference.path), difference.suggested);
    this.conflict = { differences, theirs, choices };
    this.#setState({ kind: 'conflict' });
  }

  #setState(state: DraftSaveState): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  // Back online: a store with a queue (the HTTP store) sends what it holds, in order.
  readonly #onOnline = (): void => {
    const store = this.#storeInUse as (Store & { flush?: () => Promise<unknown> }) | undefined;
    if (typeof store?.flush === 'function') void store.flush();
  };

  // A page being hidden or closed may not live to finish an encrypted save, so the copy sealed
  // ahead of time is written at once, then the normal save starts.
  readonly #onHidden = (event: Event): void => {
    if (event.type !== 'pagehide' && this.#host.ownerDocument.visibilityState !== 'hidden') return;
    if (this.#dirty && this.#rescue?.commit() === true) this.#rescueStored = true;
    void this.flush();
  };
}

function draftOf(stored: unknown): unknown {
  return stored !== null && typeof stored === 'object' ? (stored as { draft?: unknown }).draft : undefined;
}

function firstIssue(result: Result<unknown>): Issue {
  return result.ok ? { code: 'store_unavailable', path: [], message: '' } : (result.issues[0] ?? { code: 'store_unavailable', path: [], message: '' });
}
