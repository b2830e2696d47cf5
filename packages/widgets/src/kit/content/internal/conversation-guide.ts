// A module of its own so bundlers put the shipped guide in a chunk of their own.
export { DEFAULT_CONVERSATION_GUIDE } from '@samspil/core';
