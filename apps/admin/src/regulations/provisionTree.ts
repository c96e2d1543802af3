import type { ProvisionDto } from '@luyue/contracts';

// Groups a regulation's provisions (flat rows: unit → paragraph → item → subitem, each with its
// chapter heading on the unit) into chapters → articles → the rows to display.

/** The provision fields the tree needs (GET /provisions rows have them all). */
export type Provision = Pick<ProvisionDto, 'id' | 'article' | 'text'> &
  Partial<
    Pick<
      ProvisionDto,
      | 'parentId'
      | 'level'
      | 'heading'
      | 'suffix'
      | 'paragraph'
      | 'item'
      | 'ordinal'
    >
  >;

export interface ArticleNode {
  article: number | null;
  suffix: number | null;
  /** Rows to show: the paragraphs, plus items whose text the paragraph does not already contain. */
  rows: Provision[];
}

export interface ChapterNode {
  heading: string | null;
  articles: ArticleNode[];
}

const byOrdinal = (a: Provision, b: Provision) =>
  (a.ordinal ?? 0) - (b.ordinal ?? 0);

export function buildTree(provisions: Provision[]): ChapterNode[] {
  const chapters: ChapterNode[] = [];
  let article: ArticleNode | null = null;
  for (const p of [...provisions].sort(byOrdinal)) {
    if (p.level === 'heading') {
      chapters.push({ heading: p.heading ?? p.text, articles: [] });
      article = null;
      continue;
    }
    const startsArticle =
      p.level === 'unit' || !article || article.article !== p.article;
    if (startsArticle) {
      const heading =
        p.heading ?? chapters[chapters.length - 1]?.heading ?? null;
      if (!chapters.length || chapters[chapters.length - 1].heading !== heading)
        chapters.push({ heading, articles: [] });
      article = { article: p.article, suffix: p.suffix ?? null, rows: [] };
      chapters[chapters.length - 1].articles.push(article);
    }
    (article as ArticleNode).rows.push(p);
  }
  for (const chapter of chapters)
    for (const node of chapter.articles) node.rows = visibleRows(node.rows);
  return chapters;
}

/** The unit row repeats its paragraphs, and a paragraph usually repeats its items: show each text once. */
function visibleRows(rows: Provision[]): Provision[] {
  const parts = rows.filter((r) => r.level !== 'unit');
  if (parts.length === 0) return rows;
  const shown: Provision[] = [];
  for (const row of parts) {
    if (!shown.some((s) => s.text.includes(row.text))) shown.push(row);
  }
  return shown;
}
