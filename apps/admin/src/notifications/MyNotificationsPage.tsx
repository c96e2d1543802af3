import { useEffect, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  DIGEST_WEEKDAYS,
  type NotificationPreferencesDto as Preferences,
} from '@luyue/contracts';
import { useLuyueDataProvider } from '../api/dataProvider';
import { errorMessage } from '../api/http';
import { useRole } from '../common/useRole';

const SWITCHES = [
  ['dueSoon', 'due_soon'],
  ['overdue', 'overdue'],
  ['escalation', 'escalation'],
  ['digest', 'digest'],
  ['events', 'events'],
] as const;

/** 我的通知: e-mail on/off per kind; managers (who receive the digest) also choose its day. */
export function MyNotificationsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const role = useRole();
  const dataProvider = useLuyueDataProvider();
  const [prefs, setPrefs] = useState<Preferences | null>(null);

  useEffect(() => {
    dataProvider.notificationPreferences().then(
      ({ data }) => setPrefs(data),
      (e: unknown) => notify(errorMessage(e), { type: 'error' }),
    );
  }, [dataProvider, notify]);

  const save = async () => {
    if (!prefs) return;
    const { digestWeekday, ...switches } = prefs;
    try {
      setPrefs(
        (
          await dataProvider.saveNotificationPreferences(
            role === 'staff' ? switches : { ...switches, digestWeekday },
          )
        ).data,
      );
      notify('luyue.notify.saved', { type: 'success' });
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 640 }} data-testid="preferences-page">
      <Title title="luyue.notify.preferences_title" />
      <CardContent>
        <Typography variant="subtitle1">
          {translate('luyue.notify.preferences_email')}
        </Typography>
        {prefs && (
          <Box sx={{ display: 'flex', flexDirection: 'column', mt: 1 }}>
            {SWITCHES.map(([field, category]) => (
              <FormControlLabel
                key={field}
                control={
                  <Switch
                    checked={prefs[field]}
                    onChange={(e) =>
                      setPrefs({ ...prefs, [field]: e.target.checked })
                    }
                    slotProps={{
                      input: { 'data-testid': `pref-${field}` } as never,
                    }}
                  />
                }
                label={translate(`luyue.notify.category.${category}`)}
              />
            ))}
            {role !== 'staff' && (
              <TextField
                select
                size="small"
                sx={{ mt: 2, maxWidth: 200 }}
                label={translate('luyue.notify.digest_weekday')}
                value={prefs.digestWeekday}
                onChange={(e) =>
                  setPrefs({ ...prefs, digestWeekday: Number(e.target.value) })
                }
                slotProps={{
                  select: { native: true },
                  inputLabel: { shrink: true },
                  htmlInput: { 'data-testid': 'pref-digest-weekday' },
                }}
              >
                {DIGEST_WEEKDAYS.map((d) => (
                  <option key={d} value={d}>
                    {translate(`luyue.notify.weekday.${d}`)}
                  </option>
                ))}
              </TextField>
            )}
            <Box sx={{ mt: 2 }}>
              <Button
                variant="contained"
                onClick={() => void save()}
                data-testid="pref-save"
              >
                {translate('luyue.notify.save')}
              </Button>
            </Box>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
