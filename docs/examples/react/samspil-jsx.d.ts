// Tells TypeScript which props React 19 may pass to Samspil's elements: attributes as strings,
// records as properties, and `on` + the event name for each event.
import type { Actor, Family, FieldVisitDraft } from '@samspil/core';
import type { SamspilFieldVisitForm, SamspilVisitSubmitEvent } from '@samspil/widgets/field-visit-form';
import type { SamspilErrorEvent } from '@samspil/widgets/kit';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'samspil-field-visit-form': DetailedHTMLProps<HTMLAttributes<SamspilFieldVisitForm>, SamspilFieldVisitForm> & {
        name?: string;
        kind?: 'home' | 'professional';
        'visit-id'?: string;
        'family-id'?: string;
        'actor-id'?: string;
        'read-only'?: boolean;
        autosave?: boolean;
        family?: Family;
        actors?: readonly Actor[];
        visit?: FieldVisitDraft;
        'onsamspil-visit-submit'?: (event: SamspilVisitSubmitEvent) => void;
        'onsamspil-error'?: (event: SamspilErrorEvent) => void;
      };
    }
  }
}
