/** Orders records by due date, earliest first; ISO dates sort as strings. */
export function byDueDate(a: { readonly dueDate?: string }, b: { readonly dueDate?: string }): number {
  const left = a.dueDate ?? '';
  const right = b.dueDate ?? '';
  return left < right ? -1 : left > right ? 1 : 0;
}
