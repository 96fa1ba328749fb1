import type { SlugFlavour } from '../config/types.js';
import type { LineIndex } from './positions.js';
import type { HostClassifier } from './url.js';

/** What every extractor of one page needs: the page's lines and the run's host knowledge. */
export interface ExtractContext {
  file: string;
  lines: LineIndex;
  hosts: HostClassifier;
  /** How the site turns headings into anchor ids; `github` when not given. */
  slugs?: SlugFlavour;
}
