import { loadTagger } from '@luyue/obligation-extractor';
import { loadSegmenter } from './search-tokens';

/** The extractor's and the search's dictionaries, loaded at start (≈0.8 s) instead of in the first import or search. */
export function loadLanguageModels(): void {
  loadTagger();
  loadSegmenter();
}
