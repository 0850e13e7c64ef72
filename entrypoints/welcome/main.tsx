import { showPage } from '@/components/show-page';
import '@/components/theme.css';
import './welcome.css';
import { App } from './App';

showPage('welcome', <App />);
