import { useGetList, useGetOne } from 'react-admin';
import type { ObligationDto, ProvisionDto } from '@luyue/contracts';

/**
 * The text to show around an obligation's clause: the whole article (the `unit` provision), even
 * when the obligation points at one of its paragraphs or items, so the clause is seen in context.
 */
export function useSourceText(
  record: Pick<
    ObligationDto,
    'provisionId' | 'regulationId' | 'article' | 'text'
  >,
): string | null {
  const { data: provision } = useGetOne<ProvisionDto>(
    'provisions',
    { id: record.provisionId ?? '' },
    { enabled: !!record.provisionId },
  );
  const needsUnit =
    !!provision &&
    provision.level !== undefined &&
    provision.level !== 'unit' &&
    !!record.regulationId &&
    record.article != null;
  const { data: units = [] } = useGetList<ProvisionDto>(
    'provisions',
    {
      filter: {
        regulationId: record.regulationId,
        article: record.article,
        level: 'unit',
      },
      sort: { field: 'ordinal', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    },
    { enabled: needsUnit },
  );
  if (!provision) return null;
  // 第十条 and 第十条之一 share an article number: take the unit that contains the provision.
  const unit = units.find((u) => u.text.includes(provision.text));
  return unit?.text ?? provision.text;
}
