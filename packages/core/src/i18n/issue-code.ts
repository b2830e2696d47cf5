import type { messagesDa } from './messages-da.js';

/** Every stable issue code core can report. The Danish catalogue is the source of truth. */
export type IssueCode = keyof typeof messagesDa;
