import Typography from '@mui/material/Typography';
import {
  ReferenceField,
  TextField as TextFieldRa,
  useTranslate,
} from 'react-admin';
import { SourceText } from '../common/SourceText';
import { Section } from './Section';
import type { Obligation } from './types';
import { useSourceText } from './useSourceText';

/** 条款原文: the source article with this obligation's clause highlighted. */
export function SourcePanel({ record }: { record: Obligation }) {
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
            <TextFieldRa source="title" />
          </ReferenceField>
          {record.article != null && ` · 第${record.article}条`}
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
