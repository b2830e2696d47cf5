import type { Result, Store } from '@samspil/core';
import { nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { lazyContent } from '../content/lazy-content.js';
import type { DraftController, DraftControllerOptions, DraftSaveState } from './draft-controller.js';
import type { DraftTerms } from './draft-terms.js';
import type { DraftConflictPresentation } from './render-draft-conflict.js';

const draftsCode = lazyContent(() => import('./internal/drafts-code.js'));
const OFF: DraftSaveState = { kind: 'off' };

/** How a widget plugs its draft into {@link LazyDrafts}: as into the controller, with the portal's store. */
export interface LazyDraftsOptions<T> extends Omit<DraftControllerOptions<T>, 'store' | 'keepsRecords'> {
  /**
   * The portal's store, or `undefined` for the encrypted on-device default, which loads with the
   * drafts code. A portal's store keeps finished records too; the default only ever holds drafts.
   */
  readonly portalStore: () => Store | undefined;
}

/**
 * A widget's drafts, with the {@link DraftController} loaded the first time `autosave` is on: a
 * page whose widgets keep no drafts downloads none of that code. Until it has loaded the state is
 * `off`; an edit made meanwhile is handed over, so it is saved like any other.
 *
 * @example
 * private readonly drafts = new LazyDrafts<FieldVisitDraft>(this, { enabled: () => this.autosave, portalStore: () => this.store, ... });
 * this.drafts.changed();
 */
export class LazyDrafts<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: LazyDraftsOptions<T>;
  #controller: DraftController<T> | undefined;
  #changedMeanwhile = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LazyDraftsOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#start();
  }

  hostUpdated(): void {
    this.#start();
  }

  /** What the person sees about saving. */
  get state(): DraftSaveState {
    return this.#controller?.state ?? OFF;
  }

  /** Call after every edit: saves shortly after the last one. */
  changed(): void {
    if (this.#controller === undefined) this.#changedMeanwhile = true;
    else this.#controller.changed();
  }

  /** The record is finished: see {@link DraftController.submitted}. `undefined` while drafts are off. */
  submitted(collection: string, record: { readonly id: string }): Promise<Result<unknown> | undefined> {
    return this.#controller?.submitted(collection, record) ?? Promise.resolve(undefined);
  }

  /** The panel for two copies that differ, or nothing. */
  renderConflict(terms: DraftTerms, present: DraftConflictPresentation, idPrefix: string): TemplateResult | typeof nothing {
    const code = draftsCode.current;
    return code === undefined || this.#controller === undefined ? nothing : code.renderDraftConflict(this.#controller, terms, present, idPrefix);
  }

  #start(): void {
    if (this.#controller !== undefined || !this.#options.enabled()) return;
    void draftsCode.load().then((loaded) => {
      const code = draftsCode.current;
      if (!loaded || code === undefined || this.#controller !== undefined || !this.#options.enabled()) return;
      // Adding the controller to a connected host connects it at once.
      const { portalStore } = this.#options;
      this.#controller = new code.DraftController<T>(this.#host, {
        ...this.#options,
        store: () => portalStore() ?? code.defaultDraftStore(),
        keepsRecords: () => portalStore() !== undefined,
      });
      if (this.#changedMeanwhile) this.#controller.changed();
      this.#changedMeanwhile = false;
      this.#host.requestUpdate();
    });
  }
}
