// The page's listeners. Samspil's events bubble out of the widgets' shadow roots, so one listener
// on the document hears every widget on the page.
const visitReceived = document.getElementById('visit-received');
const conversationState = document.getElementById('conversation-state');

document.addEventListener('samspil-visit-submit', (event) => {
  const { visit } = event.detail;
  // Hand the record to your backend here, e.g. fetch('/api/field-visits', { method: 'POST', … }).
  visitReceived.textContent = `Besøget ${visit.id} er sendt ind (${visit.membersPresent.length} til stede).`;
});

document.addEventListener('samspil-session-change', (event) => {
  const { session } = event.detail;
  conversationState.textContent = `Samtalen ${session.id}: ${session.status}, ${session.answers.length} svar.`;
});

// Bad configuration never throws out of a widget: it shows a message in the widget and fires this.
document.addEventListener('samspil-error', (event) => {
  console.error('Samspil could not show a widget:', event.detail.issues);
});
