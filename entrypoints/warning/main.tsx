import ReactDOM from 'react-dom/client';
import '@/components/child/child.css';
import '@/components/child/card/card.css';
import { WarningPage } from './warning-page';
import './style.css';

ReactDOM.createRoot(document.getElementById('root')!).render(
  <WarningPage promptId={new URLSearchParams(location.search).get('prompt') ?? ''} />,
);
