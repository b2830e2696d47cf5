// Registers only the checklist: the other widgets stay out of the bundle. Core validates without
// generating code, so the page may call it before or after the widget module, under a strict CSP.
import { COORDINATION_CHECKLIST_TAG } from '@samspil/widgets/coordination-checklist';
import { CHECKLIST_TEMPLATES, checklistProgress, createChecklist } from '@samspil/core';
import type { ChecklistInstance } from '@samspil/core';
import { actors, family } from '../shared/example-data';

// The meeting is three weeks ahead; the template's deadlines count back from it.
const meetingDate = new Date(Date.now() + 21 * 24 * 3600 * 1000).toISOString().slice(0, 10);
const template = CHECKLIST_TEMPLATES.find((candidate) => candidate.id === 'network-meeting-preparation');
const created = createChecklist(template, {
  id: 'checklist-darwish-meeting-1',
  familyId: family.id,
  anchors: { 'meeting-date': meetingDate },
  now: new Date(),
});
if (!created.ok) throw new Error(created.issues.map((issue) => issue.message).join('\n'));

const checklist = document.querySelector(COORDINATION_CHECKLIST_TAG);
const progress = document.getElementById('checklist-progress');
if (checklist === null || progress === null) throw new Error('The page lacks the checklist or its progress line.');

const showProgress = (instance: ChecklistInstance): void => {
  const counted = checklistProgress(instance);
  if (counted.ok) progress.textContent = `${counted.value.done} af ${counted.value.total} punkter er klaret.`;
};

// Records are properties (objects), not attributes.
checklist.actors = actors;
checklist.instance = created.value;
showProgress(created.value);

// Typed through GlobalEventHandlersEventMap: `event.detail` is `{ item, instance }`.
checklist.addEventListener('samspil-checklist-change', (event) => {
  showProgress(event.detail.instance);
  // Save event.detail.instance with your backend here.
});
