import type { LocaleOptions } from '../../i18n/locale.js';
import { createIssue } from '../../issues/create-issue.js';
import type { Issue } from '../../issues/issue.js';
import type { StoredRecord } from '../store.schema.js';
import { learnMessages } from '../../i18n/learn-messages.js';
import { storeMessagesDa } from '../messages.da.js';

learnMessages(storeMessagesDa);

/** An issue with the record as it is stored now, so a UI can show what differs. */
export type ConflictIssue = Issue & { readonly current: StoredRecord | null };

export interface ConflictFacts {
  readonly collection: string;
  readonly id: string;
  readonly expectedVersion: number;
  readonly current: StoredRecord | null;
}

export function conflictIssue(facts: ConflictFacts, options: LocaleOptions): ConflictIssue {
  const actualVersion = facts.current?.version ?? 0;
  const issue = createIssue(
    'store_conflict',
    [],
    { collection: facts.collection, id: facts.id, expectedVersion: facts.expectedVersion, actualVersion },
    options,
  );
  return { ...issue, current: facts.current === null ? null : structuredClone(facts.current) };
}

export function notFoundIssue(collection: string, id: string, options: LocaleOptions): Issue {
  return createIssue('store_not_found', [], { collection, id }, options);
}
