// The storage budget: how many bytes Handrest's days and settings may take in the browser's
// storage, as JSON in UTF-8 (what storage.local counts), held to by every import. 90 full days of
// typing and the settings take about 30 kB; the budget is four times that, and keeps whatever a
// file brings far from the 10 MB Chrome allows an extension, so that no later write fails for room.

export const STORAGE_BUDGET_BYTES = 128 * 1024;

const encoder = new TextEncoder();

/** The bytes a value takes stored: its JSON, in UTF-8. */
export const storedBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;
