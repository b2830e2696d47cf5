// The one place consent/ and disclosure/ import from the family and actor concepts, so their
// file layout can change without touching the logic.
export { Family, Person } from '../../family/family.schema.js';
export { ageOf } from '../../family/age-of.js';
export { Actor, ActorSector } from '../../actor/actor.schema.js';
