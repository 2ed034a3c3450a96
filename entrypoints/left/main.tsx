import ReactDOM from 'react-dom/client';
import '@/components/child/child.css';
import { LeftPage } from './left-page';
import './style.css';

const event = new URLSearchParams(location.search).get('event');
ReactDOM.createRoot(document.getElementById('root')!).render(
  <LeftPage eventId={event && /^\d{1,12}$/.test(event) ? event : undefined} />,
);
