// The field-visit form as a plain custom element in React 19's JSX: objects are set as
// properties, and `onsamspil-visit-submit` adds a listener for the event of that exact name.
import type { SubmittedFieldVisit } from '@samspil/core';
import { useState } from 'react';
import { actors, family, savedVisit } from '../shared/example-data';

export function HomeVisit() {
  const [submitted, setSubmitted] = useState<SubmittedFieldVisit>();
  return (
    <section>
      <h2>Hjemmebesøg</h2>
      {/* family, actors and savedVisit keep their identity between renders: a new `visit` object would load it again. */}
      <samspil-field-visit-form
        actor-id="sara-caseworker"
        family={family}
        actors={actors}
        visit={savedVisit}
        onsamspil-visit-submit={(event) => setSubmitted(event.detail.visit)}
      />
      <p id="visit-received" role="status">
        {submitted && `Besøget ${submitted.id} er sendt ind (${submitted.membersPresent.length} til stede).`}
      </p>
    </section>
  );
}
