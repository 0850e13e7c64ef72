import { showPage } from '@/components/show-page';
import '@/components/theme.css';
import './break.css';
import { App } from './App';

showPage('break', <App />);
