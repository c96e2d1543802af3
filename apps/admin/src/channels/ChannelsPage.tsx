import { useCallback, useEffect, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  type ChannelDto as Channel,
  NOTICE_CATEGORIES,
  ROBOT_KINDS,
  type NoticeCategory,
  type RobotKind,
} from '@luyue/contracts';
import { useLuyueDataProvider } from '../api/dataProvider';
import { errorMessage } from '../api/http';
import { currentUser } from '../api/session';
import { OptionSelect, useBodies } from '../common/OptionSelect';

const EMPTY = {
  kind: 'wecom' as RobotKind,
  name: '',
  webhookUrl: '',
  secret: '',
  notices: [...NOTICE_CATEGORIES] as NoticeCategory[],
};

/**
 * Bodies → 通知渠道: the group robots of one body (admins choose the body; a manager starts on
 * their own). The api answers webhooks masked and secrets as ******, so nothing secret is shown.
 */
export function ChannelsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useLuyueDataProvider();
  const [params, setParams] = useSearchParams();
  const bodyId = params.get('body') ?? currentUser()?.bodyId ?? '';
  const bodies = useBodies();
  const [channels, setChannels] = useState<Channel[]>([]);
  const [draft, setDraft] = useState(EMPTY);

  const load = useCallback(async () => {
    if (!bodyId) return setChannels([]);
    try {
      setChannels((await dataProvider.channels(bodyId)).data);
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    }
  }, [bodyId, dataProvider, notify]);
  useEffect(() => {
    void load();
  }, [load]);

  const add = async () => {
    try {
      await dataProvider.createChannel(bodyId, {
        kind: draft.kind,
        name: draft.name,
        webhookUrl: draft.webhookUrl,
        notices: draft.notices,
        ...(draft.secret ? { secret: draft.secret } : {}),
      });
      setDraft(EMPTY);
      notify('luyue.notify.channel_saved', { type: 'success' });
      await load();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    }
  };

  const remove = async (id: string) => {
    try {
      await dataProvider.deleteChannel(id);
      await load();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    }
  };

  const toggle = (category: NoticeCategory) =>
    setDraft((d) => ({
      ...d,
      notices: d.notices.includes(category)
        ? d.notices.filter((c) => c !== category)
        : [...d.notices, category],
    }));

  return (
    <Card sx={{ mt: 2 }} data-testid="channels-page">
      <Title title="luyue.notify.channels_title" />
      <CardContent>
        <Box sx={{ maxWidth: 360, mb: 2 }}>
          <OptionSelect
            label="luyue.notify.channels_body"
            value={bodyId}
            onChange={(id) => setParams({ body: id })}
            options={bodies}
            testId="channels-body"
          />
        </Box>

        {channels.length === 0 ? (
          <Typography color="text.secondary">
            {translate('luyue.notify.channels_none')}
          </Typography>
        ) : (
          <Table size="small" data-testid="channels-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('luyue.notify.channel_kind')}</TableCell>
                <TableCell>{translate('luyue.notify.channel_name')}</TableCell>
                <TableCell>
                  {translate('luyue.notify.channel_webhook')}
                </TableCell>
                <TableCell>
                  {translate('luyue.notify.channel_secret')}
                </TableCell>
                <TableCell>
                  {translate('luyue.notify.channel_notices')}
                </TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {channels.map((c) => (
                <TableRow key={c.id} data-testid="channel-row">
                  <TableCell>
                    {translate(`luyue.notify.channel.${c.kind}`)}
                  </TableCell>
                  <TableCell>{c.name}</TableCell>
                  <TableCell
                    data-testid="channel-webhook"
                    sx={{ wordBreak: 'break-all' }}
                  >
                    {c.webhookUrl}
                  </TableCell>
                  <TableCell data-testid="channel-secret">
                    {c.secret
                      ? translate('luyue.notify.channel_secret_kept')
                      : '—'}
                  </TableCell>
                  <TableCell>
                    {c.notices
                      .map((n) => translate(`luyue.notify.category.${n}`))
                      .join('、')}
                  </TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      color="error"
                      onClick={() => void remove(c.id)}
                    >
                      {translate('luyue.notify.channel_delete')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}

        <Box
          sx={{
            mt: 3,
            display: 'flex',
            flexDirection: 'column',
            gap: 2,
            maxWidth: 640,
          }}
        >
          <Typography variant="subtitle1">
            {translate('luyue.notify.channel_add')}
          </Typography>
          <OptionSelect
            label="luyue.notify.channel_kind"
            value={draft.kind}
            onChange={(kind) =>
              setDraft({ ...draft, kind: (kind || 'wecom') as RobotKind })
            }
            options={ROBOT_KINDS.map((k) => ({
              id: k,
              name: translate(`luyue.notify.channel.${k}`),
            }))}
            testId="channel-kind"
          />
          <TextField
            size="small"
            label={translate('luyue.notify.channel_name')}
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            slotProps={{ htmlInput: { 'data-testid': 'channel-name' } }}
          />
          <TextField
            size="small"
            label={translate('luyue.notify.channel_webhook')}
            value={draft.webhookUrl}
            onChange={(e) => setDraft({ ...draft, webhookUrl: e.target.value })}
            slotProps={{
              htmlInput: { 'data-testid': 'channel-webhook-input' },
            }}
          />
          <TextField
            size="small"
            type="password"
            autoComplete="off"
            label={translate('luyue.notify.channel_secret')}
            value={draft.secret}
            onChange={(e) => setDraft({ ...draft, secret: e.target.value })}
            slotProps={{ htmlInput: { 'data-testid': 'channel-secret-input' } }}
          />
          <Box>
            {NOTICE_CATEGORIES.map((category) => (
              <FormControlLabel
                key={category}
                control={
                  <Checkbox
                    checked={draft.notices.includes(category)}
                    onChange={() => toggle(category)}
                  />
                }
                label={translate(`luyue.notify.category.${category}`)}
              />
            ))}
          </Box>
          <Box>
            <Button
              variant="contained"
              disabled={!bodyId || !draft.webhookUrl}
              onClick={() => void add()}
              data-testid="channel-save"
            >
              {translate('luyue.notify.channel_add')}
            </Button>
          </Box>
        </Box>
      </CardContent>
    </Card>
  );
}
