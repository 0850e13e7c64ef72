// This computer's name among the person's computers: the one they typed, within its bound, or one
// made from the browser and the system ("Chrome on Linux"). Pure.

/** Long enough for "Work laptop (3rd floor)", short enough for the history page's list. */
export const MAX_DEVICE_NAME_LENGTH = 40;

/** A name a person could have typed: some text, not only spaces, within the bound once trimmed. */
export const isDeviceName = (raw: unknown): raw is string =>
  typeof raw === 'string' && raw.length <= MAX_DEVICE_NAME_LENGTH * 2 && raw.trim() !== '' && raw.trim().length <= MAX_DEVICE_NAME_LENGTH && ![...raw].some((character) => character < ' ');
