import { showPage } from '@/components/show-page';
import '@/components/theme.css';
import './history.css';
import { App } from './App';

showPage('history', <App />);
