import { parseInput } from '../common/parse-input.js';
import type { LocaleOptions } from '../i18n/locale.js';
import type { Result } from '../result/result.js';
import { NetworkMeeting } from './network-meeting.schema.js';

/** Options for {@link parseNetworkMeeting}. */
export type ParseNetworkMeetingOptions = LocaleOptions;

/**
 * Checks that unknown input has the shape of a network meeting (types, limits, a participant
 * refers to a family member or an actor as its role needs, each action has one owner). The rules
 * of a good meeting (one coordinator, a note-taker, interpreting) are `validateMeeting`'s job.
 *
 * @example
 * parseNetworkMeeting({ id: 'm1' }).ok
 * //=> false
 */
export function parseNetworkMeeting(input: unknown, options: ParseNetworkMeetingOptions = {}): Result<NetworkMeeting> {
  return parseInput(NetworkMeeting, input, options);
}
