/** What an admin typed as 简称, in 《》 as lists print it; empty stays empty (the api then derives it again). */
export function inQuotes(text: string): string {
  const value = text.trim();
  if (!value) return '';
  return /^《.*》$/.test(value)
    ? value
    : `《${value.replace(/^《|》$/g, '')}》`;
}

/** 《口岸条例》第4条, as the list and the show page cite an obligation. */
export function citation(
  shortTitle: string | null | undefined,
  articleLabel: string,
): string {
  return `${shortTitle ?? ''}${articleLabel}`;
}
