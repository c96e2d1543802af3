import AssignmentIcon from '@mui/icons-material/Assignment';
import { ObligationEdit } from './ObligationEdit';
import { ObligationList } from './ObligationList';
import { ObligationShow } from './ObligationShow';

export default {
  list: ObligationList,
  show: ObligationShow,
  edit: ObligationEdit,
  icon: AssignmentIcon,
  recordRepresentation: 'title',
};
