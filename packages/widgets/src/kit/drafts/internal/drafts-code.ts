// What `autosave` needs beyond the status line (the controller, the conflict panel and the default
// on-device store), in a module of its own so bundlers load it as one chunk the first time a widget
// keeps drafts (decision 0008).
export { defaultDraftStore } from '../default-draft-store.js';
export { DraftController } from '../draft-controller.js';
export { renderDraftConflict } from '../render-draft-conflict.js';
