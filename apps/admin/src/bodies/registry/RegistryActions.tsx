import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { FormDialog } from '../../common/FormDialog';
import type { RegistryBodyDto as RegistryBody } from '@luyue/contracts';
import { useLuyueDataProvider } from '../../api/dataProvider';
import { useApiMutation } from '../../common/useApiMutation';

type Action = 'merge' | 'rename' | 'strike';

/** Merge into / rename / not a body, for one registry row; `done` reloads the registry. */
export function RegistryActions({
  body,
  candidates,
  done,
}: {
  body: RegistryBody;
  candidates: RegistryBody[];
  done: () => void;
}) {
  const translate = useTranslate();
  const [open, setOpen] = useState<Action | null>(null);
  const [name, setName] = useState(body.name);
  const [into, setInto] = useState<RegistryBody | null>(null);
  const dataProvider = useLuyueDataProvider();
  const { mutate, isPending: busy } = useApiMutation(
    async ({
      work,
      message,
    }: {
      work: () => Promise<unknown>;
      message: string;
    }) => {
      await work();
      return message;
    },
    {
      success: (message) => ({ message }),
      refresh: false,
      onSuccess: () => {
        setOpen(null);
        done();
      },
    },
  );
  const run = (work: () => Promise<unknown>, message: string) =>
    mutate({ work, message });
  const others = candidates.filter(
    (c) => c.id !== body.id && c.jurisdiction === body.jurisdiction,
  );
  const testId = (what: string) => `registry-${what}-${body.id}`;
  return (
    <>
      <Button
        size="small"
        onClick={() => setOpen('merge')}
        data-testid={testId('merge')}
      >
        {translate('luyue.backoffice.registry.merge')}
      </Button>
      <Button
        size="small"
        onClick={() => setOpen('rename')}
        data-testid={testId('rename')}
      >
        {translate('luyue.backoffice.registry.rename')}
      </Button>
      <Button
        size="small"
        color="warning"
        onClick={() => setOpen('strike')}
        data-testid={testId('strike')}
      >
        {translate('luyue.backoffice.registry.not_a_body')}
      </Button>
      <FormDialog
        open={open === 'merge'}
        title="luyue.backoffice.registry.merge_title"
        onClose={() => setOpen(null)}
        disabled={!into || busy}
        onConfirm={() =>
          into &&
          run(
            () => dataProvider.mergeBody(body.id, into.id),
            translate('luyue.backoffice.registry.merged', {
              name: body.name,
              into: into.name,
            }),
          )
        }
        testId="merge-dialog"
      >
        <Typography variant="body2">
          {translate('luyue.backoffice.registry.merge_help', {
            name: body.name,
          })}
        </Typography>
        <Autocomplete
          options={others}
          value={into}
          onChange={(_, value) => setInto(value)}
          getOptionLabel={(o) => o.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          renderInput={(params) => (
            <TextField
              {...params}
              label={translate('luyue.backoffice.registry.into')}
              slotProps={{
                ...params.slotProps,
                htmlInput: {
                  ...params.slotProps.htmlInput,
                  'data-testid': 'merge-into',
                },
              }}
            />
          )}
        />
      </FormDialog>
      <FormDialog
        open={open === 'rename'}
        title="luyue.backoffice.registry.rename_title"
        onClose={() => setOpen(null)}
        disabled={!name.trim() || busy}
        onConfirm={() =>
          run(
            () => dataProvider.renameBody(body.id, name),
            translate('luyue.backoffice.registry.renamed'),
          )
        }
        testId="rename-dialog"
      >
        <Typography variant="body2">
          {translate('luyue.backoffice.registry.rename_help', {
            name: body.name,
          })}
        </Typography>
        <TextField
          value={name}
          onChange={(e) => setName(e.target.value)}
          label={translate('resources.bodies.fields.name')}
          slotProps={{ htmlInput: { 'data-testid': 'rename-name' } }}
        />
      </FormDialog>
      <FormDialog
        open={open === 'strike'}
        title="luyue.backoffice.registry.not_a_body_title"
        onClose={() => setOpen(null)}
        disabled={busy}
        onConfirm={() =>
          run(
            () => dataProvider.markNotABody(body.id),
            translate('luyue.backoffice.registry.struck', { name: body.name }),
          )
        }
        testId="strike-dialog"
      >
        <Typography variant="body2">
          {translate('luyue.backoffice.registry.not_a_body_help', {
            name: body.name,
            count: body.ledCount,
          })}
        </Typography>
      </FormDialog>
    </>
  );
}
