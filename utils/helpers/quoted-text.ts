// What an error message may quote of a person's input: its start, cut with an ellipsis, so a
// message next to a field stays a line long however much was pasted into it.

const MAX_QUOTED = 64;

/** The text as a message quotes it: whole when short, else its start and "…". */
export const quotedText = (text: string): string => (text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);
