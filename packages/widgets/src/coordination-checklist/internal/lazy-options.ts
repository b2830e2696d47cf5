import { noChange } from 'lit';
import type { ElementPart } from 'lit';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';

/** One choice in a select. */
export interface SelectChoice {
  readonly value: string;
  readonly label: string;
}

interface LazySelectState {
  choices: readonly SelectChoice[];
  selected: string;
  full: boolean;
}

const states = new WeakMap<HTMLSelectElement, LazySelectState>();

function fill(select: HTMLSelectElement, state: LazySelectState): void {
  const shown = state.full ? state.choices : state.choices.filter((choice) => choice.value === state.selected);
  const options = shown.map((choice) => {
    const option = document.createElement('option');
    option.value = choice.value;
    option.textContent = choice.label;
    return option;
  });
  select.replaceChildren(...options);
  select.value = state.selected;
}

/**
 * Fills a `<select>` with its choices and selects one. Until the select is used it holds only
 * the chosen option (what is seen and read out); {@link expandLazyOptions} puts in every choice
 * the moment it gains focus or is pressed, before its list opens or a key arrives. A checklist of
 * hundreds of items then builds one owner option per item instead of one per item and actor.
 */
class LazyOptionsDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('lazyOptions() belongs on a <select> element.');
  }

  render(_choices: readonly SelectChoice[], _selected: string): unknown {
    return noChange;
  }

  override update(part: ElementPart, [choices, selected]: [readonly SelectChoice[], string]): unknown {
    const select = part.element as HTMLSelectElement;
    const state = states.get(select);
    if (state === undefined) {
      const created = { choices, selected, full: false };
      states.set(select, created);
      fill(select, created);
    } else if (state.choices !== choices) {
      state.choices = choices;
      state.selected = selected;
      fill(select, state);
    } else if (state.selected !== selected) {
      state.selected = selected;
      if (state.full) select.value = selected;
      else fill(select, state);
    } else if (select.value !== selected) {
      select.value = selected;
    }
    return noChange;
  }
}

/** Directive for a `<select>`: `<select ${lazyOptions(choices, selected)}>`. */
export const lazyOptions = directive(LazyOptionsDirective);

/** Puts every choice into a select that so far holds only the chosen one. */
export function expandLazyOptions(select: HTMLSelectElement): void {
  const state = states.get(select);
  if (state === undefined || state.full) return;
  state.full = true;
  fill(select, state);
}
