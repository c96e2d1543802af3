import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { BodyCreate, BodyEdit } from './BodyEdit';
import { BodyList } from './BodyList';

export default {
  list: BodyList,
  edit: BodyEdit,
  create: BodyCreate,
  icon: AccountTreeIcon,
  recordRepresentation: 'name',
};
