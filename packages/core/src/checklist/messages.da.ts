import type { MessageCatalogue } from '../i18n/message-template.js';

/** Danish messages for issues about checklists. Codes are prefixed with the concept. */
export const checklistMessagesDa = {
  checklist_owner_missing: 'Angiv en sektor, en rolle eller begge som ansvarlig for punktet.',
  checklist_empty_offset: 'Fristen skal have et antal dage, uger eller måneder.',
  checklist_unknown_anchor: 'Fristen henviser til datoen "{anchor}", som skabelonen ikke har.',
  checklist_unknown_dependency: 'Punktet afhænger af "{id}", som ikke findes i skabelonen.',
  checklist_dependency_cycle: 'Punkterne afhænger af hinanden i ring ({cycle}), så ingen af dem kan blive færdige.',
  checklist_done_on_mismatch: 'En færdiggørelsesdato hører kun til punkter, der er markeret som færdige, og skal altid være der.',
  checklist_blocked: 'Punktet "{itemId}" kan ikke markeres som færdigt endnu: det venter på {blockedBy}.',
  checklist_has_done_dependents: 'Punktet "{itemId}" kan ikke genåbnes, mens {dependents} er markeret som færdigt. Genåbn dem først.',
  checklist_unknown_item: 'Tjeklisten har intet punkt med id "{itemId}".',
  checklist_missing_item: 'Punktet "{itemId}" fra skabelonen mangler i tjeklisten.',
  checklist_template_mismatch: 'Tjeklisten er lavet ud fra skabelonen "{templateId}" version {templateVersion}, ikke den skabelon, der blev givet.',
  checklist_duplicate_template: 'Skabelonen "{id}" version {version} findes allerede.',
  checklist_date_out_of_range: 'Den beregnede frist ligger uden for det tilladte datointerval.',
} satisfies MessageCatalogue;
