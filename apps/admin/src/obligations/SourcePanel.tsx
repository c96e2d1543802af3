import Typography from '@mui/material/Typography';
import { FunctionField, ReferenceField, useTranslate } from 'react-admin';
import { SourceText } from '../common/SourceText';
import { Section } from './Section';
import type { ObligationDto } from '@luyue/contracts';
import { useSourceText } from './useSourceText';

/** 条款原文: the source article with this obligation's clause highlighted. */
export function SourcePanel({ record }: { record: ObligationDto }) {
  const translate = useTranslate();
  const source = useSourceText(record);
  return (
    <Section title="luyue.show.source" testId="source-panel">
      {record.regulationId && (
        <Typography variant="subtitle2" gutterBottom>
          <ReferenceField
            source="regulationId"
            reference="regulations"
            record={record}
            link="show"
          >
            <FunctionField
              render={(r: {
                title: string;
                shortTitle?: string;
                version?: number;
              }) => (
                <span data-testid="source-regulation-link">
                  {r.shortTitle ?? r.title}
                  {' · '}
                  {translate('luyue.version.label', {
                    version: r.version ?? 1,
                  })}
                </span>
              )}
            />
          </ReferenceField>
          {record.article != null &&
            ` · ${translate('luyue.division.article', { number: record.article })}`}
        </Typography>
      )}
      {source || record.text ? (
        <SourceText text={source ?? record.text} clause={record.text} />
      ) : (
        <Typography color="text.secondary">
          {translate('luyue.show.no_source')}
        </Typography>
      )}
    </Section>
  );
}
