import '@/lib/zod-jitless';
import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
import { App } from './app';
import { parseParams } from './params';
import './style.css';

ReactDOM.createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App params={parseParams(location.search)} />
  </StrictMode>,
);
