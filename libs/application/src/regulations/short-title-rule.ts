import { shortTitle } from '@luyue/obligation-extractor';

/** The 简称 a regulation answers with: the stored one, else its full title in 《》 (rows written without one). */
export const shortTitleSql = (alias: string) => `coalesce(${alias}.short_title, '《' || ${alias}.title || '》')`;

/**
 * The 简称 after the title becomes `nextTitle`: one derived from the old title (or none) follows
 * the new title; one an admin wrote stays.
 */
export function shortTitleAfterRetitle(before: { title: string; shortTitle: string | null }, nextTitle: string): string {
  const derived = before.shortTitle === null || before.shortTitle === shortTitle(before.title);
  return derived ? shortTitle(nextTitle) : (before.shortTitle as string);
}
