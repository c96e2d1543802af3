import GavelIcon from '@mui/icons-material/Gavel';
import { lazyPage } from '../common/lazyPage';
import { RegulationList } from './RegulationList';
import { RegulationShow } from './RegulationShow';

export default {
  list: RegulationList,
  show: RegulationShow,
  // Regulations are never typed in: "create" is the import page.
  create: lazyPage(() =>
    import('./RegulationImport').then((m) => m.RegulationImport),
  ),
  icon: GavelIcon,
  recordRepresentation: 'title',
};
