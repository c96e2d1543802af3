import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import Button from '@mui/material/Button';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { WorkItemDto, WorkListDto } from '@luyue/contracts';

/** 《法规》第N条 · 牵头单位 · 时限, under the item's title. */
function itemLine(
  item: WorkItemDto,
  translate: (key: string, options?: object) => string,
  extra?: string,
): string {
  const where = `《${item.regulationTitle}》${item.article ? translate('luyue.division.article', { number: item.article }) : ''}`;
  return [
    where,
    item.leadBodies.join('、'),
    item.dueDate
      ? translate('luyue.backoffice.work.due', { date: item.dueDate })
      : null,
    extra,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One work list: the first 10 items (links to each) and a link to the full list. */
export function WorkListCard<T extends WorkItemDto>({
  title,
  list,
  more,
  testId,
  extra,
}: {
  title: string;
  list: WorkListDto<T>;
  more: string;
  testId: string;
  extra?: (item: T) => string;
}) {
  const translate = useTranslate();
  return (
    <Card
      data-testid={testId}
      data-total={list.total}
      sx={{ flex: '1 1 420px' }}
    >
      <CardHeader
        title={translate(title)}
        subheader={translate('luyue.backoffice.work.total', {
          total: list.total,
        })}
      />
      <CardContent sx={{ pt: 0 }}>
        {list.items.length === 0 ? (
          <Typography color="text.secondary">
            {translate('luyue.dashboard.empty')}
          </Typography>
        ) : (
          <List dense disablePadding>
            {list.items.map((item) => (
              <ListItemButton
                key={`${item.id}${'requestId' in item ? String(item.requestId) : ''}`}
                component={Link}
                to={`/obligations/${item.id}/show`}
                data-testid="work-item"
              >
                <ListItemText
                  primary={item.title}
                  secondary={itemLine(item, translate, extra?.(item))}
                />
              </ListItemButton>
            ))}
          </List>
        )}
        {list.total > list.items.length && (
          <Button size="small" component={Link} to={more}>
            {translate('luyue.backoffice.work.all', { total: list.total })}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
