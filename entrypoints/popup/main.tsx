import { showPage } from '@/components/show-page';
import '@/components/theme.css';
import './popup.css';
import { App } from './App';

showPage('popup', <App />);
