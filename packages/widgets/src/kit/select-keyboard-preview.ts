// Keys that move a closed native <select> to another option without opening its list.
const STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

const stepsClosedSelect = (event: KeyboardEvent): boolean =>
  !event.altKey && !event.ctrlKey && !event.metaKey && (STEP_KEYS.has(event.key) || (event.key.length === 1 && event.key !== ' '));

/**
 * Holds back the `change` events a keyboard fires while it steps through a closed native
 * `<select>`, so a widget that saves on `change` saves the option the user settles on and not
 * every option passed on the way.
 *
 * On Windows and Linux, arrow keys, Home/End, Page Up/Down and type-ahead letters change a closed
 * select's value and fire `change` at each step (macOS opens the list instead). A checklist that
 * saved each of them would record "in progress" on the way from "open" to "done", and tell the
 * portal so. With this preview:
 * - a step from the keyboard only shows the option (screen readers read it, as always);
 * - Enter, or leaving the select, saves the option shown;
 * - Escape puts back the saved option;
 * - a choice made in the open list, with the pointer, or by a script commits at once.
 *
 * Wire `handleKeydown` and `handleFocusout` on an ancestor of the selects, and ask `holds(select)`
 * first in the `change` handler.
 */
export class SelectKeyboardPreview {
  // The select a key went to in this task: its `change`, if any, comes before the task ends.
  #stepped: HTMLSelectElement | undefined;
  #previewing: HTMLSelectElement | undefined;
  readonly #commit: (select: HTMLSelectElement) => void;
  readonly #revert: (select: HTMLSelectElement) => void;

  /**
   * @param commit - Saves the option the select shows, as a `change` handler would.
   * @param revert - Puts back the saved option.
   */
  constructor(commit: (select: HTMLSelectElement) => void, revert: (select: HTMLSelectElement) => void) {
    this.#commit = commit;
    this.#revert = revert;
  }

  /** Whether this `change` of `select` is a keyboard step to hold back rather than save. */
  holds(select: HTMLSelectElement): boolean {
    if (this.#stepped === select) {
      this.#previewing = select;
      return true;
    }
    if (this.#previewing === select) this.#previewing = undefined;
    return false;
  }

  /** Listener for `keydown` on an ancestor of the selects: marks keyboard steps; Enter saves, Escape reverts. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement)) return;
    if (this.#previewing === select && (event.key === 'Enter' || event.key === 'Escape')) {
      event.preventDefault();
      this.#previewing = undefined;
      if (event.key === 'Enter') this.#commit(select);
      else this.#revert(select);
      return;
    }
    if (!stepsClosedSelect(event)) return;
    this.#stepped = select;
    // The step's `change` is dispatched in this same task, after the key's listeners.
    setTimeout(() => {
      if (this.#stepped === select) this.#stepped = undefined;
    });
  };

  /** Listener for `focusout` on an ancestor of the selects: leaving a previewed select saves it. */
  readonly handleFocusout = (event: FocusEvent): void => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || this.#previewing !== select) return;
    this.#previewing = undefined;
    this.#commit(select);
  };
}
