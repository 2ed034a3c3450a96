import { StrictMode } from 'react';
import ReactDOM from 'react-dom/client';
import { z } from 'zod';
import { App } from './app';
import { parseParams } from './params';
import './style.css';

// zod's JIT probes `new Function`, which the extension CSP forbids (notes/wxt-mv3.md §7).
z.config({ jitless: true });

ReactDOM.createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App params={parseParams(location.search)} />
  </StrictMode>,
);
