// The issue types under the names zod exports them as (`z.core.$ZodIssue`, `z.core.$ZodRawIssue`).
import type { Issue, RawIssue } from './issues.js';

export type $ZodIssue = Issue;
export type $ZodRawIssue = RawIssue;
