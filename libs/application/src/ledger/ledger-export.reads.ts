/** Where an obligation sits in its document: the headings over its provision (章/节, a plan's 一、/（一）), outermost first, and its offset in the provision's text. */
export interface ObligationPlace {
  headings: string[];
  /** Several sentences of one 款 are in text order by it. */
  offset: number;
}

/** The names a 台账 or 分工表 prints beside the rows (port). */
export interface LedgerExportReads {
  /** Regulation id → title. */
  regulationTitles(ids: readonly string[]): Promise<Map<string, string>>;
  /** Body id → name. */
  bodyNames(ids: readonly string[]): Promise<Map<string, string>>;
  /** Obligation id → place, for those with a provision. */
  places(obligationIds: readonly string[]): Promise<Map<string, ObligationPlace>>;
}
