// CUSTOM_ELEMENTS_SCHEMA lets the template use <samspil-…> tags; [family] sets a property and
// (samspil-visit-submit) listens for the event of that name.
import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { SubmittedFieldVisit } from '@samspil/core';
import type { SamspilVisitSubmitEvent } from '@samspil/widgets/field-visit-form';
import { actors, family, savedVisit } from '../shared/example-data';

@Component({
  selector: 'app-home-visit',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main>
      <h1>Hjemmebesøg hos familien Darwish</h1>
      <samspil-field-visit-form
        actor-id="sara-caseworker"
        [family]="family"
        [actors]="actors"
        [visit]="savedVisit"
        (samspil-visit-submit)="onSubmit($event)"
      ></samspil-field-visit-form>
      <p id="visit-received" role="status">
        @if (submitted(); as visit) {
          Besøget {{ visit.id }} er sendt ind ({{ visit.membersPresent.length }} til stede).
        }
      </p>
    </main>
  `,
})
export class HomeVisitComponent {
  protected readonly family = family;
  protected readonly actors = actors;
  protected readonly savedVisit = savedVisit;
  protected readonly submitted = signal<SubmittedFieldVisit | undefined>(undefined);

  // Angular types `$event` on an unknown element as a plain Event.
  protected onSubmit(event: Event): void {
    this.submitted.set((event as SamspilVisitSubmitEvent).detail.visit);
  }
}
