import Typography from '@mui/material/Typography';
import {
  ReferenceField,
  TextField as TextFieldRa,
  useGetOne,
  useTranslate,
} from 'react-admin';
import { SourceText } from '../common/SourceText';
import { Section } from './Section';
import type { Obligation } from './types';

interface Provision {
  id: string;
  text: string;
}

/** 条款原文: the source provision with this obligation's clause highlighted. */
export function SourcePanel({ record }: { record: Obligation }) {
  const translate = useTranslate();
  const { data: provision } = useGetOne<Provision>(
    'provisions',
    { id: record.provisionId ?? '' },
    { enabled: !!record.provisionId },
  );
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
      {provision ? (
        <SourceText text={provision.text} clause={record.text} />
      ) : record.text ? (
        <SourceText text={record.text} clause={record.text} />
      ) : (
        <Typography color="text.secondary">
          {translate('luyue.show.no_source')}
        </Typography>
      )}
    </Section>
  );
}
