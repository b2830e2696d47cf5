#!/usr/bin/env node
// `node scripts/pnpm.mjs run scenario`: builds, then follows the Darwish family through the built
// package and tells what happened, in Danish.
import { AGE_BANDS, DATA_CATEGORIES } from '@samspil/core';
import { followTheDarwishFamily } from '../test/scenario/follow-the-darwish-family.mjs';

const story = followTheDarwishFamily();
const out = (line = '') => process.stdout.write(`${line}\n`);
const heading = (title) => out(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);
const memberName = Object.fromEntries(story.family.members.map((member) => [member.id, member.givenName]));
const actorName = Object.fromEntries(story.actors.map((actor) => [actor.id, actor.name]));
const bandLabel = Object.fromEntries(AGE_BANDS.map((band) => [band.id, band.label.da]));
const categoryLabel = Object.fromEntries(DATA_CATEGORIES.map((category) => [category.id, category.label.da]));
const names = (ids) => ids.map((id) => memberName[id] ?? actorName[id] ?? id).join(', ');
const categories = (ids) => ids.map((id) => categoryLabel[id] ?? id).join('; ');

out('Samspil · Familien Darwish fulgt gennem @samspil/core (opdigtet eksempel)');

heading('Familien');
for (const member of story.family.members) {
  out(`  ${member.givenName.padEnd(6)} ${member.role.padEnd(15)} ${bandLabel[story.ageBands[member.id]] ?? story.ageBands[member.id]}`);
}
out(`  ${story.actors.length} aktører omkring familien: ${story.actors.map((actor) => actor.name).join(', ')}`);

heading('Samtykker');
const { childrenBeforeKarim, childrenAfterKarim, yaraValidity, karimWithdrawn } = story.consents;
out(`  Børnenes samtykke før Karim har svaret: ${childrenBeforeKarim.valid ? 'gyldigt' : `ikke gyldigt (mangler ${names(childrenBeforeKarim.missingGrantorIds)})`}`);
out(`  Børnenes samtykke efter Karims svar:    ${childrenAfterKarim.valid ? 'gyldigt' : 'ikke gyldigt'}`);
out(`  Yara (15) giver selv samtykke:          ${yaraValidity.valid ? 'gyldigt' : 'ikke gyldigt'}`);
out(`  Karim tilbagekalder sit samtykke ${karimWithdrawn.withdrawal?.at.slice(0, 10)}: virker straks`);

heading('Videregivelse: hvert svar med sit grundlag');
for (const [name, decision] of Object.entries(story.decisions)) {
  const verdict = decision.permitted
    ? `tilladt · ${decision.bases.map((use) => use.basis.kind + ('citation' in use.basis ? ` (${use.basis.citation})` : '')).join(' + ')}`
    : `afvist · ${[...new Set(decision.reasons.map((reason) => reason.code))].join(', ')}`;
  out(`  ${name.padEnd(34)} ${verdict}`);
}

heading('Netværksmøder (tre møder om Hudas behandling)');
story.meetings.forEach((meeting, index) => {
  out(`  ${meeting.scheduledAt.slice(0, 16).replace('T', ' kl. ')} · ${meeting.mode} · ${meeting.title}`);
  for (const participant of story.meetingChecks[index].participants.filter((entry) => entry.gated)) {
    const heard = Object.entries(participant.mayHear).map(([subject, allowed]) => `${memberName[subject]}: ${allowed.length}`);
    out(`      ${(actorName[participant.actorId] ?? participant.participantId).padEnd(16)} må høre om ${heard.length > 0 ? heard.join(', ') : 'ingen (ingen grundlag)'}`);
  }
});

heading('Hjemmebesøg og opmærksomhedspunkter');
out(`  Besøg ${story.submittedVisit.date} indsendt; familiens egne ord: "${story.submittedVisit.familyOwnWords}"`);
for (const point of story.register.points) {
  const subject = point.subject.kind === 'member' ? memberName[point.subject.personId] : 'familien';
  out(`  ${point.kind === 'resource' ? 'ressource ' : 'bekymring '} ${subject.padEnd(6)} ${point.code}`);
}

heading('Samtale med handlekortet');
out(`  Status: ${story.session.status}; ${story.skipped.length} trin sprunget over, fordi Huda afslog at tale om flugten`);
out(`  Opfølgning ${story.session.closing.followUpDate}; henvisning tilbudt: ${story.session.closing.referralOffered ? 'ja' : 'nej'}`);

heading('Modtagelsestjekliste pr. 15. april');
out(`  ${story.overdue.length} punkter er overskredet, fx:`);
for (const item of story.overdue.slice(-5)) out(`    ${item.dueDate}  ${item.itemId}`);

heading('Videregivelseslog og familiens indsigt');
out(`  Loggen: ${story.ledgerCheck.intact ? `intakt, ${story.ledgerCheck.length} poster` : 'brudt'}`);
out(`  Efter manipulation: ${story.tamperCheck.intact ? 'intakt (!)' : `brudt ved post ${story.tamperCheck.firstBrokenSequence} (${story.tamperCheck.problem})`}`);
for (const group of story.report.recipients) {
  out(`  ${group.recipient.name.padEnd(16)} ${group.count} gang(e): ${group.categories.map((category) => category.label).join('; ')} · ${group.bases.map((basis) => basis.label).join(', ')}`);
}
out(`\nKategorier i spil: ${categories(['social', 'health', 'purely-private'])}`);
out('Demoportalen ("Eksempel Kommune") kommer med sin egen opgave; indtil da viser denne kørsel biblioteket.');
