// The checklist through an @lit/react wrapper: a React component with typed props and a typed
// `onChecklistChange` handler. The wrapper sets props as properties and adds the listener itself.
import { createComponent, type EventName } from '@lit/react';
import { SamspilCoordinationChecklist, type SamspilChecklistChangeEvent } from '@samspil/widgets/coordination-checklist';
import { CHECKLIST_TEMPLATES, checklistProgress, createChecklist, type ChecklistInstance } from '@samspil/core';
import * as React from 'react';
import { actors, family } from '../shared/example-data';

export const CoordinationChecklist = createComponent({
  tagName: 'samspil-coordination-checklist',
  elementClass: SamspilCoordinationChecklist,
  react: React,
  events: { onChecklistChange: 'samspil-checklist-change' as EventName<SamspilChecklistChangeEvent> },
});

function newMeetingChecklist(): ChecklistInstance {
  const meetingDate = new Date(Date.now() + 21 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const template = CHECKLIST_TEMPLATES.find((candidate) => candidate.id === 'network-meeting-preparation');
  const created = createChecklist(template, { id: 'checklist-darwish-meeting-1', familyId: family.id, anchors: { 'meeting-date': meetingDate }, now: new Date() });
  if (!created.ok) throw new Error(created.issues.map((issue) => issue.message).join('\n'));
  return created.value;
}

export function MeetingChecklist() {
  const [instance, setInstance] = React.useState(newMeetingChecklist);
  const progress = checklistProgress(instance);
  return (
    <section>
      <h2>Netværksmøde</h2>
      <CoordinationChecklist
        instance={instance}
        actors={actors}
        currentActorId="sara-caseworker"
        onChecklistChange={(event) => setInstance(event.detail.instance)}
      />
      <p id="checklist-progress" role="status">
        {progress.ok && `${progress.value.done} af ${progress.value.total} punkter er klaret.`}
      </p>
    </section>
  );
}
