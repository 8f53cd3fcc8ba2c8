/**
 * The API words a problem for programs, after the field it is about (`joinCode: must not be empty`); a person
 * reads the field as the form labels it, in a sentence ("The join code must not be empty.").
 */
const FIELDS: Record<string, string> = {
  joinCode: 'The join code',
  email: 'The email address',
  name: 'Your name',
  password: 'The password',
};

const WORDING: [RegExp, string][] = [[/^must be an email$/, 'must look like name@example.org']];

export function readableFormError(message: string): string {
  const match = /^([A-Za-z]+): (.+)$/s.exec(message);
  const field = match?.[1];
  const label = field === undefined ? undefined : FIELDS[field];
  if (!match?.[2] || !label) return message;
  let rest = match[2];
  for (const [pattern, words] of WORDING) rest = rest.replace(pattern, words);
  // "must …", "is …": a sentence about the field; anything else says it all by itself.
  const sentence = /^(must|is|may|has) /.test(rest) ? `${label} ${rest}` : rest.charAt(0).toUpperCase() + rest.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
