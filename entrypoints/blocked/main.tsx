import ReactDOM from 'react-dom/client';
import '@/components/child/child.css';
import '@/components/child/sheet-page.css';
import { BlockedPage } from './blocked-page';
import './style.css';

// The address the child was going to rides in the fragment (set by the redirect rule or the background).
const params = new URLSearchParams(location.search);
ReactDOM.createRoot(document.getElementById('root')!).render(
  <BlockedPage eventId={params.get('event') ?? undefined} target={location.hash.slice(1)} />,
);
