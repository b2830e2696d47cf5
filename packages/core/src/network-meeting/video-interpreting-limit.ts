import type { SourceReference } from '../common/source-reference.js';

/**
 * The most people a video interpreter can serve: the interpreter must be able to see everyone in
 * the room, which works for five participants at most (the interpreter not counted).
 */
export const VIDEO_INTERPRETING_LIMIT: { readonly maxParticipants: number; readonly source: SourceReference } = {
  maxParticipants: 5,
  source: { source: 'kl-2016', section: '§6 Interpreters: video interpreting (L954-967)' },
};
