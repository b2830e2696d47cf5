// Register the widgets before React renders: React 19 sets a prop as a property only when the
// element already has that property, so an element defined later would get strings instead.
import '@samspil/widgets/field-visit-form';
import '@samspil/widgets/coordination-checklist';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HomeVisit } from './HomeVisit';
import { MeetingChecklist } from './MeetingChecklist';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main>
      <h1>Familien Darwish</h1>
      <HomeVisit />
      <MeetingChecklist />
    </main>
  </StrictMode>,
);
