// Registers the widget before Angular renders (and sets properties on it), then starts Angular
// without zone.js: signals and template events tell Angular when to update.
import '@samspil/widgets/field-visit-form';
import { provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { HomeVisitComponent } from './home-visit.component';

bootstrapApplication(HomeVisitComponent, {
  providers: [provideBrowserGlobalErrorListeners(), provideZonelessChangeDetection()],
}).catch((error: unknown) => console.error(error));
