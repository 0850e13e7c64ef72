// The first check of anything read from storage, a file or a message: a plain record of fields
// (an object, and not a list), before any field of it is read.

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
