/** Link to the obligations list with a filter, in react-admin's URL format. */
export function obligationsLink(filter: Record<string, unknown>): string {
  return `/obligations?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}
