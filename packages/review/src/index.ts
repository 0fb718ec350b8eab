export { applyEdit, editXliff, isApproved, type UnitEdit } from './edit.js';
export { fromEditable, toEditable } from './editable.js';
export { type MemoryPair, type Proposal, proposalsFor } from './proposals.js';
export { type Pending, pendingOf, type ReviewItem, reviewItems } from './queue.js';
export {
  type LoadedFile,
  loadLocaleFile,
  localeFilePath,
  type SaveResult,
  saveUnitEdit,
  saveUnitEdits,
} from './save.js';
