import GavelIcon from '@mui/icons-material/Gavel';
import { RegulationImport } from './RegulationImport';
import { RegulationList } from './RegulationList';
import { RegulationShow } from './RegulationShow';

export default {
  list: RegulationList,
  show: RegulationShow,
  // Regulations are never typed in: "create" is the import page.
  create: RegulationImport,
  icon: GavelIcon,
  recordRepresentation: 'title',
};
