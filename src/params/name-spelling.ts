/**
 * How parameter names compare when pages and specs spell them in different styles: `token_id`,
 * `tokenId`, `TOKEN_ID` and `<token-id>` are one name written four ways.
 */

/** The words of a name, lowercase: `tokenId`, `token_id`, `TOKEN-ID` → `["token", "id"]`. */
export function wordsOf(name: string): string[] {
  return name
    .split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** One key per name whatever its style, for comparing `token_id` with `tokenId`. */
function nameKey(name: string): string {
  return wordsOf(name).join('');
}

/**
 * The key of a fill-in placeholder (`<your-workspace-id>`, `$WORKSPACE_ID`): its words without a
 * leading "your", "my" or "the", which describe the reader's value rather than name anything.
 */
export function placeholderKey(name: string): string {
  const words = wordsOf(name);
  if (words.length > 1 && /^(your|my|the)$/.test(words[0]!)) words.shift();
  return words.join('');
}

const STYLES: Array<[string, RegExp]> = [
  ['camelCase', /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/],
  ['PascalCase', /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/],
  ['snake_case', /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/],
  ['SCREAMING_SNAKE_CASE', /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/],
  ['kebab-case', /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/],
  ['lowercase', /^[a-z][a-z0-9]*$/],
  ['UPPERCASE', /^[A-Z][A-Z0-9]*$/],
];

/** The naming style a name is written in, when it is one of the common ones. */
function styleOf(name: string): string | undefined {
  return STYLES.find(([, pattern]) => pattern.test(name))?.[0];
}

/**
 * When two different spellings are the same name (same words), how they differ, for a message:
 * `snake_case instead of camelCase`. Undefined when they are different names (or identical).
 */
export function spellingDifference(written: string, expected: string): string | undefined {
  if (written === expected || nameKey(written) !== nameKey(expected)) return undefined;
  const writtenStyle = styleOf(written);
  const expectedStyle = styleOf(expected);
  if (writtenStyle && expectedStyle && writtenStyle !== expectedStyle) return `${writtenStyle} instead of ${expectedStyle}`;
  return written.toLowerCase() === expected.toLowerCase() ? 'another case' : 'another case or word separator';
}
