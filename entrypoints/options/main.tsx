import { showPage } from '@/components/show-page';
import '@/components/theme.css';
import './options.css';
import { App } from './App';

showPage('options', <App />);
